// The CLI's source path (a viewer page read from its HTML without a DOM) gives what the DOM path gives, for every
// saved page of the corpus: the same address, the same adapter, the same text fields and the same document.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../lib/cable';
import { loadCable } from '../../lib/cli/load-cable';
import { pageUrl, sourcePageUrl } from '../../lib/cli/page-url';
import { parsePage } from '../../lib/cli/parse-page';
import { readInput } from '../../lib/cli/read-input';
import { cablegateFromSource } from '../../lib/sites/cablegate-source';
import { detectCable } from '../../lib/sites/detect';
import { corpusFiles, hasCorpus } from '../corpus';

const NO_STDIN: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };

describe.skipIf(!hasCorpus())('source path against the DOM path, over the corpus pages', () => {
  const folders = [
    // Every viewer page must take the source path: a scan that declines them all would pass the equality alone.
    { folder: 'pages/archive', count: 600, fast: 600 },
    { folder: 'pages/cablegate', count: 51, fast: 51 },
    { folder: 'pages/plusd', count: 3, fast: 0 },
  ];
  for (const { folder, count, fast } of folders) {
    it(`${folder}: ${fast} of ${count} pages read from source, each as the DOM reads it`, async () => {
      const files = corpusFiles(folder, '.html');
      expect(files).toHaveLength(count);
      let taken = 0;
      for (const file of files) {
        const input = await readInput(file, NO_STDIN);
        const doc = parsePage(input.content) as Document;
        const domUrl = pageUrl(doc, input.path);
        const url = sourcePageUrl(input.content, input.path);
        if (url) expect(url.href, basename(file)).toBe(domUrl.href);
        const raw = cablegateFromSource(input.content, url ?? domUrl);
        if (!raw) continue;
        taken++;
        const detection = detectCable(doc, domUrl, { generic: true, anyLayout: true });
        expect(detection.found && detection.adapter.name, basename(file)).toBe('cablegate');
        if (!detection.found) continue;
        const { headerText, bodyText, pageMeta } = detection.cable;
        expect(raw, basename(file)).toEqual({ headerText, bodyText, pageMeta });
        const loaded = loadCable(input);
        expect(loaded.ok && loaded.cable, basename(file)).toEqual(
          parseCable({ headerText, bodyText, pageMeta }),
        );
      }
      expect(taken).toBe(fast);
    }, 120_000);
  }
});
