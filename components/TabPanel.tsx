// The popup's panel for the current tab: which cable it shows and the switch between views, or why there is
// none and the "Enable on this site" control. Presentational: the popup entry supplies state and actions.
import type { ViewState } from '../lib/view/tab-view';

/** What the popup knows about its tab. */
export type TabInfo =
  | { kind: 'loading' }
  | { kind: 'cable'; view: ViewState; enabledOrigin: string | null }
  | { kind: 'no-cable'; host: string | null; origin: string | null; mirror: boolean; enabled: boolean }
  | { kind: 'not-web' };

interface Props {
  info: TabInfo;
  busy: boolean;
  error: string | null;
  onToggle: () => void;
  onEnable: () => void;
  onDisable: () => void;
}

function hostOf(origin: string): string {
  return origin.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

export function TabPanel({ info, busy, error, onToggle, onEnable, onDisable }: Props) {
  return (
    <section class="pp-tab" aria-labelledby="pp-tab-title" aria-busy={busy || info.kind === 'loading'}>
      <h2 id="pp-tab-title" class="pp-section-title">
        This tab
      </h2>
      {info.kind === 'loading' ? <p class="pp-muted">Looking at this tab…</p> : null}
      {info.kind === 'cable' ? (
        <>
          <p class="pp-cable">
            <span class="pp-cable-id">{info.view.id ?? 'Cable'}</span>
            {info.view.subject ? <span class="pp-cable-subject">{info.view.subject}</span> : null}
          </p>
          <p class="pp-muted">
            {info.view.mode === 'clean' ? 'Shown in the clean view.' : 'Shown as the site shows it.'}
          </p>
          <button type="button" class="pp-button pp-primary" disabled={busy} onClick={onToggle}>
            {info.view.mode === 'clean' ? 'Show original page' : 'Show clean view'}
          </button>
          {info.enabledOrigin ? (
            <button type="button" class="pp-button" disabled={busy} onClick={onDisable}>
              {`Disable on ${hostOf(info.enabledOrigin)}`}
            </button>
          ) : null}
        </>
      ) : null}
      {info.kind === 'no-cable' && info.mirror ? (
        <p class="pp-muted">{`This page of ${info.host ?? 'the mirror'} is not a cable.`}</p>
      ) : null}
      {info.kind === 'no-cable' && !info.mirror && info.enabled ? (
        <>
          <p class="pp-muted">{`Cable Reader looks for cables on ${info.host ?? 'this site'}, and found none on this page.`}</p>
          <button type="button" class="pp-button" disabled={busy} onClick={onDisable}>
            Disable on this site
          </button>
        </>
      ) : null}
      {info.kind === 'no-cable' && !info.mirror && !info.enabled ? (
        <>
          <p class="pp-muted">No cable recognised on this page.</p>
          {info.origin ? (
            <>
              <button type="button" class="pp-button pp-primary" disabled={busy} onClick={onEnable}>
                Enable on this site
              </button>
              <p class="pp-hint">{`Lets Cable Reader look for cable text on pages of ${info.host}. Your browser asks first.`}</p>
            </>
          ) : null}
        </>
      ) : null}
      {info.kind === 'not-web' ? (
        <p class="pp-muted">
          Open a cable on a mirror site (the WikiLeaks Cablegate viewer, PlusD, cablegatesearch).
        </p>
      ) : null}
      {error ? (
        <p class="pp-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
