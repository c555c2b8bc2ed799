// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { block, cable } from '../tests/fixtures/documents';
import { ReaderRoot, type ReaderRootProps } from './ReaderRoot';

afterEach(cleanup);

function renderRoot(overrides: Partial<ReaderRootProps> = {}) {
  const props: ReaderRootProps = {
    doc: cable([block({ key: '1', marking: 'U' }), block({ key: '2' })]),
    pageUrl: 'https://wikileaks.org/cable/2099/01/99TESTPOST1.html',
    mode: 'clean',
    settings: { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'mono', fontSize: 21, lineWidth: 60 },
    onToggle: vi.fn(),
    onSettingsChange: vi.fn(),
    copy: async () => true,
    ...overrides,
  };
  return { ...render(<ReaderRoot {...props} />), props };
}

describe('ReaderRoot', () => {
  it('applies the reading settings to the view', () => {
    const { container } = renderRoot();
    const root = container.querySelector('.cr-root') as HTMLElement;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('mono');
    expect(root.style.getPropertyValue('--cr-font-size')).toBe('21px');
    expect(root.style.getPropertyValue('--cr-measure')).toBe('60ch');
  });

  it('puts the toggle first in keyboard order, and hides the view while the original shows', () => {
    const { container, props } = renderRoot({ mode: 'original' });
    const buttons = screen.getAllByRole('button');
    expect(buttons[0]?.textContent).toBe('Clean view');
    expect((container.querySelector('.cr-view') as HTMLElement).hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clean view' }));
    expect(props.onToggle).toHaveBeenCalledOnce();
  });

  it('announces what a control did in a live region', async () => {
    renderRoot();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to paragraph 2' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copied the link to paragraph 2.'),
    );
  });

  it('saves the page-marker switch through the settings callback', () => {
    const doc = cable([block({ key: '1' }), block({ key: '2' })]);
    doc.pageBreaks = [{ text: 'X', page: 2, of: 2, offset: 10, blockKey: '2' }];
    const { props } = renderRoot({ doc });
    fireEvent.click(screen.getByRole('button', { name: 'Page breaks' }));
    expect(props.onSettingsChange).toHaveBeenCalledWith({ pageMarkers: false });
  });

  it('shows the title-case subject on the card where the reader prefers it, and the subject as sent otherwise', () => {
    const doc = cable([block({ key: '1' })], {
      subject: 'TALKS WITH THE MINISTER',
      subjectTitle: 'Talks with the Minister',
    });
    const { rerender, props } = renderRoot({ doc });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('TALKS WITH THE MINISTER');
    rerender(<ReaderRoot {...props} settings={{ ...props.settings, subjectTitle: true }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Talks with the Minister');
  });
});
