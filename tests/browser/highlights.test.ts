// Highlights, notes beside the text and the library in Chromium, on a real corpus page at its mirror address:
// highlight and note a sentence of paragraph 3, find both after a reload (in place and in the panel), on another
// mirror layout, with one word changed, orphaned when the paragraph is replaced; the mirror page's main world
// never reaches the note; the library finds a phrase of paragraph 7 and opens the saved copy there; the Web
// Annotation export imports back equal.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from '../bench/browser/pages';
import { corpusDir, hasCorpus } from '../corpus';
import { plusdLayout } from '../fixtures/layouts';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, snapshotBuild } from './fixture';
import { waitForComplete, waitForOutcome } from './view';

const skip = browserSkipReason('highlights') ?? (hasCorpus() ? null : 'no corpus');
const CABLE_ID = '08REYKJAVIK195';
const NOTE = 'Private: ask the ministry <b>zq9-panel-note</b> about the review.';
const MARKER = 'zq9-panel-note';

/** Main world: the first sentence of paragraph `label`'s longest text node, selected; returns the sentence. */
function selectSentence(page: Page, label: string): Promise<string> {
  return page.evaluate((label) => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const lead = root?.querySelector(`[data-para="${label}"] .cr-lead`);
    if (!lead) throw new Error(`no paragraph ${label}`);
    const walker = document.createTreeWalker(lead, NodeFilter.SHOW_TEXT);
    let best: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (!best || n.data.length > best.data.length) best = n;
    }
    if (!best) throw new Error('no text');
    const end = best.data.indexOf('. ') + 1 || best.data.length;
    document.getSelection()?.setBaseAndExtent(best, 0, best, end);
    return best.data.slice(0, end);
  }, label);
}

/** Main world: the text of every painted highlight range (the registry is the document's, seen from any world). */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [, highlight] of CSS.highlights) for (const range of highlight) out.push(range.toString());
    return out;
  });
}

/** Everything the page's main world can read of the DOM and open shadow roots. */
function mainWorldText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [document.documentElement.textContent ?? ''];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) out.push(attr.value);
        if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) out.push(el.value);
        if (el.shadowRoot) {
          out.push(el.shadowRoot.textContent ?? '');
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    return out.join('\n');
  });
}

/** Main world: where the panel's frame and the cable's paragraphs sit, and how far the page scrolls. */
function panelLayout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const host = root?.querySelector('.cr-panel-host')?.getBoundingClientRect();
    const paras = [...(root?.querySelectorAll('[data-para] .cr-lead') ?? [])].map((p) =>
      p.getBoundingClientRect(),
    );
    if (!host || paras.length === 0) throw new Error('no panel or no paragraphs');
    return {
      panel: { left: host.left, top: host.top, width: host.width },
      textRight: Math.max(...paras.map((r) => r.right)),
      textWidth: Math.min(...paras.map((r) => r.width)),
      scrollWidth: document.documentElement.scrollWidth,
      // The last paragraph's bottom when scrolled to the end.
      lastBottom: (() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return Math.max(
          ...[...(root?.querySelectorAll('[data-para] .cr-lead') ?? [])].map(
            (p) => p.getBoundingClientRect().bottom,
          ),
        );
      })(),
    };
  });
}

async function panelFrame(page: Page): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().includes('notes-panel.html')), { timeout: 10_000 })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().includes('notes-panel.html'));
  if (!frame) throw new Error('no panel frame');
  await frame.waitForSelector('.np-panel', { timeout: 10_000 });
  return frame;
}

describe.skipIf(skip)('highlights, the notes panel and the library, in Chromium', () => {
  let extensionDir = '';
  let browser: ExtensionBrowser;
  let html = '';
  let mirrorUrl = '';
  let sentence = '';

  async function openCable(url: string): Promise<Page> {
    const { page } = await browser.open(url);
    expect(await waitForOutcome(page)).toBe('ready');
    await waitForComplete(page);
    return page;
  }

  beforeAll(async () => {
    const found = corpusPages().find((p) => p.id === CABLE_ID);
    if (!found) throw new Error(`${CABLE_ID} is not in the corpus`);
    html = found.html;
    mirrorUrl = found.mirrorUrl;
    extensionDir = await snapshotBuild();
    browser = await launchWithExtension({ extensionDir });
    browser.serve(mirrorUrl, html);
  });

  afterAll(async () => {
    await browser?.close();
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  });

  it('highlights and notes a sentence of paragraph 3; the main world never reaches the note', async () => {
    const page = await openCable(mirrorUrl);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    sentence = await selectSentence(page, '3');
    expect(sentence.length).toBeGreaterThan(30);
    await page.locator('cable-reader-view .cr-seltools').waitFor();
    await page.keyboard.press('n');
    const panel = await panelFrame(page);
    const note = panel.locator('textarea.np-note');
    await expect.poll(() => note.count()).toBe(1);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.className)).toBe('np-note');
    await note.fill(NOTE);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await paintedTexts(page)).join('|')).toContain(sentence.trim());

    // The note is on screen in the panel, and nowhere the page's scripts can read.
    expect(await panel.locator('textarea.np-note').inputValue()).toBe(NOTE);
    expect(await mainWorldText(page)).not.toContain(MARKER);
    const reach = await page.evaluate(() => {
      const results: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          results.push(String(window.frames[i]?.document.body.textContent));
        } catch (error) {
          results.push(`refused: ${(error as Error).name}`);
        }
      }
      return { results, seen: (window as unknown as { seen: string[] }).seen };
    });
    // The frame sits in a closed shadow root: `frames` may not even list it, and any it lists refuses access.
    for (const result of reach.results) expect(result).toMatch(/^refused: SecurityError$/);
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    expect(reach.seen.join('\n')).not.toContain(MARKER);
    await page.close();
  });

  it('after a reload, shows the highlight in place and in the panel with its note', async () => {
    const page = await openCable(mirrorUrl);
    await expect.poll(async () => (await paintedTexts(page)).join('|')).toContain(sentence.trim());
    await page.locator('cable-reader-view .cr-bar .cr-tool-notes').click();
    const panel = await panelFrame(page);
    await expect.poll(() => panel.locator('.np-quote').allTextContents()).toContain(sentence.trim());
    expect(await panel.locator('textarea.np-note').inputValue()).toBe(NOTE);
    // Beside the text, not over it: the text column and every control of the reading bar end left of the panel,
    // and the bar's Notes control says the panel is open.
    const notes = page.locator('cable-reader-view .cr-bar .cr-tool-notes');
    expect(await notes.getAttribute('aria-expanded')).toBe('true');
    const frameLeft = await page.evaluate(() => {
      const host = document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-panel-host');
      return host?.getBoundingClientRect().left ?? 0;
    });
    expect(frameLeft).toBeGreaterThan(0);
    const rights = await page
      .locator('cable-reader-view .cr-bar button:visible, cable-reader-view .cr-body [data-para]')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(3);
    expect(Math.max(...rights)).toBeLessThanOrEqual(frameLeft);
    // Nothing scrolls sideways, and the text keeps a readable column.
    const side = await panelLayout(page);
    expect(side.scrollWidth).toBe(1280);
    expect(side.textWidth).toBeGreaterThan(500);
    await page.screenshot({ path: join(extensionDir, '..', 'cr-panel-1280.png') });
    // Under 1200 px the text and the bar would be too narrow beside it: a bottom sheet there.
    await page.setViewportSize({ width: 900, height: 800 });
    expect((await panelLayout(page)).panel.width).toBe(900);
    // At 390 px a bottom sheet as wide as the window, and the last paragraph still scrolls up above it.
    await page.setViewportSize({ width: 390, height: 844 });
    const sheet = await panelLayout(page);
    expect(sheet.panel.width).toBe(390);
    expect(sheet.panel.top).toBeGreaterThan(200);
    expect(sheet.lastBottom).toBeLessThanOrEqual(sheet.panel.top);
    expect(sheet.scrollWidth).toBe(390);
    await page.screenshot({ path: join(extensionDir, '..', 'cr-panel-390.png') });
    await page.close();
  });

  it('re-anchors on another mirror layout (PlusD) of the same cable', async () => {
    const body = readFileSync(join(corpusDir, 'cables', `${CABLE_ID}.txt`), 'utf8');
    const url = `https://wikileaks.org/plusd/cables/${CABLE_ID}_a.html`;
    browser.serve(
      url,
      plusdLayout({
        id: `${CABLE_ID}_a`,
        subject: 'ICELAND',
        date: '2008 Apr 24, 16:00 (Thursday)',
        classification: 'CONFIDENTIAL',
        from: 'Iceland Reykjavik',
        tags: ['PREL - External Political Relations'],
        header: '',
        body,
      }),
    );
    const page = await openCable(url);
    await expect.poll(async () => (await paintedTexts(page)).join('|')).toContain(sentence.trim());
    await page.close();
  });

  it('still anchors with one word changed, and is orphaned and listed when the paragraph is replaced', async () => {
    const words = sentence.trim().split(' ');
    const word = words.find((w) => /^[a-z]{5,}$/.test(w)) ?? '';
    expect(word).not.toBe('');
    const changedUrl = mirrorUrl.replace('https://wikileaks.org', 'https://wikileaks.ch');
    const at = html.indexOf(words.slice(0, 4).join(' '));
    const wordAt = html.indexOf(word, at);
    expect(at).toBeGreaterThan(0);
    browser.serve(changedUrl, `${html.slice(0, wordAt)}blurble${html.slice(wordAt + word.length)}`);
    const changed = await openCable(changedUrl);
    await expect.poll(async () => (await paintedTexts(changed)).join('|')).toContain('blurble');
    await changed.close();

    const replacedUrl = mirrorUrl.replace('https://wikileaks.org', 'https://cablegate.wikileaks.org');
    const first = words.slice(0, 4).join(' ');
    const start = html.indexOf(first);
    expect(start).toBeGreaterThan(0);
    const stop = html.indexOf('&#x000A;&#x000A;', start);
    browser.serve(
      replacedUrl,
      `${html.slice(0, start)}The delegation discussed fisheries quotas and a new coastal patrol agreement at length.${html.slice(stop)}`,
    );
    const replaced = await openCable(replacedUrl);
    await replaced.locator('cable-reader-view .cr-bar .cr-tool-notes').click();
    const panel = await panelFrame(replaced);
    await panel.getByRole('heading', { name: 'Not found in this copy' }).waitFor();
    expect(await panel.locator('.np-quote').allTextContents()).toContain(sentence.trim());
    expect(await paintedTexts(replaced)).toEqual([]);
    await replaced.close();
  });

  it('finds a phrase of paragraph 7 in the library and opens the saved copy there', async () => {
    const { page } = await browser.open(browser.extensionUrl('library.html'));
    await page.getByRole('table').waitFor();
    await page.screenshot({ path: join(extensionDir, '..', 'cr-library-1280.png') });
    await page.getByRole('searchbox').fill('universally lauded');
    const hit = page.locator('.lib-hit', { hasText: '¶ 7' }).first();
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['universally', 'lauded']);
    await page.screenshot({ path: join(extensionDir, '..', 'cr-library-search-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(extensionDir, '..', 'cr-library-search-390.png') });
    await hit.locator('.lib-hit-title').click();
    await page.waitForURL(/library\.html\?cable=08REYKJAVIK195#par7$/);
    await expect
      .poll(() => page.evaluate(() => document.getElementById('par7')?.getBoundingClientRect().top ?? -1))
      .toBeLessThan(60);
    await page.close();
  });

  it('exports Web Annotations that import back equal', async () => {
    const exported = (await browser.request('annotation.export')) as { text: string };
    const before = JSON.parse(exported.text);
    expect(before.first.items[0].target).toMatchObject({ 'cable:id': CABLE_ID });
    expect(before.first.items[0].target.source).toMatch(
      /^https:\/\/[a-z.]*wikileaks\.(org|ch)\/.*08REYKJAVIK195/,
    );
    const [highlight] = (await browser.request('highlight.list', { cableId: CABLE_ID })) as {
      highlight: { id: string };
    }[];
    await browser.request('highlight.delete', { highlightId: highlight?.highlight.id ?? '' });
    const imported = (await browser.request('backup.import', { text: exported.text })) as {
      status: string;
      report: { highlights: { added: number } };
    };
    expect(imported.status).toBe('imported');
    expect(imported.report.highlights.added).toBe(1);
    const after = JSON.parse(((await browser.request('annotation.export')) as { text: string }).text);
    expect(after.first.items).toEqual(before.first.items);
  });
});
