// The typed messages of the clean view: what the popup and background ask a tab's content script, and what
// extension pages and content scripts ask the background for the view. Shapes and guards only.
import type { ViewMode } from '../settings/settings';

/** Command name of the toggle shortcut (manifest `commands`). */
export const TOGGLE_COMMAND = 'toggle-view';

/** Asked of a tab's content script. */
export type ViewRequest =
  | { type: 'view:get-state' }
  | { type: 'view:toggle' }
  | { type: 'view:set-mode'; mode: ViewMode }
  | { type: 'view:go-to'; key: string };

/** A content script's answer: the cable it shows and in which view. */
export interface ViewState {
  mode: ViewMode;
  id: string | null;
  subject: string | null;
  /** Adapter that found the cable (`cablegate`, `plusd`, `generic`...). */
  site: string;
}

/** Asked of the background for the view. */
export type BackgroundViewRequest =
  /** Run a keyboard command's handler (tests and the popup reach it this way; tabId defaults to the active tab). */
  | { type: 'command'; command: string; tabId?: number }
  | { type: 'open-options' }
  /** Run the clean view's code (reader.js) in the asking content script's frame; answers true when done. */
  | { type: 'view:load-reader' }
  /** The shortcut currently bound to a command (`Alt+Shift+V`), or null when the reader unbound it. */
  | { type: 'get-shortcut'; command: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** Narrows an incoming message to a ViewRequest; anything else is not ours to answer. */
export function isViewRequest(message: unknown): message is ViewRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'view:get-state':
    case 'view:toggle':
      return true;
    case 'view:set-mode':
      return message.mode === 'clean' || message.mode === 'original';
    case 'view:go-to':
      return typeof message.key === 'string' && message.key.length > 0 && message.key.length < 40;
    default:
      return false;
  }
}

/** Narrows an incoming message to a BackgroundViewRequest. */
export function isBackgroundViewRequest(message: unknown): message is BackgroundViewRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'command':
      return (
        typeof message.command === 'string' &&
        (message.tabId === undefined ||
          (typeof message.tabId === 'number' && Number.isInteger(message.tabId)))
      );
    case 'open-options':
    case 'view:load-reader':
      return true;
    case 'get-shortcut':
      return typeof message.command === 'string';
    default:
      return false;
  }
}

/** Narrows a content script's answer to a ViewState. */
export function isViewState(answer: unknown): answer is ViewState {
  return (
    isRecord(answer) &&
    (answer.mode === 'clean' || answer.mode === 'original') &&
    (answer.id === null || typeof answer.id === 'string') &&
    (answer.subject === null || typeof answer.subject === 'string') &&
    typeof answer.site === 'string'
  );
}
