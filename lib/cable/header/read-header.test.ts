import { describe, expect, it } from 'vitest';
import { readHeader } from './read-header';
import { splitMetadataTail } from './site-metadata';

// Invented cables in the shape of the real ones; no corpus text.
const ROUTING = `VZCZCXRO1234
PP RUEHXX
DE RUEHFB #0123/01 0101200
ZNY CCCCC ZZH
P 101200Z JAN 08
FM AMEMBASSY FOOBAR
TO RUEHC/SECSTATE WASHDC PRIORITY 1234
INFO RUEHZZ/AMEMBASSY NEW TOWN 0022
RUEHZL/NORTHERN POSTS COLLECTIVE
RUEKJCS/SECDEF WASHDC
`;

const HARD_WRAPPED = `C O N F I D E N T I A L SECTION 01 OF 02 FOOBAR 000195 
 
SIPDIS 
 
DEPT FOR EUR/AB, EUR/CD, SCA/A 
NEW TOWN FOR DATT 
 
E.O. 12958: DECL: 01/02/2013 
TAGS: MARR PGOV PREL XX
SUBJECT: RURITANIA: THE HARBOUR PLAN TAKES A NEW TURN AFTER 
REPORT ON THE 2004 "BRIDGE INCIDENT" 
 
Ref:  06 FOOBAR 431 
 
Classified by: Amb. A. Person for reasons 1.4 (b) and (d). 
 
1. (U) Summary: On a Tuesday the minister said that the
harbour would open.  End Summary.
`;

const read = (text: string, headerText: string | null = null, pageMeta = {}) =>
  readHeader(text, { headerText, pageMeta });
const bodyOf = (text: string, headerText: string | null = null, pageMeta = {}) =>
  text.slice(read(text, headerText, pageMeta).bodyStart);

describe('readHeader: a hard-wrapped cable with its routing header apart', () => {
  const result = read(HARD_WRAPPED, ROUTING);

  it('forms the id from the classification line and the date-time group year', () => {
    expect(result.id).toBe('08FOOBAR195');
    expect(result.meta.date).toBe('2008-01-10T12:00');
  });

  it('reads every header field', () => {
    const { meta } = result;
    expect(meta.classification).toBe('CONFIDENTIAL');
    expect(meta.level).toBe('C');
    expect(meta.origin).toBe('FOOBAR');
    expect(meta.section).toEqual({ section: 1, of: 2 });
    expect(meta.handling).toEqual(['SIPDIS']);
    expect(meta.passing).toEqual(['DEPT FOR EUR/AB, EUR/CD, SCA/A', 'NEW TOWN FOR DATT']);
    expect(meta.executiveOrder).toBe('E.O. 12958: DECL: 01/02/2013');
    expect(meta.declassify).toBe('2013-01-02');
    expect(meta.tags).toEqual(['MARR', 'PGOV', 'PREL', 'XX']);
    expect(meta.subject).toBe(
      'RURITANIA: THE HARBOUR PLAN TAKES A NEW TURN AFTER REPORT ON THE 2004 "BRIDGE INCIDENT"',
    );
    expect(meta.references).toEqual([
      { letter: null, text: '06 FOOBAR 431', id: '06FOOBAR431', kind: 'cable' },
    ]);
    expect(meta.classifiedBy).toBe('Amb. A. Person');
    expect(meta.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(meta.signature).toBeNull();
  });

  it('reads the routing header', () => {
    expect(result.meta.from).toBe('AMEMBASSY FOOBAR');
    expect(result.meta.to).toEqual(['SECSTATE WASHDC']);
    expect(result.meta.info).toEqual(['AMEMBASSY NEW TOWN', 'NORTHERN POSTS COLLECTIVE', 'SECDEF WASHDC']);
  });

  it('starts the body at paragraph 1', () => {
    expect(HARD_WRAPPED.slice(result.bodyStart)).toMatch(/^1\. \(U\) Summary/);
  });

  it('lets the site table win for id, date and origin, and the banner for classification', () => {
    const withPage = read(HARD_WRAPPED, ROUTING, {
      id: '08FOOBAR195_a',
      date: '2008-01-11 11:00',
      classification: 'SECRET',
      origin: 'Embassy Foobar',
      subject: 'something shorter',
    });
    expect(withPage.id).toBe('08FOOBAR195');
    expect(withPage.meta.date).toBe('2008-01-11T11:00');
    expect(withPage.meta.origin).toBe('Embassy Foobar');
    expect(withPage.meta.classification).toBe('CONFIDENTIAL');
    expect(withPage.meta.subject).toMatch(/^RURITANIA: THE HARBOUR/);
  });

  it('has no id when no year is known', () => {
    expect(read(HARD_WRAPPED).id).toBeNull();
  });
});

describe('readHeader: header styles', () => {
  it('the flattened style: the whole header on one line', () => {
    const text =
      'C O N F I D E N T I A L SECTION 01 OF 02 STATE 000321 SIPDIS E.O. 12958: DECL: 01/05/2020 TAGS: MASS MARR PGOV\n\n1.(U) Posts should act on this; see para 4.\n';
    const result = read(text, null, { date: '2010-01-04' });
    expect(result.id).toBe('10STATE321');
    expect(result.meta.handling).toEqual(['SIPDIS']);
    expect(result.meta.tags).toEqual(['MASS', 'MARR', 'PGOV']);
    expect(result.meta.declassify).toBe('2020-01-05');
    expect(text.slice(result.bodyStart)).toMatch(/^1\.\(U\) Posts/);
  });

  it('passing text and E.O. line glued together, CLASSIFIED BY with REASON on the same line', () => {
    const text = `C O N F I D E N T I A L SECTION 01 OF 03 FOOBAR 000222

SIPDIS SIPDIS 

DEPT FOR AB/CD AND EF E.O. 12958: DECL: 3/14/2018 

TAGS: PGOV PREL XX

CLASSIFIED BY: A. Person, CDA, Embassy Foobar, Dept of State. REASON: 1.4 (b), (d)

1.(C) Summary: The harbour plan has stalled again.
`;
    const { meta } = read(text);
    expect(meta.passing).toEqual(['DEPT FOR AB/CD AND EF']);
    expect(meta.declassify).toBe('2018-03-14');
    expect(meta.classifiedBy).toBe('A. Person, CDA, Embassy Foobar, Dept of State');
    expect(meta.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(bodyOf(text)).toMatch(/^1\.\(C\) Summary/);
  });

  it('an old all-caps cable with a PAGE header inside the subject', () => {
    const text = `Monday, 3 March 2003, 10:15
C O N F I D E N T I A L SECTION 01 OF 03 FOOBAR 001234 
SIPDIS 
NSC FOR SENIOR DIRECTOR A PERSON
EO 12958 DECL: 03/03/13 
TAGS PGOV, PREL, ECON, ZI 
SUBJECT: THE VISITING DELEGATION SEES THE 
 CONFIDENTIAL
PAGE 02 FOOBAR 01234 01 OF 03 031015Z HARBOUR MASTER
REFTEL: FOOBAR 1200
CLASSIFIED BY AMBASSADOR A PERSON FOR REASONS 1.5 (B) AND (D).
1. (C) SUMMARY: THE DELEGATION SAW THE HARBOUR.
`;
    const result = read(text);
    expect(result.id).toBe('03FOOBAR1234');
    expect(result.meta.date).toBe('2003-03-03T10:15');
    expect(result.meta.subject).toBe('THE VISITING DELEGATION SEES THE HARBOUR MASTER');
    expect(result.meta.tags).toEqual(['PGOV', 'PREL', 'ECON', 'ZI']);
    expect(result.meta.references[0]?.id).toBe('03FOOBAR1200');
    expect(result.meta.classifiedBy).toBe('AMBASSADOR A PERSON');
    expect(result.meta.reasons).toEqual(['1.5(b)', '1.5(d)']);
    expect(text.slice(result.bodyStart)).toMatch(/^1\. \(C\) SUMMARY/);
  });

  it('1960s: an archive note between the banner and the E.O. line, REF without a year', () => {
    const text = `UNCLASSIFIED NEW TOWN 2400 
 
This telegram was once Secret and is now 
declassified 
 
-------------------------------- 
A copy kept in the archive 
-------------------------------- 
 
E.O. 12958: DECL: DECLASSIFIED 01/02/2009 
TAGS: EFIS XX
SUBJECT:  FISHING LIMITS 
 
REF: STATE 100200 CIRCULAR; STATE AB-1234 NOV 3, 1966 
 
 
1.  THE NEWSPAPERS REPORT A NEW LAW.
`;
    const result = read(text, null, { date: '1966-12-28' });
    expect(result.id).toBe('66NEWTOWN2400');
    expect(result.meta.passing).toEqual([
      'This telegram was once Secret and is now declassified',
      'A copy kept in the archive',
    ]);
    expect(result.meta.references).toEqual([
      { letter: null, text: 'STATE 100200 CIRCULAR', id: '66STATE100200', kind: 'cable' },
      { letter: null, text: 'STATE AB-1234 NOV 3, 1966', id: null, kind: 'other' },
    ]);
    expect(text.slice(result.bodyStart)).toMatch(/^1\. {2}THE NEWSPAPERS/);
  });

  it('a lettered REF list over several lines, with a page-break header and a wrapped Classified By', () => {
    const text = `S E C R E T SECTION 01 OF 03 FOOBAR 000918

NOFORN
SIPDIS

E.O. 12958: DECL: 07/10/2018
TAGS: PREL PTER
SUBJECT: THE COUNSELOR AND THE HARBOUR

REF: A. FOOBAR 360
     B. 07 FOOBAR 808
C. (C) EMBASSY EMAIL OF MAY 18

FOOBAR 00000918  001.2 OF 003

Classified By: Political Counselor A. Person for reasons 1.
4 (b,d).

1.  (S/NF) Summary.  The counselor saw the harbour.
`;
    const result = read(text, null, { date: '2008-07-09' });
    expect(result.meta.classification).toBe('SECRET//NOFORN');
    expect(result.meta.references).toEqual([
      { letter: 'A', text: 'FOOBAR 360', id: '08FOOBAR360', kind: 'cable' },
      { letter: 'B', text: '07 FOOBAR 808', id: '07FOOBAR808', kind: 'cable' },
      { letter: 'C', text: 'EMBASSY EMAIL OF MAY 18', id: null, kind: 'email' },
    ]);
    expect(result.meta.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(result.meta.classifiedBy).toBe('Political Counselor A. Person');
    expect(text.slice(result.bodyStart)).toMatch(/^1\. {2}\(S\/NF\) Summary/);
  });

  it('a parenthesised REF list, (C) included, and a marked Classified by', () => {
    const text = `S E C R E T STATE 119999

E.O. 12958: DECL: 11/18/2034
TAGS: ASEC XX
SUBJECT: VISITOR RULES

REF: (A) 08 STATE 012345
(B) 3 FAM 100
(C) 09 STATE 023456

(U) Classified by: A. Person, Director, 
ABC/XX, Reason: 1.4 (c, d). 

OVERVIEW AND CONTENTS
`;
    const { meta } = read(text, null, { date: '2009-11-18' });
    expect(meta.references.map((r) => [r.letter, r.id])).toEqual([
      ['A', '08STATE12345'],
      ['B', null],
      ['C', '09STATE23456'],
    ]);
    expect(meta.classifiedBy).toBe('A. Person, Director, ABC/XX');
    expect(meta.reasons).toEqual(['1.4(c)', '1.4(d)']);
    expect(bodyOf(text)).toMatch(/^OVERVIEW AND CONTENTS/);
  });

  it('reasons wrapped mid-word and reasons given as letters only', () => {
    const wrapped = `C O N F I D E N T I A L FOOBAR 000500 \n\nE.O. 12958: DECL: 06/08/2019 \nTAGS: PREL \nSUBJECT: VISIT \n\nClassified By: Deputy A. Person for reasons 1.4 (b) a \nnd (d) \n \n1. (C//NF) SUMMARY: The visit.\n`;
    expect(read(wrapped).meta.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(bodyOf(wrapped)).toMatch(/^1\. \(C\/\/NF\)/);
    const letters = `S E C R E T FOOBAR 000200\n\nE.O. 12958: DECL: 02/23/2028\nTAGS: PREL\nSUBJECT: TALKS\n\nClassified By: DCM A. Person for reasons b, d.\n\n1. (C) Summary.\n`;
    expect(read(letters).meta).toMatchObject({
      classifiedBy: 'DCM A. Person',
      reasons: ['1.4(b)', '1.4(d)'],
    });
    const comma = `S E C R E T FOOBAR 001600\n\nE.O. 12958: DECL: 09/09/2019\nTAGS: PTER\nSUBJECT: MEETING\n\nClassified By: Ambassador A. Person for reasons 1.4(b),\n(c), and (d).\n\n1.  (S/NF) SUMMARY.\n`;
    expect(read(comma).meta.reasons).toEqual(['1.4(b)', '1.4(c)', '1.4(d)']);
    expect(bodyOf(comma)).toMatch(/^1\. {2}\(S\/NF\)/);
  });

  it('UNCLAS with SENSITIVE is FOUO; a NOFORN line makes the banner NOFORN', () => {
    expect(
      read(
        'UNCLAS FOOBAR 001200\n\nSIPDIS\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV\nSUBJECT: X\n\n1. (U) Y\n',
      ).meta,
    ).toMatchObject({
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      level: 'U',
      handling: ['SIPDIS', 'SENSITIVE'],
      declassify: null,
    });
    expect(
      read(
        'C O N F I D E N T I A L FOOBAR 001200\n\nNOFORN\n\nSIPDIS\n\nE.O. 12958: DECL: 10/10/2019\nTAGS: PREL\nSUBJECT: X\n\n1. (C//NF) Y\n',
      ).meta.classification,
    ).toBe('CONFIDENTIAL//NOFORN');
  });

  it('the typo banner SS E C R E T and a letters-only body start', () => {
    const text =
      'SS E C R E T FOOBAR 000040 \n\n\nDEPT FOR: AB/CD; EF/GH \n\nE.O. 12958: DECL: 2/27/2019 \nTAGS: ASEC XX\nSUBJECT: SURVEY \n\nREF: STATE 30000 \n\nOur answers to the survey follow.\n\n(U) Crowds\n';
    const result = read(text, null, { date: '2009-02-28' });
    expect(result.meta.level).toBe('S');
    expect(result.meta.passing).toEqual(['DEPT FOR: AB/CD; EF/GH']);
    expect(text.slice(result.bodyStart)).toMatch(/^Our answers/);
  });
});

describe('readHeader: never takes body text', () => {
  it('a mixed-case line right after an all-caps SUBJECT is body', () => {
    expect(
      bodyOf(
        'SECRET FOOBAR 000001\n\nE.O. 12958: DECL: 1/1/2019\nTAGS: PREL\nSUBJECT: TALKS WITH THE MINISTER\nThe minister said he would come.\n',
      ),
    ).toBe('The minister said he would come.\n');
  });

  it('a body line right after a complete Classified By is body', () => {
    expect(
      bodyOf(
        'SECRET FOOBAR 000001\nTAGS: PREL\nSUBJECT: TALKS\nClassified By: A. Person, reasons 1.4 (b) and (d).\nThe minister said he would come.\n',
      ),
    ).toBe('The minister said he would come.\n');
  });

  it('a banner with no header fields after it gives its other lines back to the body', () => {
    const text = 'SECRET FOOBAR 000001\n\nTHE MINISTER ARRIVED TODAY.\n\n1. (S) He said so.\n';
    expect(text.slice(read(text).bodyStart)).toBe('THE MINISTER ARRIVED TODAY.\n\n1. (S) He said so.\n');
  });

  it('text with no header at all is all body', () => {
    expect(read('1. (C) The minister said so.\n').bodyStart).toBe(0);
    expect(read('The minister said so.').bodyStart).toBe(0);
    expect(read('').bodyStart).toBe(0);
  });

  it('a header with no body ends at the text end', () => {
    const text =
      'S E C R E T FOOBAR 000400 \n \nSIPDIS \n \nE.O. 12958: DECL: 04/04/2034 \nTAGS: PARM\nSUBJECT: (S) A CARGO AT SEA ...';
    const result = read(text);
    expect(result.bodyStart).toBe(text.length);
    expect(result.meta.subject).toBe('(S) A CARGO AT SEA ...');
  });

  it('finishes on pathological input (long lines, long runs of spaces, binary junk)', () => {
    const spaces = ' '.repeat(1_000_000);
    const inputs = [
      'x'.repeat(1_000_000),
      `${spaces}x`,
      `SECRET FOO 000001\nSUBJECT: A${spaces}x`,
      `SECRET FOO 000001\nTAGS: X\nREF: A. FOO 1${', '.repeat(300_000)}x`,
      `SECRET FOO 000001\nTAGS: X\nClassified By: ${spaces}x`,
      `FM AMEMBASSY FOO${spaces}x\nTO ${'A '.repeat(300_000)}`,
      'SUBJECT: A\n'.repeat(100_000),
      'REF: A. FOO 1\n'.repeat(50_000),
      '\u0000\u0001'.repeat(50_000),
    ];
    for (const text of inputs) {
      const result = read(text, text.slice(0, 300_000));
      expect(result.bodyStart).toBeGreaterThanOrEqual(0);
      expect(result.bodyStart).toBeLessThanOrEqual(text.length);
    }
  });

  it('one-line text: the classification line is header, the rest is body', () => {
    const text = `SECRET FOOBAR 000001 ${'The minister spoke. '.repeat(200)}`;
    const result = read(text);
    expect(result.meta.level).toBe('S');
    expect(text.slice(result.bodyStart)).toMatch(/^The minister spoke\./);
  });
});

describe('readHeader: sites', () => {
  it('an unknown mirror: chrome, metadata line, site labels, then the body', () => {
    const text = `Home  Papers  Cables mirror  Privacy
07FOOBAR1147 2007-01-02 10:00:00 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy Foobar
Cable title:  


pdf guide to cables

1. (U) Post offers its views here.
`;
    const result = read(text);
    expect(result.id).toBe('07FOOBAR1147');
    expect(result.meta).toMatchObject({
      date: '2007-01-02T10:00',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      level: 'U',
      origin: 'Embassy Foobar',
      subject: null,
    });
    expect(text.slice(result.bodyStart)).toMatch(/^1\. \(U\) Post offers/);
  });

  it('PlusD: the header shown apart ends inside the REF list, which continues in the body text', () => {
    const headerText = `
CONFIDENTIAL

PAGE 01  FOOBAR 03000  151600Z

12
ACTION EUR-10

INFO  OCT-01  EA-02  ISO-00
---------------------     012345
R 151515Z MAY 74
FM AMEMBASSY FOOBAR
TO SECSTATE WASHDC 1000
INFO AMEMBASSY NEW TOWN
AMCONSUL OLDTOWN

C O N F I D E N T I A L FOOBAR 3000

E.O. 11652: GDS
TAGS: PINS, XX
SUBJECT: TWO SHIPS IN PORT

REF: A. STATE 90000`;
    const text = 'B. FOOBAR 2900\n\n1. THE EMBASSY HEARD OF THE SHIPS.\n';
    const result = read(text, headerText, { id: '1974FOOBAR03000_b' });
    expect(result.id).toBe('1974FOOBAR03000');
    expect(result.meta).toMatchObject({
      classification: 'CONFIDENTIAL',
      date: '1974-05-15T15:15',
      from: 'AMEMBASSY FOOBAR',
      to: ['SECSTATE WASHDC'],
      info: ['AMEMBASSY NEW TOWN', 'AMCONSUL OLDTOWN'],
      tags: ['PINS', 'XX'],
      subject: 'TWO SHIPS IN PORT',
      declassify: 'GDS',
    });
    expect(result.meta.references).toEqual([
      { letter: 'A', text: 'STATE 90000', id: '1974STATE090000', kind: 'cable' },
      { letter: 'B', text: 'FOOBAR 2900', id: '1974FOOBAR02900', kind: 'cable' },
    ]);
    expect(text.slice(result.bodyStart)).toBe('1. THE EMBASSY HEARD OF THE SHIPS.\n');
  });

  it('a media-partner metadata tail gives date, tags and subject when nothing better exists', () => {
    const text =
      'C O N F I D E N T I A L SECTION 01 OF 03 FOOBAR 000200\n\n1.(C) The ship has left port. End comment. PERSON 0 01/02/2008 1234 PGOV,PREL,XX THE SHIP "LEFT" The ship has left the port.';
    const split = splitMetadataTail(text);
    expect(split.body.endsWith('End comment. PERSON')).toBe(true);
    const result = readHeader(split.body, { headerText: null, pageMeta: {}, tail: split });
    expect(result.meta.date).toBe('2008-01-02');
    expect(result.id).toBe('08FOOBAR200');
    expect(result.meta.tags).toEqual(['PGOV', 'PREL', 'XX']);
    expect(result.meta.subject).toBe('THE SHIP "LEFT"');
  });
});

describe('readHeader: field forms', () => {
  const head = (lines: string) =>
    readHeader(`CONFIDENTIAL FOOBAR 000123\n\n${lines}\n\n1. (C) Body.\n`, {
      headerText: null,
      pageMeta: { date: '2008-03-04' },
    });

  it.each([
    ['SUBJECT: THE PLAN', 'THE PLAN'],
    ['SUBJ: THE PLAN', 'THE PLAN'],
    ['UBJECT: THE PLAN', 'THE PLAN'],
    ['SUBJECT THE PLAN', 'THE PLAN'],
    ['SUBJECT:\n\nTHE PLAN', 'THE PLAN'],
    ['SUBJECT: THE PLAN FOR THE HARBOURREF: A. FOOBAR 12', 'THE PLAN FOR THE HARBOUR'],
    ['SUBJECT: THE PLAN FOR FOOBARClassified By: Amb. A. Person', 'THE PLAN FOR FOOBAR'],
    ['SUBJECT: THE PLAN \\\nFOR THE HARBOUR \\', 'THE PLAN FOR THE HARBOUR'],
  ])('%j reads the subject %j', (lines, subject) => {
    expect(head(`TAGS: PGOV\n${lines}`).meta.subject).toBe(subject);
  });

  it.each([
    [
      'a subject cut after a joining word, its tail past a blank line',
      'SUBJECT: THE PLAN TO SAVE THE \n\nHARBOUR - A FIRST STEP\n\nREF: FOOBAR 12',
    ],
    [
      'a subject tail past a blank line, with a field right after it',
      'SUBJECT: THE MINISTER MEETS THE \n\nMAYOR ON HARBOUR WORKS\nREF: FOOBAR 12',
    ],
    [
      'a subject tail past a blank line, confirmed by the REF line',
      'SUBJECT: THE MINISTER ON HARBOUR\n\nWORKS; A PLAN FOR THE PORT\nREF: FOOBAR 12',
    ],
  ])('%s: the subject is whole and the body starts at paragraph 1', (_, lines) => {
    const text = `CONFIDENTIAL FOOBAR 000123\n\nTAGS: PGOV\n${lines}\n\n1. (C) Body.\n`;
    const result = readHeader(text, { headerText: null, pageMeta: { date: '2008-03-04' } });
    expect(result.meta.subject).toMatch(/^THE .* (?:STEP|WORKS|PORT)$/);
    expect(result.meta.references.map((r) => r.id)).toEqual(['08FOOBAR12']);
    expect(text.slice(result.bodyStart)).toBe('1. (C) Body.\n');
  });

  it('a capitals subject whose wrapped line ends in a lower-case redaction', () => {
    const { meta } = head(
      'TAGS: PGOV\nSUBJECT: FOOBAR: A SOURCE DESCRIBES THE USE OF\nHARBOUR CLUBS; xxxxxxxxxxxx\n\nREF: FOOBAR 12',
    );
    expect(meta.subject).toBe('FOOBAR: A SOURCE DESCRIBES THE USE OF HARBOUR CLUBS; xxxxxxxxxxxx');
    expect(meta.references.map((r) => r.id)).toEqual(['08FOOBAR12']);
  });

  it('a capitals note between the REF list and Classified By is a passing line', () => {
    const text =
      'CONFIDENTIAL FOOBAR 000123\n\nTAGS: PGOV\nSUBJECT: THE PLAN\n\nREF: FOOBAR 12\n\nE-MAIL TO THE DESK\n\nClassified By: Amb. A. Person for reasons 1.4 (b).\n\nSummary\n-------\n\n1. (C) Body.\n';
    const result = readHeader(text, { headerText: null, pageMeta: { date: '2008-03-04' } });
    expect(result.meta.passing).toEqual(['E-MAIL TO THE DESK']);
    expect(result.meta.classifiedBy).toBe('Amb. A. Person');
    expect(text.slice(result.bodyStart)).toMatch(/^Summary\n/);
  });

  it('a REF list whose line ends in a separator runs on past a blank line', () => {
    const { meta } = head('TAGS: PGOV\nSUBJECT: THE PLAN\n\nREF: FOOBAR 10; FOOBAR 11;\n\nFOOBAR 12');
    expect(meta.references.map((r) => r.id)).toEqual(['08FOOBAR10', '08FOOBAR11', '08FOOBAR12']);
  });

  it('a capitals heading after the subject, with no field after it, is body', () => {
    const text =
      'CONFIDENTIAL FOOBAR 000123\n\nTAGS: PGOV\nSUBJECT: THE HARBOUR PLAN\n\nSUMMARY AND COMMENT\n\n1. (C) Body.\n';
    const result = readHeader(text, { headerText: null, pageMeta: { date: '2008-03-04' } });
    expect(result.meta.subject).toBe('THE HARBOUR PLAN');
    expect(result.meta.passing).toEqual([]);
    expect(text.slice(result.bodyStart)).toMatch(/^SUMMARY AND COMMENT\n/);
  });

  it('takes a REF glued to the subject into the references', () => {
    const { meta } = head('TAGS: PGOV\nSUBJECT: THE PLAN FOR THE HARBOURREF: A. FOOBAR 12 B. FOOBAR 13');
    expect(meta.references.map((r) => r.id)).toEqual(['08FOOBAR12', '08FOOBAR13']);
  });

  it('reads a REF list after a blank line under an empty label', () => {
    const { meta } = head('TAGS: PGOV\nSUBJECT: THE PLAN\n\nREFS:\n\nA. FOOBAR 12\nB. 07 STATE 99');
    expect(meta.references.map((r) => r.id)).toEqual(['08FOOBAR12', '07STATE99']);
  });

  it('gives an all-capitals subject a title form', () => {
    const { meta } = head("TAGS: PGOV\nSUBJECT: FOOBAR: THE MINISTER'S VIEW OF THE U.S. AND NATO PLAN");
    expect(meta.subjectTitle).toBe("Foobar: The Minister's View of the U.S. and NATO Plan");
  });

  it.each([
    ['Classified By: Ambassador A. Person for reasons 1.4 (b) and (d)', 'A. Person', 'Ambassador'],
    ['Classified By: A. Person, Political Counselor, reasons 1.4 (b)', 'A. Person', 'Political Counselor'],
    ['Classified By: POL/C A. PERSON PER 1.4 (D)', 'A. PERSON', 'POL/C'],
    ["Classified By: Charge d'Affaires a.i. A. Person, 1.4 (b)", 'A. Person', "Charge d'Affaires a.i."],
  ])('%s: name %s, title %s', (line, name, title) => {
    expect(head(`TAGS: PGOV\nSUBJECT: THE PLAN\n\n${line}`).meta.classifier).toEqual({ name, title });
  });

  it('reads reasons after the order inside Classified By, and a Derived from line as the classification', () => {
    const glued = head(
      'TAGS: PGOV\nSUBJECT: THE PLAN\n(U) Classified by CDA A. Person; E.O. 12958, reasons 1.4 (b).',
    );
    expect([glued.meta.classifiedBy, glued.meta.reasons, glued.meta.executiveOrder]).toEqual([
      'CDA A. Person',
      ['1.4(b)'],
      null,
    ]);
    const derived = head('TAGS: PGOV\nSUBJECT: THE PLAN\nREF: FOOBAR 12\nDERIVED FROM: DSCG 05-1 B, D');
    expect([derived.meta.classifiedBy, derived.meta.reasons, derived.meta.classifier]).toEqual([
      'DERIVED FROM: DSCG 05-1',
      ['1.4(b)', '1.4(d)'],
      null,
    ]);
    expect(derived.meta.references.map((r) => r.id)).toEqual(['08FOOBAR12']);
  });

  it("keeps a banner marking line's caveats and a Declassify on line where the E.O. line gives a marker", () => {
    const result = readHeader(
      'SECRET STATE 000123\n\nE.O. 12958: DECL: MR\nTAGS: ASEC\nSUBJECT: THE PLAN\nClassified By: Derived from Multiple Sources\nSECRET//FGI//NOFORN//MR\nDeclassify on: Source marked 25X1-human, Date of source:\nMarch 3, 2008\n\n1. (U) Body.\n',
      { headerText: null, pageMeta: { date: '2008-03-04' } },
    );
    expect(result.meta.handling).toEqual(['FGI', 'NOFORN']);
    expect(result.meta.declassify).toBe('Source marked 25X1-human, Date of source: March 3, 2008');
  });

  it('reads the 1990s Classified By inside the first paragraph, without taking the paragraph', () => {
    const result = readHeader(
      'CONFIDENTIAL FOOBAR 000123\n\nE.O. 12958: DECL: 1.6X6\nTAGS: PGOV\nSUBJECT: THE PLAN\n\n1. (U) CLASSIFIED BY A. PERSON, DCM. REASON: 1.5 (D).\n\n2. (C) Body.\n',
      { headerText: null, pageMeta: { date: '1999-03-04' } },
    );
    expect(result.meta.classifiedBy).toBe('A. PERSON, DCM');
    expect(result.meta.reasons).toEqual(['1.5(d)']);
  });

  it('records where the page table and the text disagree', () => {
    const result = readHeader('SECRET FOOBAR 000124\n\nTAGS: PGOV\nSUBJECT: THE PLAN\n\n1. (S) Body.\n', {
      headerText: null,
      pageMeta: {
        id: '08FOOBAR123',
        date: '2008-03-04',
        classification: 'CONFIDENTIAL',
        origin: 'Embassy Foobar',
      },
    });
    expect(result.id).toBe('08FOOBAR123');
    expect(result.meta.conflicts).toEqual([
      { field: 'id', page: '08FOOBAR123', text: '08FOOBAR124' },
      { field: 'classification', page: 'CONFIDENTIAL', text: 'SECRET' },
    ]);
  });

  it.each([
    ['another day', '2008-06-26', 'Friday, 26 September 2008, 02:25', '2008-09-26T02:25'],
    ['another time on the same day', '2008-06-26T06:06', 'Thursday, 26 June 2008, 06:43', '2008-06-26T06:43'],
  ])('records a date line at %s than the table', (_, page, line, text) => {
    const result = readHeader(
      `${line}\nSECRET FOOBAR 000123\n\nTAGS: PGOV\nSUBJECT: THE PLAN\n\n1. (S) Body.\n`,
      {
        headerText: null,
        pageMeta: { id: '08FOOBAR123', date: page },
      },
    );
    expect(result.meta.conflicts).toEqual([{ field: 'date', page, text }]);
  });

  it('records no date conflict for the same moment written as a UTC and a local day', () => {
    const result = readHeader(
      'Thursday, 26 June 2008, 23:10\nSECRET FOOBAR 000123\n\nTAGS: PGOV\nSUBJECT: THE PLAN\n\n1. (S) Body.\n',
      { headerText: null, pageMeta: { id: '08FOOBAR123', date: '2008-06-27' } },
    );
    expect(result.meta.conflicts).toEqual([]);
  });

  it('a TOP SECRET cable keeps its id and banner', () => {
    const result = readHeader(
      'TOP SECRET SECTION 01 OF 02 FOOBAR 000125\n\nTAGS: PGOV\nSUBJECT: THE PLAN\n\n1. (TS) Body.\n',
      {
        headerText: 'FM AMEMBASSY FOOBAR\nTO SECSTATE WASHDC IMMEDIATE 1\n',
        pageMeta: { date: '2008-03-04' },
      },
    );
    expect(result.id).toBe('08FOOBAR125');
    expect(result.meta.level).toBe('TS');
    expect(result.meta.classification).toBe('TOP SECRET');
    expect(result.meta.precedence).toBe('IMMEDIATE');
  });

  it("reads the archive's lower-cased copy: spaced banner, Sipdis, TAGS over two lines", () => {
    const result = readHeader(
      "S e c r e t section 01 of 02 foobar 000123\n\nSipdis\n\nE.o. 12958: decl: 01/02/2019\nTags: ovip (doe, john b.), prel, pgov,\nmnuc, ch\nSubject: the minister's visit\n\nClassified By: Ambassador A. Person. Reasons 1.4 (b) and (d).\n\n1. (S) Body.\n",
      { headerText: null, pageMeta: { date: '2009-10-26' } },
    );
    expect(result.id).toBe('09FOOBAR123');
    expect(result.meta.handling).toEqual(['SIPDIS']);
    expect(result.meta.tags).toEqual(['OVIP', 'DOE, JOHN B', 'PREL', 'PGOV', 'MNUC', 'CH']);
    expect(result.meta.subject).toBe("the minister's visit");
    expect(result.meta.classifier).toEqual({ name: 'A. Person', title: 'Ambassador' });
  });
});

describe('readHeader: a header read twice', () => {
  const read2 = (text: string) => {
    const result = readHeader(text, { headerText: null, pageMeta: { date: '2009-07-29' } });
    return { ...result, body: text.slice(result.bodyStart) };
  };

  it('a SUBJ: line after Classified By repeating the subject in mixed case is header', () => {
    const { meta, body } = read2(
      'SECRET FOOBAR 000123\n\nTAGS: PGOV\nSUBJECT: THE MINISTER OF WORKS VISITS THE NEW\nHARBOUR\n\nClassified By: Amb. A. Person for reasons 1.4 (b).\n\nSUBJ: The Minister of Works Visits the New\nHarbour\n\n1. (S) Body.\n',
    );
    expect(meta.subject).toBe('THE MINISTER OF WORKS VISITS THE NEW HARBOUR');
    expect(body).toBe('1. (S) Body.\n');
  });

  it('a SUBJ: line naming another subject is body', () => {
    const { meta, body } = read2(
      'SECRET FOOBAR 000123\n\nTAGS: PGOV\nSUBJECT: THE HARBOUR PLAN\n\nClassified By: Amb. A. Person for reasons 1.4 (b).\n\nSUBJ: The bridge plan\n\n1. (S) Body.\n',
    );
    expect(meta.subject).toBe('THE HARBOUR PLAN');
    expect(body).toMatch(/^SUBJ: The bridge plan\n/);
  });

  it("the cable's own lower-cased header after the routing section's fields: read, the first values kept", () => {
    const { meta, body } = read2(
      'TAGS: PGOV PREL\nSUBJECT: THE MINISTER AGREES ON A TIMETABLE FOR THE\nREF: FOOBAR 00012\n\n\nC o n f i d e n t i a l section 01 of 02 foobar 000123\n\nSipdis\n\nDept for eur/ab, eur/cd\n\nE.o. 12958: decl: 07/28/2019\nTags: pgov, prel,\nch\nSubject: the minister agrees on a timetable for the\nharbour\n\nRef: foobar 00012\n\nClassified By: Amb. A. Person for reasons 1.5 (b) and (d)\n\n1. (C) Body.\n',
    );
    expect(meta.subject).toBe('THE MINISTER AGREES ON A TIMETABLE FOR THE HARBOUR');
    expect(meta.tags).toEqual(['PGOV', 'PREL', 'CH']);
    expect(meta.references.map((r) => r.id)).toEqual(['09FOOBAR12']);
    expect(meta.section).toEqual({ section: 1, of: 2 });
    expect(meta.handling).toEqual(['SIPDIS']);
    expect(meta.passing).toEqual(['Dept for eur/ab, eur/cd']);
    expect(meta.declassify).toBe('2019-07-28');
    expect(meta.classifier).toEqual({ name: 'A. Person', title: 'Amb.' });
    expect(body).toBe('1. (C) Body.\n');
  });

  it('a banner after the fields with no header field after it is body', () => {
    const text = 'TAGS: PGOV\nSUBJECT: THE PLAN\n\nCONFIDENTIAL FOOBAR 000123\n\nThe text begins here.\n';
    expect(read2(text).body).toMatch(/^CONFIDENTIAL FOOBAR 000123\n/);
  });
});
