// Valibot schema of a CableDocument, with size limits, for data crossing a trust boundary (imports, messages).
// Kept exactly in step with lib/cable/types.ts by a compile-time check below; it validates, it never repairs.
import * as v from 'valibot';
import type { CableDocument } from '../cable/types';

/** Size limits: generous for any real cable, small enough that a hostile file cannot exhaust memory. */
export const LIMITS = {
  shortText: 500,
  longText: 100_000,
  listItems: 1_000,
  blocks: 10_000,
} as const;

const short = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
const shortOrNull = v.nullable(short);
const long = v.pipe(v.string(), v.maxLength(LIMITS.longText));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const shortList = v.pipe(v.array(short), v.maxLength(LIMITS.listItems));

export const levelSchema = v.picklist(['U', 'SBU', 'C', 'S', 'TS']);

const blockSchema = v.strictObject({
  kind: v.picklist(['paragraph', 'subparagraph', 'list-item', 'heading', 'redaction', 'signature', 'text']),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  number: shortOrNull,
  marking: shortOrNull,
  markingWritten: shortOrNull,
  text: long,
  depth: count,
  parent: shortOrNull,
  spans: v.pipe(
    v.array(v.strictObject({ kind: v.picklist(['summary', 'comment']), start: count, end: count })),
    v.maxLength(LIMITS.listItems),
  ),
});

const metaSchema = v.strictObject({
  classification: shortOrNull,
  level: v.nullable(levelSchema),
  date: shortOrNull,
  origin: shortOrNull,
  subject: v.nullable(v.pipe(v.string(), v.maxLength(5_000))),
  from: shortOrNull,
  to: shortList,
  info: shortList,
  tags: shortList,
  references: v.pipe(
    v.array(
      v.strictObject({ letter: shortOrNull, text: v.pipe(v.string(), v.maxLength(5_000)), id: shortOrNull }),
    ),
    v.maxLength(LIMITS.listItems),
  ),
  classifiedBy: shortOrNull,
  reasons: shortList,
  declassify: shortOrNull,
  executiveOrder: shortOrNull,
  passing: shortList,
  handling: shortList,
  section: v.nullable(v.strictObject({ section: count, of: count })),
  signature: shortOrNull,
});

export const documentSchema = v.strictObject({
  id: shortOrNull,
  meta: metaSchema,
  pageBreaks: v.pipe(
    v.array(
      v.strictObject({
        text: short,
        page: v.nullable(count),
        of: v.nullable(count),
        offset: count,
        blockKey: shortOrNull,
        around: v.optional(shortList),
      }),
    ),
    v.maxLength(LIMITS.listItems),
  ),
  blocks: v.pipe(v.array(blockSchema), v.maxLength(LIMITS.blocks)),
});

// Fails to compile when lib/cable/types.ts and this schema disagree in either direction: update both together.
// Optional fields are made required on both sides first, so a field added as optional is caught too.
export type Exact<T> = T extends (infer U)[]
  ? Exact<U>[]
  : T extends object
    ? { [K in keyof T]-?: Exact<T[K]> }
    : T;
export type Same<A, B> = [Exact<A>] extends [Exact<B>]
  ? [Exact<B>] extends [Exact<A>]
    ? true
    : false
  : false;
export type Assert<T extends true> = T;
export type DocumentSchemaInStep = Assert<Same<v.InferOutput<typeof documentSchema>, CableDocument>>;
