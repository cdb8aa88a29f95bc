"""Soak test: a long editing session with random edits, opens and closes across many articles.

    python soak.py [--operations 10000] [--articles 200] [--seed 1] [--bin PATH]

Invariants checked at the end:
  * the server's view of every open document matches the client's: the diagnostics it pushed for
    the last version equal those of a fresh `copydesk check` over the client's texts;
  * every server message validates against the LSP meta model and stdout carried only frames;
  * memory is flat: resident memory after the second half of the session is within a margin of
    that after the first half.
Prints the figures and exits non-zero when an invariant fails.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from metamodel import MetaModel, validate_transcript  # noqa: E402
from rawclient import RawClient  # noqa: E402

PEOPLE = ["Ingrid Halvorsen", "Dana Whitfield", "Priya Raman", "Tomas Brekke", "Aiko Tanaka", "Lucía Ortega"]
ORGS = ["Nordvik Robotics", "Fenwick Partners", "the Harbour Trust", "Kestrel Foods", "the city council"]
PLACES = ["Ohio", "Oslo", "the United States", "Mexico", "Columbus"]
TIMES = ["in March 2026", "in the second half of 2026", "next year", "by the end of 2025", "this week", "on Tuesday", "in early 2027"]
VERBS = ["open", "launch", "close", "expand into", "deliver"]


def sentence(rng: random.Random) -> str:
    p, o, pl, t, v = rng.choice(PEOPLE), rng.choice(ORGS), rng.choice(PLACES), rng.choice(TIMES), rng.choice(VERBS)
    forms = [
        f"{o} plans to {v} its plant in {pl} {t}.",
        f"\"We will {v} in {pl} {t},\" said {p}, the chief executive of {o}.",
        f"{p} said the company would {v} {t}.",
        f"\"Nobody expected this.\"",
        f"According to {p}, {o} is looking at {pl}.",
        f"The so-called \"robot tax\" worries {o} in {pl}.",
        f"{p} of {o} told reporters that “the deal is done” {t}.",
    ]
    return rng.choice(forms)


def article(rng: random.Random, i: int) -> str:
    lines = []
    if rng.random() < 0.7:
        lines += ["---", f"title: Report {i}", f"source: Outlet {i % 7}", f"date: 2025-{1 + i % 12:02d}-{1 + i % 27:02d}", "---", ""]
    for _ in range(rng.randint(3, 9)):
        lines.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 4))))
        lines.append("")
    return "\n".join(lines)


INSERTS = ["a", " ", "said ", "\"", "“", "”", "\n", "\n\n", "é", "😀", "中文", "next week ", "Halvorsen ", ".", ", ", "\r\n"]


LINE_BREAK = re.compile(r"\r\n|\r|\n")


def utf16_position(text: str, offset: int) -> dict:
    """LSP position (UTF-16) of a code-point offset; lines end at \\n, \\r\\n or \\r."""
    before = text[:offset]
    breaks = list(LINE_BREAK.finditer(before))
    # A \r at the very end may be the first half of a \r\n that continues after the offset.
    if breaks and breaks[-1].group() == "\r" and breaks[-1].end() == offset and text[offset : offset + 1] == "\n":
        breaks.pop()
    start = breaks[-1].end() if breaks else 0
    return {"line": len(breaks), "character": len(before[start:].encode("utf-16-le")) // 2}


def rss_kb(pid: int) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def run(operations: int, articles: int, seed: int, binary: str) -> dict:
    rng = random.Random(seed)
    root = pathlib.Path(tempfile.mkdtemp(prefix="copydesk-soak-"))
    disk = {}
    for i in range(articles):
        name = f"article-{i:03d}.{'md' if i % 3 else 'txt'}"
        text = article(rng, i)
        (root / name).write_text(text, encoding="utf-8")
        disk[name] = text
    client = RawClient([binary, "lsp"])
    client.initialize(root_uri=root.as_uri(), capabilities={"textDocument": {"publishDiagnostics": {"relatedInformation": True, "versionSupport": True}}})
    opened: dict[str, tuple[int, str]] = {}
    counts = {"open": 0, "close": 0, "edit": 0}
    midpoint_rss = 0
    started = time.time()
    for step in range(operations):
        if step == operations // 2:
            midpoint_rss = rss_kb(client.process.pid)
        name = rng.choice(list(disk))
        uri = (root / name).as_uri()
        roll = rng.random()
        if name not in opened:
            if roll < 0.7 or len(opened) < 3:
                text = disk[name]
                client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown" if name.endswith(".md") else "plaintext", "version": 1, "text": text}})
                opened[name] = (1, text)
                counts["open"] += 1
            continue
        if roll < 0.05:
            client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
            del opened[name]
            counts["close"] += 1
            continue
        version, text = opened[name]
        start = rng.randint(0, len(text))
        end = min(len(text), start + rng.choice([0, 0, 1, 2, 5, 20]))
        # Never split a \r\n pair: LSP positions cannot point between them.
        if start > 0 and text[start - 1 : start + 1] == "\r\n":
            start -= 1
        if end > 0 and text[end - 1 : end + 1] == "\r\n":
            end += 1
        insert = "".join(rng.choice(INSERTS) for _ in range(rng.choice([0, 1, 1, 2, 3])))
        change = {"range": {"start": utf16_position(text, start), "end": utf16_position(text, end)}, "text": insert}
        text = text[:start] + insert + text[end:]
        version += 1
        opened[name] = (version, text)
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        counts["edit"] += 1
        if step % 500 == 0:
            client.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": utf16_position(text, rng.randint(0, len(text)))})
    # Let the server catch up: every open document's final version gets its diagnostics.
    def latest_diagnostics() -> dict[str, dict]:
        latest: dict[str, dict] = {}
        for direction, message in list(client.transcript):
            if direction == "s2c" and message.get("method") == "textDocument/publishDiagnostics":
                latest[message["params"]["uri"]] = message["params"]
        return latest

    deadline = time.time() + 120
    while time.time() < deadline:
        latest = latest_diagnostics()
        if all(latest.get((root / n).as_uri(), {}).get("version") == v for n, (v, _) in opened.items()):
            break
        time.sleep(0.05)
    # Then until the server is quiet: changes to closed files (read back from disk) can still
    # refresh other documents' diagnostics.
    count = -1
    while time.time() < deadline and count != len(client.transcript):
        count = len(client.transcript)
        time.sleep(1.0)
    elapsed = time.time() - started
    final_rss = rss_kb(client.process.pid)
    latest = latest_diagnostics()
    # A fresh analysis of the client's texts.
    fresh_root = pathlib.Path(tempfile.mkdtemp(prefix="copydesk-soak-fresh-"))
    for name, text in disk.items():
        final = opened[name][1] if name in opened else text
        (fresh_root / name).write_bytes(final.encode("utf-8"))
    check = subprocess.run([binary, "check", "--format", "json", str(fresh_root)], capture_output=True, text=True)
    fresh = json.loads(check.stdout)["diagnostics"]
    mismatches = []
    for name, (version, _) in opened.items():
        uri = (root / name).as_uri()
        pushed = latest.get(uri)
        if pushed is None or pushed.get("version") != version:
            mismatches.append(f"{name}: no diagnostics for the final version {version} (last: {pushed and pushed.get('version')})")
            continue
        got = sorted((d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"], d["range"]["end"]["line"], d["range"]["end"]["character"], d["message"]) for d in pushed["diagnostics"])
        want = sorted((d["code"], d["line"], d["character"], d["endLine"], d["endCharacter"], d["message"].replace(str(fresh_root), str(root)).replace(fresh_root.name, root.name)) for d in fresh if pathlib.Path(d["path"]).name == name)
        if got != want:
            mismatches.append(f"{name}: server {got[:3]}… fresh {want[:3]}…")
    client.call("shutdown")
    client.notify("exit")
    code = client.exit_code()
    errors = validate_transcript(client.transcript, MetaModel())
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(fresh_root, ignore_errors=True)
    return {
        "operations": operations, "articles": articles, "seconds": round(elapsed, 1), **counts,
        "open_at_end": len(opened), "rss_mid_mb": round(midpoint_rss / 1024, 1), "rss_end_mb": round(final_rss / 1024, 1),
        "mismatches": mismatches, "protocol_errors": errors[:5], "garbage": client.garbage[:3], "exit_code": code,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--operations", type=int, default=10000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bin", default=os.environ.get("COPYDESK_BIN", str(HERE.parent.parent / ".build" / "debug" / "copydesk")))
    args = parser.parse_args()
    result = run(args.operations, args.articles, args.seed, args.bin)
    print(json.dumps(result, indent=2))
    ok = not result["mismatches"] and not result["protocol_errors"] and not result["garbage"] and result["exit_code"] == 0
    ok = ok and result["rss_end_mb"] <= result["rss_mid_mb"] * 1.15 + 5
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
