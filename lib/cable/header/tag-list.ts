// Reads a TAGS value into its tags and their kinds: codes in any case, glued codes split by the code table
// (`KFRDKIRFCVIS`), free-text and person tags kept whole, handling words and page banners never kept.
import type { TagKind } from '../types';
import { NOT_TAG_WORDS, TAG_TYPOS } from '../vocabulary';
import { isKnownTag, tagKind } from './tags';

export interface TagList {
  tags: string[];
  kinds: TagKind[];
}

// A person tag as written (`OVIP (DOE, JOHN B.)`): a name in parentheses after a code.
const PERSON = /\(([A-Za-z' -]{2,40},[A-Za-z' .-]{1,40})\)/g;
// Codes are capitals; the first token of prose (a paragraph glued on in one-line text) ends the list.
const CODE = /^[A-Z][A-Z0-9-]{1,39}\.?$/;
const MAX_SPLIT = 40;
const TYPO = new RegExp(`\\b(?:${Object.keys(TAG_TYPOS).join('|')})\\b`, 'g');

/** `ITPHUM`, `VEPREL`: a country digraph run on into a code, the archive's repetition of codes already listed. */
function isRunOn(code: string): boolean {
  return (
    code.length >= 5 &&
    !isKnownTag(code) &&
    tagKind(code.slice(0, 2)) === 'geographic' &&
    isKnownTag(code.slice(2))
  );
}

/**
 * `KFRDKIRFCVIS` -> `KFRD KIRF CVIS`, `KDEMAF` -> `KDEM AF`: when the whole token splits into known codes of four
 * or five letters, a country digraph allowed last only (so words such as `POLITICS` never split into digraphs).
 */
function splitGlued(token: string): string[] | null {
  if (token.length < 4 || token.length > MAX_SPLIT || isKnownTag(token)) return null;
  // best[i]: a split of token.slice(0, i) into known codes, fewest parts first.
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= token.length; i++) {
    best[i] = null;
    for (let n = Math.min(5, i); n >= 2; n--) {
      const before = best[i - n];
      const part = token.slice(i - n, i);
      if (n < 4 && (i !== token.length || tagKind(part) !== 'geographic')) continue;
      if (before && isKnownTag(part) && (!best[i] || before.length + 1 < (best[i] as string[]).length))
        best[i] = [...before, part];
    }
  }
  const parts = best[token.length];
  return parts && parts.length > 1 ? parts : null;
}

/**
 * Tags from a TAGS value (its lines joined with spaces): split on spaces, commas and semicolons; a value written
 * all in lower case is read in capitals; unknown words after `OVIP` are the visiting person's name.
 */
export function readTags(value: string): TagList {
  const tags: string[] = [];
  const kinds: TagKind[] = [];
  const add = (tag: string, kind: TagKind) => {
    if (tags.includes(tag)) return;
    tags.push(tag);
    kinds.push(kind);
  };
  const lower = !/[A-Z]/.test(value);
  const text = (lower ? value.toUpperCase() : value).replace(TYPO, (typo) => TAG_TYPOS[typo] as string);
  const persons: string[] = [];
  const rest = text.replace(PERSON, (_, name: string) => {
    persons.push(name.replace(/\s+/g, ' ').replace(/\.$/, '').trim().toUpperCase());
    return ` \uE000${persons.length - 1} `;
  });
  let afterVip: string[] | null = null;
  const flushVip = () => {
    if (afterVip && afterVip.length > 0) add(afterVip.join(', '), 'person');
    afterVip = null;
  };
  // A free-text tag of several words (`ECONOMIC AFFAIRS`): unknown words of five letters or more with only
  // spaces between them (`POLITICS USEU` stays two).
  let freeAt = -1;
  for (const [index, raw] of rest.split(/([\s,;]+)/).entries()) {
    if (index % 2 === 1) {
      if (/[,;]/.test(raw)) freeAt = -1;
      continue;
    }
    if (!raw) continue;
    const person = /^\uE000(\d+)$/.exec(raw);
    if (person) {
      flushVip();
      add(persons[Number(person[1])] as string, 'person');
      continue;
    }
    const known = isKnownTag(raw);
    if (!CODE.test(raw) && !known) break;
    const code = raw.toUpperCase().replace(/[^A-Z0-9-]/g, '');
    if (!code || NOT_TAG_WORDS.has(code)) continue;
    if (afterVip && !isKnownTag(code) && tagKind(code) === 'other' && afterVip.length < 3) {
      afterVip.push(code);
      continue;
    }
    flushVip();
    if (isRunOn(code)) continue;
    const parts = tagKind(code) === 'other' || code.length > 5 ? splitGlued(code) : null;
    const free = !parts && !isKnownTag(code) && tagKind(code) === 'other' && code.length >= 5;
    if (free && freeAt >= 0 && freeAt === tags.length - 1) {
      tags[freeAt] = `${tags[freeAt]} ${code}`;
      continue;
    }
    for (const part of parts ?? [code]) add(part, tagKind(part));
    freeAt = free ? tags.length - 1 : -1;
    if (code === 'OVIP') afterVip = [];
  }
  flushVip();
  return { tags, kinds };
}
