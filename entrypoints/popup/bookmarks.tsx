// The popup's bookmarks, wired: pages of cable groups from the store (a small first page, then 50 at a time
// on scroll), search as the reader types, edits and deletes with undo, export and import, kept fresh.
// Wiring only: what is shown lives in components/popup, the rules in lib/store.
import '../../components/popup/bookmarks.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ListActions } from '../../components/popup/BookmarkItem';
import { BookmarksPanel, type PanelList } from '../../components/popup/BookmarksPanel';
import { paragraphName } from '../../components/popup/format';
import { useStoreChanges } from '../../lib/bookmarks/changes';
import { plural, t } from '../../lib/i18n/t';
import { type GroupPage, SEARCH_INDEX_PIECE } from '../../lib/messaging/extension-requests';
import { failureMessage } from '../../lib/messaging/result';
import { extensionUrl, send, sendToTab, watchChanges } from '../../lib/messaging/runtime';
import { libraryPagePath, MANAGE_PAGE } from '../../lib/pages/addresses';
import { downloadBackup } from '../../lib/pages/backup';
import { requestPersistence } from '../../lib/store/persistence';
import type { TagCount } from '../../lib/store/results';
import { paragraphUrl } from '../../lib/view/paragraph-links';
import { ANSWER_MARK, FIRST_PAGE_SIZE, PAGE_SIZE, REQUEST_MARK, takeFirstPage } from './first-page';
import { SearchIndexLoader } from './search-index';

/** Performance marks for the benchmarks: the first list in the DOM, then each search's results in the DOM. */
const READY_MARK = 'cable-reader:popup-ready';
const RESULTS_MARK = 'cable-reader:popup-results';
/** The search index is complete: keystrokes are answered in the popup from then on. */
const INDEX_MARK = 'cable-reader:popup-index';

interface Props {
  /** The tab the popup is about (to scroll it to a paragraph of the cable it shows). */
  tabId?: number;
  /** The cable that tab shows, if any. */
  tabCableId: string | null;
}

/** True in the toolbar popup, false when the popup page was opened in a tab (`popup.html?tab=<id>`). */
const inToolbarPopup = () => !new URLSearchParams(location.search).has('tab');

function fetchPage(
  query: string,
  offset: number,
  limit: number,
  tag: string | null = null,
): Promise<GroupPage> {
  const page = { offset, limit };
  return query.trim() || tag !== null
    ? send('bookmark.search', { query: query.trim(), ...(tag !== null ? { tag } : {}), ...page })
    : send('bookmark.list', page);
}

export function BookmarksSection({ tabId, tabCableId }: Props) {
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [tags, setTags] = useState<TagCount[]>([]);
  const [list, setList] = useState<PanelList | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Only the newest answer is shown: a slow page must not overwrite a newer search.
  const generation = useRef(0);
  const current = useRef<{ query: string; shown: number }>({ query: '', shown: 0 });
  // The tag filter, read by every request (a ref: requests outlive the render that made them).
  const tagNow = useRef<string | null>(null);
  const loadTags = useCallback(
    () =>
      send('tag.list')
        .then(setTags)
        .catch(() => setTags([])),
    [],
  );
  const reload = useCallback(() => {
    void loadTags();
    return load(current.current.query, current.current.shown);
  }, [loadTags]);
  // The query of an answer set by `load` and not yet in the DOM (marked once it is).
  const committing = useRef<string | null>(null);
  const changes = useStoreChanges(reload);
  const index = useMemo(
    () => new SearchIndexLoader((window) => send('bookmark.searchIndex', window), SEARCH_INDEX_PIECE),
    [],
  );
  const { setError, change } = changes;

  async function load(q: string, shown: number, asked?: Promise<GroupPage> | null): Promise<void> {
    const mine = ++generation.current;
    performance.mark(REQUEST_MARK, { detail: { query: q } });
    try {
      // The popup's index answers at once when it can (no await: the list is set in this task); else a new list
      // (a keystroke, a tag) asks the background for a first page's worth, and a refresh keeps what is shown.
      const local = asked ? null : localPage(q);
      const page =
        local ?? (await (asked ?? fetchPage(q, 0, Math.max(FIRST_PAGE_SIZE, shown), tagNow.current)));
      if (mine !== generation.current) return;
      performance.mark(ANSWER_MARK, { detail: { query: q } });
      current.current = { query: q, shown: page.groups.length };
      committing.current = q;
      setList(page);
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(failureMessage(e));
    }
  }

  useLayoutEffect(() => {
    const query = committing.current;
    if (list === null || query === null) return;
    committing.current = null;
    if (performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
    performance.mark(RESULTS_MARK, { detail: { query } });
  }, [list]);

  // A layout effect, not an effect (which waits for a frame to be painted): the head script's first page is often in
  // hand when the modules run, and set in this task it is drawn in the popup's first frame.
  useLayoutEffect(() => {
    void requestPersistence();
    const stop = watchChanges((cableId) => {
      // A complete index refetches the changed cable (one cable, not a page) and the list is redrawn from it;
      // before that, the background answers the refresh.
      const wasComplete = index.complete;
      const caughtUp = index.changed(cableId);
      void (wasComplete ? caughtUp.then(reload) : reload());
    });
    // Tags and the index only once the first list is in: the background reads every record for them, which on a
    // just-started service worker would hold the first page's reads back.
    void load('', 0, takeFirstPage()).then(() => {
      void loadTags();
      void index.load().then(() => index.ready && performance.mark(INDEX_MARK));
    });
    return stop;
  }, [reload, loadTags, index]);

  /** The whole list for `q` from the popup's index, or null while it cannot answer. */
  function localPage(q: string): GroupPage | null {
    const groups = index.search(q.trim(), tagNow.current);
    return groups && { groups, total: groups.length };
  }

  // Search on every keystroke: the search is fast, and only the newest answer is shown.
  const search = (q: string) => {
    setQuery(q);
    void load(q, 0);
  };
  const filterByTag = (chosen: string | null) => {
    tagNow.current = chosen;
    setTag(chosen);
    void load(current.current.query, 0);
  };

  const loadMore = async () => {
    if (loadingMore || !list || list.groups.length >= list.total) return;
    setLoadingMore(true);
    const mine = generation.current;
    try {
      const page = await fetchPage(current.current.query, list.groups.length, PAGE_SIZE, tagNow.current);
      if (mine !== generation.current) return;
      const groups = [...list.groups, ...page.groups];
      current.current = { ...current.current, shown: groups.length };
      setList({ groups, total: page.total });
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const actions: ListActions = {
    open(cable, bookmark, where) {
      const key = bookmark && !bookmark.orphan ? bookmark.blockKey : null;
      if (where === 'saved') {
        void browser.tabs.create({ url: extensionUrl(libraryPagePath(cable.id, key)) });
        return;
      }
      if (key && tabId !== undefined && tabCableId === cable.id) {
        // The popup's tab shows this cable already: take it to the paragraph.
        sendToTab(tabId, 'view.goTo', { key })
          .then(() => inToolbarPopup() && window.close())
          .catch(() => setError(t('popup_pageNoAnswer')));
        return;
      }
      if (!cable.lastUrl) return;
      void browser.tabs.create({ url: key ? paragraphUrl(cable.lastUrl.url, key) : cable.lastUrl.url });
    },
    deleteBookmark(bookmark, cable) {
      void changes.deleteBookmarks([bookmark.id], ([removed]) => {
        const where = paragraphName(bookmark.label);
        return removed?.notes.length
          ? plural('bm_deletedWithNotes', removed.notes.length, where, cable.id)
          : t('bm_deleted', where, cable.id);
      });
    },
    addNote: (cable, bookmark, text) =>
      change(() => send('note.add', { cableId: cable.id, bookmarkId: bookmark?.id ?? null, text })),
    updateNote: changes.updateNote,
    deleteNote: changes.deleteNote,
  };

  const exportAs = (format: 'json' | 'markdown') =>
    void change(async () => {
      await downloadBackup(format);
    });

  const openImport = () => {
    // A file picker would close the popup: import happens on its own page.
    void browser.tabs.create({ url: extensionUrl(MANAGE_PAGE) });
  };

  return (
    <BookmarksPanel
      list={list}
      query={query}
      onQuery={search}
      tags={tags}
      tag={tag}
      onTag={filterByTag}
      loadingMore={loadingMore}
      onLoadMore={() => void loadMore()}
      actions={actions}
      undo={changes.undo}
      onDismissUndo={changes.dismissUndo}
      error={changes.error}
      onExport={exportAs}
      onImport={openImport}
    />
  );
}
