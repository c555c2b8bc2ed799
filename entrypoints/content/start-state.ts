// What the clean view starts with: the reading settings and this site's remembered view, read from storage.
// Started by the content script as early as a cable address is seen, so storage answers while the page is read.
import { DEFAULT_SETTINGS, type ReadingSettings, type ViewMode } from '../../lib/settings/settings';
import { loadStart } from '../../lib/settings/storage';

export interface StartState {
  settings: ReadingSettings;
  /** The site's remembered view. */
  mode: ViewMode;
  /** The view this page showed before the page removed it and it was started again (see keep-shown.ts). */
  shown?: ViewMode;
}

export async function startState(hostname: string): Promise<StartState> {
  try {
    return await loadStart(hostname);
  } catch {
    // Storage unavailable (extension reloading): read with the defaults rather than not at all.
    return { settings: { ...DEFAULT_SETTINGS }, mode: 'clean' };
  }
}
