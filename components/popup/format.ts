// Small wordings shared by the bookmark list and the notes page: paragraph names, dates, orphan reasons, counts.
// Pure functions of plain values; no DOM, no store.
import type { OrphanReason } from '../../lib/store/schema';

/** `paragraph 4`, or `an unnumbered passage` for text without a label. */
export function paragraphName(label: string | null): string {
  return label ? `paragraph ${label}` : 'an unnumbered passage';
}

/** `¶4`, or `¶–` for text without a label. */
export function paragraphMark(label: string | null): string {
  return `¶${label ?? '–'}`;
}

const ORPHAN_WORDS: Record<OrphanReason, string> = {
  'no-quote': 'It has no quote to look for.',
  'not-found': 'Its text is no longer found in the saved copy.',
  'too-weak': 'Its quote is too short or too common to place with confidence.',
};

/** Why a bookmark is flagged as orphaned, in one sentence. */
export function orphanText(reason: OrphanReason): string {
  return ORPHAN_WORDS[reason];
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A note's time as a reader scans it: `14:05` today, `3 Mar 2026` otherwise. */
export function shortTime(ms: number, now: number = Date.now()): string {
  const when = new Date(ms);
  return when.toDateString() === new Date(now).toDateString()
    ? timeFormat.format(when)
    : dateFormat.format(when);
}

/** `1 note`, `3 notes`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The host of a URL, for "Open on wikileaks.org"; the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
