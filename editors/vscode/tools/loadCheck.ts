import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readZipEntry, zipEntries } from './zip';

/**
 * Unpacks a .vsix and loads its entry point in a bare Node.js, with a stand-in for the `vscode`
 * module (which only VS Code provides): a require that fails there is a runtime dependency that
 * the package lacks. Returns the problem, or undefined when the extension loads and exports
 * activate and deactivate.
 */
export function loadProblem(vsix: Buffer, main: string): string | undefined {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hpolint-vsix-'));
  try {
    for (const entry of zipEntries(vsix)) {
      if (!entry.name.startsWith('extension/') || entry.name.endsWith('/') || entry.name.endsWith('.jar')) {
        continue;
      }
      const target = path.join(folder, ...entry.name.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, readZipEntry(vsix, entry));
    }
    const entryPoint = path.join(folder, 'extension', ...path.posix.normalize(main).split('/'));
    const result = spawnSync(process.execPath, ['-e', LOADER, entryPoint], { encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) {
      return `the packaged extension does not load: ${(result.stderr || result.stdout || String(result.error)).trim()}`;
    }
    return undefined;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

// Any property of the stand-in is the stand-in again, callable and constructible, so that modules
// which subclass or call vscode's API while loading still load.
const LOADER = `
const Module = require('module');
const stub = new Proxy(function () {}, {
  get: (target, key) => (key === '__esModule' ? false : key === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  construct: () => stub,
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
const extension = require(process.argv[1]);
for (const name of ['activate', 'deactivate']) {
  if (typeof extension[name] !== 'function') {
    console.error('the entry point exports no ' + name + ' function');
    process.exit(1);
  }
}
`;
