/// `copydesk-bench quotes`. Owned by its analysis issue; filled in when that issue lands.
enum QuoteBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-bench quotes: not built yet")
        return 2
    }
}
