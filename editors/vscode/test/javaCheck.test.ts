import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeJava, versionRunFrom } from '../src/java/javaCheck';

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6)\n';
const JAVA_11 = 'openjdk version "11.0.22" 2024-01-16\n';

test('Java 17 and later are used as they are', () => {
  assert.deepEqual(judgeJava('/usr/bin/java', 'PATH', { ran: true, output: JAVA_17 }), { usable: true, major: 17 });
  assert.deepEqual(
    judgeJava('/opt/jdk/bin/java', 'setting', { ran: true, output: 'openjdk version "25" 2025-09-16' }),
    { usable: true, major: 25 },
  );
});

test('an older Java is refused with its version, where it came from and what to do', () => {
  const verdict = judgeJava('/usr/lib/jvm/java-11/bin/java', 'JAVA_HOME', { ran: true, output: JAVA_11 });
  assert.equal(verdict.usable, false);
  const message = verdict.usable ? '' : verdict.message;
  assert.match(message, /needs Java 17 or later/);
  assert.match(message, /JAVA_HOME \(\/usr\/lib\/jvm\/java-11\/bin\/java\) is Java 11/);
  assert.match(message, /set hpolint\.java\.home/);
});

test('a Java that does not run is refused with the reason', () => {
  const verdict = judgeJava('/opt/jdk/bin/java', 'setting', { ran: false, error: 'no such program' });
  assert.equal(verdict.usable, false);
  assert.match(verdict.usable ? '' : verdict.message, /could not run hpolint\.java\.home \(\/opt\/jdk\/bin\/java\): no such program/);
});

test('an unreadable version is tried anyway, with a note', () => {
  const verdict = judgeJava('/opt/odd/bin/java', 'PATH', { ran: true, output: 'Odd VM build 2030\n' });
  assert.equal(verdict.usable, true);
  assert.match(verdict.usable ? verdict.note ?? '' : '', /could not read the Java version .* Odd VM build 2030/);
});

test('java -version output is taken from standard error, where Java prints it', () => {
  assert.deepEqual(versionRunFrom(null, '', JAVA_17), { ran: true, output: JAVA_17 });
});

test('failures to run become reasons a user can act on', () => {
  assert.deepEqual(versionRunFrom({ message: 'spawn x ENOENT', code: 'ENOENT' }, '', ''), {
    ran: false,
    error: 'no such program',
  });
  assert.deepEqual(versionRunFrom({ message: 'spawn x EACCES', code: 'EACCES' }, '', ''), {
    ran: false,
    error: 'it is not executable',
  });
  assert.deepEqual(
    versionRunFrom({ message: 'Command failed', code: 1 }, '', 'Error: Could not create the Java Virtual Machine.\nMore\n'),
    { ran: false, error: 'Error: Could not create the Java Virtual Machine.' },
  );
  // Some wrappers exit non-zero yet print the version: the version counts.
  assert.deepEqual(versionRunFrom({ message: 'Command failed', code: 1 }, '', JAVA_11), { ran: true, output: JAVA_11 });
});
