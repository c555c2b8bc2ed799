// The batch command end to end (`node bin/cable-reader.js`, built first): a folder of corpus files with a bad file
// in the middle, a CSV dump written here in the archive's format, jsonl on stdout, --jobs 2 against --jobs 1; and
// the hostile inputs of a single run: /dev/zero, /dev/urandom, an endless stdin, a closed stdout, bad UTF-8, UTF-16.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusDir, corpusFiles, hasCorpus } from '../corpus';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/cable-reader.js');
const dir = mkdtempSync(join(tmpdir(), 'cable-reader-batch-'));

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
}, 120_000);

// Records in the archive dump's shape (row, date, id, origin, classification, references, header, body; lines
// continued with `\`), written here: no corpus text.
function csvRecord(row: number, id: string, serial: string): string {
  const body = [
    `C O N F I D E N T I A L RURITANIA ${serial}`,
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 01/02/2019',
    'TAGS: PREL RU',
    'SUBJECT: THE HARBOUR',
    '',
    `1. (C) The minister spoke about the harbour, record ${row}.`,
    '',
    '2. (C) He left.',
  ].join(' \\\n');
  return `${row}\t2009-01-0${row} 10:00:00\t${id}\tEmbassy Ruritania\tCONFIDENTIAL\t\tVZCZCXYZ${row} \\\nFM AMEMBASSY RURITANIA\t${body}`;
}

// Each test runs the built CLI as child processes (worker threads included): seconds each on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

describe('batch: a CSV dump of many cables', () => {
  const csv = join(dir, 'cables.csv');
  beforeAll(() => {
    const records = [
      csvRecord(1, '09RURITANIA1', '000001'),
      csvRecord(2, '09RURITANIA2', '000002'),
      csvRecord(3, '09RURITANIA1', '000001'),
    ];
    writeFileSync(csv, `${records.join('\n')}\n`);
  });

  it('writes every record, named by id with collisions resolved, and a summary line', () => {
    const out = join(dir, 'csv-out');
    const r = cli([csv, '--out', out, '--format', 'json', '--jobs', '2']);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '09RURITANIA1-2.json',
      '09RURITANIA1.json',
      '09RURITANIA2.json',
    ]);
    const doc = JSON.parse(readFileSync(join(out, '09RURITANIA2.json'), 'utf8'));
    expect(doc.blocks.map((b: { number: string }) => b.number)).toEqual(['1', '2']);
    expect(r.stderr).toMatch(/^cable-reader: 3 read, 3 written, 0 refused, 0 failed \(/m);
  });

  it('streams one CableDocument a line to stdout with jsonl and no --out', () => {
    const r = cli([csv, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['09RURITANIA1', '09RURITANIA2', '09RURITANIA1']);
  });
});

describe.skipIf(!hasCorpus())('batch: a folder of corpus files', () => {
  const folder = join(dir, 'folder');
  const cables = corpusFiles('cables', '.txt').slice(0, 6);
  const pages = corpusFiles('pages/archive', '.html').slice(0, 6);
  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    // Links, not copies: the corpus stays where it is.
    for (const [i, p] of [...cables.slice(0, 3), ...pages.slice(0, 3)].entries())
      symlinkSync(p, join(folder, `${i}-${p.split('/').pop()}`));
    writeFileSync(join(folder, '3a-news.txt'), 'Nothing here is a cable. Just a note.\n');
    // A link to nothing cannot be read by anyone, root included (a file without permissions can be, by root).
    symlinkSync(join(dir, 'no-such-file.txt'), join(folder, '3b-dangling.txt'));
    for (const [i, p] of [...cables.slice(3), ...pages.slice(3)].entries())
      symlinkSync(p, join(folder, `${i + 4}-${p.split('/').pop()}`));
  });

  it('writes one output per cable, reports the bad files and exits 3', () => {
    const out = join(dir, 'folder-out');
    const r = cli([folder, '--out', out, '--format', 'markdown', '--jobs', '2']);
    expect(r.status).toBe(3);
    expect(readdirSync(out)).toHaveLength(12);
    expect(r.stderr).toMatch(/refused: .*3a-news\.txt: no cable-shaped text/);
    expect(r.stderr).toMatch(/failed: .*3b-dangling\.txt: cannot read .*: no such file/);
    expect(r.stderr).toMatch(/^cable-reader: 14 read, 12 written, 1 refused, 1 failed \(/m);
  });

  it('gives the same output with --jobs 2 as with --jobs 1', () => {
    const one = cli([folder, '--format', 'jsonl', '--jobs', '1']);
    const two = cli([folder, '--format', 'jsonl', '--jobs', '2']);
    expect(one.stdout.split('\n').length).toBeGreaterThanOrEqual(13);
    expect(two.stdout).toBe(one.stdout);
  });

  it('exits quietly when stdout closes early (| head)', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${bin}" "${folder}" "${corpusDir}/pages/archive" --format jsonl | head -c 100 >/dev/null`,
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('single inputs that fight back', () => {
  it('stops /dev/zero at the size limit with a one-line message and exit 1', () => {
    const r = cli(['/dev/zero']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read \/dev\/zero: it is larger than 64 MB/);
  });

  it('stops /dev/urandom at the size limit the same way', () => {
    const r = cli(['/dev/urandom']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read \/dev\/urandom: it is larger than 64 MB/);
  });

  it('stops an endless stdin at the size limit', async () => {
    const child = spawn(process.execPath, [bin, '-'], { cwd: root });
    const chunk = Buffer.alloc(1 << 20, 0x41);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdin.on('error', () => {});
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(chunk)) {}
      if (child.stdin.writable) child.stdin.once('drain', feed);
    };
    feed();
    const status = await new Promise<number | null>((r) => child.on('close', r));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^cable-reader: cannot read stdin: it is larger than 64 MB/);
  }, 60_000);

  it('reads a file with one invalid UTF-8 byte, with a warning', () => {
    const file = join(dir, 'bad-byte.txt');
    const text =
      'C O N F I D E N T I A L RURITANIA 000123\n\nE.O. 12958: DECL: 01/02/2019\nTAGS: PREL RU\nSUBJECT: CAFÉ\n\n1. (C) The caf';
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(text, 'utf8'),
        Buffer.from([0xff]),
        Buffer.from(' is closed.\n\n2. (C) Yes.\n'),
      ]),
    );
    const r = cli(['--format', 'json', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: .*bad-byte\.txt: 1 invalid UTF-8 byte sequence\(s\) replaced/);
    expect(JSON.parse(r.stdout).blocks[0].text).toBe('The caf\uFFFD is closed.');
  });

  it('decodes UTF-16 with a byte-order mark, either byte order', () => {
    const text =
      'C O N F I D E N T I A L RURITANIA 000123\n\nE.O. 12958: DECL: 01/02/2019\nTAGS: PREL RU\nSUBJECT: CAFÉ\n\n1. (C) The café is open.\n\n2. (C) Yes.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const r = cli(['--format', 'json', '-'], bytes);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).blocks[0].text).toBe('The café is open.');
    }
  });
});
