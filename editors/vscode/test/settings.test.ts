import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfigPath, SettingsContext, toServerSettings } from '../src/settings';

const IN_FOLDER: SettingsContext = { workspaceFolder: '/work/ml-jobs', homeDir: '/home/ada', platform: 'linux' };
const NO_FOLDER: SettingsContext = { workspaceFolder: undefined, homeDir: '/home/ada', platform: 'linux' };

test('defaults map onto an empty rules section and no config file', () => {
  assert.deepEqual(toServerSettings({ rules: {}, configFile: '' }, IN_FOLDER), {
    settings: { hpolint: { rules: {} } },
    warnings: [],
  });
  assert.deepEqual(toServerSettings({ rules: undefined, configFile: undefined }, IN_FOLDER).settings, {
    hpolint: { rules: {} },
  });
});

test('rules keep their ids and levels in the form the server reads', () => {
  const mapped = toServerSettings(
    { rules: { 'HPO-PARALLEL-QUOTA': 'error', 'YAML-AMBIGUOUS-SCALAR': 'off', 'hpo-enum-case': ' Warning ' }, configFile: '' },
    IN_FOLDER,
  );
  assert.deepEqual(mapped.settings.hpolint.rules, {
    'HPO-PARALLEL-QUOTA': 'error',
    'YAML-AMBIGUOUS-SCALAR': 'off',
    'HPO-ENUM-CASE': 'warning',
  });
  assert.deepEqual(mapped.warnings, []);
});

test('levels the server would reject are left out with a warning', () => {
  const mapped = toServerSettings({ rules: { 'SCHEMA-TYPE': 'loud', 'SCHEMA-ENUM': false, 'SCHEMA-RANGE': 'info' }, configFile: '' }, IN_FOLDER);
  assert.deepEqual(mapped.settings.hpolint.rules, { 'SCHEMA-RANGE': 'info' });
  assert.equal(mapped.warnings.length, 2);
  assert.match(mapped.warnings[0], /hpolint\.rules\.SCHEMA-TYPE must be off, error, warning or info, not "loud"/);
});

test('a rules value that is not an object is ignored with a warning', () => {
  const mapped = toServerSettings({ rules: ['HPO-ENUM-CASE'], configFile: '' }, IN_FOLDER);
  assert.deepEqual(mapped.settings.hpolint.rules, {});
  assert.match(mapped.warnings[0], /hpolint\.rules must map rule ids/);
});

test('the config file becomes an absolute path', () => {
  assert.equal(
    toServerSettings({ rules: {}, configFile: 'config/.hpolint.yaml' }, IN_FOLDER).settings.hpolint.configFile,
    '/work/ml-jobs/config/.hpolint.yaml',
  );
  assert.equal(resolveConfigPath('${workspaceFolder}/../shared/.hpolint.yaml', IN_FOLDER), '/work/shared/.hpolint.yaml');
  assert.equal(resolveConfigPath('~/.config/hpolint.yaml', NO_FOLDER), '/home/ada/.config/hpolint.yaml');
  assert.equal(resolveConfigPath('${userHome}/hpolint.yaml', NO_FOLDER), '/home/ada/hpolint.yaml');
  assert.equal(resolveConfigPath('/etc/hpolint.yaml', NO_FOLDER), '/etc/hpolint.yaml');
  assert.equal(
    resolveConfigPath('conf\\.hpolint.yaml', { workspaceFolder: 'C:\\jobs', homeDir: 'C:\\Users\\ada', platform: 'win32' }),
    'C:\\jobs\\conf\\.hpolint.yaml',
  );
});

test('a relative config file with no workspace folder open is left out with a warning', () => {
  const mapped = toServerSettings({ rules: {}, configFile: '.hpolint.yaml' }, NO_FOLDER);
  assert.deepEqual(mapped.settings, { hpolint: { rules: {} } });
  assert.match(mapped.warnings[0], /no workspace folder is open/);
  assert.equal(resolveConfigPath('${workspaceFolder}/.hpolint.yaml', NO_FOLDER), undefined);
});

test('a config file that is not a string is ignored with a warning', () => {
  const mapped = toServerSettings({ rules: {}, configFile: 42 }, IN_FOLDER);
  assert.deepEqual(mapped.settings, { hpolint: { rules: {} } });
  assert.match(mapped.warnings[0], /hpolint\.configFile must be a path/);
});
