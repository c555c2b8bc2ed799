// What a normalised portion marking means, in the interface language, for hover text and screen readers:
// `S//NF` -> "Secret, no foreign nationals (NOFORN)". Message names per level, caveat and release group; the
// marking's own codes stay as written. Which caveats exist is lib/cable/vocabulary.ts's.
import { type MessageKey, t, uiLocale } from './t';

const LEVEL_KEYS: Readonly<Record<string, MessageKey>> = {
  U: 'level_U',
  SBU: 'level_SBU',
  LOU: 'level_LOU',
  C: 'level_C',
  S: 'level_S',
  TS: 'level_TS',
};

/** Each normalised caveat token (lib/cable/vocabulary.ts CAVEATS) to its meaning. */
const CAVEAT_KEYS: Readonly<Record<string, MessageKey>> = {
  NF: 'caveat_NF',
  FOUO: 'caveat_FOUO',
  FGI: 'caveat_FGI',
  ORCON: 'caveat_ORCON',
  PROPIN: 'caveat_PROPIN',
  NOCONTRACT: 'caveat_NOCONTRACT',
  RELIDO: 'caveat_RELIDO',
  IMCON: 'caveat_IMCON',
  SCI: 'caveat_SCI',
  SI: 'caveat_SI',
  TK: 'caveat_TK',
  HCS: 'caveat_HCS',
  NODIS: 'caveat_NODIS',
  EXDIS: 'caveat_EXDIS',
  LIMDIS: 'caveat_LIMDIS',
  REL: 'caveat_REL',
};

/** Release groups a `REL TO` list names; NATO and ISAF read as themselves in every language. */
const GROUP_KEYS: Readonly<Record<string, MessageKey>> = {
  FVEY: 'group_FVEY',
  ACGU: 'group_ACGU',
  USA: 'group_USA',
};

function partnerName(code: string): string {
  const key = GROUP_KEYS[code];
  if (key) return t(key);
  // Trigraphs and acronyms stay as written; country names read better in title case.
  return code.length <= 4 ? code : code.charAt(0) + code.slice(1).toLowerCase();
}

/** `a`, `a and b`, `a, b and c` as the interface language joins a list. */
function joinWords(items: string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

function caveatMeaning(caveat: string): string {
  const rel = /^REL(?: TO)? (.+)$/.exec(caveat);
  if (rel) return t('caveat_relTo', joinWords((rel[1] as string).split(', ').map(partnerName)));
  const fgi = /^FGI (.+)$/.exec(caveat);
  if (fgi) return t('caveat_fgiFrom', fgi[1] as string);
  const key = CAVEAT_KEYS[caveat];
  return key ? t(key) : caveat;
}

/** The meaning of a normalised marking (`S//NF`, `C//REL TO USA, FVEY`); a form it does not know, unchanged. */
export function markingMeaning(normalized: string): string {
  const [head = '', ...caveats] = normalized.split('//');
  const level = LEVEL_KEYS[head];
  if (!level) return normalized;
  return [t(level), ...caveats.map(caveatMeaning)].join(t('list_separator'));
}
