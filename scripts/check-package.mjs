// After `wxt zip` (`npm run zip`, `npm run zip:firefox`): the archive holds the whole build, the build breaks no
// store rule (tests/build/store-rules.ts), and for Firefox `web-ext lint` finds nothing but Preact's known warning
// and the sources archive AMO asks for is there. A failing archive is deleted, so none is left to upload by mistake.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const target = process.argv[2];
const root = resolve(import.meta.dirname, '..');
const output = join(root, '.output');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };
if (!(target in BUILDS)) {
  console.error('usage: node scripts/check-package.mjs chrome|firefox');
  process.exit(1);
}

const buildDir = join(output, BUILDS[target]);
const zip = join(output, `${pkg.name}-${pkg.version}-${target}.zip`);
const sources = join(output, `${pkg.name}-${pkg.version}-sources.zip`);
const { storeProblems } = await tsImport('../tests/build/store-rules.ts', import.meta.url);
const { zipEntries } = await tsImport('../tests/build/zip-entries.ts', import.meta.url);

function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const problems = [];
let entries = [];
try {
  entries = zipEntries(zip).filter((name) => !name.endsWith('/'));
} catch (error) {
  problems.push(`${relative(root, zip)}: ${error.message}`);
}
if (entries.length) {
  const missing = filesOf(buildDir).filter((f) => !entries.includes(f));
  if (missing.length) problems.push(`the archive lacks ${missing.join(', ')}`);
  if (!entries.includes('manifest.json')) problems.push('the archive has no manifest.json at its root');
}
problems.push(...storeProblems(buildDir));
if (target === 'firefox') {
  const { lint, lintProblems } = await tsImport('../tests/build/web-ext-lint.ts', import.meta.url);
  problems.push(...lintProblems(buildDir, await lint(buildDir)).map((p) => `web-ext lint: ${p}`));
  try {
    if (!zipEntries(sources).includes('package.json'))
      problems.push('the sources archive has no package.json');
  } catch (error) {
    problems.push(`sources archive: ${error.message}`);
  }
}

if (problems.length) {
  console.error(
    `\n${relative(root, zip)} is not fit to upload:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  rmSync(zip, { force: true });
  process.exit(1);
}
const size = (file) => `${(statSync(file).size / 1024).toFixed(0)} KiB`;
console.log(`\n${relative(root, zip)} (${size(zip)}, ${entries.length} files): fit to upload.`);
if (target === 'firefox')
  console.log(`${relative(root, sources)} (${size(sources)}): the sources AMO asks for.`);
