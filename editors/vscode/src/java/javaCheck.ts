import { describeOrigin, JavaOrigin } from './javaLocator';
import { MINIMUM_JAVA, parseJavaMajorVersion } from './javaVersion';

/** What running `java -version` gave: its output, or the error that kept it from running. */
export type VersionRun =
  | { readonly ran: true; readonly output: string }
  | { readonly ran: false; readonly error: string };

export type JavaVerdict =
  | { readonly usable: true; readonly major: number | undefined; readonly note?: string }
  | { readonly usable: false; readonly message: string };

/**
 * Decides whether a Java can run the server, from what `java -version` printed. A Java whose
 * version cannot be read is given the benefit of the doubt, with a note for the log: refusing an
 * unusual but recent JVM would be worse than a failed start, which explains itself.
 */
export function judgeJava(executable: string, origin: JavaOrigin, run: VersionRun): JavaVerdict {
  const where = `${describeOrigin(origin)} (${executable})`;
  if (!run.ran) {
    return {
      usable: false,
      message:
        `hpolint could not run ${where}: ${run.error}. ` +
        'Install Java 17 or later, or set hpolint.java.home to a working Java 17 or later.',
    };
  }
  const major = parseJavaMajorVersion(run.output);
  if (major === undefined) {
    return {
      usable: true,
      major,
      note: `could not read the Java version of ${where} from: ${firstLine(run.output)}`,
    };
  }
  if (major < MINIMUM_JAVA) {
    return {
      usable: false,
      message:
        `hpolint needs Java ${MINIMUM_JAVA} or later, but ${where} is Java ${major}. ` +
        `Install Java ${MINIMUM_JAVA} or later and set hpolint.java.home to its folder.`,
    };
  }
  return { usable: true, major };
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line || '(nothing)';
}

/**
 * What a finished `java -version` amounts to. Java prints its version on standard error and exits
 * with 0; a Java that cannot start (a broken install, bad JAVA_TOOL_OPTIONS) exits with an error,
 * and its output is the reason.
 */
export function versionRunFrom(
  error: { message: string; code?: unknown } | null,
  stdout: string,
  stderr: string,
): VersionRun {
  const output = `${stderr}${stdout}`;
  if (!error) {
    return { ran: true, output };
  }
  if (error.code === 'ENOENT') {
    return { ran: false, error: 'no such program' };
  }
  if (error.code === 'EACCES') {
    return { ran: false, error: 'it is not executable' };
  }
  if (parseJavaMajorVersion(output) !== undefined) {
    return { ran: true, output };
  }
  const reason = output.trim() ? firstLine(output) : error.message;
  return { ran: false, error: reason };
}
