/// Canonical keys that link an entity across articles. A key is derived from the entity's names
/// only (never from positions or counters), so it is stable across edits:
///
/// - `person:lei jun` — a full name (initials dropped: "George W. Bush" = "George Bush");
/// - `person:jun (xiaomi)` — a single name qualified by the organisation a role gives;
/// - `~person:jun` — a single name with nothing to tie it down (kept local to its article);
/// - `author:evan selleck` — the article's author, never a subject;
/// - `organization:apple` — legal suffixes and a leading "the" dropped, known short forms expanded;
/// - `place:united states` — the gazetteer's canonical name (U.S. = US = America);
/// - `product:mate 10 pro`, `event:ces 2018`, `other:…`.
enum EntityKeys {
    static func key(for draft: EntityBuilder.Draft, builder: EntityBuilder) -> String {
        let words = normalizedWords(builder.candidates[draft.fullest], builder.context)
        switch draft.type {
        case .person:
            let content = words.filter { $0.count > 1 || !($0.first?.isLetter ?? false) }.filter { !PersonLexicon.suffixes.contains(word: $0) }
            let name = content.joined(separator: " ")
            if draft.isAuthor { return "author:" + words.joined(separator: " ") }
            if content.count >= 2 { return "person:" + name }
            // "J. Pooley": initials with a surname are more than a bare surname.
            let withInitials = words.filter { !PersonLexicon.suffixes.contains(word: $0) }
            if withInitials.count >= 2 { return "person:" + withInitials.joined(separator: " ") }
            if let org = draft.roles.compactMap(\.organizationKey).first {
                return "person:" + name + " (" + org.drop(while: { $0 != ":" }).dropFirst() + ")"
            }
            // "President Trump": a head of state or government is one person per title and name.
            if let office = draft.roles.map(\.canonicalTitle).first(where: { RoleLexicon.offices.contains($0) }) {
                return "person:" + name + " (" + office + ")"
            }
            return "~person:" + name
        case .organization:
            if let c = draft.canonical { return "organization:" + c }
            var core = words
            if core.count > 1, core.first == "the" { core.removeFirst() }
            while core.count > 1, let last = core.last, OrganizationLexicon.legalSuffixes.contains(word: last) { core.removeLast() }
            return "organization:" + core.joined(separator: " ")
        case .place:
            if let c = draft.canonical { return "place:" + c }
            var core = words
            if core.count > 1, core.first == "the" { core.removeFirst() }
            return "place:" + core.joined(separator: " ")
        case .product, .event, .other:
            var core = words
            if core.count > 1, core.first == "the" { core.removeFirst() }
            // "Airbus A380" = "A380", "Huawei Mate 10 Pro" = "Mate 10 Pro": a model named with or
            // without its maker is one product (only when the rest carries a model number, so
            // "Apple Watch" keeps its maker).
            if draft.type == .product {
                let hashes = builder.candidates[draft.fullest].words
                if hashes.count == words.count, let maker = NameTyping.knownOrganizationPrefix(hashes), core.count == words.count,
                    words[maker...].contains(where: { $0.contains(where: \.isNumber) })
                {
                    core = Array(words[maker...])
                }
                // "A380s", "737s": the plural of a model is the model.
                if let last = core.last, last.count >= 3, last.hasSuffix("s"), last.dropLast().last?.isNumber == true {
                    core[core.count - 1] = String(last.dropLast())
                }
            }
            return draft.type.rawValue + ":" + core.joined(separator: " ")
        }
    }

    /// The candidate's words, lowercased, periods dropped ("U.S." → "us"), apostrophes and common
    /// Latin diacritics folded ("José" → "jose").
    static func normalizedWords(_ c: NameCandidate, _ context: EntityContext) -> [String] {
        var words: [String] = []
        var previousWasAmpersand = false
        for k in c.tokens where k < context.tokens.count {
            let t = context.tokens[k]
            // A token past the name's end (the run stopped inside its tokens) is not part of it.
            guard Int(t.start) < c.range.upperBound else { continue }
            let range = Int(t.start)..<min(Int(t.end), c.range.upperBound)
            guard !range.isEmpty else { continue }
            if t.isPunctuation("&") {
                if let last = words.popLast() { words.append(last + "&") }
                previousWasAmpersand = true
                continue
            }
            guard t.kind == .word || t.kind == .number else { continue }
            let w = fold(context.bytes, range)
            guard !w.isEmpty else { continue }
            if previousWasAmpersand, let last = words.popLast() {
                words.append(last + w)
            } else {
                words.append(w)
            }
            previousWasAmpersand = false
        }
        return words
    }

    /// `fold(_:)` of the text at `range`, without making a string of it first when it is ASCII.
    static func fold(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[lower..<upper])
            guard slice.allSatisfy({ $0 < 0x80 }) else { return fold(String(decoding: slice, as: UTF8.self)) }
            return String(unsafeUninitializedCapacity: slice.count) { out in
                var n = 0
                for b in slice where b != 0x2E {
                    out[n] = Bytes.lower(b)
                    n += 1
                }
                return n
            }
        }
    }

    static func fold(_ text: String) -> String {
        // Plain ASCII, the usual case: lowercase and drop full stops byte by byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for b in text.utf8 where b != 0x2E { bytes.append(Bytes.lower(b)) }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case ".": continue
            case "\u{2019}", "\u{2018}": out.append("'")
            default:
                if scalar.value < 0x80 {
                    out.unicodeScalars.append(scalar)
                } else if let folded = latinFold[scalar] {
                    out.unicodeScalars.append(folded)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static let latinFold: [Unicode.Scalar: Unicode.Scalar] = {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        for (letters, base) in groups { for s in letters.unicodeScalars { map[s] = base } }
        return map
    }()

    /// "united states" → "United States" (for roles naming a country from a demonym).
    static func display(_ canonical: String) -> String {
        canonical.split(separator: " ").map { w in
            w.count <= 2 && w != "of" ? w.uppercased() : (w == "of" || w == "and" || w == "the" ? String(w) : w.prefix(1).uppercased() + w.dropFirst())
        }.joined(separator: " ")
    }
}

extension Lexicon {
    func contains(word: Substring) -> Bool { contains(word: String(word)) }
}
