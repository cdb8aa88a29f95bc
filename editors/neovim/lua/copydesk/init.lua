-- Copydesk for Neovim: starts `copydesk lsp` for Markdown, plain text and *.article buffers.
--
--   require('copydesk').setup({
--     cmd = { '/path/to/copydesk', 'lsp' },              -- default: { 'copydesk', 'lsp' }
--     settings = { copydesk = { rules = { ['unattributed-quote'] = 'error' } } },
--   })
--
-- Works on Neovim 0.7 (vim.lsp.start_client), 0.8–0.10 (vim.lsp.start) and 0.11+
-- (vim.lsp.config / vim.lsp.enable). See editors/neovim/README.md.
local M = {}

--- Copydesk's semantic token types (the server's legend, in order).
M.token_types = { 'person', 'organization', 'place', 'product', 'event', 'quote', 'speaker', 'date' }

--- Highlight groups the token types link to by default (classic groups every colour scheme sets).
--- Override with `:hi link @lsp.type.person MyGroup` or `semantic_highlights = false`.
M.highlight_links = {
  person = 'Type',
  organization = 'Structure',
  place = 'Constant',
  product = 'Special',
  event = 'Label',
  quote = 'String',
  speaker = 'Identifier',
  date = 'Number',
}

M.defaults = {
  -- The server command; `vim.g.copydesk_path` (a path to the binary) also works.
  cmd = nil,
  filetypes = { 'markdown', 'text', 'article' },
  -- The first folder upwards holding one of these is the workspace the server reads.
  root_markers = { '.copydesk.json', '.git' },
  -- Answered when the server asks for the `copydesk` section (workspace/configuration).
  -- Keys: rules = { [code] = 'error'|'warning'|'information'|'hint'|'off' }, include, exclude, maxFileSize.
  settings = { copydesk = {} },
  semantic_highlights = true,
  on_attach = nil,
  on_exit = nil,
  capabilities = nil,
  handlers = nil,
}

M.options = vim.deepcopy(M.defaults)

local function command()
  if M.options.cmd then return M.options.cmd end
  return { vim.g.copydesk_path or 'copydesk', 'lsp' }
end

--- Client capabilities with Copydesk's token types added, so the server names them in its legend
--- (a client that does not list them gets standard types: class, namespace, string, number, …).
function M.capabilities()
  local capabilities = M.options.capabilities or vim.lsp.protocol.make_client_capabilities()
  local tokens = capabilities.textDocument and capabilities.textDocument.semanticTokens
  if tokens and tokens.tokenTypes and M.options.semantic_highlights then
    for _, name in ipairs(M.token_types) do
      if not vim.tbl_contains(tokens.tokenTypes, name) then table.insert(tokens.tokenTypes, name) end
    end
  end
  return capabilities
end

--- The folder whose articles form the corpus for `bufnr`.
function M.root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local start = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  for _, marker in ipairs(M.options.root_markers) do
    local found = vim.fn.findfile(marker, start .. ';')
    if found == '' then found = vim.fn.finddir(marker, start .. ';') end
    if found ~= '' then
      local path = vim.fn.fnamemodify(found, ':p'):gsub('/$', '') -- the marker file or folder
      return (vim.fn.fnamemodify(path, ':h'))
    end
  end
  return start
end

--- The client configuration (shared by every Neovim version).
function M.client_config(root)
  local config = {
    name = 'copydesk',
    cmd = command(),
    filetypes = M.options.filetypes,
    root_markers = M.options.root_markers,
    settings = M.options.settings,
    capabilities = M.capabilities(),
    on_attach = M.options.on_attach,
    on_exit = M.options.on_exit,
    handlers = M.options.handlers,
  }
  if root then
    config.root_dir = root
    config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
  end
  return config
end

local clients_by_root = {} -- Neovim 0.7: one client per root, reused across buffers

--- Starts (or reuses) the client for a buffer and attaches it.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.api.nvim_buf_get_name(bufnr) == '' or vim.bo[bufnr].buftype ~= '' then return nil end
  local root = M.root_dir(bufnr)
  local config = M.client_config(root)
  if vim.lsp.start then -- 0.8+: reuses a client with the same name and root
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

local function link_highlights()
  -- Semantic tokens are coloured from Neovim 0.9 on (and '@' group names are invalid before 0.8).
  if not M.options.semantic_highlights or vim.fn.has('nvim-0.9') == 0 then return end
  for name, group in pairs(M.highlight_links) do
    vim.api.nvim_set_hl(0, '@lsp.type.' .. name, { link = group, default = true })
  end
end

--- Runs a "mentioned in N articles" code lens (`:lua vim.lsp.codelens.run()`): references to the
--- name at the lens, in the quickfix list.
local function show_references(command)
  local args = command.arguments or {}
  local uri, position = args[1], args[2]
  if type(uri) ~= 'string' or type(position) ~= 'table' then return end
  local bufnr = vim.uri_to_bufnr(uri)
  vim.fn.bufload(bufnr)
  vim.api.nvim_set_current_buf(bufnr)
  vim.api.nvim_win_set_cursor(0, { position.line + 1, position.character })
  vim.lsp.buf.references()
end

function M.setup(opts)
  M.options = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  vim.lsp.commands['copydesk.showReferences'] = show_references
  local group = vim.api.nvim_create_augroup('copydesk', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group, pattern = '*.article', command = 'setfiletype article',
  })
  vim.api.nvim_create_autocmd('ColorScheme', { group = group, callback = link_highlights })
  link_highlights()

  if vim.lsp.config and vim.lsp.enable then -- 0.11+
    vim.lsp.config('copydesk', M.client_config(nil))
    vim.lsp.enable('copydesk')
    return
  end

  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args) M.attach(args.buf) end,
  })
  -- Buffers already open when setup runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
