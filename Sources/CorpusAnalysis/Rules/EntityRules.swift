extension RuleCatalog {
    /// Rules about people, organisations and places.
    static let entityRules: [any Rule] = [RoleConflictRule()]
}
