import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  foreignSheet,
  importRule,
  keyframesRule,
  mediaRule,
  scopeRule,
  sheet,
  styleRule,
  withSheets,
} from '../../tests/fixtures/cssom';
import { hidingSelectors } from './rendered-rules';

function docWith(sheets: object[]): Document {
  const doc = parseHTML('<html><body><p>x</p></body></html>').document as unknown as Document;
  withSheets(doc, sheets);
  return doc;
}

describe('hidingSelectors', () => {
  it('reads the rules that may hide, in @media blocks and imported sheets too', () => {
    const doc = docWith([
      sheet([
        styleRule('.promo', { display: 'none' }),
        styleRule('p', { display: 'block' }),
        mediaRule([styleRule('.wide-only', { visibility: 'hidden' })]),
        importRule(sheet([styleRule('#later', { display: 'var(--shown)' })])),
        importRule(null),
      ]),
      sheet([styleRule('.folded', { 'content-visibility': 'hidden' })]),
    ]);
    expect(hidingSelectors(doc)).toEqual(['.promo', '.wide-only', '#later', ':is(.folded) *']);
  });

  it('is null when some rules cannot be read or written as page-wide selectors', () => {
    const nested = styleRule('.card', {}, [styleRule('& .body', { display: 'none' })]);
    for (const sheets of [
      [foreignSheet()],
      [sheet([nested])],
      [sheet([scopeRule([styleRule('.body', { display: 'none' })])])],
      [sheet([keyframesRule({ display: 'none' })])],
      [sheet(Array.from({ length: 5001 }, () => styleRule('p', { display: 'block' })))],
      [sheet(Array.from({ length: 17 }, (_, i) => styleRule(`.h${i}`, { display: 'none' })))],
    ])
      expect(hidingSelectors(docWith(sheets))).toBe(null);
  });

  it('leaves out rules that hide pseudo-elements only, which hold no text of the page', () => {
    const rules = Array.from({ length: 20 }, (_, i) =>
      styleRule(`.bar${i}::-webkit-scrollbar`, { display: 'none' }),
    );
    const doc = docWith([sheet([...rules, styleRule('.a::before, .promo', { display: 'none' })])]);
    expect(hidingSelectors(doc)).toEqual(['.a::before, .promo']);
  });

  it('takes nested rules that hide nothing, and no sheets at all', () => {
    const nested = styleRule('.card', {}, [styleRule('& .body', { display: 'block' })]);
    expect(hidingSelectors(docWith([sheet([nested, keyframesRule({ display: 'block' })])]))).toEqual([]);
    expect(hidingSelectors(docWith([]))).toEqual([]);
  });
});
