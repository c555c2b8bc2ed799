// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderRoot } from '../../components/ReaderRoot';
import { parseCable } from '../../lib/cable/index';
import type { CableDocument } from '../../lib/cable/types';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../lib/settings/settings';
import { extractCable } from '../../lib/sites/index';
import { block, cable } from '../../tests/fixtures/documents';
import { cablegateLayout } from '../../tests/fixtures/layouts';
import { SAMPLE_CABLEGATE_PAGE } from '../../tests/fixtures/sample-cable';
import {
  canDrawFirstScreen,
  drawFirstScreen,
  FIRST_SCREEN_ATTR,
  firstScreenChars,
  firstScreenSections,
} from './first-screen';

const URL_ = 'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html';

function sampleDoc(): CableDocument {
  const page = new DOMParser().parseFromString(cablegateLayout(SAMPLE_CABLEGATE_PAGE), 'text/html');
  const raw = extractCable(page, new URL(URL_));
  if (!raw) throw new Error('the sample page holds no cable');
  return parseCable(raw);
}

function view(doc: CableDocument, settings: ReadingSettings, firstSections?: number) {
  return h(ReaderRoot, {
    firstSections,
    doc,
    pageUrl: URL_,
    mode: 'clean',
    settings,
    onToggle: () => undefined,
    onSettingsChange: () => undefined,
    copy: async () => true,
    progressive: true,
  });
}

/** The text a reader sees in `el`: without the words kept for screen readers only. */
function seen(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const sr of copy.querySelectorAll('.cr-sr, [hidden]')) sr.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The DOM as a string with each element's attributes in name order (their order means nothing). */
function canonical(node: Node): string {
  if (!(node instanceof Element)) return node.textContent ?? '';
  const attrs = [...node.attributes]
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${node.localName} ${attrs}>${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
}

const containers: HTMLElement[] = [];
function container(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  containers.push(el);
  return el;
}

afterEach(() => {
  for (const el of containers.splice(0)) {
    render(null, el);
    el.remove();
  }
});

/** The sections a 1280 x 900 window's first screen draws of `doc`. */
function desktopSections(doc: CableDocument, settings: ReadingSettings = DEFAULT_SETTINGS): number {
  return firstScreenSections(doc, firstScreenChars({ width: 1280, height: 900 }, settings));
}

describe('drawFirstScreen', () => {
  it('shows the card, the markings and the first paragraphs with the text the view shows there', () => {
    const doc = sampleDoc();
    const first = container();
    drawFirstScreen(first, doc, {
      settings: DEFAULT_SETTINGS,
      actionSlots: 4,
      sections: desktopSections(doc),
    });
    const full = container();
    render(view(doc, DEFAULT_SETTINGS), full);

    for (const part of ['.cr-bar-what', '.cr-card', '.cr-toolbar']) {
      const drawn = first.querySelector(part);
      const shown = full.querySelector(part);
      if (!drawn || !shown) throw new Error(`${part} is missing`);
      expect(seen(drawn), part).toBe(seen(shown));
    }
    const paragraphs = [...first.querySelectorAll<HTMLElement>('[data-para]')];
    expect(paragraphs.map((p) => p.dataset.para)).toEqual(['1', '2', '3', '4']);
    for (const para of paragraphs) {
      const shown = full.querySelector(`#${para.id} .cr-para-body`);
      const drawn = para.querySelector('.cr-para-body');
      if (!shown || !drawn) throw new Error(`paragraph ${para.id} is missing`);
      expect(seen(drawn)).toBe(seen(shown));
      expect(para.querySelectorAll('.cr-action')).toHaveLength(4);
    }
  });

  it('is taken over by the view in place: the same DOM as a fresh render, the nodes kept', () => {
    const doc = sampleDoc();
    const settings = { ...DEFAULT_SETTINGS, theme: 'sepia' as const, fontSize: 21 };
    const first = container();
    drawFirstScreen(first, doc, { settings, actionSlots: 2, sections: desktopSections(doc, settings) });
    const kept = [
      '.cr-root',
      '.cr-bar',
      '.cr-card',
      '.cr-subject',
      '.cr-toolbar',
      '#par2',
      '#par2 .cr-lead',
    ].map((selector) => [selector, first.querySelector(selector)] as const);
    expect(first.querySelector(`[${FIRST_SCREEN_ATTR}]`)).not.toBeNull();

    render(view(doc, settings), first);
    const fresh = container();
    render(view(doc, settings), fresh);

    expect(canonical(first)).toBe(canonical(fresh));
    expect(first.querySelector(`[${FIRST_SCREEN_ATTR}]`)).toBeNull();
    for (const [selector, node] of kept) expect(first.querySelector(selector), selector).toBe(node);
  });

  it('on a long cable, is taken over by a first render of the sections it drew, the rest left to the slices', () => {
    const text =
      'The minister said the concession would be tendered again before the end of the year. '.repeat(8);
    const doc = cable(Array.from({ length: 30 }, (_, i) => block({ key: String(i + 1), text })));
    const first = container();
    drawFirstScreen(first, doc, {
      settings: DEFAULT_SETTINGS,
      actionSlots: 2,
      sections: desktopSections(doc),
    });
    const drawn = [...first.querySelectorAll<HTMLElement>('[data-para]')].map((p) => p.dataset.para);
    expect(drawn.length).toBe(desktopSections(doc));
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThan(30);
    const kept = first.querySelector(`#par${drawn.length}`);

    render(view(doc, DEFAULT_SETTINGS, desktopSections(doc)), first);
    expect([...first.querySelectorAll<HTMLElement>('[data-para]')].map((p) => p.dataset.para)).toEqual(drawn);
    expect(first.querySelector(`#par${drawn.length}`)).toBe(kept);
  });

  it('writes the page text as text, never as markup', () => {
    const doc = cable([block({ key: '1', text: 'Bold <img src=x onerror=alert(1)> claim.', marking: 'S' })], {
      subject: '<b>Subject</b>',
    });
    const first = container();
    drawFirstScreen(first, doc, {
      settings: DEFAULT_SETTINGS,
      actionSlots: 2,
      sections: desktopSections(doc),
    });
    expect(first.querySelector('img, b')).toBeNull();
    expect(first.querySelector('.cr-lead')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(first.querySelector('.cr-subject')?.textContent).toBe('<b>Subject</b>');
  });
});

describe('firstScreenChars', () => {
  const at = (width: number, height: number, settings: ReadingSettings = DEFAULT_SETTINGS) =>
    firstScreenChars({ width, height }, settings);

  it("holds what the window would at the reader's size, line height and line width", () => {
    // 900 px of 18 px lines at 1.62: 30.9 lines of the 72 characters a 1280 px window has room for.
    expect(at(1280, 900)).toBe(Math.ceil((900 / (18 * 1.62)) * 72));
    expect(at(390, 844)).toBeLessThan(at(1280, 900));
    expect(at(1280, 1440)).toBeGreaterThan(at(1280, 900));
    // Past the line width, a wider window holds no more text in its column.
    expect(at(2560, 900)).toBe(at(1280, 900));
    expect(at(1280, 900, { ...DEFAULT_SETTINGS, fontSize: 24 })).toBeLessThan(at(1280, 900));
    expect(at(1280, 900, { ...DEFAULT_SETTINGS, lineWidth: 100 })).toBeGreaterThan(at(1280, 900));
  });
});

describe('firstScreenSections', () => {
  const text = 'The port authority has not published the tender documents, and two bidders withdrew. '.repeat(
    4,
  );
  const doc = cable(Array.from({ length: 20 }, (_, i) => block({ key: String(i + 1), text })));

  it('draws through the section that reaches the budget, and always the first', () => {
    expect(firstScreenSections(doc, text.length * 3)).toBe(3);
    expect(firstScreenSections(doc, text.length * 3 + 1)).toBe(4);
    expect(firstScreenSections(doc, 0)).toBe(1);
    expect(firstScreenSections(doc, text.length * 100)).toBe(20);
  });
});

describe('canDrawFirstScreen', () => {
  it('draws the common case: details behind their control, the text as written', () => {
    expect(canDrawFirstScreen(sampleDoc(), DEFAULT_SETTINGS)).toBe(true);
    expect(canDrawFirstScreen(cable([block({ key: '1' })]), DEFAULT_SETTINGS)).toBe(true);
  });

  it('leaves to the view a card whose few details show open, and sentence case', () => {
    const open = cable([block({ key: '1' })], { to: ['SECSTATE WASHDC'] });
    expect(canDrawFirstScreen(open, DEFAULT_SETTINGS)).toBe(false);
    const caps = cable([
      block({
        key: '1',
        text: 'THE MINISTER SAID NOTHING NEW TODAY ABOUT THE HARBOUR CONCESSION OR THE TENDER.',
      }),
    ]);
    expect(canDrawFirstScreen(caps, { ...DEFAULT_SETTINGS, sentenceCase: true })).toBe(false);
    expect(canDrawFirstScreen(caps, DEFAULT_SETTINGS)).toBe(true);
  });
});
