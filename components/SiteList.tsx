// A titled list of sites with one action each (forget a choice, disable a site), or a line saying there are
// none. Presentational: the options page supplies the sites and the action.
import { t } from '../lib/i18n/t';

interface Props {
  title: string;
  empty: string;
  sites: readonly string[];
  /** Visible label of each site's button; the accessible name adds the site. */
  actionLabel: string;
  onAction: (site: string) => void;
}

export function SiteList({ title, empty, sites, actionLabel, onAction }: Props) {
  return (
    <div class="op-sites">
      <h3>{title}</h3>
      {sites.length === 0 ? (
        <p class="op-muted">{empty}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span class="op-site">{site}</span>
              <button
                type="button"
                aria-label={t('op_siteAction', actionLabel, site)}
                onClick={() => onAction(site)}
              >
                {actionLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
