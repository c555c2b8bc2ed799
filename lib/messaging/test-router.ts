// A background router for tests: a fresh repository with a ticking clock in fake-indexeddb, a stand-in for the
// browser APIs that records what was asked, and `send(name, data, sender)` answering as the background would.
import type { Repository } from '../store/repository';
import { Repository as Repo } from '../store/repository';
import { freshName } from '../store/testing/describe-db';
import { createBackgroundRouter } from './background-router';
import { type BrowserApi, createBrowserHandlers } from './handlers/browser';
import type { SenderKind } from './senders';

export const VIEW_STATE = { mode: 'clean', id: '08ASTANA1', subject: 'Pipeline', site: 'cablegate' } as const;

/** A browser stand-in: one tab (id 7) whose content script answers with VIEW_STATE. */
export function fakeBrowser() {
  const calls: { api: string; args: unknown }[] = [];
  const record =
    <T>(api: string, answer: T) =>
    async (...args: unknown[]) => {
      calls.push({ api, args: args[0] });
      return answer;
    };
  const api = {
    tabs: {
      create: record('tabs.create', { id: 8 }),
      query: record('tabs.query', [{ id: 7 }]),
      sendMessage: record('tabs.sendMessage', { ok: true, value: VIEW_STATE }),
    },
    scripting: { executeScript: record('scripting.executeScript', []) },
    runtime: {
      getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop${path}`,
      openOptionsPage: record('runtime.openOptionsPage', undefined),
    },
    commands: { getAll: record('commands.getAll', [{ name: 'toggle-view', shortcut: 'Alt+Shift+V' }]) },
  } as unknown as BrowserApi;
  return { api, calls };
}

export interface TestRouter {
  repository: Repository;
  calls: { api: string; args: unknown }[];
  /** Routes `{ name, data }` from `sender` (an extension page unless told); answers the response and broadcasts. */
  send(
    name: string,
    data?: unknown,
    sender?: SenderKind,
  ): Promise<Awaited<ReturnType<ReturnType<typeof createBackgroundRouter>>>>;
  /** Routes any message as it came. */
  raw(message: unknown, sender?: SenderKind): ReturnType<ReturnType<typeof createBackgroundRouter>>;
  close(): void;
}

/** A router over a fresh repository whose clock ticks a second per read; exports are dated 2024-05-01. */
export async function testRouter(label = 'router'): Promise<TestRouter> {
  let clock = 1_700_000_000_000;
  const repository = await Repo.open({ name: freshName(label), now: () => (clock += 1000) });
  const browser = fakeBrowser();
  const route = createBackgroundRouter(createBrowserHandlers(browser.api, '/reader.js').handlers);
  const context = {
    repository: async () => repository,
    now: () => Date.UTC(2024, 4, 1),
    tab: { id: 7, index: 2, windowId: 1 },
    frameId: 0,
  };
  const raw = (message: unknown, sender: SenderKind = 'extension-page') => route(message, sender, context);
  return {
    repository,
    calls: browser.calls,
    send: (name, data = {}, sender) => raw({ name, data }, sender),
    raw,
    close: () => repository.close(),
  };
}
