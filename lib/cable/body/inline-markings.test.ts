import { describe, expect, it } from 'vitest';
import { parseCableText } from '../parse';
import { findInlineMarkings } from './inline-markings';

/** Each marking found as `normalised <- written`. */
const found = (text: string): string[] =>
  findInlineMarkings(text).map((s) => `${s.marking} <- ${text.slice(s.start, s.end)}`);

describe('portion markings inside a block', () => {
  it.each([
    ['The talks went well. (S//NF) The minister then said more.', 'S//NF <- (S//NF)'],
    ['Two groups met on Friday: (C) The first of them asked for aid.', 'C <- (C)'],
    ['(secret//rel narnia)', 'S//REL NARNIA <- (secret//rel narnia)'],
    [
      'Posts should say as follows. (s//rel to narnia, ruritania) Posts',
      'S//REL TO NARNIA, RURITANIA <- (s//rel to narnia, ruritania)',
    ],
    ['We heard three points. A. (C) The first point was trade.', 'C <- (C)'],
    ['12. (C) The elections came late.', 'C <- (C)'],
    ['10 (C) On the budget, the minister said little.', 'C <- (C)'],
    ['The plan was agreed -- (SBU) Posts may share it.', 'SBU <- (SBU)'],
    ['He said so. (U) Embassy comment follows.', 'U <- (U)'],
    ['A nine-word question ends here?  (TS) The answer', 'TS <- (TS)'],
    [
      'The talks ended. (S//REL NARNIA, RURITANIA, FREEDONIA, SYLDAVIA, BORDURIA) Then',
      'S//REL NARNIA, RURITANIA, FREEDONIA, SYLDAVIA, BORDURIA <- (S//REL NARNIA, RURITANIA, FREEDONIA, SYLDAVIA, BORDURIA)',
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads a bare letter as a marking right after a label of its own, in a lettered list', () => {
    expect(found('A) (SBU) WHERE DID THE LEADERS STUDY? B) (C) WHO PAID FOR IT?')).toEqual([
      'SBU <- (SBU)',
      'C <- (C)',
    ]);
  });

  it('gives each marking its place in the text', () => {
    const text = 'One. (C) Two. (S/NF) Three.';
    expect(findInlineMarkings(text)).toEqual([
      { kind: 'marking', start: 5, end: 8, marking: 'C' },
      { kind: 'marking', start: 14, end: 20, marking: 'S//NF' },
    ]);
  });

  it.each([
    ['a lettered run', 'Three goals: (a) peace; (b) trade; (c) their return home.'],
    ['a capital lettered run', 'THE AIMS ARE (A) TRADE, (B) AID AND THE SEAS; (C) ELIMINATE THE REST.'],
    ['a run written after sentences', 'The aims: (A) Trade. (B) Aid. (C) Fishing rights.'],
    ['a plural', 'He said the paper(s) will follow. The client(s).'],
    ['an abbreviation after a word', 'Material marked Sensitive but Unclassified (SBU) must stay home.'],
    ['an office symbol', 'Jane Doe (S/ABC), and John Roe (S/XYZ) Office attended.'],
    ['a lower-case word after it', 'The list is long. (c) their entry is next.'],
    ['a word after an abbreviation', 'The U.S. (SBU) policy is known.'],
    ['an aside', 'The report. (Secret) Nothing more.'],
    ['no marking', 'The talks (in Narnia) went well. (Comment: none.)'],
  ])('finds none in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('portion markings inside a parsed paragraph', () => {
  it('adds a marking span to the paragraph and keeps the text as written', () => {
    const doc = parseCableText(
      [
        'SUBJECT: TEST',
        '',
        '1. (C) The first paragraph ends here.',
        '',
        '2. (S) The second paragraph opens. Its second part is',
        'more secret: (S//NF) The minister named his source.',
      ].join('\n'),
    );
    const second = doc.blocks.find((b) => b.number === '2');
    expect(second?.marking).toBe('S');
    expect(second?.text).toContain('more secret: (S//NF) The minister');
    const spans = second?.spans.filter((s) => s.kind === 'marking') ?? [];
    expect(spans.map((s) => [s.marking, second?.text.slice(s.start, s.end)])).toEqual([['S//NF', '(S//NF)']]);
    expect(doc.blocks.find((b) => b.number === '1')?.spans).toEqual([]);
  });
});
