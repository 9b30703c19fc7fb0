import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJavaMajorVersion } from '../src/java/javaVersion';

test('reads the release from what common Java builds print', () => {
  const cases: Array<[string, number]> = [
    [
      'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\nOpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)\n',
      17,
    ],
    ['openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment Temurin-21+35 (build 21+35)\n', 21],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)\n', 8],
    ['java version "11.0.2" 2019-01-15 LTS\r\nJava(TM) SE Runtime Environment 18.9 (build 11.0.2+9-LTS)\r\n', 11],
    ['openjdk version "23-ea" 2024-09-17\n', 23],
    ['openjdk version "1.7.0_95"\n', 7],
  ];
  for (const [output, major] of cases) {
    assert.equal(parseJavaMajorVersion(output), major, output);
  }
});

test('skips notices printed before the version line', () => {
  const output =
    'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nPicked up _JAVA_OPTIONS: -Xmx1g\nopenjdk version "17.0.2" 2022-01-18\n';
  assert.equal(parseJavaMajorVersion(output), 17);
});

test('gives nothing for output that names no version', () => {
  assert.equal(parseJavaMajorVersion(''), undefined);
  assert.equal(parseJavaMajorVersion('Error: could not create the Java Virtual Machine.'), undefined);
  assert.equal(parseJavaMajorVersion('openjdk version "unknown"'), undefined);
});
