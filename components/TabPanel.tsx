// The popup's panel for the current tab: which cable it shows, the switch between views (this page only) and the
// site's standing choice of view, or why there is none and the "Enable on this site" control. Presentational: the
// popup entry supplies state and actions.

import { type MessageKey, t } from '../lib/i18n/t';
import type { DeclineCode } from '../lib/sites/types';
import type { ViewState } from '../lib/view/tab-view';

/** What the popup knows about its tab. */
export type TabInfo =
  | { kind: 'loading' }
  | {
      kind: 'cable';
      view: ViewState;
      enabledOrigin: string | null;
      /** The tab's host and whether the reader chose to open its cables in the original, where known. */
      site?: { host: string; alwaysOriginal: boolean };
    }
  | {
      kind: 'no-cable';
      host: string | null;
      origin: string | null;
      mirror: boolean;
      enabled: boolean;
      /** Why the page on an enabled host was not read, as its content script said; null when it did not say. */
      why?: DeclineCode | null;
    }
  | { kind: 'not-web' };

interface Props {
  info: TabInfo;
  busy: boolean;
  error: string | null;
  onToggle: () => void;
  onEnable: () => void;
  onDisable: () => void;
  /** "Always open the original on this site", chosen or undone. */
  onAlwaysOriginal?: (always: boolean) => void;
}

/** The sentence saying why a page was not read. */
const WHY: Record<DeclineCode, MessageKey> = {
  layout: 'popup_whyLayout',
  'no-body': 'popup_whyNoBody',
  'too-large': 'popup_whyTooLarge',
  'too-little': 'popup_whyTooLittle',
  'not-cable': 'popup_whyNotCable',
  'loose-text': 'popup_whyLooseText',
};

function hostOf(origin: string): string {
  return origin.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

export function TabPanel({ info, busy, error, onToggle, onEnable, onDisable, onAlwaysOriginal }: Props) {
  return (
    <section class="pp-tab" aria-labelledby="pp-tab-title" aria-busy={busy || info.kind === 'loading'}>
      <h2 id="pp-tab-title" class="pp-section-title">
        {t('popup_thisTab')}
      </h2>
      {info.kind === 'loading' ? <p class="pp-muted">{t('popup_looking')}</p> : null}
      {info.kind === 'cable' ? (
        <>
          <p class="pp-cable">
            <span class="pp-cable-id">{info.view.id ?? t('popup_cable')}</span>
            {info.view.subject ? <span class="pp-cable-subject">{info.view.subject}</span> : null}
          </p>
          <p class="pp-muted">
            {info.view.mode === 'clean' ? t('popup_shownClean') : t('popup_shownOriginal')}
          </p>
          <button type="button" class="pp-button pp-primary" disabled={busy} onClick={onToggle}>
            {info.view.mode === 'clean' ? t('popup_showOriginal') : t('popup_showClean')}
          </button>
          {info.site && onAlwaysOriginal ? (
            <>
              <label class="pp-check">
                <input
                  type="checkbox"
                  checked={info.site.alwaysOriginal}
                  disabled={busy}
                  onChange={(e) => onAlwaysOriginal((e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{t('popup_alwaysOriginal', info.site.host)}</span>
              </label>
              <p class="pp-hint">
                {info.site.alwaysOriginal
                  ? t('popup_alwaysOriginalOn', info.site.host)
                  : t('popup_thisPageOnly')}
              </p>
            </>
          ) : null}
          {info.enabledOrigin ? (
            <button type="button" class="pp-button" disabled={busy} onClick={onDisable}>
              {t('popup_disableOn', hostOf(info.enabledOrigin))}
            </button>
          ) : null}
        </>
      ) : null}
      {info.kind === 'no-cable' && info.mirror ? (
        <p class="pp-muted">{info.host ? t('popup_mirrorNotCable', info.host) : t('popup_notCableHere')}</p>
      ) : null}
      {info.kind === 'no-cable' && !info.mirror && info.enabled ? (
        <>
          <p class="pp-muted">{info.host ? t('popup_enabledNone', info.host) : t('popup_enabledNoneHere')}</p>
          {info.why ? <p class="pp-why">{t(WHY[info.why])}</p> : null}
          <button type="button" class="pp-button" disabled={busy} onClick={onDisable}>
            {t('popup_disableHere')}
          </button>
        </>
      ) : null}
      {info.kind === 'no-cable' && !info.mirror && !info.enabled ? (
        <>
          <p class="pp-muted">{t('popup_noCable')}</p>
          {info.origin ? (
            <>
              <button type="button" class="pp-button pp-primary" disabled={busy} onClick={onEnable}>
                {t('popup_enable')}
              </button>
              <p class="pp-hint">{t('popup_enableHint', info.host ?? info.origin)}</p>
            </>
          ) : null}
        </>
      ) : null}
      {info.kind === 'not-web' ? <p class="pp-muted">{t('popup_notWeb')}</p> : null}
      {error ? (
        <p class="pp-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
