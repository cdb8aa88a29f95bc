#!/usr/bin/env python3
"""Builds Copydesk's TextMate grammars from one source (this file).

    python3 Grammars/build.py          # writes the three files below
    python3 Grammars/build.py --check  # exits 1 if a committed file differs from what this builds

Outputs (commit them; editors read them as they are):
  article.tmLanguage.json                   scope text.article, files *.article (VS Code, Shiki, …)
  article-markdown.injection.tmLanguage.json quotes and dates injected into Markdown (VS Code)
  Article.tmLanguage                        the article grammar as a property list (Sublime Text, TextMate)
and copies of the two JSON grammars in editors/vscode/syntaxes/, which the extension ships.

Regular expressions are Oniguruma, as vscode-textmate runs them. Each line of a file is matched
on its own, so nothing here may need to see two lines at once: a quotation left open at the end
of a paragraph closes at the blank line that ends the paragraph (news style continues a quote in
the next paragraph with a fresh opening mark).

Scope names end in `.article` and start with the roots every theme colours: `string.quoted`
(quotations), `constant.other.date` / `constant.numeric` (dates, numbers), `keyword.other`
(attribution cues, byline), `entity.name` (front matter keys, headline, dateline place,
author), `markup.heading`, `markup.quote`.

Only the Python standard library is used.
"""
from __future__ import annotations

import json
import plistlib
import sys
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------------------------

WORD = r"\p{L}\p{N}"  # inside a character class: a letter or digit (for word edges that know Unicode)
NOT_AFTER_WORD = rf"(?<![{WORD}])"
NOT_BEFORE_WORD = rf"(?![{WORD}])"

FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# AP style abbreviations; an abbreviation counts as a date only with a day or a year after it,
# so "Lei Jun said" and "Mar" as a name are left alone.
ABBREVIATED_MONTHS = (r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
                      r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
MONTH = f"(?:{FULL_MONTHS}|{ABBREVIATED_MONTHS})"
# A month alone ("in March") is a date; "May" alone is not (it is a verb at the start of a
# sentence as often as a month).
LONE_MONTH = "January|February|March|April|June|July|August|September|October|November|December"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]|20)[0-9]{2}"
WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
YEAR_MODIFIER = (r"(?i:early|mid|late|end|end\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of"
                 r"|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of"
                 r"|spring|summer|fall|autumn|winter)")
DASH = r"(—|–|--|-)"
NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
SCALE = r"(?:[ \t]*(?i:million|billion|trillion|bn|mn|m|k)(?![\p{L}]))?"

ATTRIBUTION_CUES = [
    "according to", "said", "says", "told", "tells", "added", "adds", "explained", "stated", "noted",
    "wrote", "writes", "asked", "replied", "responded", "announced", "insisted", "argued", "claimed",
    "warned", "recalled", "acknowledged", "admitted", "confirmed", "denied", "observed", "remarked",
    "commented", "conceded", "declared", "predicted", "quipped", "in a statement", "in an interview",
    "in a post", "speaking to", "quoted as saying",
]
DATE_LABELS = r"(?i:first\s+published|last\s+updated|published|updated|posted|date)"
AGENCIES = ("Reuters|AP|AFP|Bloomberg|Xinhua|UPI|dpa|DPA|ANSA|EFE|Kyodo|Yonhap|PTI|IANS|CNN|BBC"
            r"|\p{Lu}[\p{L}&. -]{1,30} News")


def never() -> str:
    """A pattern that never matches: a region that runs to the end of the file."""
    return r"(?!)"


def quotation(kind: str, opening: str, closing: str, inner: list) -> dict:
    return {
        "name": f"string.quoted.{kind}.article",
        "begin": opening,
        "beginCaptures": {"0": {"name": "punctuation.definition.string.begin.article"}},
        "end": rf"({closing})|^(?=[ \t]*$)",
        "endCaptures": {"1": {"name": "punctuation.definition.string.end.article"}},
        "patterns": [
            {"comment": "The comma or full stop placed inside the closing mark.",
             "name": "punctuation.terminator.quotation.article", "match": rf"[,.;:!?…]+(?={closing})"},
            *inner,
        ],
    }


def dateline_captures() -> dict:
    return {
        "1": {"name": "entity.name.place.dateline.article"},
        "2": {"name": "punctuation.separator.dateline.article"},
        "3": {"name": "constant.other.date.article"},
        "4": {"name": "punctuation.definition.agency.begin.article"},
        "5": {"name": "entity.name.organization.agency.article"},
        "6": {"name": "punctuation.definition.agency.end.article"},
        "7": {"name": "punctuation.separator.dateline.article"},
    }


# ---------------------------------------------------------------------------------------------
# Rules (repository). Names are shared by both grammars; the injection takes the ones it needs.
# ---------------------------------------------------------------------------------------------

def repository() -> OrderedDict:
    r: OrderedDict = OrderedDict()

    r["document"] = {
        "comment": ("The whole file. Before the headline: front matter and date lines; the first other "
                    "non-blank line is the headline, and everything after it is body. Both regions run "
                    "to the end of the file, so the headline is matched once."),
        "begin": r"\A",
        "end": never(),
        "patterns": [{"include": "#front-matter"}, {"include": "#date-line"}, {"include": "#headline-and-body"}],
    }
    r["headline-and-body"] = {
        "begin": r"^[ \t]*(?!---[ \t]*$|\+\+\+[ \t]*$)(?:(#{1,6})[ \t]+)?(\S.*?)[ \t]*$",
        "beginCaptures": {
            "0": {"name": "markup.heading.headline.article"},
            "1": {"name": "punctuation.definition.heading.article"},
            "2": {"name": "entity.name.section.headline.article"},
        },
        "end": never(),
        "patterns": [{"include": "#body"}],
    }

    # Front matter: YAML between --- lines, or TOML between +++ lines, at the very top.
    r["front-matter"] = {"patterns": [{"include": "#front-matter-yaml"}, {"include": "#front-matter-toml"}]}
    r["front-matter-yaml"] = {
        "name": "meta.front-matter.yaml.article",
        "begin": r"\A(---)[ \t]*$",
        "beginCaptures": {"1": {"name": "punctuation.definition.front-matter.begin.article"}},
        "end": r"^(---|\.\.\.)[ \t]*$",
        "endCaptures": {"1": {"name": "punctuation.definition.front-matter.end.article"}},
        "patterns": [{"include": "#front-matter-comment"}, {"include": "#front-matter-yaml-field"},
                     {"include": "#front-matter-yaml-item"}],
    }
    r["front-matter-toml"] = {
        "name": "meta.front-matter.toml.article",
        "begin": r"\A(\+\+\+)[ \t]*$",
        "beginCaptures": {"1": {"name": "punctuation.definition.front-matter.begin.article"}},
        "end": r"^(\+\+\+)[ \t]*$",
        "endCaptures": {"1": {"name": "punctuation.definition.front-matter.end.article"}},
        "patterns": [{"include": "#front-matter-comment"}, {"include": "#front-matter-toml-field"}],
    }
    r["front-matter-comment"] = {
        "name": "comment.line.number-sign.front-matter.article",
        "match": r"^[ \t]*(#).*$",
        "captures": {"1": {"name": "punctuation.definition.comment.article"}},
    }
    key_value = {
        "1": {"name": "entity.name.tag.front-matter.key.article"},
        "2": {"name": "punctuation.separator.key-value.front-matter.article"},
        "3": {"patterns": [{"include": "#front-matter-value"}]},
    }
    r["front-matter-yaml-field"] = {"match": r"^[ \t]*([A-Za-z_][\w.-]*)[ \t]*(:)(?:[ \t]+(.*?))?[ \t]*$",
                                    "captures": key_value}
    r["front-matter-toml-field"] = {"match": r"^[ \t]*([A-Za-z_][\w.-]*)[ \t]*(=)[ \t]*(.*?)[ \t]*$",
                                    "captures": key_value}
    r["front-matter-yaml-item"] = {
        "match": r"^[ \t]*(-)[ \t]+(.*?)[ \t]*$",
        "captures": {"1": {"name": "punctuation.definition.list-item.front-matter.article"},
                     "2": {"patterns": [{"include": "#front-matter-value"}]}},
    }
    string_marks = {"1": {"name": "punctuation.definition.string.begin.article"},
                    "2": {"name": "punctuation.definition.string.end.article"}}
    r["front-matter-value"] = {"patterns": [
        {"name": "string.quoted.double.front-matter.value.article", "match": r"(\")(?:[^\"\\]|\\.)*(\")",
         "captures": string_marks},
        {"name": "string.quoted.single.front-matter.value.article", "match": r"(')(?:[^']|'')*(')",
         "captures": string_marks},
        {"name": "string.unquoted.front-matter.value.article", "match": r"\S(?:.*\S)?",
         "captures": {"0": {"patterns": [{"include": "#date"}]}}},
    ]}

    r["date-line"] = {
        "comment": "A line above the headline that gives the date: 'Published: March 5, 2018', 'Mar 05 AT 10:29 AM …'.",
        "name": "meta.date-line.article",
        "begin": (rf"^[ \t]*(?:({DATE_LABELS})[ \t]*(:)?[ \t]*)?"
                  rf"(?=(?:{MONTH})[ \t]+[0-9]|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|(?:{WEEKDAY}){NOT_BEFORE_WORD}|{DAY}[ \t]+(?:{MONTH}))"),
        "beginCaptures": {"1": {"name": "keyword.other.date-label.article"},
                          "2": {"name": "punctuation.separator.key-value.article"}},
        "end": "$",
        "patterns": [{"include": "#date"}, {"include": "#number"}],
    }

    r["body"] = {"patterns": [{"include": "#heading"}, {"include": "#block-quote"}, {"include": "#byline"},
                              {"include": "#dateline"}, {"include": "#inline"}]}
    r["heading"] = {
        "name": "markup.heading.article",
        "match": r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*$",
        "captures": {"1": {"name": "punctuation.definition.heading.article"},
                     "2": {"name": "entity.name.section.article", "patterns": [{"include": "#inline"}]}},
    }
    r["block-quote"] = {
        "name": "markup.quote.article",
        "begin": r"^[ \t]{0,3}(>)[ \t]?",
        "beginCaptures": {"1": {"name": "punctuation.definition.quote.begin.article"}},
        "end": "$",
        "patterns": [{"include": "#inline"}],
    }
    name_word = r"\p{Lu}[\p{L}.'’-]*"
    r["byline"] = {
        "name": "meta.byline.article",
        "match": (rf"^[ \t]*(By|BY)[ \t]+({name_word}(?:[ \t]+(?:{name_word}|and|de|da|van|von|der|la|le|bin)){{0,6}}"
                  rf"(?:,[ \t]*{name_word}(?:[ \t]+{name_word}){{0,3}})*)[ \t]*$"),
        "captures": {"1": {"name": "keyword.other.byline.article"}, "2": {"name": "entity.name.author.article"}},
    }
    caps_word = r"\p{Lu}[\p{Lu}.'’]+"
    dateline_date = rf"(?:(,)[ \t]*({MONTH}[ \t]+{DAY}(?:,?[ \t]+{YEAR})?))?"
    r["dateline"] = {
        "comment": "At the start of a paragraph: 'BEIJING (Reuters) - ', 'NEW YORK, March 5 (AP) — ', 'SAN FRANCISCO — '.",
        "patterns": [
            {"comment": "A place in capitals, an optional date and agency, then a dash.",
             "name": "meta.dateline.article",
             "match": (rf"^[ \t]*({caps_word}(?:[ -]{caps_word}){{0,3}}(?:,[ \t]*{caps_word}(?:[ -]{caps_word}){{0,2}})?)"
                       rf"{dateline_date}(?:[ \t]*(\()([^()\n]{{1,40}})(\)))?[ \t]*{DASH}(?=[ \t])"),
             "captures": dateline_captures()},
            {"comment": "A place in ordinary case is a dateline only with a news agency after it: 'Beijing (Reuters) -'.",
             "name": "meta.dateline.article",
             "match": (rf"^[ \t]*(\p{{Lu}}[\p{{L}}.'’]+(?:[ -]\p{{Lu}}[\p{{L}}.'’]+){{0,3}}){dateline_date}"
                       rf"[ \t]*(\()({AGENCIES})(\))[ \t]*{DASH}(?=[ \t])"),
             "captures": dateline_captures()},
        ],
    }

    r["inline"] = {"patterns": [{"include": "#quotation"}, {"include": "#attribution-cue"}, {"include": "#date"},
                                {"include": "#number"}]}

    r["quotation"] = {
        "comment": ("Curly and straight double quotes, single curly quotes (never an apostrophe: the opening mark "
                    "must not follow a letter, the closing one must not precede one) and guillemets."),
        "patterns": [{"include": "#quotation-curly"}, {"include": "#quotation-straight"},
                     {"include": "#quotation-single"}, {"include": "#quotation-guillemets"}],
    }
    in_quote = [{"include": "#date"}, {"include": "#number"}]
    r["quotation-curly"] = quotation("double", "“", "”", [{"include": "#quotation-single"}, *in_quote])
    r["quotation-straight"] = quotation("double", rf"{NOT_AFTER_WORD}\"", "\"", [{"include": "#quotation-single"}, *in_quote])
    r["quotation-single"] = quotation("single", rf"{NOT_AFTER_WORD}‘", rf"’{NOT_BEFORE_WORD}", in_quote)
    r["quotation-guillemets"] = quotation("other.guillemets", "«", "»", in_quote)

    cues = "|".join(sorted((c.replace(" ", r"\s+") for c in ATTRIBUTION_CUES), key=len, reverse=True))
    r["attribution-cue"] = {"name": "keyword.other.attribution.article",
                            "match": rf"{NOT_AFTER_WORD}(?i:{cues}){NOT_BEFORE_WORD}"}

    r["date"] = {"patterns": [
        {"name": "constant.other.date.iso.article",
         "match": (r"(?<![\p{N}-])[0-9]{4}-[01][0-9]-[0-3][0-9]"
                   r"(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?)?(?![\p{N}])")},
        {"comment": "March 5, 2018 · Sept. 5 · Mar 05",
         "name": "constant.other.date.article", "match": rf"{NOT_AFTER_WORD}{MONTH}[ \t]+{DAY}(?:,?[ \t]+{YEAR})?{NOT_BEFORE_WORD}"},
        {"comment": "5 March 2018 · 5th March",
         "name": "constant.other.date.article", "match": rf"{NOT_AFTER_WORD}{DAY}[ \t]+{MONTH}(?:,?[ \t]+{YEAR})?{NOT_BEFORE_WORD}"},
        {"comment": "March 2018",
         "name": "constant.other.date.article", "match": rf"{NOT_AFTER_WORD}{MONTH}[ \t]+{YEAR}{NOT_BEFORE_WORD}"},
        {"name": "constant.other.date.article", "match": rf"{NOT_AFTER_WORD}(?:{LONE_MONTH}){NOT_BEFORE_WORD}"},
        {"name": "constant.other.date.article", "match": rf"{NOT_AFTER_WORD}(?:{WEEKDAY}){NOT_BEFORE_WORD}"},
        {"comment": "3/5/2018",
         "name": "constant.other.date.article",
         "match": rf"(?<![{WORD}/])(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])/(?:{YEAR}|[0-9]{{2}}){NOT_BEFORE_WORD}(?!/)"},
        {"name": "constant.other.date.article",
         "match": rf"{NOT_AFTER_WORD}(?i:yesterday|today|tonight|tomorrow){NOT_BEFORE_WORD}"},
        {"comment": "last week · this year · earlier this month",
         "name": "constant.other.date.article",
         "match": (rf"{NOT_AFTER_WORD}(?i:last|next|this|earlier\s+this|later\s+this)[ \t]+"
                   rf"(?i:week|weekend|month|year|quarter|spring|summer|fall|autumn|winter|decade){NOT_BEFORE_WORD}")},
        {"comment": "Q3 2018 · third quarter of 2018",
         "name": "constant.other.date.article",
         "match": rf"{NOT_AFTER_WORD}(?:(?i:Q[1-4])|(?i:first|second|third|fourth)[- ]quarter(?:[ \t]+of)?)[ \t]+{YEAR}{NOT_BEFORE_WORD}"},
        {"comment": "2018 · late 2018 · mid-2019 · the end of 2018 · the 1990s",
         "name": "constant.other.date.article",
         "match": rf"{NOT_AFTER_WORD}(?:{YEAR_MODIFIER}[- \t]+)?{YEAR}s?{NOT_BEFORE_WORD}(?!,[0-9])"},
        {"comment": "10:29 AM · 3 p.m.",
         "name": "constant.other.time.article",
         "match": rf"(?<![{WORD}:])(?:2[0-3]|[01]?[0-9])(?::[0-5][0-9])?[ \t]*(?i:a\.m\.|p\.m\.|am|pm){NOT_BEFORE_WORD}"},
        {"name": "constant.other.time.article",
         "match": rf"(?<![{WORD}:])(?:2[0-3]|[01]?[0-9]):[0-5][0-9](?![{WORD}:])"},
    ]}
    r["number"] = {"patterns": [
        {"name": "constant.numeric.currency.article",
         "match": rf"(?:US\$|HK\$|C\$|A\$|[$€£¥₹])[ \t]?(?:{NUMBER}){SCALE}"},
        {"name": "constant.numeric.percentage.article",
         "match": rf"(?<![{WORD}.])(?:{NUMBER})[ \t]?(?:%|(?i:percent|per\s+cent|percentage\s+points?)(?![\p{{L}}]))"},
        {"name": "constant.numeric.article",
         "match": rf"(?<![{WORD}.,])(?:{NUMBER})(?:[ \t]+(?i:million|billion|trillion)(?![\p{{L}}]))?(?![\p{{N}}])"},
    ]}
    return r


# ---------------------------------------------------------------------------------------------
# Grammars
# ---------------------------------------------------------------------------------------------

def article_grammar() -> OrderedDict:
    g: OrderedDict = OrderedDict()
    g["$schema"] = "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json"
    g["name"] = "Article"
    g["scopeName"] = "text.article"
    g["fileTypes"] = ["article"]
    g["comment"] = "Generated by Grammars/build.py: edit that file, then run it."
    g["patterns"] = [{"include": "#document"}]
    g["repository"] = repository()
    return g


# Where the injection must not reach: code, raw HTML, link targets, front matter.
INJECTION_SELECTOR = ("L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -meta.embedded "
                      "-comment -markup.underline.link -meta.link -string.other.link -meta.front-matter "
                      "-string.quoted")
INJECTION_PREFIX = "copydesk-"


def injection_grammar() -> OrderedDict:
    """Quotations and dates for Markdown. Self-contained (its rules are copies of the article
    grammar's, under prefixed names), so it works without the article grammar loaded."""
    source = repository()
    wanted = ["quotation", "quotation-curly", "quotation-straight", "quotation-single", "quotation-guillemets", "date"]

    def rename(value):
        if isinstance(value, dict):
            out = OrderedDict()
            for k, v in value.items():
                if k == "include" and isinstance(v, str) and v.startswith("#"):
                    out[k] = "#" + INJECTION_PREFIX + v[1:]
                else:
                    out[k] = rename(v)
            return out
        if isinstance(value, list):
            return [rename(v) for v in value]
        return value

    repo = OrderedDict()
    for name in wanted:
        rule = rename(source[name])
        # Inside a quotation, Markdown's own emphasis, links and code keep working (VS Code
        # resolves the cross-grammar include; other hosts skip what they cannot find).
        if name.startswith("quotation-"):
            rule["patterns"] = [p for p in rule["patterns"] if p.get("include") != f"#{INJECTION_PREFIX}number"]
            rule["patterns"].append({"include": "text.html.markdown#inline"})
        repo[INJECTION_PREFIX + name] = rule
    g: OrderedDict = OrderedDict()
    g["$schema"] = "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json"
    g["name"] = "Copydesk quotations and dates in Markdown"
    g["scopeName"] = "text.article.markdown-injection"
    g["comment"] = "Generated by Grammars/build.py: edit that file, then run it."
    g["injectionSelector"] = INJECTION_SELECTOR
    g["patterns"] = [{"include": f"#{INJECTION_PREFIX}quotation"}, {"include": f"#{INJECTION_PREFIX}date"}]
    g["repository"] = repo
    return g


def plist_grammar() -> bytes:
    g = article_grammar()
    del g["$schema"]
    g["uuid"] = "4F3C8D8E-6C0B-4B0E-9F3A-6D2C1A0B7E11"
    return plistlib.dumps(json.loads(json.dumps(g)), sort_keys=False)


def outputs() -> dict[str, bytes]:
    def as_json(g) -> bytes:
        return (json.dumps(g, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    article, injection = as_json(article_grammar()), as_json(injection_grammar())
    return {
        "article.tmLanguage.json": article,
        "article-markdown.injection.tmLanguage.json": injection,
        "Article.tmLanguage": plist_grammar(),
        "../editors/vscode/syntaxes/article.tmLanguage.json": article,
        "../editors/vscode/syntaxes/article-markdown.injection.tmLanguage.json": injection,
    }


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, data in outputs().items():
        path = HERE / name
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.resolve().relative_to(HERE.parent)}")
    if stale:
        print("out of date (edit Grammars/build.py, then run `python3 Grammars/build.py`): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
