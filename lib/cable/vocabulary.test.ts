import { describe, expect, it } from 'vitest';
import { CORPUS_POSTS } from './header/posts.generated';
import { classificationLevel } from './markings';
import {
  FIELD_LABELS,
  type FieldKind,
  LEVEL_BANNER,
  LEVEL_NAMES,
  LEVELS,
  POST_ALIASES,
  POSTS,
} from './vocabulary';

const labelOf = (line: string): FieldKind | null => FIELD_LABELS.find(([re]) => re.test(line))?.[1] ?? null;

describe('vocabulary', () => {
  it('names every level, and each banner reads back as its level', () => {
    for (const level of LEVELS) {
      expect(LEVEL_NAMES[level]).toBeTruthy();
      expect(classificationLevel(LEVEL_BANNER[level])).toBe(level);
    }
  });

  it.each([
    ['TOP SECRET', 'TS'],
    ['T O P S E C R E T', 'TS'],
    ['TOP SECRET//NOFORN', 'TS'],
    ['E C R E T', 'S'],
    ['O N F I D E N T I A L', 'C'],
    ['CC O N F I D E N T I A L', 'C'],
  ])('banner %s is level %s', (banner, level) => {
    expect(classificationLevel(banner)).toBe(level);
  });

  it.each([
    ['TAGS: PGOV', 'tags'],
    ['TAGS; PGOV', 'tags'],
    ['TAGS, PGOV', 'tags'],
    ['TAS: PGOV', 'tags'],
    ['TABS: PGOV', 'tags'],
    ['TGS: PGOV', 'tags'],
    ['TAGES: PGOV', 'tags'],
    ['AGS: PGOV', 'tags'],
    ['Tags: pgov, prel', 'tags'],
    ['SUBJECT: FOO', 'subject'],
    ['SUBJ: FOO', 'subject'],
    ['UBJECT: FOO', 'subject'],
    ['SUBJECT FOO BAR', 'subject'],
    ['Subject: Foo', 'subject'],
    ['REF: A. STATE 1', 'ref'],
    ['REFS: STATE 1', 'ref'],
    ['Ref(s): A) State 1', 'ref'],
    ['REFTEL: STATE 1', 'ref'],
    ['REF. STATE 1', 'ref'],
    ['REF A. STATE 1', 'ref'],
    ['REF A) STATE 1', 'ref'],
    ['(TS) Classified By: Foo', 'classifiedBy'],
  ])('%s starts a %s field', (line, kind) => {
    expect(labelOf(line)).toBe(kind);
  });

  it('keeps post keys letters only, aliases one step from a post that is no alias itself', () => {
    for (const [form, post] of POSTS) {
      expect(form).toMatch(/^[A-Z]{2,}$/);
      expect(post).toMatch(/^[A-Z]{2,}$/);
    }
    for (const post of Object.values(POST_ALIASES)) expect(POST_ALIASES[post]).toBeUndefined();
  });

  it('holds the posts the corpus ids name, each under its own name', () => {
    expect(Object.keys(CORPUS_POSTS).length).toBeGreaterThan(50);
    for (const post of new Set(Object.values(CORPUS_POSTS))) expect(POSTS.get(post)).toBe(post);
  });
});
