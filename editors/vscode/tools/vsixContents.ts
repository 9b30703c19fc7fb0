import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { readZipEntry, ZipEntry, zipEntries } from './zip';

/** What the packaged extension must hold, and the source files its copies must match. */
export interface VsixExpectations {
  /** Source files the package copies in, by their path in the .vsix: they must match byte for byte. */
  readonly copiedFrom: Readonly<Record<string, Buffer>>;
}

export interface VsixReport {
  readonly listing: string[];
  readonly problems: string[];
  /** The manifest's entry point, when it has one. */
  readonly main?: string;
}

const JAR = 'extension/server/hpolint.jar';
const REQUIRED_SETTINGS = ['hpolint.java.home', 'hpolint.rules', 'hpolint.configFile', 'hpolint.trace.server'];
const REQUIRED_ACTIVATION = [
  'onLanguage:json',
  'onLanguage:yaml',
  'workspaceContains:**/*.hpo.json',
  'workspaceContains:**/*.hpo.yaml',
  'workspaceContains:**/*.hpo.yml',
];
const SERVER_CLASS = 'dev/hpolint/lsp/HpolintLanguageServer.class';
/** Files that belong in the repository but not in what users install. */
const NOT_SHIPPED = [/^extension\/src\//, /^extension\/test\//, /^extension\/tools\//, /^extension\/out\/(test|tools)\//, /^extension\/node_modules\/(typescript|@vscode\/vsce|@types)\//, /\.vsix$/];

/**
 * Checks a built .vsix the way a user's VS Code would meet it: a manifest that activates on the
 * right files and contributes the settings and the schema, the entry point, the language client
 * library, and a server jar that really holds the language server.
 */
export function inspectVsix(vsix: Buffer, expectations: VsixExpectations): VsixReport {
  const problems: string[] = [];
  const entries = zipEntries(vsix);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const read = (name: string): Buffer | undefined => {
    const entry = byName.get(name);
    return entry ? readZipEntry(vsix, entry) : undefined;
  };

  const manifestBytes = read('extension/package.json');
  if (!manifestBytes) {
    return { listing: listing(entries), problems: ['no extension/package.json'] };
  }
  const manifest = JSON.parse(manifestBytes.toString('utf8'));
  for (const field of ['name', 'publisher', 'version', 'main']) {
    if (typeof manifest[field] !== 'string' || !manifest[field]) {
      problems.push(`package.json has no ${field}`);
    }
  }
  if (typeof manifest.engines?.vscode !== 'string') {
    problems.push('package.json has no engines.vscode');
  }
  if (typeof manifest.main === 'string' && !byName.has(inExtension(manifest.main))) {
    problems.push(`the entry point ${manifest.main} is not in the package`);
  }
  for (const event of REQUIRED_ACTIVATION) {
    if (!(manifest.activationEvents ?? []).includes(event)) {
      problems.push(`activationEvents lacks ${event}`);
    }
  }
  const settings = Object.keys(manifest.contributes?.configuration?.properties ?? {});
  for (const setting of REQUIRED_SETTINGS) {
    if (!settings.includes(setting)) {
      problems.push(`contributes.configuration lacks ${setting}`);
    }
  }
  checkSchemas(manifest, read, problems);
  checkJar(read(JAR), problems);
  checkClientLibrary(manifest, read, problems);

  for (const [name, source] of Object.entries(expectations.copiedFrom)) {
    const packaged = read(name);
    if (!packaged) {
      problems.push(`${name} is missing`);
    } else if (sha256(packaged) !== sha256(source)) {
      problems.push(`${name} differs from its source: run npm run package again`);
    }
  }
  for (const entry of entries) {
    if (NOT_SHIPPED.some((pattern) => pattern.test(entry.name))) {
      problems.push(`${entry.name} should not be in the package`);
    }
  }
  return { listing: listing(entries), problems, main: typeof manifest.main === 'string' ? manifest.main : undefined };
}

function checkSchemas(manifest: any, read: (name: string) => Buffer | undefined, problems: string[]): void {
  const validations: Array<{ fileMatch?: unknown; url?: unknown }> = manifest.contributes?.jsonValidation ?? [];
  const forTuningJobs = validations.find(
    (validation) => Array.isArray(validation.fileMatch) && validation.fileMatch.includes('*.hpo.json'),
  );
  if (!forTuningJobs || typeof forTuningJobs.url !== 'string') {
    problems.push('contributes.jsonValidation has no schema for *.hpo.json');
    return;
  }
  const schema = read(inExtension(forTuningJobs.url));
  if (!schema) {
    problems.push(`the schema ${forTuningJobs.url} is not in the package`);
    return;
  }
  try {
    const parsed = JSON.parse(schema.toString('utf8'));
    if (typeof parsed.$schema !== 'string' || !parsed.title) {
      problems.push(`${forTuningJobs.url} is not a JSON Schema with a $schema and a title`);
    }
  } catch (error) {
    problems.push(`${forTuningJobs.url} is not JSON: ${(error as Error).message}`);
  }
}

function checkJar(jar: Buffer | undefined, problems: string[]): void {
  if (!jar) {
    problems.push(`${JAR} is missing`);
    return;
  }
  try {
    const inner = zipEntries(jar);
    const names = new Set(inner.map((entry) => entry.name));
    if (!names.has(SERVER_CLASS)) {
      problems.push(`${JAR} does not contain the language server (${SERVER_CLASS})`);
    }
    const manifestEntry = inner.find((entry) => entry.name === 'META-INF/MANIFEST.MF');
    const manifest = manifestEntry ? readZipEntry(jar, manifestEntry).toString('utf8') : '';
    if (!/^Main-Class:\s*\S+/m.test(manifest)) {
      problems.push(`${JAR} has no Main-Class, so java -jar cannot start it`);
    }
  } catch (error) {
    problems.push(`${JAR} is not a jar: ${(error as Error).message}`);
  }
}

function checkClientLibrary(manifest: any, read: (name: string) => Buffer | undefined, problems: string[]): void {
  for (const [name, version] of Object.entries<string>(manifest.dependencies ?? {})) {
    const packaged = read(`extension/node_modules/${name}/package.json`);
    if (!packaged) {
      problems.push(`the runtime dependency ${name} is not in the package`);
    } else if (JSON.parse(packaged.toString('utf8')).version !== version) {
      problems.push(`the packaged ${name} is not the pinned ${version}`);
    }
  }
}

/** Every file outside node_modules, then one line per packaged library with its file count. */
function listing(entries: ZipEntry[]): string[] {
  const lines: string[] = [];
  const libraries = new Map<string, number>();
  for (const entry of entries) {
    const library = /^extension\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(entry.name);
    if (library) {
      libraries.set(library[1], (libraries.get(library[1]) ?? 0) + 1);
    } else {
      lines.push(`${String(entry.size).padStart(10)}  ${entry.name}`);
    }
  }
  for (const [library, count] of [...libraries].sort()) {
    lines.push(`${`${count} files`.padStart(10)}  extension/node_modules/${library}/`);
  }
  return lines;
}

function inExtension(relative: string): string {
  return path.posix.join('extension', path.posix.normalize(relative.replace(/\\/g, '/')));
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
