import { describe, expect, it } from 'vitest';
import { inputKind } from './input-kind';

describe('inputKind', () => {
  it('goes by the extension first', () => {
    expect(inputKind('a.html', 'plain words')).toBe('html');
    expect(inputKind('a.HTM', '')).toBe('html');
    expect(inputKind('a.json', '')).toBe('cablesearch');
    expect(inputKind('a.jsonp', '')).toBe('cablesearch');
    expect(inputKind('a.txt', '<html>')).toBe('text');
  });

  it('sniffs stdin and unknown extensions', () => {
    expect(inputKind('-', '\uFEFF  <!DOCTYPE html><html>')).toBe('html');
    expect(inputKind('-', 'header line\n<pre>text</pre>')).toBe('html');
    expect(inputKind('saved', '{"items":[]}')).toBe('cablesearch');
    expect(inputKind('-', 'cablegrab({"items":[]})')).toBe('cablesearch');
    expect(inputKind('-', 'C O N F I D E N T I A L ZEMBLA 000123\n1. (C) Text.')).toBe('text');
  });
});
