// Every corpus mirror page read as the content script reads it while the page is still loading (parsed only
// through its layout's boxes, text-there.ts) yields the same cable as the whole page: text, header and metadata.
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EARLY_LAYOUTS } from '../../entrypoints/content/early-hide';
import { extractCable } from '../../lib/sites/detect';
import { corpusFiles, hasCorpus, readCorpus } from '../corpus';
import { parsedThrough } from '../fixtures/parsed-through';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe.skipIf(!hasCorpus())('corpus pages read through their boxes only', () => {
  const layouts = [
    {
      folder: 'pages/cablegate',
      name: 'cablegate',
      url: (f: string) => `https://wikileaks.org/cable/2010/11/${f}`,
    },
    { folder: 'pages/plusd', name: 'plusd', url: (f: string) => `https://wikileaks.org/plusd/cables/${f}` },
  ];
  for (const layout of layouts) {
    const boxes = EARLY_LAYOUTS[layout.name]?.textIn ?? [];
    for (const file of corpusFiles(layout.folder, '.html')) {
      it(`${layout.folder}/${basename(file)}`, () => {
        const html = readCorpus(file);
        const url = new URL(layout.url(basename(file)));
        const whole = extractCable(docOf(html), url);
        const partial = docOf(html);
        expect(parsedThrough(partial, boxes)).toBe(true);
        const early = extractCable(partial, url);
        expect(whole).not.toBeNull();
        expect(early?.bodyText).toBe(whole?.bodyText);
        expect(early?.headerText).toBe(whole?.headerText);
        expect(early?.pageMeta).toEqual(whole?.pageMeta);
      });
    }
  }
});
