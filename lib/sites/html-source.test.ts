import { describe, expect, it } from 'vitest';
import { decodeEntities, flatText, nextTag, readFlat } from './html-source';

describe('decodeEntities', () => {
  it('decodes numeric references and the common names', () => {
    expect(decodeEntities('A&#x000A;B&#65;&amp;&lt;x&gt;&quot;&apos;&nbsp;')).toBe('A\nBA&<x>"\'\u00a0');
  });

  it('keeps a bare & that starts no entity, as the parser does (`R&D`, `& co`)', () => {
    expect(decodeEntities('R&D & co &the end&')).toBe('R&D & co &the end&');
  });

  it('answers null where the parser may decode what this reader does not know', () => {
    expect(decodeEntities('&hellip;')).toBeNull();
    expect(decodeEntities('&notice')).toBeNull(); // `&not` is decoded without its `;`
    expect(decodeEntities('&#0;')).toBeNull(); // replaced by U+FFFD
    expect(decodeEntities('&#x93;')).toBeNull(); // a C1 control, read as Windows-1252
    expect(decodeEntities('&#65')).toBeNull();
  });
});

describe('readFlat', () => {
  it('splits text, links and line breaks, attributes decoded', () => {
    expect(readFlat('a <a id=\'p1\' href="/tag/X_0.html?a=1&amp;b=2">X</a><br />b')).toEqual([
      { kind: 'text', text: 'a ' },
      {
        kind: 'link',
        text: 'X',
        link: new Map([
          ['id', 'p1'],
          ['href', '/tag/X_0.html?a=1&b=2'],
        ]),
      },
      { kind: 'br' },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('reads a `<` before no tag as text (`<<4321`, `a < b`)', () => {
    expect(flatText('x <<4321 a < b')).toBe('x <<4321 a < b');
    expect(nextTag('a < b <i>', 0)).toBe(6);
  });

  it('answers null for any other markup, a link holding markup or an unclosed link', () => {
    expect(readFlat('a <b>bold</b>')).toBeNull();
    expect(readFlat('<a href="#x"><b>x</b></a>')).toBeNull();
    expect(readFlat('<a href="#x">x')).toBeNull();
    expect(readFlat('a <!-- note --> b')).toBeNull();
    expect(readFlat("<a href='a>b'>x</a>")).toBeNull();
  });
});
