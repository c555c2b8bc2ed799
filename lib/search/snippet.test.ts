import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

const joined = (runs: ReturnType<typeof snippet>) =>
  runs.map((r) => (r.mark ? `[${r.text}]` : r.text)).join('');

describe('snippet', () => {
  it('marks every word a term starts, case-insensitively', () => {
    expect(joined(snippet('The Tender was reopened; tenders follow.', ['tender']))).toBe(
      'The [Tender] was reopened; [tenders] follow.',
    );
  });

  it('starts shortly before a match far into the text and says what was cut', () => {
    const text = `${'word '.repeat(60)}the pipeline tender ${'tail '.repeat(80)}`;
    const runs = snippet(text, ['pipeline']);
    expect(runs[0]).toEqual({ text: '…', mark: false });
    expect(runs[runs.length - 1]).toEqual({ text: '…', mark: false });
    expect(joined(runs)).toContain('the [pipeline] tender');
    expect(runs.map((r) => r.text).join('').length).toBeLessThan(240);
  });

  it('does not mark a term inside another word', () => {
    expect(joined(snippet('Pretender and tender', ['tender']))).toBe('Pretender and [tender]');
  });

  it('gives the plain start of the text when nothing matches or there are no terms', () => {
    expect(joined(snippet('Nothing here.', ['zzz']))).toBe('Nothing here.');
    expect(joined(snippet('Nothing here.', []))).toBe('Nothing here.');
  });
});
