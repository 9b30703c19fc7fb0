import * as fs from 'node:fs';
import * as path from 'node:path';
import { COPIED_ASSETS, EXTENSION_ROOT } from './assets';
import { loadProblem } from './loadCheck';
import { inspectVsix } from './vsixContents';

/** `npm run check-vsix`: lists the built .vsix and fails when it lacks what users need. */
function main(argv: string[]): number {
  const vsixPath = path.resolve(EXTENSION_ROOT, argv[0] ?? 'hpolint.vsix');
  if (!fs.existsSync(vsixPath)) {
    console.error(`check-vsix: ${vsixPath} does not exist; build it with npm run package`);
    return 1;
  }
  const copiedFrom: Record<string, Buffer> = {};
  for (const asset of COPIED_ASSETS) {
    if (fs.existsSync(asset.source)) {
      copiedFrom[`extension/${asset.packaged.split(path.sep).join('/')}`] = fs.readFileSync(asset.source);
    }
  }
  const vsix = fs.readFileSync(vsixPath);
  const report = inspectVsix(vsix, { copiedFrom });
  if (report.problems.length === 0 && report.main) {
    const problem = loadProblem(vsix, report.main);
    if (problem) {
      report.problems.push(problem);
    }
  }
  console.log(`${path.basename(vsixPath)} (${fs.statSync(vsixPath).size} bytes):`);
  report.listing.forEach((line) => console.log(`  ${line}`));
  if (report.problems.length > 0) {
    report.problems.forEach((problem) => console.error(`check-vsix: ${problem}`));
    return 1;
  }
  console.log('check-vsix: manifest, entry point, language client, server jar and schema are in place, and the extension loads');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
