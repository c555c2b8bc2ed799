// The privacy policy (`privacy.html`), linked from the settings and the store listings: what the README's "Your
// data" says, in the reader's language. Wiring only; the text is components/PrivacyPolicy.tsx's.
import './style.css';
import { render } from 'preact';
import { PrivacyPolicy } from '../../components/PrivacyPolicy';
import { localizePage } from '../../lib/i18n/page';

localizePage('privacy_title');
render(<PrivacyPolicy />, document.getElementById('app') as HTMLElement);
