// What a tab's clean view reports to the popup, and the name of the keyboard command that switches it.
// Types and a constant; the messages that carry them are in lib/messaging/tab-requests.ts.
import type { ViewMode } from '../settings/settings';

/** Command name of the toggle shortcut (manifest `commands`). */
export const TOGGLE_COMMAND = 'toggle-view';

/** A content script's answer: the cable it shows and in which view. */
export interface ViewState {
  mode: ViewMode;
  id: string | null;
  subject: string | null;
  /** Adapter that found the cable (`cablegate`, `plusd`, `generic`...). */
  site: string;
}
