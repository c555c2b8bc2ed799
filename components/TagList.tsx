// The cable's TAGS, each with its meaning where the code is a common one (PGOV, PREL, PHUM...) and its kind
// (subject, geographic, organisation, program, person). Presentational: meanings and kinds come from lib/cable.
import { tagMeaning } from '../lib/cable/header/tags';
import type { TagKind } from '../lib/cable/types';

const KIND_NAMES: Record<TagKind, string> = {
  subject: 'subject',
  geographic: 'country or region',
  organisation: 'organisation',
  program: 'program',
  person: 'person',
  other: 'tag',
};

export function TagList({ tags, kinds }: { tags: readonly string[]; kinds?: readonly TagKind[] }) {
  return (
    <ul class="cr-tags">
      {tags.map((code, i) => {
        const meaning = tagMeaning(code);
        const kind = kinds?.[i] ?? 'other';
        const title = [meaning, kind === 'other' ? null : KIND_NAMES[kind]].filter(Boolean).join(' · ');
        return (
          <li key={code} class="cr-tag" data-kind={kind} title={title || undefined}>
            <span class="cr-tag-code">{code}</span>
            {meaning ? (
              <span class="cr-tag-meaning">{meaning}</span>
            ) : kind === 'person' ? (
              <span class="cr-tag-meaning">{KIND_NAMES.person}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
