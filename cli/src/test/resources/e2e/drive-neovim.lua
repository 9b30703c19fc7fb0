-- Drives Neovim's built-in LSP client against `hpolint lsp` on the file given on the command line,
-- as a user would: wait for the findings, ask for completion and hover, apply a quick fix, and
-- see the findings update. Writes what it saw as JSON to $HPOLINT_E2E_OUT and quits; any failure
-- is recorded there too, so the Java test can report it.
local out = assert(os.getenv('HPOLINT_E2E_OUT'), 'HPOLINT_E2E_OUT is not set')
local result = { steps = {} }

local function save()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
end

local function step(name)
  table.insert(result.steps, name)
  save()
end

local function find_line(pattern)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local col = line:find(pattern, 1, true)
    if col then
      return lnum - 1, col - 1, line
    end
  end
  error('no line with ' .. pattern)
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 30000)
  assert(responses, method .. ' got no answer: ' .. tostring(err))
  for _, response in pairs(responses) do
    if response.err then
      error(method .. ' failed: ' .. vim.inspect(response.err))
    end
    return response.result
  end
  error(method .. ': no client answered')
end

local function codes(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, d.code)
  end
  return found
end

local function has_code(bufnr, code)
  return vim.tbl_contains(codes(bufnr), code)
end

local ok, failure = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'hpolint',
    cmd = { os.getenv('HPOLINT_JAVA'), '-jar', os.getenv('HPOLINT_JAR'), 'lsp' },
    root_dir = vim.fn.getcwd(),
  })
  assert(client_id, 'the language client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  step('started')

  -- 1. Findings arrive on their own after the file is opened.
  assert(vim.wait(60000, function() return has_code(bufnr, 'HPO-ENUM-CASE') end, 100),
    'no HPO-ENUM-CASE finding arrived; saw ' .. vim.inspect(codes(bufnr)))
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      code = d.code, source = d.source, severity = d.severity, message = d.message,
      lnum = d.lnum, col = d.col, end_col = d.end_col,
      href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription
        and d.user_data.lsp.codeDescription.href,
    })
  end
  step('diagnostics')

  -- 2. Completion of an instance type, at the start of the InstanceType value.
  local line, col = find_line('InstanceType: ')
  local completion = request(bufnr, 'textDocument/completion', {
    textDocument = { uri = uri },
    position = { line = line, character = col + #'InstanceType: ' },
  })
  local items = completion.items or completion
  result.completion = {}
  for _, item in ipairs(items) do
    table.insert(result.completion, { label = item.label, detail = item.detail })
  end
  step('completion')

  -- 3. Hover on the Strategy member.
  line, col = find_line('Strategy:')
  local hover = request(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = line, character = col + 2 },
  })
  result.hover = hover and hover.contents and hover.contents.value
  step('hover')

  -- 4. The quick fix for the finding, applied as the editor applies it; the edit travels back to
  -- the server as an incremental change, and the finding goes away.
  local finding
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'HPO-ENUM-CASE' then
      finding = d
    end
  end
  local lsp_diagnostic = {
    range = {
      start = { line = finding.lnum, character = finding.col },
      ['end'] = { line = finding.end_lnum, character = finding.end_col },
    },
    message = finding.message, severity = finding.severity, code = finding.code,
    source = finding.source,
  }
  local actions = request(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic } },
  })
  result.actions = {}
  local chosen
  for _, action in ipairs(actions) do
    table.insert(result.actions, action.title)
    if action.title == 'Change to Bayesian' then
      chosen = action
    end
  end
  assert(chosen, 'no "Change to Bayesian" action among ' .. vim.inspect(result.actions))
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  local fixed_line = find_line('Strategy:')
  result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, fixed_line, fixed_line + 1, false)[1]
  assert(vim.wait(30000, function() return not has_code(bufnr, 'HPO-ENUM-CASE') end, 100),
    'the finding stayed after the fix; saw ' .. vim.inspect(codes(bufnr)))
  result.codes_after_fix = codes(bufnr)
  step('code action')

  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
  step('stopped')
end)

result.ok = ok
if not ok then
  result.failure = tostring(failure)
end
save()
vim.cmd('qall!')
