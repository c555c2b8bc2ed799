// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookmarkView } from '../../lib/store/groups';
import type { NoteRecord } from '../../lib/store/schema';
import { zemblaGroup } from '../../tests/fixtures/cable-groups';
import type { ListActions } from './BookmarkItem';
import { BookmarksPanel, type PanelList } from './BookmarksPanel';

afterEach(cleanup);

const note = (id: string, text: string, bookmarkId: string | null): NoteRecord => ({
  id,
  bookmarkId,
  cableId: '09ZEMBLA123',
  text,
  tags: [],
  createdAt: 1_000,
  updatedAt: 1_000,
});

const bookmark = (label: string, extra: Partial<BookmarkView> = {}): BookmarkView => ({
  id: `09ZEMBLA123#${label}`,
  cableId: '09ZEMBLA123',
  blockKey: label,
  label,
  marking: 'C',
  excerpt: `The text of paragraph ${label}.`,
  orphan: null,
  createdAt: 1_000,
  updatedAt: 1_000,
  notes: [],
  ...extra,
});

function actions() {
  return {
    open: vi.fn<ListActions['open']>(),
    deleteBookmark: vi.fn<ListActions['deleteBookmark']>(),
    addNote: vi.fn<ListActions['addNote']>(async () => true),
    updateNote: vi.fn<ListActions['updateNote']>(async () => true),
    deleteNote: vi.fn<ListActions['deleteNote']>(),
  };
}

function show(list: PanelList | null, extra: Partial<Parameters<typeof BookmarksPanel>[0]> = {}) {
  const acts = actions();
  const props = {
    list,
    query: '',
    onQuery: vi.fn(),
    tags: [] as { tag: string; count: number }[],
    tag: null as string | null,
    onTag: vi.fn(),
    loadingMore: false,
    onLoadMore: vi.fn(),
    actions: acts,
    undo: null,
    onDismissUndo: vi.fn(),
    error: null,
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...extra,
  };
  render(<BookmarksPanel {...props} />);
  return { ...props, actions: acts };
}

describe('BookmarksPanel', () => {
  it('shows each cable with its badge, subject and bookmarks: label, marking, excerpt and notes', () => {
    const withNote = bookmark('2', { notes: [note('n1', 'Ask about <b>the tender</b>', '09ZEMBLA123#2')] });
    show({ groups: [zemblaGroup([withNote, bookmark('3')])], total: 1 });
    const cable = screen.getByRole('article', { name: 'ZEMBLA: HARBOUR CONCESSION STALLS' });
    expect(within(cable).getByText('09ZEMBLA123')).toBeTruthy();
    expect(within(cable).getByText('Classification: CONFIDENTIAL.')).toBeTruthy();
    expect(within(cable).getByText('¶2')).toBeTruthy();
    expect(within(cable).getAllByText('(C)')).toHaveLength(2);
    expect(within(cable).getByText('The text of paragraph 2.')).toBeTruthy();
    // A note is text: its markup is shown as written, never parsed.
    expect(within(cable).getByText('Ask about <b>the tender</b>')).toBeTruthy();
    expect(cable.querySelector('b')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('2 bookmarks on 1 cable.');
  });

  it('flags an orphaned bookmark and says why', () => {
    show({ groups: [zemblaGroup([bookmark('5', { orphan: 'not-found' })])], total: 1 });
    expect(screen.getByText('Orphaned')).toBeTruthy();
    expect(screen.getByText('Its text is no longer found in the saved copy.')).toBeTruthy();
    // Still offered for opening (at the cable's top) and for deletion.
    expect(
      screen.getByRole('button', { name: 'Delete the bookmark on paragraph 5 of 09ZEMBLA123' }),
    ).toBeTruthy();
  });

  it('opens, opens the saved copy and deletes through the caller, with accessible names', () => {
    const props = show({ groups: [zemblaGroup([bookmark('2')])], total: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Open paragraph 2 of 09ZEMBLA123' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Read paragraph 2 of 09ZEMBLA123 in the saved copy' }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Delete the bookmark on paragraph 2 of 09ZEMBLA123' }),
    );
    expect(props.actions.open).toHaveBeenNthCalledWith(1, expect.anything(), expect.anything(), 'mirror');
    expect(props.actions.open).toHaveBeenNthCalledWith(2, expect.anything(), expect.anything(), 'saved');
    expect(props.actions.deleteBookmark).toHaveBeenCalledOnce();
  });

  it('edits a note in place and adds one', async () => {
    const existing = note('n1', 'First thought', '09ZEMBLA123#2');
    const props = show({ groups: [zemblaGroup([bookmark('2', { notes: [existing] })])], total: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Edit note 1 on paragraph 2 of 09ZEMBLA123' }));
    const editor = screen.getByRole('textbox', { name: 'Edit note 1 on paragraph 2 of 09ZEMBLA123' });
    fireEvent.input(editor, { target: { value: 'Second thought' } });
    fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(props.actions.updateNote).toHaveBeenCalledWith(existing, 'Second thought'));

    fireEvent.click(screen.getByRole('button', { name: 'Add a note on paragraph 2 of 09ZEMBLA123' }));
    const fresh = screen.getByRole('textbox', { name: 'New note on paragraph 2 of 09ZEMBLA123' });
    fireEvent.input(fresh, { target: { value: 'A new note' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() =>
      expect(props.actions.addNote).toHaveBeenCalledWith(expect.anything(), expect.anything(), 'A new note'),
    );
  });

  it('keeps the text when a save fails, and Escape cancels an edit', async () => {
    const props = show({ groups: [zemblaGroup([bookmark('2')])], total: 1 });
    props.actions.addNote.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Add a note on paragraph 2 of 09ZEMBLA123' }));
    const fresh = screen.getByRole('textbox', { name: 'New note on paragraph 2 of 09ZEMBLA123' });
    fireEvent.input(fresh, { target: { value: 'Not lost' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(props.actions.addNote).toHaveBeenCalledOnce());
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Not lost');
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('tells a new reader how to bookmark, and offers an import instead of empty exports', () => {
    const props = show({ groups: [], total: 0 });
    expect(screen.getByText('No bookmarks yet')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export JSON' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import a backup' }));
    expect(props.onImport).toHaveBeenCalledOnce();
  });

  it('says when a search finds nothing, and passes each keystroke on', () => {
    const props = show({ groups: [], total: 0 }, { query: 'zebra' });
    expect(screen.getByText('Nothing matches “zebra”.')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search bookmarks and notes' }), {
      target: { value: 'zebr' },
    });
    expect(props.onQuery).toHaveBeenCalledWith('zebr');
  });

  it('filters by a tag from a labelled menu, shows the tags of notes, and says when no note carries the tag', () => {
    const tagged = { ...note('n1', 'Ask about the tender', '09ZEMBLA123#2'), tags: ['energy', 'follow up'] };
    const tags = [
      { tag: 'energy', count: 3 },
      { tag: 'follow up', count: 1 },
    ];
    const props = show({ groups: [zemblaGroup([bookmark('2', { notes: [tagged] })])], total: 1 }, { tags });
    const menu = screen.getByRole('combobox', { name: 'Tag' });
    expect(
      within(menu)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All notes', 'energy (3)', 'follow up (1)']);
    fireEvent.change(menu, { target: { value: 'follow up' } });
    expect(props.onTag).toHaveBeenCalledWith('follow up');
    fireEvent.change(menu, { target: { value: '' } });
    expect(props.onTag).toHaveBeenLastCalledWith(null);
    const chips = screen.getByRole('list', { name: 'Tags of note 1 on paragraph 2 of 09ZEMBLA123' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['energy', 'follow up']);
    cleanup();
    show({ groups: [], total: 0 }, { tags, tag: 'energy' });
    expect(screen.getByText('No note carries the tag “energy”.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement).value).toBe('energy');
  });

  it('offers more cables when the list is a first page, and exports on request', () => {
    const props = show({ groups: [zemblaGroup([bookmark('2')])], total: 120 });
    expect(screen.getByRole('status').textContent).toBe('120 cables (1 shown).');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Show more cables' }));
    expect(props.onLoadMore).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(props.onExport).toHaveBeenCalledWith('markdown');
  });

  it('draws a long page a step at a time before asking the store for more', () => {
    const many = Array.from({ length: 30 }, (_, i) => {
      const g = zemblaGroup([bookmark('2')]);
      return { ...g, cable: { ...g.cable, id: `09ZEMBLA${i}` } };
    });
    const props = show({ groups: many, total: 200 });
    // Counted by tag: a role query over 30 cables' markup is slow enough to time out on a loaded machine.
    const drawn = () => document.querySelectorAll('article').length;
    const first = drawn();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(30);
    while (drawn() < 30) fireEvent.click(screen.getByRole('button', { name: 'Show more cables' }));
    expect(props.onLoadMore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Show more cables' }));
    expect(props.onLoadMore).toHaveBeenCalled();
  });

  it('offers undo after a removal', () => {
    const undo = vi.fn();
    show({ groups: [], total: 0 }, { undo: { message: 'Deleted the bookmark on paragraph 2.', undo } });
    expect(screen.getByText('Deleted the bookmark on paragraph 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
  });
});
