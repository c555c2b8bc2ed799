// The view's own controls on a page that tries to have them pressed unseen (clickjacking), in Firefox (firefox-esr
// over WebDriver BiDi): a real mouse click through each of the page's covers is refused with a notice and stores
// nothing, the same click uncovered bookmarks, and a removal's Undo (a real click) puts the bookmark back. The
// Chromium suite (page-controls.test.ts) also checks key presses: in headless firefox-esr 153, WebDriver BiDi's
// Enter (U+E006, U+E007) and Space (' ', U+E00D) reach the focused button (trusted, keyCode 13 and 32, not
// prevented, focus by script or by Tab) yet press no button or checkbox, a data: page's either, while the same
// Enter follows a link and submits a form; document.hasFocus() stays false, browsingContext.activate and
// focusmanager.testmode notwithstanding. It also checks the store directly, and a page script pressing Undo. Each
// click waits for its control to hold still in view (FirefoxTab.settle), never for a set time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { findBuild } from '../build/build-output';
import { cablegateLayout } from '../fixtures/layouts';
import { attacksTried } from '../fixtures/robustness-tally';
import { type FirefoxBrowser, firefoxSkipReason, launchFirefox } from './firefox';
import { COVERS, coverToggle, uncover } from './page-covers';

const build = findBuild('Firefox page controls', ['firefox-mv2', 'firefox-mv3']);
const skip = !build ? 'no Firefox build' : firefoxSkipReason('Firefox page controls', build);

const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const CABLE_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const REFUSED = 'Cable Reader ignored a click: something covers this control.';

/** Paragraph `label`'s bookmark toggle (run in Firefox; self-contained). */
function bookmarkButton(label: string): Element | null | undefined {
  return document
    .querySelector('cable-reader-view')
    ?.shadowRoot?.querySelector(`button[aria-label="Bookmark paragraph ${label}"]`);
}

/** The Undo button of the view's notice (run in Firefox; self-contained). */
function undoButton(): Element | null | undefined {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  return [...(shadow?.querySelectorAll('[role="status"] button') ?? [])].find(
    (b) => b.textContent === 'Undo',
  );
}

/** What the view's page state is (run in Firefox; self-contained): marks, a toggle's state and the notices' text. */
function viewState(label: string): { shown: boolean; pressed: string | null; notices: string } {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  const marks = ['cable-reader:first-paint', 'cable-reader:complete'];
  return {
    shown: marks.every((m) => performance.getEntriesByName(m, 'mark').length > 0),
    pressed:
      shadow
        ?.querySelector(`button[aria-label="Bookmark paragraph ${label}"]`)
        ?.getAttribute('aria-pressed') ?? null,
    notices: [...(shadow?.querySelectorAll('[role="status"]') ?? [])].map((s) => s.textContent).join(' | '),
  };
}

describe.skipIf(skip)('the view’s controls on a page that covers them, in Firefox', () => {
  let firefox: FirefoxBrowser;

  /** Polls the view until `done` holds for paragraph `label`'s state, or fails with the last state seen. */
  async function waitFor(
    label: string,
    done: (s: ReturnType<typeof viewState>) => boolean,
  ): Promise<ReturnType<typeof viewState>> {
    const deadline = Date.now() + 15_000;
    let state = await firefox.evaluate(viewState, label);
    while (!done(state) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      state = await firefox.evaluate(viewState, label);
    }
    expect(done(state), JSON.stringify(state)).toBe(true);
    return state;
  }

  /** Opens the cable afresh and waits for the view's first frame and its last paragraph, the store answered. */
  async function openCable(label: string, pressed: boolean): Promise<void> {
    await firefox.navigate(CABLE_URL);
    await waitFor(label, (s) => s.shown && s.pressed === String(pressed));
  }

  beforeAll(async () => {
    firefox = await launchFirefox(build ?? '');
    firefox.serve(CABLE_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it.each(COVERS)(
    'stores nothing for a real click through the page’s %s, and says why',
    async (cover) => {
      await openCable('5', false);
      const attack = attacksTried('overlay covers');
      await firefox.settle(bookmarkButton, '5');
      const point = await firefox.evaluate(coverToggle, { label: '5', cover, scroll: false });
      await firefox.clickAt(point.x, point.y);
      const refused = await waitFor('5', (s) => s.notices.includes(REFUSED));
      expect(refused.pressed).toBe('false');

      // Uncovered, the reader's next click on the same spot counts, and the store holds that one bookmark: had the
      // refused click stored one, this click would have removed it.
      await firefox.evaluate(uncover, null);
      await firefox.clickAt(point.x, point.y);
      await waitFor('5', (s) => s.pressed === 'true');
      await openCable('5', true);
      attack.held();
      await firefox.click(bookmarkButton, '5');
      await waitFor('5', (s) => s.pressed === 'false');
      expect(firefox.addonLog()).toEqual([]);
    },
    120_000,
  );

  it('bookmarks with a real click on an uncovered toggle, and says nothing of covers', async () => {
    await openCable('3', false);
    await firefox.click(bookmarkButton, '3');
    await waitFor('3', (s) => s.pressed === 'true');
    await firefox.click(bookmarkButton, '3');
    const last = await waitFor('3', (s) => s.pressed === 'false');
    expect(last.notices).not.toContain(REFUSED);
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);

  it('offers Undo after a removal, and a real click on Undo puts the bookmark back in the store', async () => {
    await openCable('6', false);
    await firefox.click(bookmarkButton, '6');
    await waitFor('6', (s) => s.pressed === 'true');
    await firefox.click(bookmarkButton, '6');
    await waitFor(
      '6',
      (s) => s.pressed === 'false' && s.notices.includes('Bookmark removed from paragraph 6.'),
    );
    await firefox.click(undoButton, null);
    await waitFor(
      '6',
      (s) => s.pressed === 'true' && s.notices.includes('Bookmark on paragraph 6 restored.'),
    );
    // The store has it: a fresh load of the page shows it bookmarked.
    await openCable('6', true);
    await firefox.click(bookmarkButton, '6');
    await waitFor('6', (s) => s.pressed === 'false');
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);
});
