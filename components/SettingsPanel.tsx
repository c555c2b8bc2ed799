// The reading settings in place, beside the text: the same form as the options page, this site's standing choice
// of view ("Always open the original on this site"), and the way to every setting. Presentational: saving and the
// site choice are the caller's.
import { t } from '../lib/i18n/t';
import type { ReadingSettings } from '../lib/settings/settings';
import { SettingsForm } from './SettingsForm';

interface Props {
  settings: ReadingSettings;
  onChange: (change: Partial<ReadingSettings>) => void;
  /** The site's standing choice, where the caller knows the site. */
  site?: { host: string; alwaysOriginal: boolean; onChange: (alwaysOriginal: boolean) => void } | null;
  onOpenSettings?: () => void;
}

export function SettingsPanel({ settings, onChange, site, onOpenSettings }: Props) {
  return (
    <div class="cr-settings">
      <SettingsForm settings={settings} onChange={onChange} />
      {site ? (
        <label class="op-check cr-site-choice">
          <input
            type="checkbox"
            checked={site.alwaysOriginal}
            onChange={(e) => site.onChange((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('settings_alwaysOriginal', site.host)}</span>
        </label>
      ) : null}
      {onOpenSettings ? (
        <button type="button" class="cr-button cr-button-plain" onClick={onOpenSettings}>
          {t('settings_all')}
        </button>
      ) : null}
    </div>
  );
}
