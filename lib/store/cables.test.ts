import { describe, expect, it } from 'vitest';
import { cableInput, makeDocument } from '../../tests/fixtures/documents';
import { cableRecordFrom } from './cables';

describe('cable records', () => {
  it('refreshes header fields the page has and keeps those it lacks', () => {
    const first = cableRecordFrom(
      cableInput(makeDocument('08A1', ['x'], { origin: 'Embassy A' })),
      undefined,
      10,
    );
    const later = cableRecordFrom(
      cableInput(makeDocument('08A1', ['x'], { origin: null, subject: 'New' })),
      first,
      5,
    );
    expect(later).toMatchObject({ origin: 'Embassy A', subject: 'New' });
    // Time never runs backwards for a record, even if a clock does.
    expect(later.updatedAt).toBeGreaterThan(first.updatedAt);
  });

  it('counts the reader coming back to a mirror page under the same address', () => {
    const at = (url: string) => ({ ...cableInput(makeDocument('08A1', ['x'])), url });
    const first = cableRecordFrom(at('https://wikileaks.org/cable/x.html?utm_source=feed'), undefined, 10);
    const again = cableRecordFrom(at('https://wikileaks.org/cable/x.html#par3'), first, 20);
    expect(again.urls).toEqual([
      { url: 'https://wikileaks.org/cable/x.html', site: 'mirror.example', lastSeen: 20, visits: 2 },
    ]);
  });
});
