import * as path from 'node:path';

/** Where the Java that runs the server comes from, in the words a user would recognise. */
export type JavaOrigin = 'setting' | 'JAVA_HOME' | 'PATH';

export type LocatedJava =
  | { readonly kind: 'found'; readonly executable: string; readonly origin: JavaOrigin }
  | { readonly kind: 'missing'; readonly message: string };

export interface JavaSearch {
  /** The value of `hpolint.java.home`, as the user typed it. */
  readonly setting: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homeDir: string;
  /** True when the path is an existing file (not a folder). */
  readonly isFile: (candidate: string) => boolean;
}

/**
 * Finds the `java` to start the server with: the `hpolint.java.home` setting, else `JAVA_HOME`,
 * else the first `java` on the `PATH`. The setting wins outright: when it names nothing usable the
 * user is told so, rather than hpolint quietly starting some other Java.
 */
export function locateJava(search: JavaSearch): LocatedJava {
  const pathApi = search.platform === 'win32' ? path.win32 : path.posix;
  const setting = search.setting?.trim();
  if (setting) {
    const expanded = expandHome(setting, search.homeDir, pathApi);
    const executable = javaIn(expanded, search, pathApi);
    if (executable) {
      return { kind: 'found', executable, origin: 'setting' };
    }
    return {
      kind: 'missing',
      message:
        `hpolint.java.home is set to "${setting}", but there is no Java there ` +
        `(looked for ${pathApi.join(expanded, 'bin', javaName(search.platform))}). ` +
        'Set it to the folder of a Java 17 or later installation (the folder that contains bin/java), ' +
        'or clear it to use JAVA_HOME or the java on your PATH.',
    };
  }

  const javaHome = search.env.JAVA_HOME?.trim();
  const fromJavaHome = javaHome ? javaIn(javaHome, search, pathApi) : undefined;
  if (fromJavaHome) {
    return { kind: 'found', executable: fromJavaHome, origin: 'JAVA_HOME' };
  }

  const onPath = findOnPath(search, pathApi);
  if (onPath) {
    return { kind: 'found', executable: onPath, origin: 'PATH' };
  }

  const javaHomeNote = javaHome
    ? `JAVA_HOME is "${javaHome}" but has no bin/${javaName(search.platform)}`
    : 'JAVA_HOME is not set';
  return {
    kind: 'missing',
    message:
      'hpolint needs Java 17 or later to run its language server, and found none: ' +
      `hpolint.java.home is not set, ${javaHomeNote}, and there is no java on the PATH. ` +
      'Install Java 17 or later (for example Eclipse Temurin), then set hpolint.java.home to its folder.',
  };
}

/** How each origin is named in messages: "hpolint.java.home", "JAVA_HOME", "the PATH". */
export function describeOrigin(origin: JavaOrigin): string {
  switch (origin) {
    case 'setting':
      return 'hpolint.java.home';
    case 'JAVA_HOME':
      return 'JAVA_HOME';
    case 'PATH':
      return 'the java on the PATH';
  }
}

/** A Java home folder's java, or the java program itself when the path names it directly. */
function javaIn(location: string, search: JavaSearch, pathApi: path.PlatformPath): string | undefined {
  const inBin = pathApi.join(location, 'bin', javaName(search.platform));
  if (search.isFile(inBin)) {
    return inBin;
  }
  const base = pathApi.basename(location).toLowerCase();
  if ((base === 'java' || base === 'java.exe') && search.isFile(location)) {
    return location;
  }
  return undefined;
}

function findOnPath(search: JavaSearch, pathApi: path.PlatformPath): string | undefined {
  const pathValue = search.env.PATH ?? search.env.Path ?? '';
  for (const directory of pathValue.split(pathApi.delimiter)) {
    const trimmed = directory.trim().replace(/^"(.*)"$/, '$1');
    if (!trimmed) {
      continue;
    }
    const candidate = pathApi.join(trimmed, javaName(search.platform));
    if (search.isFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

function javaName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** Expands a leading "~" the way a shell would, since settings are not read by a shell. */
export function expandHome(value: string, homeDir: string, pathApi: path.PlatformPath = path): string {
  if (value === '~') {
    return homeDir;
  }
  if (value.startsWith('~/') || value.startsWith('~\\')) {
    return pathApi.join(homeDir, value.slice(2));
  }
  return value;
}
