// The notes panel in Firefox (firefox-esr over WebDriver BiDi, the Firefox build as a temporary add-on): on a
// corpus cable at its mirror URL the panel frame shows beside the clean view (side panel at 1280 px, bottom sheet
// at 390 px), a note typed there with real keys is stored and listed, and the page's own scripts reach neither
// the frame nor the note's text. Skips with a notice where Firefox or its build is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchPage, corpusPages } from '../bench/browser/pages';
import { findBuild } from '../build/build-output';
import { hasCorpus } from '../corpus';
import { type FirefoxBrowser, firefoxSkipReason, launchFirefox } from './firefox';

const build = findBuild('Firefox notes panel', ['firefox-mv2', 'firefox-mv3']);
const skip = !build
  ? 'no Firefox build'
  : (firefoxSkipReason('Firefox notes panel', build) ?? (hasCorpus() ? null : 'no corpus'));

const PAGE_ID = '08REYKJAVIK195';
const MARKER = 'zq9-firefox-note';
const NOTE = `Ask the ministry ${MARKER} about the review.`;

type Tab = NonNullable<Awaited<ReturnType<FirefoxBrowser['frame']>>>;

/** Polls `read` until `done` holds, or fails saying what did not happen. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`Firefox: ${what} did not happen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}

/** Whether the view is up with every paragraph (run in the page; self-contained). */
function viewComplete(): boolean {
  return performance.getEntriesByName('cable-reader:complete', 'mark').length > 0;
}

/** A control of the clean view, found in its open shadow root (run in the page; self-contained). */
function viewControl(selector: string): Element | null | undefined {
  return document.querySelector('cable-reader-view')?.shadowRoot?.querySelector(selector);
}

/** What the panel shows (run in the panel frame; self-contained). */
function panelState() {
  return {
    ready: document.querySelector('.np-panel') !== null,
    // What it says, for a failure's message (a loading line, an error).
    says: (document.body?.textContent ?? '').slice(0, 200),
    notes: [...document.querySelectorAll('.bm-note-text')].map((p) => p.textContent ?? ''),
    focused: document.activeElement?.tagName.toLowerCase() ?? null,
    width: window.innerWidth,
    height: window.innerHeight,
  };
}

/** What the page's own scripts can reach (run in the page's main world; self-contained). */
function mainWorldReach(marker: string) {
  const frames: string[] = [];
  for (let i = 0; i < window.frames.length; i++) {
    try {
      frames.push(String(window.frames[i]?.document.body.textContent));
    } catch (error) {
      frames.push(`refused: ${(error as Error).name}`);
    }
  }
  const host = document.querySelector('cable-reader-view');
  return {
    inDom: document.documentElement.outerHTML.includes(marker),
    inView: (host?.shadowRoot?.textContent ?? '').includes(marker),
    iframes: document.querySelectorAll('iframe').length,
    frames,
    viewport: window.innerWidth,
  };
}

describe.skipIf(skip)('the notes panel in Firefox (firefox-esr, WebDriver BiDi)', () => {
  let firefox: FirefoxBrowser;
  let page: BenchPage | undefined;

  beforeAll(async () => {
    page = corpusPages().find((p) => p.id === PAGE_ID);
    firefox = await launchFirefox(build ?? '', { viewport: { width: 1280, height: 800 } });
    if (page) firefox.serve(page.mirrorUrl, page.html);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  async function openPanel(): Promise<Tab> {
    await firefox.click(viewControl, '.cr-bar .cr-tool-notes');
    const frame = await until(
      () => firefox.frame('notes-panel.html'),
      (f) => f !== null,
      'the panel frame appearing',
    );
    const panel = frame as Tab;
    await until(
      () => panel.evaluate(panelState, null),
      (s) => s.ready,
      'the panel drawing',
    );
    return panel;
  }

  it('shows the panel beside the clean view, takes a note typed there, and lists it; the page reaches neither', async () => {
    expect(page, `${PAGE_ID} in the corpus`).toBeDefined();
    if (!page) return;
    await firefox.navigate(page.mirrorUrl);
    await until(() => firefox.evaluate(viewComplete, null), Boolean, 'the clean view');
    // A bookmark keeps the cable, so the cable itself can carry a note.
    await firefox.click(viewControl, 'button[aria-label="Bookmark paragraph 2"]');
    const pressed = () =>
      document
        .querySelector('cable-reader-view')
        ?.shadowRoot?.querySelector('button[aria-label="Bookmark paragraph 2"]')
        ?.getAttribute('aria-pressed') ?? null;
    await until(
      () => firefox.evaluate(pressed, null),
      (p) => p === 'true',
      'the bookmark',
    );

    const panel = await openPanel();
    const side = await panel.evaluate(panelState, null);
    // Beside the text at 1280 px: a column of the window, the whole height.
    expect(side.width).toBeGreaterThan(300);
    expect(side.width).toBeLessThan(640);
    expect(side.height).toBeGreaterThan(600);

    await panel.click(
      () => document.querySelector('[aria-labelledby="np-cable-notes"] button.bm-link'),
      null,
    );
    await until(
      () => panel.evaluate(panelState, null),
      (s) => s.focused === 'textarea',
      'the note field',
    );
    await panel.type(NOTE);
    await panel.click(() => document.querySelector('[aria-labelledby="np-cable-notes"] .bm-primary'), null);
    const saved = await until(
      () => panel.evaluate(panelState, null),
      (s) => s.notes.includes(NOTE),
      'the note listed',
    );
    expect(saved.notes).toContain(NOTE);

    const reach = await firefox.evaluate(mainWorldReach, MARKER);
    expect(reach.inDom).toBe(false);
    expect(reach.inView).toBe(false);
    // The frame sits in a closed shadow root: no <iframe> in reach, and any frame listed refuses access.
    expect(reach.iframes).toBe(0);
    for (const frame of reach.frames) expect(frame).toMatch(/^refused: SecurityError$/);
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);

  it('at 390 px the panel is a bottom sheet as wide as the window, and still lists the note after a reload', async () => {
    if (!page) return;
    await firefox.setViewport(390, 844);
    await firefox.navigate(page.mirrorUrl);
    await until(() => firefox.evaluate(viewComplete, null), Boolean, 'the clean view');
    const panel = await openPanel();
    const sheet = await until(
      () => panel.evaluate(panelState, null),
      (s) => s.notes.includes(NOTE),
      'the note listed after a reload',
    );
    expect(sheet.width).toBeGreaterThan(360);
    expect(sheet.width).toBeLessThanOrEqual(390);
    expect(sheet.height).toBeLessThan(844);
    expect((await firefox.evaluate(mainWorldReach, MARKER)).viewport).toBe(390);
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);
});
