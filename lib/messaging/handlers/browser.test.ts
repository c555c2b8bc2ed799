import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../../tests/fixtures/router';
import { createBrowserHandlers } from './browser';

const tab = { id: 7, index: 2, windowId: 1 };
/** What the router adds to every handler's context. */
const routed = { sender: 'page' as const, changed: () => undefined };

describe('the toolbar button per tab', () => {
  it('shows the state of the asking tab: its icon set and its tooltip', async () => {
    const browser = fakeBrowser();
    const { handlers } = createBrowserHandlers(browser.api, '/reader.js');
    await handlers['view.showing']({ state: 'original' }, { ...routed, tab, frameId: 0 });
    expect(browser.calls).toEqual([
      {
        api: 'action.setIcon',
        args: {
          tabId: 7,
          path: { 16: '/icons/action-original-16.png', 32: '/icons/action-original-32.png' },
        },
      },
      { api: 'action.setTitle', args: { tabId: 7, title: 'Cable Reader: original page shown' } },
    ]);
  });

  it('leaves the button alone for a cable in a frame, and for no tab', async () => {
    const browser = fakeBrowser();
    const { handlers } = createBrowserHandlers(browser.api, '/reader.js');
    await handlers['view.showing']({ state: 'clean' }, { ...routed, tab, frameId: 3 });
    await handlers['view.showing']({ state: 'clean' }, routed);
    expect(browser.calls).toEqual([]);
  });

  it('uses browserAction where there is no action (Firefox’s MV2 build)', async () => {
    const browser = fakeBrowser();
    const calls: string[] = [];
    const api = {
      ...browser.api,
      action: undefined,
      browserAction: {
        setIcon: async () => void calls.push('browserAction.setIcon'),
        setTitle: async () => void calls.push('browserAction.setTitle'),
      },
    };
    await createBrowserHandlers(api, '/reader.js').handlers['view.showing'](
      { state: 'clean' },
      { ...routed, tab },
    );
    expect(calls.sort()).toEqual(['browserAction.setIcon', 'browserAction.setTitle']);
  });
});

describe('the toggle shortcut', () => {
  it('names the shortcut the browser gives the toggle command', async () => {
    const { handlers } = createBrowserHandlers(fakeBrowser().api, '/reader.js');
    expect(await handlers['command.shortcut']({ command: 'toggle-view' }, routed)).toBe('Alt+Shift+V');
    expect(await handlers['command.shortcut']({ command: 'other' }, routed)).toBeNull();
  });

  it('names none where the browser has no commands API (Firefox for Android)', async () => {
    const api = { ...fakeBrowser().api, commands: undefined };
    const { handlers } = createBrowserHandlers(api, '/reader.js');
    expect(await handlers['command.shortcut']({ command: 'toggle-view' }, routed)).toBeNull();
  });
});
