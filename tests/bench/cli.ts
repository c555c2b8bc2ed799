// Batch CLI benchmark: the 652 corpus cables (52 texts, 600 archive pages), then the same set repeated to 100 MB,
// through `cable-reader DIR --format jsonl --out TMP` at --jobs 1 and 2: files/s, MB/s and the peak RSS of the
// process (worker threads included). Reports figures and the machine's load; asserts none.
//
// Usage: tsx tests/bench/cli.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { corpusFiles, hasCorpus } from '../corpus';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/cable-reader.js');
const TARGET_BYTES = 100 * 1024 * 1024;
const GOAL_MB_S = 20;
const GOAL_RSS_MB = 300;

/** A folder of links to the corpus files, repeated until it holds `bytes` (links: the corpus is never copied). */
function linkFolder(dir: string, files: readonly string[], bytes: number): { count: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let total = 0;
  let count = 0;
  for (let round = 0; count === 0 || total < bytes; round++) {
    for (const file of files) {
      symlinkSync(file, join(dir, `${round}-${basename(file)}`));
      total += statSync(file).size;
      count++;
    }
  }
  return { count, bytes: total };
}

function measure(
  dir: string,
  jobs: number,
  out: string,
): { seconds: number; rssMb: number; summary: string } {
  rmSync(out, { recursive: true, force: true });
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : [];
  const args = [process.execPath, bin, dir, '--format', 'jsonl', '--out', out, '--jobs', String(jobs)];
  const started = process.hrtime.bigint();
  const r = spawnSync(
    time[0] ?? (args[0] as string),
    [...time.slice(1), ...(time.length ? args : args.slice(1))],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = r.stderr.trimEnd().split('\n');
  const rssKb = time.length ? Number(lines[lines.length - 1]) : Number.NaN;
  return {
    seconds,
    rssMb: rssKb / 1024,
    summary: lines.find((l) => l.startsWith('cable-reader:')) ?? r.stderr,
  };
}

if (!hasCorpus()) {
  console.log('bench cli: corpus not found; nothing measured.');
} else {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
  const files = [...corpusFiles('cables', '.txt'), ...corpusFiles('pages/archive', '.html')];
  const work = mkdtempSync(join(tmpdir(), 'cable-reader-bench-'));
  const sets = [
    {
      name: `corpus (${files.length} cables)`,
      ...linkFolder(join(work, 'corpus'), files, 0),
      dir: join(work, 'corpus'),
    },
    {
      name: 'corpus repeated to 100 MB',
      ...linkFolder(join(work, 'big'), files, TARGET_BYTES),
      dir: join(work, 'big'),
    },
  ];
  console.log(
    `bench cli: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const set of sets) {
    for (const jobs of [1, 2]) {
      const m = measure(set.dir, jobs, join(work, 'out'));
      const mb = set.bytes / 1e6;
      console.log(
        `${set.name.padEnd(28)} --jobs ${jobs}: ${set.count} files, ${mb.toFixed(1)} MB in ${m.seconds.toFixed(1)} s = ` +
          `${(set.count / m.seconds).toFixed(1)} files/s, ${(mb / m.seconds).toFixed(1)} MB/s, peak RSS ${m.rssMb.toFixed(0)} MB`,
      );
      console.log(`  ${m.summary}`);
    }
  }
  console.log(
    `goal: >= ${GOAL_MB_S} MB/s with --jobs 2, peak RSS < ${GOAL_RSS_MB} MB (figures only, no assertion)`,
  );
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  rmSync(work, { recursive: true, force: true });
}
