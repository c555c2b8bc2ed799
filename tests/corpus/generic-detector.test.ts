// The generic detector on unknown mirrors' layouts: every corpus cable text placed in four templates is found
// and reads exactly as the text itself does; pages that hold no cable are declined, a huge one without scoring.
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseCable, parseCableText } from '../../lib/cable';
import type { CableDocument } from '../../lib/cable/types';
import { detectCable } from '../../lib/sites/detect';
import { GENERIC_LIMITS } from '../../lib/sites/generic';
import { corpusFiles, hasCorpus, readCorpus } from '../corpus';
import { genericLayouts, nonCablePages } from '../fixtures/layouts';

const url = new URL('https://mirror.example.org/cables/view?id=1');
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * The document without page-break offsets. `<p>` blocks cannot keep a text's runs of blank lines or its
 * whitespace-only lines, so offsets into the text shift while every block, field and break stays the same.
 */
function withoutOffsets(doc: CableDocument): CableDocument {
  return { ...doc, pageBreaks: doc.pageBreaks.map((b) => ({ ...b, offset: 0 })) };
}

describe.skipIf(!hasCorpus())('generic detector on every corpus text in four layouts', () => {
  const texts = corpusFiles('cables', '.txt');
  it('has the corpus texts', () => {
    expect(texts.length).toBe(52);
  });

  for (const file of texts) {
    const text = readCorpus(file);
    const expected = parseCableText(text);
    for (const [name, layout] of Object.entries(genericLayouts)) {
      it(`${basename(file)} in ${name}`, () => {
        const detection = detectCable(docOf(layout(text)), url, { generic: true });
        expect(detection.found).toBe(true);
        if (!detection.found) return;
        expect(detection.adapter.name).toBe('generic');
        const found = parseCable(detection.cable);
        if (name === 'pre') expect(detection.cable.bodyText).toBe(text.replace(/\n+$/, ''));
        if (name === 'paragraphs') expect(withoutOffsets(found)).toEqual(withoutOffsets(expected));
        else expect(found).toEqual(expected);
      });
    }
  }
});

describe('generic detector declines pages that hold no cable', () => {
  for (const [name, make] of Object.entries(nonCablePages)) {
    it(`declines ${name}`, () => {
      const doc = docOf(make());
      const html = doc.documentElement.outerHTML;
      const detection = detectCable(doc, url, { generic: true });
      expect(detection.found).toBe(false);
      expect(doc.documentElement.outerHTML).toBe(html);
    });
  }

  it('bails out of 5 MB of text at the read budget, before any scoring', () => {
    const detection = detectCable(docOf(nonCablePages['5 MB of unrelated text']?.() ?? ''), url, {
      generic: true,
    });
    expect(detection).toEqual({
      found: false,
      reason: 'the page is too large to be a cable page',
      code: 'too-large',
    });
    expect(GENERIC_LIMITS.maxChars).toBeLessThan(5 * 1024 * 1024);
  });
});
