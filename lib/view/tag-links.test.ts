import { describe, expect, it } from 'vitest';
import { tagIndexUrl } from './tag-links';

describe('tagIndexUrl', () => {
  it('leads to the Cablegate viewer’s tag index on the same mirror', () => {
    expect(tagIndexUrl('cablegate', 'https://wikileaks.ch/cable/2009/06/09X1.html#par2', 'PREL')).toBe(
      'https://wikileaks.ch/tag/PREL_0.html',
    );
  });

  it('has no link where the mirror has no index, or for a code that is not one', () => {
    expect(tagIndexUrl('plusd', 'https://wikileaks.org/plusd/cables/X.html', 'PREL')).toBeNull();
    expect(tagIndexUrl('cablegate', 'https://wikileaks.org/cable/x.html', 'P/REL')).toBeNull();
    expect(tagIndexUrl('cablegate', 'file:///tmp/x.html', 'PREL')).toBeNull();
  });
});
