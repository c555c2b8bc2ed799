import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch } from './approx-search';

/** Textbook dynamic programme: fewest edits of `pattern` against any substring of `text`. */
function bruteForceBest(text: string, pattern: string): number {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

describe('approxSearch', () => {
  it('finds an exact occurrence with no errors', () => {
    expect(approxSearch('the quick brown fox', 'brown', 1)).toEqual([{ start: 10, end: 15, errors: 0 }]);
  });

  it('finds a pattern with one substitution, one insertion and one deletion', () => {
    const [match] = approxSearch('xx the quikc brwn fox yy', 'the quick brown fox', 3);
    expect(match?.errors).toBe(3);
    expect(match?.start).toBe(3);
    expect(match?.end).toBe(21);
  });

  it('reports nothing when every occurrence needs more than the allowed edits', () => {
    expect(approxSearch('completely different', 'the quick brown fox', 3)).toEqual([]);
  });

  it('handles patterns longer than one 32-bit block', () => {
    const pattern = 'a'.repeat(40) + 'bcdefghij'.repeat(10);
    const text = `zzzz${pattern.slice(0, 70)}X${pattern.slice(71)}zzzz`;
    const [match] = approxSearch(text, pattern, 5);
    expect(match).toEqual({ start: 4, end: 4 + pattern.length, errors: 1 });
  });

  it('returns each separate occurrence once', () => {
    const matches = approxSearch('alpha beta gamma ... alpha betta gamma', 'alpha beta gamma', 2);
    expect(matches.map((m) => [m.start, m.errors])).toEqual([
      [0, 0],
      [21, 1],
    ]);
  });

  it('agrees with the textbook dynamic programme on random inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, minLength: 1, maxLength: 80 }),
        fc.string({ unit: alphabet, minLength: 1, maxLength: 70 }),
        (text, pattern) => {
          const best = bruteForceBest(text, pattern);
          const matches = approxSearch(text, pattern, pattern.length);
          if (best > pattern.length || matches.length === 0) return;
          expect(Math.min(...matches.map((m) => m.errors))).toBe(best);
          for (const m of matches) {
            // Every reported range really is that many edits away from the pattern.
            expect(editDistance(text.slice(m.start, m.end), pattern)).toBe(m.errors);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
