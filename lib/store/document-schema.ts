// Valibot schema of a CableDocument, from the field schemas of fields.ts, for every way a document enters the store.
// Kept exactly in step with lib/cable/types.ts by a compile-time check below; it validates, it never repairs.
import * as v from 'valibot';
import type { CableDocument } from '../cable/types';
import {
  blockKeySchema,
  countSchema,
  LIMITS,
  levelSchema,
  longTextSchema,
  mediumTextSchema,
  shortListSchema,
  shortTextSchema,
} from './fields';

const shortOrNull = v.nullable(shortTextSchema);
const precedenceSchema = v.picklist(['FLASH', 'NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE']);

const blockSchema = v.strictObject({
  kind: v.picklist(['paragraph', 'subparagraph', 'list-item', 'heading', 'redaction', 'signature', 'text']),
  key: blockKeySchema,
  number: shortOrNull,
  marking: shortOrNull,
  markingWritten: shortOrNull,
  text: longTextSchema,
  depth: countSchema,
  parent: shortOrNull,
  spans: v.pipe(
    v.array(
      v.variant('kind', [
        v.strictObject({ kind: v.picklist(['summary', 'comment']), start: countSchema, end: countSchema }),
        v.strictObject({
          kind: v.literal('marking'),
          start: countSchema,
          end: countSchema,
          marking: shortTextSchema,
        }),
      ]),
    ),
    v.maxLength(LIMITS.listItems),
  ),
});

const metaSchema = v.strictObject({
  classification: shortOrNull,
  level: v.nullable(levelSchema),
  date: shortOrNull,
  origin: shortOrNull,
  subject: v.nullable(mediumTextSchema),
  from: shortOrNull,
  to: shortListSchema,
  info: shortListSchema,
  tags: shortListSchema,
  references: v.pipe(
    v.array(
      v.strictObject({
        letter: shortOrNull,
        text: mediumTextSchema,
        id: shortOrNull,
        kind: v.optional(v.picklist(['cable', 'email', 'telcon', 'memo', 'other'])),
      }),
    ),
    v.maxLength(LIMITS.listItems),
  ),
  classifiedBy: shortOrNull,
  reasons: shortListSchema,
  declassify: shortOrNull,
  executiveOrder: shortOrNull,
  passing: shortListSchema,
  handling: shortListSchema,
  section: v.nullable(v.strictObject({ section: countSchema, of: countSchema })),
  signature: shortOrNull,
  subjectTitle: v.optional(v.nullable(mediumTextSchema)),
  tagKinds: v.optional(
    v.pipe(
      v.array(v.picklist(['subject', 'geographic', 'organisation', 'program', 'person', 'other'])),
      v.maxLength(LIMITS.listItems),
    ),
  ),
  classifier: v.optional(v.nullable(v.strictObject({ name: shortOrNull, title: shortOrNull }))),
  excluded: v.optional(shortListSchema),
  addressees: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          name: shortTextSchema,
          list: v.picklist(['to', 'info']),
          precedence: v.nullable(precedenceSchema),
        }),
      ),
      v.maxLength(LIMITS.listItems),
    ),
  ),
  precedence: v.optional(v.nullable(precedenceSchema)),
  transmissionId: v.optional(shortOrNull),
  dtg: v.optional(shortOrNull),
  conflicts: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          field: v.picklist(['id', 'date', 'classification', 'origin']),
          page: shortTextSchema,
          text: shortTextSchema,
        }),
      ),
      v.maxLength(LIMITS.listItems),
    ),
  ),
  entireText: v.optional(
    v.strictObject({
      marking: v.strictObject({ normalized: shortTextSchema, written: shortTextSchema, level: levelSchema }),
      label: shortOrNull,
    }),
  ),
  summary: v.optional(v.nullable(longTextSchema)),
  partial: v.optional(v.boolean()),
});

export const documentSchema = v.strictObject({
  id: shortOrNull,
  meta: metaSchema,
  pageBreaks: v.pipe(
    v.array(
      v.strictObject({
        text: shortTextSchema,
        page: v.nullable(countSchema),
        of: v.nullable(countSchema),
        offset: countSchema,
        blockKey: shortOrNull,
        inBlock: v.optional(countSchema),
        // The lines either side of the break, as written: in flattened text a line is a whole paragraph.
        around: v.optional(v.pipe(v.array(longTextSchema), v.maxLength(LIMITS.listItems))),
      }),
    ),
    v.maxLength(LIMITS.listItems),
  ),
  blocks: v.pipe(v.array(blockSchema), v.maxLength(LIMITS.blocks)),
});

// Fails to compile when lib/cable/types.ts and this schema disagree in either direction: update both together.
// Optional fields are made required on both sides first, so a field added as optional is caught too.
type Exact<T> = T extends (infer U)[] ? Exact<U>[] : T extends object ? { [K in keyof T]-?: Exact<T[K]> } : T;
type Same<A, B> = [Exact<A>] extends [Exact<B>] ? ([Exact<B>] extends [Exact<A>] ? true : false) : false;
type Assert<T extends true> = T;
// biome-ignore lint/correctness/noUnusedVariables: the check is the type's compilation, nothing uses it.
type DocumentSchemaInStep = Assert<Same<v.InferOutput<typeof documentSchema>, CableDocument>>;

/** Why a document does not fit the schema (the first problem, with its path), or null when it does. */
export function documentProblem(document: unknown): string | null {
  const result = v.safeParse(documentSchema, document);
  if (result.success) return null;
  const [first] = result.issues;
  const path = (first.path ?? []).map((step) => String(step.key)).join('.');
  return `${path || 'document'}: ${first.message}`;
}
