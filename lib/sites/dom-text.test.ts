import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domText } from './dom-text';

function root(html: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root') as unknown as Element;
}
const text = (html: string, options = {}) => domText(root(html), options).text;

describe('domText line structure', () => {
  it('ends a line at each block and <br>, and leaves a blank line between <p>s', () => {
    expect(text('<p>one<br>two</p><p>three</p><div>four</div><div>five</div>')).toBe(
      'one\ntwo\n\nthree\n\nfour\nfive',
    );
  });

  it('keeps a blank line written as <div><br></div> and adds none for a <br> closing a block', () => {
    expect(text('<div>a<br></div><div><br></div><div>b</div>')).toBe('a\n\nb');
  });

  it('puts one table row per line and tabs between cells', () => {
    expect(text('<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>')).toBe('x\ty\nz');
  });

  it('keeps a <pre> exactly, dropping only the newline the HTML parser drops after <pre>', () => {
    expect(text('<pre>\nBANNER 001 \n \n1.  two  spaces\n   indented</pre>')).toBe(
      'BANNER 001 \n \n1.  two  spaces\n   indented',
    );
  });

  it('treats source newlines outside <pre> as one space, none at a line start or end', () => {
    expect(text('<p>\n  first\n  second  \n</p>\n<p>third <b>bold</b>\n<i>!</i></p>')).toBe(
      'first second\n\nthird bold !',
    );
  });

  it('keeps spaces written as spaces (two after a full stop, trailing ones)', () => {
    expect(text('<p>End.  Next line <br>follows</p>')).toBe('End.  Next line \nfollows');
  });

  it('reads white-space: pre containers literally', () => {
    expect(text('<div style="white-space: pre-line">a\n  b</div>')).toBe('a\n  b');
    expect(text('<div>a\n  b</div>', { pre: true })).toBe('a\n  b');
  });

  it('leaves out scripts, styles, nav, hidden and aria-hidden elements, and skip() matches', () => {
    const html =
      '<script>x()</script><style>.a{}</style><nav>menu</nav><p hidden>h</p><p aria-hidden="true">a</p>' +
      '<p style="color: red; display: none">n</p><p class="chrome">c</p><p>kept</p>';
    expect(text(html, { skip: (el: Element) => el.classList.contains('chrome') })).toBe('kept');
  });

  it('drops the site ¶ of paragraph links and keeps a label the link carries', () => {
    expect(text("<pre><a id='par1' href='#par1'>\u00b6</a>1. (C) text</pre>")).toBe('1. (C) text');
    expect(text('<pre><a id="para-7-2" href="#para-7-2">&para;2.</a> (S) text</pre>')).toBe('2. (S) text');
    expect(text('<p><a href="/x">not a mark</a></p>')).toBe('not a mark');
  });

  it('stops at the character and node budgets and says so', () => {
    const long = `<p>${'word '.repeat(1000)}</p>`.repeat(10);
    const capped = domText(root(long), { maxChars: 6000 });
    expect(capped.truncated).toBe(true);
    expect(capped.text.length).toBeLessThan(12_000);
    expect(domText(root('<p>a</p><p>b</p><p>c</p>'), { maxNodes: 3 }).truncated).toBe(true);
    expect(domText(root('<p>a</p>')).truncated).toBe(false);
  });

  it('records where each element’s text lies', () => {
    const el = root('<div id="a">alpha</div><div id="b">beta<br>gamma</div>');
    const result = domText(el, { ranges: true });
    const b = el.querySelector('#b') as Element;
    const range = result.ranges?.get(b);
    expect(range && result.text.slice(range.start, range.end).trim()).toBe('beta\ngamma');
  });

  it('counts the characters of each element’s range that lie inside links', () => {
    const el = root(
      '<div id="a"><a href="/">Home</a> | <a href="/x">About <b>us</b></a></div><p id="b">no links</p>',
    );
    const result = domText(el, { ranges: true });
    const a = result.ranges?.get(el.querySelector('#a') as Element);
    expect(a?.linked).toBe('Home'.length + 'About us'.length);
    expect(result.ranges?.get(el.querySelector('#b') as Element)?.linked).toBe(0);
  });

  it('makes each whitespace run holding a line break one space, and keeps long runs of plain spaces', () => {
    expect(text(`<p>a${' '.repeat(5)}\t${' '.repeat(5)}b</p>`)).toBe('a b');
    // Two runs of 200,000 spaces: a pattern searching each run for a break would not finish (quadratic).
    const spaces = ' '.repeat(200_000);
    expect(text(`<p>a${spaces}b${spaces}\nc</p>`)).toBe(`a${spaces}b c`);
  });

  it('never changes the DOM', () => {
    const el = root('<p>one<br>two</p><pre>\nx</pre><script>s</script>');
    const before = el.outerHTML;
    domText(el, { ranges: true });
    expect(el.outerHTML).toBe(before);
  });

  it('walks deep nesting without recursion limits', () => {
    const deep = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
    expect(text(deep)).toBe('deep');
  });
});

describe('domText: ordered lists and the page’s own hiding', () => {
  it('writes an <ol> item’s number before its first text, from start and value', () => {
    const text = domText(
      root(
        '<ol start="4"><li>\n<p>(C) Four.</p>\n</li><li><p>(C) Five.</p></li><li value="9">Nine.</li></ol><ul><li>Dot.</li></ul>',
      ),
    ).text;
    expect(text).toBe('4. (C) Four.\n\n5. (C) Five.\n\n9. Nine.\nDot.');
  });

  it('leaves out what `rendered` says is not shown, and keeps what `preformatted` says is', () => {
    const r = root('<p class="x">hidden</p><div class="pre">a\n  b</div>');
    const text = domText(r, {
      rendered: (el) => !el.classList.contains('x'),
      preformatted: (el) => el.classList.contains('pre'),
    }).text;
    expect(text).toBe('a\n  b');
  });
});
