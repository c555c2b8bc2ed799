// What the background or the popup may ask a tab's content script: the state of its clean view, switching it,
// going to a paragraph. Answered by the clean view (entrypoints/content/reader.tsx) through lib/messaging/tab.ts.
import * as v from 'valibot';
import type { PageDecline } from '../sites/types';
import type { ViewState } from '../view/tab-view';
import { answer, request } from './define';
import type { Sender } from './senders';

const OUR_EXTENSION: readonly Sender[] = ['background', 'extension-page'];

export const tabRequests = {
  'view.getState': request({ data: v.strictObject({}), from: OUR_EXTENSION, answer: answer<ViewState>() }),
  'view.toggle': request({ data: v.strictObject({}), from: OUR_EXTENSION, answer: answer<ViewState>() }),
  'view.setMode': request({
    data: v.strictObject({ mode: v.picklist(['clean', 'original']) }),
    from: OUR_EXTENSION,
    answer: answer<ViewState>(),
  }),
  /** Scroll to a paragraph and flash it; false when the view has no such paragraph. */
  'view.goTo': request({
    data: v.strictObject({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(39)) }),
    from: OUR_EXTENSION,
    answer: answer<boolean>(),
  }),
  /** Why the page shows no clean view (the generic detector's verdict on an enabled host), or null. */
  'page.whyNotRead': request({
    data: v.strictObject({}),
    from: OUR_EXTENSION,
    answer: answer<PageDecline | null>(),
  }),
} as const;
