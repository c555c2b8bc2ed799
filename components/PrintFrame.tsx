// What only a printed page shows: the classification banner at the top and the bottom of every page, and a
// footer with the source URL and the date printed. view.css lays the view out as a table in print, so these
// repeat on each page as a table's header and footer do. Presentational.
import type { Level } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { formatDate } from '../lib/view/format';

interface Props {
  classification: string | null;
  level: Level | null;
  pageUrl: string;
  /** When the page is read (printed), local date. */
  today: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

function Banner({ text, level, where }: { text: string; level: Level | null; where: 'top' | 'bottom' }) {
  return (
    <div class={`cr-print-banner cr-print-${where}`} data-level={level ?? 'unknown'} aria-hidden="true">
      {text}
    </div>
  );
}

export function PrintTop({ classification, level }: Pick<Props, 'classification' | 'level'>) {
  return <Banner text={classification ?? t('print_noClassification')} level={level} where="top" />;
}

export function PrintBottom({ classification, level, pageUrl, today }: Props) {
  const url = new URL(pageUrl);
  url.hash = '';
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return (
    <div class="cr-print-foot" aria-hidden="true">
      <p class="cr-print-source">{t('print_source', url.href, formatDate(day))}</p>
      <Banner text={classification ?? t('print_noClassification')} level={level} where="bottom" />
    </div>
  );
}
