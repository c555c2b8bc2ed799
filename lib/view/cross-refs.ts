// Cross-references inside a cable's text that the view turns into links: `para 20`, `paragraphs 53-54`,
// `paras 3 and 4`, `REF H`, `ref B`, `reftel A`. Pure: finds them and says what each points at; only targets the
// cable has are kept, so a link never leads nowhere.

type CrossRefTarget = { kind: 'paragraph'; key: string } | { kind: 'reference'; letter: string };

export interface CrossRef {
  start: number;
  end: number;
  target: CrossRefTarget;
}

export interface CrossRefTargets {
  /** Paragraph label (lower case) -> key of the first paragraph with it. */
  paragraphs: ReadonlyMap<string, string>;
  /** The header's reference letters (upper case). */
  letters: ReadonlySet<string>;
}

// `PARA 20`, `PARAS 53-54`, `PARAGRAPHS 3 AND 4`, `PARA. 5`, `PARA 5 ABOVE`; the numbers are the link texts.
const PARA =
  /\b(?:para(?:graph)?s?\.?|¶)\s*(\d{1,3})(?:\s*(?:-|–|to|through|and|&|,)\s*(\d{1,3}))?(?!\d|\.\d)/gi;
// `REF A`, `REFS A AND B`, `REFTEL B`, `REF (C)`: letters of one or two characters.
const REF = /\b(?:ref(?:tel)?s?\.?)\s*\(?([A-Z])\)?(?:\s*(?:and|&|,|-)\s*\(?([A-Z])\)?)?(?![A-Za-z])/gi;

/** Every cross-reference in `text` whose target exists, in text order, never overlapping. */
export function findCrossRefs(text: string, targets: CrossRefTargets): CrossRef[] {
  const found: CrossRef[] = [];
  for (const m of text.matchAll(PARA)) {
    const numbers = [m[1], m[2]].filter((n): n is string => n !== undefined);
    let from = m.index ?? 0;
    for (const n of numbers) {
      const start = text.indexOf(n, from);
      from = start + n.length;
      const key = targets.paragraphs.get(n.toLowerCase());
      if (key) found.push({ start, end: start + n.length, target: { kind: 'paragraph', key } });
    }
  }
  for (const m of text.matchAll(REF)) {
    // `Ref` in running lower-case prose ("ref a conversation") is a word, not a reference: letters must be capitals.
    const letters = [m[1], m[2]].filter((l): l is string => l !== undefined && /[A-Z]/.test(l));
    let from = (m.index ?? 0) + 3;
    for (const letter of letters) {
      const start = text.indexOf(letter, from);
      from = start + 1;
      if (targets.letters.has(letter))
        found.push({ start, end: start + 1, target: { kind: 'reference', letter } });
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .filter((r, i, all) => i === 0 || r.start >= (all[i - 1] as CrossRef).end);
}
