// The popup's bookmarks: search, the cables newest first with their bookmarks and notes, more on scroll, the
// undo bar, backup (export, import) and the empty state. Presentational: the popup entry owns data and requests.
import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '../../lib/i18n/t';
import type { CableGroup } from '../../lib/store/groups';
import type { TagCount } from '../../lib/store/results';
import type { ListActions } from './BookmarkItem';
import { CableGroupView } from './CableGroupView';
import { EmptyState } from './EmptyState';
import { MoreSentinel } from './MoreSentinel';
import { SearchBox } from './SearchBox';
import { TagFilter } from './TagFilter';
import { UndoBar, type UndoOffer } from './UndoBar';

export interface PanelList {
  groups: readonly CableGroup[];
  /** Cables in all (matching the search, when there is one). */
  total: number;
}

interface Props {
  /** Null while the first page loads. */
  list: PanelList | null;
  query: string;
  onQuery: (query: string) => void;
  /** Tags in use, for the tag menu (shown when there is one). */
  tags: readonly TagCount[];
  /** The tag the list is filtered by, or null. */
  tag: string | null;
  onTag: (tag: string | null) => void;
  /** More groups are on their way. */
  loadingMore: boolean;
  onLoadMore: () => void;
  actions: ListActions;
  undo: UndoOffer | null;
  onDismissUndo: () => void;
  error: string | null;
  onExport: (format: 'json' | 'markdown') => void;
  onImport: () => void;
}

/**
 * Rows (bookmarks and notes) drawn at first, and added each time the end of the list comes into view: about two
 * popups' height. The store answers a page of cables at a time; drawing is what costs (a cable may hold dozens of
 * bookmarks), so the popup draws whole cables up to this many rows and draws more as the reader scrolls.
 */
const DRAW_ROWS = 40;

function rowsOf(group: CableGroup): number {
  return 1 + group.cableNotes.length + group.bookmarks.reduce((n, b) => n + 1 + b.notes.length, 0);
}

/** How many of `groups` to draw when `from` are drawn already: at least one more, then up to DRAW_ROWS rows. */
function nextDrawLimit(groups: readonly CableGroup[], from: number): number {
  let end = from;
  let rows = 0;
  while (end < groups.length && (end === from || rows + rowsOf(groups[end] as CableGroup) <= DRAW_ROWS)) {
    rows += rowsOf(groups[end] as CableGroup);
    end++;
  }
  return end;
}

function summary(list: PanelList, drawn: number, filtered: boolean): string {
  const bookmarks = list.groups.reduce((n, g) => n + g.bookmarks.length, 0);
  const partial = drawn < list.total;
  if (filtered) {
    return partial ? plural('bm_matchesShown', list.total, drawn) : plural('bm_matches', list.total);
  }
  return partial
    ? plural('bm_cablesShown', list.total, drawn)
    : t('bm_onCables', plural('count_bookmarks', bookmarks), plural('count_cables', list.total));
}

export function BookmarksPanel(props: Props) {
  const {
    list,
    query,
    onQuery,
    tags,
    tag,
    onTag,
    loadingMore,
    onLoadMore,
    actions,
    undo,
    onDismissUndo,
    error,
  } = props;
  const filtered = query.trim() !== '' || tag !== null;
  const nothingAtAll = list !== null && list.total === 0 && !filtered;
  // Cables drawn, counted from the start of the list; null: the first step of whatever list is shown.
  const [drawLimit, setDrawLimit] = useState<number | null>(null);
  // A new search starts from its first results.
  useEffect(() => setDrawLimit(null), [query, tag]);
  const groups = list?.groups ?? [];
  const limit = drawLimit ?? nextDrawLimit(groups, 0);
  const drawn = groups.slice(0, limit);
  const more = () => {
    if (limit < groups.length) setDrawLimit(nextDrawLimit(groups, limit));
    else onLoadMore();
  };
  return (
    <section class="bm-panel" aria-labelledby="bm-title">
      <h2 id="bm-title" class="pp-section-title">
        {t('bm_title')}
      </h2>
      {nothingAtAll ? null : <SearchBox value={query} onInput={onQuery} />}
      {nothingAtAll || tags.length === 0 ? null : <TagFilter tags={tags} value={tag} onChange={onTag} />}
      <p class="bm-count" role="status" aria-live="polite">
        {list === null ? t('bm_loading') : list.total > 0 ? summary(list, drawn.length, filtered) : ''}
      </p>
      {error ? (
        <p class="bm-error" role="alert">
          {error}
        </p>
      ) : null}
      {list && list.total === 0 ? <EmptyState query={query} tag={tag} onImport={props.onImport} /> : null}
      {drawn.length > 0 ? (
        <ol class="bm-groups" aria-label={filtered ? t('bm_results') : t('bm_listLabel')}>
          {drawn.map((group) => (
            <CableGroupView key={group.cable.id} group={group} actions={actions} />
          ))}
        </ol>
      ) : null}
      {list && drawn.length < list.total ? <MoreSentinel onVisible={more} busy={loadingMore} /> : null}
      {nothingAtAll ? null : (
        <p class="bm-backup">
          <button type="button" class="bm-link" onClick={() => props.onExport('json')}>
            {t('bm_exportJson')}
          </button>
          <button type="button" class="bm-link" onClick={() => props.onExport('markdown')}>
            {t('bm_exportMarkdown')}
          </button>
          <button type="button" class="bm-link" onClick={props.onImport}>
            {t('bm_import')}
          </button>
        </p>
      )}
      <UndoBar offer={undo} onDismiss={onDismissUndo} />
    </section>
  );
}
