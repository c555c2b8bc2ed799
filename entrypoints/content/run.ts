// The content script's course, shared by both of its builds: on a known cable address hide the raw text from
// document_start, wait for the text, find the cable and hand it to the clean view; anywhere else decline after a
// URL check. Whatever happens, the early stylesheet goes once the view is up or the page is given back; a page that
// takes the view away gets it back (keep-shown.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/runtime';
import { isKnownCableUrl } from '../../lib/sites/index';
import type { RawCable } from '../../lib/sites/types';
import { explainDecline } from './decline';
import { earlyLayouts, hideEarly } from './early-hide';
import { findPageCable } from './find';
import { keepShown } from './keep-shown';
import { loadReader, type ReaderEntry, readerCodeHere } from './lazy-reader';
import { markDeclined, markFirstPaint, pauseWork, resumeWork } from './marks';
import { type StartState, startState } from './start-state';
import { whenParsed, whenTextThere } from './text-there';

/**
 * Longest the raw text stays hidden while the page is still arriving, ms: a page streaming slowly shows its
 * own text after this rather than a gap (the clean view still replaces it once the text is all there).
 */
const REVEAL_AFTER_MS = 2500;

function findCable(ctx: ContentScriptContext, url: URL): RawCable | null {
  try {
    return findPageCable(document, url, (decline) => ctx.onInvalidated(explainDecline(decline)));
  } catch (error) {
    // A page we cannot read stays as it is; say why in the console for whoever reports it.
    console.warn('[Cable Reader] left this page as it is:', error);
    return null;
  }
}

/** Runs the view's code, or asks for it (the background injects it while this script waits for the page). */
function requestReader(): Promise<ReaderEntry> {
  const reader = loadReader();
  // Settled here so a page that turns out to hold no cable leaves no unhandled rejection; awaited again below.
  reader.catch(() => undefined);
  return reader;
}

/** Runs the content script. */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const known = isKnownCableUrl(url);
  const layouts = known ? earlyLayouts(url) : [];
  const removeEarly = hideEarly(document, layouts);
  let revealed = removeEarly === null;
  const reveal = () => {
    if (revealed) return;
    revealed = true;
    removeEarly?.();
  };
  const revealLate = setTimeout(reveal, REVEAL_AFTER_MS);
  ctx.onInvalidated(reveal);

  let shown = false;
  try {
    // On a cable address the waits (storage, the view's code when the background must inject it) run while the
    // browser parses the page. Code already in this world runs only once a cable is found, and elsewhere nothing is
    // started: a page that holds no cable declines without paying for them.
    const early = known && !readerCodeHere() ? requestReader() : null;
    const saved: Promise<StartState> | null = known ? startState(url.hostname) : null;
    pauseWork();
    const there = await whenTextThere(
      document,
      ctx.signal,
      layouts.flatMap((layout) => layout.textIn),
    );
    resumeWork();
    if (!there) return;
    let raw = findCable(ctx, url);
    // Read while the page is still loading: the box was not one the adapter reads after all; the whole page, then.
    if (!raw && there === 'boxes') {
      pauseWork();
      const parsed = await whenParsed(document, ctx.signal);
      resumeWork();
      raw = parsed ? findCable(ctx, url) : null;
    }
    if (raw) {
      const reader = early ?? requestReader();
      shown = await keepShown({
        ctx,
        entry: await reader,
        raw,
        url,
        saved: saved ?? startState(url.hostname),
        findAgain: () => findCable(ctx, url),
        parsed: there === 'boxes' ? whenParsed(document, ctx.signal) : null,
      });
    }
  } catch (error) {
    console.warn('[Cable Reader] could not show the clean view:', error);
  } finally {
    // Still in the task that mounted the view and hid the original: no frame shows the page between the two.
    clearTimeout(revealLate);
    reveal();
  }
  if (shown) markFirstPaint();
  else if (ctx.isValid) {
    markDeclined();
    // The toolbar button says the page was looked at and left as it is (the background heeds the top frame only).
    send('view.showing', { state: 'declined' }).catch(() => undefined);
  }
}
