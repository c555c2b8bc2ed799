// Dashes a mirror turned into a closing parenthesis: Cablegate wrote the cables' dash as ` ) ` (`Prime Minister )
// Francois Fillon`, `leading up to ) and since ) the decision`). Restores them as the cables' own `--` in block text.
// Touches only a `)` standing between spaces that closes nothing; every other character stays.

/** `text` with each ` ) ` that closes no `(` before it written `--`. */
export function restoreDashes(text: string): string {
  if (!text.includes(' ) ')) return text;
  let depth = 0;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) depth--;
      else if (text[i - 1] === ' ' && text[i + 1] === ' ') {
        out += `${text.slice(last, i)}--`;
        last = i + 1;
      }
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
