// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BookmarkControls } from './BookmarkControls';

afterEach(cleanup);

function show(props: Partial<Parameters<typeof BookmarkControls>[0]> = {}) {
  const actions = { onToggle: vi.fn(), onNotes: vi.fn() };
  render(<BookmarkControls label="4" bookmarked={false} hasNotes={false} {...actions} {...props} />);
  return actions;
}

describe('BookmarkControls', () => {
  it('names the toggle "Bookmark paragraph N" and reports its state with aria-pressed', () => {
    show({ bookmarked: true });
    const toggle = screen.getByRole('button', { name: 'Bookmark paragraph 4' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    cleanup();
    show({ bookmarked: false });
    expect(screen.getByRole('button', { name: 'Bookmark paragraph 4' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });

  it('hands the native click to the caller, so synthetic clicks can be told apart', () => {
    const actions = show();
    fireEvent.click(screen.getByRole('button', { name: 'Bookmark paragraph 4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Notes on paragraph 4' }));
    expect(actions.onToggle).toHaveBeenCalledOnce();
    expect(actions.onToggle.mock.calls[0]?.[0]).toBeInstanceOf(Event);
    expect(actions.onNotes).toHaveBeenCalledOnce();
  });

  it('says a paragraph has notes without any note text', () => {
    show({ bookmarked: true, hasNotes: true });
    const notes = screen.getByRole('button', { name: 'Notes on paragraph 4 (has notes)' });
    expect(notes.getAttribute('data-has-notes')).toBe('true');
  });

  it('shows a failure as an alert beside the paragraph', () => {
    show({ error: 'Storage is full.' });
    expect(screen.getByRole('alert').textContent).toBe('Storage is full.');
  });
});
