-- Copydesk through nvim-lspconfig, for configurations that manage every server with it.

-- nvim-lspconfig before Neovim 0.11 (lspconfig.configs): define the server once, then set it up.
local configs = require('lspconfig.configs')
if not configs.copydesk then
  configs.copydesk = {
    default_config = {
      cmd = { 'copydesk', 'lsp' },
      filetypes = { 'markdown', 'text', 'article' },
      root_dir = require('lspconfig.util').root_pattern('.copydesk.json', '.git'),
      settings = { copydesk = { rules = { ['unattributed-quote'] = 'warning' } } },
    },
  }
end
require('lspconfig').copydesk.setup({})

-- Neovim 0.11+ (lspconfig only supplies configs there): the same without lspconfig.
-- vim.lsp.config('copydesk', {
--   cmd = { 'copydesk', 'lsp' },
--   filetypes = { 'markdown', 'text', 'article' },
--   root_markers = { '.copydesk.json', '.git' },
--   settings = { copydesk = { rules = { ['unattributed-quote'] = 'warning' } } },
-- })
-- vim.lsp.enable('copydesk')
