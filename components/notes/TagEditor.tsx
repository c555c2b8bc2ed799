// Free-text tags on a highlight or a note: chips with a remove button, and a field that adds a tag on Enter or
// comma, suggesting the tags already in use (a datalist). Presentational: storing the list is the caller's.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

interface Props {
  tags: readonly string[];
  /** Tags in use anywhere, for the suggestions. */
  known: readonly string[];
  /** A unique id for the suggestion list of this field. */
  listId: string;
  /** Accessible name of the group: whose tags these are. */
  label?: string;
  onChange: (tags: string[]) => void;
}

export function TagEditor({ tags, known, listId, label, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.replace(/,/g, ' ').trim();
    setDraft('');
    if (tag && !tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      onChange([...tags, tag]);
    }
  };
  const unused = known.filter((k) => !tags.some((tag) => tag.toLocaleLowerCase() === k.toLocaleLowerCase()));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would draw a box and a legend around two chips.
    <div class="np-tags" role="group" aria-label={label}>
      {tags.map((tag) => (
        <span key={tag} class="np-tag">
          {tag}
          <button
            type="button"
            class="np-tag-remove"
            aria-label={t('panel_tagRemove', tag)}
            onClick={() => onChange(tags.filter((other) => other !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        class="np-tag-input"
        type="text"
        list={listId}
        value={draft}
        placeholder={t('panel_tagAdd')}
        aria-label={t('panel_tagAdd')}
        onInput={(event) => {
          const value = event.currentTarget.value;
          if (value.endsWith(',')) {
            setDraft(value.slice(0, -1));
            queueMicrotask(add);
          } else setDraft(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {unused.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
