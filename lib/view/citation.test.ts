import { describe, expect, it } from 'vitest';
import { cslProblems, parseBibtex, parseRis } from '../../tests/fixtures/citation-formats';
import { block, cable } from '../../tests/fixtures/documents';
import { CITATION_STYLES, type CitationInput, citationText, cite } from './citation';

const url = 'https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par2';
const accessed = new Date(2026, 11, 1, 15, 30);

describe('citationText', () => {
  it('cites origin, subject, id, day, paragraph, marking and the paragraph link', () => {
    const para = block({ key: '4', marking: 'S//NF' });
    const doc = cable([para], {
      origin: 'Embassy Testville',
      subject: 'A TEST SUBJECT',
      date: '2099-01-05T09:09',
    });
    expect(citationText(doc, para, url)).toBe(
      'Embassy Testville, "A TEST SUBJECT", cable 99TESTPOST1, 2099-01-05, para. 4 (S//NF), ' +
        'https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par4',
    );
  });

  it('leaves out what is unknown and keeps the label as written', () => {
    const para = block({ key: '45-2', number: '45' });
    const doc = cable([para], {}, null);
    expect(citationText(doc, para, url)).toBe(
      'para. 45, https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par45-2',
    );
  });
});

describe('cite', () => {
  const para = block({ key: '5', marking: 'S//NF' });
  const doc = cable([para], {
    origin: 'Embassy Testville',
    subject: 'TEST: 50% OF {BRACES} & SIGNS_',
    date: '2099-01-05T09:09',
    classification: 'SECRET//NOFORN',
  });
  const input: CitationInput = { doc, block: para, pageUrl: url, accessed };
  const paraUrl = 'https://wikileaks.org/cable/2099/01/99TESTPOST1.html#par5';

  it('writes the short form, with the quote when there is one', () => {
    expect(cite('short', input)).toBe('99TESTPOST1, para. 5 (S//NF)');
    expect(cite('short', { ...input, quote: ' ASD said\n  so. ' })).toBe(
      '"ASD said so." (99TESTPOST1, para. 5 (S//NF))',
    );
    expect(cite('short', { ...input, block: null })).toBe('99TESTPOST1');
  });

  it('writes the one-line form, for the cable or a paragraph', () => {
    expect(cite('full', input)).toBe(
      `Embassy Testville, "TEST: 50% OF {BRACES} & SIGNS_", cable 99TESTPOST1, 2099-01-05, para. 5 (S//NF), ${paraUrl}`,
    );
    expect(cite('full', { ...input, block: null })).toBe(
      'Embassy Testville, "TEST: 50% OF {BRACES} & SIGNS_", cable 99TESTPOST1, 2099-01-05, ' +
        'https://wikileaks.org/cable/2099/01/99TESTPOST1.html',
    );
  });

  it('writes a Chicago note with the title’s comma inside its quotes, the link and the access date', () => {
    expect(cite('chicago', input)).toBe(
      `Embassy Testville, “TEST: 50% OF {BRACES} & SIGNS_,” cable 99TESTPOST1, January 5, 2099, para. 5 (S//NF), ` +
        `WikiLeaks, ${paraUrl} (accessed December 1, 2026).`,
    );
  });

  it('writes APA with the date first and the retrieval line', () => {
    expect(cite('apa', { ...input, quote: 'Quoted.' })).toBe(
      `“Quoted.” Embassy Testville. (2099, January 5). TEST: 50% OF {BRACES} & SIGNS_ [Cable 99TESTPOST1, ` +
        `para. 5 (S//NF)]. WikiLeaks. Retrieved December 1, 2026, from ${paraUrl}`,
    );
  });

  it('writes BibTeX that reads back to the same fields, special characters and all', () => {
    const entry = parseBibtex(cite('bibtex', { ...input, quote: 'A {quote} with 100% & more.' }));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('cable99TESTPOST1-par5');
    expect(entry.fields).toMatchObject({
      author: 'Embassy Testville',
      title: 'TEST: 50% OF {BRACES} & SIGNS_',
      number: '99TESTPOST1',
      pages: 'para. 5 (S//NF)',
      year: '2099',
      month: 'jan',
      date: '2099-01-05',
      url: paraUrl,
      urldate: '2026-12-01',
      annotation: 'A {quote} with 100% & more.',
      note: 'Classification: SECRET//NOFORN',
    });
  });

  it('writes RIS that reads back, one tag a line, TY first and ER last', () => {
    const tags = parseRis(cite('ris', { ...input, quote: 'Two\nlines.' }));
    expect(tags.get('TY')).toEqual(['GOVDOC']);
    expect(tags.get('AU')).toEqual(['Embassy Testville']);
    expect(tags.get('TI')).toEqual(['TEST: 50% OF {BRACES} & SIGNS_']);
    expect(tags.get('M1')).toEqual(['99TESTPOST1']);
    expect(tags.get('DA')).toEqual(['2099/01/05']);
    expect(tags.get('UR')).toEqual([paraUrl]);
    expect(tags.get('Y2')).toEqual(['2026/12/01']);
    expect(tags.get('AB')).toEqual(['Two lines.']);
  });

  it('writes CSL-JSON of the schema’s shape', () => {
    const items = JSON.parse(cite('csl-json', input));
    expect(cslProblems(items)).toEqual([]);
    expect(items[0]).toMatchObject({
      type: 'document',
      title: 'TEST: 50% OF {BRACES} & SIGNS_',
      author: [{ literal: 'Embassy Testville' }],
      issued: { 'date-parts': [[2099, 1, 5]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: paraUrl,
      number: '99TESTPOST1',
      section: 'para. 5 (S//NF)',
    });
  });

  it('cites a cable with nothing known in every style without failing', () => {
    const bare: CitationInput = { doc: cable([para], {}, null), block: null, pageUrl: url, accessed };
    for (const style of CITATION_STYLES) expect(cite(style, bare).length).toBeGreaterThan(0);
    expect(parseBibtex(cite('bibtex', bare)).fields.title).toBe('Diplomatic cable');
    expect(cslProblems(JSON.parse(cite('csl-json', bare)))).toEqual([]);
    expect(cite('apa', bare)).toContain('(n.d.)');
  });
});
