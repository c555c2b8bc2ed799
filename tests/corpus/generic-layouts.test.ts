// The generic detector on every unknown-mirror layout (archive, blog, forum, 1990s table, Markdown, text/plain,
// code viewers with a line-number gutter, the seed’s own site...): every corpus cable text and a sample of archive
// bodies is found in each and reads as the plain text does; 20+ pages that are no cable, in the same frames, are
// declined and left untouched.
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCable } from '../../lib/sites/detect';
import { hasCorpus } from '../corpus';
import { genericLayoutList, genericLayoutsByName } from '../fixtures/generic-layouts';
import { negativePages } from '../fixtures/generic-negatives';
import { archiveSources, cableSources, readInLayout } from './generic-layouts';

const figures = new Map<
  string,
  { found: number; same: number; of: number; declined: number; negatives: number }
>();
const figure = (layout: string) => {
  const f = figures.get(layout) ?? { found: 0, same: 0, of: 0, declined: 0, negatives: 0 };
  figures.set(layout, f);
  return f;
};

afterAll(() => {
  if (figures.size === 0) return;
  const rows = [...figures].map(
    ([name, f]) =>
      `${name.padEnd(18)} found ${f.found}/${f.of}  same structure ${f.same}/${f.of}  declined-when-negative ${f.declined}/${f.negatives}`,
  );
  console.info(`[generic layouts]\n${rows.join('\n')}`);
});

describe.skipIf(!hasCorpus())('every corpus cable and a sample of archive bodies in every layout', () => {
  const sources = [...cableSources(), ...archiveSources(10)];
  it('has the corpus texts and a sample of archive pages', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  for (const layout of genericLayoutList) {
    it(`${layout.name}: ${layout.about}`, () => {
      const f = figure(layout.name);
      const wrong: string[] = [];
      for (const source of sources) {
        const { outcome, reason } = readInLayout(layout, source);
        f.of++;
        if (outcome !== 'declined') f.found++;
        if (outcome === 'same') f.same++;
        else wrong.push(`${source.id}: ${outcome}${reason ? ` (${reason})` : ''}`);
      }
      expect(wrong).toEqual([]);
    }, 60_000);
  }
});

describe('pages that are no cable, in the same frames, are declined untouched', () => {
  it('has twenty or more of them, over the layouts', () => {
    expect(negativePages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(negativePages.map((n) => n.layout)).size).toBeGreaterThanOrEqual(10);
  });

  for (const negative of negativePages) {
    it(`declines ${negative.name} (${negative.layout})`, () => {
      const layout = genericLayoutsByName[negative.layout];
      expect(layout).toBeDefined();
      const doc = parseHTML(negative.html).document as unknown as Document;
      const before = doc.documentElement.outerHTML;
      const detection = detectCable(doc, new URL(`https://mirror.example.org${layout?.path}`), {
        generic: true,
      });
      const f = figure(negative.layout);
      f.negatives++;
      if (!detection.found) f.declined++;
      expect(detection.found ? `found: ${detection.cable.bodyText.slice(0, 80)}` : 'declined').toBe(
        'declined',
      );
      expect(!detection.found && detection.reason.length).toBeGreaterThan(10);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});
