extension RuleCatalog {
    /// Rules about dates and times.
    static let timeRules: [any Rule] = [UnresolvedDateRule(), ConflictingDateRule()]
}
