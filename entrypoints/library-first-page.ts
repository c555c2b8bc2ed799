// The library's first request, as a classic script in library.html's <head>: it runs while the page is parsed,
// before the page's modules are fetched and evaluated, so the background reads the first rows meanwhile (and a
// stopped service worker starts meanwhile). Wiring only (see library/first-screen.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askFirstScreen } from './library/first-screen';

export default defineUnlistedScript(() => askFirstScreen());
