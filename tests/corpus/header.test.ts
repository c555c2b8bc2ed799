// The header reader on every corpus cable and page: id, fields against the gold files, and a body start that
// never swallows a paragraph. Reads ../shared/corpus in place.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClassificationLine } from '../../lib/cable/header/ids';
import { readHeader } from '../../lib/cable/header/read-header';
import { classificationLevel } from '../../lib/cable/markings';
import { normalizeInput } from '../../lib/cable/normalize';
import type { PageMeta } from '../../lib/cable/types';
import { corpusDir, corpusFiles, hasCorpus, readCorpus } from '../corpus';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The site's table gives the date (and so the year the text never carries). */
function cablegateTable(html: string): PageMeta {
  const id = /<a href='\/cable\/\d{4}\/\d{2}\/([A-Z0-9]+)\.html'>/.exec(html)?.[1];
  const date = /<a href='\/date\/[^']+'>([\d-]+ [\d:]+)</.exec(html)?.[1];
  return { ...(id ? { id } : {}), ...(date ? { date } : {}) };
}

function decode(html: string): string {
  return html
    .replace(/&#x000A;/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function preBlocks(html: string): string[] {
  return [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => decode(m[1] as string));
}

interface Case {
  id: string;
  text: string;
  headerText: string | null;
  pageMeta: PageMeta;
}

function cableCase(file: string): Case {
  const id = basename(file, '.txt');
  const headerPath = join(corpusDir, 'cables', 'headers', `${id}.header.txt`);
  const pagePath = join(corpusDir, 'pages', 'cablegate', `${id}.html`);
  const page = existsSync(pagePath) ? cablegateTable(readCorpus(pagePath)) : {};
  const normalized = normalizeInput({
    bodyText: readCorpus(file),
    headerText: existsSync(headerPath) ? readCorpus(headerPath) : null,
    pageMeta: page.date ? { date: page.date } : {},
  });
  return { id, ...normalized };
}

// A numbered paragraph start: the header must never reach one.
const PARAGRAPH = /^[ \t]*\d{1,2}\.[ \t]*(?:\(|[A-Z])/m;

describe.skipIf(!hasCorpus())('header on every corpus cable', () => {
  const cases = corpusFiles('cables', '.txt').map(cableCase);

  it('finds the corpus cables', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: id, fields present, body start', (id, c) => {
    const result = readHeader(c.text, { headerText: c.headerText, pageMeta: c.pageMeta });
    // The text gives origin and serial; the year comes from the site's date or the routing header.
    if (c.pageMeta.date || result.meta.date) expect(result.id).toBe(id);
    expect(result.bodyStart).toBeGreaterThanOrEqual(0);
    expect(result.bodyStart).toBeLessThanOrEqual(c.text.length);
    const header = c.text.slice(0, result.bodyStart);
    const body = c.text.slice(result.bodyStart);
    expect(header).not.toMatch(PARAGRAPH);
    // The body starts at a line start, on a line with text, or is empty (a header-only extract).
    const atLineStart = result.bodyStart === 0 || c.text[result.bodyStart - 1] === '\n';
    expect(atLineStart || body.trim() === '').toBe(true);
    if (body.trim()) expect(body).toMatch(/^[ \t]*\S/);
    const first = PARAGRAPH.exec(c.text);
    if (first) expect(result.bodyStart).toBeLessThanOrEqual(first.index);
    expect(result.meta.classification).not.toBeNull();
    expect(result.meta.level).not.toBeNull();
  });

  it('reads SUBJECT and TAGS on every cable that has them', () => {
    for (const c of cases) {
      const result = readHeader(c.text, { headerText: c.headerText, pageMeta: c.pageMeta });
      if (/^SUBJECT:/m.test(c.text)) expect(result.meta.subject, c.id).toBeTruthy();
      if (/^TAGS?\b/m.test(c.text)) expect(result.meta.tags.length, c.id).toBeGreaterThan(0);
      if (/^REF/im.test(c.text.slice(0, result.bodyStart)))
        expect(result.meta.references.length, c.id).toBeGreaterThan(0);
    }
  });
});

interface GoldHeader {
  classification_line: string;
  handling: string[];
  addressees?: string[];
  eo: string;
  tags: string[];
  subject: string;
  ref: string[];
  classified_by: string | null;
}

interface GoldBlock {
  type: string;
  number?: number;
  text: string;
}

describe.skipIf(!hasCorpus())('header against the gold files', () => {
  const golds = corpusFiles('gold', '.json').map((file) => {
    const gold = JSON.parse(readCorpus(file)) as { ref: string; header: GoldHeader; blocks: GoldBlock[] };
    return [gold.ref, gold] as const;
  });

  it('has the five gold files', () => {
    expect(golds.length).toBe(5);
  });

  it.each(golds)('%s', (ref, gold) => {
    const c = cableCase(join(corpusDir, 'cables', `${ref}.txt`));
    const { id, meta, bodyStart } = readHeader(c.text, { headerText: c.headerText, pageMeta: c.pageMeta });
    const g = gold.header;
    expect(id).toBe(ref);
    const line = parseClassificationLine(g.classification_line);
    expect(meta.level).toBe(classificationLevel(g.classification_line));
    expect(meta.origin).toBe(line?.origin);
    expect(meta.section).toEqual(line?.section ?? null);
    expect(meta.subject).toBe(collapse(g.subject));
    expect(meta.tags).toEqual(g.tags);
    expect(meta.executiveOrder).toBe(collapse(g.eo));
    expect(new Set(meta.handling)).toEqual(new Set(g.handling));
    expect(meta.passing).toEqual(g.addressees ?? []);
    expect(meta.references.map((r) => collapse(`${r.letter ? `${r.letter}. ` : ''}${r.text}`))).toEqual(
      g.ref.map(collapse),
    );
    if (g.classified_by) {
      expect(collapse(g.classified_by)).toContain(meta.classifiedBy as string);
      expect(meta.reasons.length).toBeGreaterThan(0);
    } else {
      expect(meta.classifiedBy).toBeNull();
    }
    // The body begins with gold's first block, not later and not in the header.
    const firstBlock = gold.blocks[0] as GoldBlock;
    const head = collapse(c.text.slice(bodyStart, bodyStart + 400));
    const start = collapse(firstBlock.text).slice(0, 24);
    expect(head.indexOf(start)).toBeGreaterThanOrEqual(0);
    expect(head.indexOf(start)).toBeLessThan(24);
    if (firstBlock.type === 'paragraph') expect(head.startsWith(`${firstBlock.number}.`)).toBe(true);
  });
});

describe.skipIf(!hasCorpus())('header on the saved mirror pages', () => {
  const cablegate = corpusFiles('pages/cablegate', '.html');

  it.each(cablegate.map((f) => [basename(f, '.html'), f]))(
    'cablegate %s: the site table wins for the id',
    (id, file) => {
      const html = readCorpus(file as string);
      const pres = preBlocks(html);
      const normalized = normalizeInput({
        bodyText: pres[pres.length - 1] ?? '',
        headerText: pres.length > 1 ? (pres[0] as string) : null,
        pageMeta: cablegateTable(html),
      });
      const result = readHeader(normalized.text, normalized);
      expect(result.id).toBe(id);
      expect(normalized.text.slice(0, result.bodyStart)).not.toMatch(PARAGRAPH);
    },
  );

  it.each(corpusFiles('pages/plusd', '.html').map((f) => [basename(f, '.html'), f]))(
    'plusd %s',
    (name, file) => {
      const html = readCorpus(file as string);
      const header = decode(/<div class="text-header[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '');
      const body = decode(/<div id="tagged-text">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '');
      const normalized = normalizeInput({
        bodyText: body,
        headerText: header,
        pageMeta: { id: name as string },
      });
      const result = readHeader(normalized.text, normalized);
      expect(result.id).toBe((name as string).replace(/_b$/, ''));
      expect(result.meta.subject).toBeTruthy();
      expect(result.meta.from).toMatch(/^(?:AMEMBASSY|SECSTATE)/);
      expect(normalized.text.slice(result.bodyStart)).toMatch(/^1\./);
      for (const ref of result.meta.references) if (ref.id) expect(ref.id).toMatch(/^19\d{2}[A-Z]+\d{5,6}$/);
    },
  );

  it('the seed (unknown mirror): metadata line, then the body at paragraph 1', () => {
    const normalized = normalizeInput({
      bodyText: readCorpus(join(corpusDir, 'seed', '08ASTANA1147.txt')),
      headerText: null,
      pageMeta: {},
    });
    const result = readHeader(normalized.text, normalized);
    expect(result.id).toBe('08ASTANA1147');
    expect(result.meta.date?.startsWith('2008-06-18')).toBe(true);
    expect(result.meta.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(result.meta.origin).toBe('Embassy Astana');
    expect(normalized.text.slice(result.bodyStart)).toMatch(/^1\. \(U\)/);
  });
});
