// Canonical JSON: object keys sorted at every depth, so equal data always serialises to the same bytes.
// Used to compare records and to write deterministic exports; it never changes values.

/** A copy of a JSON-like value with every object's keys sorted. */
export function sortKeys<T>(value: T): T;
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    // fromEntries defines own properties, so even a `__proto__` key stays plain data.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
  }
  return value;
}

/** JSON with sorted keys; `indent` as in JSON.stringify. */
function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

/** True when two JSON-like values hold the same data, whatever their key order. */
export function sameData(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
