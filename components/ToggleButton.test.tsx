// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToggleButton } from './ToggleButton';

afterEach(cleanup);

describe('ToggleButton', () => {
  it('is named for the view it leads to', () => {
    const { rerender } = render(<ToggleButton mode="clean" onToggle={() => undefined} />);
    expect(screen.getByRole('button').textContent).toBe('Original page');
    rerender(<ToggleButton mode="original" onToggle={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Clean view' })).toBeTruthy();
  });

  it('toggles on click and shows the shortcut on hover', () => {
    const onToggle = vi.fn();
    render(<ToggleButton mode="clean" onToggle={onToggle} shortcut="Alt+Shift+V" />);
    const button = screen.getByRole('button', { name: 'Original page' });
    expect(button.getAttribute('title')).toContain('Alt+Shift+V');
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
  });
});
