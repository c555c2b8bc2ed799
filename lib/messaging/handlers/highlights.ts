// The handlers of the highlight, tag and library requests: each runs one repository call (a write under the
// request's write id, so a resent write is applied once) and names the cable it changed. Sender rights are already checked by the router.

import { exportFileName } from '../../store/export';
import { exportAnnotations } from '../../store/export-annotations';
import type { highlightRequests } from '../highlight-requests';
import type { Handlers } from '../router';
import type { BrowserContext } from './browser';
import type { StoreContext } from './store';

export const highlightHandlers: Handlers<typeof highlightRequests, StoreContext & BrowserContext> = {
  'highlight.forCable': async ({ cableId, blocks }, { repository }) =>
    (await repository()).highlightPlaces(cableId, blocks),
  'highlight.add': async ({ cable, start, end, colour }, { repository, changed, writeId }) => {
    const made = await (await repository()).addHighlight(cable, { start, end }, { colour }, { writeId });
    changed(made.cableId);
    return { id: made.id, cableId: made.cableId };
  },
  'highlight.list': async ({ cableId, blocks }, { repository }) =>
    (await repository()).listHighlights(cableId, blocks),
  'highlight.update': async ({ highlightId, ...change }, { repository, changed, writeId }) => {
    const updated = await (await repository()).updateHighlight(highlightId, change, { writeId });
    changed(updated.cableId);
    return updated;
  },
  'highlight.delete': async ({ highlightId }, { repository, changed, writeId }) => {
    const removed = await (await repository()).deleteHighlight(highlightId, { writeId });
    changed(removed.cableId);
    return removed;
  },
  'highlight.restore': async ({ highlight }, { repository, changed, writeId }) => {
    await (await repository()).restoreHighlight(highlight, { writeId });
    changed(highlight.cableId);
    return null;
  },
  'panel.tabId': async (_, { tab }) => tab?.id ?? null,
  'tag.list': async (_, { repository }) => (await repository()).tags(),
  'library.list': async ({ limit }, { repository }) => (await repository()).listLibrary(limit),
  'library.search': async ({ query, limit }, { repository }) =>
    (await repository()).searchLibrary(query, limit),
  'annotation.export': async (_, { repository, now }) => {
    const at = now();
    return {
      fileName: exportFileName(at, 'json').replace(/\.json$/, '.annotations.jsonld'),
      mimeType: 'application/ld+json',
      text: await exportAnnotations(await repository(), at),
    };
  },
};
