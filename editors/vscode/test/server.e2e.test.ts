import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import {
  createProtocolConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { judgeJava } from '../src/java/javaCheck';
import { locateJava } from '../src/java/javaLocator';
import { isFile, runJavaVersion } from '../src/java/javaRuntime';
import { BUNDLED_JAR, serverCommand } from '../src/serverCommand';
import { toServerSettings } from '../src/settings';

/**
 * The extension's own pieces against the real server, as VS Code would use them: Java found and
 * checked the extension's way, the jar started with the extension's command, the settings mapped
 * the extension's way and accepted by the server without a warning. VS Code itself cannot be
 * installed here, so the language client library is the only part not exercised.
 */
const ROOT = path.resolve(__dirname, '..', '..');
// Maven's fresh build first; the copy in the extension may be from an earlier package run.
const JAR_CANDIDATES = [path.resolve(ROOT, '..', '..', 'cli', 'target', 'hpolint.jar'), path.join(ROOT, BUNDLED_JAR)];
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'xgboost.hpo.yaml');

test('the bundled server starts with the found Java and obeys the mapped settings', async (t) => {
  const jar = JAR_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!jar) {
    const reason = `no server jar (looked for ${JAR_CANDIDATES.join(' and ')}); build it with: mvn -B -pl cli -am package -DskipTests`;
    console.log(`[hpolint] skipped: ${reason}`);
    t.skip(reason);
    return;
  }
  const located = locateJava({
    setting: process.env.HPOLINT_TEST_JAVA_HOME,
    env: process.env,
    platform: process.platform,
    homeDir: os.homedir(),
    isFile,
  });
  assert.equal(located.kind, 'found', located.kind === 'missing' ? located.message : '');
  if (located.kind !== 'found') {
    return;
  }
  const verdict = judgeJava(located.executable, located.origin, await runJavaVersion(located.executable));
  assert.ok(verdict.usable, verdict.usable ? '' : verdict.message);

  const command = serverCommand(located.executable, jar);
  const server = spawn(command.command, command.args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  const logs: Array<{ type: MessageType; message: string }> = [];
  connection.onNotification(LogMessageNotification.type, (params) => logs.push(params));
  const published = new Publications();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
    published.add(params.uri, params.diagnostics),
  );
  connection.listen();
  try {
    const initialize = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(path.dirname(FIXTURE)).href,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: toServerSettings({ rules: {}, configFile: '' }, context()).settings,
      workspaceFolders: null,
    });
    assert.equal(initialize.serverInfo?.name, 'hpolint');
    await connection.sendNotification('initialized', {});

    const uri = pathToFileURL(FIXTURE).href;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text: fs.readFileSync(FIXTURE, 'utf8') },
    });
    const first = await published.waitFor(uri, (diagnostics) => codes(diagnostics).includes('HPO-ENUM-CASE'));
    const finding = first.find((diagnostic) => diagnostic.code === 'HPO-ENUM-CASE')!;
    assert.deepEqual(finding.range.start, { line: 3, character: 12 });

    // What a user writes in settings.json, through the extension's mapping, turns the rule off.
    const off = toServerSettings({ rules: { 'HPO-ENUM-CASE': 'off' }, configFile: '' }, context());
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: off.settings });
    await published.waitFor(uri, (diagnostics) => !codes(diagnostics).includes('HPO-ENUM-CASE'));

    // And at another severity, the rule is back as a warning.
    const warning = toServerSettings({ rules: { 'HPO-ENUM-CASE': 'warning' }, configFile: '' }, context());
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: warning.settings });
    const warned = await published.waitFor(uri, (diagnostics) => codes(diagnostics).includes('HPO-ENUM-CASE'));
    assert.equal(warned.find((diagnostic) => diagnostic.code === 'HPO-ENUM-CASE')!.severity, 2);

    const complaints = logs.filter((log) => log.type <= MessageType.Warning);
    assert.deepEqual(complaints, [], 'the server found nothing wrong with the settings');

    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(server), 0);
  } finally {
    connection.dispose();
    if (server.exitCode === null) {
      server.kill();
    }
  }
});

function context() {
  return { workspaceFolder: path.dirname(FIXTURE), homeDir: os.homedir(), platform: process.platform };
}

function codes(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map((diagnostic) => diagnostic.code);
}

/** Diagnostics as the server publishes them, with a bounded wait for the one a step expects. */
class Publications {
  private readonly latest = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<() => void> = [];

  add(uri: string, diagnostics: Diagnostic[]): void {
    this.latest.set(uri, diagnostics);
    this.waiters.splice(0).forEach((wake) => wake());
  }

  async waitFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 60_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.latest.get(uri);
      if (current && accept(current)) {
        return current;
      }
      const left = deadline - Date.now();
      assert.ok(left > 0, `no matching diagnostics within ${timeoutMs} ms; last: ${JSON.stringify(current)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

function exitCode(process: ChildProcess): Promise<number | null> {
  if (process.exitCode !== null) {
    return Promise.resolve(process.exitCode);
  }
  return new Promise((resolve) => process.once('exit', (code) => resolve(code)));
}
