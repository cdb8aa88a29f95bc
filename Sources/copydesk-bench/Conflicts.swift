/// `copydesk-bench conflicts`. Owned by its analysis issue; filled in when that issue lands.
enum ConflictBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-bench conflicts: not built yet")
        return 2
    }
}
