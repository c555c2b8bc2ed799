// Cleans a SUBJECT value as read (lines joined) of what other fields glued to it (`...EGYPTREF: A. CAIRO 12`,
// `...CAIROClassified By:`, a trailing `REF A.`), CSV line ends, and gives an all-capitals subject a title form.

/** A subject and the REF value found glued to its end, if any. */
export interface CleanSubject {
  subject: string | null;
  /** The REF field's value that was glued to the subject (`A. CAIRO 12`), or null. */
  ref: string | null;
}

// `...EGYPTREF: A. CAIRO 12`, `... LIMA REF: A. LIMA 12`, `... REF A) STATE 1`, `... Ref(s): A) ...`.
const GLUED_REF =
  /(?:(?<=[A-Z)'"])|\s+)(?:REF(?:S|TEL|TELS)?|Refs?|Ref\(s\)|REF\(S\))(?:[ \t]*[:.][ \t]*|[ \t]+(?=\(?[A-Za-z][.)][ \t]))(.*)$/;
// `...CAIROClassified By:` and a `Classified by` sentence run on after the subject.
const GLUED_CLASSIFIED = /\s*(?<=\S)(?:Classified|CLASSIFIED)[ \t]+(?:By|BY)\b.*$/;
// A portion marking left dangling at the end (the next paragraph's), never the subject's own leading one.
const TRAILING_MARKING = /\s+\((?:U|C|S|TS|SBU|LOU)(?:\/\/?[A-Z ]{1,20})?\)$/;

/** Separates the subject from glued fields and CSV backslashes; an empty result is null. */
export function cleanSubject(raw: string): CleanSubject {
  let text = raw
    .replace(/\\(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let ref: string | null = null;
  const glued = GLUED_REF.exec(text);
  if (glued && glued.index > 0) {
    ref = (glued[1] as string).trim() || null;
    text = text.slice(0, glued.index);
  }
  text = text.replace(GLUED_CLASSIFIED, '').replace(TRAILING_MARKING, '').trim();
  return { subject: text || null, ref };
}

// Words a title keeps in lower case, unless first.
const SMALL = new Set(
  'A AN AND AS AT BUT BY FOR FROM IN INTO NOR OF ON OR OVER PER THE TO UPON VIA VS WITH'.split(' '),
);
// Words a title keeps in capitals: acronyms of the cables' world that carry vowels (the rest are told by shape).
const ACRONYMS = new Set(
  (
    'US USA UN UK EU AU NATO OSCE IAEA ASEAN APEC OPEC WTO NPT UNSC UNGA OAS ICC ICJ IMF OECD SADC ECOWAS GCC OIC ' +
    'GOI GOE GOA GOB GOC GOF GOG GOH GOJ GOK GOL GOM GON GOP GOR GOS GOT GOU GOV GOY GOZ DPRK PRC ROK USG ' +
    'UAE FARC ETA PKK ISAF UNAMA UNIFIL UNMIK AKP ANC PRI PAN PT PSOE PP CDU SPD FTA FTAA MOU AIDS HIV ' +
    'EXIM OPIC USAID UNHCR UNICEF UNESCO UNDP WHO ICRC IDP IDPS NGO NGOS ONG CEO VIP MP MPS PM FM DM DCM ' +
    'ASEC CODEL STAFFDEL WMD CW BW OAU AMISOM UNAMID EULEX KFOR SFOR EUFOR IED IEDS MFA MOFA MOD MOI MOJ MOE GOA'
  ).split(' '),
);
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

function titleWord(word: string, first: boolean): string {
  // Possessives (`UK'S`, `NATO’S`) are read without their `'S`.
  const core = word.replace(/^[^A-Z0-9]+|['\u2019]S\b.*$|[^A-Z0-9]+$/g, '');
  if (!core) return word;
  // Words with digits, dots or slashes (`U.S.`, `A/S`, `G-8`), acronyms, roman numerals and vowelless words
  // (`PRC`, `MFA`) stay as written.
  if (/[0-9./]/.test(core) || ACRONYMS.has(core) || ROMAN.test(core) || !/[AEIOUY]/.test(core))
    return keep(word);
  if (!first && SMALL.has(core)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/(^|[-'(\u2019"])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase())
    .replace(/(['\u2019])S\b/g, '$1s');
}

/** An acronym kept in capitals, its possessive in lower case (`UK’S` -> `UK’s`). */
function keep(word: string): string {
  return word.replace(/(['\u2019])S\b/g, '$1s');
}

/**
 * An all-capitals subject in title case (`MINISTER MEETS THE U.S. AMBASSADOR` -> `Minister Meets the U.S.
 * Ambassador`); else null. A redaction (`xxxxxxxxxxxx`, lower case in most copies) stays as written.
 */
export function subjectTitle(subject: string | null): string | null {
  if (!subject || /[a-z]/.test(subject.replace(/x{4,}/gi, '')) || !/[A-Z]{2}/.test(subject)) return null;
  const words = subject.split(' ');
  // After a colon or a dash a new title part starts: its first word is capitalised too; so is the word after a
  // portion marking that opens the subject (`(C) The Talks`).
  let first = true;
  return words
    .map((w, i) => {
      const out = titleWord(w, first);
      first = /[:\u2014-]$/.test(w) || w === '-' || w === '--' || (i === 0 && /^\([A-Z/]{1,8}\)$/.test(w));
      return out;
    })
    .join(' ');
}
