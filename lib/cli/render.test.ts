import { describe, expect, it } from 'vitest';
import { SAMPLE_BODY } from '../../tests/fixtures/sample-cable';
import { parseCableText } from '../cable';
import type { Block, CableDocument } from '../cable/types';
import { headerCard } from './header-card';
import { escapeMarkdown, renderMarkdown } from './render-markdown';
import { renderText, wrap } from './render-text';

const block = (b: Partial<Block>): Block => ({
  kind: 'text',
  key: 't1',
  number: null,
  marking: null,
  markingWritten: null,
  text: '',
  depth: 0,
  parent: null,
  spans: [],
  ...b,
});

const doc: CableDocument = {
  id: '09ZEMBLA123',
  meta: {
    classification: 'CONFIDENTIAL',
    level: 'C',
    date: '2009-03-14',
    origin: 'Embassy Zembla',
    subject: 'ZEMBLA: HARBOUR CONCESSION STALLS',
    from: 'AMEMBASSY ZEMBLA',
    to: ['SECSTATE WASHDC'],
    info: [],
    tags: ['PREL', 'ECON'],
    references: [
      { letter: 'A', text: 'ZEMBLA 101', id: '09ZEMBLA101' },
      { letter: 'B', text: '08 ZEMBLA 99', id: '08ZEMBLA99' },
    ],
    classifiedBy: 'Ambassador A. Nonymous',
    reasons: ['1.4(b)', '1.4(d)'],
    declassify: '2019-03-14',
    executiveOrder: 'E.O. 12958: DECL: 03/14/2019',
    passing: [],
    handling: ['SIPDIS'],
    section: null,
    signature: 'NONYMOUS',
  },
  pageBreaks: [{ text: 'ZEMBLA 00000123 002 OF 002', page: 2, of: 2, offset: 400, blockKey: '2' }],
  blocks: [
    block({ kind: 'heading', key: 'h1', text: 'Summary' }),
    block({
      kind: 'paragraph',
      key: '1',
      number: '1',
      marking: 'C',
      text: 'The concession has stalled. It is worth USD 2.6 billion.',
    }),
    block({ kind: 'subparagraph', key: '1.A', number: 'A', depth: 1, parent: '1', text: 'First point.' }),
    block({ kind: 'list-item', key: '1.l1', depth: 2, parent: '1', text: 'a *starred* item' }),
    block({ kind: 'redaction', key: 'r1', text: 'XXXXXXXXXXXX' }),
    block({ kind: 'signature', key: 's', text: 'NONYMOUS' }),
  ],
};

describe('headerCard', () => {
  it('lists the fields the cable has, ids shown only where the text does not already say them', () => {
    const card = Object.fromEntries(headerCard(doc).map((r) => [r.label, r.value]));
    expect(card.References).toBe('A. ZEMBLA 101 (09ZEMBLA101); B. 08 ZEMBLA 99');
    expect(card['Classified by']).toBe('Ambassador A. Nonymous; reasons 1.4(b), 1.4(d)');
    expect(card.Info).toBeUndefined();
    expect(card.Section).toBeUndefined();
    expect(card.Text).toBeUndefined();
  });

  it('names the level an old cable gives only in its ENTIRE TEXT paragraph', () => {
    const old = {
      ...doc,
      meta: {
        ...doc.meta,
        classification: null,
        level: 'S' as const,
        entireText: {
          marking: { normalized: 'S', written: 'SECRET - ENTIRE TEXT', level: 'S' as const },
          label: '1',
        },
      },
    };
    const value = (d: CableDocument) => headerCard(d).find((r) => r.label === 'Classification')?.value;
    expect(value(old)).toBe('SECRET (entire text)');
    expect(value({ ...old, meta: { ...old.meta, entireText: undefined } })).toBe('SECRET');
  });

  it('says what the mirror left out: a partial extract, or the header only', () => {
    const partial = { ...doc, meta: { ...doc.meta, partial: true } };
    const text = (d: CableDocument) => headerCard(d).find((r) => r.label === 'Text')?.value;
    expect(text(partial)).toBe('partial extract; the full text of the original cable is not available');
    expect(text({ ...doc, blocks: [] })).toBe('the mirror holds only the header, no body');
  });
});

describe('renderText', () => {
  it('wraps at the width with hanging indents', () => {
    expect(wrap('one two three four', 9, '1. ', '   ')).toBe('1. one\n   two\n   three\n   four');
    expect(wrap('averyveryverylongword x', 8, '', '')).toBe('averyveryverylongword\nx');
  });

  it('prints the title, the card, then each block', () => {
    const text = renderText(doc, 60);
    expect(
      text.startsWith('09ZEMBLA123\nZEMBLA: HARBOUR CONCESSION STALLS\n=================================\n'),
    ).toBe(true);
    expect(text).toContain('\nClassification  CONFIDENTIAL\n');
    expect(text).toContain('\nSummary\n-------\n');
    expect(text).toContain('\n1. (C) The concession has stalled. It is worth USD 2.6\nbillion.\n');
    expect(text).toContain('\n    A. First point.\n');
    expect(text).toContain('\n        -- a *starred* item\n');
    expect(text.endsWith('\nXXXXXXXXXXXX\n\nNONYMOUS\n')).toBe(true);
    expect(text.split('\n').every((line) => line.length <= 60)).toBe(true);
  });
});

describe('quotation words and lists', () => {
  const quoted = {
    ...doc,
    blocks: [
      block({
        kind: 'paragraph',
        key: '1',
        number: '1',
        text: 'HE SAID QTE WE AGREE UNQTE AND LEFT. Participants:',
      }),
      block({ kind: 'list-item', key: '1.l1', depth: 1, parent: '1', text: 'Minister A' }),
      block({ kind: 'list-item', key: '1.l2', depth: 1, parent: '1', text: 'Deputy B' }),
    ],
  };

  it('prints QTE and UNQTE as quotation marks in text and Markdown', () => {
    expect(renderText(quoted)).toContain('1. HE SAID \u201CWE AGREE\u201D AND LEFT.');
    expect(renderMarkdown(quoted)).toContain('**1.** HE SAID \u201CWE AGREE\u201D AND LEFT.');
  });

  it('prints a list one entry a line, with no blank line inside it', () => {
    expect(renderText(quoted)).toContain('Participants:\n\n    -- Minister A\n    -- Deputy B\n');
  });
});

describe('renderMarkdown', () => {
  it('escapes Markdown syntax and line starts that would read as lists or headings', () => {
    expect(escapeMarkdown('a *b* [c] <d> _e_ |f|')).toBe('a \\*b\\* \\[c\\] \\<d\\> \\_e\\_ \\|f\\|');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('2. not a list')).toBe('2\\. not a list');
    expect(escapeMarkdown('- not an item')).toBe('\\- not an item');
  });

  it('prints a header card table and numbered, marked paragraphs with anchors', () => {
    const md = renderMarkdown(doc);
    expect(
      md.startsWith('# 09ZEMBLA123\n\n**ZEMBLA: HARBOUR CONCESSION STALLS**\n\n| | |\n| --- | --- |\n'),
    ).toBe(true);
    expect(md).toContain('| Date | 2009-03-14 |');
    expect(md).toContain('### Summary');
    expect(md).toContain('<a id="para-1"></a>**1.** **(C)** The concession has stalled.');
    expect(md).toContain('- **A.** First point.\n  - a \\*starred\\* item');
    expect(md).toContain('`XXXXXXXXXXXX`');
    expect(md).toContain('_1 page-break header removed._');
  });
});

describe('the printers on a parsed cable', () => {
  it('print every numbered paragraph with its marking', () => {
    const parsed = parseCableText(SAMPLE_BODY);
    const paragraphs = parsed.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.length).toBe(4);
    const text = renderText(parsed);
    const md = renderMarkdown(parsed);
    for (const p of paragraphs) {
      expect(text).toContain(`${p.number}. (${p.marking})`);
      expect(md).toContain(`**${p.number}.** **(${p.marking})**`);
    }
    expect(text).not.toContain('002 OF 002');
  });
});
