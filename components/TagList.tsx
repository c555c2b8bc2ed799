// The cable's TAGS codes, each with its meaning where the code is a common one (PGOV, PREL, PHUM...).
// Presentational: meanings come from lib/cable's tag table.
import { tagMeaning } from '../lib/cable/header/tags';

export function TagList({ tags }: { tags: readonly string[] }) {
  return (
    <ul class="cr-tags">
      {tags.map((code) => {
        const meaning = tagMeaning(code);
        return (
          <li key={code} class="cr-tag" title={meaning ?? undefined}>
            <span class="cr-tag-code">{code}</span>
            {meaning ? <span class="cr-tag-meaning">{meaning}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
