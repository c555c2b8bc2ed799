// "Copy link" and "Copy citation" on a page that fights the clipboard, in Firefox (firefox-esr over WebDriver BiDi):
// the plain-http mirror page of clipboard-attack.ts, served with `Permissions-Policy: clipboard-write=()`, whose own
// `copy` listener rewrites anything copied through it. The add-on copies in its background page, so real clicks on
// the view's buttons put the link and the citation on the clipboard and the page's listener never runs. The clipboard
// is read from a second tab of another site (the profile lets pages read it without a prompt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuild } from '../build/build-output';
import { CABLE_HTML, CABLE_ID, CABLE_URL, POLICY_HEADERS, READER_URL, REWRITTEN } from './clipboard-attack';
import { type FirefoxBrowser, firefoxSkipReason, launchFirefox } from './firefox';

const build = findBuild('Firefox clipboard policy', ['firefox-mv2', 'firefox-mv3']);
const skip = !build ? 'no Firefox build' : firefoxSkipReason('Firefox clipboard policy', build);

/** Put on the clipboard before each copy, so a copy that does nothing cannot pass. */
const MARKER = 'nothing copied yet';

/** A button of the view by its accessible name (run in Firefox; self-contained). */
function viewButton(name: string): Element | null | undefined {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  return shadow?.querySelector(`button[aria-label="${name}"]`);
}

/** The citation menu's entry named `name` (run in Firefox; self-contained). */
function menuItem(name: string): Element | null | undefined {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  return [...(shadow?.querySelectorAll('[role="menuitem"]') ?? [])].find(
    (i) => i.textContent?.trim() === name,
  );
}

/** How many copies went through the page's own `copy` listener (run in Firefox; self-contained). */
function pageCopies(): number | null {
  return (window as { __pageCopies?: number }).__pageCopies ?? null;
}

describe.skipIf(skip)('copying on a page that refuses and rewrites the clipboard, in Firefox', () => {
  let firefox: FirefoxBrowser;
  let reader: Awaited<ReturnType<FirefoxBrowser['openTab']>>;

  /** Runs `fn(arg)` in the reading tab, brought to front, and brings the cable's tab back. */
  async function inReader<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    await reader.activate();
    const result = await reader.evaluate(fn, arg);
    await firefox.activate();
    return result;
  }

  /** The clipboard's text once it is no longer the marker (or the marker, after 10 s). */
  async function copiedText(): Promise<string> {
    const deadline = Date.now() + 10_000;
    let text = await inReader(() => navigator.clipboard.readText(), null);
    while (text === MARKER && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      text = await inReader(() => navigator.clipboard.readText(), null);
    }
    return text;
  }

  beforeAll(async () => {
    firefox = await launchFirefox(build ?? '', { prefs: { 'dom.events.testing.asyncClipboard': true } });
    firefox.serve(CABLE_URL, CABLE_HTML, POLICY_HEADERS);
    firefox.serve(READER_URL, '<!doctype html><title>reader</title>');
    reader = await firefox.openTab(READER_URL);
    await firefox.activate();
    await firefox.navigate(CABLE_URL);
    const deadline = Date.now() + 15_000;
    const shown = () => performance.getEntriesByName('cable-reader:first-paint', 'mark').length > 0;
    while (!(await firefox.evaluate(shown, null)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('is served as the attack needs: http, the policy header, the page listening to copy, the view shown', async () => {
    const facts = await firefox.evaluate(
      async () => ({
        secure: window.isSecureContext,
        pageClipboard: 'clipboard' in navigator,
        policy: (await fetch(location.href)).headers.get('permissions-policy'),
        listening: typeof (window as { __pageCopies?: number }).__pageCopies === 'number',
        shown: performance.getEntriesByName('cable-reader:first-paint', 'mark').length > 0,
      }),
      null,
    );
    expect(facts).toEqual({
      secure: false,
      pageClipboard: false,
      policy: 'clipboard-write=()',
      listening: true,
      shown: true,
    });
  });

  it('copies the paragraph link from the add-on, past the policy and the page’s copy listener', async () => {
    await inReader((marker) => navigator.clipboard.writeText(marker), MARKER);
    await firefox.click(viewButton, 'Copy link to paragraph 4');
    const text = await copiedText();
    expect(text).toContain(`${CABLE_ID}.html#`);
    expect(text).not.toContain(REWRITTEN);
    expect(await firefox.evaluate(pageCopies, null)).toBe(0);
    expect(firefox.addonLog()).toEqual([]);
  });

  it('copies a citation the same way', async () => {
    await inReader((marker) => navigator.clipboard.writeText(marker), MARKER);
    await firefox.click(viewButton, 'Copy citation of paragraph 4');
    await firefox.click(menuItem, 'Short');
    const text = await copiedText();
    expect(text).toContain(`${CABLE_ID}, para. 4`);
    expect(text).not.toContain(REWRITTEN);
    expect(await firefox.evaluate(pageCopies, null)).toBe(0);
    expect(firefox.addonLog()).toEqual([]);
  });
});
