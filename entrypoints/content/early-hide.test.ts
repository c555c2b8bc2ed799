import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adaptersFor, extractCable, knownAdapters } from '../../lib/sites/index';
import { cablegateLayout, cablegatesearchLayout, plusdLayout } from '../../tests/fixtures/layouts';
import { parsedThrough } from '../../tests/fixtures/parsed-through';
import {
  SAMPLE_CABLEGATE_PAGE,
  SAMPLE_CABLEGATESEARCH_PAGE,
  SAMPLE_PLUSD_PAGE,
} from '../../tests/fixtures/sample-cable';
import { EARLY_LAYOUTS, earlyCss, earlyLayouts, hideEarly } from './early-hide';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

const pages = [
  [
    'cablegate',
    cablegateLayout(SAMPLE_CABLEGATE_PAGE),
    'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html',
  ],
  ['plusd', plusdLayout(SAMPLE_PLUSD_PAGE), 'https://wikileaks.org/plusd/cables/09ZEMBLA123_a.html'],
  [
    'cablegatesearch',
    cablegatesearchLayout(SAMPLE_CABLEGATESEARCH_PAGE),
    'https://cablegatesearch.net/cable.php?id=09ZEMBLA123',
  ],
] as const;

describe('EARLY_LAYOUTS', () => {
  it('has an entry for every known adapter', () => {
    expect(Object.keys(EARLY_LAYOUTS).sort()).toEqual(knownAdapters.map((a) => a.name).sort());
  });

  it.each(pages)(
    '%s: hides every element the adapter gives the view as the original',
    (name, html, address) => {
      const doc = docOf(html);
      const url = new URL(address);
      const raw = extractCable(doc, url);
      expect(raw?.site).toBe(name);
      const layout = EARLY_LAYOUTS[name];
      if (!raw || !layout) throw new Error(`no cable or no early layout for ${name}`);
      expect(raw.original.length).toBeGreaterThan(0);
      for (const el of raw.original) {
        const hidden = el.matches(layout.hide) || el.querySelector(layout.hide) !== null;
        expect(hidden, `${el.localName}.${el.className} is hidden early`).toBe(true);
      }
    },
  );
});

describe('EARLY_LAYOUTS textIn', () => {
  it.each(pages)(
    '%s: a page parsed only through its boxes reads as the whole page',
    (name, html, address) => {
      const url = new URL(address);
      const whole = extractCable(docOf(html), url);
      const layout = EARLY_LAYOUTS[name];
      const partial = docOf(html);
      if (!whole || !layout || !parsedThrough(partial, layout.textIn))
        throw new Error(`no boxes for ${name}`);
      const early = extractCable(partial, url);
      expect(early?.bodyText).toBe(whole.bodyText);
      expect(early?.headerText).toBe(whole.headerText);
      expect(early?.pageMeta).toEqual(whole.pageMeta);
    },
  );

  it.each(pages)('%s: a page cut inside its boxes is not read as whole', (name, html, address) => {
    const url = new URL(address);
    const whole = extractCable(docOf(html), url);
    const layout = EARLY_LAYOUTS[name];
    const partial = docOf(html);
    const box = layout?.textIn.map((s) => partial.querySelector(s)).at(-1);
    // The last text node of the box is what the parser appends last: without it the box is not done.
    const walker = partial.createTreeWalker(box as Node, 4);
    let last: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) last = n;
    last?.parentNode?.removeChild(last);
    expect(extractCable(partial, url)?.bodyText).not.toBe(whole?.bodyText);
  });
});

describe('earlyLayouts', () => {
  it('names the layouts of a cable address and none elsewhere', () => {
    const cable = new URL('https://wikileaks.org/cable/2009/03/09ZEMBLA123.html');
    expect(earlyLayouts(cable)).toEqual(adaptersFor(cable).map((a) => EARLY_LAYOUTS[a.name]));
    expect(earlyLayouts(new URL('https://wikileaks.org/reldate/2010-12-10_0.html'))).toEqual([]);
  });
});

describe('hideEarly', () => {
  it('adds one stylesheet on <html> before anything else and removes it again', () => {
    const doc = docOf('<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>');
    const layout = EARLY_LAYOUTS.cablegate;
    if (!layout) throw new Error('no cablegate layout');
    const remove = hideEarly(doc, [layout]);
    const style = doc.documentElement.firstElementChild;
    expect(style?.localName).toBe('style');
    expect(style?.textContent).toBe(earlyCss([layout]));
    expect(style?.textContent).toBe('div.pane.big pre{display:none!important}');
    remove?.();
    remove?.();
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.documentElement.firstElementChild?.localName).toBe('head');
  });

  it('does nothing where no layout is expected', () => {
    const doc = docOf('<html><head></head><body></body></html>');
    expect(hideEarly(doc, [])).toBeNull();
    expect(doc.querySelector('style')).toBeNull();
  });
});
