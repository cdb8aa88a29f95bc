import ArticleAnalysis
import CopydeskTestSupport
import CorpusAnalysis
import Foundation
import Testing

/// Outline, rename, name completion, workspace symbols and mention counts: the editor features
/// built on the entity index.
@Suite struct EntityEditingTests {
    static let corpus = """
        //- ledger.md published:2025-02-10
        Nordvik Chief Executive Ingrid Halvorsen said the plant would open in 2026.

        "Ohio gave us the workforce," 1️⃣Halvorsen said. Priya Raman, an analyst at Fenwick Partners, disagreed.
        //- wire.md published:2025-02-12
        Ingrid Halvorsen, the chief executive of Nordvik, spoke on Tuesday. Halvorsen said the plant was on time.
        """

    @Test func outlineGroupsEntitiesByTypeAndQuotesBySpeaker() throws {
        let corpus = Fixture(Self.corpus).corpus()
        let outline = corpus.outline(path: "ledger.md")
        #expect(outline.map(\.name) == ["People", "Organizations", "Places", "Quotes"])
        let people = outline[0].children.map(\.name)
        #expect(people == ["Ingrid Halvorsen", "Priya Raman"])
        #expect(outline[0].children[0].detail == "chief executive of Nordvik · 2 mentions")
        let quotes = try #require(outline.last).children
        #expect(quotes.map(\.name) == ["Ingrid Halvorsen"])
        #expect(quotes[0].children.map(\.name) == ["“Ohio gave us the workforce,”"])
    }

    /// Applies the rename at marker 1️⃣ and returns each article's new text.
    func renamed(_ source: String, to newName: String) throws -> [String: String] {
        let fixture = Fixture(source)
        let (article, offset) = try #require(fixture.position(1))
        let edits = try #require(fixture.corpus().rename(path: article.path, offset: offset, to: newName))
        var texts: [String: String] = [:]
        for a in fixture.articles {
            var bytes = Array(a.text.utf8)
            for e in edits.filter({ $0.location.path == a.path }).sorted(by: { $0.location.range.lowerBound > $1.location.range.lowerBound }) {
                bytes.replaceSubrange(e.location.range, with: Array(e.newText.utf8))
            }
            texts[a.path] = String(decoding: bytes, as: UTF8.self)
        }
        return texts
    }

    @Test func renamingASurnameFixesItInEveryNamedMention() throws {
        let texts = try renamed(Self.corpus, to: "Halvorssen")
        #expect(texts["ledger.md"]?.hasPrefix("Nordvik Chief Executive Ingrid Halvorssen said") == true)
        #expect(texts["ledger.md"]?.contains("\" Halvorssen said") == true)
        // Every named mention in the other article too; "the chief executive" is left alone.
        #expect(texts["wire.md"] == "Ingrid Halvorssen, the chief executive of Nordvik, spoke on Tuesday. Halvorssen said the plant was on time.")
    }

    @Test func renamingAFullNameMapsWordToWord() throws {
        let source = Self.corpus.replacingOccurrences(of: "1️⃣", with: "").replacingOccurrences(of: "Executive Ingrid", with: "Executive 1️⃣Ingrid")
        let texts = try renamed(source, to: "Inga Halvorsen")
        #expect(texts["wire.md"] == "Inga Halvorsen, the chief executive of Nordvik, spoke on Tuesday. Halvorsen said the plant was on time.")
        // A different number of words replaces only mentions that read exactly like the old name.
        let whole = try renamed(source, to: "Ingrid Marie Halvorsen")
        #expect(whole["wire.md"] == "Ingrid Marie Halvorsen, the chief executive of Nordvik, spoke on Tuesday. Halvorsen said the plant was on time.")
    }

    @Test func onlyNamesCanBeRenamed() throws {
        let fixture = Fixture("Ingrid Halvorsen runs Nordvik. The executive said 1️⃣she would stay.")
        let (article, offset) = try #require(fixture.position(1))
        let corpus = fixture.corpus()
        #expect(corpus.renameTarget(path: article.path, offset: offset) == nil)
        #expect(corpus.rename(path: article.path, offset: offset, to: "Ingrid") == nil)
    }

    @Test func completionOffersKnownNamesAfterACapital() throws {
        let fixture = Fixture(Self.corpus + "\n//- draft.md\nToday Halv3️⃣ and lower4️⃣")
        let corpus = fixture.corpus()
        let (draft, typed) = try #require(fixture.position(3))
        let names = corpus.completeName(path: draft.path, offset: typed).map(\.name)
        #expect(names.first == "Ingrid Halvorsen")
        let (_, lower) = try #require(fixture.position(4))
        #expect(corpus.completeName(path: draft.path, offset: lower).isEmpty)
    }

    @Test func workspaceSymbolsMatchFuzzily() {
        let corpus = Fixture(Self.corpus).corpus()
        let found = corpus.entitySymbols(matching: "ihal")
        #expect(found.first?.name == "Ingrid Halvorsen")
        #expect(found.first?.articles == 2)
        #expect(corpus.entitySymbols(matching: "zzz").isEmpty)
    }

    @Test func lensesCountArticlesForNamesOthersMentionToo() throws {
        let corpus = Fixture(Self.corpus).corpus()
        let lenses = corpus.mentionCounts(path: "ledger.md")
        // Halvorsen and Nordvik appear in both articles; Priya Raman and Fenwick Partners only here.
        #expect(lenses.map(\.articles) == [2, 2])
    }
}
