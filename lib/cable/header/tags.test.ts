import { describe, expect, it } from 'vitest';
import { isCountryTag, tagMeaning } from './tags';

describe('tagMeaning', () => {
  it.each([
    ['PGOV', 'Internal governmental affairs'],
    ['PREL', 'External political relations'],
    ['PHUM', 'Human rights'],
    ['PTER', 'Terrorists and terrorism'],
    ['KTIP', 'Trafficking in persons'],
    ['MNUC', 'Military nuclear applications'],
    ['KZ', 'Kazakhstan'],
    ['IC', 'Iceland'],
    ['AF', 'Afghanistan'],
    ['US', 'United States'],
    ['FR', 'France'],
    ['GM', 'Germany'],
  ])('%s -> %s', (code, meaning) => {
    expect(tagMeaning(code)).toBe(meaning);
  });

  it('ignores case and surrounding spaces', () => {
    expect(tagMeaning(' pgov ')).toBe('Internal governmental affairs');
  });

  it('returns null for unknown codes and personal-name tags', () => {
    expect(tagMeaning('ZZZZ')).toBeNull();
    expect(tagMeaning('SMITH')).toBeNull();
    expect(tagMeaning('')).toBeNull();
  });

  it('tells country digraphs from subject tags', () => {
    expect(isCountryTag('KZ')).toBe(true);
    expect(isCountryTag('PGOV')).toBe(false);
  });
});
