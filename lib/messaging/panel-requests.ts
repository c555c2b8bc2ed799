// What the notes panel (an extension frame inside the mirror page) may ask the clean view in its own tab: go to
// a paragraph, close the panel. Answered by entrypoints/content/highlights.tsx; nothing here carries note text.
import * as v from 'valibot';
import { blockKeySchema } from '../store/fields';
import type { PageBlocks } from '../store/results';
import { answer, request } from './define';
import type { Sender } from './senders';

// A content script sees the panel's messages as from an extension document with no tab of its own (like the
// popup); only the extension's own documents can reach the listener, never the page.
const THE_PANEL: readonly Sender[] = ['extension-frame', 'extension-page'];

export const panelRequests = {
  /** Scroll the view to a paragraph and flash it; false when the view has no such paragraph. */
  'panel.goTo': request({
    data: v.strictObject({ key: blockKeySchema }),
    from: THE_PANEL,
    answer: answer<boolean>(),
  }),
  /** The cable's blocks as this page reads them, so the panel places highlights where the page shows them. */
  'panel.blocks': request({ data: v.strictObject({}), from: THE_PANEL, answer: answer<PageBlocks>() }),
  /** Hide the panel (its own close button). */
  'panel.close': request({ data: v.strictObject({}), from: THE_PANEL, answer: answer<null>() }),
} as const;

export type PanelRequests = typeof panelRequests;
