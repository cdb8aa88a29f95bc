extension RuleCatalog {
    /// Codes reported by a rule whose own `code` is another one (`conflicting-date` also reports
    /// `revised-date`).
    static let extraCodes: [String] = ["revised-date"]
}
