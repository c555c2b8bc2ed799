// Tidies the signature the body found into the signer's name for `meta.signature`: archive footers are no
// signer, a repeated name is one, and a trailing `.`, `##`, a redaction or a quoted cable's `UNQUOTE` go.

// Lines archives append after a cable's end, never a signer.
const FOOTER =
  /^(?:Declassified\/Released|NOTE:\s*NOT PASSED|NOT PASSED TO|\S+\s+-\s+Classification:|BT\b|NNNN|END OF (?:TEXT|MESSAGE))/i;

/** The signer's name, or null when what was found is a footer or nothing is left. */
export function cleanSigner(found: string | null): string | null {
  if (!found) return null;
  let text = found.replace(/\s+/g, ' ').trim();
  if (FOOTER.test(text)) return null;
  // A quoted cable ends `... CLINTON UNQUOTE CLINTON`: the signer is the one after the quote.
  const quote = text.toUpperCase().lastIndexOf('UNQUOTE');
  if (quote >= 0) text = text.slice(quote + 'UNQUOTE'.length);
  const words = text
    .replace(/[#.]+$/, '')
    .split(' ')
    .filter((w) => w && !/^X{4,}$/i.test(w));
  // `SHANNON Shannon`: one signer written twice.
  const out: string[] = [];
  for (const w of words) if (out[out.length - 1]?.toUpperCase() !== w.toUpperCase()) out.push(w);
  const name = out.join(' ').trim();
  return name || null;
}
