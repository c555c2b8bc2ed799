// The saved copy of a cable (`library.html?cable=<id>#par4`), read in the clean view from the extension's own
// store, with no network: bookmarks marked and toggled, notes one click away, `#parN` scrolled to and flashed.
// Loaded only when a cable is named, so the library's index does not parse the reader. Data from `cable.get`.
import '../../components/view.css';
import '../../components/bookmarks/bookmarks.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BookmarkControls } from '../../components/bookmarks/BookmarkControls';
import { SavedCopyBanner } from '../../components/bookmarks/SavedCopyBanner';
import { CableView } from '../../components/CableView';
import { paragraphName } from '../../components/popup/format';
import { UndoBar } from '../../components/popup/UndoBar';
import { ThemeScope } from '../../components/ThemeScope';
import { useStoreChanges } from '../../lib/bookmarks/changes';
import { bookmarksOn, savedCableInput } from '../../lib/bookmarks/saved-copy';
import type { Block } from '../../lib/cable/types';
import { t } from '../../lib/i18n/t';
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { extensionUrl, send } from '../../lib/messaging/runtime';
import { notesPagePath } from '../../lib/pages/addresses';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/storage';
import { requestPersistence } from '../../lib/store/persistence';
import type { SavedCable } from '../../lib/store/results';
import { flash } from '../../lib/view/flash';
import { keyFromHash, paragraphId } from '../../lib/view/paragraph-links';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Scrolls to the paragraph the address names and flashes it; false when there is none. */
function followHash(): boolean {
  const key = keyFromHash(location.hash);
  const target = key ? document.getElementById(paragraphId(key)) : null;
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  flash(target);
  return true;
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; saved: SavedCable };

/** The saved copy of `cableId` in the clean view. */
export function SavedCopyPage({ cableId }: { cableId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [settings, setSettings] = useState<ReadingSettings>({ ...DEFAULT_SETTINGS });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const followed = useRef(false);

  const load = useCallback(async () => {
    try {
      const saved = await send('cable.get', { cableId });
      setLoaded(saved?.document ? { state: 'ready', saved } : { state: 'missing' });
    } catch (e) {
      setMessage(failureMessage(e));
      setLoaded({ state: 'missing' });
    }
  }, [cableId]);
  const changes = useStoreChanges(load);

  useEffect(() => {
    void requestPersistence();
    loadSettings()
      .then(setSettings)
      .catch(() => undefined);
    const unwatchSettings = watchSettings(setSettings);
    const store = watchCable(cableId, load);
    store.refresh();
    const onHash = () => followHash();
    window.addEventListener('hashchange', onHash);
    return () => {
      unwatchSettings();
      store.stop();
      window.removeEventListener('hashchange', onHash);
    };
  }, [cableId, load]);

  useEffect(() => {
    if (loaded.state !== 'ready' || followed.current) return;
    followed.current = true;
    followHash();
  }, [loaded]);

  if (loaded.state === 'loading') return <p class="lib-status">{t('lib_opening')}</p>;
  if (loaded.state === 'missing') {
    return (
      <div class="lib-status">
        <h1>{t('lib_noCopy', cableId)}</h1>
        <p>{t('lib_noCopyHelp')}</p>
        {message ? <p role="alert">{message}</p> : null}
      </div>
    );
  }

  const { saved } = loaded;
  const doc = saved.document as NonNullable<SavedCable['document']>;
  const lastUrl = saved.cable.urls[0] ?? null;
  const placed = saved.bookmarks.filter((b) => b.placedKey !== null);

  const toggle = async (block: Block) => {
    const on = bookmarksOn(saved, block.key);
    setBusy(block.key);
    if (on.length > 0) {
      // Removed through `bookmark.delete`, which hands back what it removed (notes too) for undo.
      await changes.deleteBookmarks(
        on.map((b) => b.id),
        (removed) =>
          t(
            removed.some((r) => r.notes.length) ? 'lib_removedWithNotes' : 'lib_removed',
            paragraphName(block.number),
          ),
      );
    } else {
      await changes.change(async () => {
        const input = savedCableInput(saved);
        if (!input) throw new Error(t('lib_noAddress'));
        await send('bookmark.toggle', { cable: input, blockKey: block.key });
      });
    }
    setBusy(null);
  };

  const actions = (block: Block) => {
    const on = bookmarksOn(saved, block.key);
    return (
      <BookmarkControls
        label={block.number ?? block.key}
        bookmarked={on.length > 0}
        hasNotes={on.some((b) => b.notes.length > 0)}
        busy={busy === block.key}
        onToggle={() => void toggle(block)}
        onNotes={() => void browser.tabs.create({ url: extensionUrl(notesPagePath(cableId, block.key)) })}
      />
    );
  };

  return (
    <ThemeScope settings={settings} class="cr-root lib-root">
      <SavedCopyBanner
        cableId={cableId}
        lastUrl={lastUrl}
        bookmarks={placed.length}
        unplaced={saved.bookmarks.length - placed.length}
      />
      <CableView
        doc={doc}
        pageUrl={lastUrl?.url ?? location.href}
        pageMarkers={settings.pageMarkers}
        onPageMarkers={(pageMarkers) => {
          setSettings({ ...settings, pageMarkers });
          saveSettings({ pageMarkers }).catch(() => undefined);
        }}
        copy={copy}
        announce={setMessage}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        actions={actions}
      />
      <p class="cr-status" role="status" aria-live="polite">
        {changes.error ?? message}
      </p>
      <UndoBar offer={changes.undo} onDismiss={changes.dismissUndo} />
    </ThemeScope>
  );
}
