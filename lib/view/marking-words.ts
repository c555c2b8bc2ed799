// The short words a screen reader says for a portion marking, once per paragraph: `S//NF` -> "Secret, NOFORN".
// The level in the interface language, the caveats as a reader of cables knows them; the long meaning stays in
// the badge's hover text. Pure over the normalised marking.
import type { Level } from '../cable/types';
import { levelName } from '../i18n/vocabulary';

const LEVELS = new Set<string>(['U', 'SBU', 'C', 'S', 'TS']);

/** Caveats read as the word a reader of cables knows (`NF` is said NOFORN); others as written. */
const CAVEAT_WORDS: Record<string, string> = { NF: 'NOFORN', OC: 'ORCON' };

/** `S//NF` -> `Secret, NOFORN`; `C//REL NATO` -> `Confidential, REL NATO`; unknown forms as written. */
export function spokenMarking(marking: string): string {
  const [head = '', ...caveats] = marking.split('//');
  if (!LEVELS.has(head)) return marking;
  return [levelName(head as Level), ...caveats.map((c) => CAVEAT_WORDS[c] ?? c)].join(', ');
}
