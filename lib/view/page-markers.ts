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

/** The page breaks by the block they belong to, in text order. */
export interface PlacedBreaks {
  /** Breaks that stood between blocks, by the key of the block after them (BEFORE_ALL before every block). */
  before: ReadonlyMap<string, readonly PageBreak[]>;
  /** Breaks that stood inside a block's text, by its key: each is shown at its `inBlock` offset. */
  inside: ReadonlyMap<string, readonly PageBreak[]>;
}

export const NO_BREAKS: PlacedBreaks = { before: new Map(), inside: new Map() };

function add(map: Map<string, PageBreak[]>, key: string, pageBreak: PageBreak): void {
  const list = map.get(key);
  if (list) list.push(pageBreak);
  else map.set(key, [pageBreak]);
}

/** Page breaks grouped by where the view shows them: before a block, or inside its text. */
export function breaksByBlock(pageBreaks: readonly PageBreak[]): PlacedBreaks {
  const before = new Map<string, PageBreak[]>();
  const inside = new Map<string, PageBreak[]>();
  for (const pageBreak of [...pageBreaks].sort((a, b) => a.offset - b.offset)) {
    const key = pageBreak.blockKey ?? BEFORE_ALL;
    if (pageBreak.blockKey !== null && pageBreak.inBlock !== undefined) add(inside, key, pageBreak);
    else add(before, key, pageBreak);
  }
  return { before, inside };
}
