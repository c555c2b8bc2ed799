// @vitest-environment happy-dom
// The popup's first frame: a first page the head script already holds is drawn before any frame is painted, so
// the popup opens on the list, never on "Loading bookmarks". Preact and the section as built; the background mocked.
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupPage } from '../../lib/messaging/extension-requests';
import { zemblaGroup } from '../../tests/fixtures/cable-groups';

// The background: the head script's first page answered at once; what the section asks later never answers.
vi.mock('../../lib/messaging/native-runtime', () => ({
  send: () => Promise.resolve(firstPage),
  watchChanges: () => () => undefined,
}));
vi.mock('../../lib/messaging/runtime', () => ({
  send: () => new Promise(() => undefined),
  sendToTab: () => new Promise(() => undefined),
  watchChanges: () => () => undefined,
  extensionUrl: (path: string) => path,
}));
vi.mock('wxt/browser', () => ({ browser: {} }));

const firstPage: GroupPage = { groups: [zemblaGroup()], total: 1 };

// Preact's own render, not testing-library's: its act() runs pending effects at once, as no browser does.
const root = document.createElement('div');
afterEach(() => render(null, root));

describe('the popup’s first list', () => {
  it('is in the DOM before a frame is painted when the head script’s first page is in hand', async () => {
    // No frame is ever painted: requestAnimationFrame and timers stand still (an effect waiting for paint never runs).
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'setInterval'] });
    try {
      const { askFirstPage } = await import('./first-page');
      const { BookmarksSection } = await import('./bookmarks');
      askFirstPage();
      render(h(BookmarksSection, { tabCableId: null }), root);
      // The answers' promise callbacks and Preact's re-render, all microtasks.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(root.textContent).toContain('ZEMBLA: HARBOUR CONCESSION STALLS');
    } finally {
      vi.useRealTimers();
    }
  });
});
