// The header card: classification banner, reference id, date, origin and subject always in view; addressees (for
// action or information, each with its precedence) and exclusions, precedence, tags, references, handling, classification authority, declassification and where page
// and text differ below, behind one control when they are long, so the first paragraph starts on the first screen. Presentational: every value comes from the
// CableDocument; where a tag leads is the caller's.
import type { ComponentChildren } from 'preact';
import type { Addressee, CableDocument, CableMeta, Conflict } from '../lib/cable/types';
import { type MessageKey, plural, t } from '../lib/i18n/t';
import { formatDate } from '../lib/view/format';
import { type AddresseeEntry, AddresseeList } from './AddresseeList';
import { ClassificationBanner } from './ClassificationBanner';
import { ReferenceList } from './ReferenceList';
import { TagList } from './TagList';

const CONFLICT_NAMES: Record<Conflict['field'], MessageKey> = {
  id: 'card_fieldReference',
  date: 'card_fieldDate',
  classification: 'card_fieldClassification',
  origin: 'card_fieldOrigin',
};

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="cr-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface Props {
  doc: CableDocument;
  headingId: string;
  /** Where a TAGS code leads (the mirror's tag index), or null. */
  tagUrl?: (tag: string) => string | null;
  /** Whether the details are shown; the caller keeps it (a `REF H` link opens them). */
  detailsOpen?: boolean;
  onDetails?: (open: boolean) => void;
}

/** One routing list's addressees with their precedence where the pipeline read it (older documents lack it). */
function entriesOf(meta: CableMeta, list: Addressee['list']): AddresseeEntry[] {
  const names = meta[list];
  const read = meta.addressees?.filter((a) => a.list === list) ?? [];
  return read.length === names.length ? read : names.map((name) => ({ name }));
}

/** Details this long would push the first paragraph off the first screen: they wait behind the control. */
export function detailsAreLong(doc: CableDocument): boolean {
  const { meta } = doc;
  const addressees = meta.to.length + meta.info.length + (meta.excluded?.length ?? 0);
  const fields = [
    meta.to.length,
    meta.info.length,
    meta.tags.length,
    meta.references.length,
    meta.handling.length,
    meta.classifiedBy || meta.reasons.length ? 1 : 0,
    meta.declassify ? 1 : 0,
    meta.from && meta.from !== meta.origin ? 1 : 0,
  ].filter(Boolean).length;
  return addressees > 2 || meta.references.length > 1 || meta.tags.length > 6 || fields > 3;
}

/** What the collapsed details hold, in a few words, for the control's label. */
export function detailsSummary(doc: CableDocument): string {
  const { meta } = doc;
  const parts: string[] = [];
  const addressees = meta.to.length + meta.info.length;
  if (addressees) parts.push(plural('card_addressees', addressees));
  if (meta.tags.length) parts.push(plural('card_tags', meta.tags.length));
  if (meta.references.length) parts.push(plural('card_references', meta.references.length));
  return parts.length ? parts.join(t('list_separator')) : t('card_detailsNone');
}

/** The card's heading: the subject, else a name made of the id. */
export function subjectLine(doc: CableDocument): string {
  return doc.meta.subject ?? (doc.id ? t('bm_cableFallback', doc.id) : t('card_noSubject'));
}

export function HeaderCard({ doc, headingId, tagUrl, detailsOpen, onDetails }: Props) {
  const { meta } = doc;
  const reasons = meta.reasons.length ? ` ${t('card_reasons', meta.reasons.join(', '))}` : '';
  const long = detailsAreLong(doc);
  const open = !long || (detailsOpen ?? false);
  const fields = [
    meta.from && meta.from !== meta.origin ? <Field label={t('card_from')}>{meta.from}</Field> : null,
    meta.to.length ? (
      <Field label={t('card_to')}>
        <AddresseeList entries={entriesOf(meta, 'to')} />
      </Field>
    ) : null,
    meta.info.length ? (
      <Field label={t('card_info')}>
        <AddresseeList entries={entriesOf(meta, 'info')} />
      </Field>
    ) : null,
    meta.excluded?.length ? (
      <Field label={t('card_excluded')}>
        <AddresseeList entries={meta.excluded.map((name) => ({ name }))} />
      </Field>
    ) : null,
    meta.precedence ? <Field label={t('card_precedence')}>{meta.precedence}</Field> : null,
    meta.handling.length ? <Field label={t('card_handling')}>{meta.handling.join(', ')}</Field> : null,
    meta.tags.length ? (
      <Field label={t('card_tagsLabel')}>
        <TagList tags={meta.tags} kinds={meta.tagKinds} tagUrl={tagUrl} />
      </Field>
    ) : null,
    meta.references.length ? (
      <Field label={t('card_referencesLabel')}>
        <ReferenceList references={meta.references} />
      </Field>
    ) : null,
    meta.classifiedBy || reasons ? (
      <Field label={t('card_classifiedBy')}>{`${meta.classifiedBy ?? t('card_notNamed')}${reasons}`}</Field>
    ) : null,
    meta.declassify ? <Field label={t('card_declassify')}>{formatDate(meta.declassify)}</Field> : null,
    meta.conflicts?.length ? (
      <Field label={t('card_differ')}>
        <ul class="cr-conflicts">
          {meta.conflicts.map((c) => (
            <li key={c.field}>{t('card_conflict', t(CONFLICT_NAMES[c.field]), c.page, c.text)}</li>
          ))}
        </ul>
      </Field>
    ) : null,
  ].filter(Boolean);
  const kicker = [
    doc.id ? (
      <span key="id" class="cr-mono">
        {doc.id}
      </span>
    ) : null,
    meta.date ? (
      <time key="date" dateTime={meta.date}>
        {formatDate(meta.date)}
      </time>
    ) : null,
    meta.origin ? <span key="origin">{meta.origin}</span> : null,
  ].filter(Boolean);
  return (
    <header class="cr-card">
      <ClassificationBanner classification={meta.classification} level={meta.level} />
      <div class="cr-card-head">
        <p class="cr-kicker">
          {kicker.map((part, i) => [i ? <span aria-hidden="true"> · </span> : null, part])}
        </p>
        <h1 id={headingId} class="cr-subject">
          {subjectLine(doc)}
        </h1>
        {meta.partial ? <p class="cr-card-note">{t('card_partial')}</p> : null}
        {doc.blocks.length === 0 ? <p class="cr-card-note">{t('card_noBody')}</p> : null}
      </div>
      {fields.length ? (
        <>
          {long ? (
            <button
              type="button"
              class="cr-details-toggle"
              aria-expanded={open}
              aria-controls="cr-card-details"
              onClick={() => onDetails?.(!open)}
            >
              <span class="cr-details-chevron" aria-hidden="true" />
              {open ? t('card_hideDetails') : t('card_details')}
              <span class="cr-details-what">{` (${detailsSummary(doc)})`}</span>
            </button>
          ) : null}
          <dl class="cr-fields" id="cr-card-details" hidden={!open}>
            {fields}
          </dl>
        </>
      ) : null}
    </header>
  );
}
