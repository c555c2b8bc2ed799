// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoteRecord } from '../../lib/store/schema';
import { NotesPanel, type PanelEntry } from './NotesPanel';

afterEach(cleanup);

const CABLE = '09ZEMBLA123';

const note = (id: string, text: string, bookmarkId: string | null, tags: string[]): NoteRecord => ({
  id,
  bookmarkId,
  cableId: CABLE,
  text,
  tags,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
});

function bookmarkEntry(key: string, notes: NoteRecord[]): PanelEntry {
  return {
    kind: 'bookmark',
    key,
    order: Number(key),
    bookmark: {
      id: `${CABLE}#${key}`,
      cableId: CABLE,
      blockKey: key,
      label: key,
      marking: 'C',
      excerpt: `Paragraph ${key} text`,
      orphan: null,
      createdAt: 1,
      updatedAt: 1,
      notes,
      placedKey: key,
    },
  };
}

function show(filter: string | null = null) {
  const retag = vi.fn(async () => true);
  const noteActions = {
    addNote: vi.fn(async () => true),
    updateNote: vi.fn(async () => true),
    deleteNote: vi.fn(),
  };
  const onFilter = vi.fn();
  render(
    <NotesPanel
      cableId={CABLE}
      subject="HARBOUR"
      cableNotes={[
        note('c1', 'Whole-cable thought', null, ['energy']),
        note('c2', 'Another thought', null, []),
      ]}
      entries={[
        bookmarkEntry('2', [note('b1', 'On the harbour', `${CABLE}#2`, ['Follow up'])]),
        bookmarkEntry('4', [note('b2', 'On the fees', `${CABLE}#4`, [])]),
      ]}
      tags={[
        { tag: 'energy', count: 5 },
        { tag: 'elsewhere', count: 2 },
      ]}
      filter={filter}
      onFilter={onFilter}
      editing={null}
      error={null}
      actions={{
        cableNotes: { ...noteActions, retagNote: retag },
        bookmarkNotes: () => ({ ...noteActions, retagNote: retag }),
        updateHighlight: vi.fn(async () => true),
        deleteHighlight: vi.fn(),
        goTo: vi.fn(),
        close: vi.fn(),
      }}
    />,
  );
  return { retag, onFilter };
}

describe('NotesPanel tags on notes', () => {
  it('edits the tags of whole-cable and paragraph notes, suggesting tags in use', () => {
    const { retag } = show();
    const group = screen.getByRole('group', { name: 'Tags of note 1 on 09ZEMBLA123' });
    expect(within(group).getByText('energy')).toBeTruthy();
    const field = within(group).getByRole('combobox', { name: 'Add a tag' }) as HTMLInputElement;
    const list = document.getElementById(field.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual(['elsewhere']);
    fireEvent.input(field, { target: { value: 'to cite' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(retag).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), ['energy', 'to cite']);
    const onParagraph = screen.getByRole('group', { name: 'Tags of note 1 on paragraph 2 of 09ZEMBLA123' });
    fireEvent.click(within(onParagraph).getByRole('button', { name: 'Remove the tag Follow up' }));
    expect(retag).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'b1' }), []);
  });

  it('filters by the tags used on this cable: its notes and the bookmarks whose notes carry the tag', () => {
    const { onFilter } = show();
    const filter = screen.getByRole('group', { name: 'Show only notes and highlights with a tag' });
    // The cable's own tags, not every tag in use.
    expect(
      within(filter)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All', 'energy (1)', 'Follow up (1)']);
    fireEvent.click(within(filter).getByRole('button', { name: 'Follow up (1)' }));
    expect(onFilter).toHaveBeenCalledWith('Follow up');
    cleanup();

    show('follow up');
    expect(screen.queryByText('Whole-cable thought')).toBeNull();
    expect(screen.queryByText('Another thought')).toBeNull();
    expect(screen.getByText('On the harbour')).toBeTruthy();
    expect(screen.queryByText('On the fees')).toBeNull();
    cleanup();

    show('energy');
    expect(screen.getByText('Whole-cable thought')).toBeTruthy();
    expect(screen.queryByText('Another thought')).toBeNull();
    expect(screen.queryByText('On the harbour')).toBeNull();
  });
});
