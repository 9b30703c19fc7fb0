import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { VersionRun, versionRunFrom } from './javaCheck';

/** Runs `java -version`; never rejects, whatever the program does. */
export function runJavaVersion(executable: string): Promise<VersionRun> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 30_000, windowsHide: true }, (error, stdout, stderr) =>
      resolve(versionRunFrom(error, String(stdout), String(stderr))),
    );
  });
}

/** True for an existing file; false for a folder, a missing path or one that cannot be read. */
export function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}
