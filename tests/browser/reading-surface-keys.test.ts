// The clean view's keyboard and citations in Chromium on a corpus page at its mirror URL: every shortcut (j k g o
// b n c t ?) does what the help says, none fires while typing in a field or on the mirror page while the original
// shows; each citation style from the paragraph menu is read back (BibTeX and RIS by tests/fixtures' parsers,
// CSL-JSON against the schema's shape) with the paragraph's #parN link, today's access date and the selection.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchPage, corpusPages } from '../bench/browser/pages';
import { hasCorpus } from '../corpus';
import { cslProblems, parseBibtex, parseRis } from '../fixtures/citation-formats';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { readingEdge, toggleButton, waitForComplete, waitForOutcome } from './view';

const skip = browserSkipReason('reading-surface keys') ?? (hasCorpus() ? null : 'no corpus');
// 58 paragraphs, all (C), ten teletype pages: room to move, one marking to cite.
const ID = '06MOSCOW5645';
const cablePage: BenchPage | undefined = skip ? undefined : corpusPages().find((p) => p.id === ID);

function inView<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(
    `(${fn.toString()})(document.querySelector('cable-reader-view').shadowRoot)`,
  ) as Promise<T>;
}

/** The label of the paragraph that has focus in the view, or null. */
const focusedPara = (page: Page) =>
  inView(
    page,
    (r) => (r.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-para]')?.dataset.para ?? null,
  );

/** Every paragraph label in the view, in order. */
const labels = (page: Page) =>
  inView(page, (r) =>
    [...r.querySelectorAll<HTMLElement>('[data-para]')].map((p) => p.dataset.para as string),
  );

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Today in the browser's time zone, as the citations write the access date. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  });

const pad = (n: number) => String(n).padStart(2, '0');

describe.skipIf(skip)('the clean view’s shortcuts and citations, in Chromium', () => {
  let browser: ExtensionBrowser;
  const p = () => cablePage as BenchPage;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://wikileaks.org',
    });
    browser.serve(p().mirrorUrl, p().html);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<Page> {
    const { page } = await browser.open(p().mirrorUrl);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.bringToFront();
    expect(await waitForOutcome(page)).toBe('ready');
    await waitForComplete(page);
    return page;
  }

  it('j and k move to the next and previous paragraph, landing under the bar', async () => {
    const page = await open();
    try {
      const order = await labels(page);
      await page.keyboard.press('j');
      await expect.poll(() => focusedPara(page)).not.toBeNull();
      const first = order.indexOf((await focusedPara(page)) as string);
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await expect.poll(() => focusedPara(page)).toBe(order[first + 2]);
      await page.keyboard.press('k');
      await expect.poll(() => focusedPara(page)).toBe(order[first + 1]);
      const top = await inView(page, (r) => (r.activeElement as HTMLElement).getBoundingClientRect().top);
      const edge = await readingEdge(page);
      expect(top).toBeGreaterThanOrEqual(edge - 2);
      expect(top).toBeLessThan(edge + 40);
    } finally {
      await page.close();
    }
  });

  it('the bar names the paragraph being read: the one landed on, and the next once only a line of the last is left', async () => {
    const page = await open();
    try {
      const barPara = () =>
        inView(page, (r) => r.querySelector('.cr-bar-para [aria-hidden]')?.firstChild?.textContent ?? null);
      const order = await labels(page);
      for (const _ of [1, 2, 3]) await page.keyboard.press('j');
      const landed = (await focusedPara(page)) as string;
      await expect.poll(barPara).toBe(`¶ ${landed}`);
      // Scroll until one line of the landed paragraph is left under the bar: the reader is on the next one.
      await inView(page, (r) => {
        const el = r.activeElement as HTMLElement;
        const bar = (r.querySelector('.cr-bar') as HTMLElement).getBoundingClientRect().bottom;
        const line = Number.parseFloat(getComputedStyle(el).lineHeight);
        window.scrollBy(0, el.getBoundingClientRect().bottom - bar - line);
      });
      const next = order[order.indexOf(landed) + 1];
      await expect.poll(barPara).toBe(`¶ ${next}`);
      // Three lines of it left: still that paragraph.
      await inView(page, (r) => {
        const line = Number.parseFloat(getComputedStyle(r.activeElement as HTMLElement).lineHeight);
        window.scrollBy(0, -2 * line);
      });
      await expect.poll(barPara).toBe(`¶ ${landed}`);
    } finally {
      await page.close();
    }
  });

  it('o shows and hides the outline; g opens it with the focus in "go to", where letters are typed, not obeyed', async () => {
    const page = await open();
    try {
      const outline = page.getByRole('navigation', { name: 'Outline' });
      await page.keyboard.press('o');
      await outline.waitFor();
      await page.keyboard.press('o');
      await outline.waitFor({ state: 'detached' });
      await page.keyboard.press('g');
      await outline.waitFor();
      await expect
        .poll(() => inView(page, (r) => (r.activeElement as HTMLElement | null)?.id))
        .toBe('cr-goto-input');
      // Each of these is a shortcut anywhere else in the view.
      await page.keyboard.type('jkgobnct?');
      expect(await inView(page, (r) => (r.activeElement as HTMLInputElement).value)).toBe('jkgobnct?');
      expect(await page.getByRole('dialog').count(), 'no help overlay').toBe(0);
      await expect(toggleButton(page, 'Original page').isVisible()).resolves.toBe(true);
      expect(await outline.isVisible()).toBe(true);
      expect(await page.frames().some((f) => f.url().includes('notes-panel.html'))).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('? lists every shortcut in a dialog that Escape closes', async () => {
    const page = await open();
    try {
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const keys = await inView(page, (r) =>
        [...r.querySelectorAll('.cr-dialog kbd')].map((k) => k.textContent),
      );
      expect(keys).toEqual(expect.arrayContaining(['j', 'k', 'g', 'o', 'b', 'n', 'c', 't', '?']));
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
  });

  it('b bookmarks the current paragraph and b again takes the bookmark off', async () => {
    const page = await open();
    try {
      await page.keyboard.press('j');
      await expect.poll(() => focusedPara(page)).not.toBeNull();
      const label = (await focusedPara(page)) as string;
      const toggle = page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('b');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('b');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    } finally {
      await page.close();
    }
  });

  it('n opens the notes panel beside the text', async () => {
    const page = await open();
    try {
      await page.keyboard.press('j');
      await page.keyboard.press('n');
      await expect
        .poll(() => page.frames().some((f) => f.url().includes('notes-panel.html')), { timeout: 10_000 })
        .toBe(true);
    } finally {
      await page.close();
    }
  });

  it('c copies the current paragraph’s citation in the style last picked, with the selection quoted', async () => {
    const page = await open();
    try {
      await page.keyboard.press('j');
      await expect.poll(() => focusedPara(page)).not.toBeNull();
      const label = (await focusedPara(page)) as string;
      await page.keyboard.press('c');
      await expect.poll(() => clipboard(page)).toBe(`${ID}, para. ${label} (C)`);
      // A menu pick makes its style the one `c` uses.
      await page.locator(`cable-reader-view [data-para="${label}"]`).hover();
      await page.getByRole('button', { name: `Copy citation of paragraph ${label}`, exact: true }).click();
      await page.getByRole('menuitem', { name: 'RIS' }).click();
      await expect.poll(async () => (await clipboard(page)).startsWith('TY  - ')).toBe(true);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      const quote = await selectWords(page, label);
      await page.keyboard.press('c');
      await expect.poll(() => clipboard(page)).not.toBe('');
      const tags = parseRis(await clipboard(page));
      expect(tags.get('AB')).toEqual([quote]);
      expect(tags.get('UR')?.[0]).toMatch(new RegExp(`#par${label}$`));
    } finally {
      await page.close();
    }
  });

  it('t shows the original, and on the original no shortcut fires: the page is the mirror’s', async () => {
    const page = await open();
    try {
      await page.keyboard.press('t');
      await toggleButton(page, 'Clean view').waitFor();
      await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
      const scroll = await page.evaluate(() => window.scrollY);
      for (const key of ['j', 'k', 'g', 'o', 'b', 'n', 'c', 't', '?']) await page.keyboard.press(key);
      await page.waitForTimeout(300);
      expect(await toggleButton(page, 'Clean view').isVisible(), 'still the original').toBe(true);
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.getByRole('navigation', { name: 'Outline' }).count()).toBe(0);
      expect(await clipboard(page)).toBe('unchanged');
      expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
      expect(await page.frames().some((f) => f.url().includes('notes-panel.html'))).toBe(false);
      await toggleButton(page, 'Clean view').click();
      await toggleButton(page, 'Original page').waitFor();
    } finally {
      await page.close();
    }
  });

  describe('the citation menu', () => {
    /** Opens paragraph `label`'s citation menu, picks `style` and reads what it put on the clipboard. */
    async function citeAs(page: Page, label: string, style: string): Promise<string> {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.locator(`cable-reader-view [data-para="${label}"]`).hover();
      await page.getByRole('button', { name: `Copy citation of paragraph ${label}`, exact: true }).click();
      await page.getByRole('menuitem', { name: style, exact: true }).click();
      await expect.poll(() => clipboard(page)).not.toBe('');
      return clipboard(page);
    }

    it('gives each style with the paragraph’s link and today’s access date, read back where a format has a reader', async () => {
      const page = await open();
      try {
        const label = '5';
        const link = `${p().mirrorUrl}#par${label}`;
        const day = await today(page);
        const iso = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
        const long = await page.evaluate(
          ({ year, month, day }) =>
            new Date(year, month - 1, day).toLocaleDateString('en-US', {
              month: 'long',
              day: 'numeric',
              year: 'numeric',
            }),
          day,
        );

        expect(await citeAs(page, label, 'Short')).toBe(`${ID}, para. ${label} (C)`);
        const full = await citeAs(page, label, 'One line with link');
        expect(full).toContain(`cable ${ID}`);
        expect(full.endsWith(`para. ${label} (C), ${link}`)).toBe(true);
        expect(await citeAs(page, label, 'Chicago note')).toContain(`${link} (accessed ${long}).`);
        expect(await citeAs(page, label, 'APA')).toContain(`Retrieved ${long}, from ${link}`);

        const bib = parseBibtex(await citeAs(page, label, 'BibTeX'));
        expect(bib.type).toBe('misc');
        expect(bib.fields).toMatchObject({
          number: ID,
          pages: `para. ${label} (C)`,
          url: link,
          urldate: iso,
          note: 'Classification: CONFIDENTIAL',
        });

        const ris = parseRis(await citeAs(page, label, 'RIS'));
        expect(ris.get('TY')).toEqual(['GOVDOC']);
        expect(ris.get('M1')).toEqual([ID]);
        expect(ris.get('UR')).toEqual([link]);
        expect(ris.get('Y2')).toEqual([`${day.year}/${pad(day.month)}/${pad(day.day)}`]);

        const csl = JSON.parse(await citeAs(page, label, 'CSL-JSON'));
        expect(cslProblems(csl)).toEqual([]);
        expect(csl[0]).toMatchObject({
          number: ID,
          URL: link,
          section: `para. ${label} (C)`,
          accessed: { 'date-parts': [[day.year, day.month, day.day]] },
        });
      } finally {
        await page.close();
      }
    });

    it('quotes the selected text in every style that has room for it', async () => {
      const page = await open();
      try {
        const label = '6';
        const quote = await selectWords(page, label);
        expect(quote.split(' ').length).toBeGreaterThan(3);
        expect(await citeAs(page, label, 'Short')).toBe(`"${quote}" (${ID}, para. ${label} (C))`);
        expect((await citeAs(page, label, 'Chicago note')).startsWith(`“${quote}” `)).toBe(true);
        expect(parseBibtex(await citeAs(page, label, 'BibTeX')).fields.annotation).toBe(quote);
        expect(parseRis(await citeAs(page, label, 'RIS')).get('AB')).toEqual([quote]);
        expect(JSON.parse(await citeAs(page, label, 'CSL-JSON'))[0].abstract).toBe(quote);
      } finally {
        await page.close();
      }
    });
  });
});

/**
 * Selects the first words of paragraph `label`'s text (after its badge) as a reader drags over them, and returns
 * them as the citation quotes them (whitespace collapsed).
 */
async function selectWords(page: Page, label: string): Promise<string> {
  return page.evaluate((l) => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    const lead = root?.querySelector(`[data-para="${CSS.escape(l)}"] .cr-lead`);
    if (!lead) throw new Error(`no paragraph ${l} in the view`);
    const walker = document.createTreeWalker(lead, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('.cr-badge') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const text = walker.nextNode() as Text;
    const end = text.data.split(' ').slice(0, 6).join(' ').length;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, end);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    return text.data.slice(0, end).replace(/\s+/g, ' ').trim();
  }, label);
}
