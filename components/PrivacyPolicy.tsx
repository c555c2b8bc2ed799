// The privacy policy's text, section by section (what is kept and where, what is sent, what sites see, access to
// sites, the reader's control). Presentational: the privacy page and the store listing generator show it.
import { type MessageKey, t } from '../lib/i18n/t';

/** The policy's sections in order: heading and text message names. */
const PRIVACY_SECTIONS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['privacy_keptTitle', 'privacy_kept'],
  ['privacy_sentTitle', 'privacy_sent'],
  ['privacy_pagesTitle', 'privacy_pages'],
  ['privacy_accessTitle', 'privacy_access'],
  ['privacy_controlTitle', 'privacy_control'],
];

export function PrivacyPolicy() {
  return (
    <main class="pv">
      <h1>{t('privacy_title')}</h1>
      <p class="pv-lead">{t('privacy_lead')}</p>
      {PRIVACY_SECTIONS.map(([title, text]) => (
        <section key={title}>
          <h2>{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </main>
  );
}
