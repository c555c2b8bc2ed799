import { describe, expect, it } from 'vitest';
import { spokenMarking } from './marking-words';

describe('spokenMarking', () => {
  it('says the level and the caveats shortly', () => {
    expect(spokenMarking('S//NF')).toBe('Secret, NOFORN');
    expect(spokenMarking('C//REL NATO')).toBe('Confidential, REL NATO');
    expect(spokenMarking('SBU')).toBe('Sensitive but unclassified');
    expect(spokenMarking('U//FOUO')).toBe('Unclassified, FOUO');
  });

  it('says an unknown form as written', () => {
    expect(spokenMarking('X//Y')).toBe('X//Y');
  });
});
