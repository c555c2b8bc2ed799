// Batch CLI benchmark: the 652 corpus cables (52 texts, 600 archive pages), then the same set repeated to 100 MB,
// through `cable-reader DIR --format jsonl --out TMP` at --jobs 1 and 2: files/s, MB/s by the clock and by CPU
// time, and the peak RSS of the process (worker threads included), with the machine's load. Exits non-zero when a
// run is over budget: peak RSS, and the rate by CPU time (the clock's rate depends on what else the machine runs).
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
// The goal on a 2-core machine: 20 MB/s with two jobs, under 300 MB of RSS at any input size. The rate is checked
// by CPU time on the 100 MB set (start-up amortised): MB / ((user + sys) / jobs) is what the run would reach
// with its cores to itself, which on a machine shared with other sessions the clock cannot show.
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

interface Measure {
  seconds: number;
  /** User plus system CPU seconds of the process and its threads. */
  cpuSeconds: number;
  rssMb: number;
  summary: string;
}

function measure(dir: string, jobs: number, out: string): Measure {
  rmSync(out, { recursive: true, force: true });
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M %U %S'] : [];
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
  const [rssKb, user, sys] = time.length
    ? (lines[lines.length - 1] as string).split(' ').map(Number)
    : [Number.NaN, Number.NaN, Number.NaN];
  return {
    seconds,
    cpuSeconds: (user as number) + (sys as number),
    rssMb: (rssKb as number) / 1024,
    summary: lines.find((l) => l.startsWith('cable-reader:')) ?? r.stderr,
  };
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

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
  console.log(`bench cli: ${cpus().length} cores, load average ${load()}`);
  const over: string[] = [];
  for (const set of sets) {
    for (const jobs of [1, 2]) {
      const m = measure(set.dir, jobs, join(work, 'out'));
      const mb = set.bytes / 1e6;
      const byCpu = mb / (m.cpuSeconds / jobs);
      console.log(
        `${set.name.padEnd(28)} --jobs ${jobs}: ${set.count} files, ${mb.toFixed(1)} MB in ${m.seconds.toFixed(1)} s = ` +
          `${(set.count / m.seconds).toFixed(1)} files/s, ${(mb / m.seconds).toFixed(1)} MB/s; CPU ${m.cpuSeconds.toFixed(1)} s = ` +
          `${byCpu.toFixed(1)} MB/s on ${jobs} free core(s); peak RSS ${m.rssMb.toFixed(0)} MB (load ${load()})`,
      );
      console.log(`  ${m.summary}`);
      if (!(m.rssMb < GOAL_RSS_MB))
        over.push(`${set.name} --jobs ${jobs}: peak RSS ${m.rssMb.toFixed(0)} MB`);
      if (set.bytes >= TARGET_BYTES && jobs === 2 && !(byCpu >= GOAL_MB_S))
        over.push(`${set.name} --jobs 2: ${byCpu.toFixed(1)} MB/s by CPU time`);
    }
  }
  rmSync(work, { recursive: true, force: true });
  console.log(
    `budget: >= ${GOAL_MB_S} MB/s by CPU time with --jobs 2 on the 100 MB set, peak RSS < ${GOAL_RSS_MB} MB`,
  );
  if (over.length > 0) {
    console.error(`bench cli: over budget:\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
}
