/// `copydesk-eval time`. Owned by its analysis issue; filled in when that issue lands.
enum TimeEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-eval time: not built yet")
        return 2
    }
}
