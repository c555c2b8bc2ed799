// The cable's REF lines, each cited cable linked to its PlusD page when its id can be formed from the text, and
// other documents (e-mails, telcons, memos) named by their kind; each lettered item is the target of the text's
// `REF H` links (`cr-ref-H`). Presentational: ids and kinds come from the pipeline; only http(s) links are written.
import { plusdUrl } from '../lib/cable/header/ids';
import type { Reference, ReferenceKind } from '../lib/cable/types';
import { type MessageKey, t } from '../lib/i18n/t';
import { httpUrl } from '../lib/view/format';

const KIND_NAMES: Partial<Record<ReferenceKind, MessageKey>> = {
  email: 'card_refEmail',
  telcon: 'card_refTelcon',
  memo: 'card_refMemo',
};

export function ReferenceList({ references }: { references: readonly Reference[] }) {
  return (
    <ol class="cr-refs">
      {references.map((ref, i) => {
        const url = ref.id ? plusdUrl(ref.id) : null;
        const href = url ? httpUrl(url) : null;
        // Several cables of one item share its letter: the letter is shown once, on the first.
        const letter = ref.letter && references[i - 1]?.letter !== ref.letter ? ref.letter : null;
        const kindKey = ref.kind ? KIND_NAMES[ref.kind] : undefined;
        const kind = kindKey ? t(kindKey) : undefined;
        return (
          <li
            key={`${ref.letter ?? ''}${i}`}
            data-kind={ref.kind ?? undefined}
            id={letter ? `cr-ref-${letter}` : undefined}
            tabIndex={letter ? -1 : undefined}
          >
            {letter ? <span class="cr-ref-letter">{`${letter}.`}</span> : null}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                title={t('card_openOnPlusD', ref.id ?? '')}
              >
                {ref.text}
              </a>
            ) : (
              <span>{ref.text}</span>
            )}
            {kind ? <span class="cr-ref-kind">{` (${kind})`}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
