/// `copydesk-eval conflicts`. Owned by its analysis issue; filled in when that issue lands.
enum ConflictEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        print("copydesk-eval conflicts: not built yet")
        return 2
    }
}
