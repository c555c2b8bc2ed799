// The cable's REF lines, each cited cable linked to its PlusD page when its id can be formed from the text.
// Presentational: ids come from the pipeline; only http(s) links are ever written.
import { plusdUrl } from '../lib/cable/header/ids';
import type { Reference } from '../lib/cable/types';
import { httpUrl } from '../lib/view/format';

export function ReferenceList({ references }: { references: readonly Reference[] }) {
  return (
    <ol class="cr-refs">
      {references.map((ref, i) => {
        const url = ref.id ? plusdUrl(ref.id) : null;
        const href = url ? httpUrl(url) : null;
        return (
          <li key={`${ref.letter ?? ''}${i}`}>
            {ref.letter ? <span class="cr-ref-letter">{`${ref.letter}.`}</span> : null}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                title={`Open cable ${ref.id} on PlusD`}
              >
                {ref.text}
              </a>
            ) : (
              <span>{ref.text}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
