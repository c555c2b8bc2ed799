// The search field over bookmarks: notes, quotes, subjects and ids, as the reader types. Presentational: the
// caller debounces and searches.
import { t } from '../../lib/i18n/t';

interface Props {
  value: string;
  onInput: (value: string) => void;
}

export function SearchBox({ value, onInput }: Props) {
  return (
    <search class="bm-search">
      <input
        type="search"
        class="bm-search-input"
        aria-label={t('bm_searchAria')}
        placeholder={t('bm_searchPlaceholder')}
        value={value}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Escape clears first; a second Escape closes the popup as usual.
          if (event.key === 'Escape' && event.currentTarget.value) {
            event.preventDefault();
            onInput('');
          }
        }}
      />
    </search>
  );
}
