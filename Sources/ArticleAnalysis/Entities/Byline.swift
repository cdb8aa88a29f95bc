/// Finds who wrote the article, so the byline's name is not taken for someone the article is about:
/// front matter `author:`, a "By …" line, or a short line above the story that carries a date or
/// time and a name ("Mar 05 AT 10:29 AM Evan Selleck 0 Comments").
enum Byline {
    static let byHash = Bytes.wordHash("by")
    static let bylineCues = Lexicon(words: "by posted written words reporting reported filed author")
    static let timeCues = Lexicon(words: "am pm a.m. p.m. comments comment updated published posted gmt utc et est edt pt pst min read")

    struct Author {
        /// The name's word hashes.
        var words: [UInt64]
        /// Where the byline names the author, if in the text.
        var tokens: Range<Int>? = nil
    }

    /// The article's authors: from front matter, or from a byline above the story.
    static func authors(_ context: EntityContext) -> [Author] {
        var result: [Author] = []
        if let value = context.document.frontMatter?.author, !value.isEmpty {
            // "Evan Selleck", "By Evan Selleck", "Jane Doe and John Roe"
            for part in splitAuthors(value) {
                var words = Lexicon.words(of: part)
                if words.first == byHash { words.removeFirst() }
                if !words.isEmpty { result.append(Author(words: words)) }
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
            let lastToken = min(document.sentences[max(p.sentences.lowerBound, p.sentences.upperBound - 1)].tokens.upperBound, tokens.count)
            let count = lastToken - firstToken
            guard count > 0, count <= 16, firstToken < tokens.count else {
                if p.kind == .body { break }
                continue
            }
            // "By Mara Quill", "Posted by Mara Quill"
            let opensWithBy = tokens[firstToken].hash == byHash
                || (bylineCues.contains(tokens[firstToken].hash) && firstToken + 1 < lastToken && tokens[firstToken + 1].hash == byHash)
            // A short line above the story with a date or time: "Mar 05 AT 10:29 AM Mara Quill 0 Comments"
            var hasTimeCue = false
            if p.kind != .body {
                for i in firstToken..<lastToken {
                    let t = tokens[i]
                    if timeCues.contains(t.hash) || ThingLexicon.calendarWords.contains(t.hash) { hasTimeCue = true }
                    if t.kind == .number && context.bytes[Int(t.start)..<Int(t.end)].contains(UInt8(ascii: ":")) { hasTimeCue = true }
                }
            }
            guard opensWithBy || hasTimeCue else {
                if p.kind == .body { break }
                continue
            }
            // Runs of two to four capitalised words that are not common words, months or acronyms.
            var i = firstToken
            while i < lastToken {
                var j = i
                while j < lastToken, isNamePart(tokens[j], context) { j += 1 }
                if j - i >= 2 && j - i <= 4 {
                    let words = (i..<j).map { tokens[$0].hash }
                    let listed = words.contains { OrganizationLexicon.keywords.contains($0) || PlaceLexicon.gazetteer.single($0) != nil }
                        || OrganizationLexicon.known.exact(words: words) != nil
                    if !listed { result.append(Author(words: words, tokens: i..<j)) }
                }
                i = max(j, i + 1)
            }
            if p.kind == .body || !result.isEmpty { break }
        }
        return result
    }

    static func isNamePart(_ t: Token, _ context: EntityContext) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.has(.allCaps), !t.has(.possessive), !t.has(.hasDigit) else { return false }
        if ThingLexicon.calendarWords.contains(t.hash) || bylineCues.contains(t.hash) || timeCues.contains(t.hash) { return false }
        if CommonWords.lexicon.contains(t.hash) && !PersonLexicon.maleNames.contains(t.hash) && !PersonLexicon.femaleNames.contains(t.hash) { return false }
        return true
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
