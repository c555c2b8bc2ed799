// The notes page of one paragraph (`notes.html?cable=<id>&block=<key>`), opened from the clean view: reads the
// cable's saved copy and the paragraph's notes, writes, edits and deletes them (with undo). Notes are read and
// written only here and in the popup, never in a mirror page. Wiring only.
import '../../components/popup/bookmarks.css';
import './style.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { paragraphName } from '../../components/popup/format';
import { ParagraphNotes } from '../../components/popup/ParagraphNotes';
import { UndoBar } from '../../components/popup/UndoBar';
import { useStoreChanges } from '../../lib/bookmarks/changes';
import { bookmarksOn, savedCableInput } from '../../lib/bookmarks/saved-copy';
import { localizePage } from '../../lib/i18n/page';
import { t } from '../../lib/i18n/t';
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { extensionUrl, send } from '../../lib/messaging/runtime';
import { LIBRARY_PAGE, libraryPagePath, readPageParams } from '../../lib/pages/addresses';
import { requestPersistence } from '../../lib/store/persistence';
import type { SavedCable } from '../../lib/store/results';
import { paragraphUrl } from '../../lib/view/paragraph-links';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; saved: SavedCable };

function NotesPage({ cableId, blockKey }: { cableId: string; blockKey: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [adding, setAdding] = useState(true);

  const load = useCallback(async (): Promise<void> => {
    try {
      const saved = await send('cable.get', { cableId });
      setLoaded(saved ? { state: 'ready', saved } : { state: 'missing' });
    } catch (e) {
      changes.setError(failureMessage(e));
    }
  }, [cableId]);
  const changes = useStoreChanges(load);
  const { error, change } = changes;

  useEffect(() => {
    void requestPersistence();
    const store = watchCable(cableId, load);
    store.refresh();
    return store.stop;
  }, [cableId, load]);

  if (loaded.state === 'loading') return <p class="bm-muted np-status">{t('np_loading')}</p>;
  if (loaded.state === 'missing') {
    return (
      <div class="np np-status">
        <h1 class="np-title">{t('np_notKept', cableId)}</h1>
        <p>{t('np_notKeptHelp')}</p>
        {error ? (
          <p class="bm-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  const { saved } = loaded;
  const blocks = (saved.document?.blocks ?? []).filter((b) => b.key === blockKey || b.parent === blockKey);
  const block = blocks[0]?.key === blockKey ? blocks[0] : null;
  const on = bookmarksOn(saved, blockKey);
  const label = block?.number ?? on[0]?.label ?? blockKey;
  const notes = on.flatMap((b) => b.notes);
  const lastUrl = saved.cable.urls[0]?.url ?? null;

  /** The bookmark a new note goes on: the one on this paragraph, else a new one (the page reads afresh first). */
  const bookmarkForNote = async (): Promise<string> => {
    const fresh = (await send('cable.get', { cableId })) ?? saved;
    const existing = bookmarksOn(fresh, blockKey)[0];
    if (existing) return existing.id;
    const input = savedCableInput(fresh);
    if (!input) throw new Error(t('np_noCopy'));
    const result = await send('bookmark.toggle', { cable: input, blockKey });
    const [id] = result.bookmarkIds;
    if (!result.bookmarked || !id) throw new Error(t('np_notBookmarked'));
    return id;
  };

  return (
    <>
      <ParagraphNotes
        cable={saved.cable}
        blocks={block ? blocks : []}
        label={label}
        bookmarked={on.length > 0}
        notes={notes}
        adding={adding}
        onAddingChange={setAdding}
        actions={{
          addNote: (text) =>
            change(async () => {
              const bookmarkId = await bookmarkForNote();
              await send('note.add', { cableId, bookmarkId, text });
            }),
          updateNote: changes.updateNote,
          deleteNote: changes.deleteNote,
        }}
        onOpenMirror={
          lastUrl ? () => void browser.tabs.create({ url: paragraphUrl(lastUrl, blockKey) }) : null
        }
        onOpenSaved={
          saved.document
            ? () => void browser.tabs.create({ url: extensionUrl(libraryPagePath(cableId, blockKey)) })
            : null
        }
        onRemoveBookmark={() =>
          void changes.deleteBookmarks(
            on.map((b) => b.id),
            () => t('np_deleted', paragraphName(label)),
          )
        }
      />
      {error ? (
        <p class="bm-error np-error" role="alert">
          {error}
        </p>
      ) : null}
      <UndoBar offer={changes.undo} onDismiss={changes.dismissUndo} />
    </>
  );
}

function App() {
  const { cableId, blockKey } = readPageParams(location.search);
  if (!cableId || !blockKey) {
    localizePage('np_noParagraph');
    return (
      <div class="np np-status">
        <h1 class="np-title">{t('np_noParagraph')}</h1>
        <p>{t('np_noParagraphHelp')}</p>
        {/* Not a dead end: the cable's saved copy when one is named, else the library of every kept cable. */}
        <p>
          <a href={cableId ? libraryPagePath(cableId) : LIBRARY_PAGE}>{t('lib_title')}</a>
        </p>
      </div>
    );
  }
  localizePage('np_pageTitle', paragraphName(blockKey), cableId);
  return <NotesPage cableId={cableId} blockKey={blockKey} />;
}

render(<App />, document.getElementById('app') as HTMLElement);
