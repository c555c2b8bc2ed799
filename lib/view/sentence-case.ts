// The "sentence case" display of an all-caps cable: lower case with capitals at sentence starts and for what stays
// capitalised (acronyms, ids, names the header gives). Display only: same length, character for character, so
// the copy of a selection can take the same offsets from the text as sent. Pure.

/** Share of capitals among the letters above which a text counts as all caps. */
const ALL_CAPS = 0.9;

/** True when the cable's text is written in capitals (a teletype cable), so sentence case means something. */
export function isAllCaps(texts: readonly string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const text of texts) {
    for (const ch of text) {
      if (ch >= 'A' && ch <= 'Z') {
        upper++;
        letters++;
      } else if (ch >= 'a' && ch <= 'z') letters++;
    }
    if (letters > 4000) break;
  }
  return letters >= 40 && upper / letters >= ALL_CAPS;
}

// Acronyms that stay in capitals wherever they stand; besides these, any word without a vowel (DCM, NSC) and the
// "Government of" trigraphs (GOK, GOI) do too. A list, because USG and MET look alike to a rule.
const KEEP = new Set(
  (
    'US USG UN EU UK UAE MFA MOD MOI MOJ DAS AID FBI CIA DOD DOE DHS DOJ DOS PRC DPRK ROK USTR NATO OSCE UNSC IAEA ' +
    'ASEAN OPEC NGO NGOS UNHCR UNDP WTO IMF USAID NOFORN SIPDIS FOUO ECON POL EUR SCA NEA WHA AF EAP ISN INR IO ' +
    'OAS AU ICC ICRC GDP OK TV'
  ).split(' '),
);

/** Words after which a single letter is a label (`REF A`, `PARA 5 B`), not the article. */
const LABEL_BEFORE = new Set([
  'REF',
  'REFS',
  'REFTEL',
  'REFTELS',
  'PARA',
  'PARAS',
  'SECTION',
  'AND',
  'TAB',
  'ANNEX',
]);

export interface CaseHints {
  /** Words (upper case) shown with a capital first letter: place names and names from the header. */
  names: ReadonlySet<string>;
}

/** Names from the header's origin, addressees and signature, as capitalised words. */
export function namesFrom(fields: readonly (string | null)[]): Set<string> {
  const names = new Set<string>();
  for (const field of fields) {
    for (const word of field?.toUpperCase().match(/[A-Z]{3,}/g) ?? []) if (!KEEP.has(word)) names.add(word);
  }
  return names;
}

function caseWord(word: string, sentenceStart: boolean, previous: string, hints: CaseHints): string {
  if (/\d/.test(word) || KEEP.has(word) || /^GO[A-Z]$/.test(word) || /^[B-DF-HJ-NP-TV-Z]{2,}$/.test(word))
    return word;
  if (word.length === 1 && (word === 'I' || LABEL_BEFORE.has(previous))) return word;
  const lower = word.toLowerCase();
  if (sentenceStart || hints.names.has(word)) return word.charAt(0) + lower.slice(1);
  return lower;
}

/** `THE AMBASSADOR MET USG OFFICIALS. THEY AGREED.` -> `The ambassador met USG officials. They agreed.` */
export function sentenceCase(text: string, hints: CaseHints, startsSentence = true): string {
  let start = startsSentence;
  let previous = '';
  return text.replace(/[A-Za-z0-9']+|[.!?:]+|[^A-Za-z0-9'.!?:]+/g, (token) => {
    if (/^[.!?:]+$/.test(token)) {
      start = true;
      return token;
    }
    if (!/[A-Za-z0-9]/.test(token)) return token;
    const out = caseWord(token, start, previous, hints);
    start = false;
    previous = token.toUpperCase();
    return out;
  });
}
