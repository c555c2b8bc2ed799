// Reads a cable's own header (and a site's metadata line, routing header and page table) into CableMeta, the
// canonical id and the offset where the body begins. It never consumes a paragraph: all from bodyStart is body.

import { classificationLevel } from '../markings';
import type { CableMeta, PageMeta } from '../types';
import { LEVEL_BANNER } from '../vocabulary';
import { splitClassifier } from './classifier';
import { findConflicts } from './conflicts';
import { HeaderFieldReader, type HeaderFields } from './fields';
import { canonicalId, idYear, isPlusdId } from './ids';
import {
  classifiedBy,
  classifiedInFirstParagraph,
  declassification,
  fieldStart,
  INLINE_FIELD,
  isoDate,
} from './lines';
import { dateFromLine, eachLine, readPreamble } from './preamble';
import { parseReferences } from './references';
import { cablePrecedence, readRouting } from './routing';
import type { MetadataTail } from './site-metadata';
import { cleanSubject, subjectTitle } from './subject';
import { readTags } from './tag-list';
import { tagKind } from './tags';

export interface HeaderInput {
  /** The routing header when the site shows it apart from the body (`VZCZC...`, FM, TO, INFO), else null. */
  headerText: string | null;
  pageMeta: PageMeta;
  /** The media-partner metadata tail the caller split off (splitMetadataTail), for date, tags and subject. */
  tail?: MetadataTail | null;
}

export interface HeaderResult {
  id: string | null;
  meta: CableMeta;
  /** Offset in `text` where the body's first block begins. */
  bodyStart: number;
}

const HEADER_LINES = 160;

const CLASSIFIED_SEGMENT = /^[ \t]*(?:\([A-Z/]{1,6}\)[ \t]*)?Classified[ \t]+By\b/i;
const REASONS_ORDER = /^[ \t]E\.?[ \t]?O\.?[ \t]?1[123]\d{3}\b[ \t]*(?![:;]|DECL)/i;

/** Splits a line before field keywords that start mid-line in the flattened style (`... SIPDIS E.O. 12958:`). */
function splitSegments(line: string): number[] {
  const cuts = [0];
  const head = line.length > 4000 ? line.slice(0, 4000) : line;
  INLINE_FIELD.lastIndex = 0;
  for (let m = INLINE_FIELD.exec(head); m; m = INLINE_FIELD.exec(head)) {
    const segment = head.slice(cuts[cuts.length - 1], m.index);
    // `(U) Classified by:` is one field with its portion marking, not a marking and then a field.
    if (/^[ \t]*\([A-Z/]{1,6}\)[ \t]*$/.test(segment)) continue;
    // `Classified by X; E.O. 12958, reasons 1.4 (b)`: the order named inside the reasons, not an E.O. line.
    if (CLASSIFIED_SEGMENT.test(segment) && REASONS_ORDER.test(head.slice(m.index))) continue;
    cuts.push(m.index + 1);
  }
  return cuts;
}

/** Feeds lines from `from` to the reader until it stops; returns where the body starts. */
function feed(reader: HeaderFieldReader, text: string, from: number): number {
  reader.bodyStart = -1;
  let stopped = -1;
  let last = from;
  eachLine(text, from, HEADER_LINES, (line, start, next) => {
    last = Math.min(next, text.length);
    const cuts = splitSegments(line);
    for (const [i, cut] of cuts.entries()) {
      const piece = line.slice(cut, cuts[i + 1] ?? line.length);
      if (!reader.accept(piece, start + cut)) {
        stopped = reader.bodyStart;
        return false;
      }
    }
    return true;
  });
  return stopped >= 0 ? stopped : reader.finish(last);
}

/**
 * The declassification instruction: the E.O. line's date, or the `Declassify on:` line's words where the E.O.
 * line gives only a marker (`DECL: MR` beside `Declassify on: Source marked 25X1-human, Date of source: ...`).
 */
function declassifyField(fromEo: string | null, declassifyOn: string | null): string | null {
  if (fromEo && /^\d{4}-\d{2}-\d{2}$/.test(fromEo)) return fromEo;
  return declassifyOn ?? fromEo;
}

function pageDate(value: string | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value.trim());
  if (iso) {
    const day = isoDate(iso[1] as string, iso[2] as string, iso[3] as string);
    return day && iso[4] ? `${day}T${iso[4]}:${iso[5]}` : day;
  }
  return dateFromLine(value);
}

/** A day the page gives (`2007-01-17`) with the time the text's date line or routing gives that same day, if any. */
function withTime(day: string | null | undefined, others: (string | null | undefined)[]): string | null {
  if (!day || day.length > 10) return day ?? null;
  return others.find((d) => d && d.length > 10 && d.startsWith(day)) ?? day;
}

/** The banner in words, with the caveats the header's handling lines add (as Cablegate writes it). */
function bannerClassification(fields: HeaderFields): string | null {
  const banner = fields.classification?.banner;
  if (!banner) return null;
  const level = classificationLevel(banner);
  if (!level) return null;
  const words = /\bSENSITIVE\b/.test(banner) && level === 'SBU' ? 'UNCLASSIFIED' : LEVEL_BANNER[level];
  const all = `${banner} ${fields.handling.join(' ')}`;
  if (/NOFORN|\/\/NF\b/.test(all) && level !== 'U') return `${words}//NOFORN`;
  if (words === 'UNCLASSIFIED' && /SENSITIVE|FOR OFFICIAL USE ONLY|FOUO/.test(all)) {
    return 'UNCLASSIFIED//FOR OFFICIAL USE ONLY';
  }
  return words;
}

function joined(lines: string[]): string | null {
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  return text || null;
}

/**
 * Reads the header of a cable whose body text is `text` (normalised: `\n` newlines, no `¶`). Where sources
 * disagree, the site's table (`pageMeta`) wins for id, date and origin: it is the published record and the text
 * never carries a year; the text's own banner wins for classification, and its SUBJECT and TAGS lines for those
 * (the site may truncate them); an unknown mirror's metadata line comes next, then the routing header.
 */
export function readHeader(text: string, input: HeaderInput): HeaderResult {
  const headerRouting = input.headerText ? readRouting(input.headerText) : null;
  const headerReader = new HeaderFieldReader();
  if (input.headerText && headerRouting) feed(headerReader, input.headerText, headerRouting.end);
  const preamble = readPreamble(text);
  // A text with its own header starts fresh; otherwise it continues the header shown apart (a REF list's tail).
  const reader = preamble.anchored || !input.headerText ? new HeaderFieldReader() : headerReader;
  const bodyStart = feed(reader, text, preamble.start);
  const own = reader.fields;
  const apart = headerReader.fields;
  const fields: HeaderFields = {
    classification: own.classification ?? apart.classification,
    handling: own.handling.length ? own.handling : apart.handling,
    passing: own.passing.length ? own.passing : apart.passing,
    executiveOrder: own.executiveOrder ?? apart.executiveOrder,
    tags: own.tags.length ? own.tags : apart.tags,
    subject: own.subject.length ? own.subject : apart.subject,
    ref: own.ref.length ? own.ref : apart.ref,
    classifiedBy: own.classifiedBy.length ? own.classifiedBy : apart.classifiedBy,
    declassifyOn: own.declassifyOn.length ? own.declassifyOn : apart.declassifyOn,
  };
  const routing = headerRouting?.from ? headerRouting : preamble.routing;
  const tail = input.tail ?? null;
  const md = preamble.metadata;

  const date = withTime(
    pageDate(input.pageMeta.date) ?? md?.date ?? routing?.date ?? preamble.date ?? tail?.date,
    [md?.date, preamble.date, routing?.date],
  );
  const pageId = input.pageMeta.id ? canonicalId(input.pageMeta.id) : null;
  const knownId = pageId ?? md?.id ?? null;
  const year = (knownId && idYear(knownId)) ?? date?.slice(0, 4) ?? undefined;
  const style = knownId && isPlusdId(knownId) ? 'plusd' : 'cablegate';
  const line = fields.classification;
  const id = knownId ?? (line && year ? canonicalId(`${line.origin} ${line.serial}`, { year, style }) : null);

  const classification =
    bannerClassification(fields) ?? input.pageMeta.classification ?? md?.classification ?? null;
  const by = fields.classifiedBy.length
    ? classifiedBy(fields.classifiedBy.join(' '))
    : classifiedInFirstParagraph(text.slice(bodyStart, bodyStart + 600));
  const eo = fields.executiveOrder;
  const eoValue = eo ? eo.slice(fieldStart(eo)?.valueAt ?? 0) : '';
  const declassifyOn = joined(fields.declassifyOn)?.replace(/^[^:]*:\s*/, '') ?? null;
  const tagList = readTags(fields.tags.join(' '));
  const pageTags = input.pageMeta.tags ?? tail?.tags ?? [];
  const tags = tagList.tags.length ? tagList.tags : pageTags;
  const subject = cleanSubject(fields.subject.join(' '));
  const refText = [...fields.ref, ...(subject.ref ? [subject.ref] : [])].join('\n');
  const subjectText =
    subject.subject ?? input.pageMeta.subject ?? preamble.siteTitle ?? tail?.subject ?? null;

  const meta: CableMeta = {
    classification,
    level: classification ? classificationLevel(classification) : null,
    date,
    origin: input.pageMeta.origin ?? md?.origin ?? line?.origin ?? routing?.from ?? null,
    subject: subjectText,
    from: routing?.from ?? null,
    to: routing?.to ?? [],
    info: routing?.info ?? [],
    tags,
    references: parseReferences(refText, { year, style }, id),
    classifiedBy: by.by,
    reasons: by.reasons,
    declassify: declassifyField(declassification(eoValue), declassifyOn),
    executiveOrder: eo ? eo.replace(/\s+/g, ' ') : null,
    passing: fields.passing,
    handling: fields.handling,
    section: line?.section ?? null,
    signature: null,
    subjectTitle: subjectTitle(subjectText),
    tagKinds: tagList.tags.length ? tagList.kinds : pageTags.map(tagKind),
    classifier: splitClassifier(by.by),
    excluded: routing?.excluded ?? [],
    addressees: routing?.addressees ?? [],
    precedence: cablePrecedence(routing),
    transmissionId: routing?.transmissionId ?? null,
    dtg: routing?.dtg ?? null,
    conflicts: findConflicts(input.pageMeta, {
      id: line && year ? canonicalId(`${line.origin} ${line.serial}`, { year, style }) : null,
      date: routing?.date ?? null,
      lineDate: preamble.date,
      banner: fields.classification?.banner ?? null,
      origin: line?.origin ?? null,
    }),
  };
  return { id, meta, bodyStart };
}
