// The background's router: every request of the page and extension tables, with the store's and the browser's
// handlers. Pure apart from what the handlers are given; lib/messaging/background.ts wires it to the runtime.
import type { BackgroundRequests } from './client';
import { extensionRequests } from './extension-requests';
import { backupHandlers } from './handlers/backup';
import type { BrowserContext } from './handlers/browser';
import { highlightHandlers } from './handlers/highlights';
import { type StoreContext, storeHandlers } from './handlers/store';
import { highlightRequests } from './highlight-requests';
import { pageRequests } from './page-requests';
import { createRouter, type Handlers } from './router';

export const backgroundRequests: BackgroundRequests = {
  ...pageRequests,
  ...extensionRequests,
  ...highlightRequests,
};

type BackgroundContext = StoreContext & BrowserContext;

/** A router over every background request; `browserHandlers` come from createBrowserHandlers. */
export function createBackgroundRouter(
  browserHandlers: Omit<
    Handlers<BackgroundRequests, BrowserContext>,
    keyof typeof storeHandlers | keyof typeof highlightHandlers | keyof typeof backupHandlers
  >,
) {
  const handlers: Handlers<BackgroundRequests, BackgroundContext> = {
    ...storeHandlers,
    ...backupHandlers,
    ...highlightHandlers,
    ...browserHandlers,
  };
  return createRouter(backgroundRequests, handlers);
}
