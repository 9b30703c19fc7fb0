import * as vscode from 'vscode';
import { HpolintServer } from './hpolintServer';

let server: HpolintServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('hpolint');
  server = new HpolintServer(context, output);
  const running = server;
  context.subscriptions.push(
    output,
    running,
    vscode.commands.registerCommand('hpolint.restartServer', () => running.restart()),
    vscode.commands.registerCommand('hpolint.showOutput', () => output.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // A different Java needs a new server process; rule settings reach the running one.
      if (event.affectsConfiguration('hpolint.java.home')) {
        void running.restart();
      } else if (
        event.affectsConfiguration('hpolint.rules') ||
        event.affectsConfiguration('hpolint.configFile')
      ) {
        void running.sendSettings();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void running.sendSettings()),
  );
  // The server starts in the background: activation need not wait for a JVM to come up.
  void running.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
