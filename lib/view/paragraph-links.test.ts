import { describe, expect, it } from 'vitest';
import { keyFromHash, paragraphId, paragraphUrl } from './paragraph-links';

describe('paragraph links', () => {
  it('names a paragraph as the Cablegate viewer does', () => {
    expect(paragraphId('4')).toBe('par4');
    expect(paragraphId('45-2')).toBe('par45-2');
  });

  it('reads the paragraph from the fragments the mirrors use', () => {
    expect(keyFromHash('#par4')).toBe('4');
    expect(keyFromHash('par12')).toBe('12');
    expect(keyFromHash('#par45-2')).toBe('45-2');
    expect(keyFromHash('#para-3-7')).toBe('7');
    expect(keyFromHash('#par%34')).toBe('4');
  });

  it('ignores fragments that are not paragraph links', () => {
    expect(keyFromHash('')).toBeNull();
    expect(keyFromHash('#')).toBeNull();
    expect(keyFromHash('#help_1')).toBeNull();
    expect(keyFromHash('#parade')).toBeNull();
    expect(keyFromHash('#par')).toBeNull();
    expect(keyFromHash('#par4%')).toBeNull();
    expect(keyFromHash('#par4<script>')).toBeNull();
  });

  it('builds a paragraph link from the page URL, replacing an old fragment', () => {
    expect(paragraphUrl('https://wikileaks.org/cable/2008/06/08ASTANA1147.html#par2', '4')).toBe(
      'https://wikileaks.org/cable/2008/06/08ASTANA1147.html#par4',
    );
    expect(paragraphUrl('https://search.wikileaks.org/plusd/cables/08ASTANA1147_a.html?x=1', '3')).toBe(
      'https://search.wikileaks.org/plusd/cables/08ASTANA1147_a.html?x=1#par3',
    );
  });
});
