import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUNDLED_JAR, DOCUMENT_SELECTOR, serverCommand } from '../src/serverCommand';

test('the server is the bundled jar in lsp mode, run by the Java that was found', () => {
  assert.deepEqual(serverCommand('/opt/jdk-17/bin/java', '/ext/server/hpolint.jar'), {
    command: '/opt/jdk-17/bin/java',
    args: ['-jar', '/ext/server/hpolint.jar', 'lsp'],
  });
  assert.match(BUNDLED_JAR, /^server[\\/]hpolint\.jar$/);
});

test('JSON and YAML documents, saved or not, and named tuning jobs go to the server', () => {
  const languages = DOCUMENT_SELECTOR.flatMap((selector) => ('language' in selector ? [selector.language] : []));
  assert.deepEqual([...new Set(languages)].sort(), ['json', 'yaml']);
  assert.ok(DOCUMENT_SELECTOR.some((selector) => 'pattern' in selector && selector.pattern === '**/*.hpo.{json,yaml,yml}'));
});
