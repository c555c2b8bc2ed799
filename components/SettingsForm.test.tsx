// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { SettingsForm } from './SettingsForm';

afterEach(cleanup);

describe('SettingsForm', () => {
  it('shows the current settings in labelled controls', () => {
    render(
      <SettingsForm
        settings={{ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 20 }}
        onChange={() => undefined}
      />,
    );
    expect((screen.getByRole('radio', { name: 'Sepia' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('slider', { name: 'Text size' }) as HTMLInputElement).value).toBe('20');
    expect(screen.getByRole('slider', { name: 'Line width' })).toBeTruthy();
  });

  it('reports each change as a partial settings object', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={{ ...DEFAULT_SETTINGS }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    fireEvent.click(screen.getByRole('radio', { name: 'Monospace' }));
    expect(onChange).toHaveBeenLastCalledWith({ font: 'mono' });
    fireEvent.input(screen.getByRole('slider', { name: 'Text size' }), { target: { value: '22' } });
    expect(onChange).toHaveBeenLastCalledWith({ fontSize: 22 });
    fireEvent.click(screen.getByRole('checkbox', { name: /teletype pages/ }));
    expect(onChange).toHaveBeenLastCalledWith({ pageMarkers: false });
    fireEvent.click(screen.getByRole('checkbox', { name: /sentence case/ }));
    expect(onChange).toHaveBeenLastCalledWith({ sentenceCase: true });
    fireEvent.click(screen.getByRole('checkbox', { name: /subjects written in capitals in title case/ }));
    expect(onChange).toHaveBeenLastCalledWith({ subjectTitle: true });
    fireEvent.input(screen.getByRole('slider', { name: 'Line height' }), { target: { value: '180' } });
    expect(onChange).toHaveBeenLastCalledWith({ lineHeight: 180 });
  });
});
