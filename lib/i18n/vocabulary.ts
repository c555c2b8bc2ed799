// The cable vocabulary's meanings in the interface language: level names today (the words a cable writes,
// SECRET or NOFORN, stay as written). Message names only; the vocabulary itself is lib/cable/vocabulary.ts.
import type { Level } from '../cable/types';
import { type MessageKey, t } from './t';

const LEVEL_NAME_KEYS: Readonly<Record<Level, MessageKey>> = {
  U: 'level_U',
  SBU: 'level_SBU',
  C: 'level_C',
  S: 'level_S',
  TS: 'level_TS',
};

/** A classification level in words, sentence case (`Top secret`, `Streng geheim`). */
export function levelName(level: Level): string {
  return t(LEVEL_NAME_KEYS[level]);
}
