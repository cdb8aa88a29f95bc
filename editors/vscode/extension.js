// Copydesk for VS Code: runs `copydesk lsp` for Markdown, plain text and *.article documents.
// Plain JavaScript (CommonJS), so the extension needs no build step: `npm install` then
// `npx @vscode/vsce package` (see README.md).
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** Copydesk's semantic token types. Listing them in the client's capabilities makes the server
 *  name them in its legend; package.json maps each to a standard type (superType) and scopes. */
const TOKEN_TYPES = ['person', 'organization', 'place', 'product', 'event', 'quote', 'speaker', 'date'];

let client;
let output;

/** Adds Copydesk's token types to what the client says it understands. */
class CopydeskTokenTypes {
  fillClientCapabilities(capabilities) {
    const tokens = capabilities.textDocument && capabilities.textDocument.semanticTokens;
    if (tokens && Array.isArray(tokens.tokenTypes)) {
      for (const type of TOKEN_TYPES) if (!tokens.tokenTypes.includes(type)) tokens.tokenTypes.push(type);
    }
  }
  initialize() {}
  getState() { return { kind: 'static' }; }
  dispose() {}
}

function serverCommand() {
  const configured = vscode.workspace.getConfiguration('copydesk').get('server.path', 'copydesk');
  return configured && configured.trim() !== '' ? configured : 'copydesk';
}

async function start(context) {
  const command = serverCommand();
  const serverOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    // The server asks for the `copydesk` section (workspace/configuration); changes are
    // announced with workspace/didChangeConfiguration.
    synchronize: { configurationSection: 'copydesk' },
    outputChannel: output,
    traceOutputChannel: output,
    middleware: {
      // The server's "mentioned in N articles" lenses carry `copydesk.showReferences` with the
      // document and position; VS Code shows references with its own peek view, so the lens is
      // pointed at a client-side command that asks for them and opens that view.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        for (const lens of lenses || []) {
          if (lens.command && lens.command.command === 'copydesk.showReferences') {
            lens.command = { ...lens.command, command: 'copydesk.lens.showReferences', arguments: [document.uri, lens.range.start] };
          }
        }
        return lenses;
      },
    },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  client.registerFeature(new CopydeskTokenTypes());
  try {
    await client.start();
  } catch (error) {
    const choice = await vscode.window.showErrorMessage(
      `Copydesk could not start \`${command} lsp\`: ${error.message || error}. Set copydesk.server.path to the copydesk executable.`,
      'Open Settings');
    if (choice === 'Open Settings') {
      vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk.server.path');
    }
  }
}

async function activate(context) {
  output = vscode.window.createOutputChannel('Copydesk');
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand('copydesk.showOutput', () => output.show()));
  context.subscriptions.push(vscode.commands.registerCommand('copydesk.lens.showReferences', async (uri, position) => {
    const locations = await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, position);
    await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations || []);
  }));
  context.subscriptions.push(vscode.commands.registerCommand('copydesk.restartServer', async () => {
    if (client) await client.stop();
    await start(context);
  }));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (event.affectsConfiguration('copydesk.server.path')) {
      if (client) await client.stop();
      await start(context);
    }
  }));
  await start(context);
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
