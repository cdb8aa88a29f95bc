/// `copydesk-eval quotes`. Owned by its analysis issue; filled in when that issue lands.
enum QuoteEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-eval quotes: not built yet")
        return 2
    }
}
