// The library (`library.html` with no cable): every kept cable in a sortable table, and full-text search across
// the saved copies, notes and highlights as the reader types, each result opening the saved copy or the mirror at
// its paragraph. Wiring only: the table and results are components/library, the data the background's.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type LibrarySort, LibraryTable } from '../../components/library/LibraryTable';
import { SearchResults } from '../../components/library/SearchResults';
import { t } from '../../lib/i18n/t';
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { send } from '../../lib/messaging/runtime';
import { libraryPagePath } from '../../lib/pages/addresses';
import type { LibraryPage } from '../../lib/store/library';
import type { LibraryResults } from '../../lib/store/library-search';
import { paragraphUrl } from '../../lib/view/paragraph-links';
import { REQUEST_MARK, takeFirstScreen } from './first-screen';

// Performance marks the library benchmark reads (tests/bench/library.ts); `detail.query` is '' for the list.
const ANSWER_MARK = 'cable-reader:library-answer';
const READY_MARK = 'cable-reader:library-ready';
const RESULTS_MARK = 'cable-reader:library-results';

/** Resolves after the next frame is drawn: the rest of the list is asked for once the first screen is on it. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function LibraryIndexPage() {
  const [list, setList] = useState<LibraryPage | null>(null);
  const [sort, setSort] = useState<LibrarySort>('read');
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [results, setResults] = useState<LibraryResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    // The first screen from the summaries' index, then (and on every change) the whole list for sorting and scrolling.
    const watch = watchCable(null, async () => {
      try {
        const first = takeFirstScreen();
        if (first) {
          const page = await first;
          performance.mark(ANSWER_MARK, { detail: { query: '' } });
          setList(page);
          if (page.entries.length >= page.total) return;
          await afterPaint();
        }
        setList(await send('library.list', {}));
      } catch (e) {
        setError(failureMessage(e));
      }
    });
    watch.refresh();
    return () => watch.stop();
  }, []);

  // Asked from the keystroke itself, not from an effect after the next paint: a frame less per keystroke.
  function search(next: string): void {
    setQuery(next);
    const ask = ++asked.current;
    if (!next.trim()) {
      setResults(null);
      return;
    }
    performance.mark(REQUEST_MARK, { detail: { query: next } });
    send('library.search', { query: next, limit: 50 })
      .then((found) => {
        performance.mark(ANSWER_MARK, { detail: { query: found.query } });
        // Only the answer to the latest keystroke is shown.
        if (ask === asked.current) setResults(found);
      })
      .catch((e) => setError(failureMessage(e)));
  }

  // A query in the address (`?q=`) is searched once, as if typed.
  useEffect(() => {
    if (query) search(query);
  }, []);

  useLayoutEffect(() => {
    if (list !== null && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [list]);
  useLayoutEffect(() => {
    if (results) performance.mark(RESULTS_MARK, { detail: { query: results.query } });
  }, [results]);

  return (
    <main class="lib-index">
      <h1>{t('lib_title')}</h1>
      <input
        class="lib-search"
        type="search"
        value={query}
        placeholder={t('lib_searchPlaceholder')}
        aria-label={t('lib_searchLabel')}
        // biome-ignore lint/a11y/noAutofocus: the page exists to search; the field is its first and main control.
        autoFocus
        onInput={(event) => search(event.currentTarget.value)}
      />
      {error ? (
        <p class="lib-error" role="alert">
          {error}
        </p>
      ) : null}
      {results ? (
        <SearchResults
          query={results.query}
          hits={results.hits}
          savedHref={(id, key) => libraryPagePath(id, key)}
          mirrorHref={(url, key) => (key ? paragraphUrl(url, key) : url)}
        />
      ) : list === null ? (
        <p class="lib-muted">{t('panel_loading')}</p>
      ) : list.total === 0 ? (
        <p class="lib-muted">{t('lib_empty')}</p>
      ) : (
        <>
          <p class="lib-muted">{t('lib_count', list.total)}</p>
          <LibraryTable
            entries={list.entries}
            sort={sort}
            onSort={setSort}
            savedHref={(id) => libraryPagePath(id)}
          />
        </>
      )}
    </main>
  );
}
