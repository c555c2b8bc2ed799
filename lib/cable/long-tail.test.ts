// The long tail of the archive, one short written case per class (never corpus text): old telegrams' page
// furniture, whole-cable markings, partial extracts, header-only records, marked list items, mixed-case breaks.
import { describe, expect, it } from 'vitest';
import { parseCable, parseCableText } from './parse';

const texts = (doc: ReturnType<typeof parseCableText>) => doc.blocks.map((b) => b.text);

describe('whole-cable markings', () => {
  for (const written of [
    'CONFIDENTIAL - ENTIRE TEXT.',
    'C - ENTIRE TEXT',
    '(C - ENTIRE TEXT).',
    'CONFIDENTIAL ENTIRE TEXT.',
  ]) {
    it(`"1. ${written}" sets the level and leaves no empty paragraph`, () => {
      const doc = parseCableText(
        [
          'SUBJECT: TALKS',
          '',
          `1. ${written}`,
          '',
          '2. THE MINISTER SAID NOTHING NEW.',
          '',
          '3. NO ACTION.',
        ].join('\n'),
      );
      expect(doc.meta.level).toBe('C');
      expect(doc.meta.entireText?.label).toBe('1');
      expect(doc.meta.entireText?.marking.normalized).toBe('C');
      expect(doc.blocks.map((b) => b.number)).toEqual(['2', '3']);
      expect(doc.blocks.every((b) => b.text.trim() !== '')).toBe(true);
    });
  }

  it('keeps the paragraph when text follows the marking on its line', () => {
    const doc = parseCableText('1. SECRET - ENTIRE TEXT. THE MINISTER SAID NOTHING.\n\n2. NO ACTION.');
    expect(doc.meta.entireText?.marking.level).toBe('S');
    expect(doc.blocks[0]).toMatchObject({ number: '1', marking: 'S', text: 'THE MINISTER SAID NOTHING.' });
  });

  it('keeps the banner level the header gave', () => {
    const doc = parseCableText('S E C R E T OSLO 000123\n\nSUBJECT: X\n\n1. C - ENTIRE TEXT.\n\n2. TEXT.');
    expect(doc.meta.level).toBe('S');
    expect(doc.meta.entireText?.marking.level).toBe('C');
  });
});

describe('partial extracts and header-only records', () => {
  const note =
    'This record is a partial extract of the original cable. The full text of the original cable is not available.';
  it('sets meta.partial and keeps the note out of the body', () => {
    const doc = parseCable({
      headerText: `${note}\n\n121212Z Mar 05`,
      bodyText: 'C O N F I D E N T I A L OSLO 000123\n\nSUBJECT: TALKS\n\n1. (C) The text.',
      pageMeta: {},
    });
    expect(doc.meta.partial).toBe(true);
    expect(texts(doc).join(' ')).not.toMatch(/partial extract/);
  });

  it('reads a record with only its header as a cable with no blocks', () => {
    const doc = parseCableText(
      [
        'C O N F I D E N T I A L SECTION 01 OF 02 OSLO 000123',
        '',
        'SIPDIS',
        '',
        'E.O. 12958: DECL: 01/02/2019',
        'TAGS: PREL NO',
        'SUBJECT: TALKS WITH THE MINISTER',
      ].join('\n'),
    );
    expect(doc.meta.subject).toBe('TALKS WITH THE MINISTER');
    expect(doc.meta.tags).toEqual(['PREL', 'NO']);
    expect(doc.blocks).toEqual([]);
  });
});

describe('page breaks of other conversions', () => {
  it('removes a mixed-case header on its own line and rejoins the sentence', () => {
    const doc = parseCableText(
      'C O N F I D E N T I A L OSLO 000123\n\n1. (C) The minister said the deal is worth\n\nOslo 00000123 002 of 003\n\nten million kroner.',
    );
    expect(doc.pageBreaks.map((b) => b.text)).toEqual(['Oslo 00000123 002 of 003']);
    expect(doc.blocks[0]?.text).toBe('The minister said the deal is worth ten million kroner.');
  });

  it('removes a mixed-case header inside a sentence, its origin cut short', () => {
    const doc = parseCableText(
      'C O N F I D E N T I A L KUALA LUMPUR 000752\n\n1. (C) The bank told Kuala lump 00000752 002 of 002 us nothing.',
    );
    expect(doc.pageBreaks.map((b) => b.text)).toEqual(['Kuala lump 00000752 002 of 002']);
    expect(doc.blocks[0]?.text).toBe('The bank told us nothing.');
  });

  it('rejoins a sentence across a header that opens a line with the rest of it', () => {
    const doc = parseCableText(
      'C O N F I D E N T I A L RABAT 000321\n\n1. (C) Half of the contract will go to\n\nRABAT 00000321 002 OF 002 French companies.\n\n2. (C) Next.',
    );
    expect(doc.blocks[0]?.text).toBe('Half of the contract will go to French companies.');
    expect(doc.blocks.map((b) => b.number)).toEqual(['1', '2']);
  });

  it('removes a header with a decimal section at the end of a long line', () => {
    const doc = parseCableText(
      'C O N F I D E N T I A L OSLO 000123\n\n1. (C) They fight terrorism. OSLO 00000123 002.2 OF 003\n\n2. (C) Next.',
    );
    expect(doc.pageBreaks.map((b) => b.text)).toEqual(['OSLO 00000123 002.2 OF 003']);
    expect(texts(doc)).toEqual(['They fight terrorism.', 'Next.']);
  });
});

describe('marked list items and run-on first paragraphs', () => {
  it('badges a list item that opens with a portion marking', () => {
    const doc = parseCableText(
      '1. (C) We raised three points:\n\n-- (C) Finance: the loan.\n-- (S//NF) Intelligence: the liaison.\n\n2. (U) End.',
    );
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => [b.marking, b.text])).toEqual([
      ['C', 'Finance: the loan.'],
      ['S//NF', 'Intelligence: the liaison.'],
    ]);
  });

  it('keeps a first paragraph run on after the classification reasons in the body', () => {
    const doc = parseCableText(
      'SUBJECT: TALKS\n\nCLASSIFIED BY: J. Roe, Ambassador. REASON: 1.4 (b), (d) 1. (C) Summary: The minister agreed.\n\n2. (C) More.',
    );
    expect(doc.meta.classifiedBy).toMatch(/^J\. Roe/);
    expect(doc.blocks.map((b) => [b.number, b.marking, b.text])).toEqual([
      ['1', 'C', 'Summary: The minister agreed.'],
      ['2', 'C', 'More.'],
    ]);
  });
});

describe('participant and distribution lists', () => {
  it('keeps one entry a line inside the paragraph, after its own text; a bracket goes on with its entry', () => {
    const doc = parseCableText(
      '1. (C) The minister met the delegation on Monday, in the\nnew building. Participants:\nMinister Jane Roe, Foreign Affairs\nDeputy John Doe, Interior\n(Head of Delegation)\nAmbassador Richard Roe\n\n2. (C) He spoke first and at length about the harbour.\n',
    );
    expect(doc.blocks.map((b) => [b.kind, b.parent, b.text])).toEqual([
      ['paragraph', null, 'The minister met the delegation on Monday, in the new building. Participants:'],
      ['list-item', '1', 'Minister Jane Roe, Foreign Affairs'],
      ['list-item', '1', 'Deputy John Doe, Interior (Head of Delegation)'],
      ['list-item', '1', 'Ambassador Richard Roe'],
      ['paragraph', null, 'He spoke first and at length about the harbour.'],
    ]);
  });

  it('ends the list at a blank line; prose with a colon is no list', () => {
    const doc = parseCableText(
      '1. (U) U.S. Delegation:\nJ. Roe\nR. Doe\n\nThe talks were short.\n\n2. (U) He said the following:\nthe harbour will open in May.\n',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'U.S. Delegation:'],
      ['list-item', 'J. Roe'],
      ['list-item', 'R. Doe'],
      ['text', 'The talks were short.'],
      ['paragraph', 'He said the following: the harbour will open in May.'],
    ]);
  });
});

describe('framed numbered titles', () => {
  it('keeps the number of `1. SUMMARY` between rules as the heading label, and numbering goes on after it', () => {
    const doc = parseCableText(
      '-----------\n1. SUMMARY\n-----------\nTopics of the week.\n\n2. The visit went well.\n',
    );
    expect(doc.blocks.map((b) => [b.kind, b.number, b.text])).toEqual([
      ['heading', '1', 'SUMMARY'],
      ['text', null, 'Topics of the week.'],
      ['paragraph', '2', 'The visit went well.'],
    ]);
  });
});
