@testable import CopydeskServer
import Foundation
import JSONRPC
import Testing

@Suite struct LifecycleTests {
    @Test func requestsBeforeInitializeAreRefused() throws {
        let client = TestClient()
        let response = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"], "position": ["line": 0, "character": 0]])
        #expect(response.at("error", "code") == -32002)
        try client.initialize()
    }

    @Test func initializeNegotiatesUTF16ByDefaultAndUTF8WhenOffered() throws {
        let plain = try TestClient().initialize()
        #expect(plain.at("result", "capabilities", "positionEncoding") == "utf-16")
        #expect(plain.at("result", "serverInfo", "name") == "copydesk")
        let utf8 = try TestClient().initialize(capabilities: ["general": ["positionEncodings": ["utf-16", "utf-8"]]])
        #expect(utf8.at("result", "capabilities", "positionEncoding") == "utf-8")
    }

    @Test func advertisesIncrementalSyncAndPullDiagnosticsOnlyWhenSupported() throws {
        let push = try TestClient().initialize()
        #expect(push.at("result", "capabilities", "textDocumentSync", "change") == 2)
        #expect(push.at("result", "capabilities", "diagnosticProvider") == nil)
        let pull = try TestClient().initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        #expect(pull.at("result", "capabilities", "diagnosticProvider", "interFileDependencies") == true)
        #expect(pull.at("result", "capabilities", "diagnosticProvider", "workspaceDiagnostics") == true)
    }

    @Test func secondInitializeIsAnInvalidRequest() throws {
        let client = TestClient()
        try client.initialize()
        #expect(try client.request("initialize", ["processId": nil, "capabilities": [:]]).at("error", "code") == -32600)
    }

    @Test func unknownMethodsAndBadParams() throws {
        let client = TestClient()
        try client.initialize()
        #expect(try client.request("textDocument/unknownThing", [:]).at("error", "code") == -32601)
        let bad = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"], "position": "top"])
        #expect(bad.at("error", "code") == -32602)
        #expect(bad.at("error", "message")?.stringValue?.contains("params.position") == true)
        // Still serving.
        #expect(try client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"], "position": ["line": 0, "character": 0]])["result"] == .null)
    }

    @Test func malformedFramesAreAnsweredAndTheServerKeepsServing() throws {
        let client = TestClient()
        try client.initialize()
        client.sendRaw(FrameDecoder.encode(Array("{not json".utf8)))
        let parseError = try client.waitFor { $0.at("error", "code") == -32700 }
        #expect(parseError["id"] == .null)
        client.sendRaw(Array("Content-Length: nope\r\n\r\n".utf8))
        client.sendRaw(FrameDecoder.encode(Array(#"{"jsonrpc":"2.0","id":99,"method":7}"#.utf8)))
        #expect(try client.waitFor { $0["id"] == 99 }.at("error", "code") == -32600)
        #expect(try client.request("shutdown")["result"] == .null)
    }

    @Test func shutdownThenExitExitsZero() throws {
        let client = TestClient()
        try client.initialize()
        #expect(try client.request("shutdown")["result"] == .null)
        #expect(try client.request("textDocument/hover", [:]).at("error", "code") == -32600)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func exitWithoutShutdownExitsOne() throws {
        let client = TestClient()
        try client.initialize()
        client.notify("exit")
        #expect(client.waitForExit() == 1)
    }

    @Test func endOfStreamExits() throws {
        let client = TestClient()
        try client.initialize()
        client.connection.receiveEndOfStream()
        #expect(client.waitForExit() == 1)
    }
}

@Suite struct DocumentSyncTests {
    @Test func openAndEditPublishVersionedDiagnostics() throws {
        let client = TestClient()
        try client.initialize()
        client.open("file:///tmp/x/a.md", "---\ndate: sometime\n---\nText.", version: 1)
        let first = try client.waitForNotification("textDocument/publishDiagnostics")
        #expect(first.at("params", "version") == 1)
        #expect(first.at("params", "diagnostics")?.arrayValue?.first?["code"] == "front-matter")
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": "file:///tmp/x/a.md", "version": 2],
            "contentChanges": [["range": ["start": ["line": 1, "character": 6], "end": ["line": 1, "character": 14]], "text": "2018-03-05"]],
        ])
        let second = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "version") == 2 }
        #expect(second.at("params", "diagnostics") == [])
    }

    /// Keys sent back to back: a newer text cancels the analysis of an older one, so what is
    /// published is never older than what was already published, and matches its version's text.
    @Test func aBurstOfEditsPublishesTheLastTextAndNothingStale() throws {
        let client = TestClient()
        try client.initialize()
        let uri = "file:///tmp/x/burst.md"
        client.open(uri, "---\ndate: 2018-03-05\n---\nThe council met on Monday.", version: 1)
        _ = try client.waitForNotification("textDocument/publishDiagnostics")
        // Odd edits make the date "2018-03-05x" (a front-matter error), even edits take the x out.
        for edit in 1...40 {
            let change: JSONValue = edit % 2 == 1
                ? ["range": ["start": ["line": 1, "character": 16], "end": ["line": 1, "character": 16]], "text": "x"]
                : ["range": ["start": ["line": 1, "character": 16], "end": ["line": 1, "character": 17]], "text": ""]
            client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .int(edit + 1)], "contentChanges": [change]])
        }
        let last = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "version") == 41 }
        #expect(last.at("params", "diagnostics") == [])
        // A request after the burst, and a pause, give a stale analysis every chance to show.
        _ = try client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 3, "character": 4]])
        Thread.sleep(forTimeInterval: 0.2)
        let published = client.notifications("textDocument/publishDiagnostics").compactMap { n -> (Int, Bool)? in
            guard let v = n.at("params", "version")?.intValue, let d = n.at("params", "diagnostics")?.arrayValue else { return nil }
            return (v, d.isEmpty)
        }
        let versions = published.map(\.0)
        #expect(versions == versions.sorted(), "published versions: \(versions)")
        #expect(versions.last == 41)
        for (version, clean) in published { #expect(clean == (version % 2 == 1), "version \(version)") }
    }

    /// Indexing that ends while an edit is being analysed must not publish the old text's
    /// diagnostics under the new version.
    @Test func theEndOfIndexingDoesNotPublishAnEditedDocumentBeforeItsAnalysis() throws {
        let client = TestClient()
        try client.initialize()
        let uri = "file:///tmp/x/long.md"
        let filler = (0..<400).map { "The council of Harlow met on Monday \($0) and the mayor spoke again about roads." }.joined(separator: " ")
        client.open(uri, "---\ndate: sometime\n---\n" + filler + "\n", version: 1)
        let first = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "version") == 1 }
        #expect(first.at("params", "diagnostics")?.arrayValue?.first?["code"] == "front-matter")
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(uri), "version": 2],
            "contentChanges": [["range": ["start": ["line": 1, "character": 6], "end": ["line": 1, "character": 14]], "text": "2018-03-05"]],
        ])
        client.notify("workspace/didChangeConfiguration", ["settings": [:]])  // re-indexes; no folders, so it ends at once
        let second = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "version") == 2 }
        #expect(second.at("params", "diagnostics") == [])
    }

    /// A rename reaches other open documents: its edits must be at the positions of the texts
    /// the client has, even while an edit to one of them is still being analysed.
    @Test func renameEditsAnotherOpenDocumentAtItsCurrentPositions() throws {
        let client = TestClient()
        try client.initialize()
        let a = "file:///tmp/x/a.md"
        let b = "file:///tmp/x/b.md"
        client.open(a, "Tomas Brandt said the bridge would open next year.\n", version: 1)
        _ = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "uri") == .string(a) }
        let filler = (0..<400).map { "The council of Harlow met on Monday \($0) and the mayor spoke again about roads." }.joined(separator: " ")
        client.open(b, "Tomas Brandt spoke to reporters.\n\n" + filler + "\n", version: 1)
        _ = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "uri") == .string(b) }
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(b), "version": 2],
            "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "An inserted line.\n"]],
        ])
        let response = try client.request("textDocument/rename", [
            "textDocument": ["uri": .string(a)], "position": ["line": 0, "character": 2], "newName": "Tom Brandt",
        ])
        let edits = response.at("result", "changes", b)?.arrayValue ?? []
        #expect(!edits.isEmpty)
        for edit in edits { #expect(edit.at("range", "start", "line") == 1, "\(edit.serializedString)") }
    }

    /// A pull client asks for a document's diagnostics right after each change; the answer
    /// waits for the running analysis and is that of the newest text. Every pull is answered.
    @Test func pullsAfterEachChangeAreAnsweredFromTheNewestText() throws {
        let client = TestClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        let uri = "file:///tmp/x/pulled.md"
        let filler = (0..<300).map { "The council of Harlow met on Monday \($0) and the mayor spoke again about roads." }.joined(separator: " ")
        client.open(uri, "---\ndate: 2018-03-05\n---\n" + filler + "\n", version: 1)
        var ids: [Int] = []
        // Odd edits break the date, even edits mend it; the last (the 6th) leaves it mended.
        for edit in 1...6 {
            let change: JSONValue = edit % 2 == 1
                ? ["range": ["start": ["line": 1, "character": 16], "end": ["line": 1, "character": 16]], "text": "x"]
                : ["range": ["start": ["line": 1, "character": 16], "end": ["line": 1, "character": 17]], "text": ""]
            client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .int(edit + 1)], "contentChanges": [change]])
            let id = client.nextRequestID()
            client.send(["jsonrpc": "2.0", "id": .int(id), "method": "textDocument/diagnostic", "params": ["textDocument": ["uri": .string(uri)]]])
            ids.append(id)
        }
        var answers: [JSONValue] = []
        for id in ids { answers.append(try client.waitFor { $0["id"] == .int(id) && $0["method"] == nil }) }
        #expect(answers.allSatisfy { $0["result"] != nil })
        #expect(answers.last?.at("result", "items") == [])
        // Asked once more with nothing pending, the same result id comes back as unchanged.
        let resultId = answers.last?.at("result", "resultId")?.stringValue ?? ""
        let again = try client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": .string(resultId)])
        #expect(again.at("result", "kind") == "unchanged")
    }

    @Test func closingClearsPushedDiagnostics() throws {
        let client = TestClient()
        try client.initialize()
        client.open("untitled:Draft-1", "---\ndate: never\n---\n")
        _ = try client.waitForNotification("textDocument/publishDiagnostics")
        client.notify("textDocument/didClose", ["textDocument": ["uri": "untitled:Draft-1"]])
        let cleared = try client.waitForNotification("textDocument/publishDiagnostics") { $0.at("params", "diagnostics") == [] }
        #expect(cleared.at("params", "uri") == "untitled:Draft-1")
    }

    @Test func changesToUnopenedDocumentsAreIgnored() throws {
        let client = TestClient()
        try client.initialize()
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": "file:///nowhere.md", "version": 2],
            "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "x"]],
        ])
        #expect(try client.request("shutdown")["result"] == .null)
    }

    @Test func hugeDocumentsAreNotAnalysedButExplained() throws {
        let client = TestClient()
        try client.initialize(initializationOptions: ["maxFileSize": 1000])
        client.open("file:///tmp/big.md", String(repeating: "All work and no play. ", count: 100))
        let published = try client.waitForNotification("textDocument/publishDiagnostics")
        #expect(published.at("params", "diagnostics")?.arrayValue?.first?["code"] == "skipped-file")
    }
}

@Suite struct WorkspaceTests {
    @Test func indexesTheWorkspaceWithProgress() throws {
        let folder = try TemporaryFolder([
            "a.md": "First article.", "sub/b.txt": "Second article.", "notes.swift": "not an article",
            ".hidden/c.md": "hidden", "node_modules/d.md": "dependency",
        ])
        let client = TestClient()
        try client.initialize(capabilities: ["window": ["workDoneProgress": true], "textDocument": ["diagnostic": [:]]], rootPath: folder.path)
        _ = try client.waitFor { $0["method"] == "window/workDoneProgress/create" }
        _ = try client.waitForNotification("$/progress") { $0.at("params", "value", "kind") == "begin" }
        let end = try client.waitForNotification("$/progress") { $0.at("params", "value", "kind") == "end" }
        #expect(end.at("params", "value", "message") == "indexed 2 articles")
        let report = try client.request("workspace/diagnostic", ["previousResultIds": []])
        let uris = report.at("result", "items")?.arrayValue?.compactMap { $0["uri"]?.stringValue }.sorted()
        #expect(uris == [FileURI.uri(path: folder.path + "/a.md"), FileURI.uri(path: folder.path + "/sub/b.txt")])
    }

    @Test func configurationFileExcludesAndReportsProblems() throws {
        let folder = try TemporaryFolder([
            "a.md": "Kept.", "drafts/b.md": "Excluded.", ".copydesk.json": #"{"exclude": ["drafts/**"], "rules": {"unattributed-quote": 5}}"#,
        ])
        let client = TestClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]], rootPath: folder.path)
        let message = try client.waitForNotification("window/showMessage")
        #expect(message.at("params", "message")?.stringValue?.contains("unattributed-quote") == true)
        let report = try client.request("workspace/diagnostic", ["previousResultIds": []])
        #expect(report.at("result", "items")?.arrayValue?.count == 1)
    }
}

@Suite struct WorkspacePullTests {
    /// A held workspace pull is answered when a document's diagnostics change, with that document
    /// only (the client keeps the rest), and the others are not recomputed for it.
    @Test func aHeldWorkspacePullGetsOnlyWhatChanged() throws {
        let folder = try TemporaryFolder(["a.md": "First article.", "b.md": "Second article.", "c.md": "Third article."])
        let client = TestClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]], rootPath: folder.path)
        let first = try client.request("workspace/diagnostic", ["previousResultIds": []])
        let items = first.at("result", "items")?.arrayValue ?? []
        #expect(items.count == 3)
        let previous: [JSONValue] = items.map { ["uri": $0["uri"]!, "value": $0["resultId"]!] }
        let held = client.nextRequestID()
        client.send(["jsonrpc": "2.0", "id": .int(held), "method": "workspace/diagnostic", "params": ["previousResultIds": .array(previous)]])
        // Opening a document with the same text changes nothing: the pull stays held.
        let a = FileURI.uri(path: folder.path + "/a.md")
        client.open(a, "First article.")
        _ = try client.request("textDocument/hover", ["textDocument": ["uri": .string(a)], "position": ["line": 0, "character": 0]])
        #expect(!client.messages.contains { $0["id"] == .int(held) })
        // An edit that gives it a diagnostic answers the pull, with that document alone.
        client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(a), "version": 2],
            "contentChanges": [["text": "---\ndate: someday\n---\nFirst article."]],
        ])
        let answer = try client.waitFor { $0["id"] == .int(held) }
        let changed = answer.at("result", "items")?.arrayValue ?? []
        #expect(changed.count == 1)
        #expect(changed.first?["uri"]?.stringValue == a)
        #expect(changed.first?["items"]?.arrayValue?.compactMap { $0["code"]?.stringValue } == ["front-matter"])
        #expect(changed.first?["version"] == 2)
    }
}

extension WorkspacePullTests {
    /// More documents than one slice of work: the first pull still reports every one, in path
    /// order, and a held pull is still compared in full (a document that differs is found).
    @Test func pullsLargerThanOneSliceOfWork() throws {
        var files: [String: String] = [:]
        for i in 0..<(CopydeskServer.workspaceSlice * 2 + 37) { files[String(format: "f%04d.md", i)] = "Article \(i)." }
        let folder = try TemporaryFolder(files)
        let client = TestClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]], rootPath: folder.path)
        let first = try client.request("workspace/diagnostic", ["previousResultIds": []])
        let items = first.at("result", "items")?.arrayValue ?? []
        let uris = items.compactMap { $0["uri"]?.stringValue }
        #expect(uris.count == files.count)
        #expect(uris == uris.sorted())
        // The client claims a stale result for the last document: only that one comes back.
        var previous: [JSONValue] = items.map { ["uri": $0["uri"]!, "value": $0["resultId"]!] }
        previous[previous.count - 1] = ["uri": items.last!["uri"]!, "value": "stale"]
        let answer = try client.request("workspace/diagnostic", ["previousResultIds": .array(previous)])
        #expect(answer.at("result", "items")?.arrayValue?.compactMap { $0["uri"]?.stringValue } == [uris.last!])
    }
}
