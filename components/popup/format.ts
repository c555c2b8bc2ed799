// Small wordings shared by the bookmark list and the notes page: paragraph names, dates, orphan reasons, counts.
// Pure functions of plain values; no DOM, no store.

import { type MessageKey, t, uiLocale } from '../../lib/i18n/t';
import type { OrphanReason } from '../../lib/store/schema';

/** `paragraph 4`, or `an unnumbered passage` for text without a label. */
export function paragraphName(label: string | null): string {
  return label ? t('fmt_paragraph', label) : t('fmt_unnumbered');
}

/** `¶4`, or `¶–` for text without a label. */
export function paragraphMark(label: string | null): string {
  return `¶${label ?? '–'}`;
}

const ORPHAN_WORDS: Record<OrphanReason, MessageKey> = {
  'no-quote': 'fmt_orphanNoQuote',
  'not-found': 'fmt_orphanNotFound',
  'too-weak': 'fmt_orphanTooWeak',
};

/** Why a bookmark is flagged as orphaned, in one sentence. */
export function orphanText(reason: OrphanReason): string {
  return t(ORPHAN_WORDS[reason]);
}

/** A note's time as a reader scans it, in the interface language: `14:05` today, `3 Mar 2026` otherwise. */
export function shortTime(ms: number, now: number = Date.now()): string {
  const when = new Date(ms);
  const today = when.toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = today
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(uiLocale(), options).format(when);
}

/** The host of a URL, for "Open on wikileaks.org"; the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
