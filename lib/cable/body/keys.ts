// Unique, stable block keys for anchors and bookmarks: paragraphs by their label (`45`, then `45-2` for a second
// 45), sub-items under their parent (`4.a`, `4.a.ii`), list items, text and redactions by their rank under the
// parent (`4.l2`, `4.t1`, `r1`), headings by rank (`h3`), the signature `sig`. Rewrapping never changes them.
import type { BlockKind } from '../types';

/** What a key is made from: the block's kind, label and parent (index into the same list, or -1). */
export interface KeySource {
  kind: BlockKind;
  label: string | null;
  parent: number;
}

const RANK_PREFIX: Partial<Record<BlockKind, string>> = {
  'list-item': 'l',
  text: 't',
  redaction: 'r',
  heading: 'h',
};

/** Keys for the blocks, in order; every key is unique within the cable. */
export function assignKeys(sources: readonly KeySource[]): string[] {
  const keys: string[] = [];
  const used = new Map<string, number>();
  const ranks = new Map<string, number>();
  const unique = (base: string): string => {
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    if (seen === 0) return base;
    let n = seen + 1;
    while (used.has(`${base}-${n}`)) n++;
    const key = `${base}-${n}`;
    used.set(key, 1);
    return key;
  };
  for (const s of sources) {
    const parentKey = s.parent >= 0 ? keys[s.parent] : undefined;
    const scope = s.kind === 'heading' ? '' : (parentKey ?? '');
    let base: string;
    if (s.kind === 'signature') base = 'sig';
    else if (
      s.label !== null &&
      (s.kind === 'paragraph' || s.kind === 'subparagraph' || s.kind === 'heading')
    ) {
      base = s.kind === 'paragraph' || !scope ? s.label : `${scope}.${s.label}`;
      if (s.kind === 'heading') base = `h-${s.label}`;
    } else {
      const prefix = RANK_PREFIX[s.kind] ?? 't';
      const rankKey = `${scope}|${prefix}`;
      const rank = (ranks.get(rankKey) ?? 0) + 1;
      ranks.set(rankKey, rank);
      base = scope ? `${scope}.${prefix}${rank}` : `${prefix}${rank}`;
    }
    keys.push(unique(base));
  }
  return keys;
}
