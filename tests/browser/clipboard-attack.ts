// The page that fights the clipboard, for the clipboard-policy suites in Chromium and Firefox: a plain-http mirror
// page served with `Permissions-Policy: clipboard-write=()` whose own `copy` listener rewrites anything copied through
// it, and counts it. The page and its headers only: how a suite serves and reads it lives in the suite.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';

export const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, `../../assets/seed/${CABLE_ID}.txt`), 'utf8'),
);
/** Plain http: no secure context, so the page's own Clipboard API does not exist there. */
export const CABLE_URL = `http://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
/** What the page's listener puts on the clipboard instead of what was copied. */
export const REWRITTEN = 'the page rewrote this copy';
/** The response headers beside the Content-Type: the page forbids clipboard writes to itself and its frames. */
export const POLICY_HEADERS: Readonly<Record<string, string>> = {
  'permissions-policy': 'clipboard-write=()',
};
/** The page's own script: every copy that goes through its document is replaced, and counted in `__pageCopies`. */
const FIGHT_COPY = `<script>
window.__pageCopies = 0;
document.addEventListener('copy', (event) => {
  window.__pageCopies += 1;
  event.clipboardData.setData('text/plain', ${JSON.stringify(REWRITTEN)});
  event.preventDefault();
}, true);
</script>`;
export const CABLE_HTML: string = cablegateLayout({ ...seed.meta, header: null, body: seed.body }).replace(
  '</head>',
  `${FIGHT_COPY}</head>`,
);
/** A page of another site, allowed to read the clipboard: where a suite reads what was copied. */
export const READER_URL = 'https://clipboard-reader.test/';
