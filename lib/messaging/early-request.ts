// One request an extension page sends as early as it can (from a script in its <head>, before its modules run),
// handed to the page's own code when it mounts unless the store changed meanwhile. Wiring only: what is asked is
// the caller's, and a failure is reported by the request the page makes itself.
import { watchChanges } from './native-runtime';

interface Asked<T> {
  answer: Promise<T>;
  /** The store changed after it was asked: the answer may be old. */
  stale: boolean;
  stop: () => void;
}

export interface EarlyRequest<T> {
  /** Sends `request()` once per page load; later calls do nothing. */
  ask(request: () => Promise<T>): void;
  /** The early answer, once, unless the store changed since it was asked (then null: ask again). */
  take(): Promise<T> | null;
}

/**
 * An early request kept on the page's global under `key`: the head's script and the page's modules are separate
 * bundles sharing one window, not one module instance.
 */
export function earlyRequest<T>(key: string): EarlyRequest<T> {
  const scope = globalThis as typeof globalThis & Record<string, Asked<T> | null | undefined>;
  return {
    ask(request) {
      if (scope[key] !== undefined) return;
      const stop = watchChanges(() => {
        const asked = scope[key];
        if (asked) asked.stale = true;
      });
      const answer = request();
      // Taken or not, a failure here is reported by the page's own request.
      answer.catch(() => undefined);
      scope[key] = { answer, stale: false, stop };
    },
    take() {
      const asked = scope[key] ?? null;
      scope[key] = null;
      asked?.stop();
      return asked && !asked.stale ? asked.answer : null;
    },
  };
}
