import * as path from 'node:path';
import { BUNDLED_JAR } from '../src/serverCommand';

/** The extension's folder (editors/vscode), from a compiled file in out/tools or out/test. */
export const EXTENSION_ROOT = path.resolve(__dirname, '..', '..');
const REPOSITORY_ROOT = path.resolve(EXTENSION_ROOT, '..', '..');

/**
 * The files the package takes from the rest of the repository: the server jar Maven builds, and
 * the request schema. `packaged` is the path inside the extension, `source` the repository file.
 */
export const COPIED_ASSETS = [
  {
    source: path.join(REPOSITORY_ROOT, 'cli', 'target', 'hpolint.jar'),
    packaged: BUNDLED_JAR,
    missingHint: 'build it first, from the repository root: mvn -B -pl cli -am package -DskipTests',
  },
  {
    source: path.join(
      REPOSITORY_ROOT,
      'schema',
      'src',
      'main',
      'resources',
      'dev',
      'hpolint',
      'schema',
      'create-hyper-parameter-tuning-job.schema.json',
    ),
    packaged: path.join('schemas', 'create-hyper-parameter-tuning-job.schema.json'),
    missingHint: 'the repository checkout is incomplete',
  },
] as const;
