"""Tokenises fixture articles with a real TextMate engine and checks the scopes.

The engine is textmate-grammar-python (a Python port of vscode-textmate, Oniguruma regular
expressions). Run through Tests/editors/run.sh, or directly:

    .venv/bin/python -m unittest discover -s Tests/editors/grammar -v

Expectations name a piece of the fixture's text (the nth occurrence) and a scope prefix, the way a
theme selects scopes: `constant.other.date` matches `constant.other.date.article`.
"""
from __future__ import annotations

import copy
import json
import logging
import plistlib
import re
import subprocess
import sys
import unittest
from pathlib import Path

logging.getLogger("textmate_grammar").setLevel(logging.CRITICAL)

import onigurumacffi  # noqa: E402
from textmate_grammar.parsers.base import LanguageParser  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
GRAMMARS = ROOT / "Grammars"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load(name: str) -> dict:
    return json.loads((GRAMMARS / name).read_text(encoding="utf-8"))


class Tokens:
    """Scopes of every character of a tokenised text."""

    def __init__(self, text: str, parser: LanguageParser):
        assert text.endswith("\n"), "the engine needs a trailing newline"
        self.text = text
        self.lines = text.split("\n")
        self.scopes: dict[tuple[int, int], list[str]] = {}
        element = parser.parse_string(text)
        assert element is not None, "the engine returned nothing"
        for (line, column), piece, scopes in element.flatten():
            for i, ch in enumerate(piece):
                if ch != "\n":
                    self.scopes[(line, column + i)] = scopes

    def locate(self, snippet: str, nth: int = 1) -> list[tuple[int, int]]:
        seen = 0
        for line_no, line in enumerate(self.lines):
            start = 0
            while (at := line.find(snippet, start)) >= 0:
                seen += 1
                if seen == nth:
                    return [(line_no, at + i) for i in range(len(snippet))]
                start = at + 1
        raise AssertionError(f"{snippet!r} (occurrence {nth}) is not in the fixture")

    def at(self, position: tuple[int, int]) -> list[str]:
        return self.scopes.get(position, [])

    def describe(self, snippet: str, nth: int = 1) -> str:
        positions = self.locate(snippet, nth)
        return f"{snippet!r}: " + "; ".join(sorted({" ".join(self.at(p)[1:]) for p in positions}))


def has(scopes: list[str], prefix: str) -> bool:
    return any(s == prefix or s.startswith(prefix + ".") for s in scopes)


class GrammarCase(unittest.TestCase):
    tokens: Tokens

    def assertScope(self, snippet: str, scope: str, nth: int = 1, exact: bool = False):
        positions = self.tokens.locate(snippet, nth)
        missing = [p for p in positions if not has(self.tokens.at(p), scope)]
        self.assertFalse(missing, f"{scope} expected on all of {self.tokens.describe(snippet, nth)}")
        if exact:
            (line, first), (_, last) = positions[0], positions[-1]
            for outside in [(line, first - 1), (line, last + 1)]:
                if outside[1] >= 0 and outside in self.tokens.scopes:
                    self.assertFalse(has(self.tokens.at(outside), scope),
                                     f"{scope} runs past {snippet!r}: {self.tokens.at(outside)}")

    def assertCharScope(self, snippet: str, index: int, scope: str, nth: int = 1):
        """The character at `index` in the snippet has the scope."""
        position = self.tokens.locate(snippet, nth)[index]
        self.assertTrue(has(self.tokens.at(position), scope), f"{scope} expected on {snippet[index]!r} of {snippet!r}: {self.tokens.at(position)}")

    def assertNoScope(self, snippet: str, scope: str, nth: int = 1):
        positions = self.tokens.locate(snippet, nth)
        found = [p for p in positions if has(self.tokens.at(p), scope)]
        self.assertFalse(found, f"{scope} not expected on {self.tokens.describe(snippet, nth)}")


def article_parser() -> LanguageParser:
    return LanguageParser(load("article.tmLanguage.json"))


# ---------------------------------------------------------------------------------------------
# The grammar files themselves
# ---------------------------------------------------------------------------------------------

class GrammarFilesTest(unittest.TestCase):
    def test_generated_files_are_up_to_date(self):
        result = subprocess.run([sys.executable, str(GRAMMARS / "build.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_every_include_resolves_and_every_regex_compiles(self):
        for name in ["article.tmLanguage.json", "article-markdown.injection.tmLanguage.json"]:
            grammar = load(name)
            repository = grammar["repository"]
            problems = []

            def walk(node, where):
                if isinstance(node, dict):
                    for key, value in node.items():
                        if key == "include" and value.startswith("#") and value[1:] not in repository:
                            problems.append(f"{where}: include {value} has no rule")
                        if key in ("match", "begin", "end", "while"):
                            try:
                                onigurumacffi.compile(value)
                            except Exception as error:  # the engine's own compiler
                                problems.append(f"{where}.{key}: {error}")
                        walk(value, f"{where}.{key}")
                elif isinstance(node, list):
                    for i, value in enumerate(node):
                        walk(value, f"{where}[{i}]")

            walk(grammar, name)
            self.assertEqual(problems, [])

    def test_scopes_and_file_types(self):
        article = load("article.tmLanguage.json")
        self.assertEqual(article["scopeName"], "text.article")
        self.assertEqual(article["fileTypes"], ["article"])
        injection = load("article-markdown.injection.tmLanguage.json")
        self.assertTrue(injection["injectionSelector"].startswith("L:text.html.markdown"))

    def test_property_list_is_the_same_grammar(self):
        plist = plistlib.loads((GRAMMARS / "Article.tmLanguage").read_bytes())
        article = load("article.tmLanguage.json")
        self.assertEqual(plist["scopeName"], "text.article")
        self.assertEqual(plist["repository"], article["repository"])


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

class WireArticleTest(GrammarCase):
    @classmethod
    def setUpClass(cls):
        cls.tokens = Tokens((FIXTURES / "wire.article").read_text(encoding="utf-8"), article_parser())

    def test_front_matter_keys_and_values(self):
        self.assertScope("---", "punctuation.definition.front-matter.begin", exact=True)
        self.assertScope("title", "entity.name.tag.front-matter.key", exact=True)
        self.assertScope(":", "punctuation.separator.key-value.front-matter")
        self.assertScope("Harbor bridge to reopen by late 2024", "string.quoted.double.front-matter")
        self.assertScope("Example Wire", "string.unquoted.front-matter.value", exact=True)
        self.assertScope("2024-03-05", "constant.other.date", exact=True)
        self.assertScope("2024-03-05", "meta.front-matter")
        self.assertScope("transport", "string.unquoted.front-matter.value")
        self.assertScope("---", "punctuation.definition.front-matter.end", nth=2)

    def test_headline_is_the_first_line_after_front_matter_and_only_it(self):
        self.assertScope("Harbor bridge to reopen by late 2024", "entity.name.section.headline", nth=2, exact=True)
        self.assertScope("Harbor bridge to reopen by late 2024", "markup.heading", nth=2)
        self.assertNoScope("By Dana Ruiz", "markup.heading")
        self.assertNoScope("The Harbor Street bridge", "markup.heading")

    def test_byline(self):
        self.assertScope("By", "keyword.other.byline", nth=1, exact=True)
        self.assertScope("Dana Ruiz and Li Wei", "entity.name.author", exact=True)

    def test_dateline(self):
        self.assertScope("PORTSMOUTH", "entity.name.place.dateline", exact=True)
        self.assertScope("March 5", "constant.other.date", exact=True)
        self.assertScope("Example Wire", "entity.name.organization.agency", nth=2, exact=True)
        self.assertScope("PORTSMOUTH, March 5 (Example Wire) -", "meta.dateline")
        self.assertNoScope("The Harbor Street", "meta.dateline")

    def test_quotations_with_their_punctuation(self):
        self.assertScope('"We expect traffic back on the bridge before the winter,"', "string.quoted.double", exact=True)
        self.assertScope('"', "punctuation.definition.string.begin", nth=3, exact=True)  # (two in front matter)
        self.assertCharScope('winter," said', 6, "punctuation.terminator.quotation")
        self.assertCharScope('winter," said', 7, "punctuation.definition.string.end")
        self.assertScope("“Crews start on the deck in May, and we’ll finish by Q3 2024.”", "string.quoted.double", exact=True)
        self.assertCharScope("2024.”", 4, "punctuation.terminator.quotation")
        self.assertCharScope("2024.”", 5, "punctuation.definition.string.end")
        # Single curly quotes, but never an apostrophe.
        self.assertScope("‘tight but realistic’", "string.quoted.single", exact=True)
        self.assertNoScope("we’ll finish", "string.quoted.single")
        self.assertNoScope("council’s engineer", "string.quoted")

    def test_dates_and_numbers_inside_quotations(self):
        self.assertScope("Q3 2024", "constant.other.date", exact=True)
        self.assertScope("Q3 2024", "string.quoted.double")

    def test_a_quote_continued_in_the_next_paragraph_closes_at_the_paragraph_end(self):
        self.assertScope("“Nobody expected it to take this long.", "string.quoted.double")
        self.assertNoScope("“But the steel", "punctuation.definition.string.end")
        self.assertNoScope("Okafor added", "string.quoted")
        self.assertScope("added", "keyword.other.attribution", exact=True)

    def test_attribution_cues(self):
        self.assertScope("said", "keyword.other.attribution", nth=1, exact=True)
        self.assertScope("said", "keyword.other.attribution", nth=2, exact=True)
        self.assertScope("according to", "keyword.other.attribution", exact=True)
        self.assertScope("in a statement", "keyword.other.attribution", exact=True)

    def test_dates(self):
        self.assertScope("late 2024", "constant.other.date", nth=3, exact=True)
        self.assertScope("Monday", "constant.other.date", exact=True)
        self.assertScope("2024-02-28", "constant.other.date", exact=True)
        self.assertScope("Sept. 14, 2023", "constant.other.date", exact=True)

    def test_numbers(self):
        self.assertScope("$12.5 million", "constant.numeric.currency", exact=True)
        self.assertScope("4%", "constant.numeric.percentage", exact=True)
        self.assertScope("18,000", "constant.numeric", exact=True)


class BareArticleTest(GrammarCase):
    """No front matter: a date line, then a Markdown-style headline."""

    @classmethod
    def setUpClass(cls):
        cls.tokens = Tokens((FIXTURES / "bare.article").read_text(encoding="utf-8"), article_parser())

    def test_date_line_is_not_the_headline(self):
        self.assertScope("Published", "keyword.other.date-label", exact=True)
        self.assertScope("March 6, 2024", "constant.other.date", exact=True)
        self.assertNoScope("March 6, 2024", "markup.heading")
        self.assertScope("Ferry service expands as bridge stays shut", "entity.name.section.headline", exact=True)
        self.assertScope("#", "punctuation.definition.heading")

    def test_dateline_with_an_em_dash(self):
        self.assertScope("SAN FRANCISCO", "entity.name.place.dateline", exact=True)
        self.assertScope("—", "punctuation.separator.dateline")

    def test_where_the_heuristics_stop(self):
        self.assertScope("Tuesday", "constant.other.date", exact=True)
        self.assertScope("April", "constant.other.date", exact=True)
        self.assertScope("12", "constant.numeric", exact=True)
        self.assertScope("2.5 percent", "constant.numeric.percentage", exact=True)
        self.assertScope("1990s", "constant.other.date", exact=True)
        # A surname that is also a month abbreviation, a modal verb, and an apostrophe.
        self.assertNoScope("Jun", "constant.other.date")
        self.assertNoScope("may change", "constant.other.date")
        self.assertNoScope("Xiaomi's", "string.quoted")
        self.assertNoScope("Ferry operator BayLink", "meta.dateline")


class TomlArticleTest(GrammarCase):
    @classmethod
    def setUpClass(cls):
        cls.tokens = Tokens((FIXTURES / "toml.article").read_text(encoding="utf-8"), article_parser())

    def test_toml_front_matter(self):
        self.assertScope("+++", "punctuation.definition.front-matter.begin", exact=True)
        self.assertScope("date", "entity.name.tag.front-matter.key", exact=True)
        self.assertScope("=", "punctuation.separator.key-value.front-matter", nth=2)
        self.assertScope('"2024-03-07"', "string.quoted.double.front-matter", exact=True)
        self.assertScope("Council votes on bridge budget", "entity.name.section.headline", nth=2, exact=True)

    def test_agency_dateline_in_ordinary_case_and_times(self):
        self.assertScope("Beijing", "entity.name.place.dateline", exact=True)
        self.assertScope("Reuters", "entity.name.organization.agency", exact=True)
        self.assertScope("10:30 a.m.", "constant.other.time", exact=True)
        self.assertScope("7 March 2024", "constant.other.date", exact=True)


# ---------------------------------------------------------------------------------------------
# The Markdown injection
# ---------------------------------------------------------------------------------------------

def selector_matches(selector: str, stack: list[str]) -> bool:
    """TextMate scope selectors, the subset injection selectors use: an optional `L:`/`R:`
    priority, alternatives separated by `,`, a descendant path, and `-` exclusions. A scope matches
    a selector name when it equals it or extends it by dot segments."""
    def name_matches(name: str, scope: str) -> bool:
        return scope == name or scope.startswith(name + ".")

    def path_matches(path: list[str]) -> bool:
        i = 0
        for scope in stack:
            if i < len(path) and name_matches(path[i], scope):
                i += 1
        return i == len(path)

    for alternative in selector.split(","):
        alternative = re.sub(r"^\s*[LR]:", "", alternative)
        parts = re.split(r"\s+-", " " + alternative)
        include = parts[0].split()
        excludes = [p.split() for p in parts[1:]]
        if path_matches(include) and not any(path_matches(e) for e in excludes):
            return True
    return False


# A small Markdown host grammar with the scope names of VS Code's Markdown grammar. (The engine
# cannot run VS Code's own Markdown grammar: it does not implement begin/while rules.)
MARKDOWN_HOST = {
    "scopeName": "text.html.markdown",
    "name": "Markdown (test host)",
    "patterns": [{"include": "#front-matter"}, {"include": "#fenced-code"}, {"include": "#heading"},
                 {"include": "#block-quote"}, {"include": "#list-item"}, {"include": "#paragraph"}],
    "repository": {
        "front-matter": {"name": "meta.embedded.block.frontmatter", "begin": r"\A---\s*$", "end": r"^---\s*$"},
        "fenced-code": {"name": "markup.fenced_code.block.markdown", "begin": r"^```.*$", "end": r"^```\s*$", "patterns": []},
        "heading": {"name": "markup.heading.markdown", "begin": r"^(#{1,6})\s+", "end": r"$",
                    "beginCaptures": {"1": {"name": "punctuation.definition.heading.markdown"}},
                    "patterns": [{"include": "#inline"}]},
        "block-quote": {"name": "markup.quote.markdown", "begin": r"^>\s?", "end": r"$", "patterns": [{"include": "#inline"}]},
        "list-item": {"name": "markup.list.unnumbered.markdown", "begin": r"^\s*[-*+]\s+", "end": r"$",
                      "patterns": [{"include": "#inline"}]},
        "paragraph": {"name": "meta.paragraph.markdown", "begin": r"^(?=\S)", "end": r"$", "patterns": [{"include": "#inline"}]},
        "inline": {"patterns": [{"include": "#raw"}, {"include": "#bold"}]},
        "raw": {"name": "markup.inline.raw.string.markdown", "match": r"`[^`]*`"},
        "bold": {"name": "markup.bold.markdown", "begin": r"\*\*", "end": r"\*\*", "patterns": [{"include": "#inline"}]},
    },
}


def markdown_with_injection() -> LanguageParser:
    """The host grammar with the injection applied where its selector matches, rule by rule: each
    rule that holds patterns gets the injection's patterns (first, for `L:`) when the selector
    matches the scopes that rule's content has."""
    injection = load("article-markdown.injection.tmLanguage.json")
    selector = injection["injectionSelector"]
    first = selector.startswith("L:")
    host = copy.deepcopy(MARKDOWN_HOST)
    # The injection reaches Markdown's inline rules from inside a quotation by name.
    host["repository"].update(json.loads(json.dumps(injection["repository"]).replace("text.html.markdown#inline", "#inline")))

    def inject(rule: dict, stack: list[str]):
        if "patterns" in rule and selector_matches(selector, stack):
            rule["patterns"] = (injection["patterns"] + rule["patterns"]) if first else (rule["patterns"] + injection["patterns"])

    inject(host, ["text.html.markdown"])
    for name, rule in MARKDOWN_HOST["repository"].items():
        stack = ["text.html.markdown"] + ([rule["name"]] if "name" in rule else [])
        if name == "bold":
            stack = ["text.html.markdown", "meta.paragraph.markdown", "markup.bold.markdown"]
        inject(host["repository"][name], stack)
    return LanguageParser(host)


class InjectionSelectorTest(unittest.TestCase):
    def test_selector_reaches_prose_and_not_code(self):
        selector = load("article-markdown.injection.tmLanguage.json")["injectionSelector"]
        md = "text.html.markdown"
        for stack in [[md], [md, "meta.paragraph.markdown"], [md, "markup.heading.markdown"],
                      [md, "markup.quote.markdown"], [md, "markup.list.unnumbered.markdown", "meta.paragraph.markdown"],
                      [md, "meta.paragraph.markdown", "markup.bold.markdown"]]:
            self.assertTrue(selector_matches(selector, stack), stack)
        for stack in [[md, "markup.fenced_code.block.markdown"], [md, "meta.paragraph.markdown", "markup.inline.raw.string.markdown"],
                      [md, "meta.embedded.block.frontmatter"], [md, "markup.raw.block.markdown"],
                      [md, "meta.paragraph.markdown", "meta.link.inline.markdown"], ["source.swift"], ["text.article"]]:
            self.assertFalse(selector_matches(selector, stack), stack)


class MarkdownInjectionTest(GrammarCase):
    @classmethod
    def setUpClass(cls):
        cls.tokens = Tokens((FIXTURES / "notes.md").read_text(encoding="utf-8"), markdown_with_injection())

    def test_quotes_and_dates_in_prose(self):
        self.assertScope("“late 2024”", "string.quoted.double", exact=True)
        self.assertScope("late 2024", "constant.other.date", exact=True)
        self.assertScope("late 2024", "markup.heading.markdown")
        self.assertScope("March 5, 2024", "constant.other.date", exact=True)
        self.assertScope("“we will **finish** the deck by Q3 2024.”", "string.quoted.double", exact=True)
        self.assertScope("Q3 2024", "constant.other.date", exact=True)

    def test_markdown_inside_a_quotation_still_works(self):
        self.assertScope("finish", "markup.bold.markdown")
        self.assertScope("finish", "string.quoted.double")

    def test_lists_and_block_quotes(self):
        self.assertScope("“The steel arrived late,”", "string.quoted.double", exact=True)
        self.assertScope("The steel", "markup.list")
        self.assertScope('"Nobody expected it to take this long,"', "string.quoted.double", exact=True)
        self.assertScope("Monday", "constant.other.date", exact=True)

    def test_code_and_front_matter_are_left_alone(self):
        self.assertNoScope('"quoted" code', "string.quoted")
        self.assertNoScope("March 5, 2024", "constant.other.date", nth=2)
        self.assertNoScope('"raw" 2024-03-05', "string.quoted")
        self.assertNoScope("2024-03-05", "constant.other.date")
        self.assertNoScope("Bridge notes", "string.quoted")

    def test_no_attribution_cues_or_numbers_in_markdown(self):
        self.assertNoScope("said", "keyword.other.attribution")


if __name__ == "__main__":
    unittest.main()
