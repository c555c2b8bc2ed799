// Where the view shows the teletype's removed page breaks, and what the marker says ("page 2 of 3").
// Pure: the header text as written is never part of the output, so it cannot reappear in the clean view.
import type { PageBreak } from '../cable/types';
import { t } from '../i18n/t';

/** The marker's words in the interface language: `page 2 of 3`, `page 2`, or `page break` when the header was unreadable. */
export function pageMarkerLabel(pageBreak: Pick<PageBreak, 'page' | 'of'>): string {
  if (pageBreak.page === null) return t('view_pageBreak');
  return pageBreak.of === null
    ? t('view_page', pageBreak.page)
    : t('view_pageOf', pageBreak.page, pageBreak.of);
}

/** The key used for breaks that stood before every block. */
export const BEFORE_ALL = '';

/** Page breaks grouped by the block they are shown before (BEFORE_ALL for none), in text order. */
export function breaksByBlock(pageBreaks: readonly PageBreak[]): Map<string, PageBreak[]> {
  const map = new Map<string, PageBreak[]>();
  for (const pageBreak of [...pageBreaks].sort((a, b) => a.offset - b.offset)) {
    const key = pageBreak.blockKey ?? BEFORE_ALL;
    const list = map.get(key);
    if (list) list.push(pageBreak);
    else map.set(key, [pageBreak]);
  }
  return map;
}
