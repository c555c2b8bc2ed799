// The robustness report npm test prints (scripts/robustness-summary.mjs): what it adds up from vitest's JSON
// results, and what it calls missing or short, which fails a full run.
import { describe, expect, it } from 'vitest';
import {
  ATTACKS,
  FAULTS,
  formatRobustness,
  shortfalls,
  tallyRobustness,
  uncounted,
} from '../../scripts/robustness-summary.mjs';

interface Counts {
  attacks?: { kind: string; tried: number; held: number }[];
  writes?: { fault: string; acknowledged: number; found: number }[];
}

/** vitest's JSON report with one file holding a test per entry of `tests`. */
function results(...tests: Counts[]) {
  return {
    testResults: [
      {
        name: '/x/tests/browser/a.test.ts',
        assertionResults: [
          { fullName: 'a plain test', status: 'passed' },
          ...tests.map((t, i) => ({
            fullName: `test ${i}`,
            status: 'passed',
            meta: { robustness: { attacks: t.attacks ?? [], writes: t.writes ?? [] } },
          })),
        ],
      },
    ],
  };
}

/** Every kind and fault counted once, all held. */
function everything(): Counts[] {
  return [
    ...ATTACKS.map((kind) => ({ attacks: [{ kind, tried: 3, held: 3 }] })),
    ...FAULTS.map((fault) => ({ writes: [{ fault, acknowledged: 2, found: 2 }] })),
  ];
}

describe('robustness summary', () => {
  it('adds up the counts of every test by kind and fault', () => {
    const tally = tallyRobustness(
      results(
        { attacks: [{ kind: 'script payloads', tried: 4, held: 4 }] },
        {
          attacks: [{ kind: 'script payloads', tried: 2, held: 2 }],
          writes: [{ fault: 'full disk', acknowledged: 8, found: 8 }],
        },
      ),
    );
    expect(tally.attacks.get('script payloads')).toEqual({ tried: 6, held: 6, tests: 2 });
    expect(tally.writes.get('full disk')).toEqual({ acknowledged: 8, found: 8, tests: 1 });
    const report = formatRobustness(tally);
    expect(report[0]).toBe('Attacks tried / held: 6 / 6');
    expect(report).toContain('  script payloads: 6 / 6');
    expect(report).toContain('  forged messages: not run');
    expect(report).toContain('  full disk: 8 / 8');
  });

  it('names what no test counted, and nothing when every kind was', () => {
    const some = tallyRobustness(results({ attacks: [{ kind: 'overlay covers', tried: 1, held: 1 }] }));
    expect(uncounted(some)).toEqual([...ATTACKS.filter((k) => k !== 'overlay covers'), ...FAULTS]);
    expect(uncounted(tallyRobustness(results(...everything())))).toEqual([]);
  });

  it('names a kind where fewer held than were tried, and a fault with writes not found', () => {
    const tally = tallyRobustness(
      results(
        ...everything(),
        { attacks: [{ kind: 'hostile files', tried: 5, held: 4 }] },
        { writes: [{ fault: 'killed service worker', acknowledged: 7, found: 6 }] },
      ),
    );
    expect(shortfalls(tally)).toEqual(['hostile files', 'killed service worker']);
    expect(shortfalls(tallyRobustness(results(...everything())))).toEqual([]);
  });

  it('refuses a kind it does not know rather than leave it out of the report', () => {
    expect(() => tallyRobustness(results({ attacks: [{ kind: 'cosmic rays', tried: 1, held: 1 }] }))).toThrow(
      /unknown attack kind cosmic rays/,
    );
  });
});
