// A mirror page's own scripts against the extension, in Chromium, from the page's main world (where
// page.evaluate runs): they cannot read a reader's notes, and cannot make the extension bookmark, delete, export,
// import, open pages, change settings or register a host, whether by posting our message shapes, calling the
// runtime, dispatching synthetic clicks and keys, or faking DOM in or before the view. The store is checked from an
// extension page afterwards.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { attacksTried } from '../fixtures/robustness-tally';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, type OpenedPage } from './fixture';
import { hostCount, presHidden, presVisible, toggleButton, waitForOutcome } from './view';

/** The extension API as extension pages and the background see it (module-scoped). */
declare const chrome: typeof Browser;

const skip = browserSkipReason('hostile page scripts');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const CABLE_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
const CABLE_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
// The same cable on another mirror host, whose page planted its own `cable-reader-view` before our script ran.
const FAKE_HOST_URL = `https://wikileaks.ch/cable/2008/06/${CABLE_ID}.html`;
const FAKE_HOST_HTML = CABLE_HTML.replace(
  "<div class='main'>",
  `<cable-reader-view id="planted"><template shadowrootmode="open"><button type="button" aria-label="Bookmark paragraph 5">Bookmark</button><div data-para="5">Planted paragraph</div></template></cable-reader-view>\n<div class='main'>`,
);

const NOTE_MARKER = 'kw4-reader-private';
const BOOKMARK_NOTE = `Ask the desk about the amendments ${NOTE_MARKER}-bookmark`;
const CABLE_NOTE = `Whole-cable note ${NOTE_MARKER}-cable`;

/** How long a request that must not exist gets to land before the store is checked. */
const SETTLE_MS = 1_000;

/** Recorded in every page's main world before its scripts run: every window message it could read. */
const RECORD_MESSAGES = `window.__crMessages = [];
addEventListener('message', (event) => {
  let data;
  try { data = JSON.stringify(event.data); } catch { data = String(event.data); }
  window.__crMessages.push(data);
}, true);`;

interface ExtensionState {
  registered: string[];
  origins: string[];
  storage: string;
}

interface StoreResult {
  ok: boolean;
  value?: unknown;
  error?: { kind: string; message: string };
}

interface ExportFile {
  exportedAt: string;
  cables: { id: string; saved: { document: unknown } | null }[];
  bookmarks: { id: string; blockKey: string; selectors: [{ exact: string }, unknown] }[];
  notes: { id: string; bookmarkId: string | null; text: string }[];
}

/** The reader's bookmarks and notes, as an export lists them (times of sighting left out). */
function keptWork(file: ExportFile) {
  return {
    bookmarks: file.bookmarks.map((b) => ({ id: b.id, blockKey: b.blockKey, quote: b.selectors[0].exact })),
    notes: file.notes.map((n) => ({ id: n.id, bookmarkId: n.bookmarkId, text: n.text })),
  };
}

/** Everything the page's main world can read: text and attributes of the DOM and every open shadow root. */
function mainWorldText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [document.title, location.href];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) out.push(attr.value);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value);
        if (el.shadowRoot) {
          out.push(el.shadowRoot.textContent ?? '');
          visit(el.shadowRoot);
        }
      }
    };
    out.push(document.documentElement.textContent ?? '');
    visit(document);
    out.push(...performance.getEntries().map((e) => e.name));
    out.push(...((window as unknown as { __crMessages?: string[] }).__crMessages ?? []));
    return out.join('\n');
  });
}

/** The in-view toggle of a paragraph (the view's own, which comes after any planted host). */
const bookmarkButton = (page: Page, label: string) =>
  page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true }).last();

/** Waits until the view's toggle of a paragraph says whether it is bookmarked (usable in hooks too). */
async function expectPressed(page: Page, label: string, pressed: boolean): Promise<void> {
  await page
    .locator(`cable-reader-view button[aria-label="Bookmark paragraph ${label}"][aria-pressed="${pressed}"]`)
    .last()
    .waitFor({ timeout: 10_000 });
}

describe.skipIf(skip)('a mirror page’s own scripts against the extension, in Chromium', () => {
  let browser: ExtensionBrowser;
  let extensionPage: Page;
  let cable: OpenedPage;
  /** The export right after the reader's own bookmark and notes: the state every attack must leave alone. */
  let baseline: ExportFile;
  let bookmarkId = '';

  /** Sends a store request from an extension page (popup.html) and returns its value; fails the test if refused. */
  async function ask<T>(message: unknown): Promise<T> {
    const result = (await extensionPage.evaluate(
      (m) => chrome.runtime.sendMessage(m),
      message,
    )) as StoreResult;
    if (!result?.ok) throw new Error(`${JSON.stringify(message)} was refused: ${JSON.stringify(result)}`);
    return result.value as T;
  }

  async function exported(): Promise<ExportFile> {
    return JSON.parse(
      (await ask<{ text: string }>({ name: 'backup.export', data: { format: 'json' } })).text,
    );
  }

  /**
   * The extension's pages open in the browser, apart from the one the test reads the store from; closed once
   * listed, so one test's stray tab is not blamed on the next.
   */
  async function extensionTabs(): Promise<string[]> {
    const stray = browser.context
      .pages()
      .filter((p) => p !== extensionPage && p.url().startsWith('chrome-extension://'));
    await Promise.all(stray.map((p) => p.close()));
    return stray.map((p) => p.url());
  }

  /**
   * What the background has registered and been granted, and what the extension keeps in storage (per-site view
   * choices, reading settings): a page must not be able to change any of it.
   */
  async function extensionState(): Promise<ExtensionState> {
    const sw = await browser.background();
    return sw.evaluate(async () => ({
      registered: (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      origins: ((await chrome.permissions.getAll()).origins ?? []).sort(),
      storage: JSON.stringify({
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null).catch(() => null),
      }),
    }));
  }

  /** The state every attack must leave as it found it. */
  async function expectUntouched(page: Page, before: ExtensionState) {
    await page.waitForTimeout(SETTLE_MS);
    expect(keptWork(await exported()), 'bookmarks and notes').toEqual(keptWork(baseline));
    expect(await extensionTabs(), 'extension pages opened').toEqual([]);
    expect(await extensionState(), 'registered scripts, granted hosts, stored choices').toEqual(before);
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.addInitScript(RECORD_MESSAGES);
    browser.serve(CABLE_URL, CABLE_HTML);
    browser.serve(FAKE_HOST_URL, FAKE_HOST_HTML);
    extensionPage = (await browser.open(browser.extensionUrl('popup.html'))).page;

    // The reader's own work: a bookmark on paragraph 4 made with a real click, and two notes written in an
    // extension page (one on the bookmark, one on the whole cable).
    cable = await browser.open(CABLE_URL);
    await cable.page.bringToFront();
    expect(await waitForOutcome(cable.page)).toBe('ready');
    await bookmarkButton(cable.page, '4').click();
    await expectPressed(cable.page, '4', true);
    bookmarkId = (await exported()).bookmarks[0]?.id ?? '';
    expect(bookmarkId).not.toBe('');
    await ask({ name: 'note.add', data: { cableId: CABLE_ID, bookmarkId, text: BOOKMARK_NOTE } });
    await ask({ name: 'note.add', data: { cableId: CABLE_ID, bookmarkId: null, text: CABLE_NOTE } });
    await cable.page.getByRole('button', { name: 'Notes on paragraph 4 (has notes)', exact: true }).waitFor();
    baseline = await exported();
    expect(
      keptWork(baseline)
        .notes.map((n) => n.text)
        .sort(),
    ).toEqual([BOOKMARK_NOTE, CABLE_NOTE].sort());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('cannot read a note from its main world: DOM, open shadow roots, attributes, messages, after a reload too', async () => {
    const { page } = cable;
    const before = await mainWorldText(page);
    // The walk reaches into our view, so it could find a note there: it sees the bookmark and its notes sign.
    expect(before).toContain('Bookmark paragraph 4');
    expect(before).toContain('Notes on paragraph 4 (has notes)');
    expect(before).not.toContain(NOTE_MARKER);

    await page.reload();
    expect(await waitForOutcome(page)).toBe('ready');
    await page.getByRole('button', { name: 'Notes on paragraph 4 (has notes)', exact: true }).waitFor();
    expect(await mainWorldText(page)).not.toContain(NOTE_MARKER);
    expect(cable.ourErrors()).toEqual([]);
  });

  it('cannot make the extension act by posting our message shapes or calling the runtime', async () => {
    const { page } = cable;
    const before = await extensionState();
    const saved = baseline.cables[0]?.saved?.document;
    expect(saved, 'the bookmarked cable has a saved copy to forge requests with').toBeDefined();
    const cableInput = { document: saved, url: CABLE_URL, site: 'cablegate' };
    // A well-formed backup that would add a bookmark on paragraph 2 and a note, if it were ever imported.
    const forged: ExportFile = structuredClone(baseline);
    const template = forged.bookmarks[0];
    if (!template) throw new Error('no bookmark in the baseline');
    forged.bookmarks.push({ ...template, id: `${CABLE_ID}#2`, blockKey: '2' });
    // The page cannot know the notes' text: the forged file carries its own.
    forged.notes = forged.notes.map((n, i) => ({ ...n, text: `forged ${i}` }));
    forged.notes.push({ ...(forged.notes[0] as ExportFile['notes'][number]), id: 'forged', text: 'forged' });
    const messages = [
      { name: 'bookmark.toggle', data: { cable: cableInput, blockKey: '2' } },
      { name: 'bookmark.toggle', data: { cable: cableInput, blockKey: '4' } },
      { name: 'bookmark.delete', data: { bookmarkId } },
      { name: 'bookmark.list', data: {} },
      { name: 'bookmark.search', data: { query: 'amendments' } },
      { name: 'note.list', data: { cableId: CABLE_ID } },
      { name: 'note.add', data: { cableId: CABLE_ID, bookmarkId, text: 'forged' } },
      { name: 'note.delete', data: { noteId: baseline.notes[0]?.id } },
      { name: 'cable.get', data: { cableId: CABLE_ID } },
      { name: 'backup.export', data: { format: 'json' } },
      { name: 'backup.export', data: { format: 'markdown' } },
      { name: 'backup.import', data: { text: JSON.stringify(forged) } },
      { name: 'note.openPage', data: { cableId: CABLE_ID, blockKey: '4' } },
      { name: 'view.toggle', data: {} },
      { name: 'view.setMode', data: { mode: 'original' } },
      { name: 'command.run', data: { command: 'toggle-view' } },
      { name: 'options.open', data: {} },
      { name: 'view.loadReader', data: {} },
    ];
    const outcomes = await page.evaluate(
      async ({ messages, extensionId }) => {
        const results: string[] = [];
        let dispatched = 0;
        for (const message of messages) {
          dispatched += 4;
          window.postMessage(message, '*');
          window.top?.postMessage(message, '*');
          document.dispatchEvent(new CustomEvent(message.name, { detail: message }));
          window.dispatchEvent(new CustomEvent(message.name, { detail: message }));
          // The runtime is not exposed to a web page (no externally_connectable); if it were, it must refuse.
          const runtime = (
            window as unknown as {
              chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } };
            }
          ).chrome?.runtime;
          if (!runtime?.sendMessage) {
            results.push('no runtime');
            continue;
          }
          dispatched += 1;
          try {
            results.push(JSON.stringify(await runtime.sendMessage(extensionId, message)));
          } catch (error) {
            results.push(`threw: ${error}`);
          }
        }
        return { results, dispatched };
      },
      { messages, extensionId: browser.extensionId },
    );
    // Each message posted to the window and its top, dispatched as events on the document and the window, and sent
    // to the runtime where the page has one.
    const attack = attacksTried('forged messages', outcomes.dispatched);
    for (const outcome of outcomes.results) expect(outcome).not.toMatch(/"ok":true/);

    await expectUntouched(page, before);
    attack.held();
    await toggleButton(page, 'Original page').waitFor();
    expect(await presHidden(page)).toBe(true);
    expect(await mainWorldText(page)).not.toContain(NOTE_MARKER);
    expect(cable.ourErrors()).toEqual([]);
  });

  it('cannot press the view’s controls with synthetic clicks, keys or form events', async () => {
    const { page } = cable;
    const before = await extensionState();
    await page.evaluate(() => {
      const host = document.querySelector('cable-reader-view');
      const root = host?.shadowRoot;
      if (!root) throw new Error('no open shadow root');
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
      // Every control the view has, pressed the ways a script can: click(), a dispatched click, and Enter/Space.
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.focus();
        for (const key of ['Enter', ' ']) {
          button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          button.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
        }
      }
      for (const field of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
          field.checked = !field.checked;
        else if (field instanceof HTMLSelectElement) field.selectedIndex = field.options.length - 1;
        else field.value = '40';
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
      // The toggle shortcut, as key events (extension shortcuts come from the browser, never from the DOM).
      const shortcut = {
        key: 'V',
        code: 'KeyV',
        altKey: true,
        shiftKey: true,
        bubbles: true,
        composed: true,
      };
      for (const target of [document, document.body, host, root]) {
        target?.dispatchEvent(new KeyboardEvent('keydown', shortcut));
        target?.dispatchEvent(new KeyboardEvent('keyup', shortcut));
      }
    });

    await expectUntouched(page, before);
    // Still the reader's choice: clean, and the original hidden; paragraph 2 not bookmarked, 4 still is.
    await toggleButton(page, 'Original page').waitFor();
    expect(await presHidden(page)).toBe(true);
    await expectPressed(page, '2', false);
    await expectPressed(page, '4', true);
    expect(cable.ourErrors()).toEqual([]);
  });

  it('cannot use fake DOM in the open shadow root: planted controls are inert, rewritten text is not what gets kept', async () => {
    const { page } = cable;
    const before = await extensionState();
    await page.evaluate(() => {
      const root = document.querySelector('cable-reader-view')?.shadowRoot;
      const para2 = root?.querySelector('[data-para="2"] .cr-lead');
      if (!root || !para2) throw new Error('no paragraph 2 in the view');
      // A planted control that looks like ours, and paragraph 2's text rewritten.
      const planted = document.createElement('button');
      planted.type = 'button';
      planted.setAttribute('aria-label', 'Bookmark paragraph 6');
      planted.textContent = 'Bookmark';
      root.querySelector('[data-para="6"]')?.prepend(planted);
      para2.textContent = 'PLANTED TEXT: the reader never saw this.';
    });
    // The reader's own (trusted) click on the planted control does nothing.
    await page.getByRole('button', { name: 'Bookmark paragraph 6', exact: true }).first().click();
    await expectUntouched(page, before);

    // The reader's own click on the real control of paragraph 2 bookmarks what the cable says, not the plant.
    await bookmarkButton(page, '2').click();
    await expectPressed(page, '2', true);
    const kept = keptWork(await exported()).bookmarks.find((b) => b.blockKey === '2');
    expect(kept?.quote).toBeDefined();
    expect(kept?.quote).not.toContain('PLANTED');
    expect(seed.body.replace(/\s+/g, ' ')).toContain(kept?.quote.slice(0, 40) ?? 'missing');
    // Back to the reader's state: unbookmark paragraph 2 with another real click.
    await bookmarkButton(page, '2').click();
    await expectPressed(page, '2', false);
    expect(keptWork(await exported())).toEqual(keptWork(baseline));
    expect(cable.ourErrors()).toEqual([]);
  });

  it('ignores a cable-reader-view the page planted before the content script ran', async () => {
    const before = await extensionState();
    const opened = await browser.open(FAKE_HOST_URL);
    const { page } = opened;
    await page.bringToFront();
    try {
      expect(await waitForOutcome(page)).toBe('ready');
      expect(await hostCount(page)).toBe(2);
      const hosts = await page.evaluate(() =>
        [...document.querySelectorAll('cable-reader-view')].map((h) => ({
          id: h.id,
          paragraphs: [...(h.shadowRoot?.querySelectorAll('[data-para]') ?? [])].map((p) =>
            p.getAttribute('data-para'),
          ),
        })),
      );
      // The planted host is left as the page made it; ours is separate, with the cable's paragraphs.
      expect(hosts[0]).toEqual({ id: 'planted', paragraphs: ['5'] });
      expect(hosts[1]?.paragraphs).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      // Our bookmark shows in our view (same cable on another mirror); the planted button does nothing.
      await expectPressed(page, '4', true);
      await page.getByRole('button', { name: 'Bookmark paragraph 5', exact: true }).first().click();
      await expectUntouched(page, before);
      await expectPressed(page, '5', false);
      // Toggling works on our view and the original.
      await toggleButton(page, 'Original page').click();
      await toggleButton(page, 'Clean view').waitFor();
      expect(await presVisible(page)).toBe(true);
      await toggleButton(page, 'Clean view').click();
      await toggleButton(page, 'Original page').waitFor();
      expect(opened.ourErrors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a spoofed "newer content script" event makes the view step aside cleanly, storing nothing', async () => {
    // WXT's content-script context stops itself when a newer copy of the script announces itself. The event's name
    // carries the extension id, which a page can know (a store extension's id is public): it can only make the view
    // step aside, which it could do anyway by removing our host. It must leave the page whole.
    const before = await extensionState();
    const opened = await browser.open(CABLE_URL);
    const { page } = opened;
    await page.bringToFront();
    try {
      expect(await waitForOutcome(page)).toBe('ready');
      const reference = await page.evaluate(() => document.querySelector('pre')?.outerHTML);
      await page.evaluate((extensionId) => {
        // Cable addresses run the `cable` content script (the view bundled in), other pages `content`: spoof both.
        for (const contentScriptName of ['content', 'cable']) {
          const type = `${extensionId}:${contentScriptName}:wxt:content-script-started`;
          const detail = { contentScriptName, messageId: 'planted' };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
        }
      }, browser.extensionId);
      await expect.poll(() => hostCount(page), { timeout: 10_000 }).toBe(0);
      expect(await presVisible(page), 'the original shows again').toBe(true);
      expect(await page.evaluate(() => document.querySelector('pre')?.outerHTML)).toBe(reference);
      expect(
        await page.evaluate(
          () =>
            document.querySelectorAll(
              '[data-cable-reader-hidden], style[data-cable-reader-style], style[wxt-shadow-root-document-styles]',
            ).length,
        ),
      ).toBe(0);
      await expectUntouched(page, before);
      expect(opened.ourErrors()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
