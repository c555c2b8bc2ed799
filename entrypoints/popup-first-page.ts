// The popup's first request, as a classic script in popup.html's <head>: it runs while the page is parsed, before
// the popup's modules are fetched and evaluated, so the background reads the first page meanwhile (and a stopped
// service worker starts meanwhile). Wiring only (see popup/first-page.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askFirstPage } from './popup/first-page';

export default defineUnlistedScript(() => askFirstPage());
