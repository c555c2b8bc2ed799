// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanCopy } from './clean-copy';

// The view's shape in miniature: gutter with number and controls, lead with badge, a sub-paragraph and a list.
const VIEW = `
<div class="cr-para" data-key="5">
  <div class="cr-gutter"><a class="cr-num" data-copy="5. ">5.</a><div data-copy-skip><button>Copy link</button></div></div>
  <div class="cr-para-body"><span class="cr-caption" data-copy-skip>Summary</span>
    <p class="cr-lead"><span class="cr-badge" data-copy="(S/NF) "><span aria-hidden="true">S//NF</span><span class="cr-sr">Secret, NOFORN</span></span>ASD Vershbow said so.</p>
    <p class="cr-page-marker" data-copy-skip>page 2 of 3</p>
    <div class="cr-sub" data-key="5.a"><span data-copy="A. ">A.</span>First point.</div>
    <ul><li data-key="5-l1" data-copy-lead="-- ">A dash item.</li></ul>
  </div>
</div>
<div class="cr-para" data-key="6">
  <div class="cr-gutter"><a class="cr-num" data-copy="6. ">6.</a></div>
  <div class="cr-para-body"><p class="cr-lead"><span class="cr-badge" data-copy="(C) "><span aria-hidden="true">C</span><span class="cr-sr">Confidential</span></span>Second <span class="cr-redacted"><span aria-hidden="true">XXXX</span><span class="cr-sr">[redacted]</span></span> text.</p></div>
</div>`;

function setUp(): HTMLElement {
  document.body.innerHTML = `<main>${VIEW}</main>`;
  return document.querySelector('main') as HTMLElement;
}

describe('cleanCopy', () => {
  it('copies two whole paragraphs as the cable wrote them, a blank line between blocks', () => {
    const main = setUp();
    const range = document.createRange();
    range.selectNodeContents(main);
    const copy = cleanCopy(range);
    expect(copy.text).toBe(
      '5. (S/NF) ASD Vershbow said so.\n\nA. First point.\n\n-- A dash item.\n\n6. (C) Second XXXX text.',
    );
    expect(copy.text).not.toMatch(/Secret|Confidential|Summary|page 2|Copy link|redacted|S\/\/NF/);
    expect(copy.html).toBe(
      '<p>5. (S/NF) ASD Vershbow said so.</p>\n<p>A. First point.</p>\n<p>-- A dash item.</p>\n<p>6. (C) Second XXXX text.</p>',
    );
  });

  it('copies part of a sentence as just that text', () => {
    setUp();
    const text = [...document.querySelectorAll('.cr-lead')][0]?.lastChild as Text;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 16);
    expect(cleanCopy(range).text).toBe('Vershbow sai');
  });

  it('starts mid-paragraph without the label and ends in the next one with it', () => {
    setUp();
    const [first, second] = [...document.querySelectorAll('.cr-lead')];
    const range = document.createRange();
    range.setStart(first?.lastChild as Text, 4);
    range.setEnd(second?.lastChild as Text, 5);
    expect(cleanCopy(range).text).toBe(
      'Vershbow said so.\n\nA. First point.\n\n-- A dash item.\n\n6. (C) Second XXXX text',
    );
  });

  it('copies text shown in sentence case as the cable sent it', () => {
    document.body.innerHTML =
      '<p data-key="1"><span data-copy-case="THE USG AGREED.">The USG agreed.</span></p>';
    const text = document.querySelector('span')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 14);
    expect(cleanCopy(range).text).toBe('USG AGREED');
  });

  it('escapes markup in the HTML flavour', () => {
    document.body.innerHTML = '<p data-key="1">A &lt;b&gt; &amp; "c"</p>';
    const range = document.createRange();
    range.selectNodeContents(document.body);
    expect(cleanCopy(range).html).toBe('<p>A &lt;b&gt; &amp; &quot;c&quot;</p>');
  });
});
