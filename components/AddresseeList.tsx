// A list of addressees (TO, INFO, XMT) that stays short: the first few, the rest behind a disclosure; each with
// the precedence its routing line gives. Presentational: names and precedences are shown as the pipeline read them.
import type { Precedence } from '../lib/cable/types';
import { plural } from '../lib/i18n/t';

const SHOWN = 4;

export interface AddresseeEntry {
  name: string;
  precedence?: Precedence | null;
}

function Entries({ entries }: { entries: readonly AddresseeEntry[] }) {
  return (
    <>
      {entries.map((entry, i) => (
        <span key={`${i}${entry.name}`} class="cr-addressee">
          {i ? '; ' : null}
          {entry.name}
          {entry.precedence ? <span class="cr-prec">{` ${entry.precedence}`}</span> : null}
        </span>
      ))}
    </>
  );
}

export function AddresseeList({ entries }: { entries: readonly AddresseeEntry[] }) {
  if (entries.length <= SHOWN + 1)
    return (
      <span>
        <Entries entries={entries} />
      </span>
    );
  return (
    <details class="cr-more">
      <summary>
        <Entries entries={entries.slice(0, SHOWN)} />
        <span class="cr-more-count">{` ${plural('card_andMore', entries.length - SHOWN)}`}</span>
      </summary>
      <span>
        <Entries entries={entries.slice(SHOWN)} />
      </span>
    </details>
  );
}
