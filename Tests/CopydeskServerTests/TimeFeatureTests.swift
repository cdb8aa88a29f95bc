import CopydeskServer
import JSONRPC
import Testing

@Suite struct TimeFeatureTests {
    static let undated = "Xiaomi hopes to enter the U.S. market this year.\n"

    @Test func advertisesInlayHintsAndQuickFixes() throws {
        let response = try TestClient().initialize()
        #expect(response.at("result", "capabilities", "inlayHintProvider") != nil)
        #expect(response.at("result", "capabilities", "codeActionProvider", "codeActionKinds") == ["quickfix"])
    }

    @Test func inlayHintsShowWhatRelativeAndFuzzyTimesResolveTo() throws {
        let client = TestClient()
        try client.initialize()
        let text = "---\ndate: 2018-03-05\n---\nXiaomi will enter the U.S. market this year, by late 2018 at the latest, not in 2017.\n"
        client.open("file:///tmp/t/a.md", text)
        let response = try client.request("textDocument/inlayHint", [
            "textDocument": ["uri": "file:///tmp/t/a.md"],
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 10, "character": 0]],
        ])
        let hints = response["result"]?.arrayValue ?? []
        let labels = hints.compactMap { $0["label"]?.stringValue }
        // "this year" and "by late 2018" get hints; the plain "2017" needs none.
        #expect(labels == ["→ 2018", "→ 2018-03-05 – 2018-12-31"])
        // After "this year": line 3, character 43 (UTF-16).
        #expect(hints.first?.at("position", "line") == 3)
        #expect(hints.first?.at("position", "character") == 43)
        #expect(hints.first?.at("tooltip", "value") == "Resolved against the publication date, 2018-03-05")
    }

    @Test func unresolvedDateIsAHintWithAFixThatAddsFrontMatter() throws {
        let client = TestClient()
        try client.initialize()
        client.open("file:///tmp/t/plain.txt", Self.undated, languageId: "plaintext")
        let published = try client.waitForNotification("textDocument/publishDiagnostics")
        let diagnostics = published.at("params", "diagnostics")?.arrayValue ?? []
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] == "unresolved-date")
        #expect(diagnostics.first?["severity"] == 4)
        guard let diagnostic = diagnostics.first else { return }
        let response = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": "file:///tmp/t/plain.txt"],
            "range": diagnostic["range"] ?? nil,
            "context": ["diagnostics": .array([diagnostic])],
        ])
        let actions = response["result"]?.arrayValue ?? []
        let fix = actions.first { $0["kind"] == "quickfix" && ($0["title"]?.stringValue ?? "").contains("date:") }
        #expect(fix != nil)
        let edits = fix?.at("edit", "changes", "file:///tmp/t/plain.txt")?.arrayValue ?? []
        #expect(edits.count == 1)
        let newText = edits.first?["newText"]?.stringValue ?? ""
        #expect(newText.hasPrefix("---\ndate: ") && newText.hasSuffix("\n---\n"))
        #expect(edits.first?.at("range", "start", "line") == 0 && edits.first?.at("range", "end", "character") == 0)
    }

    @Test func theFixAddsAFieldToExistingFrontMatter() throws {
        let client = TestClient()
        try client.initialize()
        let text = "---\ntitle: Xiaomi\n---\nXiaomi hopes to enter the U.S. market this year.\n"
        client.open("file:///tmp/t/b.md", text)
        let response = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": "file:///tmp/t/b.md"],
            "range": ["start": ["line": 3, "character": 39], "end": ["line": 3, "character": 39]],
            "context": ["diagnostics": []],
        ])
        let edit = response["result"]?.arrayValue?.first?.at("edit", "changes", "file:///tmp/t/b.md")?.arrayValue?.first
        // Inserted before the closing `---` (line 2).
        #expect(edit?.at("range", "start", "line") == 2)
        #expect(edit?.at("range", "start", "character") == 0)
        #expect(edit?["newText"]?.stringValue?.hasPrefix("date: ") == true)
    }

    @Test func noFixWhereNothingIsUnresolved() throws {
        let client = TestClient()
        try client.initialize()
        client.open("file:///tmp/t/c.md", "---\ndate: 2018-03-05\n---\nXiaomi hopes to enter the U.S. market this year.\n")
        let response = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": "file:///tmp/t/c.md"],
            "range": ["start": ["line": 3, "character": 39], "end": ["line": 3, "character": 39]],
            "context": ["diagnostics": []],
        ])
        let titles = (response["result"]?.arrayValue ?? []).compactMap { $0["title"]?.stringValue }
        #expect(!titles.contains { $0.contains("date:") })
    }

    @Test func conflictsArePublishedWithRelatedInformation() throws {
        let client = TestClient()
        try client.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": true]]])
        client.open("file:///tmp/t/x.md", "---\ndate: 2018-03-05\n---\nXiaomi plans to enter the U.S. market by late 2018.\n")
        _ = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "uri") == "file:///tmp/t/x.md" }
        client.open("file:///tmp/t/y.md", "---\ndate: 2018-03-06\n---\nXiaomi will enter the United States in 2020.\n")
        let y = try client.waitForNotification("textDocument/publishDiagnostics") {
            $0.at("params", "uri") == "file:///tmp/t/y.md" && ($0.at("params", "diagnostics")?.arrayValue?.isEmpty == false)
        }
        let diagnostic = y.at("params", "diagnostics")?.arrayValue?.first
        #expect(diagnostic?["code"] == "conflicting-date")
        #expect(diagnostic?.at("relatedInformation")?.arrayValue?.first?.at("location", "uri") == "file:///tmp/t/x.md")
        // The other article is told too.
        let x = try client.waitForNotification("textDocument/publishDiagnostics") {
            $0.at("params", "uri") == "file:///tmp/t/x.md" && ($0.at("params", "diagnostics")?.arrayValue?.isEmpty == false)
        }
        #expect(x.at("params", "diagnostics")?.arrayValue?.first?["code"] == "conflicting-date")
    }
}
