// The outline panel: "go to paragraph" by number, then the cable's headings and numbered paragraphs as a table
// of contents with the reader's place marked (aria-current) and kept in view. Presentational: where a choice
// leads is the caller's.
import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Block } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { outlineOf, paragraphKeyFor } from '../lib/view/outline';
import { paragraphId } from '../lib/view/paragraph-links';

interface Props {
  blocks: readonly Block[];
  /** Key of the paragraph the reader is at. */
  current: string | null;
  onGoTo: (key: string) => void;
  /** The "go to paragraph" field, for the `g` shortcut to focus. */
  goToRef?: Ref<HTMLInputElement>;
}

export function Outline({ blocks, current, onGoTo, goToRef }: Props) {
  const entries = useMemo(() => outlineOf(blocks), [blocks]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const here = list.current?.querySelector<HTMLElement>('[aria-current="location"]');
    here?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const submit = (event: Event) => {
    event.preventDefault();
    const key = paragraphKeyFor(blocks, typed);
    if (!key) {
      setProblem(typed.trim() ? t('outline_noParagraph', typed.trim()) : t('outline_typeNumber'));
      return;
    }
    setProblem(null);
    setTyped('');
    onGoTo(key);
  };

  return (
    <nav class="cr-outline" aria-label={t('view_outline')}>
      <form class="cr-goto" onSubmit={submit}>
        <label for="cr-goto-input">{t('outline_goTo')}</label>
        <span class="cr-goto-row">
          <input
            ref={goToRef}
            id="cr-goto-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            aria-describedby={problem ? 'cr-goto-problem' : undefined}
            aria-invalid={problem ? true : undefined}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="cr-button">
            {t('outline_go')}
          </button>
        </span>
        {problem ? (
          <p id="cr-goto-problem" class="cr-goto-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
      {entries.length ? (
        <ol ref={list} class="cr-toc">
          {entries.map((entry) => (
            <li key={entry.key} class={`cr-toc-${entry.kind}`}>
              <a
                href={`#${paragraphId(entry.key)}`}
                aria-current={entry.key === current ? 'location' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onGoTo(entry.key);
                }}
              >
                {entry.label ? <span class="cr-toc-num">{`${entry.label}.`}</span> : null}
                <span class="cr-toc-text">{entry.text}</span>
              </a>
            </li>
          ))}
        </ol>
      ) : (
        <p class="cr-muted">{t('outline_empty')}</p>
      )}
    </nav>
  );
}
