/// Roles people hold, read from the words around their names:
///
/// - before: "Xiaomi Chairman Lei Jun", "Huawei CEO Richard Yu", "Xiaomi's chief executive Lei Jun",
///   "former Apple CEO John Sculley", "Chinese President Xi Jinping";
/// - after: "Lei Jun, the chairman of Xiaomi", "Tim Cook, Apple's chief executive", "Sandy Angers, a
///   Boeing spokeswoman", "Lei Jun, who is chairman of Xiaomi";
/// - before, set off by a comma: "The chairman of Xiaomi, Lei Jun, said".
extension EntityBuilder {
    static let linkingPrepositions = Lexicon(words: "of at for with in")
    static let copulas = Lexicon(words: "is was became becomes remains remained")
    static let whoHash = Bytes.wordHash("who")
    static let andHash = Bytes.wordHash("and")

    /// Nominal mentions the role phrases make ("the chairman" in "Lei Jun, the chairman of Xiaomi").
    mutating func extractRoles() -> [(range: Range<Int>, entity: Int, sentence: Int)] {
        var nominals: [(range: Range<Int>, entity: Int, sentence: Int)] = []
        for (k, c) in candidates.enumerated() where entityOf[k] >= 0 && drafts[entityOf[k]].type == .person && !drafts[entityOf[k]].isAuthor {
            let e = entityOf[k]
            let first = c.tokens.lowerBound
            let last = c.tokens.upperBound - 1
            if let role = roleBefore(first) { addRole(role, to: e) }
            if let (roles, nominal) = rolesAfter(last) {
                for r in roles { addRole(r, to: e) }
                if let nominal { nominals.append((nominal, e, c.sentence)) }
            }
        }
        return nominals
    }

    mutating func addRole(_ role: Role, to e: Int) {
        if drafts[e].gender == .unknown {
            let t = role.title.lowercased()
            if t.hasSuffix("woman") { drafts[e].gender = .female } else if t.hasSuffix("man") && !t.hasSuffix("woman") { drafts[e].gender = .male }
        }
        if !drafts[e].roles.contains(where: { $0.title.lowercased() == role.title.lowercased() && $0.organizationKey == role.organizationKey }) {
            drafts[e].roles.append(role)
        }
    }

    /// "Xiaomi Chairman Lei Jun": a title (with modifiers) right before the name, and the
    /// organisation or country before the title.
    func roleBefore(_ first: Int) -> Role? {
        guard let titleTokens = typing.titleRange(endingAt: first) else {
            return roleBeforeComma(first)
        }
        var start = titleTokens.lowerBound
        while start > 0, tokens[start - 1].kind == .word, RoleLexicon.titleModifiers.contains(tokens[start - 1].hash),
            context.sentence(of: start - 1) == context.sentence(of: first)
        {
            start -= 1
        }
        var titleText = self.titleText(start..<titleTokens.upperBound)
        guard !titleText.isEmpty else { return nil }
        let organization = organization(endingBefore: start)
        // "former Apple CEO John Sculley": the modifier sits before the organisation.
        if let o = organization, o.tokenStart > 0, tokens[o.tokenStart - 1].kind == .word,
            RoleLexicon.titleModifiers.contains(tokens[o.tokenStart - 1].hash), start == titleTokens.lowerBound
        {
            titleText = context.text(tokens[o.tokenStart - 1].range).lowercased() + " " + titleText
        }
        let lower = organization?.tokenStart ?? start
        let range = Int(tokens[min(lower, start)].start)..<Int(tokens[titleTokens.upperBound - 1].end)
        return Role(title: titleText, organization: organization?.name, range: range, organizationKey: organization?.key)
    }

    /// "The chairman of Xiaomi, Lei Jun" / "Xiaomi's chief executive, Lei Jun".
    func roleBeforeComma(_ first: Int) -> Role? {
        guard first >= 2, tokens[first - 1].isPunctuation(",") else { return nil }
        // "… of Xiaomi, Lei Jun"
        if let ok = candidateEnding[first - 2], entityOf[ok] >= 0, isOrganizationLike(entityOf[ok]) {
            let orgStart = candidates[ok].tokens.lowerBound
            guard orgStart >= 2, EntityBuilder.linkingPrepositions.contains(tokens[orgStart - 1].hash) else { return nil }
            guard let title = typing.titleRange(endingAt: orgStart - 1) else { return nil }
            let o = organizationInfo(ok)
            return Role(
                title: titleText(title), organization: o.name, range: Int(tokens[title.lowerBound].start)..<candidates[ok].range.upperBound,
                organizationKey: o.key)
        }
        return nil
    }

    /// The organisation (or country) right before token `i`: "Xiaomi", "Xiaomi's", "Chinese".
    func organization(endingBefore i: Int) -> (name: String, key: String?, tokenStart: Int)? {
        var k = i - 1
        guard k >= 0, context.sentence(of: k) == context.sentence(of: i) else { return nil }
        if tokens[k].has(.possessive) { k -= 1 }
        guard k >= 0 else { return nil }
        if let ck = candidateEnding[k], entityOf[ck] >= 0, isOrganizationLike(entityOf[ck]) {
            let o = organizationInfo(ck)
            return (o.name, o.key, candidates[ck].tokens.lowerBound)
        }
        if tokens[k].kind == .word, let d = PlaceLexicon.demonyms.single(tokens[k].hash) {
            let name = EntityKeys.display(d.canonical)
            return (name, "place:" + d.canonical, k)
        }
        return nil
    }

    func isOrganizationLike(_ e: Int) -> Bool {
        drafts[e].type == .organization || drafts[e].type == .place
    }

    func organizationInfo(_ k: Int) -> (name: String, key: String?) {
        let e = entityOf[k]
        guard e >= 0 else { return (context.text(candidates[k].range), nil) }
        let name = context.text(candidates[drafts[e].fullest].range)
        return (name, organizationKey(e))
    }

    /// "Lei Jun, the chairman of Xiaomi", "Tim Cook, Apple's chief executive", "Sandy Angers, a
    /// Boeing spokeswoman", "Lei Jun, who is chairman of Xiaomi", "Joe Leonard, Chairman and Chief
    /// Operating Officer of AirTran Airways".
    func rolesAfter(_ last: Int) -> (roles: [Role], nominal: Range<Int>?)? {
        var k = last + 1
        guard k < tokens.count else { return nil }
        let sentence = context.sentence(of: last)
        func inSentence(_ i: Int) -> Bool { i < tokens.count && context.sentence(of: i) == sentence }
        var viaCopula = false
        if tokens[k].isPunctuation(",") {
            k += 1
            if inSentence(k), tokens[k].hash == EntityBuilder.whoHash, inSentence(k + 1), EntityBuilder.copulas.contains(tokens[k + 1].hash) {
                k += 2
                viaCopula = true
            }
        } else if tokens[k].kind == .word, EntityBuilder.copulas.contains(tokens[k].hash) {
            k += 1
            viaCopula = true
        } else {
            return nil
        }
        guard inSentence(k) else { return nil }
        var determinerStart: Int? = nil
        if tokens[k].kind == .word, RoleLexicon.referringDeterminers.contains(tokens[k].hash) || tokens[k].hash == Bytes.wordHash("a") || tokens[k].hash == Bytes.wordHash("an") {
            determinerStart = k
            k += 1
        }
        let titleStart = k
        while inSentence(k), tokens[k].kind == .word, RoleLexicon.titleModifiers.contains(tokens[k].hash), RoleLexicon.titles.match(tokens, at: k) == nil {
            k += 1
        }
        guard inSentence(k) else { return nil }
        // "Apple's chief executive" / "a Boeing spokeswoman"
        if let ok = candidateAt[k], entityOf[ok] >= 0, isOrganizationLike(entityOf[ok]) {
            var t = candidates[ok].tokens.upperBound
            if inSentence(t), tokens[t].has(.possessive) { t += 1 }
            guard inSentence(t), let m = RoleLexicon.titles.match(tokens, at: t) else { return nil }
            let o = organizationInfo(ok)
            let titleEnd = t + m.length
            let role = Role(title: titleText(t..<titleEnd), organization: o.name, range: Int(tokens[k].start)..<Int(tokens[titleEnd - 1].end), organizationKey: o.key)
            return ([role], nil)
        }
        // "the chairman of Xiaomi", "chief executive of Apple", "an analyst at JSA Research"
        var titles: [Range<Int>] = []
        while inSentence(k), tokens[k].kind == .word, let m = RoleLexicon.titles.match(tokens, at: k) {
            titles.append(k..<(k + m.length))
            k += m.length
            if inSentence(k + 1), tokens[k].hash == EntityBuilder.andHash, RoleLexicon.titles.match(tokens, at: k + 1) != nil {
                k += 1
                continue
            }
            break
        }
        guard let firstTitle = titles.first, let lastTitle = titles.last else { return nil }
        let modifierStart = titleStart
        var organization: (name: String, key: String?)? = nil
        var link = "of"
        var end = lastTitle.upperBound
        if inSentence(k), tokens[k].kind == .word, EntityBuilder.linkingPrepositions.contains(tokens[k].hash) {
            var o = k + 1
            if inSentence(o), tokens[o].hash == NameFinder.theHash, candidateAt[o] == nil { o += 1 }
            if let ok = candidateAt[o], entityOf[ok] >= 0, isOrganizationLike(entityOf[ok]) {
                organization = organizationInfo(ok)
                link = context.text(tokens[k].range).lowercased()
                end = candidates[ok].tokens.upperBound
            }
        }
        // A bare title after a comma is a role only when it is clearly one: "Lei Jun, chairman,".
        if organization == nil && !viaCopula {
            let after = end
            guard inSentence(after) == false || tokens[after].isPunctuation(",") || tokens[after].isPunctuation(".") || tokens[after].kind == .quote else { return nil }
        }
        var roles: [Role] = []
        for title in titles {
            let from = title == firstTitle ? modifierStart : title.lowerBound
            roles.append(Role(
                title: titleText(from..<title.upperBound), organization: organization?.name,
                range: Int(tokens[from].start)..<Int(tokens[max(from, end - 1)].end), organizationKey: organization?.key, link: link))
        }
        var nominal: Range<Int>? = nil
        if let d = determinerStart, RoleLexicon.referringDeterminers.contains(tokens[d].hash), !viaCopula {
            nominal = Int(tokens[d].start)..<Int(tokens[firstTitle.upperBound - 1].end)
        }
        return (roles, nominal)
    }

    /// A title's text as the article writes it, lowercased unless it is an acronym ("CEO");
    /// an abbreviation is spelt out ("Sen." → "senator").
    func titleText(_ range: Range<Int>) -> String {
        var parts: [String] = []
        for k in range where k < tokens.count && tokens[k].kind == .word {
            let t = tokens[k]
            let text = context.text(t.range)
            if k + 1 < tokens.count, tokens[k + 1].isPunctuation("."), t.has(.noSpaceAfter), !t.has(.allCaps),
                let m = RoleLexicon.titles.match(tokens, at: k), m.length == 2
            {
                parts.append(m.entry.canonical)
                continue
            }
            parts.append(t.has(.allCaps) ? text : text.lowercased())
        }
        return parts.joined(separator: " ")
    }
}
