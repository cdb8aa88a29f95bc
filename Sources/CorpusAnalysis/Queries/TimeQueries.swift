import ArticleAnalysis

extension Corpus {
    /// Hover on a time expression: its normalised value, interval and the anchor used, and the
    /// events it dates.
    func timeHover(_ record: ArticleRecord, time index: Int) -> HoverAnswer? {
        let article = record.article
        guard index >= 0, index < article.times.count else { return nil }
        let time = article.times[index]
        var lines = ["**\(article.text.slice(time.range))** — \(time.type.rawValue.lowercased()) `\(time.value)`\(time.mod.map { " (\($0.rawValue))" } ?? "")"]
        if let b = time.bounds {
            switch (b.earliestIfBounded, b.latestIfBounded) {
            case (let e?, let l?): lines.append(e == l ? "On \(e.iso)" : "Between \(e.iso) and \(l.iso)")
            case (nil, let l?): lines.append("On or before \(l.iso)")
            case (let e?, nil): lines.append("On or after \(e.iso)")
            case (nil, nil): break
            }
        }
        switch time.anchor {
        case .none:
            var line = "Absolute: needs no anchor"
            if let pub = record.published, let b = time.bounds, b.earliestBegin == pub.dayNumber, time.mod == .onOrBefore || time.mod == .before {
                line += "; as a plan, not before the publication date, \(pub.iso)"
            }
            lines.append(line)
        case .publication(let d): lines.append("Resolved against the publication date, \(d.iso)")
        case .reference(let d): lines.append("Resolved against \(d.iso), given earlier in the text")
        case .unresolved: lines.append("Cannot be resolved: the article has no publication date")
        }
        let events = article.claims.filter { $0.time == index }.map { claim in
            "Dates: \(claim.eventDescription)\(claim.modality == .planned ? " (plan)" : "")\(claim.negated ? " (negated)" : "")"
        }
        lines += Array(Set(events)).sorted()
        return HoverAnswer(range: time.range, markdown: lines.filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    /// Inlay hints for one article: after each relative or fuzzy time, what it resolves to
    /// ("this year" → 2018). Byte offsets; `range` limits them to the visible part.
    public func timeHints(path: String, in range: Range<Int>? = nil) -> [InlayHintAnswer] {
        guard let record = record(path) else { return [] }
        let article = record.article
        var hints: [InlayHintAnswer] = []
        for time in article.times {
            if let range, !range.overlaps(time.range) && time.range.upperBound != range.lowerBound { continue }
            guard let label = TimeHintLabel.label(time) else { continue }
            let tooltip: String
            switch time.anchor {
            case .publication(let d): tooltip = "Resolved against the publication date, \(d.iso)"
            case .reference(let d): tooltip = "Resolved against \(d.iso), given earlier in the text"
            default: tooltip = "TIMEX3 \(time.value)\(time.mod.map { " \($0.rawValue)" } ?? "")"
            }
            hints.append(InlayHintAnswer(offset: time.range.upperBound, label: label, tooltip: tooltip))
        }
        return hints
    }
}

/// An inlay hint: a label shown at a byte offset.
public struct InlayHintAnswer: Sendable, Hashable {
    public var offset: Int
    public var label: String
    public var tooltip: String
    public init(offset: Int, label: String, tooltip: String) {
        self.offset = offset
        self.label = label
        self.tooltip = tooltip
    }
}

/// What an inlay hint says after a time: the resolved value for relative times, the interval for
/// fuzzy or one-sided ones, nothing for plain absolute dates.
enum TimeHintLabel {
    static func label(_ time: TimeExpression) -> String? {
        guard !time.isUnresolved else { return nil }
        let fuzzy = time.mod != nil
        guard time.isRelative || fuzzy else { return nil }
        switch time.type {
        case .set: return nil
        case .duration: guard time.bounds != nil else { return nil }
        default: break
        }
        if time.value.hasSuffix("_REF") {
            guard let b = time.bounds, time.value != "PRESENT_REF" else { return nil }
            return "→ " + b.describe()
        }
        if !fuzzy, time.type != .duration { return "→ " + readable(time.value) }
        guard let b = time.bounds else { return nil }
        return "→ " + b.describe()
    }

    /// "2018-03" → "Mar 2018"; "2018-W10" → "2018-W10"; "2018-03-05" → "2018-03-05".
    static func readable(_ value: String) -> String {
        let parts = value.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, let m = Int(parts[1]), (1...12).contains(m) {
            return "\(DateNames.monthAbbreviations[m - 1]) \(parts[0])"
        }
        return value
    }
}
