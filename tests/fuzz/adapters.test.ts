// Fuzzes the site adapters with hostile pages: corpus and fixture pages mutated (byte ranges deleted, duplicated,
// swapped, truncated; random tags; 10,000-level nesting; closing tags dropped; huge attributes; bidi, zero-width,
// NUL and lone surrogates) and random HTML. Every adapter's extract, detectCable (generic on), the CLI's loader
// and parseCable on what they find must never throw, never hang, and keep their output contracts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { hasCorpus } from '../corpus';
import { expectSound } from './checks';
import { params, testTimeout } from './config';
import { HangGuard } from './guard';
import { anyText, describeMutations, mutate, PAYLOADS, pageMutation, randomTag } from './mutations';
import { corpusPages, fixturePages, type SeedPage, URLS } from './seeds';

const guard = new HangGuard();
afterAll(() => guard.close());

const withCorpus = hasCorpus();
const pages: SeedPage[] = [...fixturePages(), ...(withCorpus ? corpusPages() : [])];

/** A page from the list, mutated, served at its own address or at any of the others. */
const mutatedPage = fc.record({
  page: fc.nat({ max: pages.length - 1 }),
  mutations: fc.array(pageMutation, { minLength: 1, maxLength: 4 }),
  url: fc.option(fc.nat({ max: URLS.length - 1 }), { freq: 2 }),
});

/** Small documents of random tags, text and payloads, sometimes inside a known layout's frame. */
const randomHtml = fc
  .record({
    parts: fc.array(fc.oneof(randomTag, anyText(80), fc.constantFrom(...PAYLOADS)), { maxLength: 60 }),
    frame: fc.constantFrom('none', 'cablegate', 'plusd', 'cablegatesearch', 'pre'),
  })
  .map(({ parts, frame }) => {
    const inner = parts.join('');
    if (frame === 'cablegate')
      return `<div class="pane big"><h3>Viewing cable ${inner}</h3><table class="cable"><tr><td>${inner}</td></tr></table><code><pre>${inner}</pre></code></div>`;
    if (frame === 'plusd') return `<table id="synopsis">${inner}</table><div id="tagged-text">${inner}</div>`;
    if (frame === 'cablegatesearch')
      return `<table id="cable-summary">${inner}</table><div id="cable"><div class="cable-content"><div id="cable-header">${inner}</div><div class="cable-body">${inner}</div></div></div>`;
    if (frame === 'pre') return `<html><body><div><pre>${inner}</pre></div></body></html>`;
    return inner;
  });

describe('site adapters under fuzzing', () => {
  it('lists the pages it mutates', () => {
    // Eleven fixture pages always; with the corpus, its 54 Cablegate and PlusD pages too.
    expect(pages.length).toBeGreaterThanOrEqual(withCorpus ? 60 : 11);
  });

  it(
    'mutated corpus and fixture pages: no adapter or parse throws or hangs, contracts hold',
    async () => {
      // Runs in which some adapter still found a cable: a fuzz run that never reached the pipeline must fail.
      const seen = { runs: 0, found: 0 };
      await fc.assert(
        fc.asyncProperty(mutatedPage, async ({ page, mutations, url }) => {
          const seed = pages[page] as SeedPage;
          const html = mutate(seed.html, mutations);
          const href = url === null ? seed.url : (URLS[url] as string);
          const report = expectSound(
            await guard.run({ kind: 'page', html, url: href }),
            `${seed.name} at ${href}, mutated ${describeMutations(mutations)}`,
          );
          seen.runs += 1;
          if (report.extractions.some((x) => x.document !== null)) seen.found += 1;
        }),
        params(40),
      );
      expect(seen.found).toBeGreaterThan(seen.runs / 4);
    },
    testTimeout(40),
  );

  it(
    'random HTML: no adapter or parse throws or hangs, contracts hold',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomHtml, fc.nat({ max: URLS.length - 1 }), async (html, url) => {
          const href = URLS[url] as string;
          expectSound(
            await guard.run({ kind: 'page', html, url: href }),
            `${JSON.stringify(html)} at ${href}`,
          );
        }),
        params(120),
      );
    },
    testTimeout(120),
  );

  it(
    'any string as a page: no adapter or parse throws or hangs',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText(2_000), fc.nat({ max: URLS.length - 1 }), async (html, url) => {
          const href = URLS[url] as string;
          expectSound(
            await guard.run({ kind: 'page', html, url: href }),
            `${JSON.stringify(html)} at ${href}`,
          );
        }),
        params(100),
      );
    },
    testTimeout(100),
  );

  it(
    'mutated pages handed to the CLI (as a saved file and on stdin): loaded or declined in one line, never thrown',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedPage, fc.constantFrom('page.html', '-', 'page.txt'), async (input, name) => {
          const seed = pages[input.page] as SeedPage;
          const content = mutate(seed.html, input.mutations);
          expectSound(
            await guard.run({ kind: 'cli', name, content }),
            `${seed.name} as ${name}, mutated ${describeMutations(input.mutations)}`,
          );
        }),
        params(25),
      );
    },
    testTimeout(25),
  );
});
