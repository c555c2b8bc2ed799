// Keeps the cable readable on a page that rewrites itself: each view runs in a context of its own, watched for the
// page removing its host or the original elements (re-serialising its body, replaceWith, remove) or moving the host
// out of the path the view keeps on screen. A lost view is let go of (the page given back whole, our marks scrubbed
// from any copies the page made of them), the cable found again and the view started there in the same mode. DOM
// wiring only: what a view is lives in reader.tsx, what a cable is in lib/sites.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/runtime';
import type { ViewMode } from '../../lib/settings/settings';
import type { RawCable } from '../../lib/sites/types';
import {
  giveBackPage,
  HIDDEN_ATTR,
  PAGE_ATTR,
  showOriginal,
  takeWholePage,
} from '../../lib/view/original-visibility';
import { answerNoView } from './decline';
import type { ReaderEntry } from './lazy-reader';
import type { StartState } from './start-state';

/** A page may take the view away this many times within REMOUNT_WINDOW_MS; after that it keeps its own page. */
const MAX_REMOUNTS = 5;
const REMOUNT_WINDOW_MS = 10_000;

/** The view's element name (reader.tsx). */
const HOST = 'cable-reader-view';

interface KeepShownOptions {
  ctx: ContentScriptContext;
  entry: ReaderEntry;
  raw: RawCable;
  url: URL;
  saved: Promise<StartState>;
  /** Reads the page again for its cable, after the page replaced what the view stood in for. */
  findAgain(): RawCable | null;
  /**
   * When the cable was read with the page still loading: resolves (true) once the page is parsed, when the cable
   * is read again and the view started afresh if the page's scripts or late markup changed it.
   */
  parsed: Promise<boolean> | null;
}

/**
 * A context that ends with `parent` or on its own (`abort()`): everything a view registers on it (listeners,
 * answers, its shadow root) goes when that one view is let go of, while the content script lives on.
 */
function viewContext(parent: ContentScriptContext): ContentScriptContext {
  const child = Object.create(parent, {
    abortController: { value: new AbortController() },
  }) as ContentScriptContext;
  parent.onInvalidated(() => child.abort());
  return child;
}

/**
 * Removes our marks from every element, copies the page made of marked elements included, and the page's copies of
 * our host (a body written out again as markup holds it as an empty element with our mode attribute and no shadow root), which
 * would otherwise stand first where anyone looks for the view.
 */
function scrubMarks(doc: Document): void {
  giveBackPage(doc);
  showOriginal([...doc.querySelectorAll(`[${HIDDEN_ATTR}]`)]);
  for (const copy of doc.querySelectorAll(`${HOST}[data-mode]`)) {
    if (!copy.shadowRoot && !copy.hasChildNodes()) copy.remove();
  }
}

/** True when two readings of the page found the same cable in the same elements. */
function sameCable(a: RawCable, b: RawCable): boolean {
  return (
    a.bodyText === b.bodyText &&
    a.headerText === b.headerText &&
    a.mount === b.mount &&
    a.original.length === b.original.length &&
    a.original.every((el, i) => el === b.original[i]) &&
    JSON.stringify(a.pageMeta) === JSON.stringify(b.pageMeta)
  );
}

/** True when every element from the host up to <html> carries the mark that keeps it on screen. */
function pathKept(host: Element): boolean {
  const root = host.ownerDocument.documentElement;
  for (let el = host.parentElement; el && el !== root; el = el.parentElement) {
    if (!el.hasAttribute(PAGE_ATTR)) return false;
  }
  return host.parentElement !== null;
}

/**
 * Starts the view and keeps it shown as long as the page lets it; resolves with whether the first start showed it.
 * A page that keeps taking the view away gets its own page back, and the popup and the shortcut hear there is no
 * view (the toolbar button says so too).
 */
export async function keepShown(options: KeepShownOptions): Promise<boolean> {
  const { ctx, entry, url, findAgain } = options;
  const remounts: number[] = [];

  function giveUp(): void {
    scrubMarks(document);
    ctx.onInvalidated(answerNoView(null));
    if (ctx.isValid) send('view.showing', { state: 'idle' }).catch(() => undefined);
  }

  function tooMany(): boolean {
    const now = Date.now();
    while (remounts.length > 0 && (remounts[0] ?? now) < now - REMOUNT_WINDOW_MS) remounts.shift();
    remounts.push(now);
    return remounts.length > MAX_REMOUNTS;
  }

  async function show(
    raw: RawCable,
    saved: Promise<StartState>,
    parsed: Promise<boolean> | null,
  ): Promise<boolean> {
    const viewCtx = viewContext(ctx);
    const host = await entry.start(viewCtx, raw, url, saved);
    if (!host) {
      viewCtx.abort();
      return false;
    }
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    viewCtx.onInvalidated(() => observer.disconnect());

    function check(): void {
      if (viewCtx.isInvalid) return;
      if (host?.isConnected && raw.original.every((el) => el.isConnected)) {
        // Moved by the page: lay the view's path to the top again, or the page's hiding rule takes it too.
        const theme = document.documentElement.getAttribute(PAGE_ATTR);
        if (theme !== null && !pathKept(host)) {
          giveBackPage(document);
          takeWholePage(host, theme);
        }
        return;
      }
      restart(null);
    }

    /** Lets this view go and starts one on the cable read again (`again`, or read now once our marks are gone). */
    function restart(again: RawCable | null): void {
      const shown = (host?.getAttribute('data-mode') ?? undefined) as ViewMode | undefined;
      // The view gives the page back as its context ends; the page's copies of our marks go with it.
      viewCtx.abort();
      scrubMarks(document);
      const next = tooMany() ? null : (again ?? findAgain());
      if (!next) {
        giveUp();
        return;
      }
      show(
        next,
        saved.then((state) => ({ ...state, shown })),
        null,
      ).then(
        (ok) => ok || giveUp(),
        () => giveUp(),
      );
    }
    // The page may have moved or removed what the view stands beside while the view was being made.
    check();
    parsed?.then((done) => {
      if (!done || viewCtx.isInvalid) return;
      const now = findAgain();
      if (now && !sameCable(now, raw)) restart(now);
    });
    return true;
  }

  return show(options.raw, options.saved, options.parsed);
}
