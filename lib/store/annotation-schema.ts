// The W3C Web Annotation (JSON-LD) file Cable Reader writes and reads: an AnnotationCollection of highlights,
// bookmarks and notes. Valibot schema of what import accepts, and the names of Cable Reader's own terms.
import * as v from 'valibot';
import {
  blockKeySchema,
  cableIdSchema,
  countSchema,
  isoTimeSchema,
  LIMITS,
  mediumTextSchema,
  noteTextSchema,
  shortTextSchema,
} from './fields';
import { HIGHLIGHT_COLOURS, MAX_TAGS } from './schema';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Cable Reader's vocabulary for what Web Annotation has no term for (the cable id, paragraph, colour). */
export const CABLE_NS = 'https://cable-reader.dev/ns#';
/** Ids of annotations: `urn:cable-reader:<kind>:<record id>`. */
export const URN_PREFIX = 'urn:cable-reader:';

const quote = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.longText)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(256)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(256)), ''),
});
const position = v.object({ type: v.literal('TextPositionSelector'), start: countSchema, end: countSchema });
const fragment = v.object({ type: v.literal('FragmentSelector'), value: shortTextSchema });
const selector = v.variant('type', [quote, position, fragment]);

const body = v.object({
  type: v.literal('TextualBody'),
  value: noteTextSchema,
  purpose: v.picklist(['commenting', 'tagging', 'highlighting', 'classifying']),
  format: v.optional(v.string()),
});

const target = v.object({
  /** The mirror page where the cable was read (any http(s) URL), or the cable's URN when none is known. */
  source: v.pipe(v.string(), v.maxLength(LIMITS.url)),
  'cable:id': cableIdSchema,
  'cable:paragraph': v.optional(v.nullable(blockKeySchema)),
  'cable:label': v.optional(v.nullable(shortTextSchema)),
  'cable:marking': v.optional(v.nullable(shortTextSchema)),
  'cable:subject': v.optional(v.nullable(mediumTextSchema)),
  selector: v.optional(v.pipe(v.array(selector), v.maxLength(4)), []),
});

export const annotationSchema = v.object({
  id: v.pipe(v.string(), v.startsWith(URN_PREFIX), v.maxLength(400)),
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting', 'bookmarking']),
  created: isoTimeSchema,
  modified: isoTimeSchema,
  body: v.optional(v.pipe(v.array(body), v.maxLength(MAX_TAGS + 4)), []),
  target,
  'cable:colour': v.optional(v.picklist(HIGHLIGHT_COLOURS)),
  /** For a note on a bookmarked paragraph: the bookmark annotation it belongs to. */
  'cable:bookmark': v.optional(v.pipe(v.string(), v.startsWith(URN_PREFIX), v.maxLength(400))),
});

export const collectionSchema = v.object({
  '@context': v.unknown(),
  type: v.literal('AnnotationCollection'),
  label: v.optional(v.string()),
  total: v.optional(v.number()),
  first: v.object({
    type: v.literal('AnnotationPage'),
    items: v.pipe(v.array(v.unknown()), v.maxLength(500_000)),
  }),
});

export type WebAnnotation = v.InferOutput<typeof annotationSchema>;
export type AnnotationBody = WebAnnotation['body'][number];
