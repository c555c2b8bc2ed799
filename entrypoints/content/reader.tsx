// Runs the clean view on a cable page: mounts it in a shadow root before the original, gives it the whole page and
// takes it back, switches views at the same paragraph (for this page only), follows `#parN`, copies selections
// clean, carries citation metadata, answers the popup and the shortcut, and undoes everything when the extension
// goes away. Wiring only: rules live in lib/view and lib/settings.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { nextSlice } from '../../components/progressive';
import { ReaderRoot } from '../../components/ReaderRoot';
import viewCss from '../../components/view.css?inline';
import { parseCable } from '../../lib/cable/index';
import type { CableDocument } from '../../lib/cable/types';
import { t } from '../../lib/i18n/t';
import { send } from '../../lib/messaging/runtime';
import { answerInTab } from '../../lib/messaging/tab';
import type { ReadingSettings, ViewMode } from '../../lib/settings/settings';
import { saveSettings, saveSiteView, watchSettings, watchSiteView } from '../../lib/settings/storage';
import type { RawCable } from '../../lib/sites/types';
import { citationMeta, installCitationMeta, removeCitationMeta } from '../../lib/view/citation-meta';
import { cleanCopy, selectionIn } from '../../lib/view/clean-copy';
import { flash } from '../../lib/view/flash';
import { originalParagraphRanges } from '../../lib/view/original-text';
import {
  giveBackPage,
  hideOriginal,
  installPageStyle,
  showOriginal,
  takeWholePage,
} from '../../lib/view/original-visibility';
import { keyFromHash, paragraphId } from '../../lib/view/paragraph-links';
import { type Placed, type ReadingSpot, scrollDeltaFor, spotAt } from '../../lib/view/reading-position';
import { TOGGLE_COMMAND, type ViewState } from '../../lib/view/tab-view';
import { tagIndexUrl } from '../../lib/view/tag-links';
import { startViewNotices } from './action-notice';
import { pageBookmarksCss, startPageBookmarks } from './bookmarks';
import { guardClicks } from './click-guard';
import { copyText } from './clipboard';
import {
  canDrawFirstScreen,
  drawFirstScreen,
  firstScreenChars,
  firstScreenSections,
  measureFirstScreen,
} from './first-screen';
import { pageHighlightsCss, startPageHighlights } from './highlights';
import { keepingPlace } from './keep-place';
import { layOutThrough } from './lay-out';
import type { ReaderEntry } from './lazy-reader';
import { markComplete, markReady } from './marks';
import type { StartState } from './start-state';
import { windowSize } from './window-size';

/** The reading line: a little below the viewport's top edge, where a reader's eye starts. */
const READING_LINE = 8;

/** Events a page script could fake to press the view's controls (open the options page, store a choice...). */
const INPUT_EVENTS = ['click', 'input', 'change', 'submit', 'keydown', 'keyup', 'keypress'] as const;

/** Stops, before any control hears it, an event the browser did not make from the reader's own input. */
function refuseSynthetic(event: Event): void {
  if (!event.isTrusted) event.stopImmediatePropagation();
}

/** True when the parsed text has something to read (a page whose text is no cable parses to next to nothing). */
function worthShowing(doc: CableDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'text');
}

async function startReader(
  ctx: ContentScriptContext,
  raw: RawCable,
  url: URL,
  saved: Promise<StartState>,
): Promise<Element | null> {
  const doc = parseCable(raw);
  if (!worthShowing(doc)) return null;
  const hostname = url.hostname;
  // `through`: a paragraph the reader asked for, which the body renders at once, before the slices reach it.
  const start = await saved;
  // The site's standing choice opens the original; switching views on this page changes only this page.
  const state = {
    ...start,
    mode: start.shown ?? start.mode,
    alwaysOriginal: start.mode === 'original',
    shortcut: null as string | null,
    through: null as string | null,
    notesOpen: false,
  };
  if (ctx.isInvalid) return null;
  // The first screen is drawn in plain DOM at once and painted; the view takes it over after that frame. Where it
  // cannot stand for the view (see canDrawFirstScreen), the view's own first render comes after a yield, so that
  // parsing and that render, both cold, never make one long task.
  let firstScreen: HTMLElement | null = null;
  const drawsFirstScreen = state.mode === 'clean' && canDrawFirstScreen(doc, state.settings);
  // Taking the first screen over, the view's first render stands in for what it drew and no more (a shorter task
  // before the view answers); the other sections come in slices as they would.
  const firstSections = drawsFirstScreen
    ? firstScreenSections(doc, firstScreenChars(windowSize(window), state.settings))
    : undefined;
  if (!drawsFirstScreen) await nextSlice();
  if (ctx.isInvalid) return null;

  let container: HTMLElement | null = null;
  let originalRanges: Map<string, Range> | null = null;

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'cable-reader-view',
    mode: 'open',
    css: `${viewCss}\n${pageBookmarksCss}\n${pageHighlightsCss}`,
    position: 'inline',
    anchor: raw.mount,
    append: 'before',
    onMount(uiContainer) {
      container = uiContainer;
      if (drawsFirstScreen) {
        const actionSlots = bookmarks ? 4 : 2;
        firstScreen = drawFirstScreen(uiContainer, doc, {
          settings: state.settings,
          actionSlots,
          sections: firstSections ?? 0,
        });
      } else draw();
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  // Only once the view exists: a view that cannot be made (the page claimed our element's name) leaves no style.
  const removePageStyle = installPageStyle(document);
  if (ctx.isInvalid) {
    givePageBack();
    return null;
  }
  // The shadow root is open, so the page's scripts can reach every control in it: only real input may press them.
  for (const type of INPUT_EVENTS) ui.shadow.addEventListener(type, refuseSynthetic, { capture: true });

  const tagUrl = (tag: string) => tagIndexUrl(raw.site, location.href, tag);
  const selectedText = () => {
    const range = selectionIn(ui.shadow);
    return range ? cleanCopy(range).text || null : null;
  };

  function draw(): void {
    if (!container) return;
    render(
      <ReaderRoot
        doc={doc}
        pageUrl={location.href}
        mode={state.mode}
        settings={state.settings}
        shortcut={state.shortcut}
        onToggle={() => switchTo(state.mode === 'clean' ? 'original' : 'clean')}
        onSettingsChange={changeSettings}
        onOpenSettings={() => void ask(() => send('options.open'))}
        copy={copyText}
        actions={bookmarks?.actions}
        progressive
        firstSections={firstSections}
        through={state.through}
        onComplete={markComplete}
        onGoTo={(key) => void goTo(key)}
        tagUrl={tagUrl}
        site={{ host: hostname, alwaysOriginal: state.alwaysOriginal, onChange: chooseAlwaysOriginal }}
        onBookmark={bookmarks ? (key, event) => bookmarks.toggle(key, event) : undefined}
        // `n` opens the notes panel beside the text (on a selection, highlights.tsx also notes the passage).
        onNote={(key, event) =>
          highlights ? highlights.togglePanel(true) : bookmarks?.openNotes(key, event)
        }
        selectedText={selectedText}
        // Highlights start once the view is up; the control is there from the first render so the bar never shifts.
        onNotes={doc.id ? () => highlights?.togglePanel() : undefined}
        notesOpen={state.notesOpen}
      />,
      container,
    );
  }

  /** "Always open the original on this site": stored only when the reader says so, undone the same way. */
  function chooseAlwaysOriginal(always: boolean): void {
    state.alwaysOriginal = always;
    draw();
    if (ctx.isValid) saveSiteView(hostname, always ? 'original' : 'clean').catch(() => undefined);
  }

  /** The page as the mode wants it: the view over the whole page with its metadata, or the page as it was. */
  function applyMode(): void {
    ui.shadowHost.setAttribute('data-mode', state.mode);
    if (state.mode === 'clean') {
      hideOriginal(raw.original);
      takeWholePage(ui.shadowHost, state.settings.theme);
      installCitationMeta(document, citationMeta(doc, location.href));
    } else {
      giveBackPage(document);
      showOriginal(raw.original);
      removeCitationMeta(document);
    }
  }

  function givePageBack(): void {
    giveBackPage(document);
    showOriginal(raw.original);
    removeCitationMeta(document);
    removePageStyle();
  }

  function changeSettings(change: Partial<ReadingSettings>): void {
    state.settings = { ...state.settings, ...change };
    draw();
    bookmarks?.restyle();
    notices.restyle();
    if (state.mode === 'clean') takeWholePage(ui.shadowHost, state.settings.theme);
    if (ctx.isValid) saveSettings(change).catch(() => undefined);
  }

  function cleanPlaces(): Placed[] {
    return [...ui.shadow.querySelectorAll<HTMLElement>('[data-para]')].map((el) => {
      const rect = el.getBoundingClientRect();
      return { key: el.dataset.key ?? '', top: rect.top, bottom: rect.bottom };
    });
  }

  function originalPlaces(): Placed[] {
    originalRanges ??= originalParagraphRanges(raw.original, doc.blocks);
    const tops = [...originalRanges].map(([key, range]) => ({ key, top: range.getBoundingClientRect().top }));
    const last = raw.original[raw.original.length - 1]?.getBoundingClientRect().bottom ?? 0;
    return tops.map((t, i) => ({ ...t, bottom: tops[i + 1]?.top ?? last }));
  }

  function places(mode: ViewMode): Placed[] {
    return mode === 'clean' ? cleanPlaces() : originalPlaces();
  }

  /** Top edge of the cable as the given view shows it: our view, or the first original element. */
  function cableTop(mode: ViewMode): number {
    const el = mode === 'clean' ? ui.shadowHost : raw.original[0];
    return el?.getBoundingClientRect().top ?? 0;
  }

  /** The reading line: a little below the slim bar (clean) or the strip (original) where it stands at the top. */
  function readingLine(mode: ViewMode): number {
    const bar = ui.shadow.querySelector(mode === 'clean' ? '.cr-bar' : '.cr-strip')?.getBoundingClientRect();
    return (bar && bar.top <= 1 && bar.bottom > 0 ? bar.bottom : 0) + READING_LINE;
  }

  // Switching is for this page only: a site opens in the original only by the reader's standing choice.
  function switchTo(next: ViewMode): void {
    if (next === state.mode || !ctx.isValid) return;
    const spot: ReadingSpot | null = spotAt(places(state.mode), readingLine(state.mode));
    const top = cableTop(state.mode);
    state.mode = next;
    if (spot) state.through = spot.key;
    applyMode();
    draw();
    const spotElement = spot && next === 'clean' ? ui.shadow.getElementById(paragraphId(spot.key)) : null;
    if (spotElement) layOutThrough(ui.shadow, spotElement);
    // Same paragraph, same place in it; above the first paragraph, the cable's top stays where it was.
    const delta = spot ? scrollDeltaFor(spot, places(next), readingLine(next)) : cableTop(next) - top;
    if (delta) window.scrollBy(0, delta);
    tellShowing();
  }

  function goTo(key: string): boolean {
    if (state.mode !== 'clean') switchTo('clean');
    state.through = key;
    draw();
    const target = ui.shadow.getElementById(paragraphId(key));
    if (!target) return false;
    layOutThrough(ui.shadow, target);
    target.scrollIntoView({ block: 'start' });
    flash(target);
    return true;
  }

  function followHash(): void {
    const key = keyFromHash(location.hash);
    if (key && state.mode === 'clean') goTo(key);
  }

  function viewState(): ViewState {
    return { mode: state.mode, id: doc.id, subject: doc.meta.subject, site: raw.site };
  }

  /** What the popup and the shortcut ask of this tab (lib/messaging/tab-requests.ts). */
  const answers = {
    'view.getState': async () => viewState(),
    'view.toggle': async () => {
      switchTo(state.mode === 'clean' ? 'original' : 'clean');
      return viewState();
    },
    'view.setMode': async ({ mode }: { mode: ViewMode }) => {
      switchTo(mode);
      return viewState();
    },
    'view.goTo': async ({ key }: { key: string }) => goTo(key),
    // The page is read: there is no reason to give for not reading it.
    'page.whyNotRead': async () => null,
  };

  /** Tells the background what this tab shows, for the toolbar button's icon and tooltip. */
  function tellShowing(): void {
    void ask(() => send('view.showing', { state: state.mode }));
  }

  /** Asks the background; null when it failed or the extension went away under the page. */
  async function ask<T>(request: () => Promise<T>): Promise<T | null> {
    if (!ctx.isValid) return null;
    try {
      return await request();
    } catch {
      return null;
    }
  }

  /** A selection in the view copies as the cable's text: no badges, no screen-reader words, no controls. */
  function onCopy(event: ClipboardEvent): void {
    if (state.mode !== 'clean' || !event.clipboardData) return;
    const range = selectionIn(ui.shadow);
    if (!range) return;
    const { text, html } = cleanCopy(range);
    if (!text) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
  }

  // The view's short notices (Undo after a removal, a refused click), beside the view in its shadow root.
  const notices = startViewNotices(ctx, ui.shadow, () => state.settings);
  const bookmarks = startPageBookmarks(ctx, doc, raw.site, ui.shadow, () => state.settings, notices);
  // A real click counts only on a control the reader could see: never through the page's overlay (clickjacking).
  guardClicks(ui.shadow, () => notices.show({ message: t('cg_covered') }));
  // Highlights and the notes panel: a layer of their own in the shadow root, beside the view (once it is up).
  let highlights: ReturnType<typeof startPageHighlights> = null;
  /** What the wired view listens to, let go of when the extension goes away. */
  const stops: (() => void)[] = [];
  // The extension was updated or removed under the page: give the page back first (plain DOM work), then let go
  // of the extension's APIs, which may already be gone and throw.
  ctx.onInvalidated(() => {
    givePageBack();
    try {
      for (const stop of stops) stop();
      bookmarks?.stop();
      notices.stop();
      highlights?.stop();
    } catch {
      // Nothing is left to detach from.
    }
  });
  try {
    ui.mount();
    applyMode();
    if (firstScreen) measureFirstScreen(firstScreen, doc);
  } catch (error) {
    fail();
    throw error;
  }
  if (!firstScreen) {
    wireUp();
    return ui.shadowHost;
  }
  // The first screen is in this frame; the view takes its nodes over in a task after that frame is painted.
  requestAnimationFrame(() => {
    void nextSlice().then(() => {
      if (ctx.isInvalid) return;
      try {
        keepingPlace(ui.shadow, draw);
        wireUp();
      } catch (error) {
        console.warn('[Cable Reader] could not show the clean view:', error);
        fail();
      }
    });
  });
  return ui.shadowHost;

  /** Leaves the page exactly as it was (before saying why). */
  function fail(): void {
    bookmarks?.stop();
    ui.remove();
    givePageBack();
  }

  /** Everything past the view's first render: the ready mark, highlights, answers, watchers, the fragment. */
  function wireUp(): void {
    markReady();
    highlights = startPageHighlights({
      ctx,
      doc,
      site: raw.site,
      shadow: ui.shadow,
      host: ui.shadowHost,
      goTo,
      onPanel(open) {
        state.notesOpen = open;
        draw();
      },
    });
    stops.push(
      answerInTab(answers),
      watchSettings((settings) => {
        state.settings = settings;
        draw();
        bookmarks?.restyle();
        notices.restyle();
        if (state.mode === 'clean') takeWholePage(ui.shadowHost, settings.theme);
      }),
      watchSiteView(hostname, (mode) => {
        state.alwaysOriginal = mode === 'original';
        draw();
      }),
    );
    ctx.addEventListener(window, 'hashchange', followHash);
    tellShowing();
    // A page back from the back-forward cache kept its view, but the browser reset the tab's toolbar button.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) tellShowing();
    });
    ctx.addEventListener(document, 'copy', onCopy, { capture: true });

    followHash();
    // The browser may scroll to the fragment again once the page has loaded; follow it after that too.
    if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', followHash, { once: true });

    void ask(() => send('command.shortcut', { command: TOGGLE_COMMAND })).then((shortcut) => {
      if (typeof shortcut !== 'string' || !shortcut) return;
      state.shortcut = shortcut;
      draw();
    });
  }
}

export const readerEntry: ReaderEntry = { start: startReader };
