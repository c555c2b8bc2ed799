// Test support shared by the suites of several folders: a CableMeta with every field empty, for hand-built documents.
// Tests only import it; nothing in the product does.
import type { CableMeta } from './types';

/** A CableMeta with every field empty, overridden by `partial`. */
export function emptyMeta(partial: Partial<CableMeta> = {}): CableMeta {
  return {
    classification: null,
    level: null,
    date: null,
    origin: null,
    subject: null,
    from: null,
    to: [],
    info: [],
    tags: [],
    references: [],
    classifiedBy: null,
    reasons: [],
    declassify: null,
    executiveOrder: null,
    passing: [],
    handling: [],
    section: null,
    signature: null,
    ...partial,
  };
}
