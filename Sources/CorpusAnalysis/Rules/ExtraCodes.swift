extension RuleCatalog {
    /// Codes reported by a rule whose own `code` is another one (`conflicting-date` also reports
    /// `revised-date`).
    static let extraCodes: [String] = ["revised-date"]

    /// Whether `rule` reports codes besides its own (`conflicting-date` also reports `revised-date`).
    static func reportsOtherCodes(_ rule: any Rule) -> Bool { rule is ConflictingDateRule }
}
