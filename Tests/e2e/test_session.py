"""A whole editing session, as an editor runs it, through pytest-lsp."""
from __future__ import annotations

import asyncio
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import server_command

pytestmark = pytest.mark.asyncio(loop_scope="function")


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command()))
async def client(lsp_client: LanguageClient):
    @lsp_client.feature("client/registerCapability")
    def register_capability(params):
        return None

    yield
    await lsp_client.shutdown_session()


def uri(path: pathlib.Path) -> str:
    return path.resolve().as_uri()


async def start(client: LanguageClient, workspace: pathlib.Path, capabilities=None):
    caps = capabilities or client_capabilities("neovim@v0.11.0")
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=caps,
            root_uri=uri(workspace),
            workspace_folders=[types.WorkspaceFolder(uri=uri(workspace), name="examples")],
        )
    )
    return result


async def wait_for_progress_end(client: LanguageClient, timeout: float = 30):
    async def ended():
        while True:
            for reports in client.progress_reports.values():
                if any(getattr(r, "kind", None) == "end" for r in reports):
                    return
            await asyncio.sleep(0.05)

    await asyncio.wait_for(ended(), timeout)


async def test_initialize_advertises_what_it_answers(client: LanguageClient, workspace):
    result = await start(client, workspace)
    caps = result.capabilities
    assert result.server_info.name == "copydesk"
    assert caps.position_encoding == types.PositionEncodingKind.Utf8  # Neovim 0.11 offers UTF-8
    assert caps.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert caps.hover_provider and caps.definition_provider and caps.references_provider
    assert caps.diagnostic_provider.inter_file_dependencies is True
    assert caps.diagnostic_provider.workspace_diagnostics is True


async def test_utf16_is_the_default(client: LanguageClient, workspace):
    result = await start(client, workspace, client_capabilities("visual-studio-code"))
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert result.capabilities.diagnostic_provider is None  # VS Code 1.65 predates pull diagnostics


async def test_indexing_reports_progress_and_pull_diagnostics_cover_the_workspace(client: LanguageClient, workspace):
    await start(client, workspace)
    await wait_for_progress_end(client)
    report = await client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    uris = sorted(item.uri for item in report.items)
    assert uris == sorted(uri(p) for p in workspace.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")


async def test_open_edit_and_pull_a_document(client: LanguageClient, workspace):
    await start(client, workspace)
    await wait_for_progress_end(client)
    doc = workspace / "draft.md"
    text = "---\ndate: someday\n---\nThe council met.\n"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri(doc), language_id="markdown", version=1, text=text)))
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri(doc))))
    assert [d.code for d in report.items] == ["front-matter"]
    assert report.items[0].range == types.Range(start=types.Position(line=1, character=6), end=types.Position(line=1, character=13))
    # An incremental edit that fixes the date.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(doc), version=2),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=types.Position(line=1, character=6), end=types.Position(line=1, character=13)), text="2025-02-11")],
        )
    )
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri(doc)), previous_result_id=report.result_id)
    )
    assert report.kind == "full" and list(report.items) == []
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri(doc))))


async def test_push_diagnostics_for_a_client_without_pull(client: LanguageClient, workspace):
    await start(client, workspace, client_capabilities("neovim@v0.7.0"))
    doc = workspace / "draft.md"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri(doc), language_id="markdown", version=7, text="---\ndate: soon\n---\nText.\n"))
    )
    await client.wait_for_notification("textDocument/publishDiagnostics")
    assert [d.code for d in client.diagnostics[uri(doc)]] == ["front-matter"]


async def test_hover_definition_references_answer_anywhere(client: LanguageClient, workspace):
    await start(client, workspace)
    await wait_for_progress_end(client)
    target = uri(workspace / "morning-wire-nordvik-ohio.md")
    position = types.TextDocumentPositionParams(text_document=types.TextDocumentIdentifier(uri=target), position=types.Position(line=6, character=3))
    await client.text_document_hover_async(types.HoverParams(text_document=position.text_document, position=position.position))
    await client.text_document_definition_async(types.DefinitionParams(text_document=position.text_document, position=position.position))
    await client.text_document_references_async(
        types.ReferenceParams(text_document=position.text_document, position=position.position, context=types.ReferenceContext(include_declaration=True))
    )
    # Positions far outside the document clamp instead of failing.
    far = types.Position(line=10_000, character=10_000)
    assert await client.text_document_hover_async(types.HoverParams(text_document=position.text_document, position=far)) is None


async def test_unknown_method_is_method_not_found(client: LanguageClient, workspace):
    await start(client, workspace)
    with pytest.raises(Exception) as error:
        await client.protocol.send_request_async("copydesk/noSuchThing", {})
    assert "-32601" in str(error.value) or "not found" in str(error.value).lower()


async def test_entity_features_answer_with_valid_messages(client: LanguageClient, workspace):
    await start(client, workspace)
    await wait_for_progress_end(client)
    doc = types.TextDocumentIdentifier(uri=uri(workspace / "morning-wire-nordvik-ohio.md"))
    # "Ingrid Halvorsen" on line 10 (0-based): `"We are moving faster than anyone expected," said Ingrid Halvorsen, ...`
    line = (workspace / "morning-wire-nordvik-ohio.md").read_text().split("\n")[10]
    at = types.Position(line=10, character=line.index("Halvorsen") + 2)
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=at))
    assert "Ingrid Halvorsen" in hover.contents.value and "person" in hover.contents.value
    definition = await client.text_document_definition_async(types.DefinitionParams(text_document=doc, position=at))
    assert definition and definition[0].uri.endswith("coastal-ledger-nordvik-factory.md")  # the earliest source
    references = await client.text_document_references_async(types.ReferenceParams(text_document=doc, position=at, context=types.ReferenceContext(include_declaration=True)))
    assert len({r.uri for r in references}) >= 3
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc))
    assert "People" in [s.name for s in symbols]
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="halvor"))
    assert found[0].name == "Ingrid Halvorsen"
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(text_document=doc, position=at))
    assert prepared is not None
    edit = await client.text_document_rename_async(types.RenameParams(text_document=doc, position=at, new_name="Halvorssen"))
    assert len(edit.changes) >= 3  # every article that names her
    lenses = await client.text_document_code_lens_async(types.CodeLensParams(text_document=doc))
    assert any(l.command.title.startswith("mentioned in") for l in lenses)
    completion = await client.text_document_completion_async(types.CompletionParams(text_document=doc, position=types.Position(line=10, character=line.index("Halvorsen") + 4)))
    assert "Ingrid Halvorsen" in [item.label for item in completion.items]
