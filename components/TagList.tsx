// The cable's TAGS, each with its meaning where the code is a common one (PGOV, PREL, PHUM...) and its kind
// (subject, geographic, organisation, program, person), linked to the mirror's index of that tag where it has one.
// Presentational: kinds come from lib/cable, meanings in the reader's language from lib/i18n, links from the caller.
import type { TagKind } from '../lib/cable/types';
import { type MessageKey, t } from '../lib/i18n/t';
import { tagMeaningIn } from '../lib/i18n/tag-meaning';
import { httpUrl } from '../lib/view/format';

const KIND_NAMES: Record<TagKind, MessageKey> = {
  subject: 'tagKind_subject',
  geographic: 'tagKind_geographic',
  organisation: 'tagKind_organisation',
  program: 'tagKind_program',
  person: 'tagKind_person',
  other: 'tagKind_generic',
};

interface Props {
  tags: readonly string[];
  kinds?: readonly TagKind[];
  tagUrl?: (tag: string) => string | null;
}

export function TagList({ tags, kinds, tagUrl }: Props) {
  return (
    <ul class="cr-tags">
      {tags.map((code, i) => {
        const meaning = tagMeaningIn(code);
        const kind = kinds?.[i] ?? 'other';
        const title = [meaning, kind === 'other' ? null : t(KIND_NAMES[kind])].filter(Boolean).join(' · ');
        const raw = tagUrl?.(code);
        const href = raw ? httpUrl(raw) : null;
        const content = (
          <>
            <span class="cr-tag-code">{code}</span>
            {/* A code the catalog does not explain still says what kind of tag it is (`DOE, JOHN` person). */}
            {meaning ? (
              <span class="cr-tag-meaning">{meaning}</span>
            ) : kind !== 'other' ? (
              <span class="cr-tag-meaning">{t(KIND_NAMES[kind])}</span>
            ) : null}
          </>
        );
        return (
          <li key={code} class="cr-tag" data-kind={kind} title={title || undefined}>
            {href ? (
              <a class="cr-tag-link" href={href} title={t('tags_index', code)}>
                {content}
              </a>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
