import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';
import { judgeJava } from './java/javaCheck';
import { describeOrigin, locateJava } from './java/javaLocator';
import { isFile, runJavaVersion } from './java/javaRuntime';
import { BUNDLED_JAR, DOCUMENT_SELECTOR, serverCommand } from './serverCommand';
import { ServerSettings, toServerSettings } from './settings';

const GET_JAVA_URL = 'https://adoptium.net/';

/**
 * The language client and the server process behind it: finds a usable Java, starts the bundled
 * jar, passes settings on, and restarts when the Java changes. Starts and stops are queued one
 * after another, so that a quick succession of setting changes cannot leave two servers running.
 */
export class HpolintServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  start(): Promise<void> {
    return this.enqueue(() => this.startNow());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopNow());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  /** Sends the current settings to a running server; a stopped one reads them when it starts. */
  async sendSettings(): Promise<void> {
    const client = this.client;
    if (client?.isRunning()) {
      await client.sendNotification(DidChangeConfigurationNotification.type, {
        settings: this.currentSettings(),
      });
    }
  }

  dispose(): void {
    void this.stop();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async startNow(): Promise<void> {
    const jar = this.context.asAbsolutePath(BUNDLED_JAR);
    if (!fs.existsSync(jar)) {
      this.showProblem(
        `This copy of the hpolint extension has no ${BUNDLED_JAR}. ` +
          'Build the extension with "npm run package" (it copies cli/target/hpolint.jar in) and install the .vsix it makes.',
        'server',
      );
      return;
    }
    const java = await this.findJava();
    if (!java) {
      return;
    }
    const command = serverCommand(java, jar);
    const serverOptions: ServerOptions = { run: command, debug: command };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      initializationOptions: this.currentSettings(),
      outputChannel: this.output,
    };
    const client = new LanguageClient('hpolint', 'hpolint', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      this.client = undefined;
      this.showProblem(
        `hpolint's language server did not start: ${messageOf(error)}. The hpolint output has the details.`,
        'server',
      );
    }
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) {
      return;
    }
    try {
      await client.stop();
    } catch (error) {
      this.output.appendLine(`Stopping the language server: ${messageOf(error)}`);
    }
  }

  private async findJava(): Promise<string | undefined> {
    const located = locateJava({
      setting: vscode.workspace.getConfiguration('hpolint').get<string>('java.home'),
      env: process.env,
      platform: process.platform,
      homeDir: os.homedir(),
      isFile,
    });
    if (located.kind === 'missing') {
      this.showProblem(located.message, 'java');
      return undefined;
    }
    const verdict = judgeJava(located.executable, located.origin, await runJavaVersion(located.executable));
    if (!verdict.usable) {
      this.showProblem(verdict.message, 'java');
      return undefined;
    }
    if (verdict.note) {
      this.output.appendLine(`Java: ${verdict.note}; starting the server anyway.`);
    }
    const version = verdict.major === undefined ? 'Java' : `Java ${verdict.major}`;
    this.output.appendLine(
      `Starting hpolint's language server with ${version} from ${describeOrigin(located.origin)}: ${located.executable}`,
    );
    return located.executable;
  }

  private currentSettings(): ServerSettings {
    const config = vscode.workspace.getConfiguration('hpolint');
    const mapped = toServerSettings(
      { rules: config.get('rules'), configFile: config.get('configFile') },
      {
        workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
        homeDir: os.homedir(),
        platform: process.platform,
      },
    );
    for (const warning of mapped.warnings) {
      this.output.appendLine(`Settings: ${warning}`);
    }
    return mapped.settings;
  }

  /**
   * Tells the user, without waiting for an answer: the queue must not stall behind a notification
   * left open, or the restart that follows fixing the setting would wait for it.
   */
  private showProblem(message: string, about: 'java' | 'server'): void {
    this.output.appendLine(message);
    const actions = about === 'java' ? ['Open Settings', 'Get Java'] : ['Show Output'];
    void vscode.window.showErrorMessage(message, ...actions).then(async (choice) => {
      if (choice === 'Open Settings') {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'hpolint.java.home');
      } else if (choice === 'Get Java') {
        await vscode.env.openExternal(vscode.Uri.parse(GET_JAVA_URL));
      } else if (choice === 'Show Output') {
        this.output.show();
      }
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
