// Reads a cablesearch.org API answer (`/cable/api/cable?id=<ID>`, JSON or JSONP) into the pipeline's input.
// Used by the CLI (Node); it unpacks the answer's fields and leaves the cable text itself to lib/cable.
import type { RawCableText } from '../cable/types';
import { pageMeta, splitTags } from './page-meta';

/** One cable as the API gives it (other fields are ignored). */
interface ApiItem {
  id?: unknown;
  subject?: unknown;
  date?: unknown;
  classification?: unknown;
  origin?: unknown;
  header?: unknown;
  text?: unknown;
  tags?: unknown;
  cachelink?: unknown;
}

const JSONP = /^\s*[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?\s*$/;
// The API appends its own tag index to the routing header (`XTAGS: XTAGPGOV, ... 08FOO123`); not cable text.
const API_TAG_LINE = /^XTAGS:.*$/gm;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function itemsOf(answer: unknown): ApiItem[] {
  if (Array.isArray(answer)) return answer as ApiItem[];
  if (answer && typeof answer === 'object') {
    const items = (answer as { items?: unknown }).items;
    if (Array.isArray(items)) return items as ApiItem[];
    if ('text' in answer) return [answer as ApiItem];
  }
  return [];
}

/**
 * The cable in a cablesearch.org answer: the item whose id is `id`, else the first. Throws an Error with a
 * one-line message when the answer is not JSON/JSONP or holds no cable text.
 */
export function readCablesearchAnswer(source: string, id?: string): RawCableText {
  const jsonp = JSONP.exec(source);
  let answer: unknown;
  try {
    answer = JSON.parse(jsonp ? (jsonp[1] as string) : source);
  } catch (error) {
    throw new Error(`not a cablesearch.org answer (${(error as Error).message})`);
  }
  const items = itemsOf(answer);
  const wanted = id?.toUpperCase();
  const item = items.find((i) => str(i.id)?.toUpperCase() === wanted) ?? items[0];
  const text = str(item?.text);
  if (!item || !text || text.trim() === '') throw new Error('the cablesearch.org answer holds no cable text');
  const header = str(item.header)?.replace(API_TAG_LINE, '').replace(/\s+$/, '');
  return {
    headerText: header ? header : null,
    bodyText: text,
    pageMeta: pageMeta({
      id: str(item.id),
      date: str(item.date),
      classification: str(item.classification),
      origin: str(item.origin),
      subject: str(item.subject),
      tags: splitTags(str(item.tags), /[\s,]+/),
      url: str(item.cachelink),
    }),
  };
}
