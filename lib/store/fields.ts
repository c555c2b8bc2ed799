// One valibot schema per stored field (ids, keys, texts, times, URLs), used by documents, records, requests,
// export and import alike, so the store never accepts what its own import refuses. Schemas only; no storage.
import * as v from 'valibot';
import { isCanonicalId } from '../cable/header/ids';
import { isWebUrl, MAX_URL_LENGTH } from './mirror-urls';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './schema';

/** Size limits: generous for any real cable, small enough that a hostile file cannot exhaust memory. */
export const LIMITS = {
  /** A header field or label (an addressee line, a marking, a paragraph label). */
  shortText: 500,
  /** A text as long as a paragraph or a line of flattened text (page-break context lines are whole lines). */
  longText: 100_000,
  /** A subject or a reference's text. */
  mediumText: 5_000,
  listItems: 1_000,
  blocks: 10_000,
  /** Longest page URL kept; longer ones are trimmed of their query first (see mirror-urls.ts). */
  url: MAX_URL_LENGTH,
  /** Longest note, in characters. */
  note: MAX_NOTE_LENGTH,
} as const;

export const shortTextSchema = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
export const mediumTextSchema = v.pipe(v.string(), v.maxLength(LIMITS.mediumText));
export const longTextSchema = v.pipe(v.string(), v.maxLength(LIMITS.longText));
export const noteTextSchema = v.pipe(v.string(), v.maxLength(LIMITS.note));
export const countSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
export const shortListSchema = v.pipe(v.array(shortTextSchema), v.maxLength(LIMITS.listItems));

/** A canonical cable reference id (`08OSLO123`, `1974OSLO00123`): canonicalId's own rule. */
export const cableIdSchema = v.pipe(
  v.string(),
  v.maxLength(100),
  v.check(isCanonicalId, 'expected a cable reference id such as 08OSLO123'),
);

/** A record's own id (a bookmark's `cableIdSchema#key`, a note's UUID). */
export const recordIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

/** A block's key (see Block.key). */
export const blockKeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** The earliest time the store keeps: nothing it holds was written before 1970, so no time is negative. */
const EPOCH_ERROR = 'expected a time after 1 January 1970';

/** A time in epoch milliseconds, as records hold it. */
export const epochTimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0, EPOCH_ERROR));

/** A time as an export file writes it (ISO 8601), with the same range as `epochTimeSchema`. */
export const isoTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('expected an ISO 8601 time such as 2024-05-01T12:00:00.000Z'),
  v.check((iso) => Date.parse(iso) >= 0, EPOCH_ERROR),
);

/** An absolute http(s) URL no longer than the store keeps. */
export const webUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check(isWebUrl, 'expected an http(s) URL'),
);

/** A mirror layout (adapter name) or host. */
export const siteSchema = v.pipe(v.string(), v.maxLength(LIMITS.shortText));

export const levelSchema = v.picklist(['U', 'SBU', 'C', 'S', 'TS']);

/** The reader's tags on a highlight or a note: free text, each non-empty. */
export const tagListSchema = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH))),
  v.maxLength(MAX_TAGS),
);
