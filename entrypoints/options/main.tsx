// The options page: reading-comfort settings with a live preview on the seed cable, the sites where the
// reader chose the original page, the sites enabled for the generic detector, and the shortcut.
// Wiring only: storage and permissions in, plain props out to the components.
import '../../components/view.css';
import './style.css';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import seedText from '../../assets/seed/08ASTANA1147.txt?raw';
import { CableView } from '../../components/CableView';
import { SettingsForm } from '../../components/SettingsForm';
import { SiteList } from '../../components/SiteList';
import { ThemeScope } from '../../components/ThemeScope';
import { parseCableText } from '../../lib/cable/index';
import type { CableDocument } from '../../lib/cable/types';
import { localizePage } from '../../lib/i18n/page';
import { t } from '../../lib/i18n/t';
import { enabledOrigins } from '../../lib/settings/enabled-origins';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../lib/settings/settings';
import {
  loadSettings,
  saveSettings,
  saveSiteView,
  sitesShowingOriginal,
  watchSettings,
} from '../../lib/settings/storage';
import { TOGGLE_COMMAND } from '../../lib/view/tab-view';

const PREVIEW_PARAGRAPHS = 3;
const PREVIEW_URL = 'https://example.org/cable/preview.html';

/** The seed cable up to its fourth numbered paragraph: enough to judge type, colours and markings. */
function previewDoc(): CableDocument {
  const doc = parseCableText(seedText);
  const cut = doc.blocks.filter((b) => b.kind === 'paragraph')[PREVIEW_PARAGRAPHS];
  const blocks = cut ? doc.blocks.slice(0, doc.blocks.indexOf(cut)) : doc.blocks;
  const keys = new Set(blocks.map((b) => b.key));
  return { ...doc, blocks, pageBreaks: doc.pageBreaks.filter((pb) => pb.blockKey && keys.has(pb.blockKey)) };
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function Options() {
  const [settings, setSettings] = useState<ReadingSettings>({ ...DEFAULT_SETTINGS });
  const [originalSites, setOriginalSites] = useState<string[]>([]);
  const [enabled, setEnabled] = useState<string[]>([]);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const doc = useMemo(previewDoc, []);

  const loadSites = async () => {
    setOriginalSites(await sitesShowingOriginal());
    setEnabled(enabledOrigins((await browser.permissions.getAll()).origins));
  };

  useEffect(() => {
    loadSettings().then(setSettings);
    void loadSites();
    // Firefox for Android has no commands API: no shortcut to report there.
    browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === TOGGLE_COMMAND)?.shortcut || null));
    const unwatch = watchSettings(setSettings);
    const onPermissions = () => void loadSites();
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, []);

  const change = (partial: Partial<ReadingSettings>) => {
    setSettings((current) => ({ ...current, ...partial }));
    saveSettings(partial)
      .then(() => setStatus(t('op_saved')))
      .catch((e: unknown) => setStatus(t('op_notSaved', String(e))));
  };

  const forgetOriginal = async (host: string) => {
    await saveSiteView(host, 'clean');
    setStatus(t('op_cleanAgain', host));
    await loadSites();
  };

  const disable = async (origin: string) => {
    const removed = await browser.permissions.remove({ origins: [origin] }).catch(() => false);
    setStatus(removed ? t('op_disabledOn', origin) : t('op_disableFailed', origin));
    await loadSites();
  };

  return (
    <main class="op">
      <h1>{t('op_title')}</h1>
      <div class="op-layout">
        <section class="op-panel" aria-labelledby="op-reading">
          <h2 id="op-reading">{t('op_reading')}</h2>
          <SettingsForm settings={settings} onChange={change} />
        </section>
        <section class="op-preview" aria-labelledby="op-preview-title">
          <h2 id="op-preview-title">{t('op_preview')}</h2>
          <ThemeScope settings={settings} class="cr-root op-preview-root">
            <CableView
              doc={doc}
              pageUrl={PREVIEW_URL}
              pageMarkers={settings.pageMarkers}
              onPageMarkers={(pageMarkers) => change({ pageMarkers })}
              copy={copy}
              announce={setStatus}
            />
          </ThemeScope>
        </section>
      </div>
      <section class="op-panel" aria-labelledby="op-sites">
        <h2 id="op-sites">{t('op_sites')}</h2>
        <SiteList
          title={t('op_originalSites')}
          empty={t('op_originalNone')}
          sites={originalSites}
          actionLabel={t('op_useClean')}
          onAction={forgetOriginal}
        />
        <SiteList
          title={t('op_otherSites')}
          empty={t('op_otherNone')}
          sites={enabled}
          actionLabel={t('op_disable')}
          onAction={disable}
        />
      </section>
      <section class="op-panel" aria-labelledby="op-keys">
        <h2 id="op-keys">{t('op_keyboard')}</h2>
        <p>
          {shortcut ? t('op_shortcutIs', shortcut) : t('op_noShortcut')} {t('op_changeShortcut')}
        </p>
      </section>
      <p class="op-privacy">
        <a href="privacy.html" target="_blank" rel="noopener">
          {t('op_privacy')}
        </a>
      </p>
      <p class="op-status" role="status">
        {status}
      </p>
    </main>
  );
}

localizePage('op_title');
render(<Options />, document.getElementById('app') as HTMLElement);
