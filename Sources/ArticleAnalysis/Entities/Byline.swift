/// Finds who wrote the article, so the byline's name is not taken for someone the article is about:
/// front matter `author:`, a "By …" line, or a short line above the story that carries a date or
/// time and a name ("Mar 05 AT 10:29 AM Evan Selleck 0 Comments").
enum Byline {
    static let byHash = Bytes.wordHash("by")
    static let bylineCues = Lexicon(words: "by posted written words reporting reported filed author")
    static let timeCues = Lexicon(words: "am pm a.m. p.m. comments comment updated published posted gmt utc et est edt pt pst min read")

    /// The author names as word hashes (one array per author).
    static func authors(_ context: EntityContext, _ candidates: [NameCandidate]) -> [[UInt64]] {
        var result: [[UInt64]] = []
        if let value = context.document.frontMatter?.author, !value.isEmpty {
            // "Evan Selleck", "By Evan Selleck", "Jane Doe and John Roe", "Doe, Jane"? (taken as words)
            for part in splitAuthors(value) {
                var words = Lexicon.words(of: part)
                if words.first == byHash { words.removeFirst() }
                if !words.isEmpty { result.append(words) }
            }
        }
        let tokens = context.tokens
        let document = context.document
        var paragraphsSeen = 0
        for p in document.paragraphs {
            if paragraphsSeen >= 4 { break }
            paragraphsSeen += 1
            if let h = document.headline, h == p.range { continue }
            guard p.sentences.lowerBound < document.sentences.count else { continue }
            let firstToken = document.sentences[p.sentences.lowerBound].tokens.lowerBound
            let lastToken = document.sentences[max(p.sentences.lowerBound, p.sentences.upperBound - 1)].tokens.upperBound
            let count = lastToken - firstToken
            guard count > 0, count <= 16, firstToken < tokens.count else {
                if p.kind == .body { break }
                continue
            }
            let opensWithBy = bylineCues.contains(tokens[firstToken].hash)
                && (tokens[firstToken].hash == byHash || (firstToken + 1 < tokens.count && tokens[firstToken + 1].hash == byHash))
            var hasTimeCue = false
            for i in firstToken..<min(lastToken, tokens.count) {
                let t = tokens[i]
                if timeCues.contains(t.hash) || ThingLexicon.calendarWords.contains(t.hash) { hasTimeCue = true }
                if t.kind == .number && context.bytes[Int(t.start)..<Int(t.end)].contains(UInt8(ascii: ":")) { hasTimeCue = true }
            }
            guard opensWithBy || hasTimeCue else {
                if p.kind == .body { break }
                continue
            }
            for c in candidates where c.range.lowerBound >= p.range.lowerBound && c.range.upperBound <= p.range.upperBound {
                guard (2...4).contains(c.words.count) else { continue }
                guard !c.words.contains(where: { OrganizationLexicon.keywords.contains($0) || PlaceLexicon.gazetteer.single($0) != nil }) else { continue }
                guard OrganizationLexicon.known.exact(words: c.words) == nil else { continue }
                result.append(c.words)
            }
            if p.kind == .body { break }
        }
        return result
    }

    static func splitAuthors(_ value: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for word in value.split(separator: " ") {
            if word == "and" || word == "&" {
                parts.append(current)
                current = ""
                continue
            }
            if word.hasSuffix(",") || word.hasSuffix(";") {
                current += (current.isEmpty ? "" : " ") + word.dropLast()
                parts.append(current)
                current = ""
                continue
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty }
    }
}
