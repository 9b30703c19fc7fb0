import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadProblem } from '../tools/loadCheck';
import { inspectVsix } from '../tools/vsixContents';
import { readZipEntry, zipEntries } from '../tools/zip';
import { writeZip } from './zipWriter';

const MANIFEST = {
  name: 'hpolint',
  publisher: 'hpolint',
  version: '0.1.0',
  main: './out/src/extension.js',
  engines: { vscode: '^1.82.0' },
  activationEvents: [
    'onLanguage:json',
    'onLanguage:yaml',
    'workspaceContains:**/*.hpo.json',
    'workspaceContains:**/*.hpo.yaml',
    'workspaceContains:**/*.hpo.yml',
  ],
  contributes: {
    configuration: {
      properties: { 'hpolint.java.home': {}, 'hpolint.rules': {}, 'hpolint.configFile': {}, 'hpolint.trace.server': {} },
    },
    jsonValidation: [{ fileMatch: ['*.hpo.json'], url: './schemas/request.schema.json' }],
  },
  dependencies: { 'vscode-languageclient': '9.0.1' },
};
const JAR = writeZip({
  'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\nMain-Class: dev.hpolint.cli.Main\n',
  'dev/hpolint/lsp/HpolintLanguageServer.class': 'class bytes',
});
const SCHEMA = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'request' });

function vsix(overrides: Record<string, string | Buffer | undefined> = {}): Buffer {
  const files: Record<string, string | Buffer | undefined> = {
    'extension/package.json': JSON.stringify(MANIFEST),
    'extension/out/src/extension.js': 'exports.activate = () => {}; exports.deactivate = () => {};',
    'extension/server/hpolint.jar': JAR,
    'extension/schemas/request.schema.json': SCHEMA,
    'extension/node_modules/vscode-languageclient/package.json': JSON.stringify({ version: '9.0.1' }),
    ...overrides,
  };
  return writeZip(
    Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string | Buffer] => entry[1] !== undefined)),
  );
}

test('the zip reader lists entries and reads them back', () => {
  const archive = writeZip({ 'a.txt': 'first', 'dir/b.bin': Buffer.from([0, 1, 2, 255]) });
  const entries = zipEntries(archive);
  assert.deepEqual(entries.map((entry) => entry.name), ['a.txt', 'dir/b.bin']);
  assert.equal(readZipEntry(archive, entries[0]).toString('utf8'), 'first');
  assert.deepEqual([...readZipEntry(archive, entries[1])], [0, 1, 2, 255]);
  assert.throws(() => zipEntries(Buffer.from('not a zip at all, just some text that is long enough')), /not a zip archive/);
});

test('a complete package passes and is listed', () => {
  const report = inspectVsix(vsix(), { copiedFrom: { 'extension/server/hpolint.jar': JAR } });
  assert.deepEqual(report.problems, []);
  assert.equal(report.main, './out/src/extension.js');
  assert.ok(report.listing.some((line) => line.endsWith('extension/server/hpolint.jar')));
  assert.ok(report.listing.some((line) => /1 files {2}extension\/node_modules\/vscode-languageclient\/$/.test(line)));
});

test('a package without the jar, the schema or the client library fails, naming what is missing', () => {
  const report = inspectVsix(
    vsix({
      'extension/server/hpolint.jar': undefined,
      'extension/schemas/request.schema.json': undefined,
      'extension/node_modules/vscode-languageclient/package.json': undefined,
    }),
    { copiedFrom: {} },
  );
  assert.deepEqual(report.problems, [
    'the schema ./schemas/request.schema.json is not in the package',
    'extension/server/hpolint.jar is missing',
    'the runtime dependency vscode-languageclient is not in the package',
  ]);
});

test('a jar without the language server, or a stale copy, fails', () => {
  const cliOnly = writeZip({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'dev/hpolint/cli/Main.class': 'x' });
  const report = inspectVsix(vsix({ 'extension/server/hpolint.jar': cliOnly }), {
    copiedFrom: { 'extension/server/hpolint.jar': JAR },
  });
  assert.deepEqual(report.problems, [
    'extension/server/hpolint.jar does not contain the language server (dev/hpolint/lsp/HpolintLanguageServer.class)',
    'extension/server/hpolint.jar has no Main-Class, so java -jar cannot start it',
    'extension/server/hpolint.jar differs from its source: run npm run package again',
  ]);
});

test('manifest gaps and files that should not ship are reported', () => {
  const manifest = { ...MANIFEST, activationEvents: ['onLanguage:json'], contributes: { configuration: { properties: {} } } };
  const report = inspectVsix(
    vsix({ 'extension/package.json': JSON.stringify(manifest), 'extension/src/extension.ts': 'source' }),
    { copiedFrom: {} },
  );
  assert.ok(report.problems.includes('activationEvents lacks onLanguage:yaml'));
  assert.ok(report.problems.includes('contributes.configuration lacks hpolint.java.home'));
  assert.ok(report.problems.includes('contributes.jsonValidation has no schema for *.hpo.json'));
  assert.ok(report.problems.includes('extension/src/extension.ts should not be in the package'));
});

test('the packaged entry point must load with only what the package holds', () => {
  assert.equal(loadProblem(vsix(), './out/src/extension.js'), undefined);
  const usesVscode = "const vscode = require('vscode'); class Item extends vscode.CompletionItem {}; exports.activate = () => {}; exports.deactivate = () => {};";
  assert.equal(loadProblem(vsix({ 'extension/out/src/extension.js': usesVscode }), './out/src/extension.js'), undefined);
  const missing = vsix({ 'extension/out/src/extension.js': "require('vscode-languageclient/node');" });
  assert.match(loadProblem(missing, './out/src/extension.js') ?? '', /does not load: .*Cannot find module 'vscode-languageclient\/node'/s);
  const noActivate = vsix({ 'extension/out/src/extension.js': 'exports.deactivate = () => {};' });
  assert.match(loadProblem(noActivate, './out/src/extension.js') ?? '', /exports no activate function/);
});
