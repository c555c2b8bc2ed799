import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, readCorpus } from '../../tests/corpus';
import { CABLE_THRESHOLD, cableScore, mayHoldCable, positiveSignalLines, scoresNothing } from './detect';

// Invented cables in the shape of the real ones (no corpus text here).
const HARD_WRAPPED = `C O N F I D E N T I A L SECTION 01 OF 02 RUritania 000123

SIPDIS

E.O. 12958: DECL: 04/02/2019
TAGS: PGOV PREL XX
SUBJECT: RURITANIA: MINISTER SPEAKS ABOUT THE HARBOUR
AND THE BRIDGE

Classified By: Ambassador A. Person for reasons 1.4 (b) and (d).

1. (C) Summary: The minister spoke at length about the
harbour.  End Summary.

2. (C) He said the bridge would be finished in
RURITANIA 00000123  002 OF 002
the spring.

3. (U) Comment: We doubt it.  End Comment.
PERSON
`.replace('RUritania', 'RURITANIA');

const UNKNOWN_MIRROR = `Home  Papers  Cables mirror  Privacy
09RURITANIA123 2009-03-02 10:15:00 CONFIDENTIAL Embassy Ruritania
Cable title:

how to read a cable

1. (C) The minister spoke at length about the harbour and
the bridge.

2. (C) He said the bridge would be finished in the spring.

3. (U) We doubt it.
`;

const FLATTENED =
  'C O N F I D E N T I A L SECTION 01 OF 02 STATE 000321 SIPDIS E.O. 12958: DECL: 01/05/2020 TAGS: PREL PGOV XX\n\n' +
  '1.(U) Posts should act on this; see para 4.\n\n2.(C) The minister will visit in STATE 00000321 002 OF 002 the spring.\n\n' +
  '3.(C) Post should deliver the points.\n\n4.(U) Please reply by Friday. SECRETARY';

const NEWS = `World news | Politics | Opinion

Leaked cable shows minister's doubts

By A. Reporter, 3 December 2010

A diplomatic cable released this week shows that the minister doubted the harbour plan.
The cable, 09RURITANIA123, was sent by the embassy in 2009. It reads in part:

"1. (C) The minister spoke at length about the harbour and the bridge."

Officials declined to comment. The embassy said it does not discuss leaked documents.
Comments (12)
`;

const INDEX = Array.from(
  { length: 40 },
  (_, i) =>
    `09RURITANIA${100 + i} 2009-03-${String((i % 28) + 1).padStart(2, '0')} CONFIDENTIAL Embassy Ruritania`,
).join('\n');

const SEARCH = Array.from(
  { length: 10 },
  (_, i) =>
    `Result ${i + 1}: 0${i}FOOBAR${i + 10}\nSUBJECT: TALKS NUMBER ${i} ABOUT THE HARBOUR\nTAGS: PGOV PREL X${i}\n1. (C) Snippet of the cable text ${i}...\n`,
).join('\n');

const FORUM = Array.from(
  { length: 300 },
  (_, i) =>
    `Post #${i + 1} by user${i} » Re: the leaked cables\nI read the cable again. 2. (C) is the interesting part, ${
      i % 7 === 0 ? 'they quote "3. (S) the minister said" there.' : 'nothing more.'
    }\nQuote: SUBJECT: whatever\n`,
).join('\n');

describe('cableScore: cables are recognised', () => {
  it('a hard-wrapped cable with header, page break and marked paragraphs', () => {
    const result = cableScore(HARD_WRAPPED);
    expect(result.isCable).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(CABLE_THRESHOLD);
    expect(result.reasons.join('\n')).toMatch(
      /banner[\s\S]*E\.O\.[\s\S]*TAGS[\s\S]*page-break[\s\S]*3 marked paragraphs/,
    );
  });

  it('an unknown mirror page: site chrome, metadata line, marked paragraphs', () => {
    const result = cableScore(UNKNOWN_MIRROR);
    expect(result.isCable).toBe(true);
    expect(result.reasons.join('\n')).toContain('reference id line with a date');
  });

  it('the flattened style with the header on one line', () => {
    const result = cableScore(FLATTENED);
    expect(result.isCable).toBe(true);
    expect(result.reasons.join('\n')).toContain('4 marked paragraphs in sequence');
  });

  it('an old all-caps cable with ENTIRE TEXT and numbered paragraphs', () => {
    const old = `SECRET\nPAGE 01 FOOBAR 01234 01 OF 02 121500Z\nE.O. 12356: DECL:OADR\nTAGS: PREL XX\nSUBJECT: TALKS\n\n1. SECRET - ENTIRE TEXT.\n\n2. THE MINISTER SPOKE.\n\n3. HE LEFT.\n`;
    expect(cableScore(old).isCable).toBe(true);
  });

  it('a TOP SECRET cable, its banner spaced, sent by a consulate general', () => {
    const top = `FM AMCONGEN FOOBAR\nTO SECSTATE WASHDC\n\nT O P S E C R E T FOOBAR 000123\n\nE.O. 12958: DECL: 01/01/2030\nTAGS: PREL XX\nSUBJECT: TALKS\n\n1. (TS) THE MINISTER SPOKE.\n\n2. (TS) HE LEFT.\n`;
    const result = cableScore(top);
    expect(result.isCable).toBe(true);
    expect(result.reasons.join('\n')).toMatch(/banner[\s\S]*routing header[\s\S]*two marked paragraphs/);
  });

  it('a header-only page (whole routing block and banner, no body) is a cable; the banner alone with FM is not', () => {
    const routing = `VZCZCXRO1234\nPP RUEHXX\nDE RUEHFOO #0123/01 0011200\nP 011200Z JAN 06\nFM AMEMBASSY FOOBAR\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n`;
    const headerOnly = `${routing}UNCLAS SECTION 01 OF 02 FOOBAR 000123\n\nSIPDIS\n\nSTATE FOR XX/YY\n`;
    const result = cableScore(headerOnly);
    expect(result).toMatchObject({ isCable: true, score: 6 });
    expect(result.reasons).toContain('+3 whole routing header (VZCZC, FM, TO)');
    expect(cableScore(`FM AMEMBASSY FOOBAR\nUNCLAS FOOBAR 000123\n\nSIPDIS\n`).isCable).toBe(false);
  });

  it('a header-only page whose banner another tool glued to the last addressee line is still a cable', () => {
    const routing = `VZCZCXRO1234\nPP RUEHXX\nDE RUEHFOO #0123/01 0011200\nP 011200Z JAN 06\nFM AMEMBASSY FOOBAR\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n`;
    for (const glued of [
      'RUEATRS/DEPT OF TREASURY WASHDCUNCLAS SECTION 01 OF 10 FOOBAR 000123',
      'RUEHGV/USMISSION GENEVA 6265C O N F I D E N T I A L FOOBAR 000123',
    ]) {
      const result = cableScore(`${routing}${glued}\n\nSIPDIS\n\nSTATE FOR XX/YY\n`);
      expect(result, glued).toMatchObject({ isCable: true, score: 6 });
      expect(result.reasons).toContain('+3 classification banner line');
    }
    // A banner word inside an addressee's name is no banner.
    const named = cableScore(`${routing}RUEHGV/UN SECRETARIAT GENEVA 0001\n\nSIPDIS\n`);
    expect(named.reasons).not.toContain('+3 classification banner line');
  });

  it('one cable shown twice on a page is still one cable', () => {
    expect(cableScore(`${HARD_WRAPPED}\n${HARD_WRAPPED}`).isCable).toBe(true);
  });

  it('all sections of a long cable keep one banner', () => {
    const sections = Array.from({ length: 6 }, (_, i) =>
      HARD_WRAPPED.replace('SECTION 01 OF 02', `SECTION 0${i + 1} OF 06`),
    ).join('\n');
    expect(cableScore(sections).isCable).toBe(true);
  });
});

describe('cableScore: other pages are declined', () => {
  it.each([
    ['a news article quoting one marked paragraph', NEWS],
    ['an index page listing cable ids', INDEX],
    ['a search-results page', SEARCH],
    ['a long forum thread', FORUM],
    ['an empty page', ''],
    ['white space only', ' \n\n\t \n'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
    ['only markings', '(C) (S//NF) (U)\n'.repeat(500)],
  ])('%s', (_, text) => {
    const result = cableScore(text);
    expect(result.isCable).toBe(false);
  });

  it('explains a list of many cables with a penalty', () => {
    expect(cableScore(INDEX).reasons.join('\n')).toContain('lines start with a cable id');
    expect(cableScore(SEARCH).reasons.join('\n')).toContain('several cables’ headers');
  });

  it('finishes on 5 MB of unrelated text, a 1 MB line and 100,000 short lines', () => {
    expect(cableScore('The quick brown fox. '.repeat(250_000)).isCable).toBe(false);
    expect(cableScore('x'.repeat(1_000_000)).isCable).toBe(false);
    expect(cableScore(`.${' '.repeat(1_000_000)}1. (C)`).isCable).toBe(false);
    expect(cableScore('a\n'.repeat(100_000)).isCable).toBe(false);
  });

  it('only looks at the first 400 KB', () => {
    expect(cableScore(`${'filler text. '.repeat(40_000)}\n${HARD_WRAPPED}`).isCable).toBe(false);
  });
});

describe.skipIf(!hasCorpus())('cableScore on the corpus', () => {
  it('recognises every corpus cable text and the unknown-mirror seed', () => {
    const files = [...corpusFiles('cables', '.txt'), ...corpusFiles('seed', '.txt')];
    expect(files.length).toBeGreaterThan(50);
    const declined = files.filter((f) => !cableScore(readCorpus(f)).isCable);
    expect(declined).toEqual([]);
  });

  it('declines an index made of the corpus file names and dates', () => {
    const index = corpusFiles('cables', '.txt')
      .map((f, i) => `${basename(f, '.txt')} 2009-01-${String((i % 28) + 1).padStart(2, '0')} SECRET Embassy`)
      .join('\n');
    expect(cableScore(index).isCable).toBe(false);
  });
});

describe('cableScore: a reflowed cable without its header', () => {
  const para = (n: number, marking: string) =>
    `${n}. (${marking}) The minister told the Ambassador that the cabinet would decide within weeks, and that the delegation would travel in the spring.`;

  it('is a cable on a run of three marked paragraphs alone', () => {
    const text = [para(1, 'C'), para(2, 'C'), para(3, 'SBU'), para(4, 'C')].join('\n\n');
    expect(cableScore(text).isCable).toBe(true);
  });

  it('is a cable on the site’s id-and-date line and two marked paragraphs', () => {
    const text = `09ZEMBLA123 2009-03-14 12:00:00 CONFIDENTIAL Embassy Zembla\n\n${para(1, 'C')}\n\n${para(2, 'C')}`;
    expect(cableScore(text).isCable).toBe(true);
  });

  it('is not one on two quoted marked paragraphs, nor on marked paragraphs out of sequence', () => {
    expect(cableScore(`Reporting.\n\n${para(3, 'C')}\n\n${para(4, 'C')}\n\nMore reporting.`).isCable).toBe(
      false,
    );
    expect(cableScore([para(7, 'C'), para(2, 'U'), para(9, 'C')].join('\n\n')).isCable).toBe(false);
  });
});

describe('loosely spelt headers are still cables', () => {
  it('takes EO without dots and TAGS without a colon', () => {
    const text = [
      'C O N F I D E N T I A L RURITANIA 000123',
      '',
      'EO 12958 DECL: 04/02/2019',
      'TAGS PGOV, PREL',
      'SUBJECT: THE HARBOUR',
      '',
      'The minister spoke about the harbour.',
    ].join('\n');
    const score = cableScore(text);
    expect(score.reasons).toContain('+3 E.O. declassification line');
    expect(score.reasons).toContain('+2 TAGS line');
    expect(score.isCable).toBe(true);
  });

  it('takes the E.O. line of an old telegram, which names a schedule instead of a date (E.O. 11652: GDS)', () => {
    for (const line of [
      'E.O. 11652: GDS',
      'E.O. 11652: XGDS-1',
      'E.O. 12065: RDS-1 03/18/99',
      'E.O. 12356: OADR',
    ]) {
      const text = `SECRET\n\n${line}\nTAGS: PFOR, RU\nSUBJECT: A NOTE\n\n1. CONFIDENTIAL - ENTIRE TEXT. THE MINISTER CALLED.\n\n2. HE LEFT.\n`;
      const score = cableScore(text);
      expect(score.reasons, line).toContain('+3 E.O. declassification line');
      expect(score.isCable, line).toBe(true);
      expect(mayHoldCable(text), line).toBe(true);
    }
    expect(cableScore('The GDS schedule of E.O. 11652 was cited in the news.').isCable).toBe(false);
  });

  it('takes a spaced banner with origin and serial followed by two marked paragraphs', () => {
    const text = 'S E C R E T RURITANIA 000123\n\n1. (S) The minister spoke.\n\n2. (S) He left.\n';
    expect(cableScore(text).isCable).toBe(true);
  });

  it('does not take the word TAGS in prose, nor two marked paragraphs quoted without a banner', () => {
    expect(cableScore('Readers add TAGS PGOV to posts.\n\n1. (C) Quoted.\n\n2. (C) Quoted.').isCable).toBe(
      false,
    );
  });
});

describe('the cheap looks before a score', () => {
  // A page's raw text (textContent) runs its blocks and table cells together: `<td>SECRET</td><td>RURITANIA
  // 000123</td>` reads as a banner but is `SECRETRURITANIA 000123` raw.
  const raw = (text: string) => text.replace(/\n+/g, '').replace(/\t/g, '');

  it('mayHoldCable: true on every cable here, on its raw text too', () => {
    for (const text of [HARD_WRAPPED, UNKNOWN_MIRROR, FLATTENED]) {
      expect(mayHoldCable(text)).toBe(true);
      expect(mayHoldCable(raw(text))).toBe(true);
    }
    expect(mayHoldCable(raw('SECRET\tRURITANIA 000123\nTAGS:\tPREL'))).toBe(true);
    // Spaced and clipped banners, and a consulate general's routing line.
    expect(mayHoldCable(raw('T O P S E C R E T FOOBAR 000123\nFM AMCONGEN FOOBAR'))).toBe(true);
    expect(mayHoldCable(raw('E C R E T FOOBAR 000123\nTAGS: PREL XX'))).toBe(true);
    // Markdown numbers paragraphs with list markup: the markings alone are in the text.
    expect(mayHoldCable('(C) The minister spoke. (c) He left.', true)).toBe(true);
    expect(mayHoldCable('1. (C) The minister spoke. 2. (c) He left.')).toBe(true);
  });

  it('mayHoldCable: false without two kinds of header line or two markings', () => {
    expect(mayHoldCable(INDEX)).toBe(false);
    expect(mayHoldCable(NEWS)).toBe(false);
    expect(mayHoldCable('The cables were SECRET and carried TAGS such as PREL; they cite E.O. 12958.')).toBe(
      false,
    );
    expect(mayHoldCable('Nothing here but prose. '.repeat(1000))).toBe(false);
    expect(mayHoldCable('Two markings, (C) and (S), make a page worth reading.', true)).toBe(true);
    // A thread quoting paragraphs 3 and 4 of cables: no run of marked paragraphs starts there (it counts from 1).
    expect(mayHoldCable('3. (C) The minister spoke.\n4. (C) Post doubts it.\n12. (C) Again.')).toBe(false);
    // A line-number gutter's number runs into paragraph 1 in the raw text.
    expect(mayHoldCable('341. (SBU) The minister spoke.\n35\n362. (SBU) He left.')).toBe(true);
  });

  it.skipIf(!hasCorpus())('mayHoldCable: true on every corpus cable text, raw', () => {
    const missed = corpusFiles('cables', '.txt').filter((f) => !mayHoldCable(raw(readCorpus(f))));
    expect(missed).toEqual([]);
  });

  it('scoresNothing: text without any signal scores 0, and leaves a cable’s score as it was beside it', () => {
    const chrome = 'Home | Browse | About\nRepublished from public sources. Contact us.';
    expect(scoresNothing(chrome)).toBe(true);
    expect(cableScore(chrome)).toEqual({ score: 0, isCable: false, reasons: [] });
    expect(cableScore(`${chrome}\n${HARD_WRAPPED}\n${chrome}`)).toEqual(cableScore(HARD_WRAPPED));
    // Beside a cable, the full count runs: a line it passes that counted for anything would change the score.
    for (const line of [...HARD_WRAPPED.split('\n'), ...NEWS.split('\n'), ...INDEX.split('\n')]) {
      if (scoresNothing(line)) expect(cableScore(`${line}\n${FLATTENED}`)).toEqual(cableScore(FLATTENED));
    }
    expect(scoresNothing('TAGS: PREL')).toBe(false);
    expect(scoresNothing('2. (C) The minister spoke.')).toBe(false);
  });

  it.skipIf(!hasCorpus())('scoresNothing: no corpus line or block it passes scores anything', () => {
    const wrong: string[] = [];
    const flattened = cableScore(FLATTENED).score;
    for (const f of corpusFiles('cables', '.txt')) {
      const text = readCorpus(f);
      for (const piece of [...text.split('\n'), ...text.split(/\n\s*\n/)]) {
        if (scoresNothing(piece) && cableScore(`${piece}\n${FLATTENED}`).score !== flattened)
          wrong.push(piece.slice(0, 60));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('positiveSignalLines: the lines where a header field or paragraph 1 stands, and only those', () => {
    const text = 'Intro line.\nSECRET RURITANIA 000123\nProse.\nTAGS: PREL\n3. (C) Later.\n1. (C) First.';
    const starts = positiveSignalLines(text).map((at) =>
      text.slice(at, text.indexOf('\n', at) + 1 || undefined),
    );
    expect(starts).toEqual(['SECRET RURITANIA 000123\n', 'TAGS: PREL\n', '1. (C) First.']);
    expect(positiveSignalLines('3. (C) Quoted.\n4. (C) Quoted.\nReaders add TAGS to posts.')).toEqual([]);
  });

  it.skipIf(!hasCorpus())('positiveSignalLines: a corpus block with none of them scores 0 or less', () => {
    const wrong: string[] = [];
    let blocks = 0;
    for (const f of corpusFiles('cables', '.txt')) {
      const text = readCorpus(f);
      const lines = positiveSignalLines(text);
      // Runs of up to 12 lines starting at every 5th line: whole lines of the text, as a page's elements are.
      const starts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      for (let i = 0; i < starts.length; i += 5) {
        const start = starts[i] as number;
        const end = (starts[i + 12] ?? text.length + 1) - 1;
        if (lines.some((at) => at >= start && at < end)) continue;
        blocks++;
        const piece = text.slice(start, end);
        if (cableScore(piece).score > 0) wrong.push(piece.slice(0, 60));
      }
    }
    expect(blocks).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});
