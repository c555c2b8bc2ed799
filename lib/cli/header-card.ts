// The header card's rows (label, value) from a cable's meta, shared by the text and Markdown printers.
// Presentation of fields only: it reads CableDocument, never the cable text.
import type { CableDocument } from '../cable/types';
import { LEVEL_BANNER } from '../cable/vocabulary';

export interface CardRow {
  label: string;
  value: string;
}

function references(doc: CableDocument): string | null {
  const refs = doc.meta.references.map((ref) => {
    const letter = ref.letter ? `${ref.letter}. ` : '';
    const id = ref.id && !ref.text.replace(/\s+/g, '').toUpperCase().includes(ref.id) ? ` (${ref.id})` : '';
    return `${letter}${ref.text}${id}`;
  });
  return refs.length > 0 ? refs.join('; ') : null;
}

function classifiedBy(doc: CableDocument): string | null {
  const { classifiedBy: by, reasons } = doc.meta;
  if (!by && reasons.length === 0) return null;
  const why = reasons.length > 0 ? `reasons ${reasons.join(', ')}` : '';
  return [by, why].filter(Boolean).join('; ');
}

// An old cable may name its level only in `1. SECRET - ENTIRE TEXT.`: the card says so, as the banner would.
function classification(doc: CableDocument): string | null {
  const { classification: banner, level, entireText } = doc.meta;
  const written = banner ?? (level ? LEVEL_BANNER[level] : null);
  return written && entireText ? `${written} (entire text)` : written;
}

// What the mirror left out is a fact the reader must see: a partial extract, or a page with the header only.
function mirrorText(doc: CableDocument): string | null {
  if (doc.meta.partial) return 'partial extract; the full text of the original cable is not available';
  return doc.blocks.length === 0 ? 'the mirror holds only the header, no body' : null;
}

/** The card's rows in reading order; fields the cable lacks are left out. */
export function headerCard(doc: CableDocument): CardRow[] {
  const m = doc.meta;
  const section = m.section ? `${m.section.section} of ${m.section.of}` : null;
  const rows: Array<[string, string | null]> = [
    ['Reference', doc.id],
    ['Date', m.date],
    ['Classification', classification(doc)],
    ['Origin', m.origin],
    ['From', m.from],
    ['To', m.to.length > 0 ? m.to.join('; ') : null],
    ['Info', m.info.length > 0 ? m.info.join('; ') : null],
    ['Tags', m.tags.length > 0 ? m.tags.join(', ') : null],
    ['References', references(doc)],
    ['Classified by', classifiedBy(doc)],
    ['Declassify', m.declassify],
    ['Handling', m.handling.length > 0 ? m.handling.join(', ') : null],
    ['Section', section],
    ['Text', mirrorText(doc)],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
    .map(([label, value]) => ({
      label,
      value,
    }));
}
