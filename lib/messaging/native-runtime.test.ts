import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedEvent } from './events';

type Listener = (message: unknown) => undefined;

/** A runtime API answering every request with `value`, keeping its listeners so a test can broadcast. */
function fakeRuntime(value: unknown, id?: string) {
  const listeners = new Set<Listener>();
  return {
    id,
    sent: [] as unknown[],
    listeners,
    sendMessage(message: unknown) {
      this.sent.push(message);
      return Promise.resolve({ ok: true, value });
    },
    onMessage: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
    },
  };
}

const scope = globalThis as Record<string, unknown>;

async function fresh() {
  vi.resetModules();
  return import('./native-runtime');
}

afterEach(() => {
  delete scope.browser;
  delete scope.chrome;
});

describe("the head scripts' clients over the browser's own runtime", () => {
  it("send through Chrome's chrome.runtime where no extension `browser` is there", async () => {
    const chrome = fakeRuntime({ total: 3 });
    scope.chrome = { runtime: chrome };
    // A page's own `browser` global without a runtime id is not the extension's (the polyfill's rule).
    scope.browser = { runtime: fakeRuntime('page') };
    const { send } = await fresh();
    await expect(send('bookmark.list', { offset: 0, limit: 12 })).resolves.toEqual({ total: 3 });
    expect(chrome.sent).toMatchObject([{ name: 'bookmark.list', data: { offset: 0, limit: 12 } }]);
  });

  it("send and watch through Firefox's browser.runtime", async () => {
    const firefox = fakeRuntime({ total: 1 }, 'cable-reader@cable-reader.dev');
    scope.browser = { runtime: firefox };
    scope.chrome = { runtime: fakeRuntime('chrome') };
    const { send, watchChanges } = await fresh();
    await expect(send('bookmark.list', {})).resolves.toEqual({ total: 1 });
    const seen: (string | null)[] = [];
    const stop = watchChanges((cableId) => seen.push(cableId));
    for (const listener of firefox.listeners) listener(changedEvent('09ZEMBLA1'));
    stop();
    expect(seen).toEqual(['09ZEMBLA1']);
    expect(firefox.listeners.size).toBe(0);
  });
});
