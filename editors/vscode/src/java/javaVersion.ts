/**
 * Reads the Java feature release (8, 11, 17, 21, ...) from what `java -version` prints. Vendors
 * word the first line differently ("openjdk version", "java version", a JAVA_TOOL_OPTIONS notice
 * before it), but all quote the version string, which is either "1.8.0_392" (Java 8 and older) or
 * "17.0.15", "21", "22-ea" (Java 9 and later).
 */

const QUOTED_VERSION = /\bversion\s+"([^"]+)"/i;

/** The feature release, or undefined when the text names no version that can be read. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  for (const line of versionOutput.split(/\r?\n/)) {
    const quoted = QUOTED_VERSION.exec(line);
    if (quoted) {
      return majorOf(quoted[1]);
    }
  }
  return undefined;
}

function majorOf(version: string): number | undefined {
  const leading = /^(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!leading) {
    return undefined;
  }
  const first = Number(leading[1]);
  // Up to Java 8 the feature release was the second number: "1.8.0_392" is Java 8.
  if (first === 1 && leading[2] !== undefined) {
    return Number(leading[2]);
  }
  return first;
}

/** The oldest Java that runs hpolint's language server (the jar is compiled for Java 17). */
export const MINIMUM_JAVA = 17;
