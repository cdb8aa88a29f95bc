-- Neovim 0.11+: with editors/neovim on 'runtimepath', `vim.lsp.enable('copydesk')` is all it takes
-- (`require('copydesk').setup()` does the same and adds *.article detection and token colours).
return {
  cmd = { vim.g.copydesk_path or 'copydesk', 'lsp' },
  filetypes = { 'markdown', 'text', 'article' },
  root_markers = { '.copydesk.json', '.git' },
  settings = { copydesk = {} },
}
