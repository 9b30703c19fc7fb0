-- Runs after Neovim opened the tuning job with the README's setup in its init.lua: the setup alone
-- must have started hpolint for the YAML file, passed its settings, and brought the findings.
-- Writes what it saw as JSON to $HPOLINT_E2E_OUT and quits; a failure is recorded there too.
local out = assert(os.getenv('HPOLINT_E2E_OUT'), 'HPOLINT_E2E_OUT is not set')
local result = { setup = vim.g.hpolint_e2e_setup, steps = {} }

local function save()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
end

local function find(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then
      return d
    end
  end
  return nil
end

local function hpolint_client(bufnr)
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'hpolint' then
      return client
    end
  end
  return nil
end

local ok, failure = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  assert(vim.wait(60000, function() return hpolint_client(bufnr) ~= nil end, 100),
    'the setup attached no hpolint client to the ' .. result.filetype .. ' buffer')
  local client = hpolint_client(bufnr)
  result.cmd = client.config.cmd
  table.insert(result.steps, 'attached')
  save()

  -- The snippet reports YAML-AMBIGUOUS-SCALAR as information (a warning by default).
  local info = vim.diagnostic.severity.INFO
  assert(vim.wait(60000, function()
    local ambiguous = find(bufnr, 'YAML-AMBIGUOUS-SCALAR')
    return find(bufnr, 'HPO-ENUM-CASE') ~= nil and ambiguous ~= nil and ambiguous.severity == info
  end, 100), 'the findings with the snippet\'s severity did not arrive; saw ' .. vim.inspect(vim.diagnostic.get(bufnr)))
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { code = d.code, severity = d.severity, lnum = d.lnum, col = d.col })
  end
  table.insert(result.steps, 'diagnostics')
  save()

  vim.lsp.stop_client(client.id)
  vim.wait(10000, function() return vim.lsp.get_client_by_id(client.id) == nil end, 100)
  table.insert(result.steps, 'stopped')
end)

result.ok = ok
if not ok then
  result.failure = tostring(failure)
end
save()
vim.cmd('qall!')
