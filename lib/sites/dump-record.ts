// Finds, in a database dump a page shows instead of one cable, where the record of a given cable starts.
// Locates only: unpacking a record is lib/cable's readCsvRecord, and the cable text inside stays lib/cable's.

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The dump from the start of the record whose reference id is `id` (optional row number, time stamp, then
 * the id, each ended by a tab), or the whole dump when no record has that id.
 */
export function fromRecordOf(dump: string, id: string): string {
  const start = new RegExp(
    `(?:^|\\n)((?:\\d{1,9}\\t)?\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(?::\\d\\d)?\\t${escapeRegExp(id)}\\t)`,
    'i',
  ).exec(dump);
  if (!start) return dump;
  return dump.slice(start.index + start[0].length - (start[1] as string).length);
}
