// Banners other mirrors glued to the routing's last address line, their blocks joined with no separator
// (`...DEPT OF TREASURY WASHDCUNCLAS SECTION 01 OF 10`, `RUEHRO/AMEMBASSY ROMEC O N F I D E N T I A L`): puts
// the banner back on a line of its own. Looks only at address lines near the start; adds line breaks, nothing else.

// Where a header's routing ends, at the latest: a glued banner further down is no header's.
const HEAD = 6000;
// A routing line: a prosign field, a routing indicator (`RUEHRO/`) or an addressee.
const ADDRESS = /^ *(?:FM|TO|INFO|XMT|[A-Z]{4,7}\/|AMEMBASSY|AMCONSUL|SECSTATE|USMISSION|USDEL)\b/;
// The banners, spaced forms and long forms first (`UNCLASSIFIED` before `UNCLAS`).
const BANNERS = [
  'T O P S E C R E T',
  'C O N F I D E N T I A L',
  'S E C R E T',
  'U N C L A S S I F I E D',
  'LIMITED OFFICIAL USE',
  'UNCLASSIFIED',
  'CONFIDENTIAL',
  'UNCLAS',
  'SECRET',
];

const isCapital = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

/** Where in `line` a banner starts glued to two capitals before it, then a space or the line's end, or -1. */
function gluedIn(line: string): number {
  for (const banner of BANNERS) {
    for (let at = line.indexOf(banner, 2); at >= 0; at = line.indexOf(banner, at + 1)) {
      const after = line[at + banner.length];
      if (isCapital(line[at - 1]) && isCapital(line[at - 2]) && (after === undefined || after === ' '))
        return at;
    }
  }
  return -1;
}

const startsWithBanner = (line: string): boolean => {
  const trimmed = line.trimStart();
  return BANNERS.some((banner) => trimmed.startsWith(banner));
};

/**
 * `text` with a banner glued to an address line's end moved to the next line. An addressee written on lines of
 * its own under `INFO` (`DEPT OF TREASURY WASHDC`) is an address line too: the routing block runs until a blank
 * line or the banner's own line.
 */
export function splitGluedBanner(text: string): string {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  let out = '';
  let last = 0;
  let inRouting = false;
  for (let start = 0; start < head.length; ) {
    const nl = head.indexOf('\n', start);
    const end = nl < 0 ? head.length : nl;
    const line = head.slice(start, end);
    inRouting = ADDRESS.test(line) || (inRouting && line.trim() !== '' && !startsWithBanner(line));
    const at = inRouting ? gluedIn(line) : -1;
    if (at >= 0) {
      out += `${text.slice(last, start + at)}\n`;
      last = start + at;
      inRouting = false;
    }
    start = end + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
