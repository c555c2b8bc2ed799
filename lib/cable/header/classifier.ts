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
    'EMBASSY U.S. US MISSION INTERIM THE'
  ).split(' '),
);

const clean = (s: string): string | null => {
  const text = s.replace(/^[\s,;:.-]+|[\s,;:-]+$/g, '').trim();
  return text || null;
};

function isTitleWord(word: string): boolean {
  const w = word.toUpperCase().replace(/[,;:]$/, '');
  return TITLE_WORDS.has(w) || /\//.test(w);
}

/** Name and title of the classifying officer; either may be null (`Classified By: DCM` has no name). */
export function splitClassifier(by: string | null): Classifier | null {
  const text = by?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    const head = text.slice(0, comma);
    const tail = text.slice(comma + 1);
    // `John Doe, Political Counselor`: a name first; `Ambassador, Embassy X` / `DCM, for reasons`: a title first.
    if (!head.split(' ').some(isTitleWord) && head.split(' ').length <= 5)
      return { name: clean(head), title: clean(tail) };
    if (head.split(' ').every(isTitleWord)) return { name: null, title: clean(text) };
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
