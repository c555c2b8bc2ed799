// Fuzzes the text pipeline: corpus cable texts mutated (byte ranges deleted, duplicated, swapped, truncated;
// hostile insertions), cable-shaped random texts, any strings, hostile page metadata and mutated cablesearch.org
// answers. parseCable/parseCableText must never throw or hang, and every document keeps the output contract:
// unique block keys, no page-break header left in a block, canonical ids, a lossless JSON round trip.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageMeta } from '../../lib/cable/types';
import { hasCorpus } from '../corpus';
import { cableShapedText } from './cable-shapes';
import { expectSound } from './checks';
import { params, testTimeout } from './config';
import { HangGuard } from './guard';
import { anyText, describeMutations, mutate, PAYLOADS, textMutation } from './mutations';
import { corpusAnswers, corpusTexts, fixtureTexts, type SeedText } from './seeds';

const guard = new HangGuard();
afterAll(() => guard.close());

const withCorpus = hasCorpus();
const texts: SeedText[] = [...fixtureTexts(), ...(withCorpus ? corpusTexts() : [])];
const answers: SeedText[] = withCorpus ? corpusAnswers() : [];

const mutatedText = fc.record({
  text: fc.nat({ max: texts.length - 1 }),
  mutations: fc.array(textMutation, { minLength: 1, maxLength: 5 }),
});

const hostileValue = fc.oneof(
  anyText(40),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom('09ZEMBLA123', '2009-03-14'),
);
/** Page metadata as a hostile or broken page may give it. */
const hostileMeta: fc.Arbitrary<PageMeta> = fc.record(
  {
    id: hostileValue,
    date: hostileValue,
    classification: hostileValue,
    origin: hostileValue,
    subject: hostileValue,
    tags: fc.array(hostileValue, { maxLength: 3 }),
    url: hostileValue,
  },
  { requiredKeys: [] },
);

describe('the pipeline under fuzzing', () => {
  it('starts from every corpus cable text (and the sample and the seed)', () => {
    expect(texts.length).toBeGreaterThanOrEqual(withCorpus ? 54 : 2);
  });

  it(
    'mutated cable texts: parseCableText never throws or hangs, the output contract holds',
    async () => {
      // Documents that came out with numbered paragraphs: a fuzz run that parsed nothing must fail.
      const seen = { docs: 0, withParagraphs: 0 };
      await fc.assert(
        fc.asyncProperty(mutatedText, async ({ text, mutations }) => {
          const seed = texts[text] as SeedText;
          const input = mutate(seed.text, mutations);
          const report = expectSound(
            await guard.run({ kind: 'text', text: input }),
            `${seed.name} mutated ${describeMutations(mutations)}`,
          );
          seen.docs += report.documents.length;
          seen.withParagraphs += report.documents.filter((d) =>
            d.blocks.some((b) => b.kind === 'paragraph'),
          ).length;
        }),
        params(60),
      );
      // Most mutations leave most of a cable: a run where nothing came out numbered tested nothing.
      expect(seen.withParagraphs).toBeGreaterThan(seen.docs / 4);
    },
    testTimeout(60),
  );

  it(
    'mutated texts with their routing header apart and hostile page metadata: parseCable holds',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          mutatedText,
          fc.option(textMutation),
          hostileMeta,
          async (input, headerEdit, pageMeta) => {
            const seed = texts[input.text] as SeedText;
            const header =
              seed.header === undefined ? null : mutate(seed.header, headerEdit ? [headerEdit] : []);
            expectSound(
              await guard.run({
                kind: 'raw',
                raw: { headerText: header, bodyText: mutate(seed.text, input.mutations), pageMeta },
              }),
              `${seed.name} mutated ${describeMutations(input.mutations)}, header edit ${describeMutations(headerEdit ? [headerEdit] : [])}, page meta ${JSON.stringify(pageMeta)}`,
            );
          },
        ),
        params(30),
      );
    },
    testTimeout(30),
  );

  it(
    'cable-shaped random texts: parseCableText never throws or hangs, the output contract holds',
    async () => {
      await fc.assert(
        fc.asyncProperty(cableShapedText, async (text) => {
          expectSound(await guard.run({ kind: 'text', text }), JSON.stringify(text));
        }),
        params(200),
      );
    },
    testTimeout(200),
  );

  it(
    'any string (NUL, lone surrogates, bidi and zero-width characters): parseCableText holds',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText(3_000), async (text) => {
          expectSound(await guard.run({ kind: 'text', text }), JSON.stringify(text));
        }),
        params(150),
      );
    },
    testTimeout(150),
  );

  it.skipIf(!withCorpus)(
    'mutated cablesearch.org answers: a cable, or a one-line refusal; never another exception',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: Math.max(0, answers.length - 1) }),
          fc.array(textMutation, { minLength: 1, maxLength: 3 }),
          async (answer, mutations) => {
            const seed = answers[answer] as SeedText;
            expectSound(
              await guard.run({ kind: 'answer', source: mutate(seed.text, mutations) }),
              `${seed.name} mutated ${describeMutations(mutations)}`,
            );
          },
        ),
        params(40),
      );
    },
    testTimeout(40),
  );
});
