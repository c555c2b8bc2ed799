// The background client and the broadcast watch over a runtime API, so the polyfilled `browser.runtime`
// (runtime.ts) and the browser's own (native-runtime.ts) are bound the same way. Transport only.
import { type BackgroundRequests, createSend } from './client';
import { changedCable } from './events';

type Listener = (message: unknown) => undefined;

/** What the clients use of `runtime`: both the polyfill's and the browser's own answer a message with a promise. */
export interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/** The clients over `runtime`: `send(name, data)` to the background, `watchChanges(onChange)` for broadcasts. */
export function runtimeClients(runtime: RuntimeApi) {
  return {
    send: createSend<BackgroundRequests>((message) => runtime.sendMessage(message)),
    /** Calls `onChange` with the cable of every "bookmarks changed" broadcast (null: many); returns the unsubscribe. */
    watchChanges(onChange: (cableId: string | null) => void): () => void {
      // Never answer: other listeners in the same context own their replies.
      const listener: Listener = (message) => {
        const cableId = changedCable(message);
        if (cableId !== undefined) onChange(cableId);
        return undefined;
      };
      runtime.onMessage.addListener(listener);
      return () => runtime.onMessage.removeListener(listener);
    },
  };
}
