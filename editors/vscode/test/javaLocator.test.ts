import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JavaSearch, locateJava } from '../src/java/javaLocator';

function search(overrides: Partial<JavaSearch> & { files?: string[] }): JavaSearch {
  const files = new Set(overrides.files ?? []);
  return {
    setting: overrides.setting,
    env: overrides.env ?? {},
    platform: overrides.platform ?? 'linux',
    homeDir: overrides.homeDir ?? '/home/ada',
    isFile: (candidate) => files.has(candidate),
  };
}

test('the setting wins over JAVA_HOME and the PATH', () => {
  const found = locateJava(
    search({
      setting: '/opt/jdk-21',
      env: { JAVA_HOME: '/usr/lib/jvm/java-11', PATH: '/usr/bin' },
      files: ['/opt/jdk-21/bin/java', '/usr/lib/jvm/java-11/bin/java', '/usr/bin/java'],
    }),
  );
  assert.deepEqual(found, { kind: 'found', executable: '/opt/jdk-21/bin/java', origin: 'setting' });
});

test('the setting may name the java program itself, or start with ~', () => {
  assert.deepEqual(
    locateJava(search({ setting: '/opt/jdk-21/bin/java', files: ['/opt/jdk-21/bin/java'] })),
    { kind: 'found', executable: '/opt/jdk-21/bin/java', origin: 'setting' },
  );
  assert.deepEqual(
    locateJava(search({ setting: '~/jdks/temurin-17', files: ['/home/ada/jdks/temurin-17/bin/java'] })),
    { kind: 'found', executable: '/home/ada/jdks/temurin-17/bin/java', origin: 'setting' },
  );
});

test('a setting that names no Java is reported, not passed over', () => {
  const located = locateJava(
    search({ setting: '/opt/nothing-here', env: { PATH: '/usr/bin' }, files: ['/usr/bin/java'] }),
  );
  assert.equal(located.kind, 'missing');
  assert.match(located.kind === 'missing' ? located.message : '', /hpolint\.java\.home is set to "\/opt\/nothing-here"/);
  assert.match(located.kind === 'missing' ? located.message : '', /\/opt\/nothing-here\/bin\/java/);
});

test('JAVA_HOME comes next, then the PATH in order', () => {
  assert.deepEqual(
    locateJava(search({ env: { JAVA_HOME: '/usr/lib/jvm/temurin-17', PATH: '/usr/bin' }, files: ['/usr/lib/jvm/temurin-17/bin/java', '/usr/bin/java'] })),
    { kind: 'found', executable: '/usr/lib/jvm/temurin-17/bin/java', origin: 'JAVA_HOME' },
  );
  assert.deepEqual(
    locateJava(search({ env: { JAVA_HOME: '/stale/jdk', PATH: '/usr/local/bin::/usr/bin:/bin' }, files: ['/usr/bin/java', '/bin/java'] })),
    { kind: 'found', executable: '/usr/bin/java', origin: 'PATH' },
  );
});

test('on Windows it looks for java.exe, with ; between PATH entries', () => {
  const located = locateJava(
    search({
      platform: 'win32',
      homeDir: 'C:\\Users\\ada',
      env: { Path: 'C:\\Windows\\system32;"C:\\Program Files\\Eclipse Adoptium\\jdk-17\\bin"' },
      files: ['C:\\Program Files\\Eclipse Adoptium\\jdk-17\\bin\\java.exe'],
    }),
  );
  assert.deepEqual(located, {
    kind: 'found',
    executable: 'C:\\Program Files\\Eclipse Adoptium\\jdk-17\\bin\\java.exe',
    origin: 'PATH',
  });
});

test('no Java anywhere gives a message that says where hpolint looked and what to do', () => {
  const located = locateJava(search({ env: { JAVA_HOME: '/stale/jdk', PATH: '/usr/bin' } }));
  assert.equal(located.kind, 'missing');
  const message = located.kind === 'missing' ? located.message : '';
  assert.match(message, /Java 17 or later/);
  assert.match(message, /hpolint\.java\.home is not set/);
  assert.match(message, /JAVA_HOME is "\/stale\/jdk" but has no bin\/java/);
  assert.match(message, /no java on the PATH/);
  assert.match(message, /set hpolint\.java\.home/);
});
