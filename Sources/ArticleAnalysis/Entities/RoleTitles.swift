extension Role {
    /// The job the title names, whatever words the source used: "CEO", "chief executive" and
    /// "chief executive officer" are all "chief executive"; "chairwoman" is "chair". Modifiers such
    /// as "former" or "acting" are dropped. Unknown titles are returned lowercased.
    static func canonical(_ title: String) -> String {
        var words = title.lowercased().split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, RoleLexicon.titleModifiers.contains(word: first) { words.removeFirst() }
        let stripped = words.joined(separator: " ")
        return RoleLexicon.titles.lookup(stripped)?.canonical ?? stripped
    }

    /// Whether the title says the role is over ("former chairman", "ex-CEO").
    public var isFormer: Bool {
        let lower = title.lowercased()
        return lower.hasPrefix("former ") || lower.hasPrefix("ex-") || lower.hasPrefix("ex ") || lower.hasPrefix("outgoing ")
    }

    /// Whether the title is too vague to contradict another ("executive", "official", "founder").
    public var isVague: Bool { RoleLexicon.vagueRoles.contains(canonicalTitle) }
}
