// The popup's tag menu: "All notes" or one tag in use, to list only the notes carrying it. A labelled native
// select, so it works from the keyboard and with screen readers as any menu does. Presentational.
import { t } from '../../lib/i18n/t';
import type { TagCount } from '../../lib/store/results';

interface Props {
  tags: readonly TagCount[];
  /** The tag shown, or null for every note. */
  value: string | null;
  onChange: (tag: string | null) => void;
}

export function TagFilter({ tags, value, onChange }: Props) {
  return (
    <label class="bm-tag-filter">
      <span>{t('bm_tagFilter')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t('bm_tagAll')}</option>
        {tags.map(({ tag, count }) => (
          <option key={tag} value={tag}>{`${tag} (${count})`}</option>
        ))}
      </select>
    </label>
  );
}
