// The citations a reader copies: the short form, Chicago note, APA, BibTeX, RIS and CSL-JSON of a cable or one of
// its paragraphs, with the quoted text when there is one, the paragraph's link and the access date. Pure
// formatting of pipeline output; never reads the page.
import type { Block, CableDocument } from '../cable/types';
import { MONTHS } from './long-date';
import { paragraphUrl } from './paragraph-links';

export type CitationStyle = 'short' | 'full' | 'chicago' | 'apa' | 'bibtex' | 'ris' | 'csl-json';

export const CITATION_STYLES: readonly CitationStyle[] = [
  'short',
  'full',
  'chicago',
  'apa',
  'bibtex',
  'ris',
  'csl-json',
];

export interface CitationInput {
  doc: CableDocument;
  /** The paragraph cited, or null for the whole cable. */
  block: Block | null;
  /** The page's URL; the paragraph's anchor replaces its fragment. */
  pageUrl: string;
  /** Text the reader selected, quoted in the citation. */
  quote?: string | null;
  /** When the reader read it. */
  accessed: Date;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Day {
  year: number;
  month: number;
  day: number;
}

/** The date part of an ISO date or date-time (`2006-05-30T09:09` -> `2006-05-30`). */
function dayOf(date: string | null): string | null {
  return date ? (date.split('T', 1)[0] ?? null) : null;
}

function partsOf(date: string | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

function localDay(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const longDate = (d: Day) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Day) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Who sent it: the origin as the header names it. */
function author(doc: CableDocument): string {
  return doc.meta.origin ?? doc.meta.from ?? 'US Department of State';
}

/** Where it was read: the mirror's name where it is one we know, else its host. */
function publisher(pageUrl: string): string {
  const host = new URL(pageUrl).hostname.replace(/^www\./, '');
  return /(^|\.)wikileaks\.[a-z]+$/.test(host) ? 'WikiLeaks' : host;
}

function title(doc: CableDocument): string {
  return doc.meta.subject ?? (doc.id ? `Cable ${doc.id}` : 'Diplomatic cable');
}

/** `para. 5 (S//NF)`, or null for the whole cable. */
function locator(block: Block | null): string | null {
  if (!block) return null;
  const label = block.number ?? block.key;
  return block.marking ? `para. ${label} (${block.marking})` : `para. ${label}`;
}

function urlOf(input: CitationInput): string {
  if (input.block) return paragraphUrl(input.pageUrl, input.block.key);
  const url = new URL(input.pageUrl);
  url.hash = '';
  return url.href;
}

/** The quote on one line, whitespace collapsed. */
function quoteOf(input: CitationInput): string | null {
  const text = input.quote?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * A one-line citation, fields that are unknown left out:
 * `Embassy Oslo, "SUBJECT", cable 06OSLO456, 2006-05-30, para. 4 (C), https://...#par4`.
 */
export function citationText(doc: CableDocument, block: Block, pageUrl: string): string {
  const { origin, subject, date } = doc.meta;
  const parts: string[] = [];
  if (origin) parts.push(origin);
  if (subject) parts.push(`"${subject}"`);
  if (doc.id) parts.push(`cable ${doc.id}`);
  const day = dayOf(date);
  if (day) parts.push(day);
  parts.push(locator(block) as string);
  parts.push(paragraphUrl(pageUrl, block.key));
  return parts.join(', ');
}

function short(input: CitationInput): string {
  const where = [input.doc.id ?? title(input.doc), locator(input.block)].filter(Boolean).join(', ');
  const quote = quoteOf(input);
  return quote ? `"${quote}" (${where})` : where;
}

function full(input: CitationInput): string {
  const { doc, block } = input;
  const line = block
    ? citationText(doc, block, input.pageUrl)
    : [
        doc.meta.origin,
        doc.meta.subject && `"${doc.meta.subject}"`,
        doc.id && `cable ${doc.id}`,
        dayOf(doc.meta.date),
        urlOf(input),
      ]
        .filter(Boolean)
        .join(', ');
  const quote = quoteOf(input);
  return quote ? `"${quote}" (${line})` : line;
}

function chicago(input: CitationInput): string {
  const { doc } = input;
  const day = partsOf(doc.meta.date);
  const rest = [
    doc.id ? `cable ${doc.id}` : 'cable',
    day ? longDate(day) : null,
    locator(input.block),
    publisher(input.pageUrl),
    `${urlOf(input)} (accessed ${longDate(localDay(input.accessed))})`,
  ].filter(Boolean);
  // The title's comma goes inside its quotation marks, as Chicago has it.
  const note = `${author(doc)}, “${title(doc)},” ${rest.join(', ')}.`;
  const quote = quoteOf(input);
  return quote ? `“${quote}” ${note}` : note;
}

function apa(input: CitationInput): string {
  const { doc } = input;
  const day = partsOf(doc.meta.date);
  const when = day ? `${day.year}, ${MONTHS[day.month - 1]} ${day.day}` : 'n.d.';
  const what = [doc.id ? `Cable ${doc.id}` : null, locator(input.block)].filter(Boolean).join(', ');
  const text =
    `${author(doc)}. (${when}). ${title(doc)}${what ? ` [${what}]` : ''}. ${publisher(input.pageUrl)}. ` +
    `Retrieved ${longDate(localDay(input.accessed))}, from ${urlOf(input)}`;
  const quote = quoteOf(input);
  return quote ? `“${quote}” ${text}` : text;
}

/** BibTeX's special characters escaped, so the value reads back as written. */
function bibValue(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&#$_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

function citeKey(input: CitationInput): string {
  const base = (input.doc.id ?? 'cable').replace(/[^A-Za-z0-9]/g, '');
  const para = input.block
    ? `-par${(input.block.number ?? input.block.key).replace(/[^A-Za-z0-9]/g, '')}`
    : '';
  return `cable${base}${para}`;
}

function bibtex(input: CitationInput): string {
  const { doc } = input;
  const day = partsOf(doc.meta.date);
  const fields: [string, string][] = [
    ['author', `{${bibValue(author(doc))}}`],
    ['title', `{${bibValue(title(doc))}}`],
    ['type', 'Diplomatic cable'],
  ];
  if (doc.id) fields.push(['number', bibValue(doc.id)]);
  const where = locator(input.block);
  if (where) fields.push(['pages', bibValue(where)]);
  if (day) fields.push(['year', String(day.year)], ['date', isoDay(day)]);
  fields.push(
    ['publisher', bibValue(publisher(input.pageUrl))],
    ['url', urlOf(input)],
    ['urldate', isoDay(localDay(input.accessed))],
  );
  if (doc.meta.classification) fields.push(['note', bibValue(`Classification: ${doc.meta.classification}`)]);
  const quote = quoteOf(input);
  if (quote) fields.push(['annotation', bibValue(quote)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  const month = day ? `,\n  month = ${BIBTEX_MONTHS[day.month - 1]}` : '';
  return `@misc{${citeKey(input)},\n${body}${month}\n}`;
}

/** A RIS value on one line (RIS is line-based). */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

function ris(input: CitationInput): string {
  const { doc } = input;
  const day = partsOf(doc.meta.date);
  const lines: [string, string][] = [
    ['TY', 'GOVDOC'],
    ['AU', author(doc)],
    ['TI', title(doc)],
    ['M3', 'Diplomatic cable'],
  ];
  if (doc.id) lines.push(['M1', doc.id]);
  const where = locator(input.block);
  if (where) lines.push(['SE', where]);
  if (day) lines.push(['PY', String(day.year)], ['DA', `${day.year}/${pad(day.month)}/${pad(day.day)}`]);
  const accessed = localDay(input.accessed);
  lines.push(
    ['PB', publisher(input.pageUrl)],
    ['UR', urlOf(input)],
    ['Y2', `${accessed.year}/${pad(accessed.month)}/${pad(accessed.day)}`],
  );
  if (doc.meta.classification) lines.push(['N1', `Classification: ${doc.meta.classification}`]);
  const quote = quoteOf(input);
  if (quote) lines.push(['AB', quote]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`.trimEnd()).join('\r\n');
}

/** One CSL-JSON item (as Zotero, Mendeley and citeproc read it), in a list of one. */
function cslItem(input: CitationInput): Record<string, unknown> {
  const { doc } = input;
  const day = partsOf(doc.meta.date);
  const accessed = localDay(input.accessed);
  const item: Record<string, unknown> = {
    id: citeKey(input),
    type: 'document',
    genre: 'Diplomatic cable',
    title: title(doc),
    author: [{ literal: author(doc) }],
    publisher: publisher(input.pageUrl),
    URL: urlOf(input),
    accessed: { 'date-parts': [[accessed.year, accessed.month, accessed.day]] },
  };
  if (doc.id) item.number = doc.id;
  if (day) item.issued = { 'date-parts': [[day.year, day.month, day.day]] };
  const where = locator(input.block);
  if (where) item.section = where;
  if (doc.meta.classification) item.note = `Classification: ${doc.meta.classification}`;
  const quote = quoteOf(input);
  if (quote) item.abstract = quote;
  return item;
}

/** The citation in one style. */
export function cite(style: CitationStyle, input: CitationInput): string {
  switch (style) {
    case 'short':
      return short(input);
    case 'full':
      return full(input);
    case 'chicago':
      return chicago(input);
    case 'apa':
      return apa(input);
    case 'bibtex':
      return bibtex(input);
    case 'ris':
      return ris(input);
    case 'csl-json':
      return JSON.stringify([cslItem(input)], null, 2);
  }
}
