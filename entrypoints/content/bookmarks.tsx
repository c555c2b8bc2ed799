// Bookmarks in the clean view: asks which paragraphs carry a bookmark (re-anchored in this page's reading of the
// cable) and whether they have notes, toggles them (a removal offers Undo), and has the background open a
// paragraph's notes page. Wiring only. The page may learn where bookmarks are, never what notes say; clicks a page
// script fakes are refused.
import { type ComponentChildren, render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BookmarkControls } from '../../components/bookmarks/BookmarkControls';
import bookmarksCss from '../../components/bookmarks/bookmarks.css?inline';
import { CopyNotice, type CopyNoticeProps } from '../../components/bookmarks/CopyNotice';
import { ThemeScope } from '../../components/ThemeScope';
import type { Block, CableDocument } from '../../lib/cable/types';
import { t } from '../../lib/i18n/t';
import { watchCable } from '../../lib/messaging/refresh';
import { failureMessage } from '../../lib/messaging/result';
import { send } from '../../lib/messaging/runtime';
import type { ReadingSettings } from '../../lib/settings/settings';
import { type CableInput, sightingOf } from '../../lib/store/cables';
import type { CablePlaces } from '../../lib/store/results';
import type { ViewNotices } from './action-notice';
import { pageAddress } from './page-address';

/** The view's styles for bookmarks, to add to the shadow root's stylesheet. */
export const pageBookmarksCss: string = bookmarksCss;

/** How long a failure stays beside its paragraph. */
const ERROR_MS = 6_000;

interface Place {
  hasNotes: boolean;
}

export interface PageBookmarks {
  /** The per-paragraph controls, for CableView's `actions`. */
  actions(block: Block): ComponentChildren;
  /** Toggles a paragraph's bookmark for the reader's own input (a click, or the `b` key). */
  toggle(key: string, event: Event): void;
  /** Opens a paragraph's notes for the reader's own input (a click, or the `n` key). */
  openNotes(key: string, event: Event): void;
  /** Draws the notice again in the reader's current theme (the settings changed). */
  restyle(): void;
  /** Stops listening (the extension went away or the view was removed). */
  stop(): void;
}

/**
 * Starts bookmarks for a cable shown on this page; null when the cable has no id to key them by. `shadow`: the
 * view's shadow root, where the notice of what the store did with this page's text goes, in the theme `settings`
 * gives (the notice stands beside the view's own scope, not in it). `notices`: where a removal offers its Undo.
 */
export function startPageBookmarks(
  ctx: ContentScriptContext,
  doc: CableDocument,
  site: string,
  shadow: ShadowRoot,
  settings: () => ReadingSettings,
  notices: ViewNotices,
): PageBookmarks | null {
  if (!doc.id) return null;
  const cableId: string = doc.id;
  const cable = (): CableInput => ({ document: doc, url: pageAddress().url, site });

  // Told once the store has kept something from this page: where its text differs, or that its address was cut.
  let notice: Omit<CopyNoticeProps, 'onDismiss'> = { differs: [], trimmed: null, keptUrl: '' };
  let noticeRoot: HTMLElement | null = null;
  function tell(change: Partial<typeof notice>): void {
    notice = { ...notice, ...change };
    noticeRoot ??= shadow.appendChild(document.createElement('div'));
    drawNotice(noticeRoot);
  }
  function drawNotice(root: HTMLElement): void {
    render(
      <ThemeScope settings={settings()} class="cr-root cr-notice-scope">
        <CopyNotice {...notice} onDismiss={dismiss} />
      </ThemeScope>,
      root,
    );
  }
  function dismiss(): void {
    if (noticeRoot) render(null, noticeRoot);
    noticeRoot?.remove();
    noticeRoot = null;
  }
  /** After the store kept something of this page: say so if its address had to be trimmed. */
  function kept(): void {
    const { url, trimmed } = pageAddress();
    if (trimmed && notice.trimmed === null) tell({ trimmed, keptUrl: url });
  }
  const blocks = doc.blocks.map(({ key, text }) => ({ key, text }));
  const labelOf = (key: string): string => {
    const block = doc.blocks.find((b) => b.key === key);
    return block?.number ?? key;
  };

  let places = new Map<string, Place>();
  const busy = new Set<string>();
  const errors = new Map<string, string>();
  const subscribers = new Set<() => void>();
  const changed = () => {
    for (const notify of subscribers) notify();
  };

  function showError(key: string, error: unknown): void {
    errors.set(key, failureMessage(error));
    changed();
    ctx.setTimeout(() => {
      errors.delete(key);
      changed();
    }, ERROR_MS);
  }

  function apply(result: CablePlaces): void {
    const next = new Map<string, Place>();
    for (const bookmark of result.bookmarks) {
      if (bookmark.blockKey === null) continue;
      next.set(bookmark.blockKey, {
        hasNotes: (next.get(bookmark.blockKey)?.hasNotes ?? false) || bookmark.hasNotes,
      });
    }
    places = next;
    changed();
  }

  // Reloaded on every change the background reports for this cable, the reader's own toggles included.
  const watch = watchCable(cableId, async () => {
    if (ctx.isInvalid) return;
    try {
      apply(await send('bookmark.forCable', { cableId, blocks }));
    } catch {
      // The store is unreachable (extension reloading): keep what is shown until the next change.
    }
  });

  async function toggle(key: string, event: Event): Promise<void> {
    // A page script can click buttons in an open shadow root; only the reader's own clicks count.
    if (!event.isTrusted || busy.has(key) || ctx.isInvalid) return;
    busy.add(key);
    errors.delete(key);
    // An Undo still offered is for a removal before this toggle: it no longer says what the paragraph holds.
    notices.hide();
    changed();
    try {
      const result = await send('bookmark.toggle', { cable: cable(), blockKey: key });
      kept();
      if (result.bookmarked) places.set(key, { hasNotes: places.get(key)?.hasNotes ?? false });
      else places.delete(key);
      if (!result.bookmarked && result.undo) offerUndo(key, result.undo);
    } catch (error) {
      showError(key, error);
      // Nothing changed, so no broadcast comes: read again what is stored.
      watch.refresh();
    } finally {
      busy.delete(key);
      changed();
    }
  }

  /** Tells the reader the paragraph's bookmark is gone, with the way to put it back. */
  function offerUndo(key: string, undo: string): void {
    notices.show({
      message: t('un_removed', labelOf(key)),
      action: { label: t('un_undo'), onAction: (event) => void restore(key, undo, event) },
    });
  }

  /** Puts back what the toggle `undo` removed: the store takes only a removal this page made (its write id). */
  async function restore(key: string, undo: string, event: Event): Promise<void> {
    if (!event.isTrusted || busy.has(key) || ctx.isInvalid) return;
    busy.add(key);
    changed();
    try {
      await send('bookmark.undoRemove', { undo });
      places.set(key, { hasNotes: false });
      notices.show({ message: t('un_restored', labelOf(key)) });
    } catch (error) {
      notices.show({ message: failureMessage(error) });
      watch.refresh();
    } finally {
      busy.delete(key);
      changed();
    }
  }

  async function openNotes(key: string, event: Event): Promise<void> {
    if (!event.isTrusted || ctx.isInvalid) return;
    try {
      // The notes page reads the cable from the store: keep it first, with this page's copy and address.
      await send('cable.save', { cable: cable() });
      kept();
      await send('note.openPage', { cableId, blockKey: key });
    } catch (error) {
      showError(key, error);
    }
  }

  function Slot({ block }: { block: Block }) {
    const [, setVersion] = useState(0);
    // Subscribed as the paragraph is committed, not after paint: the store's first answer can come in between.
    useLayoutEffect(() => {
      const notify = () => setVersion((v) => v + 1);
      subscribers.add(notify);
      return () => {
        subscribers.delete(notify);
      };
    }, []);
    const place = places.get(block.key);
    return (
      <BookmarkControls
        label={block.number ?? block.key}
        bookmarked={place !== undefined}
        hasNotes={place?.hasNotes ?? false}
        busy={busy.has(block.key)}
        error={errors.get(block.key) ?? null}
        onToggle={(event) => void toggle(block.key, event)}
        onNotes={(event) => void openNotes(block.key, event)}
      />
    );
  }

  // After the view is up (the caller's synchronous work ends first): ask where its bookmarks are.
  queueMicrotask(() => {
    if (!ctx.isInvalid) watch.refresh();
  });
  // After the view's first frame: the sighting (fields, address, a digest of this reading; never the document),
  // which refreshes a kept cable's address; the document follows only when the saved copy is another reading.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (ctx.isInvalid) return;
      send('cable.seen', { sighting: sightingOf(cable()) })
        .then(({ kept: isKept, copyWanted }) => {
          if (isKept) kept();
          return copyWanted && ctx.isValid ? send('cable.save', { cable: cable() }) : null;
        })
        .then((saved) => {
          if (saved && saved.differs.length > 0 && ctx.isValid) tell({ differs: saved.differs });
        })
        .catch(() => undefined);
    }),
  );

  return {
    actions: (block) => <Slot key={`bm-${block.key}`} block={block} />,
    toggle: (key, event) => void toggle(key, event),
    openNotes: (key, event) => void openNotes(key, event),
    restyle() {
      if (noticeRoot) drawNotice(noticeRoot);
    },
    stop() {
      subscribers.clear();
      dismiss();
      try {
        watch.stop();
      } catch {
        // The extension's APIs are already gone.
      }
    },
  };
}
