// `library.html`: with `?cable=<id>` the saved copy of that cable (saved-copy.tsx, loaded on demand), without it
// the library of every kept cable (index-page.tsx), whose list is asked for before anything is drawn.
// Wiring only.
import '../../components/popup/bookmarks.css';
import './style.css';
import { render } from 'preact';
import { localizePage } from '../../lib/i18n/page';
import { readPageParams } from '../../lib/pages/addresses';
import { askFirstScreen } from './first-screen';
import { LibraryIndexPage } from './index-page';

const app = document.getElementById('app') as HTMLElement;
const { cableId } = readPageParams(location.search);
if (cableId) {
  localizePage('lib_pageTitle', cableId);
  void import('./saved-copy').then(({ SavedCopyPage }) => render(<SavedCopyPage cableId={cableId} />, app));
} else {
  localizePage('lib_title');
  // Asked already by library-first-page.js in the page's <head>; asked here where that script did not run.
  askFirstScreen();
  render(<LibraryIndexPage />, app);
}
