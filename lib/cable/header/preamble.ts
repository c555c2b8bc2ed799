// What comes before a cable's own header: a converted text's metadata block, a lone banner, a routing block, site
// chrome, a date line, an unknown mirror's metadata line and the labels after it. Finds where the header starts;
// never reads the header's fields itself.

import { parseClassificationLine } from './ids';
import { fieldStart, isoDate, monthNumber, PARAGRAPH_START } from './lines';
import { loneBanner, type PageMetadata, readMetadataBlock } from './metadata-block';
import { type Routing, readRouting } from './routing';
import { readMetadataLine } from './site-metadata';

const PREAMBLE_LINES = 60;
const CHROME_AFTER_METADATA = 12;
const HEAD = 400;
const ROUTING_START =
  /^[ \t]*(?:VZCZC|(?:[A-Z]{1,2}[ \t]+){0,3}\d{6}[ \t]?Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}\b|FM[ \t]+[A-Z])/;
const SITE_LABEL = /^[ \t]*(?:Cable[ \t]+)?title[ \t]*:[ \t]*(.*)$/i;
// `Monday, 3 March 2003, 10:15`, a date line some mirrors put above the text.
const DATE_LINE = /\b(\d{1,2})[ \t]+([A-Z][a-z]{2,8})[ \t]+((?:19|20)\d{2})(?:,?[ \t]+(\d{2}):(\d{2}))?/;

/** Calls `visit(line, start, next)` for each line from `from`, until it returns false or `maxLines` is reached. */
export function eachLine(
  text: string,
  from: number,
  maxLines: number,
  visit: (line: string, start: number, next: number) => boolean,
): void {
  let start = from;
  for (let n = 0; n < maxLines && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!visit(text.slice(start, end), start, end + 1)) return;
    start = end + 1;
  }
}

export interface Preamble {
  /** Where the cable's own header (or body) starts, after routing, chrome and a metadata line. */
  start: number;
  /** True when a classification line or a header field was found there. */
  anchored: boolean;
  /** The page's metadata the text carries: a metadata line or block, or the cable's lone banner line. */
  metadata: PageMetadata | null;
  routing: Routing | null;
  siteTitle: string | null;
  date: string | null;
}

/** A date written out in a line (`3 March 2003, 10:15`), as ISO, or null. */
export function dateFromLine(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const month = monthNumber(m[2] as string);
  const day = month ? isoDate(m[3] as string, month, m[1] as string) : null;
  if (!day) return null;
  return m[4] ? `${day}T${m[4]}:${m[5]}` : day;
}

const isAnchor = (line: string) => parseClassificationLine(line) !== null || fieldStart(line) !== null;

/** The cable's lone banner line (`SECRET`, `S E C R E T`) at `from`, when the routing block follows it. */
function bannerBeforeRouting(text: string, from: number): { banner: string; end: number } | null {
  let banner: string | null = null;
  let end = -1;
  let routed = false;
  eachLine(text, from, 8, (line, _start, next) => {
    if (!line.trim()) return true;
    if (banner) {
      routed = ROUTING_START.test(line.slice(0, 200));
      return false;
    }
    banner = loneBanner(line.slice(0, 200));
    end = Math.min(next, text.length);
    return banner !== null;
  });
  return banner && routed ? { banner, end } : null;
}

/**
 * Finds where the header starts: skips a converted text's metadata block, the cable's lone banner line, a routing
 * block, site chrome and an unknown mirror's metadata line.
 */
export function readPreamble(text: string): Preamble {
  const result: Preamble = {
    start: 0,
    anchored: false,
    metadata: null,
    routing: null,
    siteTitle: null,
    date: null,
  };
  let from = 0;
  const block = readMetadataBlock(text.length > 4096 ? text.slice(0, 4096) : text);
  if (block) {
    // Where the block and the cable both say something (read-header.ts merges the sources): the id is the
    // block's, as the cable never writes its year; the date is the cable's date-time group (to the minute and in
    // UTC, where a tool may have shifted the block's day into its own zone), so the block's goes where a date
    // line's does, used only without one; the classification and subject are the cable's banner and SUBJECT
    // line (the block's title is cut); the origin is the block's words (`Embassy Oslo`) for the post the
    // classification line writes as ids do (`OSLO`), as a site's table gives it.
    result.metadata = {
      id: block.id,
      date: null,
      classification: block.classification,
      origin: block.origin,
    };
    result.date = block.date;
    result.siteTitle = block.title;
    from = block.end;
  }
  const banner = bannerBeforeRouting(text, from);
  if (banner) {
    // The cable's own banner wins over the block's classification line.
    result.metadata = {
      ...(result.metadata ?? { id: null, date: null, origin: null }),
      classification: banner.banner,
    };
    from = banner.end;
  }
  result.start = from;
  const head = text.slice(from, from + 4096);
  const first = /\S/.exec(head);
  if (first && ROUTING_START.test(text.slice(from + first.index, from + first.index + 200))) {
    const routing = readRouting(text.slice(from + first.index));
    if (routing.from) {
      result.routing = routing;
      result.start = from + first.index + routing.end;
    }
  }
  const siteLines: string[] = [];
  let oneLine = false;
  eachLine(text, result.start, PREAMBLE_LINES, (whole, start, next) => {
    // Chrome and header lines are short: patterns look at a line's head only.
    const line = whole.length > HEAD ? whole.slice(0, HEAD) : whole;
    if (PARAGRAPH_START.test(line)) return false;
    const metadata = readMetadataLine(line);
    if (metadata) {
      result.metadata = metadata;
      oneLine = true;
      result.start = Math.min(next, text.length);
      return false;
    }
    if (isAnchor(line)) {
      result.start = start;
      result.anchored = true;
      return false;
    }
    siteLines.push(line);
    return true;
  });
  if (result.anchored || result.metadata) {
    for (const line of siteLines) result.date ??= dateFromLine(line);
  }
  if (oneLine) skipChromeAfterMetadata(text, result);
  return result;
}

/** After a metadata line: labels and links up to the first header or body line are the site's, not the cable's. */
function skipChromeAfterMetadata(text: string, result: Preamble): void {
  let found = -1;
  const labels: string[] = [];
  eachLine(text, result.start, CHROME_AFTER_METADATA, (whole, start) => {
    const line = whole.length > HEAD ? whole.slice(0, HEAD) : whole;
    if (PARAGRAPH_START.test(line) || isAnchor(line)) {
      found = start;
      result.anchored = isAnchor(line);
      return false;
    }
    labels.push(line);
    return true;
  });
  for (const line of labels) {
    const title = SITE_LABEL.exec(line);
    if (title?.[1]?.trim()) result.siteTitle ??= title[1].trim();
  }
  if (found >= 0) {
    result.start = found;
    return;
  }
  // No header or paragraph in sight: only drop the site's label lines right after the metadata line.
  eachLine(text, result.start, CHROME_AFTER_METADATA, (line, _start, next) => {
    if (line.trim() && !SITE_LABEL.test(line)) return false;
    result.start = Math.min(next, text.length);
    return true;
  });
}
