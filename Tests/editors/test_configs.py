"""Checks the editor integrations that cannot run here (no network for npm, no Helix, Zed or
Sublime Text): every file parses, names paths that exist, launches `copydesk lsp`, and agrees
with the server on rule codes, settings keys and semantic token types.

    python3 -m unittest discover -s Tests/editors -p 'test_configs.py' -v
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EDITORS = ROOT / "editors"
SEVERITIES = ["error", "warning", "information", "hint", "off"]


def server_rule_codes() -> set[str]:
    """Every diagnostic code the server can report, read from its sources."""
    codes = set()
    for path in (ROOT / "Sources" / "CorpusAnalysis" / "Rules").glob("*.swift"):
        text = path.read_text(encoding="utf-8")
        codes.update(re.findall(r'let code = "([a-z-]+)"', text))
        if "extraCodes" in text:
            for block in re.findall(r"extraCodes: \[String\] = \[([^\]]*)\]", text):
                codes.update(re.findall(r'"([a-z-]+)"', block))
    return codes


def server_token_types() -> list[str]:
    text = (ROOT / "Sources" / "CopydeskServer" / "Features" / "PresentationFeatures.swift").read_text(encoding="utf-8")
    cases = re.search(r"enum SemanticTokenKind[^{]*\{\s*case ([a-z, ]+)\n", text)
    return [c.strip() for c in cases.group(1).split(",")]


def server_settings_keys() -> set[str]:
    text = (ROOT / "Sources" / "CopydeskServer" / "Workspace" / "Configuration.swift").read_text(encoding="utf-8")
    block = re.search(r"where !\[([^\]]*)\]\.contains\(key\)", text)
    return set(re.findall(r'"([A-Za-z$]+)"', block.group(1)))


class VSCodeExtensionTest(unittest.TestCase):
    folder = EDITORS / "vscode"

    @classmethod
    def setUpClass(cls):
        cls.manifest = json.loads((cls.folder / "package.json").read_text(encoding="utf-8"))

    def test_manifest_has_what_the_marketplace_and_vsce_require(self):
        for key in ["name", "displayName", "description", "version", "publisher", "engines", "main", "license"]:
            self.assertIn(key, self.manifest)
        self.assertRegex(self.manifest["version"], r"^\d+\.\d+\.\d+$")
        self.assertTrue(self.manifest["engines"]["vscode"].startswith("^1."))
        self.assertIn("vscode-languageclient", self.manifest["dependencies"])

    def test_every_path_it_names_exists(self):
        contributes = self.manifest["contributes"]
        paths = [self.manifest["main"]]
        paths += [g["path"] for g in contributes["grammars"]]
        paths += [lang["configuration"] for lang in contributes["languages"] if "configuration" in lang]
        for path in paths:
            self.assertTrue((self.folder / path).is_file(), path)
        for path in ["language-configuration.json"] + [g["path"] for g in contributes["grammars"]]:
            json.loads((self.folder / path).read_text(encoding="utf-8"))

    def test_grammars_are_the_repository_grammars(self):
        for grammar in self.manifest["contributes"]["grammars"]:
            shipped = json.loads((self.folder / grammar["path"]).read_text(encoding="utf-8"))
            source = json.loads((ROOT / "Grammars" / Path(grammar["path"]).name).read_text(encoding="utf-8"))
            self.assertEqual(shipped, source, grammar["path"])
            self.assertEqual(shipped["scopeName"], grammar["scopeName"])
        injection = next(g for g in self.manifest["contributes"]["grammars"] if "injectTo" in g)
        self.assertEqual(injection["injectTo"], ["text.html.markdown"])
        article = next(g for g in self.manifest["contributes"]["grammars"] if g.get("language") == "article")
        self.assertEqual(article["scopeName"], "text.article")

    def test_activates_on_markdown_plaintext_and_article(self):
        events = self.manifest["activationEvents"]
        for language in ["markdown", "plaintext", "article"]:
            self.assertIn(f"onLanguage:{language}", events)
        self.assertEqual([lang["id"] for lang in self.manifest["contributes"]["languages"]], ["article"])
        self.assertIn(".article", self.manifest["contributes"]["languages"][0]["extensions"])

    def test_settings_match_the_server(self):
        properties = self.manifest["contributes"]["configuration"]["properties"]
        self.assertEqual(properties["copydesk.server.path"]["default"], "copydesk")
        rules = properties["copydesk.rules"]
        self.assertEqual(rules["type"], "object")
        self.assertEqual(rules["definitions"]["severity"]["enum"], SEVERITIES)
        self.assertEqual(set(rules["properties"]), server_rule_codes(),
                         "copydesk.rules should list every code the server reports")
        # Every copydesk.* setting the extension sends in the `copydesk` section is one the server reads.
        sent = {key.split(".", 1)[1].split(".")[0] for key in properties} - {"server", "trace"}
        self.assertLessEqual(sent, server_settings_keys())

    def test_semantic_token_types_match_the_server_legend(self):
        contributed = [t["id"] for t in self.manifest["contributes"]["semanticTokenTypes"]]
        server = server_token_types()
        # "event" is a standard type VS Code knows already; the rest are contributed with a superType.
        self.assertEqual(contributed, [t for t in server if t != "event"])
        for t in self.manifest["contributes"]["semanticTokenTypes"]:
            self.assertIn("superType", t)
        script = (self.folder / "extension.js").read_text(encoding="utf-8")
        listed = re.search(r"TOKEN_TYPES = \[([^\]]*)\]", script).group(1)
        self.assertEqual(re.findall(r"'([a-z]+)'", listed), server)

    def test_extension_launches_copydesk_lsp(self):
        script = (self.folder / "extension.js").read_text(encoding="utf-8")
        self.assertIn("args: ['lsp']", script)
        self.assertIn("configurationSection: 'copydesk'", script)

    @unittest.skipUnless(shutil.which("node"), "node is not installed")
    def test_extension_script_parses(self):
        result = subprocess.run(["node", "--check", str(self.folder / "extension.js")], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)


class HelixTest(unittest.TestCase):
    def test_languages_toml(self):
        config = tomllib.loads((EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8"))
        server = config["language-server"]["copydesk"]
        self.assertEqual(server["command"], "copydesk")
        self.assertEqual(server["args"], ["lsp"])
        for code, severity in server["config"]["rules"].items():
            self.assertIn(code, server_rule_codes())
            self.assertIn(severity, SEVERITIES)
        languages = {lang["name"]: lang for lang in config["language"]}
        self.assertIn("copydesk", languages["markdown"]["language-servers"])
        self.assertEqual(languages["article"]["file-types"], ["article"])
        self.assertEqual(languages["article"]["scope"], "text.article")


class ZedTest(unittest.TestCase):
    folder = EDITORS / "zed"

    def test_extension_manifest_and_language(self):
        manifest = tomllib.loads((self.folder / "extension.toml").read_text(encoding="utf-8"))
        self.assertEqual(manifest["id"], "copydesk")
        self.assertIn("Markdown", manifest["language_servers"]["copydesk"]["languages"])
        self.assertIn("Article", manifest["language_servers"]["copydesk"]["languages"])
        language = tomllib.loads((self.folder / "languages" / "article" / "config.toml").read_text(encoding="utf-8"))
        self.assertEqual(language["name"], "Article")
        self.assertEqual(language["path_suffixes"], ["article"])
        cargo = tomllib.loads((self.folder / "Cargo.toml").read_text(encoding="utf-8"))
        self.assertEqual(cargo["lib"]["crate-type"], ["cdylib"])
        self.assertTrue((self.folder / cargo["lib"]["path"]).is_file())
        self.assertIn('"lsp"', (self.folder / "src" / "lib.rs").read_text(encoding="utf-8"))

    def test_settings(self):
        settings = json.loads((self.folder / "settings.json").read_text(encoding="utf-8"))
        copydesk = settings["lsp"]["copydesk"]
        self.assertEqual(copydesk["binary"]["arguments"], ["lsp"])
        self.assertLessEqual(set(copydesk["settings"]), server_settings_keys())


class SublimeTest(unittest.TestCase):
    def test_lsp_client_settings(self):
        settings = json.loads((EDITORS / "sublime" / "LSP.sublime-settings").read_text(encoding="utf-8"))
        client = settings["clients"]["copydesk"]
        self.assertEqual(client["command"][-1], "lsp")
        self.assertIn("text.article", client["selector"])
        self.assertIn("text.html.markdown", client["selector"])
        for key, value in client["settings"].items():
            section, name = key.split(".", 1)
            self.assertEqual(section, "copydesk")
            self.assertIn(name, server_settings_keys())

    def test_syntax_for_article_files_exists(self):
        self.assertTrue((ROOT / "Grammars" / "Article.tmLanguage").is_file())


class EveryIntegrationLaunchesCopydeskLspTest(unittest.TestCase):
    def test_lsp_argument_everywhere(self):
        files = {
            "neovim plugin": EDITORS / "neovim" / "lua" / "copydesk" / "init.lua",
            "neovim 0.11 config": EDITORS / "neovim" / "lsp" / "copydesk.lua",
            "nvim-lspconfig example": EDITORS / "neovim" / "examples" / "lspconfig.lua",
            "emacs": EDITORS / "emacs" / "copydesk.el",
        }
        for name, path in files.items():
            self.assertRegex(path.read_text(encoding="utf-8"), r"['\"]lsp['\"]", name)

    def test_every_editor_has_a_readme(self):
        for editor in ["vscode", "neovim", "emacs", "helix", "zed", "sublime"]:
            self.assertTrue((EDITORS / editor / "README.md").is_file(), editor)
        self.assertTrue((EDITORS / "README.md").is_file())


if __name__ == "__main__":
    unittest.main()
