// A page the content script left as it is on a host the reader enabled: says why on the console and answers the
// popup's "why was this page not read". Wiring only; the verdict and its words come from lib/sites.
import { answerInTab } from '../../lib/messaging/tab';
import type { PageDecline } from '../../lib/sites/types';

// An error code, not interface text: the popup turns the failure into its own words.
const NO_VIEW = 'no-clean-view';

/** Logs the verdict and keeps answering the tab table with it until the page goes; returns the stop. */
export function explainDecline(decline: PageDecline): () => void {
  console.info(`[Cable Reader] left this page as it is: ${decline.reason}`);
  return answerNoView(decline);
}

/**
 * Answers the tab table for a page without a view (declined, or a view the page kept taking away): the popup and
 * the shortcut read the failure as "no clean view here"; returns the stop.
 */
export function answerNoView(why: PageDecline | null): () => void {
  return answerInTab({
    'page.whyNotRead': async () => why,
    'view.getState': async () => {
      throw new Error(NO_VIEW);
    },
    'view.toggle': async () => {
      throw new Error(NO_VIEW);
    },
    'view.setMode': async () => {
      throw new Error(NO_VIEW);
    },
    'view.goTo': async () => false,
  });
}
