// The notes panel (`notes-panel.html?cable=<id>#edit=<highlight id>`), framed beside the clean view: the cable's
// notes, bookmarks and highlights, written and edited here, where the mirror page cannot read them (this frame is
// cross-origin to it). Talks to the background for data and to its own tab's view to scroll. Wiring only.
import '../../components/popup/bookmarks.css';
import './style.css';
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { NotesPanel, type PanelEntry } from '../../components/notes/NotesPanel';
import { UndoBar } from '../../components/popup/UndoBar';
import { UNDO_MS, type UndoOffer, useStoreChanges } from '../../lib/bookmarks/changes';
import { t } from '../../lib/i18n/t';
import { sendToView } from '../../lib/messaging/panel';
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { send } from '../../lib/messaging/runtime';
import { readPageParams } from '../../lib/pages/addresses';
import type { PlacedHighlight, SavedCable, TagCount } from '../../lib/store/results';
import type { NoteRecord } from '../../lib/store/schema';

interface Loaded {
  saved: SavedCable | null;
  highlights: PlacedHighlight[];
  tags: TagCount[];
}

/** The highlight `#edit=<id>` names, or null. */
function editingFromHash(): string | null {
  const match = /(?:^#|&)edit=([^&]+)/.exec(location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Paragraph order of the saved copy: bookmarks and highlights interleaved where they sit. */
function entriesOf({ saved, highlights }: Loaded): PanelEntry[] {
  const order = new Map((saved?.document?.blocks ?? []).map((b, i) => [b.key, i]));
  const place = (key: string | null, within: number) =>
    key === null ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? order.size) * 1e7 + within;
  const entries: PanelEntry[] = [
    ...(saved?.bookmarks ?? []).map(
      (bookmark): PanelEntry => ({
        kind: 'bookmark',
        key: bookmark.placedKey,
        order: place(bookmark.placedKey, -1),
        bookmark,
      }),
    ),
    ...highlights.map(
      (item): PanelEntry => ({
        kind: 'highlight',
        key: item.placed.blockKey,
        order: place(item.placed.blockKey, item.placed.start ?? 0),
        item,
      }),
    ),
  ];
  return entries.sort((a, b) => a.order - b.order);
}

function Panel({ cableId }: { cableId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(editingFromHash());
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);

  const load = useCallback(async () => {
    // Placed where the page around this frame shows the text (another mirror may read it differently).
    // The background names the tab (Firefox gives a frame in a web page no `tabs` API to ask).
    const tabId = await send('panel.tabId').catch(() => null);
    const blocks =
      tabId === null ? undefined : await sendToView(tabId, 'panel.blocks').catch(() => undefined);
    const [saved, highlights, tags] = await Promise.all([
      send('cable.get', { cableId }),
      send('highlight.list', blocks ? { cableId, blocks } : { cableId }),
      send('tag.list'),
    ]);
    setLoaded({ saved, highlights, tags });
  }, [cableId]);
  const changes = useStoreChanges(load);

  useEffect(() => {
    const watch = watchCable(cableId, () => load().catch((e) => changes.setError(failureMessage(e))));
    watch.refresh();
    send('panel.tabId')
      .then(setTabId)
      .catch(() => setTabId(null));
    const onHash = () => setEditing(editingFromHash());
    window.addEventListener('hashchange', onHash);
    return () => {
      watch.stop();
      window.removeEventListener('hashchange', onHash);
    };
  }, [cableId, load]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const entries = useMemo(() => (loaded ? entriesOf(loaded) : []), [loaded]);
  if (!loaded) {
    // A first load that failed says why, instead of loading for ever.
    return changes.error ? (
      <p class="np-error np-loading" role="alert">
        {changes.error}
      </p>
    ) : (
      <p class="np-muted np-loading">{t('panel_loading')}</p>
    );
  }

  const retagNote = (note: NoteRecord, tags: string[]) =>
    changes.change(() => send('note.update', { noteId: note.id, tags }));
  const toView = (run: (id: number) => Promise<unknown>) => {
    if (tabId !== null) void run(tabId).catch(() => undefined);
  };

  return (
    <>
      <NotesPanel
        cableId={cableId}
        subject={loaded.saved?.cable.subject ?? null}
        cableNotes={loaded.saved?.cableNotes ?? []}
        entries={entries}
        tags={loaded.tags}
        filter={filter}
        onFilter={setFilter}
        editing={editing}
        error={changes.error}
        actions={{
          cableNotes: {
            addNote: (text) => changes.change(() => send('note.add', { cableId, bookmarkId: null, text })),
            updateNote: changes.updateNote,
            deleteNote: changes.deleteNote,
            retagNote,
          },
          bookmarkNotes: (bookmarkId) => ({
            addNote: (text) => changes.change(() => send('note.add', { cableId, bookmarkId, text })),
            updateNote: changes.updateNote,
            deleteNote: changes.deleteNote,
            retagNote,
          }),
          updateHighlight: (highlightId, change) =>
            changes.change(() =>
              send('highlight.update', {
                highlightId,
                ...change,
                tags: change.tags ? [...change.tags] : undefined,
              }),
            ),
          deleteHighlight: (highlight) =>
            void changes.change(async () => {
              const removed = await send('highlight.delete', { highlightId: highlight.id });
              setUndo({
                message: t('panel_highlightDeleted'),
                undo: () => {
                  setUndo(null);
                  void changes.change(() => send('highlight.restore', { highlight: removed }));
                },
              });
            }),
          goTo: (key) => toView((id) => sendToView(id, 'panel.goTo', { key })),
          close: () => toView((id) => sendToView(id, 'panel.close')),
        }}
      />
      <UndoBar
        offer={undo ?? changes.undo}
        onDismiss={() => (undo ? setUndo(null) : changes.dismissUndo())}
      />
    </>
  );
}

function App() {
  const { cableId } = readPageParams(location.search);
  if (!cableId) return <p class="np-muted np-loading">{t('panel_noCable')}</p>;
  return <Panel cableId={cableId} />;
}

render(<App />, document.getElementById('app') as HTMLElement);
