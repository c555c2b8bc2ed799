import { describe, expect, it } from 'vitest';
import { bodyLines, isBlankLine, isShortLine } from './lines';

const wrapped = (width: number, count: number): string =>
  Array.from({ length: count }, (_, i) =>
    `${'word '.repeat(Math.floor(width / 5))}`.slice(0, width - (i % 3)),
  ).join('\n');

describe('body lines', () => {
  it('splits lines with their offsets and finds the next text line', () => {
    const body = bodyLines('one\n\n  two\nthree');
    expect(body.lines.map((l) => [l.text, l.start])).toEqual([
      ['one', 0],
      ['', 4],
      ['  two', 5],
      ['three', 11],
    ]);
    expect(Array.from(body.nextText)).toEqual([2, 2, 3, -1]);
    expect(isBlankLine(body.lines[1])).toBe(true);
    expect(isBlankLine(undefined)).toBe(true);
  });

  it('reads the wrap width from lines that run on', () => {
    const width = bodyLines(wrapped(60, 30)).wrapWidth;
    expect(width).toBeGreaterThanOrEqual(58);
    expect(width).toBeLessThanOrEqual(60);
  });

  it('sees text with one line per paragraph as never wrapped', () => {
    const text = Array.from({ length: 10 }, (_, i) => `${i + 1}. ${'long sentence '.repeat(20 + i)}`).join(
      '\n\n',
    );
    expect(bodyLines(text).wrapWidth).toBe(Number.POSITIVE_INFINITY);
  });

  it('calls a line short against the width', () => {
    expect(isShortLine('short', 60)).toBe(true);
    expect(isShortLine('x'.repeat(58), 60)).toBe(false);
    expect(isShortLine('x'.repeat(500), Number.POSITIVE_INFINITY)).toBe(true);
  });
});
