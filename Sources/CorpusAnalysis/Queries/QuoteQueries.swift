import ArticleAnalysis

extension Corpus {
    /// Hover on a quotation: who said it, with which cue.
    func quoteHover(_ record: ArticleRecord, quote index: Int) -> HoverAnswer? {
        let article = record.article
        let quote = article.quotes[index]
        var lines: [String] = []
        if !quote.isSpeech {
            lines.append("Quoted term or title (not speech)")
        } else if let a = quote.attribution {
            var speaker = a.speaker.map { article.text.slice($0) } ?? "unnamed speaker"
            if let e = a.entity, e >= 0, e < article.entities.count {
                let entity = article.entities[e]
                speaker = entity.name
                if let role = entity.roles.first { speaker += ", \(role.description)" }
            }
            lines.append("Quote from **\(speaker)**")
            if let cue = a.cue { lines.append("Cue: “\(article.text.slice(cue))” (\(a.placement.rawValue))") }
        } else {
            lines.append("Quote with **no attributed speaker**")
        }
        return HoverAnswer(range: quote.range, markdown: lines.joined(separator: "\n"))
    }
}
