import { describe, expect, it } from 'vitest';
import { segmentBody } from './blocks';

const rows = (body: string) =>
  segmentBody(body).blocks.map((b) => [b.kind, b.key, b.marking, b.depth] as const);

const QUOTED = (end: string) =>
  [
    '1. (C) The ministry sent the letter below. End summary.',
    '',
    '2. (C) Begin text of letter:',
    '',
    'THE HARBOUR PLAN',
    '',
    '1. Thank you for your note on the harbour.',
    '',
    '2. We would like to meet next week.',
    '',
    '3. The port authority will attend.',
    '',
    'Yours sincerely,',
    'John Smith',
    end,
    '',
    '3. (C) Comment. The letter asks for much.',
  ].join('\n');

describe('a quoted text numbering its own paragraphs', () => {
  it("nests the quoted letter's paragraphs under the quoting one; the cable's numbering goes on after it", () => {
    expect(rows(QUOTED('End text.'))).toEqual([
      ['paragraph', '1', 'C', 0],
      ['paragraph', '2', 'C', 0],
      ['heading', 'h1', null, 0],
      ['subparagraph', '2.1', null, 1],
      ['subparagraph', '2.2', null, 1],
      ['subparagraph', '2.3', null, 1],
      ['text', '2.3.t1', null, 2],
      ['paragraph', '3', 'C', 0],
    ]);
  });

  it('without an end of the quote, its numbers stay paragraphs and the next number is not forced', () => {
    const kinds = rows(QUOTED('The text ends.')).map(([kind, key]) => `${kind} ${key}`);
    expect(kinds.filter((k) => k.startsWith('subparagraph'))).toEqual([]);
    expect(kinds).toContain('paragraph 1-2');
  });

  it('a restart at 1 with no quoted text begun is a plain restart', () => {
    const body = [
      '1. (U) Contents.',
      '',
      '2. (U) Background.',
      '',
      '1. (C) The talks began on Monday. End text of the contents.',
      '',
      '2. (C) They ended on Tuesday.',
    ].join('\n');
    expect(rows(body).map(([kind, key]) => `${kind} ${key}`)).toEqual([
      'paragraph 1',
      'paragraph 2',
      'paragraph 1-2',
      'paragraph 2-2',
    ]);
  });
});
