/// `copydesk-eval entities`. Owned by its analysis issue; filled in when that issue lands.
enum EntityEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-eval entities: not built yet")
        return 2
    }
}
