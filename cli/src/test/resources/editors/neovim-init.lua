-- The init.lua of the Neovim end-to-end test: the setup from editors/README.md for this Neovim's
-- version, as a user would put it in their own init.lua. The snippet for 0.11 and later uses
-- vim.lsp.config; the one for 0.9 and 0.10 uses vim.lsp.start. Neovim before 0.8 has neither: there
-- the 0.9 snippet runs on a stand-in for vim.lsp.start built from the older API, and the test says so.
local out = assert(os.getenv('HPOLINT_E2E_OUT'), 'HPOLINT_E2E_OUT is not set')
local setup = { version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function read(path)
  local file = assert(io.open(path, 'r'))
  local text = file:read('*a')
  file:close()
  return text
end

-- Both snippets must at least be valid Lua, whichever one this Neovim runs.
for _, name in ipairs({ 'HPOLINT_SNIPPET_0_9', 'HPOLINT_SNIPPET_0_11' }) do
  local chunk, err = loadstring(read(assert(os.getenv(name), name .. ' is not set')))
  assert(chunk, name .. ' is not valid Lua: ' .. tostring(err))
end

if vim.fn.has('nvim-0.11') == 1 then
  setup.snippet = 'neovim-0.11'
  dofile(os.getenv('HPOLINT_SNIPPET_0_11'))
else
  setup.snippet = 'neovim-0.9'
  if vim.lsp.start == nil then
    setup.stand_in = true
    -- What vim.lsp.start does (0.8 and later): reuse the client with the same name and root, or
    -- start one, and attach it to the buffer.
    vim.lsp.start = function(config, opts)
      local bufnr = (opts and opts.bufnr) or vim.api.nvim_get_current_buf()
      for _, client in pairs(vim.lsp.get_active_clients()) do
        if client.name == config.name and client.config.root_dir == config.root_dir then
          vim.lsp.buf_attach_client(bufnr, client.id)
          return client.id
        end
      end
      local client_id = vim.lsp.start_client(config)
      if client_id then
        vim.lsp.buf_attach_client(bufnr, client_id)
      end
      return client_id
    end
  end
  dofile(os.getenv('HPOLINT_SNIPPET_0_9'))
end

vim.g.hpolint_e2e_setup = setup
vim.fn.writefile({ vim.fn.json_encode({ setup = setup, steps = {} }) }, out)
