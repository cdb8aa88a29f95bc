"""Faults a client can throw at the server, byte by byte: every request still gets exactly one
answer, every answer validates, and the server keeps serving until it is told to exit."""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import time

import pytest

from conftest import BIN
from metamodel import validate_transcript
from rawclient import RawClient, frame


@pytest.fixture
def server(meta_model):
    client = RawClient([str(BIN), "lsp"])
    yield client
    if client.process.poll() is None:
        client.process.kill()
    assert not client.garbage, f"stdout carried non-protocol bytes: {client.garbage[:3]}"
    errors = validate_transcript(client.transcript, meta_model)
    assert not errors, "\n".join(errors[:20])


def test_requests_before_initialize_get_server_not_initialized(server):
    reply = server.call("textDocument/hover", {"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}})
    assert reply["error"]["code"] == -32002
    server.initialize()
    assert server.call("shutdown")["result"] is None


def test_broken_frames_and_json(server):
    server.initialize()
    server.write(frame(b"{this is not json"))
    assert server.wait(lambda m: m.get("error", {}).get("code") == -32700)["id"] is None
    server.write(frame(b'{"jsonrpc":"2.0","id":"\xff\xfe","method":"x"}'))  # invalid UTF-8
    server.wait(lambda m: m.get("error", {}).get("code") == -32700)
    server.write(b"Content-Length: banana\r\n\r\n")
    server.write(b"X-Nonsense: 1\r\n\r\n")
    server.write(frame(b"[1,2,3]"))
    server.wait(lambda m: m.get("error", {}).get("code") == -32600)
    server.write(frame(json.dumps({"jsonrpc": "2.0", "id": 41, "method": 3})))
    assert server.response(41)["error"]["code"] == -32600
    # A frame split into single bytes, then two frames in one write.
    shutdown = {"jsonrpc": "2.0", "id": 42, "method": "shutdown"}
    server.transcript.append(("c2s", shutdown))
    for byte in frame(json.dumps(shutdown)):
        server.write(bytes([byte]))
    assert server.response(42)["result"] is None


def test_wrong_params_and_unknown_methods(server):
    server.initialize()
    assert server.call("textDocument/definition", {"textDocument": 5})["error"]["code"] == -32602
    assert server.call("textDocument/hover", [1, 2])["error"]["code"] == -32602
    assert server.call("textDocument/hover")["error"]["code"] == -32602
    assert server.call("no/suchMethod", {})["error"]["code"] == -32601
    server.notify("textDocument/didOpen", {"textDocument": "nope"})  # logged and dropped
    server.notify("no/suchNotification", {})
    server.notify("$/setTrace", {"value": "verbose"})
    reply = server.call("textDocument/hover", {"textDocument": {"uri": "file:///x.md"}, "position": {"line": 99, "character": 99}})
    assert reply["result"] is None


def test_edits_to_unopened_documents_and_version_regressions(server):
    server.initialize()
    uri = "file:///tmp/copydesk-e2e-draft.md"
    change = lambda v, text: server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": v},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": text}],
    })
    change(3, "x")  # not open: ignored
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 5, "text": "---\ndate: never\n---\n"}})
    change(4, "")  # a version going backwards is logged, applied in order
    change(9, "")
    published = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["version"] == 9)
    assert [d["code"] for d in published["params"]["diagnostics"]] == ["front-matter"]


def test_storm_of_cancelled_requests_is_answered_in_full(server):
    server.initialize()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///tmp/storm.md", "languageId": "markdown", "version": 1, "text": "Text. " * 2000}})
    ids = [server.request("textDocument/hover", {"textDocument": {"uri": "file:///tmp/storm.md"}, "position": {"line": 0, "character": i}}) for i in range(200)]
    for rid in ids:
        server.notify("$/cancelRequest", {"id": rid})
    for rid in ids:
        reply = server.response(rid)
        assert "result" in reply or reply["error"]["code"] == -32800
    assert server.call("shutdown")["result"] is None


def test_exit_codes(meta_model):
    clean = RawClient([str(BIN), "lsp"])
    clean.initialize()
    clean.call("shutdown")
    clean.notify("exit")
    assert clean.exit_code() == 0
    abrupt = RawClient([str(BIN), "lsp"])
    abrupt.initialize()
    abrupt.notify("exit")
    assert abrupt.exit_code() == 1


def test_client_disappearing_ends_the_server_promptly(meta_model):
    client = RawClient([str(BIN), "lsp"])
    client.initialize()
    started = time.time()
    client.process.stdin.close()
    assert client.exit_code(timeout=10) == 1
    assert time.time() - started < 10


def test_binary_huge_and_looping_workspace(tmp_path, server):
    (tmp_path / "ok.md").write_text("The council met.\n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02PNG" * 100)
    (tmp_path / "invalid.txt").write_bytes(b"Caf\xe9 \xff\xfe council \xc3\x28 met.\n")
    (tmp_path / "huge.txt").write_bytes(b"word " * (6 * 1024 * 1024 // 5))
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink("/etc", tmp_path / "outside")
    server.initialize(root_uri=tmp_path.as_uri(), capabilities={"textDocument": {"diagnostic": {}}})
    rid = server.request("workspace/diagnostic", {"previousResultIds": []})
    report = server.response(rid, timeout=60)["result"]
    by_name = {pathlib.Path(item["uri"]).name: [d["code"] for d in item["items"]] for item in report["items"]}
    assert by_name == {"ok.md": [], "invalid.txt": [], "binary.md": ["skipped-file"], "huge.txt": ["skipped-file"]}
    deadline = time.time() + 5
    while b"points outside the workspace folder" not in server.stderr and time.time() < deadline:
        time.sleep(0.05)
    assert b"points outside the workspace folder" in server.stderr
    assert server.call("shutdown")["result"] is None


def test_empty_workspace(tmp_path, server):
    server.initialize(root_uri=tmp_path.as_uri(), capabilities={"textDocument": {"diagnostic": {}}})
    report = server.response(server.request("workspace/diagnostic", {"previousResultIds": []}), timeout=60)["result"]
    assert report["items"] == []
    assert server.call("workspace/symbol", {"query": "anything"})["result"] == []
    assert server.call("shutdown")["result"] is None


def test_files_deleted_renamed_or_not_regular_while_open(tmp_path, server):
    article = tmp_path / "draft.md"
    article.write_text("---\ndate: never\n---\nThe council met.\n")
    other = tmp_path / "other.md"
    other.write_text("---\ndate: 2025-01-01\n---\nThe council met again.\n")
    os.mkfifo(tmp_path / "pipe.md")  # named like an article; must not hang the reader
    server.initialize(root_uri=tmp_path.as_uri(), capabilities={"textDocument": {"diagnostic": {}}})
    first = server.response(server.request("workspace/diagnostic", {"previousResultIds": []}), timeout=60)["result"]
    names = sorted(pathlib.Path(i["uri"]).name for i in first["items"])
    assert names == ["draft.md", "other.md"]
    uri = article.as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": article.read_text()}})
    # Deleted on disk while open: the open document still answers.
    article.unlink()
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri, "type": 3}]})
    report = server.call("textDocument/diagnostic", {"textDocument": {"uri": uri}})["result"]
    assert [d["code"] for d in report["items"]] == ["front-matter"]
    # Closed: the file is gone, so is the article.
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    # Renamed on disk (delete + create events), and the moved file read back.
    moved = tmp_path / "renamed.md"
    other.rename(moved)
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": other.as_uri(), "type": 3}, {"uri": moved.as_uri(), "type": 1}]})
    deadline = time.time() + 20
    while time.time() < deadline:
        items = server.call("workspace/symbol", {"query": "council"})["result"]
        report = server.response(server.request("workspace/diagnostic", {"previousResultIds": []}), timeout=60)["result"]
        names = sorted(pathlib.Path(i["uri"]).name for i in report["items"])
        if names == ["renamed.md"]:
            break
        time.sleep(0.2)
    assert names == ["renamed.md"]
    # A FIFO announced as changed is refused, not read (reading one would block forever).
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": (tmp_path / "pipe.md").as_uri(), "type": 2}]})
    assert server.call("shutdown", timeout=10)["result"] is None
