extension RuleCatalog {
    /// Rules about quotations.
    static let quoteRules: [any Rule] = [UnattributedQuoteRule()]
}
