// @vitest-environment happy-dom
// Cable text carrying markup, script and look-alike ids goes through every mirror layout, the adapters, the
// pipeline and the clean view, and comes out as plain text: payloads kept as written, never turned into elements,
// links or ids. Reference ids are canonical ASCII; a look-alike id never becomes the id of the cable it mimics.
import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CableView } from '../../components/CableView';
import { ReferenceList } from '../../components/ReferenceList';
import { canonicalId, plusdUrl } from '../../lib/cable/header/ids';
import { parseCable } from '../../lib/cable/index';
import type { CableDocument, Reference } from '../../lib/cable/types';
import { detectCable } from '../../lib/sites/index';
import type { RawCable } from '../../lib/sites/types';
import { httpUrl } from '../../lib/view/format';
import { cablegateLayout, cablegatesearchLayout, genericLayouts, plusdLayout } from '../fixtures/layouts';
import {
  SAMPLE_CABLEGATE_PAGE,
  SAMPLE_CABLEGATESEARCH_PAGE,
  SAMPLE_HEADER,
  SAMPLE_PLUSD_PAGE,
} from '../fixtures/sample-cable';
import { params } from './config';
import { documentProblems, REFERENCE_ID } from './invariants';
import { anyText, HOSTILE_CHARS, PAYLOADS } from './mutations';
import { URLS } from './seeds';

afterEach(cleanup);

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS_URL = 'javascript:alert(1)';
const DATA_URL = 'data:text/html,<b>x</b>';
const RLO = '\u202e';
const PDF = '\u202c';
const CYRILLIC_A = '\u0410';

/** An invented cable whose subject, REF items and paragraphs carry payloads and look-alike ids. */
const HOSTILE_BODY = `UNCLAS SECTION 01 OF 01 ZEMBLA 000123 
 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: PREL ZM 
SUBJECT: ZEMBLA: ${SCRIPT} AND THE HARBOUR 
 
REF: A. ${IMG} 
     B. ${JS_URL} 
     C. data:text/html,${SCRIPT} 
     D. 08 ZEMBLA 99 
     E. 08 ZEMBL${CYRILLIC_A} 98 
 
1. (U) The minister wrote ${IMG} and ${SCRIPT} in his note. 
 
2. (SBU) He linked ${JS_URL} and ${DATA_URL} and ${RLO}evil${PDF} text. 
 
3. (U) The ids 08ZEMBLA99 and 08ZEMBL${CYRILLIC_A}99 both appear here. 
 
NONYMOUS`;

/** The hostile cable in every layout the adapters read, at that layout's address. */
const LAYOUTS: { name: string; html: string; url: string }[] = [
  {
    name: 'Cablegate',
    html: cablegateLayout({ ...SAMPLE_CABLEGATE_PAGE, subject: `ZEMBLA: ${SCRIPT}`, body: HOSTILE_BODY }),
    url: URLS[0] as string,
  },
  { name: 'PlusD', html: plusdLayout({ ...SAMPLE_PLUSD_PAGE, body: HOSTILE_BODY }), url: URLS[1] as string },
  {
    name: 'cablegatesearch',
    html: cablegatesearchLayout({ ...SAMPLE_CABLEGATESEARCH_PAGE, body: HOSTILE_BODY }),
    url: URLS[2] as string,
  },
  ...Object.entries(genericLayouts).map(([name, layout]) => ({
    name: `generic ${name}`,
    html: layout(`${SAMPLE_HEADER}\n\n${HOSTILE_BODY}`),
    url: URLS[3] as string,
  })),
];

function detect(html: string, url: string): RawCable {
  const doc = parseHTML(html).document as unknown as Document;
  const detection = detectCable(doc, new URL(url), { generic: true });
  if (!detection.found) throw new Error(`declined: ${detection.reason}`);
  return detection.cable;
}

const allText = (doc: CableDocument): string => doc.blocks.map((b) => b.text).join('\n');
const withoutBidi = (s: string): string => s.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');

describe.each(LAYOUTS)('a cable carrying payloads, in the $name layout', ({ html, url }) => {
  const raw = detect(html, url);
  const doc = parseCable({ headerText: raw.headerText, bodyText: raw.bodyText, pageMeta: raw.pageMeta });

  it('reaches the pipeline as text: the adapter hands over the payloads as written', () => {
    for (const payload of [IMG, SCRIPT, JS_URL, DATA_URL]) expect(raw.bodyText).toContain(payload);
  });

  it('keeps every payload in the blocks as plain text, and the blocks keep the output contract', () => {
    const text = allText(doc);
    for (const payload of [IMG, SCRIPT, JS_URL, DATA_URL]) expect(text).toContain(payload);
    // A bidi override is a character of the text, not an instruction to the reader: its words stay.
    expect(withoutBidi(text)).toContain('evil text');
    expect(documentProblems(doc)).toEqual([]);
  });

  it('keeps the payloads of the subject and the REF items as text, and forms ids only from real references', () => {
    expect(doc.meta.subject).toContain(SCRIPT);
    const refs = doc.meta.references;
    expect(refs.map((r) => r.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(refs[0]?.text).toContain(IMG);
    expect(refs[1]?.text).toContain(JS_URL);
    expect(refs[2]?.text).toContain(SCRIPT);
    expect(refs.map((r) => r.id)).toEqual([null, null, null, '08ZEMBLA99', null]);
    for (const ref of refs) if (ref.id !== null) expect(ref.id).toMatch(REFERENCE_ID);
  });

  it('is shown by the clean view as text: no element, handler or link comes from the payloads', () => {
    const { container } = render(
      h(CableView, {
        doc,
        pageUrl: url,
        pageMarkers: true,
        onPageMarkers: () => undefined,
        copy: async () => true,
        announce: () => undefined,
      }),
    );
    // The view draws its own icons as inline SVG; nothing else in it is an embedded or scripted element.
    expect(container.querySelectorAll('script, img, iframe, object, embed, frame, style, link')).toHaveLength(
      0,
    );
    for (const el of Array.from(container.querySelectorAll('*'))) {
      const handlers = Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith('on'));
      expect(handlers, el.outerHTML.slice(0, 80)).toEqual([]);
    }
    for (const a of Array.from(container.querySelectorAll('a[href]'))) {
      const href = a.getAttribute('href') as string;
      const inPage = /^#par[0-9A-Za-z.-]+$/.test(href);
      const cable = /^https:\/\/wikileaks\.org\/plusd\/cables\/[0-9]{2,4}[A-Z]+[0-9]+_[ab]\.html$/.test(href);
      expect(inPage || cable, href).toBe(true);
    }
    const shown = container.textContent ?? '';
    for (const payload of [IMG, SCRIPT, JS_URL, DATA_URL]) expect(shown).toContain(payload);
  });
});

describe('a page claiming a look-alike id', () => {
  const lookalikes = [
    `09ZEMBL${CYRILLIC_A}123`, // Cyrillic capital A
    '09ZEMBL\u0391123', // Greek capital alpha
    '09ZEM\u200bBLA123', // zero-width space
    '09ZEMBLA\u200d123', // zero-width joiner
    `09ZEMBLA${RLO}321`, // right-to-left override: shows as 09ZEMBLA123
  ];

  it.each(lookalikes)('never takes %j as the cable’s id; the id comes from the text itself', (id) => {
    const html = cablegateLayout({ ...SAMPLE_CABLEGATE_PAGE, id, body: HOSTILE_BODY });
    const raw = detect(html, URLS[0] as string);
    const doc = parseCable({ headerText: raw.headerText, bodyText: raw.bodyText, pageMeta: raw.pageMeta });
    expect(doc.id).not.toBe(id);
    // The text's own classification line names ZEMBLA 000123, and the page's date gives the year.
    expect(doc.id).toBe('09ZEMBLA123');
  });
});

describe('canonicalId on crafted ids', () => {
  it('keeps the real id', () => {
    expect(canonicalId('08ASTANA1147')).toBe('08ASTANA1147');
    expect(canonicalId('08 ASTANA 1147')).toBe('08ASTANA1147');
    expect(canonicalId('ASTANA 00001147', { year: '2008' })).toBe('08ASTANA1147');
  });

  it.each([
    ['a Cyrillic А', `08${CYRILLIC_A}STANA1147`],
    ['a lower-case Cyrillic а', '08\u0430stana1147'],
    ['a Greek Α', '08\u0391STANA1147'],
    ['full-width digits', '\uff10\uff18ASTANA1147'],
    ['a zero-width space', '08AST\u200bANA1147'],
    ['a zero-width non-joiner', '08ASTANA\u200c1147'],
    ['a word joiner', '08\u2060ASTANA1147'],
    ['a right-to-left override', `08ASTANA${RLO}7411`],
    ['a combining accent', '08ASTA\u0301NA1147'],
    ['a spaced form with a Cyrillic А', `08 ${CYRILLIC_A}STANA 1147`],
  ])('rejects an id written with %s (a look-alike is not the Latin id)', (_what, id) => {
    expect(canonicalId(id)).toBeNull();
    expect(canonicalId(id, { year: '08' })).toBeNull();
  });

  it.each([
    ['a dotless ı (upper-cases to I)', '09BERL\u0131N1626', '09BERLIN1626'],
    ['a long ſ (upper-cases to S)', '08A\u017fTANA1147', '08ASTANA1147'],
    ['an ﬆ ligature (upper-cases to ST)', '08A\ufb06ANA1147', '08ASTANA1147'],
    ['a sharp ß (upper-cases to SS)', '09BRU\u00dfELS5', '09BRUSSELS5'],
  ])('rejects an id written with %s instead of turning it into the real id', (_what, id, real) => {
    expect(canonicalId(id)).not.toBe(real);
    expect(canonicalId(id)).toBeNull();
  });

  it.each([
    ['a long ſ', '08 MO\u017fCOW 77'],
    ['a Cyrillic М inside its origin', '08 ZE\u041cBLA 99'],
    ['a Cyrillic М and no year', 'ZE\u041cBLA 99'],
  ])('gives a REF item written with %s no id (it was given the id of another cable)', (_what, ref) => {
    const doc = parseCable({
      headerText: null,
      bodyText: `UNCLAS ZEMBLA 000123 \n \nSUBJECT: TEST \n \nREF: A. ${ref} \n     B. 08 MOSCOW 78 \n \n1. (U) Text. \n`,
      pageMeta: { id: '09ZEMBLA123' },
    });
    expect(doc.meta.references.map((r) => [r.text, r.id])).toEqual([
      [ref, null],
      ['08 MOSCOW 78', '08MOSCOW78'],
    ]);
  });

  it('never yields an id with a non-ASCII or invisible character, whatever it is given', () => {
    const idLike = fc
      .tuple(
        fc.constantFrom(
          '08ASTANA1147',
          '08 ASTANA 1147',
          'ASTANA 00001147',
          '1974ATHENS02959_b',
          '08SCTION02OF02ZEMBLA335',
        ),
        fc.nat(),
        fc.constantFrom(...HOSTILE_CHARS),
        fc.boolean(),
      )
      .map(([id, at, char, replace]) => {
        const i = at % (id.length + 1);
        return id.slice(0, i) + char + id.slice(replace ? i + 1 : i);
      });
    fc.assert(
      fc.property(
        fc.oneof(idLike, fc.string({ unit: 'binary', maxLength: 30 })),
        fc.boolean(),
        (raw, withYear) => {
          const id = canonicalId(raw, withYear ? { year: '2008' } : {});
          if (id === null) return;
          expect(id).toMatch(/^(?:[0-9]{2}|[0-9]{4})[A-Z]+[0-9]+$/);
          // Only whitespace may be dropped on the way: any other non-ASCII character means a look-alike.
          expect(raw.replace(/\s/g, ''), `${JSON.stringify(raw)} -> ${id}`).toMatch(/^[\x21-\x7e]*$/);
        },
      ),
      params(2_000),
    );
  });
});

describe('links to cited cables', () => {
  const CABLE_PAGE =
    /^https:\/\/wikileaks\.org\/plusd\/cables\/(?:[0-9]{2}[A-Z]+[0-9]+_a|[0-9]{4}[A-Z]+[0-9]+_b)\.html$/;
  const HOSTILE_IDS = [
    '../../../donate',
    '%2e%2e/%2e%2e/x',
    '//evil.example/x',
    '@evil.example',
    '\\\\evil.example\\x',
    JS_URL,
    DATA_URL,
    '08ZEMBLA99?x=1#y',
    '08ZEMBLA99/../../x',
    `08ZEMBL${CYRILLIC_A}99`,
  ];

  it('builds the PlusD page of every canonical id the pipeline forms', () => {
    expect(plusdUrl('08ZEMBLA99')).toBe('https://wikileaks.org/plusd/cables/08ZEMBLA99_a.html');
    expect(plusdUrl('1974ATHENS02959')).toBe('https://wikileaks.org/plusd/cables/1974ATHENS02959_b.html');
  });

  it('never leaves https://wikileaks.org, whatever id it is given', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(60), fc.constantFrom(...HOSTILE_IDS, ...PAYLOADS)), (id) => {
        const built = plusdUrl(id);
        const href = built === null ? null : httpUrl(built);
        if (href === null) return;
        const url = new URL(href);
        expect([url.protocol, url.host], `${JSON.stringify(id)} -> ${href}`).toEqual([
          'https:',
          'wikileaks.org',
        ]);
        expect(url.pathname).toMatch(/^\/plusd\/cables\/[0-9]{2,4}[A-Z]+[0-9]+_[ab]\.html$/);
      }),
      params(1_000),
    );
  });

  it('links a reference to a cable page or not at all, whatever id a stored document gives it', () => {
    // Documents reach the view from the pipeline, but also from the store (an imported backup), whose schema
    // takes any short string as a reference id.
    const references: Reference[] = HOSTILE_IDS.map((id, i) => ({
      letter: String.fromCharCode(65 + i),
      text: id,
      id,
    }));
    const { container } = render(h(ReferenceList, { references }));
    const stray = Array.from(container.querySelectorAll('a[href]'))
      .map((a) => a.getAttribute('href') as string)
      .filter((href) => !CABLE_PAGE.test(href));
    expect(stray).toEqual([]);
    for (const id of HOSTILE_IDS) expect(container.textContent).toContain(id);
  });
});
