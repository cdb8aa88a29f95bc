"""What the server may touch: it reads files inside the workspace folders and the documents the
client opens, and nothing else. It never writes a file, never runs a program and never opens a
socket. Checked on a whole session by tracing the server's system calls with strace."""
from __future__ import annotations

import os
import pathlib
import re
import shutil

import pytest

from conftest import BIN, ROOT
from metamodel import validate_transcript
from rawclient import RawClient

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (scripts/test installs it)")


def test_a_session_writes_nothing_runs_nothing_connects_nowhere(tmp_path, meta_model):
    workspace = tmp_path / "newsroom"
    shutil.copytree(ROOT / "examples", workspace)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "private.md").write_text("Not part of the workspace.\n")
    os.symlink(outside, workspace / "link-out")
    trace = tmp_path / "strace.log"
    client = RawClient(["strace", "-f", "-qq", "-o", str(trace), "-e",
                        "trace=execve,execveat,fork,vfork,socket,connect,bind,listen,open,openat,openat2,creat,"
                        "unlink,unlinkat,rename,renameat,renameat2,mkdir,mkdirat,rmdir,truncate,ftruncate,chmod,fchmodat,link,linkat,symlink,symlinkat",
                        str(BIN), "lsp"])
    client.initialize(root_uri=workspace.as_uri(), capabilities={"textDocument": {"diagnostic": {}}, "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
    client.response(client.request("workspace/diagnostic", {"previousResultIds": []}), timeout=60)
    doc = (workspace / "morning-wire-nordvik-ohio.md").as_uri()
    text = (workspace / "morning-wire-nordvik-ohio.md").read_text()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": doc, "languageId": "markdown", "version": 1, "text": text}})
    client.notify("textDocument/didChange", {"textDocument": {"uri": doc, "version": 2},
                                              "contentChanges": [{"range": {"start": {"line": 7, "character": 0}, "end": {"line": 7, "character": 0}}, "text": "Edited. "}]})
    for method in ("textDocument/hover", "textDocument/definition", "textDocument/documentSymbol", "textDocument/codeAction"):
        params = {"textDocument": {"uri": doc}, "position": {"line": 7, "character": 3}}
        if method == "textDocument/documentSymbol":
            params = {"textDocument": {"uri": doc}}
        if method == "textDocument/codeAction":
            params = {"textDocument": {"uri": doc}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 20, "character": 0}}, "context": {"diagnostics": []}}
        client.call(method, params)
    (workspace / "new-article.md").write_text("A new article arrives.\n")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": (workspace / "new-article.md").as_uri(), "type": 1}]})
    client.call("shutdown")
    client.notify("exit")
    assert client.exit_code(timeout=20) == 0
    assert not validate_transcript(client.transcript, meta_model)

    calls = trace.read_text().splitlines()
    server_execs = [c for c in calls if re.search(r"\bexecve\(", c) and "= 0" in c]
    assert len(server_execs) == 1 and str(BIN) in server_execs[0], f"ran a program: {server_execs}"
    for forbidden in ("socket(", "connect(", "bind(", "listen(", "creat(", "unlink", "rename", "mkdir", "rmdir", "truncate(", "chmod", "link(", "linkat(", "symlink", "fork(", "vfork("):
        hits = [c for c in calls if forbidden in c and not c.split(None, 1)[1].startswith("+++")]
        assert not hits, f"the server called {forbidden}: {hits[:3]}"
    opens = [c for c in calls if re.search(r"\bopen(at2?)?\(", c)]
    writable = [c for c in opens if re.search(r"O_(WRONLY|RDWR|CREAT|TRUNC|APPEND)", c)]
    assert not writable, f"opened a file for writing: {writable[:3]}"
    private = [c for c in opens if "private.md" in c]
    assert not private, f"read a file outside the workspace through a symlink: {private}"
