"""End-to-end fixtures: the built `copydesk` binary driven by a real LSP client (pytest-lsp),
every server message recorded by `lsp_tap.py` and checked strictly against the LSP 3.17 meta model."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import sys
import tempfile

import pytest

from metamodel import MetaModel, validate_transcript

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = pathlib.Path(os.environ.get("COPYDESK_BIN", ROOT / ".build" / "debug" / "copydesk"))
TAP = HERE / "lsp_tap.py"
TRANSCRIPTS = pathlib.Path(tempfile.mkdtemp(prefix="copydesk-e2e-"))

if not BIN.exists():
    raise RuntimeError(f"{BIN} not found: build first (swift build) or set COPYDESK_BIN")


def server_command() -> list[str]:
    return [sys.executable, str(TAP), str(TRANSCRIPTS / "session.jsonl"), "--", str(BIN), "lsp"]


@pytest.fixture(scope="session")
def meta_model() -> MetaModel:
    return MetaModel()


def read_transcript(path: pathlib.Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def every_server_message_is_valid(meta_model):
    """After each test: every frame the server sent validates, and stdout carried nothing else."""
    transcript = TRANSCRIPTS / "session.jsonl"
    if transcript.exists():
        transcript.unlink()
    yield
    entries = read_transcript(transcript)
    garbage = [e["garbage"] for e in entries if e["dir"] == "s2c" and "garbage" in e]
    assert not garbage, f"stdout carried bytes that are not protocol frames: {garbage[:3]}"
    pairs = [(e["dir"], e["message"]) for e in entries if "message" in e]
    errors = validate_transcript(pairs, meta_model)
    assert not errors, "messages that do not validate against the LSP 3.17 meta model:\n" + "\n".join(errors[:20])


@pytest.fixture
def workspace(tmp_path) -> pathlib.Path:
    """A copy of the example corpus that ships in the repository."""
    target = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", target)
    return target
