import * as fs from 'node:fs';
import * as path from 'node:path';
import { COPIED_ASSETS, EXTENSION_ROOT } from './assets';

/**
 * Copies the server jar and the schema into the extension before vsce packages it. Building the
 * jar stays Maven's job; this only says how when it is missing.
 */
function main(): number {
  for (const asset of COPIED_ASSETS) {
    if (!fs.existsSync(asset.source)) {
      console.error(`hpolint extension: ${asset.source} is missing; ${asset.missingHint}`);
      return 1;
    }
    const target = path.join(EXTENSION_ROOT, asset.packaged);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(asset.source, target);
    console.log(`copied ${path.relative(EXTENSION_ROOT, asset.source)} -> ${asset.packaged}`);
  }
  return 0;
}

process.exitCode = main();
