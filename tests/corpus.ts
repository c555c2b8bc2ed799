// Locates the shared corpus (../shared/corpus, or $CABLE_CORPUS) and lists its files for corpus-driven suites.
// Reads in place only: nothing from the corpus is ever copied into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

/** Absolute path of the corpus folder. */
export const corpusDir: string = resolve(projectRoot, process.env.CABLE_CORPUS ?? '../shared/corpus');

/** True when the corpus is present. Under CI=true its absence is an error, not a skip. */
export function hasCorpus(): boolean {
  const present = existsSync(join(corpusDir, 'README.md'));
  if (!present && process.env.CI === 'true') {
    throw new Error(
      `Cable corpus not found at ${corpusDir} (set CABLE_CORPUS); it is required under CI=true.`,
    );
  }
  if (!present) console.warn(`[corpus] not found at ${corpusDir}: corpus suites are skipped.`);
  return present;
}

/** Files in a corpus subfolder matching an extension, sorted, as absolute paths. */
export function corpusFiles(sub: string, ext: string): string[] {
  const dir = join(corpusDir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads a corpus file as UTF-8. */
export function readCorpus(path: string): string {
  return readFileSync(path, 'utf8');
}
