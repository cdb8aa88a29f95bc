import ArticleAnalysis

extension Corpus {
    /// Hover on a time expression: its normalised value, interval and the anchor used.
    func timeHover(_ record: ArticleRecord, time index: Int) -> HoverAnswer? {
        let time = record.article.times[index]
        var lines = ["**\(record.article.text.slice(time.range))** — \(time.type.rawValue.lowercased()) `\(time.value)`\(time.mod.map { " (\($0.rawValue))" } ?? "")"]
        if let b = time.bounds {
            let e = b.earliest.iso
            let l = b.latest.iso
            lines.append(e == l ? "On \(e)" : "Between \(e) and \(l)")
        }
        switch time.anchor {
        case .none: break
        case .publication(let d): lines.append("Resolved against the publication date, \(d.iso)")
        case .reference(let d): lines.append("Resolved against \(d.iso), given earlier in the text")
        case .unresolved: lines.append("Cannot be resolved: the article has no publication date")
        }
        return HoverAnswer(range: time.range, markdown: lines.joined(separator: "\n"))
    }
}
