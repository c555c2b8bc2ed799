// The case classes of cablemap's header tests (the Python Cablegate parser: references, tags, subject,
// classified-by names, signers, ids), one invented case per class in the same shape, run through the whole
// pipeline. Values are our own; what carries over is the class and the rule it tests.
import { describe, expect, it } from 'vitest';
import { parseCable, parseCableText } from '../parse';
import type { CableDocument } from '../types';
import { canonicalId } from './ids';

const BODY = '1. (C) The talks went on.\n\n2. (C) They ended.\n';

/** An invented cable of `year` with `fields` as its header lines and `body` after them. */
function cable(year: string, fields: string, body = BODY, serial = '123'): CableDocument {
  const text = `C O N F I D E N T I A L FOOBAR 000${serial}\n\nSIPDIS\n\nE.O. 12958: DECL: 01/02/${year}\n${fields}\n\n${body}`;
  return parseCableText(text, { id: `${year.slice(2)}FOOBAR${serial}`, date: `${year}-05-06` });
}

const refIds = (doc: CableDocument) => doc.meta.references.filter((r) => r.id).map((r) => r.id);

describe('references (cablemap test_reader_references, test_reader_references_ng)', () => {
  it.each([
    [
      'many inline letters, years before the post, zero-padded serials',
      '2007',
      'REF: A. FOOBAR 1605  B. FOOBAR 1352  C. 06 FOOBAR 2601  D. 06 STATE 80908  E. 06 FOOBAR 0619  F. 05 MOSCOW 0546',
      ['07FOOBAR1605', '07FOOBAR1352', '06FOOBAR2601', '06STATE80908', '06FOOBAR619', '05MOSCOW546'],
    ],
    [
      'a message-traffic item with its own DTG-like numbers is no cable',
      '2008',
      'REF: A. LIMA 1501\nB. LIMA 1568\nC. HOTR WASHINGTON DC//USDAO LIMA (SUBJ: IIR 6 832\n0617 08)',
      ['08LIMA1501', '08LIMA1568'],
    ],
    [
      'letters with a parenthesis, an e-mail among them',
      '2007',
      'REF: A) RIGA 366 B) SMITH-JONES EMAIL 05/11/07 C) RIGA 347',
      ['07RIGA366', '07RIGA347'],
    ],
    [
      'semicolon-separated letters, AND PREVIOUS',
      '2007',
      'REF: A) STATE 135205; B) STATE 127608; C) DOE-ROE/POE E-MAIL 10/15/07; D) TUNIS 797; E) TUNIS 723 AND PREVIOUS',
      ['07STATE135205', '07STATE127608', '07TUNIS797', '07TUNIS723'],
    ],
    ['a multi-word post', '2007', 'REF: LA PAZ 2974', ['07LAPAZ2974']],
    [
      'a doubled label, a date that is no cable',
      '2005',
      'REF: A. (A) LIMA 7682 AND PREVIOUS\n\nB. (B) EMBASSY LIMA DAILY REPORT FOR OCTOBER 28 -\nNOVEMBER 16 (LIMA SIPRNET SITE)\nC. (C) LIMA 7527',
      ['05LIMA7682', '05LIMA7527'],
    ],
    [
      'press reports among cables',
      '2009',
      'REF: A. OSC EUP20080707950031  B. OSC EUP20081019950022  C. MADRID 286  D. OSC EUP 20061127123001',
      ['09MADRID286'],
    ],
    [
      'glued parenthesised letters, an item wrapped before its serial',
      '2007',
      'REF: (A)STATE 071143, (B)STATE 073601, (C)STATE 72896, (D)BEIJING \n5361, (E) STATE 148514',
      ['07STATE71143', '07STATE73601', '07STATE72896', '07BEIJING5361', '07STATE148514'],
    ],
    [
      'four-digit years before the post',
      '2008',
      'REF: A. MANAGUA 520 \nB. MANAGUA 500 \nC. 2007 MANAGUA 2135 \nD. 2006 MANAGUA 2611',
      ['08MANAGUA520', '08MANAGUA500', '07MANAGUA2135', '06MANAGUA2611'],
    ],
    [
      'an old circular and an airgram',
      '1966',
      'REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966',
      ['66STATE106206'],
    ],
    ['an e-mail only', '2004', 'REF: EMBASSY MADRID E-MAIL TO EUR/WE OF OCTOBER 14', []],
    [
      'SECSTATE is STATE, indented continuation',
      '2008',
      'REF: A. SECSTATE 74879 \n     B. RIYADH 43',
      ['08STATE74879', '08RIYADH43'],
    ],
    [
      'Ref(s): glued to the subject, an abbreviated post, a handling sentence after',
      '2008',
      'SUBJECT: THE AMBASSADOR MEETS ENERGY FIRMS IN RIO Ref(s): A) 08 RIO DE JAN 138; B) 08 RIO DE JAN 0044 and previous Sensitive But Unclassified - Please handle accordingly.',
      ['08RIODEJANEIRO138', '08RIODEJANEIRO44'],
    ],
    [
      'doubled labels of two kinds, Classified By on the same line',
      '2008',
      'REF: A. A) SECSTATE 54183 B. B) 07 BRASILIA 1868 C. C) STATE 57700 D. 07 STATE 17940 Classified By: DCM A. Person, Reason 1.5 (d)',
      ['08STATE54183', '07BRASILIA1868', '08STATE57700', '07STATE17940'],
    ],
    [
      'PROGRAM REF:',
      '2008',
      'PROGRAM REF: A. A) SECSTATE 54183 B. B) 07 BRASILIA 1868',
      ['08STATE54183', '07BRASILIA1868'],
    ],
    [
      'REF: glued to a subject, semicolons and a missing one',
      '2006',
      'SUBJECT: THE CARDINAL DISCUSSES THE GOVERNMENT REF: (A) 05 SAO PAULO 405; (B) 05 SAO PAULO 402 (C) 02 BRASILIA 2670',
      ['05SAOPAULO405', '05SAOPAULO402', '02BRASILIA2670'],
    ],
    [
      'a SECDEF message by its DTG is no cable',
      '2008',
      'REF: A. BERLIN 1045\nB. SECDEF MSG DTG 301601z SEP 08',
      ['08BERLIN1045'],
    ],
    [
      'an old page header inside the REF list, the citing cable never cited',
      '2002',
      'REF: A. STATE 40721\n CONFIDENTIAL\nPAGE 02 FOOBAR 00123 01 OF 02 082030Z  B. ROME 1098  C. ROME 894  D. MANY E-MAILS FROM 10/01-02/02  E. ROME 348',
      ['02STATE40721', '02ROME1098', '02ROME894', '02ROME348'],
    ],
    [
      'REF: glued to a subject alone',
      '2006',
      'SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861',
      ['06BRASILIA861'],
    ],
    [
      'subject, REF and Classified By on one line',
      '2008',
      "SUBJECT: WHAT'S BEHIND THE RAIDS REF: A. MOSCOW 816 B. MOSCOW 768 C. 07 MOSCOW 3054 Classified By: Ambassador A. Person for Reasons 1.4 (b/d)",
      ['08MOSCOW816', '08MOSCOW768', '07MOSCOW3054'],
    ],
    [
      'a flattened page header in the REF list naming the citing cable',
      '2008',
      'REF: A) TRIPOLI 199, B) TRIPOLI 227 FOOBAR 00000123 \n\n001.2 OF 003',
      ['08TRIPOLI199', '08TRIPOLI227'],
    ],
    [
      'a message by DTG only',
      '2008',
      'SUBJECT: COUNTRY CLEARANCE IS GRANTED REF: SECDEF R162245Z OCT 08',
      [],
    ],
    [
      'a report by DTG among cables',
      '2008',
      'REF: A. A) BRASILIA 236 B. B) OSD REPORT DTG 251847Z MAR 08 C. C) BRASILIA 175',
      ['08BRASILIA236', '08BRASILIA175'],
    ],
    [
      'talking points by date',
      '2009',
      'REF: A. PARIS POINTS JULY 15  B. PARIS POINTS JULY 6  C. PARIS 1025',
      ['09PARIS1025'],
    ],
    [
      'lower case letters and posts, a capital among them, a document that is no cable',
      '2008',
      'Ref: a. 05 state 201650\n\nB. 05 berlin 3726\nc. 05 state 211408\nd. Mtcr poc 201/2006 - may 16 2006\ne. 07 state 75839',
      ['05STATE201650', '05BERLIN3726', '05STATE211408', '07STATE75839'],
    ],
    [
      'THE HAGUE with and without a year',
      '2010',
      'REF: A. THE HAGUE 109\nB. THE HAGUE 097\nC. 09 THE HAGUE 759',
      ['10THEHAGUE109', '10THEHAGUE97', '09THEHAGUE759'],
    ],
    ['e-mails only, lettered', '2003', 'REF: A. DOE-ROE EMAIL 10/9 \n\nB. ROE-POE EMAILS 9-22 THRU 10-7', []],
    [
      'REF without a colon before A), a page header inside, notices that are no cables',
      '2010',
      'SUBJECT: PORT ENTRY DENIED \n\nREF A) LONDON 002351 B) STATE 069339 C) HAMILTON 00014 FOOBAR 00000123 001.2 OF 005 D) STATE 7877 E) SINGAPORE 00083 F) UNSCR 1737 COMMITTEE NOTICE- 24 JULY 2009',
      ['10LONDON2351', '10STATE69339', '10HAMILTON14', '10STATE7877', '10SINGAPORE83'],
    ],
    [
      'four-digit years, an IIR, a continuation line without a label',
      '2010',
      'REF: CAIRO IIR 6 899 0149 10; 2009 CAIRO 2394 \n2009 CAIRO 491',
      ['09CAIRO2394', '09CAIRO491'],
    ],
    [
      'REF glued to the last word of the subject',
      '2008',
      'SUBJECT: (C/NF) WHO WOULD REPLACE THE PRIME MINISTERREF: A. LONDON 1939  B. LONDON 1704',
      ['08LONDON1939', '08LONDON1704'],
    ],
    [
      'Refs: in mixed case, multi-word posts in mixed case',
      '2004',
      'Refs: A) State 29549 \nB) Sao Paulo 276 \nC) Rio de Janeiro 128 \nD) 2003 Sao Paulo 2199',
      ['04STATE29549', '04SAOPAULO276', '04RIODEJANEIRO128', '03SAOPAULO2199'],
    ],
    [
      'semicolons after parenthesised letters, a banner after the list',
      '2006',
      'REF: (A) Sao Paulo 526; \n(B) Sao Paulo 319; \n(C) 05 Sao Paulo 975 \n\nSENSITIVE BUT UNCLASSIFIED',
      ['06SAOPAULO526', '06SAOPAULO319', '05SAOPAULO975'],
    ],
    [
      'a misspelt SUBJECT with a glued REF, an e-mail by date',
      '2008',
      'UBJECT: BAHRAIN WILL ASK QATAR TO ACT REF: A. A) MANAMA 20 \nB. B) 2/22/08 DOE-ROE E-MAIL',
      ['08MANAMA20'],
    ],
    [
      'a flattened header: REF, page header and CLASSIFIED BY on one line',
      '2008',
      'SUBJECT: HE MAY RESIGN SOON \n\nREF: TRIPOLI 227  FOOBAR 00000123  001.2 OF 002   CLASSIFIED BY: A. Person, CDA, U.S. Embassy, Dept of State. REASON: 1.4 (b), (d)',
      ['08TRIPOLI227'],
    ],
    [
      'a flattened subject with its REF and CLASSIFIED BY',
      '2008',
      'SUBJECT: THE CHEMICAL WEAPONS CONVENTION  REF: A) STATE 58476, B) THE HAGUE 482, C) TRIPOLI 119  CLASSIFIED BY: A. Person, CDA. REASON: 1.4 (b), (d)',
      ['08STATE58476', '08THEHAGUE482', '08TRIPOLI119'],
    ],
    [
      'REF A inside each item',
      '2009',
      'REF: A. REF A STATE 122214 B. REF B LONDON 2649 C. REF C LONDON 2638',
      ['09STATE122214', '09LONDON2649', '09LONDON2638'],
    ],
    [
      'one item naming two cables, a multi-word post after a pilcrow',
      '2004',
      'REF: A. BRASILIA 2799 AND 2764 ¶B. PORT AU PRINCE 2325',
      ['04BRASILIA2799', '04BRASILIA2764', '04PORTAUPRINCE2325'],
    ],
    [
      'REFS: with glued letters, a 1980s year',
      '1986',
      'REFS: (A)BRASILIA 13511, (B)BRASILIA 4799',
      ['86BRASILIA13511', '86BRASILIA4799'],
    ],
    [
      'bracketed letters, a bare serial continuing the post',
      '2005',
      'Ref: [A] State 188314, 259032, [B] Ottawa 2285',
      ['05STATE188314', '05STATE259032', '05OTTAWA2285'],
    ],
    [
      'unlettered cables of several years around an e-mail',
      '2008',
      'REF: 08 STATE 1234; E-Mail Doe; 05 STATE 1234; 06 STATE 1234',
      ['08STATE1234', '05STATE1234', '06STATE1234'],
    ],
    [
      'dashes before the letters',
      '2003',
      'Refs:  (A) State 348254 \n-      (B) State 348253 -      (C) Colombo 2179, and previous',
      ['03STATE348254', '03STATE348253', '03COLOMBO2179'],
    ],
    [
      'a multi-word post broken over a blank line',
      '2004',
      'REF:   A) BRASILIA 2605, B) BRASILIA 2447, C) RIO \n \nDE JANEIRO 1291',
      ['04BRASILIA2605', '04BRASILIA2447', '04RIODEJANEIRO1291'],
    ],
    [
      'a report named by its year is no cable',
      '2005',
      'REF: A. 04 STATE 273089 \n     B. 04 PANAMA 02153 \n     C. 2004 HUMAN RIGHTS REPORT FOR PANAMA \n     D. PANAMA 00390',
      ['04STATE273089', '04PANAMA2153', '05PANAMA390'],
    ],
    [
      'REFS : with a space, mixed-case posts with years',
      '2004',
      'REFS :  (A) 03 Brasilia 3939 \n \n        (B) 03 Brasilia 3867',
      ['03BRASILIA3939', '03BRASILIA3867'],
    ],
    [
      'REF: repeated after the first letter',
      '2003',
      'REF: A. REF: KATHMANDU 2282 \n     B. KATHMANDU 2298',
      ['03KATHMANDU2282', '03KATHMANDU2298'],
    ],
    [
      'Ref A) after Ref:, an item broken before its post',
      '2005',
      'Ref:  Ref A) Taipei 3393 B) Taipei 03793 C) \n \nTaipei 03196',
      ['05TAIPEI3393', '05TAIPEI3793', '05TAIPEI3196'],
    ],
    [
      'HK for HONG KONG, a licence that is no cable',
      '2007',
      'REF: A) USDOC 06988 B) EXP.LIC. D328589 C) HK \n03591 D) HK 07053',
      ['07USDOC6988', '07HONGKONG3591', '07HONGKONG7053'],
    ],
    [
      'a post glued to its serial',
      '2007',
      'REF: A) USDOC 05667 B)HK05511',
      ['07USDOC5667', '07HONGKONG5511'],
    ],
    [
      'the year in parentheses after the post',
      '2002',
      'REFS: A) STATE (01) 201265, B) STATE (01) 213042,C) \n \nSTATE 02034',
      ['01STATE201265', '01STATE213042', '02STATE2034'],
    ],
    [
      'HO CHI MINH and HCMC',
      '2007',
      'REF: A) HO CHI MINH 10 B) 06 HCMC 1497 AND PREVIOUS',
      ['07HOCHIMINHCITY10', '06HOCHIMINHCITY1497'],
    ],
    ['a serial written with #', '2007', 'REF: BAGHDAD #3565', ['07BAGHDAD3565']],
    [
      'an unlettered cable before lettered ones',
      '2000',
      'REF: 09 STATE 96625; A. A)STATE 70789; B. B) SEOUL 1144 \nC. C) THE HAGUE 4750',
      ['09STATE96625', '00STATE70789', '00SEOUL1144', '00THEHAGUE4750'],
    ],
    [
      'an ampersand between cables, USUN',
      '2004',
      'REF: SECSTATE 232089 & USUN 2336',
      ['04STATE232089', '04USUNNEWYORK2336'],
    ],
    [
      'two serials of one post in mixed case',
      '2005',
      'REF: Paris 7472 and 7677',
      ['05PARIS7472', '05PARIS7677'],
    ],
    [
      'a list of serials after one post',
      '2006',
      'Ref: A) GUANGZHOU 11657 and 7743, 12155 B) \nGUANGZHOU 14712 C) BEIJING 00565',
      ['06GUANGZHOU11657', '06GUANGZHOU7743', '06GUANGZHOU12155', '06GUANGZHOU14712', '06BEIJING565'],
    ],
    [
      'a bare serial in the next item takes the post before it',
      '2006',
      'REF: A. MANILA 2969 \n     B. 2962 AND PREVIOUS',
      ['06MANILA2969', '06MANILA2962'],
    ],
    [
      'years after the serial with a dash',
      '2006',
      'REF: A. QUITO 4525-91 \n \n     B. QUITO 1735 \n     C. QUITO 1905-03',
      ['91QUITO4525', '06QUITO1735', '03QUITO1905'],
    ],
    ['the serial before the post', '2006', 'Ref: 870 Ulaanbaatar', ['06ULAANBAATAR870']],
    [
      'ST. PETERSBURG',
      '2007',
      'REF: A. ST. PETERSBURG 75 \n      B. MOSCOW 510',
      ['07STPETERSBURG75', '07MOSCOW510'],
    ],
    [
      'a stray comma between post and serial',
      '2008',
      'REF: PRAGUE 849, PRAGUE, 1228',
      ['08PRAGUE849', '08PRAGUE1228'],
    ],
    ['a zero typed for an O in the post', '2008', 'REF: COTON0U 348', ['08COTONOU348']],
    ['a dash after the letter', '2008', 'Ref: A - Kabul 28', ['08KABUL28']],
    [
      'serials joined by slashes',
      '2007',
      'Refs:  A) Kabul 936/935; B) 06 Kabul \n5353/5194 and previous',
      ['07KABUL936', '07KABUL935', '06KABUL5353', '06KABUL5194'],
    ],
    [
      'the year after a slash',
      '2009',
      'REF: A. A: PANAMA 00789/08 \n     B. B: PANAMA 00930/08',
      ['08PANAMA789', '08PANAMA930'],
    ],
    [
      'serial before the post, years before the post',
      '2002',
      'REFS: A) 377 KATHMANDU, B) 01 KATHMANDU 2383, C) 01 \nKATHMANDU 2292',
      ['02KATHMANDU377', '01KATHMANDU2383', '01KATHMANDU2292'],
    ],
    ['REFERENCE: after REF:', '2002', 'REF: REFERENCE: 01 ABUJA 997', ['01ABUJA997']],
    [
      'a two-digit year after a dash',
      '2002',
      'REF: A. SECSTATE 51937 B. AMMAN 5049-01',
      ['02STATE51937', '01AMMAN5049'],
    ],
    [
      'a letter O typed for a zero in the serial',
      '2002',
      'REF: (A) LAGOS O1512, (B) LAGOS 01545, (C) Lagos 1678',
      ['02LAGOS1512', '02LAGOS1545', '02LAGOS1678'],
    ],
    [
      'the year after the serial, with a space',
      '2002',
      'REF: AMMAN 07718 99, AMMAN 05986 00, AMMAN 07718 01',
      ['99AMMAN7718', '00AMMAN5986', '01AMMAN7718'],
    ],
    ['a marking between post and serial', '2003', 'REF: KUWAIT (C)02293', ['03KUWAIT2293']],
    [
      'CABLES between post and serials, a four-digit year in parentheses',
      '2003',
      'REF: COLOMBO CABLES 0266 AND 02259 (2002)',
      ['03COLOMBO266', '02COLOMBO2259'],
    ],
    [
      'a serial alone: the citing post',
      '2003',
      'REF: A) 6307 B) STATE 285773',
      ['03FOOBAR6307', '03STATE285773'],
    ],
    [
      'years after a slash, two-digit (no date) and four-digit; a slash between serials',
      '2009',
      'REF: A. ROME 88/06 B. ROME 12/2006 C. KABUL 101/102',
      ['06ROME88', '06ROME12', '09KABUL101', '09KABUL102'],
    ],
    ['REF and a letter with a colon, no colon after REF', '2009', 'REF A: STATE 123', ['09STATE123']],
    [
      'REF and a bare letter before a multi-word post',
      '2009',
      'REF B KUALA LUMPUR 739',
      ['09KUALALUMPUR739'],
    ],
  ])('%s', (_what, year, fields, ids) => {
    expect(
      refIds(
        cable(
          year,
          `TAGS: PREL XX\n${fields.startsWith('SUBJECT') || fields.startsWith('UBJECT') ? '' : 'SUBJECT: THE TALKS\n\n'}${fields}`,
        ),
      ),
    ).toEqual(ids);
  });

  it.each([
    ['an e-mail', 'REF: DOE E-MAIL 12/01/09', ['email']],
    ['an e-mail with an office', 'REF: DOE (S/CT) E-MAIL OF 04/15/2008', ['email']],
    [
      'a telcon and an e-mail among cables',
      'REF: A. SANAA 71\nB. DOE/ROE TELCON 02/16/2010\nC. DOE/ROE EMAIL 02/16/2010\nD. SANAA 214',
      ['cable', 'telcon', 'email', 'cable'],
    ],
    ['a manual', 'Ref: 9 FAM Appendix K, 406 (6)', ['other']],
    ['e-mails in mixed case', 'REF: E-mails J. Doe-K. Roe', ['email']],
  ])('kind: %s', (_what, fields, kinds) => {
    expect(
      cable('2009', `TAGS: PREL XX\nSUBJECT: THE TALKS\n\n${fields}`).meta.references.map((r) => r.kind),
    ).toEqual(kinds);
  });
});

describe('tags (cablemap test_reader_tags)', () => {
  it.each([
    ['lower case', 'TAGS: pgov', ['PGOV']],
    ['a continuation after a trailing comma', 'TAGS: PGOV, \nPREL', ['PGOV', 'PREL']],
    ['no colon', 'TAGS PREL ECON EFIN ELAB PGOV FR', ['PREL', 'ECON', 'EFIN', 'ELAB', 'PGOV', 'FR']],
    ['a lower-case label', 'tags: PREL ECON', ['PREL', 'ECON']],
    ['mixed-case label without colon', 'tAgs PREL ECON', ['PREL', 'ECON']],
    [
      'commas, no colon',
      'TAGS ECON, PGOV, EFIN, MOPS, PINR, UK',
      ['ECON', 'PGOV', 'EFIN', 'MOPS', 'PINR', 'UK'],
    ],
    ['TAG for TAGS', 'TAG PTER, PGOV, ASEC', ['PTER', 'PGOV', 'ASEC']],
    [
      'a person in parentheses, lower case, over two lines (the final full stop dropped)',
      'Tags: ovip (doe, john b.), prel, parm,\netra, ch, jp',
      ['OVIP', 'DOE, JOHN B', 'PREL', 'PARM', 'ETRA', 'CH', 'JP'],
    ],
    [
      'repeated codes and run-ons dropped, a free-text tag kept',
      'TAGS PHUM, OPRC, OPRC, IT, ITPHUM, ITPHUM, HUMAN RIGHTS',
      ['PHUM', 'OPRC', 'IT', 'HUMAN RIGHTS'],
    ],
    [
      'COUNTER TERRORISM is one tag',
      'TAGS: MASS MOPS PTER YM COUNTER TERRORISM',
      ['MASS', 'MOPS', 'PTER', 'YM', 'COUNTERTERRORISM'],
    ],
    ['a misspelt code', 'TAGS PTER MARR, MOPPS', ['PTER', 'MARR', 'MOPS']],
    ['AGS: for TAGS:', 'AGS: PGOV, PREL, ECON, SOCI, AR', ['PGOV', 'PREL', 'ECON', 'SOCI', 'AR']],
    ['two codes glued', 'TAGS: KCRM KWMN ASEC PHUMBA', ['KCRM', 'KWMN', 'ASEC', 'PHUM', 'BA']],
    [
      'many codes glued',
      'TAGS: KFRDKIRFCVISCMGTASECPHUMEG',
      ['KFRD', 'KIRF', 'CVIS', 'CMGT', 'ASEC', 'PHUM', 'EG'],
    ],
    ['codes glued with a country', 'TAGS: ETRDEINVECINPGOVCS', ['ETRD', 'EINV', 'ECIN', 'PGOV', 'CS']],
    ['a misspelt organisation', 'TAGS: PREL SCUL ETRD CS UNDESCO', ['PREL', 'SCUL', 'ETRD', 'CS', 'UNESCO']],
    [
      'a run-on of a code after a country',
      'TAGS: PREL PGOV PHUM VT PGOV PHUM VT VE VEPREL',
      ['PREL', 'PGOV', 'PHUM', 'VT', 'VE'],
    ],
    ['SIPDIS among the tags', 'TAGS: ECON ETRD PGOV CA MX SIPDIS', ['ECON', 'ETRD', 'PGOV', 'CA', 'MX']],
    [
      'glued codes over two lines',
      'TAGS: KFLU AEMR ASEC AMEDCASCKFLO TBIO\nPINR, AMGT, BR',
      ['KFLU', 'AEMR', 'ASEC', 'AMED', 'CASC', 'KFLO', 'TBIO', 'PINR', 'AMGT', 'BR'],
    ],
    [
      'free-text tags after codes',
      'TAGS: ECON ETRD EFIN PTER SNAR PM ECONOMIC AFFAIRS',
      ['ECON', 'ETRD', 'EFIN', 'PTER', 'SNAR', 'PM', 'ECONOMIC AFFAIRS'],
    ],
  ])('%s', (_what, line, tags) => {
    expect(cable('2008', `${line}\nSUBJECT: THE TALKS`).meta.tags).toEqual(tags);
  });

  it('a flattened E.O., TAGS and Subject line in lower case', () => {
    const doc = parseCableText(
      'C O N F I D E N T I A L FOOBAR 000123\n\nE.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: the p.m. goes to washington: how strong a leader?\n\n(U) Classified By: Ambassador A. Person, reasons 1.4 (b), (d).\n\n1. (C) Text.\n',
      { id: '04FOOBAR123', date: '2004-01-08' },
    );
    expect(doc.meta.tags).toEqual(['PREL', 'PGOV', 'PINS', 'TU']);
    expect(doc.meta.subject).toBe('the p.m. goes to washington: how strong a leader?');
  });
});

describe('subject (cablemap test_reader_subject)', () => {
  it.each([
    [
      'one line with trailing spaces',
      'SUBJECT:  A SINGLE LINE SUBJECT \n\nREF: FOOBAR 1',
      'A SINGLE LINE SUBJECT',
    ],
    [
      'two lines in capitals',
      'SUBJECT: A SUBJECT WHICH HAS A \nSECOND LINE \n\nREF: FOOBAR 1',
      'A SUBJECT WHICH HAS A SECOND LINE',
    ],
    [
      'two lines in mixed case',
      'SUBJECT: Ruritania: The Minister Meets the Ambassador and the Head of the \nCentral Bank \n\nREF: FOOBAR 1',
      'Ruritania: The Minister Meets the Ambassador and the Head of the Central Bank',
    ],
    [
      'a REF line right after it',
      'SUBJECT: THEY AGREE TO PROTECT THE PORT \nREF: A. RIYADH 1579  B. RIYADH 1408',
      'THEY AGREE TO PROTECT THE PORT',
    ],
    [
      'REF A. without colon after it',
      'SUBJECT: THEY AGREE TO PROTECT THE PORT\nREF A. RIYADH 1579  B. RIYADH 1408',
      'THEY AGREE TO PROTECT THE PORT',
    ],
    [
      'SUBJECT without colon',
      'SUBJECT THEY AGREE TO PROTECT THE PORT\nREF A. RIYADH 1579',
      'THEY AGREE TO PROTECT THE PORT',
    ],
    ['a blank line with a space after it', 'SUBJECT: NEGOTIATIONS \n \n', 'NEGOTIATIONS'],
    [
      'Classified By right after it',
      'SUBJECT: A MOUNTAIN WEDDING \nClassified By: Deputy Chief of Mission A. Person. Reason 1.4 ( b, d)',
      'A MOUNTAIN WEDDING',
    ],
    [
      'SUBJ: in mixed case',
      "SUBJ: RURITANIA - U.S./French Meeting with the President \n\nClassified by Charge d'Affaires A. Person, reasons 1.4 (b), (d).",
      'RURITANIA - U.S./French Meeting with the President',
    ],
    [
      'two lines then CLASSIFIED BY',
      'SUBJECT: THE MINISTER DISCUSSES FLOWS AND REINTEGRATION \nWITH AMB. DOE AND TREASURY A/S ROE\nCLASSIFIED BY: A. Person, Ambassador. REASON: 1.4(b)',
      'THE MINISTER DISCUSSES FLOWS AND REINTEGRATION WITH AMB. DOE AND TREASURY A/S ROE',
    ],
    [
      'a page-break header inside it',
      'SUBJECT: PART 3 OF 3:  THE LIFE AND TIMES OF THE \nNEW PRESIDENT\nFOOBAR 00000123 001.2 OF 004\n',
      'PART 3 OF 3: THE LIFE AND TIMES OF THE NEW PRESIDENT',
    ],
    [
      'a dash-rule heading after it',
      'SUBJECT: NOTES 11-09-2009 \n----------- \n1. SUMMARY\n----------- \n',
      'NOTES 11-09-2009',
    ],
    [
      'an old page banner after it',
      'SUBJECT: THE SECRETARY MEETS THE MINISTER \n CONFIDENTIAL\nPAGE 02 FOOBAR 00123 01 OF 02 082030Z\n',
      'THE SECRETARY MEETS THE MINISTER',
    ],
    [
      'a sentence of the body right after it',
      'SUBJECT: THE DEPUTY PM URGES VISITS DURING\nTHE PRESIDENCY; WANTS A PARTNERSHIP\nThis is an Action request. Please see para 2.\n',
      'THE DEPUTY PM URGES VISITS DURING THE PRESIDENCY; WANTS A PARTNERSHIP',
    ],
    [
      'Ref(s): glued, and a handling sentence',
      'SUBJECT: THE AMBASSADOR MEETS ENERGY FIRMS Ref(s): A) 08 FOOBAR 138 Sensitive But Unclassified - Please handle accordingly.',
      'THE AMBASSADOR MEETS ENERGY FIRMS',
    ],
    [
      'Classified By glued, REFTELS after',
      "SUBJECT: BLACKOUT -CAUSES AND IMPLICATIONS Classified By: Charge d'Affaires A. Person, Reasons 1.4 (b) and (d). REFTELS: A) 2008 FOOBAR 672",
      'BLACKOUT -CAUSES AND IMPLICATIONS',
    ],
    [
      'the first paragraph right after it',
      'SUBJECT: MEMBERS DISCUSS BONUSES AND\nOTHER MEASURES WITH OFFICIALS\n1. (SBU) Summary. Bonuses are back.',
      'MEMBERS DISCUSS BONUSES AND OTHER MEASURES WITH OFFICIALS',
    ],
    [
      'REFS: glued after a question mark',
      'SUBJECT: THE GOVERNMENT INTERVENES - TOO LITTLE, TOO LATE? REFS: (A) FOOBAR 1839, (B) FOOBAR 1608',
      'THE GOVERNMENT INTERVENES - TOO LITTLE, TOO LATE?',
    ],
    [
      'mixed case with parentheses',
      'SUBJECT: Grants Support for PD Projects (Ruritania) \n \nREF:  STATE 105588 ',
      'Grants Support for PD Projects (Ruritania)',
    ],
    [
      'a corrected-copy line before the header',
      'SUBJECT: THE COUNSELOR DISCUSSES THREATS,\nPAKISTAN, AFGHANISTAN, IRAN\nREF: A. OTTAWA 360 B. OTTAWA 808\nFOOBAR 00000123 001.2 OF 003\n',
      'THE COUNSELOR DISCUSSES THREATS, PAKISTAN, AFGHANISTAN, IRAN',
    ],
  ])('%s', (_what, fields, subject) => {
    expect(cable('2008', `TAGS: PREL XX\n${fields}`).meta.subject).toBe(subject);
  });
});

describe('classified-by names (cablemap test_reader_classified_by)', () => {
  it.each([
    [
      'title before the name, reasons wrapped',
      'Classified By: Acting Deputy Chief of Mission Ann Example for Reasons 1.4\n (b) and (d)',
      'Ann Example',
    ],
    [
      'name, title, office; REASON',
      'CLASSIFIED BY: Ann B. Example, Assistant Secretary, Department of State, VCI; REASON: 1.4(B), (D)',
      'Ann B. Example',
    ],
    [
      'reasons without parentheses',
      'Classified By: Ambassador Ann B. Example for reasons 1.4 b and d',
      'Ann B. Example',
    ],
    [
      'name first, title in capitals',
      'Classified By: Ann L. Example, Acting ASSISTANT SECRETARY, VCI. Reason: 1.4 (b) and (d).',
      'Ann L. Example',
    ],
    ['surname first, then title', 'CLASSIFIED BY: Example Ann, Ambassador; REASON: 1.4(B)', 'Example Ann'],
    ['Reason(s):', 'Classified By: AIT Director Ann Example, Reason(s): 1.4 (B/D).', 'Ann Example'],
    [
      'a slashed title, reason para',
      'Classified By: A/DCM A.B. Example, reason para 1.4 (b)',
      'A.B. Example',
    ],
    [
      'the label repeated',
      'Classified By: Classified by DCM Ann Example for reasons 1.4 (b) and \n(d).',
      'Ann Example',
    ],
    [
      "Charge d'Affaires in capitals",
      "Classified By: CHARGE D'AFFAIRES JOHN EXAMPLE FOR REASONS 1.4 (A), \n(B) AND (D)",
      'JOHN EXAMPLE',
    ],
    [
      'a marking and E.O. 12958 before the reasons',
      'Classified By: (U) CDA Ann Example; E.O. 12958, reasons 1.4 (b,d)',
      'Ann Example',
    ],
    [
      'a word of the reasons split over lines',
      'CLASSIFIED BY: ACTING DEPUTY PRINCIPAL OFFICER JOHN EXAMPLE.  REA \nSONS: 1.4 (B,D)',
      'JOHN EXAMPLE',
    ],
    [
      "Charge d'Affaires a.i.",
      "Classified By: Charge d'Affaires a.i. John W. Example, \nreason 1.4 (b) and (d)",
      'John W. Example',
    ],
    [
      'a long title over two lines',
      'Classified by:  Minister Counselor for Economic and \nPolitical Affairs John R. Example for reasons 1.4(b) and \n(d).',
      'John R. Example',
    ],
    [
      'This message classified by',
      'Classified By: This message classified by Econ Minister Counselor \nJohn Example for reasons 1.4 (b), (d) and (e).',
      'John Example',
    ],
    [
      'a team leader',
      'Classified By: PRT Team Leader John Example for reason 1.4 (b) \nand(d).',
      'John Example',
    ],
    [
      'the name on the next line',
      'Classified By: ISN Acting Assistant Secretary \nAnn A. Example, Reasons 1.4 b, c, and d',
      'Ann A. Example',
    ],
    [
      "Charge d'Affaires, a.i., no reasons",
      "Classified By: Charge d'Affaires, a.i., John A. Example \n \n1.(C) Summary:  In his meetings",
      'John A. Example',
    ],
    ['reasons glued', 'Classified By: E/P Counselor John Example, Reasons 1.4(b)(d)', 'John Example'],
    ['a name alone', 'Classified By: John T. Example \n \nSUMMARY \n------- \n', 'John T. Example'],
    [
      'a rank before the name',
      'Classified By: DEFENSE ATTACHE LTC JOHN EXAMPLE FOR REASONS 1.4 (B) AND \n (D). ',
      'JOHN EXAMPLE',
    ],
    [
      'a mission before the title',
      'Classified By: USUN Legal Adviser Ann L. Example, for reasons \n1.4(b) and (d)',
      'Ann L. Example',
    ],
    [
      'a dangling PER',
      'CLASSIFIED BY DEPUTY POLITICAL COUNSELOR JOHN EXAMPLE \nPER 1.5 (B) AND (D).  ACTION REQUEST IN PARA 10 BELOW.',
      'JOHN EXAMPLE',
    ],
    ['a misspelt title', 'Classified By: Ambassaor John Example for reasons 1.4 (b and d).', 'John Example'],
    [
      'a title in abbreviations',
      'Classified By: POL MIN COUN JOHN EXAMPLE, REASON 1.5(B)&(D).',
      'JOHN EXAMPLE',
    ],
    [
      'a misspelt repeated label',
      'Classified By: Classfied By: IO Ann Example for reasons 1.4 (b) a \nnd (d).',
      'Ann Example',
    ],
    [
      'a title with a colon',
      'Classified By: Deputy Political Counselor: John W. Example, for reasons \n 1.4 (b) and (d)',
      'John W. Example',
    ],
    [
      'initials in capitals',
      'Classified By: ECONOFF T. JOHN EXAMPLE FOR REASONS 1.4 (B) and (D)',
      'T. JOHN EXAMPLE',
    ],
    ['a dash before the reasons', 'Classified By: PRM/AFR Dir. Ann Example-reasons 1.4(b/d)', 'Ann Example'],
    [
      'a name after a colon without space',
      'Classified By: Acting Pol/Econ Counselor:John Example, \nreasons 1.4 (b and d)',
      'John Example',
    ],
    [
      'a suffix after the name',
      'Classified By: Ambassador John L. Example, III. \nReasons: 1.4 (b) and (d).',
      'John L. Example, III',
    ],
  ])('%s', (_what, line, name) => {
    expect(cable('2008', `TAGS: PREL XX\nSUBJECT: THE TALKS\n\n${line}`).meta.classifier?.name).toBe(name);
  });

  it.each([
    [
      'in the first paragraph, 1990s',
      '1.  (U)  CLASSIFIED BY JOHN P. EXAMPLE, DEPUTY CHIEF OF\nMISSION.  REASON: 1.5 (D)\n\n2. (C) Text.\n',
      'JOHN P. EXAMPLE',
    ],
    [
      'after ENTIRE TEXT in the first paragraph',
      '1. CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY:\nJOHN W.S. EXAMPLE, AMBASSADOR.  REASON: 1.5 (D) .\n\n2. Text.\n',
      'JOHN W.S. EXAMPLE',
    ],
    [
      'a title and a dash before the reasons',
      '1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY DCM\nJOHN EXAMPLE - 1.5 B,D.\n\n2.  (C) Text.\n',
      'JOHN EXAMPLE',
    ],
    [
      'a title before the name',
      '1.  (U)  CLASSIFIED BY POLOFF JOHN EXAMPLE, 1.5 (D).\n\n2.  (C) Text.\n',
      'JOHN EXAMPLE',
    ],
    [
      'a suffix with commas',
      '1.  (U) CLASSIFIED BY JOHN W. EXAMPLE, JR., AMBASSADOR.\nREASON:  1.5 (B), (C) AND (D).\n\n2. (C) Text.\n',
      'JOHN W. EXAMPLE, JR.',
    ],
  ])('classified in paragraph 1: %s', (_what, body, name) => {
    expect(cable('1996', 'TAGS: PREL XX\nSUBJECT: THE TALKS', body).meta.classifier?.name).toBe(name);
  });

  it('names nobody where only the section is given', () => {
    const doc = cable(
      '1995',
      'TAGS: PREL XX\nSUBJECT: THE TALKS',
      '1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)\nAND (D).  NIACT PRECEDENCE BECAUSE OF A CRISIS.\n\n2.  Text.\n',
    );
    expect(doc.meta.classifier?.name ?? null).toBeNull();
  });
});

describe('signers (cablemap test_reader_signers)', () => {
  it.each([
    [
      'a name then the banner',
      '1. (C) THE TALKS WENT ON.\n\n2. (C) HE WILL CALL AGAIN.\nDOE\nCONFIDENTIAL\n',
      'DOE',
    ],
    ['dashes around the name', '1. (U) THE CATCH WAS SMALL.\n-\nDOE\n', 'DOE'],
    [
      'glued to the last sentence',
      '1. (C) POST WOULD WELCOME COMMENTS.\n\n2. BEIRUT MINIMIZE CONSIDERED.  DOE\n',
      'DOE',
    ],
    ['## after the name', '1. (C) WHILE PROCEEDING WITH BUSINESS AS USUAL.\n\nDOE##\n', 'DOE'],
    ['END TEXT. then the name with ##', '1. (C) THE CLUB IS IN TOWN.\n\n\nEND TEXT.\n\n\nDOE##\n', 'DOE'],
    ['a full stop after the name', '1. (C) THEY ARE APT TO BE OVERTURNED.\n\nDOE.\n', 'DOE'],
    [
      'END OF TEXT. and the name on one line, the banner after',
      '1. (U) THE OFFICE COMPILED THIS\n     REPORT.  END OF TEXT. DOE\n\n\nUNCLASSIFIED\n',
      'DOE',
    ],
    ['a hyphenated name', '1. (C) MIGHT BE IN\nJEOPARDY.\n\nDOE-ROE\n', 'DOE-ROE'],
    [
      'a mixed-case cable signed in capitals',
      '1. (C) We all remain hopeful that progress\ncan be made soon.\nDOE\n',
      'DOE',
    ],
    ['a spaced full stop after the name', '1. (C) They will call again.\nDOE .\n', 'DOE'],
    ['a full stop alone on the line after the name', '1. (C) They will call again.\nDoe\n\n.\n', 'Doe'],
    [
      "the name under the post's web address",
      '1. (C) They will call again on the minister when he is back from\nthe summit, and before the talks in the capital go on next week.\n\nVisit our Classified Website at:\nhttp://www.example.sgov.gov/p/foobar/classified/index.c fm\nDoe\n',
      'Doe',
    ],
    [
      'the name under a sentence ending in an abbreviation, not an initial',
      '1. (C) Talks will go on with the EU and the U.S.\nDoe\n',
      'Doe',
    ],
  ])('%s', (_what, body, signer) => {
    expect(cable('1985', 'TAGS: PREL XX\nSUBJECT: THE TALKS', body).meta.signature).toBe(signer);
  });
});

describe('ids (cablemap test_malformed_ids, test_reader_id_c14n)', () => {
  it.each([
    ['section banner glued before the post', '08SCTION01OF02FOOBAR492', '08FOOBAR492'],
    ['section banner clipped', '08ECTION01OF02FOOBAR492', '08FOOBAR492'],
    ['EFTO glued before the post', '09EFTOFOOBAR12', '09FOOBAR12'],
    ['AMEMBASSY glued before the post', '06AMEMBASSYFOOBAR34', '06FOOBAR34'],
    ['USMISSION glued before the post', '07USMISSIONGENEVA56', '07GENEVA56'],
    ['a zero-padded serial', '07FOOBAR00001234', '07FOOBAR1234'],
    ['lower case and a dataset suffix', '07foobar1234_a', '07FOOBAR1234'],
    ['SECSTATE for STATE', '09SECSTATE56239', '09STATE56239'],
  ])('%s', (_what, raw, id) => {
    expect(canonicalId(raw)).toBe(id);
  });
});

describe('routing and TOP SECRET (issue classes without a cablemap table)', () => {
  const ROUTING = `VZCZCXRO1234\nOO RUEHXX\nDE RUEHFB #0123/01 0101200\nZNY SSSSS ZZH\nO 101200Z JAN 08\nFM AMEMBASSY FOOBAR\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 1234\nINFO RUEHZZ/AMEMBASSY NEW TOWN PRIORITY 0022\nXMT AMCONSUL FARTOWN\n`;
  const BODY_TS = `T O P S E C R E T SECTION 01 OF 02 FOOBAR 000123\n\nNOFORN\nSIPDIS\n\nE.O. 12958: DECL: 01/02/2033\nTAGS: PREL XX\nSUBJECT: THE TALKS\n\nClassified By: Ambassador A. Person, reasons 1.4 (b), (d).\n\n1. (TS) The talks.\n\n2. (SBU/N) More.\n`;
  const doc = parseCable({ headerText: ROUTING, bodyText: BODY_TS, pageMeta: {} });

  it('a spaced TOP SECRET banner keeps the id, the level and the banner', () => {
    expect([doc.id, doc.meta.classification, doc.meta.level]).toEqual([
      '08FOOBAR123',
      'TOP SECRET//NOFORN',
      'TS',
    ]);
  });

  it('per-addressee precedence, action and information, exclusions, transmission id and DTG', () => {
    expect(doc.meta.addressees).toEqual([
      { name: 'SECSTATE WASHDC', list: 'to', precedence: 'IMMEDIATE' },
      { name: 'AMEMBASSY NEW TOWN', list: 'info', precedence: 'PRIORITY' },
    ]);
    expect([doc.meta.precedence, doc.meta.transmissionId, doc.meta.dtg, doc.meta.excluded]).toEqual([
      'IMMEDIATE',
      'VZCZCXRO1234',
      'O 101200Z JAN 08',
      ['AMCONSUL FARTOWN'],
    ]);
  });

  it('markings at a paragraph start, TS and the clipped (SBU/N)', () => {
    expect(doc.blocks.map((b) => b.marking)).toEqual(['TS', 'SBU//NF']);
  });
});
