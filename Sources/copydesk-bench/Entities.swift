/// `copydesk-bench entities`. Owned by its analysis issue; filled in when that issue lands.
enum EntityBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-bench entities: not built yet")
        return 2
    }
}
