// Banners other mirrors glued to the routing's last address line, their blocks joined with no separator
// (`...DEPT OF TREASURY WASHDCUNCLAS SECTION 01 OF 10`, `RUEHRO/AMEMBASSY ROMEC O N F I D E N T I A L`): puts
// the banner back on a line of its own. Looks only at address lines near the start; adds line breaks, nothing else.

// Where a header's routing ends, at the latest: a glued banner further down is no header's.
const HEAD = 6000;
// A routing line: a prosign field, a routing indicator (`RUEHRO/`) or an addressee.
const ADDRESS = /^ *(?:FM|TO|INFO|XMT|[A-Z]{4,7}\/|AMEMBASSY|AMCONSUL|SECSTATE|USMISSION|USDEL)\b/;
// A banner right after capitals, then a space or the line's end: spaced forms and long forms first.
const GLUED =
  /(?<=[A-Z]{2})(?:T O P S E C R E T|C O N F I D E N T I A L|S E C R E T|U N C L A S S I F I E D|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?= |$)/;

/** `text` with a banner glued to an address line's end moved to the next line. */
export function splitGluedBanner(text: string): string {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  let changed = false;
  const lines = head.split('\n').map((line) => {
    if (!ADDRESS.test(line)) return line;
    const m = GLUED.exec(line);
    if (!m) return line;
    changed = true;
    return `${line.slice(0, m.index)}\n${line.slice(m.index)}`;
  });
  return changed ? lines.join('\n') + text.slice(head.length) : text;
}
