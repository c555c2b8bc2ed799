// The popup: the current tab's view switch and "Enable on this site", the reader's bookmarks and notes
// (./bookmarks.tsx), the shortcut, the way to the settings.
// Wiring only: it reads the tab and the permissions and passes plain state to components/TabPanel.
// `popup.html?tab=<id>` targets a given tab (tests open the popup as a page, where no tab is "active").
import './style.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type TabInfo, TabPanel } from '../../components/TabPanel';
import { localizePage } from '../../lib/i18n/page';
import { t } from '../../lib/i18n/t';
import { sendToTab } from '../../lib/messaging/runtime';
import { originPattern } from '../../lib/settings/enabled-origins';
import { loadSiteView, saveSiteView } from '../../lib/settings/storage';
import { MIRROR_HOSTS } from '../../lib/sites/mirrors';
import { TOGGLE_COMMAND, type ViewState } from '../../lib/view/tab-view';
import { BookmarksSection } from './bookmarks';
import { askFirstPage } from './first-page';

async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's answer, or null when it has no clean view to answer (not a cable page) or it failed. */
async function askView(tabId: number, name: 'view.getState' | 'view.toggle'): Promise<ViewState | null> {
  try {
    return await sendToTab(tabId, name);
  } catch {
    return null;
  }
}

async function readTab(tabId: number): Promise<TabInfo> {
  const [tab, view] = await Promise.all([
    browser.tabs.get(tabId).catch(() => null),
    askView(tabId, 'view.getState'),
  ]);
  const url = tab?.url ?? null;
  const origin = url ? originPattern(url) : null;
  const enabled = origin
    ? await browser.permissions.contains({ origins: [origin] }).catch(() => false)
    : false;
  if (view) {
    const host = url ? new URL(url).hostname : null;
    const alwaysOriginal = host ? (await loadSiteView(host).catch(() => 'clean')) === 'original' : false;
    return {
      kind: 'cable',
      view,
      enabledOrigin: view.site === 'generic' && enabled ? origin : null,
      site: host ? { host, alwaysOriginal } : undefined,
    };
  }
  if (url && !origin) return { kind: 'not-web' };
  const host = url ? new URL(url).hostname : null;
  const mirror = host !== null && MIRROR_HOSTS.has(host);
  const searched = enabled && !mirror;
  // Only a host the reader enabled is searched, so only there is there a verdict to give.
  const why = searched ? await sendToTab(tabId, 'page.whyNotRead').catch(() => null) : null;
  return { kind: 'no-cable', host, origin, mirror, enabled: searched, why: why?.code ?? null };
}

function Popup() {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [info, setInfo] = useState<TabInfo>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [hasCommands, setHasCommands] = useState(false);

  const refresh = useCallback(async (id: number | undefined) => {
    setInfo(id === undefined ? { kind: 'not-web' } : await readTab(id));
  }, []);

  useEffect(() => {
    targetTabId().then((id) => {
      setTabId(id);
      void refresh(id);
    });
    // Firefox for Android has no keyboard commands (no commands API): the popup says nothing of a shortcut there.
    if (!browser.commands) return;
    setHasCommands(true);
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === TOGGLE_COMMAND)?.shortcut || null))
      .catch(() => setShortcut(null));
  }, [refresh]);

  const toggle = async () => {
    if (tabId === undefined || info.kind !== 'cable') return;
    setBusy(true);
    const view = await askView(tabId, 'view.toggle');
    setBusy(false);
    if (view) setInfo({ ...info, view });
    else setError(t('popup_pageNoAnswer'));
  };

  // permissions.request must run inside the click itself, before any await, or the browser refuses it.
  const enable = () => {
    if (info.kind !== 'no-cable' || !info.origin || tabId === undefined) return;
    setError(null);
    browser.permissions
      .request({ origins: [info.origin] })
      .then((granted) => {
        if (!granted) setError(t('popup_notGranted'));
        // The background registers the script and runs it on this tab; look again once it has.
        else setTimeout(() => void refresh(tabId), 400);
      })
      .catch((e: unknown) => setError(t('popup_permissionFailed', String(e))));
  };

  const chooseAlwaysOriginal = async (always: boolean) => {
    if (info.kind !== 'cable' || !info.site) return;
    const { host } = info.site;
    try {
      await saveSiteView(host, always ? 'original' : 'clean');
      setInfo({ ...info, site: { host, alwaysOriginal: always } });
    } catch (e: unknown) {
      setError(t('popup_choiceFailed', String(e)));
    }
  };

  const disable = async () => {
    const origin = info.kind === 'cable' ? info.enabledOrigin : info.kind === 'no-cable' ? info.origin : null;
    if (!origin) return;
    setBusy(true);
    const removed = await browser.permissions.remove({ origins: [origin] }).catch(() => false);
    setBusy(false);
    if (!removed) setError(t('popup_disableFailed'));
    else await refresh(tabId);
  };

  return (
    <main class="pp">
      <header class="pp-header">
        <h1>{t('ext_name')}</h1>
      </header>
      <TabPanel
        info={info}
        busy={busy}
        error={error}
        onToggle={toggle}
        onEnable={enable}
        onDisable={disable}
        onAlwaysOriginal={(always) => void chooseAlwaysOriginal(always)}
      />
      <BookmarksSection tabId={tabId} tabCableId={info.kind === 'cable' ? info.view.id : null} />
      <footer class="pp-footer">
        {hasCommands ? (
          <p class="pp-muted">{shortcut ? t('popup_shortcut', shortcut) : t('popup_noShortcut')}</p>
        ) : null}
        <button type="button" class="pp-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </footer>
    </main>
  );
}

// Asked already by popup-first-page.js in the page's <head>; asked here where that script did not run.
askFirstPage();
localizePage('ext_name');
render(<Popup />, document.getElementById('app') as HTMLElement);
