// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../lib/store/library';
import { LibraryTable } from './LibraryTable';

afterEach(cleanup);

function entry(id: string, counts: Pick<LibraryEntry, 'bookmarks' | 'highlights' | 'notes'>): LibraryEntry {
  return {
    id,
    subject: `SUBJECT OF ${id}`,
    classification: 'CONFIDENTIAL',
    level: 'C',
    origin: 'Embassy Berlin',
    date: '2009-10-09',
    readAt: 1,
    url: null,
    site: null,
    saved: true,
    tags: [],
    ...counts,
  };
}

describe('library table counts', () => {
  it('writes each count in its plural form: one bookmark, two highlights, no notes', () => {
    const { container } = render(
      <LibraryTable
        entries={[entry('09BERLIN1271', { bookmarks: 1, highlights: 2, notes: 0 })]}
        sort="read"
        onSort={() => undefined}
        savedHref={(id) => `saved.html?cable=${id}`}
      />,
    );
    expect(container.querySelector('.lib-counts')?.textContent).toBe('1 bookmark · 2 highlights · 0 notes');
  });
});
