import CopydeskServer
import JSONRPC
import Testing

/// What real editors send that a strict reading of JSON-RPC would refuse (found by the editor
/// sessions in Tests/editors).
@Suite struct EditorInteropTests {
    /// Emacs's jsonrpc.el (Eglot 1.9, Debian 12) sends `"params": null` with `shutdown` and `exit`.
    @Test func shutdownAndExitWithNullParamsExitZero() throws {
        let client = TestClient()
        try client.initialize()
        let id = client.nextRequestID()
        client.send(["jsonrpc": "2.0", "id": .int(id), "method": "shutdown", "params": nil])
        let response = try client.waitFor { $0["id"] == .int(id) }
        #expect(response["error"] == nil)
        #expect(response["result"] == .null)
        client.send(["jsonrpc": "2.0", "method": "exit", "params": nil])
        #expect(client.waitForExit() == 0)
    }

    @Test func nullParamsOnARequestThatNeedsParamsIsStillInvalidParams() throws {
        let client = TestClient()
        try client.initialize()
        let id = client.nextRequestID()
        client.send(["jsonrpc": "2.0", "id": .int(id), "method": "textDocument/hover", "params": nil])
        #expect(try client.waitFor { $0["id"] == .int(id) }.at("error", "code") == -32602)
    }

    @Test func scalarParamsAreStillInvalid() throws {
        let client = TestClient()
        try client.initialize()
        let id = client.nextRequestID()
        client.send(["jsonrpc": "2.0", "id": .int(id), "method": "shutdown", "params": 7])
        #expect(try client.waitFor { $0["id"] == .int(id) }.at("error", "code") == -32602)
    }
}
