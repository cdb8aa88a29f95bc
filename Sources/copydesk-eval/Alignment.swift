import ArticleAnalysis
import CorpusAnalysis
import Foundation

/// `copydesk-eval conflicts --alignment DIR`: whether claims about one real-world event get one
/// key across articles, measured on MEANTIME's cross-document event instances (a topic folder
/// such as .../intra_cross-doc_annotation/corpus_airbus). A tuning aid for `ClaimExtractor`.
///
/// - Alignment recall: pairs of sentences in different documents that mention one event instance,
///   both dated in their text (a TIMEX3 other than the creation time in the sentence, or a TLINK
///   from the mention to one), and the share of them whose claims share a key.
/// - False alignments: pairs of claims in different documents with one key, whose sentences'
///   annotated event instances are all different (MEANTIME annotates the first sentences of each
///   document in full, later ones only where cross-document links needed it, so a pair whose
///   sentence has no annotated event is "unknown" and listed with --verbose).
enum AlignmentEvaluation {
    struct Document {
        var name: String
        var text: String
        var dct: CalendarDate?
        /// MEANTIME sentence number → byte range in `text`.
        var sentences: [Int: Range<Int>]
        /// Event instance → sentences mentioning it.
        var instances: [String: Set<Int>]
        /// Sentences holding a time expression other than the creation time.
        var datedSentences: Set<Int>
        /// Sentences whose event mention is TLINKed to a time other than the creation time.
        var linkedSentences: Set<Int>
        /// Predicate of each event instance ("delivery", "enter"), for messages.
        var preds: [String: String]

        func sentence(at byte: Int) -> Int? {
            sentences.first { $0.value.contains(byte) }?.key
        }
    }

    static func parse(_ xml: String, name: String) -> Document {
        var tokens: [(id: String, sentence: Int, text: String)] = []
        var eventMentions: [String: [String]] = [:]
        var mentionPred: [String: String] = [:]
        var timexAnchors: [String: [String]] = [:]
        var timexIsDCT: [String: Bool] = [:]
        var dct: CalendarDate? = nil
        var eventInstances: [String: String] = [:]
        var eventDescriptors: [String: String] = [:]
        var refers: [(sources: [String], target: String)] = []
        var tlinks: [(String, String)] = []
        var currentEvent: String? = nil
        var currentTimex: String? = nil
        var relation: String? = nil
        var sources: [String] = []
        var target: String? = nil
        var scanner = XMLTagScanner(xml)
        while let tag = scanner.next() {
            switch tag.name {
            case "token":
                if !tag.isClosing, let id = tag.attributes["t_id"] {
                    tokens.append((id, Int(tag.attributes["sentence"] ?? "0") ?? 0, XMLTagScanner.unescape(tag.text)))
                }
            case "EVENT_MENTION":
                currentEvent = tag.isClosing || tag.isSelfClosing ? nil : tag.attributes["m_id"]
                if let m = currentEvent { mentionPred[m] = tag.attributes["pred"] ?? "" }
            case "TIMEX3":
                if tag.isClosing {
                    currentTimex = nil
                } else if let m = tag.attributes["m_id"] {
                    let isDCT = tag.attributes["functionInDocument"] == "CREATION_TIME"
                    timexIsDCT[m] = isDCT
                    if isDCT, dct == nil { dct = DateParsing.parse(tag.attributes["value"] ?? "") }
                    currentTimex = tag.isSelfClosing ? nil : m
                }
            case "ENTITY_MENTION", "SIGNAL", "C-SIGNAL", "VALUE":
                if !tag.isClosing { currentEvent = nil; currentTimex = nil }
            case "token_anchor":
                if let t = tag.attributes["t_id"] {
                    if let m = currentEvent { eventMentions[m, default: []].append(t) }
                    if let m = currentTimex { timexAnchors[m, default: []].append(t) }
                }
            case "EVENT":
                if let m = tag.attributes["m_id"], let i = tag.attributes["instance_id"], !i.isEmpty {
                    eventInstances[m] = i
                    eventDescriptors[i] = tag.attributes["TAG_DESCRIPTOR"] ?? ""
                }
            case "REFERS_TO", "TLINK":
                if tag.isClosing {
                    if let t = target {
                        if relation == "REFERS_TO" { refers.append((sources, t)) } else { for s in sources { tlinks.append((s, t)) } }
                    }
                    relation = nil
                } else {
                    relation = tag.name
                    sources = []
                    target = nil
                }
            case "source":
                if relation != nil, let m = tag.attributes["m_id"] { sources.append(m) }
            case "target":
                if relation != nil, let m = tag.attributes["m_id"] { target = m }
            default:
                break
            }
        }
        var builder = EntityEvaluation.TextBuilder()
        var sentenceOf: [String: Int] = [:]
        var sentences: [Int: Range<Int>] = [:]
        var previous = -1
        for (k, t) in tokens.enumerated() {
            if t.sentence != previous {
                builder.breakParagraph()
                previous = t.sentence
            }
            sentenceOf[t.id] = t.sentence
            builder.append(t.text)
            let r = builder.ranges[k]
            sentences[t.sentence] = (sentences[t.sentence]?.lowerBound ?? r.lowerBound)..<r.upperBound
        }
        var instances: [String: Set<Int>] = [:]
        var preds: [String: String] = [:]
        var mentionInstance: [String: String] = [:]
        for r in refers {
            guard let instance = eventInstances[r.target] else { continue }
            for s in r.sources {
                guard let first = eventMentions[s]?.first, let sentence = sentenceOf[first] else { continue }
                instances[instance, default: []].insert(sentence)
                mentionInstance[s] = instance
                preds[instance] = mentionPred[s] ?? eventDescriptors[instance] ?? ""
            }
        }
        var dated: Set<Int> = []
        for (m, anchors) in timexAnchors where timexIsDCT[m] == false {
            if let first = anchors.first, let s = sentenceOf[first] { dated.insert(s) }
        }
        var linked: Set<Int> = []
        for (a, b) in tlinks {
            for (event, timex) in [(a, b), (b, a)] where timexIsDCT[timex] == false {
                if let first = eventMentions[event]?.first, let s = sentenceOf[first] { linked.insert(s) }
            }
        }
        return Document(name: name, text: builder.text, dct: dct, sentences: sentences, instances: instances, datedSentences: dated, linkedSentences: linked, preds: preds)
    }

    /// A claim as the debugging listings show it: key, modality, its time and its sentence.
    static func describe(_ c: Claim, in article: AnalyzedArticle) -> String {
        let t = article.times[c.time]
        return "\(c.key)\(c.aliasKeys.isEmpty ? "" : " (also " + c.aliasKeys.joined(separator: ", ") + ")") [\(c.modality)\(c.negated ? " neg" : "")\(c.isRevision ? " rev" : "")] “\(article.text.slice(t.core))” \(t.value) :: \(article.text.slice(c.range))"
    }

    /// Prints the claims of each article in a pair file (`//- path published:…` headers).
    static func printClaims(_ file: String) {
        guard let pair = PairEvaluation.read(file) else { return }
        for a in pair.articles {
            let article = ArticleAnalyzer.analyze(a.text, format: ArticleFormat.forPath(a.path), options: .init(publication: a.published))
            print("== \(a.path)  entities: \(article.entities.map(\.key).joined(separator: ", "))")
            if ProcessInfo.processInfo.environment["ALIGN_TIMES"] != nil {
                for t in article.times { print("  time “\(article.text.slice(t.range))” core “\(article.text.slice(t.core))” \(t.type) \(t.value)") }
            }
            for c in article.claims {
                print("  " + describe(c, in: article))
            }
        }
    }

    static func run(_ dir: String, verbose: Bool) {
        let files = EvalFiles.list(dir, extensions: ["xml"])
        var documents: [Document] = []
        var articles: [AnalyzedArticle] = []
        for file in files {
            guard let xml = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            let name = (file as NSString).lastPathComponent.split(separator: "_").first.map(String.init) ?? file
            let d = parse(xml, name: name)
            documents.append(d)
            articles.append(ArticleAnalyzer.analyze(d.text, format: .plainText, options: .init(publication: d.dct)))
        }
        // Claims by document and MEANTIME sentence (the sentence holding the claim's time).
        var claimsAt: [[Int: [Claim]]] = []
        for (i, a) in articles.enumerated() {
            var bySentence: [Int: [Claim]] = [:]
            for c in a.claims {
                let at = c.time >= 0 && c.time < a.times.count ? a.times[c.time].range.lowerBound : c.range.lowerBound
                if let s = documents[i].sentence(at: at) { bySentence[s, default: []].append(c) }
            }
            claimsAt.append(bySentence)
        }
        if ProcessInfo.processInfo.environment["ALIGN_DUMP"] != nil {
            for (i, a) in articles.enumerated() {
                for c in a.claims {
                    print("claim \(documents[i].name) " + describe(c, in: a))
                }
            }
        }
        // Coreferent pairs.
        var all = 0, dated = 0, withClaims = 0, aligned = 0
        var seen: Set<String> = []
        var instanceNames: Set<String> = []
        for d in documents { instanceNames.formUnion(d.instances.keys) }
        for instance in instanceNames.sorted() {
            let holders = documents.indices.filter { documents[$0].instances[instance] != nil }
            guard holders.count > 1 else { continue }
            for x in holders {
                for y in holders where x < y {
                    for sx in documents[x].instances[instance]!.sorted() {
                        for sy in documents[y].instances[instance]!.sorted() {
                            let id = "\(x)#\(sx)|\(y)#\(sy)"
                            guard !seen.contains(id) else { continue }
                            seen.insert(id)
                            all += 1
                            func isDated(_ i: Int, _ s: Int) -> Bool {
                                let d = documents[i]
                                if d.datedSentences.contains(s) || d.linkedSentences.contains(s) { return true }
                                // Or a time our tagger finds there (MEANTIME leaves some unannotated).
                                guard let r = d.sentences[s] else { return false }
                                return articles[i].times.contains { t in
                                    r.contains(t.range.lowerBound) && (t.type == .date || t.type == .time) && !t.value.hasSuffix("_REF")
                                }
                            }
                            guard isDated(x, sx), isDated(y, sy) else {
                                if verbose {
                                    print("undated   \(documents[x].preds[instance] ?? instance) \(documents[x].name)#\(sx) vs \(documents[y].name)#\(sy)")
                                    print("    \(documents[x].name)#\(sx): \(documents[x].text.slice(documents[x].sentences[sx]!))")
                                    print("    \(documents[y].name)#\(sy): \(documents[y].text.slice(documents[y].sentences[sy]!))")
                                }
                                continue
                            }
                            dated += 1
                            let kx = Set((claimsAt[x][sx] ?? []).map(\.key))
                            let ky = Set((claimsAt[y][sy] ?? []).map(\.key))
                            if !kx.isEmpty && !ky.isEmpty { withClaims += 1 }
                            let ok = (claimsAt[x][sx] ?? []).contains { a in (claimsAt[y][sy] ?? []).contains { a.isSameEvent(as: $0) } }
                            if ok { aligned += 1 }
                            if verbose {
                                print("\(ok ? "aligned  " : "unaligned") \(documents[x].preds[instance] ?? instance) \(documents[x].name)#\(sx) vs \(documents[y].name)#\(sy)")
                                if !ok {
                                    print("    \(documents[x].name)#\(sx): \(documents[x].text.slice(documents[x].sentences[sx]!))\n      claims: \(kx.sorted())")
                                    print("    \(documents[y].name)#\(sy): \(documents[y].text.slice(documents[y].sentences[sy]!))\n      claims: \(ky.sorted())")
                                }
                            }
                        }
                    }
                }
            }
        }
        // Shared keys across documents.
        var shared = 0, confirmed = 0, falseAlignments = 0, unknown = 0
        var lines: [String] = []
        var byKey: [String: [(doc: Int, sentence: Int, claim: Claim)]] = [:]
        for (i, sentences) in claimsAt.enumerated() {
            for (s, claims) in sentences { for c in claims { for k in c.linkKeys { byKey[k, default: []].append((i, s, c)) } } }
        }
        var counted: Set<String> = []
        for key in byKey.keys.sorted() {
            let entries = byKey[key]!
            var pairsDone: Set<String> = []
            for a in entries {
                // Claims that share a key are one event when one's own key is the other's (two
                // alias keys alone are not).
                for b in entries where a.doc < b.doc && a.claim.isSameEvent(as: b.claim) {
                    let id = "\(a.doc)#\(a.sentence)|\(b.doc)#\(b.sentence)"
                    guard !pairsDone.contains(id), !counted.contains(id) else { continue }
                    counted.insert(id)
                    pairsDone.insert(id)
                    shared += 1
                    let ia = Set(documents[a.doc].instances.filter { $0.value.contains(a.sentence) }.keys)
                    let ib = Set(documents[b.doc].instances.filter { $0.value.contains(b.sentence) }.keys)
                    let verdict: String
                    if !ia.isDisjoint(with: ib) {
                        confirmed += 1
                        verdict = "same event"
                    } else if !ia.isEmpty && !ib.isEmpty {
                        falseAlignments += 1
                        verdict = "DIFFERENT"
                    } else {
                        unknown += 1
                        verdict = "unknown"
                    }
                    lines.append("\(verdict): \(key)  \(documents[a.doc].name)#\(a.sentence) vs \(documents[b.doc].name)#\(b.sentence)")
                    if verdict != "same event" {
                        lines.append("    \(documents[a.doc].text.slice(documents[a.doc].sentences[a.sentence]!))")
                        lines.append("    \(documents[b.doc].text.slice(documents[b.doc].sentences[b.sentence]!))")
                    }
                }
            }
        }
        print("MEANTIME claim alignment (\(documents.count) documents in \(dir))")
        print("")
        EvalFiles.printTable([
            ["measure", "value"],
            ["coreferent sentence pairs across documents", "\(all)"],
            ["… both dated in text", "\(dated)"],
            ["… both with a claim", "\(withClaims)"],
            ["… whose claims share a key (alignment recall)", dated > 0 ? String(format: "%d / %d", aligned, dated) : "–"],
            ["claim pairs across documents sharing a key", "\(shared)"],
            ["… same event instance", "\(confirmed)"],
            ["… different instances (false alignments)", "\(falseAlignments)"],
            ["… not annotated", "\(unknown)"],
        ])
        if verbose {
            print("")
            for l in lines { print(l) }
        }
    }
}
