// Splits the officer of a `Classified By:` line into name and title (`Ambassador John Doe`, `John Doe, DCM`,
// `POL/C JANE ROE`). Reads only the officer text classifiedBy() leaves; never the reasons.

export interface Classifier {
  name: string | null;
  title: string | null;
}

// Words of an office title, in any case (`Political Minister-Counselor`, `CHARGE D'AFFAIRES`, `A/DCM`).
const TITLE_WORDS = new Set(
  (
    "AMBASSADOR AMB AMB. CHARGE CHARGE\u0301 D'AFFAIRES DAFFAIRES A.I. AI DCM DEPUTY CHIEF OF MISSION POLITICAL " +
    'POLITICAL-MILITARY ECONOMIC ECONOMIC-POLITICAL POL ECON POLECON POL-ECON POLOFF ECONOFF POLCOUNS ECONCOUNS ' +
    'COUNSELOR COUNSELLOR MINISTER MINISTER-COUNSELOR MINISTER-COUNSELLOR COUNSELOR. SECTION CHIEF HEAD ' +
    'OFFICER ACTING DIRECTOR ASSISTANT SECRETARY UNDER DEPUTY PRINCIPAL CONSUL GENERAL CONSUL-GENERAL ' +
    'CONSULATE CONSUL. CDA CG PO DAS A/S S/P NEA EUR AF WHA EAP SCA ISN INR PM DRL OFFICE FOR AND ' +
    'PUBLIC AFFAIRS MANAGEMENT REGIONAL SECURITY RSO DATT ATTACHE DEFENSE MILITARY LEGAL COORDINATOR ' +
    'SPECIAL ENVOY REPRESENTATIVE PERMANENT ALTERNATE SENIOR ADVISOR ADVISER DEPT DEPARTMENT STATE ' +
    'EMBASSY U.S. US MISSION INTERIM THE PRT TEAM LEADER LTC COL LT MAJ CAPT CDR USUN USEU USNATO USOSCE ' +
    'AIT LEGAL MIN COUN DIR DIR. IO USDEL MEMBER AMBASSAOR ECONMIN POLMIN MINCOUNS'
  ).split(' '),
);

// What classifiedBy() may leave around the officer: a marking, the label again (`Classified by DCM ...`,
// `This message classified by`, misspelt `Classfied By:`), and the reasons' first word or its broken half
// (`, Reason(s)`, `reason para`, `. REA SONS`), or `E.O. 12958`.
const LEAD_NOISE = /^(?:\([A-Z/]{1,6}\)\s*|this\s+message\s+|(?:\d\.\s*)?class?i?fi?e?d\s+by\s*:?\s*)+/i;
const TAIL_NOISE =
  /(?:[\s,.;:-]+(?:reasons?(?:\s*\(s\))?(?:\s+para)?|r\s?e(?:\s?a(?:\s?s(?:\s?o(?:\s?n(?:\s?s)?)?)?)?)?|E\.?\s?O\.?\s?12958)\s*:?)+$/i;
// A name's suffix after a comma (`John Doe, Jr., Ambassador`).
const SUFFIX = /^\s*((?:JR|SR|II|III|IV)\.?)(?=[\s,]|$)/i;

const clean = (s: string): string | null => {
  const text = s.replace(/^[\s,;:.-]+|[\s,;:-]+$/g, '').trim();
  return text || null;
};

function isTitleWord(word: string): boolean {
  const w = word.toUpperCase().replace(/[,;:]$/, '');
  return TITLE_WORDS.has(w) || /\//.test(w);
}

/** Two to four capitalised words, none of them a title word (`John A. Doe`). */
function looksLikeName(part: string): boolean {
  const words = part.split(' ').filter(Boolean);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z]/.test(w) && !isTitleWord(w));
}

/** Name and title of the classifying officer; either may be null (`Classified By: DCM` has no name). */
export function splitClassifier(by: string | null): Classifier | null {
  const text = by
    ?.replace(/\s+/g, ' ')
    .replace(LEAD_NOISE, '')
    .replace(TAIL_NOISE, '')
    .replace(/(?<=[A-Za-z]):(?=[A-Za-z])/g, ': ')
    .trim();
  // `Derived from: DSCG 05-1`, `Derived from Multiple Sources`: a guide or sources, no officer to name.
  if (!text || /^Derived[ \t]+from\b/i.test(text)) return null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    let head = text.slice(0, comma);
    let tail = text.slice(comma + 1);
    const suffix = SUFFIX.exec(tail);
    if (suffix) {
      head = `${head}, ${suffix[1]}`;
      tail = tail.slice(suffix[0].length).replace(/^\s*,/, '');
    }
    // `John Doe, Political Counselor`: a name first; `Ambassador, Embassy X` / `DCM, for reasons`: a title first.
    if (!head.split(' ').some(isTitleWord) && head.split(' ').length <= 5)
      return { name: clean(head), title: clean(tail) };
    if (head.split(' ').every(isTitleWord)) {
      // `Charge d'Affaires, a.i., John Doe`: a later part of two to four name-like words is the name.
      const parts = text.split(',').map((p) => p.trim());
      const at = parts.findIndex((p, i) => i > 0 && looksLikeName(p));
      if (at < 0) return { name: null, title: clean(text) };
      return { name: clean(parts[at] as string), title: clean(parts.filter((_, i) => i !== at).join(', ')) };
    }
  }
  const words = text.split(' ');
  let i = 0;
  while (i < words.length && isTitleWord(words[i] as string)) i++;
  // `Charge d'Affaires a.i. John Doe`: the leading title words; the rest is the name, when it looks like one.
  const name = words.slice(i).join(' ');
  const title = words.slice(0, i).join(' ');
  if (i === 0) return { name: clean(name), title: null };
  return { name: clean(name), title: clean(title) };
}
