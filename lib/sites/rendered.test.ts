import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { foreignSheet, sheet, styleRule, withSheets } from '../../tests/fixtures/cssom';
import { shownBy } from './elements';
import { renderedTest } from './rendered';

/**
 * A linkedom document standing for a browser tab: every element answers checkVisibility with false (and records
 * its text as asked), `.contents` computes to display: contents.
 */
function tab(html: string, sheets: object[]): { doc: Document; asked: string[] } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const asked: string[] = [];
  Object.assign(doc.documentElement, { checkVisibility: () => true });
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    Object.assign(el, {
      checkVisibility: () => {
        asked.push(el.textContent ?? '');
        return false;
      },
    });
  }
  Object.defineProperty(doc, 'defaultView', {
    value: {
      getComputedStyle: (el: Element) => ({
        display: el.classList.contains('contents') ? 'contents' : 'none',
      }),
    },
  });
  withSheets(doc, sheets);
  return { doc, asked };
}

// Each element named by its text: an id would be an attribute of its own.
const PAGE =
  '<p>bare</p><p class="a">classed</p><p class="promo">promo</p><details><p>inside</p></details>' +
  '<p style="color: red">styled</p><div popover>pop</div><div class="contents promo">wrap</div>';

function answers(doc: Document): Record<string, boolean | undefined> {
  const test = renderedTest(doc);
  const out: Record<string, boolean | undefined> = {};
  for (const el of Array.from(doc.body.querySelectorAll('p, div')))
    out[el.textContent ?? ''] = test?.(el, shownBy(el));
  return out;
}

describe('renderedTest', () => {
  it('is undefined for a document without layout (linkedom, the CLI)', () => {
    const doc = parseHTML('<html><body><p>x</p></body></html>').document as unknown as Document;
    expect(renderedTest(doc)).toBe(undefined);
  });

  it('asks the layout only about what a rule of the page, a <details>, an inline style or a popover may hide', () => {
    const { doc, asked } = tab(PAGE, [sheet([styleRule('.promo', { display: 'none' })])]);
    expect(answers(doc)).toEqual({
      bare: true,
      classed: true,
      promo: false,
      inside: false,
      styled: false,
      pop: false,
      // display: contents has no box of its own, yet shows what it holds.
      wrap: true,
    });
    expect(asked.sort()).toEqual(['inside', 'pop', 'promo', 'styled', 'wrap']);
  });

  it('asks about every element with attributes when the rules cannot be read (another origin’s sheet)', () => {
    const { doc, asked } = tab(PAGE, [foreignSheet()]);
    expect(answers(doc)).toMatchObject({ bare: true, classed: false, inside: false, wrap: true });
    expect(asked.sort()).toEqual(['classed', 'inside', 'pop', 'promo', 'styled', 'wrap']);
  });
});
