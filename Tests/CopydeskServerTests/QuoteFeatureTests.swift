import CopydeskServer
import JSONRPC
import Testing

@Suite struct QuoteFeatureTests {
    static let article = """
        "We cannot keep paying for repairs," the council heard.

        The ferry kept running.

        "We will reopen in May," Mara Quill said.
        """

    @Test func advertisesQuickFixCodeActions() throws {
        let response = try TestClient().initialize()
        #expect(response.at("result", "capabilities", "codeActionProvider", "codeActionKinds") == ["quickfix"])
        #expect(response.at("result", "capabilities", "codeActionProvider", "resolveProvider") == false)
    }

    @Test func unattributedQuoteIsPublishedWithItsFixes() throws {
        let client = TestClient()
        try client.initialize()
        let uri = "file:///tmp/quotes/bridge.md"
        client.open(uri, QuoteFeatureTests.article)
        let published = try client.waitForNotification("textDocument/publishDiagnostics")
        // (The article has no date, so its "next year" is also an unresolved-date hint.)
        let diagnostics = (published.at("params", "diagnostics")?.arrayValue ?? []).filter { $0["code"] != "unresolved-date" }
        #expect(diagnostics.map { $0["code"] } == ["unattributed-quote"])
        guard let diagnostic = diagnostics.first else { return }
        #expect(diagnostic["message"] == "Quotation “We cannot keep paying for repairs,” has no attributed speaker")
        #expect(diagnostic["severity"] == 2)

        let response = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(uri)], "range": diagnostic["range"]!, "context": ["diagnostics": [diagnostic]],
        ])
        let actions = response["result"]?.arrayValue ?? []
        #expect(actions.map { $0["title"] } == ["Attribute to Mara Quill", "Ignore this quote"])
        #expect(actions.map { $0["kind"] } == ["quickfix", "quickfix"])
        #expect(actions.first?["diagnostics"] == [diagnostic])
        // "…repairs," the council heard. → a cue that names nobody: attribute after the comma.
        let attribute = actions.first?.at("edit", "changes", uri)?.arrayValue
        #expect(attribute == [["range": ["start": ["line": 0, "character": 36], "end": ["line": 0, "character": 36]], "newText": " Mara Quill said,"]])
        let ignore = actions.last?.at("edit", "changes", uri)?.arrayValue
        #expect(ignore == [[
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
            "newText": "<!-- copydesk-disable-next-line unattributed-quote -->\n",
        ]])
    }

    @Test func noActionsAwayFromAQuote() throws {
        let client = TestClient()
        try client.initialize()
        let uri = "file:///tmp/quotes/ferry.md"
        client.open(uri, QuoteFeatureTests.article)
        _ = try client.waitForNotification("textDocument/publishDiagnostics")
        let response = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(uri)],
            "range": ["start": ["line": 2, "character": 0], "end": ["line": 2, "character": 5]], "context": ["diagnostics": []],
        ])
        #expect(response["result"] == [])
    }

    @Test func hoverOnAQuoteNamesItsSpeaker() throws {
        let client = TestClient()
        try client.initialize(capabilities: ["textDocument": ["hover": ["contentFormat": ["markdown"]]]])
        let uri = "file:///tmp/quotes/hover.md"
        client.open(uri, QuoteFeatureTests.article)
        _ = try client.waitForNotification("textDocument/publishDiagnostics")
        let response = try client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 4, "character": 5]])
        #expect(response.at("result", "contents", "value") == "Quote from **Mara Quill**\nCue: “said” (after the quote)")
    }
}
