// Pages that fight back, in Firefox (firefox-esr over WebDriver BiDi): a page that re-renders its body, removes
// the view's host, or replaces or moves the original gets the view back in the reader's mode, and the view's own
// toggle, pressed with a real click, still switches what is on screen. The Chromium suite (fighting-pages.test.ts)
// covers every attack and the popup.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { findBuild } from '../build/build-output';
import { cablegateLayout } from '../fixtures/layouts';
import { attacksTried } from '../fixtures/robustness-tally';
import { type FirefoxBrowser, firefoxSkipReason, launchFirefox } from './firefox';

const build = findBuild('Firefox fighting pages', ['firefox-mv2', 'firefox-mv3']);
const skip = !build ? 'no Firefox build' : firefoxSkipReason('Firefox fighting pages', build);

const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const URL_BASE = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });

/** What is on screen (run in Firefox; self-contained): the view's paragraphs, the page's own text, or neither. */
function screen(): string {
  const hosts = [...document.querySelectorAll('cable-reader-view')].filter((h) => h.shadowRoot);
  const viewShown = hosts.some((host) =>
    [...(host.shadowRoot?.querySelectorAll('[data-para]') ?? [])].some((p) => p.checkVisibility()),
  );
  const toggle = hosts[0]?.shadowRoot?.querySelector('.cr-toggle')?.textContent ?? '';
  if (viewShown) return `clean:${hosts.length}:${toggle}`;
  const pres = [...document.querySelectorAll('pre')];
  const original = pres.length > 0 && pres.some((pre) => pre.checkVisibility());
  return original ? `original:${hosts.length}:${toggle}` : 'hidden';
}

/** The view's toggle (run in Firefox; self-contained). */
function toggle(): Element | null | undefined {
  return document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-toggle');
}

describe.skipIf(skip)('pages that fight back, in Firefox', () => {
  let firefox: FirefoxBrowser;

  async function expectScreen(want: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    let last = await firefox.evaluate(screen, null);
    while (last !== want && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      last = await firefox.evaluate(screen, null);
    }
    expect(last).toBe(want);
  }

  /**
   * Opens the cable clean, lets the page run `attack` (in Firefox; self-contained; true when it found what it
   * attacks) and checks the clean view is still what is on screen, counting the rewrite.
   */
  async function survives(attack: () => boolean): Promise<void> {
    await firefox.navigate(URL_BASE);
    await expectScreen('clean:1:Original page');
    const rewrite = attacksTried('fighting-page rewrites');
    expect(await firefox.evaluate(attack, null)).toBe(true);
    await expectScreen('clean:1:Original page');
    rewrite.held();
  }

  beforeAll(async () => {
    firefox = await launchFirefox(build ?? '');
    firefox.serve(URL_BASE, HTML);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('comes back after the page re-renders its body, in the reader’s mode, and its toggle still works', async () => {
    await firefox.navigate(URL_BASE);
    await expectScreen('clean:1:Original page');
    const rewrite1 = attacksTried('fighting-page rewrites');
    await firefox.evaluate(() => {
      document.body.innerHTML += '<p>Advertisement</p>';
    }, null);
    await expectScreen('clean:1:Original page');
    rewrite1.held();
    await firefox.click(toggle, null);
    await expectScreen('original:1:Clean view');
    const rewrite2 = attacksTried('fighting-page rewrites');
    await firefox.evaluate(() => {
      document.body.innerHTML += '<p>Another advertisement</p>';
    }, null);
    await expectScreen('original:1:Clean view');
    rewrite2.held();
    await firefox.click(toggle, null);
    await expectScreen('clean:1:Original page');
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);

  it('comes back after the page removes the view’s host', async () => {
    await survives(() => {
      const host = document.querySelector('cable-reader-view');
      host?.remove();
      return host !== null;
    });
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);

  // The cable's element in this layout is the <code> around its <pre>: the one the view hides and gives back.
  it('comes back on the new element after the page replaces the original, and its toggle shows that element', async () => {
    await survives(() => {
      const original = document.querySelector('div.pane.big code');
      original?.replaceWith(original.cloneNode(true));
      return original !== null;
    });
    await firefox.click(toggle, null);
    await expectScreen('original:1:Clean view');
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);

  it('keeps the view after the page moves the original, and its toggle shows it where it was moved to', async () => {
    await survives(() => {
      const original = document.querySelector('div.pane.big code');
      if (original) document.body.prepend(original);
      return original !== null;
    });
    await firefox.click(toggle, null);
    await expectScreen('original:1:Clean view');
    // Shown where the page put it: the body's first child, not back in its old pane.
    expect(await firefox.evaluate(() => document.body.firstElementChild?.tagName ?? '', null)).toBe('CODE');
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);
});
