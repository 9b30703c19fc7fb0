import * as path from 'node:path';
import { expandHome } from './java/javaLocator';

/**
 * The settings in the form hpolint's language server reads them (lsp-server's SettingsReader):
 * `{"hpolint": {"rules": {"RULE-ID": "off|error|warning|info"}, "configFile": "/abs/path"}}`.
 * Sent as `initializationOptions` and with every `workspace/didChangeConfiguration`.
 */
export interface ServerSettings {
  readonly hpolint: {
    readonly rules: Record<string, RuleLevel>;
    readonly configFile?: string;
  };
}

export type RuleLevel = 'off' | 'error' | 'warning' | 'info';
const LEVELS: readonly string[] = ['off', 'error', 'warning', 'info'];

/** The `hpolint.*` settings as VS Code hands them over: anything a settings.json can hold. */
export interface EditorSettings {
  readonly rules: unknown;
  readonly configFile: unknown;
}

export interface SettingsContext {
  /** The first workspace folder, for relative paths; undefined when a lone file is open. */
  readonly workspaceFolder: string | undefined;
  readonly homeDir: string;
  readonly platform: NodeJS.Platform;
}

export interface MappedSettings {
  readonly settings: ServerSettings;
  /** What was left out and why, for the hpolint output. */
  readonly warnings: string[];
}

/**
 * Turns the editor's settings into the server's. Values the server would reject are left out here,
 * with a warning in the output, so that the server gets only what it can use.
 */
export function toServerSettings(editor: EditorSettings, context: SettingsContext): MappedSettings {
  const warnings: string[] = [];
  const rules = mapRules(editor.rules, warnings);
  const configFile = mapConfigFile(editor.configFile, context, warnings);
  return {
    settings: { hpolint: configFile === undefined ? { rules } : { rules, configFile } },
    warnings,
  };
}

function mapRules(raw: unknown, warnings: string[]): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {};
  if (raw === undefined || raw === null) {
    return rules;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push('hpolint.rules must map rule ids to off, error, warning or info; ignored.');
    return rules;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    // Rule ids are upper case (HPO-ENUM-CASE); a lower-case key in settings.json still means the rule.
    const id = key.trim().toUpperCase();
    const level = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    if (!id) {
      continue;
    }
    if (level === undefined || !LEVELS.includes(level)) {
      warnings.push(
        `hpolint.rules.${key} must be off, error, warning or info, not ${JSON.stringify(value)}; ` +
          'the rule keeps its default.',
      );
      continue;
    }
    rules[id] = level as RuleLevel;
  }
  return rules;
}

function mapConfigFile(raw: unknown, context: SettingsContext, warnings: string[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') {
    return undefined;
  }
  if (typeof raw !== 'string') {
    warnings.push(`hpolint.configFile must be a path, not ${JSON.stringify(raw)}; ignored.`);
    return undefined;
  }
  const resolved = resolveConfigPath(raw, context);
  if (resolved === undefined) {
    warnings.push(
      `hpolint.configFile "${raw}" is a relative path, and no workspace folder is open to read it ` +
        'from; ignored. Use an absolute path or open the folder.',
    );
  }
  return resolved;
}

/**
 * An absolute path for the configuration file: `~` and `${userHome}` are the home folder,
 * `${workspaceFolder}` the first workspace folder, and a relative path is read from that folder.
 * Undefined when the path needs a workspace folder and none is open.
 */
export function resolveConfigPath(value: string, context: SettingsContext): string | undefined {
  const pathApi = context.platform === 'win32' ? path.win32 : path.posix;
  const trimmed = value.trim();
  if (!trimmed) {
    return undefined;
  }
  const needsFolder = trimmed.includes('${workspaceFolder}');
  if (needsFolder && context.workspaceFolder === undefined) {
    return undefined;
  }
  const substituted = trimmed
    .split('${workspaceFolder}')
    .join(context.workspaceFolder ?? '')
    .split('${userHome}')
    .join(context.homeDir);
  const expanded = expandHome(substituted, context.homeDir, pathApi);
  if (pathApi.isAbsolute(expanded)) {
    return pathApi.normalize(expanded);
  }
  if (context.workspaceFolder === undefined) {
    return undefined;
  }
  return pathApi.resolve(context.workspaceFolder, expanded);
}
