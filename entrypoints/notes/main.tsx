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
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { extensionUrl, send } from '../../lib/messaging/runtime';
import { libraryPagePath, readPageParams } from '../../lib/pages/addresses';
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

  if (loaded.state === 'loading') return <p class="bm-muted np-status">Loading…</p>;
  if (loaded.state === 'missing') {
    return (
      <div class="np np-status">
        <h1 class="np-title">{`Cable ${cableId} is not kept`}</h1>
        <p>
          Cable Reader keeps a cable once you bookmark a paragraph of it or write a note. Open it on a mirror
          site and use the notes sign beside a paragraph again.
        </p>
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
    if (!input) throw new Error('This cable has no saved copy to bookmark; open it on a mirror site first.');
    const result = await send('bookmark.toggle', { cable: input, blockKey });
    const [id] = result.bookmarkIds;
    if (!result.bookmarked || !id) throw new Error('The paragraph could not be bookmarked; try again.');
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
            () => `Deleted the bookmark on ${paragraphName(label)}.`,
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
    return (
      <div class="np np-status">
        <h1 class="np-title">No paragraph chosen</h1>
        <p>Open this page from the notes sign beside a paragraph in the clean view.</p>
      </div>
    );
  }
  document.title = `Notes on ${paragraphName(blockKey)} of ${cableId} · Cable Reader`;
  return <NotesPage cableId={cableId} blockKey={blockKey} />;
}

render(<App />, document.getElementById('app') as HTMLElement);
