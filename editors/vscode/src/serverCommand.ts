import * as path from 'node:path';

/** Where the packaged extension keeps the server jar (copied from cli/target/hpolint.jar). */
export const BUNDLED_JAR = path.join('server', 'hpolint.jar');

export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
}

/**
 * The command that starts the language server: the same jar as the command line tool, in its
 * `lsp` mode, speaking the protocol on standard input and output.
 */
export function serverCommand(java: string, jar: string): ServerCommand {
  return { command: java, args: ['-jar', jar, 'lsp'] };
}

/** The documents VS Code hands to the server; the server itself picks the tuning-job requests among them. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'json' },
  { scheme: 'untitled', language: 'yaml' },
  // Named tuning jobs whatever language a user's other extensions give them.
  { scheme: 'file', pattern: '**/*.hpo.{json,yaml,yml}' },
];
