// The header card: classification banner, subject, reference id, date, origin, addressees and exclusions,
// precedence, tags, references, classification authority, declassification, and where page and text differ. Presentational: every value comes from the CableDocument.
import type { ComponentChildren } from 'preact';
import type { CableDocument, Conflict } from '../lib/cable/types';
import { formatDate } from '../lib/view/format';
import { AddresseeList } from './AddresseeList';
import { ClassificationBanner } from './ClassificationBanner';
import { ReferenceList } from './ReferenceList';
import { TagList } from './TagList';

const CONFLICT_NAMES: Record<Conflict['field'], string> = {
  id: 'Reference',
  date: 'Date',
  classification: 'Classification',
  origin: 'Origin',
};

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="cr-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function HeaderCard({ doc, headingId }: { doc: CableDocument; headingId: string }) {
  const { meta } = doc;
  const reasons = meta.reasons.length ? ` (reasons ${meta.reasons.join(', ')})` : '';
  return (
    <header class="cr-card">
      <ClassificationBanner classification={meta.classification} level={meta.level} />
      <div class="cr-card-head">
        <p class="cr-kicker">
          {[meta.subject && doc.id ? `Cable ${doc.id}` : null, meta.origin].filter(Boolean).join(' · ')}
        </p>
        <h1 id={headingId} class="cr-subject">
          {meta.subject ?? (doc.id ? `Cable ${doc.id}` : 'Cable without a subject')}
        </h1>
      </div>
      <dl class="cr-fields">
        {doc.id ? (
          <Field label="Reference">
            <span class="cr-mono">{doc.id}</span>
          </Field>
        ) : null}
        {meta.date ? (
          <Field label="Date">
            <time dateTime={meta.date}>{formatDate(meta.date)}</time>
          </Field>
        ) : null}
        {meta.origin ? <Field label="Origin">{meta.origin}</Field> : null}
        {meta.from && meta.from !== meta.origin ? <Field label="From">{meta.from}</Field> : null}
        {meta.to.length ? (
          <Field label="To">
            <AddresseeList names={meta.to} />
          </Field>
        ) : null}
        {meta.info.length ? (
          <Field label="Info">
            <AddresseeList names={meta.info} />
          </Field>
        ) : null}
        {meta.excluded?.length ? (
          <Field label="Excluded">
            <AddresseeList names={meta.excluded} />
          </Field>
        ) : null}
        {meta.precedence ? <Field label="Precedence">{meta.precedence}</Field> : null}
        {meta.handling.length ? <Field label="Handling">{meta.handling.join(', ')}</Field> : null}
        {meta.tags.length ? (
          <Field label="Tags">
            <TagList tags={meta.tags} kinds={meta.tagKinds} />
          </Field>
        ) : null}
        {meta.references.length ? (
          <Field label="References">
            <ReferenceList references={meta.references} />
          </Field>
        ) : null}
        {meta.classifiedBy || reasons ? (
          <Field label="Classified by">{`${meta.classifiedBy ?? 'not named'}${reasons}`}</Field>
        ) : null}
        {meta.declassify ? <Field label="Declassify">{formatDate(meta.declassify)}</Field> : null}
        {meta.conflicts?.length ? (
          <Field label="Page and text differ">
            <ul class="cr-conflicts">
              {meta.conflicts.map((c) => (
                <li
                  key={c.field}
                >{`${CONFLICT_NAMES[c.field]}: ${c.page} on the page, ${c.text} in the text`}</li>
              ))}
            </ul>
          </Field>
        ) : null}
      </dl>
    </header>
  );
}
