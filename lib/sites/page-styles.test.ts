import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { preformattedByStyle } from './page-styles';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('preformattedByStyle', () => {
  it('finds class, id, tag and combined rules that keep white space, inside @media too', () => {
    const doc = docOf(`<html><head><style>
/* the text */ .cable-raw { white-space: pre-wrap; } #t { color: red; white-space:pre-line }
@media screen { div.kept { white-space: pre } } p { margin: 0 }
</style></head><body><div class="cable-raw a"></div><div id="t"></div><div class="kept"></div><span class="kept"></span><p></p></body></html>`);
    const test = preformattedByStyle(doc);
    expect(test).toBeDefined();
    const els = Array.from(doc.querySelectorAll('body *'));
    expect(els.map((el) => test?.(el))).toEqual([true, true, true, false, false]);
  });

  it('is undefined when no rule keeps white space, and leaves compound selectors to the browser', () => {
    expect(
      preformattedByStyle(docOf('<html><head><style>p{margin:0}</style></head><body></body></html>')),
    ).toBe(undefined);
    const doc = docOf('<html><head><style>#a > div { white-space: pre }</style></head><body></body></html>');
    expect(preformattedByStyle(doc)).toBe(undefined);
  });

  it('reads a huge sheet without braces in linear time', () => {
    const doc = docOf(`<html><head><style>${'a'.repeat(500_000)}</style></head><body></body></html>`);
    expect(preformattedByStyle(doc)).toBe(undefined);
  });
});
