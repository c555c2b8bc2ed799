// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type TabInfo, TabPanel } from './TabPanel';

afterEach(cleanup);

function show(info: TabInfo) {
  const actions = { onToggle: vi.fn(), onEnable: vi.fn(), onDisable: vi.fn() };
  render(<TabPanel info={info} busy={false} error={null} {...actions} />);
  return actions;
}

describe('TabPanel', () => {
  it('switches the view of a tab showing a cable', () => {
    const actions = show({
      kind: 'cable',
      view: { mode: 'clean', id: '99TESTPOST1', subject: 'A TEST', site: 'cablegate' },
      enabledOrigin: null,
    });
    expect(screen.getByText('99TESTPOST1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show original page' }));
    expect(actions.onToggle).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: /Disable/ })).toBeNull();
  });

  it('offers "Enable on this site" on a web page without a cable', () => {
    const actions = show({
      kind: 'no-cable',
      host: 'example.org',
      origin: 'https://example.org/*',
      mirror: false,
      enabled: false,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enable on this site' }));
    expect(actions.onEnable).toHaveBeenCalledOnce();
  });

  it('offers to disable a site already enabled, and nothing on a mirror page that is no cable', () => {
    const actions = show({
      kind: 'no-cable',
      host: 'example.org',
      origin: 'https://example.org/*',
      mirror: false,
      enabled: true,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Disable on this site' }));
    expect(actions.onDisable).toHaveBeenCalledOnce();
    cleanup();
    show({
      kind: 'no-cable',
      host: 'wikileaks.org',
      origin: 'https://wikileaks.org/*',
      mirror: true,
      enabled: false,
    });
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('says why a page on an enabled site was not read', () => {
    show({
      kind: 'no-cable',
      host: 'example.org',
      origin: 'https://example.org/*',
      mirror: false,
      enabled: true,
      why: 'not-cable',
    });
    expect(screen.getByText(/does not read as a cable/)).toBeTruthy();
  });

  it('shows errors as alerts', () => {
    render(
      <TabPanel
        info={{ kind: 'not-web' }}
        busy={false}
        error="Not enabled: the permission was not granted."
        onToggle={() => undefined}
        onEnable={() => undefined}
        onDisable={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('not granted');
  });
});
