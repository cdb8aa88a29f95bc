"""The command line: `copydesk check` and `copydesk analyze` as scripts and CI use them — exit
codes, the text format, and the JSON contract other tools read."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess

import pytest

from conftest import BIN, ROOT


def run(*args, cwd=None):
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture
def examples(tmp_path) -> pathlib.Path:
    target = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", target)
    return target


def test_help_and_version():
    assert run("--help").returncode == 0 and "copydesk check" in run("--help").stdout
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("copydesk ")


def test_check_text_format_and_exit_status(examples):
    result = run("check", str(examples))
    assert result.returncode == 1  # the examples have warnings
    lines = result.stdout.splitlines()
    finding = next(l for l in lines if "[unattributed-quote]" in l)
    path, line, column, rest = finding.split(":", 3)
    assert path.endswith("coastal-ledger-nordvik-factory.md") and int(line) >= 1 and int(column) >= 1
    assert rest.strip().startswith("warning[unattributed-quote] Quotation “It is the biggest")
    conflict = next(i for i, l in enumerate(lines) if "[conflicting-date]" in l)
    assert lines[conflict + 1].startswith("    ") and "morning-wire" in lines[conflict + 1] or "coastal-ledger" in lines[conflict + 1]
    assert lines[-1].startswith("4 articles checked:")
    # Only hints and information: --fail-on error passes.
    assert run("check", "--fail-on", "error", str(examples)).returncode == 0


def test_check_json_contract(examples):
    result = run("check", "--format", "json", str(examples))
    data = json.loads(result.stdout)
    assert set(data) == {"diagnostics"}
    keys = {"path", "line", "character", "endLine", "endCharacter", "start", "end", "severity", "code", "message", "related"}
    for d in data["diagnostics"]:
        assert keys <= set(d), d
        assert d["severity"] in ("error", "warning", "information", "hint")
        for r in d["related"]:
            assert {"path", "start", "end", "line", "character", "message"} <= set(r)
    conflict = next(d for d in data["diagnostics"] if d["code"] == "conflicting-date")
    assert conflict["related"], "a conflict points at the other article"
    # start/end count Unicode scalars: the text between them is the flagged text.
    quote = next(d for d in data["diagnostics"] if d["code"] == "unattributed-quote")
    text = pathlib.Path(quote["path"]).read_text(encoding="utf-8")
    assert text[quote["start"]:quote["end"]].startswith("\"It is the biggest")


def test_analyze_json_contract(examples):
    data = json.loads(run("analyze", str(examples)).stdout)
    assert set(data) >= {"articles", "entities", "diagnostics"}
    by_name = {pathlib.Path(a["path"]).name: a for a in data["articles"]}
    ledger = by_name["coastal-ledger-nordvik-factory.md"]
    assert ledger["source"] == "The Coastal Ledger" and ledger["published"] == "2025-02-10"
    assert by_name["tech-notes-nordvik.txt"]["published"] is None
    text = (examples / "coastal-ledger-nordvik-factory.md").read_text(encoding="utf-8")
    for q in ledger["quotes"]:
        assert {"start", "end", "text", "attributed", "cue", "speaker"} <= set(q)
        if q["speaker"]:
            assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
    for t in ledger["times"]:
        assert {"start", "end", "text", "type", "value", "mod", "earliest", "latest"} <= set(t)
        assert text[t["start"]:t["end"]] == t["text"]
        assert t["type"] in ("DATE", "TIME", "DURATION", "SET")
    half = next(t for t in ledger["times"] if " ".join(t["text"].split()).startswith("the second half"))
    assert half["value"] == "2026-H2" and half["earliest"] == "2026-07-01" and half["latest"] == "2026-12-31"
    for m in ledger["mentions"]:
        assert m["type"] in ("person", "organization", "place", "product", "event", "other")
        assert m["kind"] in ("name", "nominal", "pronoun")
        assert text[m["start"]:m["end"]] == m["text"]
    # An entity id is the same in every article that mentions the entity.
    ids = {e["id"] for e in data["entities"]}
    halvorsen = {m["entity"] for a in data["articles"] for m in a["mentions"] if "Halvorsen" in m["text"]}
    assert len(halvorsen) == 1 and halvorsen <= ids
    entity = next(e for e in data["entities"] if e["id"] in halvorsen)
    assert {"id", "name", "type", "aliases", "roles"} <= set(entity) and entity["name"] == "Ingrid Halvorsen"


def test_usage_and_io_errors_exit_two(tmp_path):
    assert run("check").returncode == 2
    assert run("check", "--format", "xml", "x").returncode == 2
    missing = run("check", str(tmp_path / "nope.md"))
    assert missing.returncode == 2 and "nope.md" in missing.stderr and "no such file" in missing.stderr
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run("check", str(binary))
    assert result.returncode == 2 and "photo.md" in result.stderr and "binary" in result.stderr
    dangling = tmp_path / "gone.md"
    os.symlink(tmp_path / "nowhere.md", dangling)
    assert run("check", str(dangling)).returncode == 2
    config = tmp_path / "bad.json"
    config.write_text("{not json")
    article = tmp_path / "ok.md"
    article.write_text("The council met.\n")
    result = run("check", "--config", str(config), str(article))
    assert result.returncode == 0 and "not valid JSON" in result.stderr


def test_clean_article_exits_zero(tmp_path):
    article = tmp_path / "clean.md"
    article.write_text("---\ndate: 2025-02-10\n---\nThe council met on Monday, its chair said.\n")
    result = run("check", str(article))
    assert result.returncode == 0 and "no findings" in result.stdout
