// A list of addressees (TO, INFO) that stays short: the first few, the rest behind a disclosure.
// Presentational: names are shown as the pipeline read them.

const SHOWN = 4;

export function AddresseeList({ names }: { names: readonly string[] }) {
  if (names.length <= SHOWN + 1) return <span>{names.join('; ')}</span>;
  return (
    <details class="cr-more">
      <summary>
        {names.slice(0, SHOWN).join('; ')}
        <span class="cr-more-count">{` and ${names.length - SHOWN} more`}</span>
      </summary>
      <span>{names.slice(SHOWN).join('; ')}</span>
    </details>
  );
}
