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
import { canDrawFirstScreen, drawFirstScreen, FIRST_SCREEN_ATTR, firstScreenSections } from './first-screen';

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

describe('drawFirstScreen', () => {
  it('shows the card, the markings and the first paragraphs with the text the view shows there', () => {
    const doc = sampleDoc();
    const first = container();
    drawFirstScreen(first, doc, { settings: DEFAULT_SETTINGS, actionSlots: 4 });
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
    drawFirstScreen(first, doc, { settings, actionSlots: 2 });
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
    drawFirstScreen(first, doc, { settings: DEFAULT_SETTINGS, actionSlots: 2 });
    const drawn = [...first.querySelectorAll<HTMLElement>('[data-para]')].map((p) => p.dataset.para);
    expect(drawn.length).toBe(firstScreenSections(doc));
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThan(30);
    const kept = first.querySelector(`#par${drawn.length}`);

    render(view(doc, DEFAULT_SETTINGS, firstScreenSections(doc)), first);
    expect([...first.querySelectorAll<HTMLElement>('[data-para]')].map((p) => p.dataset.para)).toEqual(drawn);
    expect(first.querySelector(`#par${drawn.length}`)).toBe(kept);
  });

  it('writes the page text as text, never as markup', () => {
    const doc = cable([block({ key: '1', text: 'Bold <img src=x onerror=alert(1)> claim.', marking: 'S' })], {
      subject: '<b>Subject</b>',
    });
    const first = container();
    drawFirstScreen(first, doc, { settings: DEFAULT_SETTINGS, actionSlots: 2 });
    expect(first.querySelector('img, b')).toBeNull();
    expect(first.querySelector('.cr-lead')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(first.querySelector('.cr-subject')?.textContent).toBe('<b>Subject</b>');
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
