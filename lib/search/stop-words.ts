// English words too common in cables to help a search: left out of the library's index and out of queries, so a
// search is not made to score most of the library for "the" or "of". Data only.

/** Folded (lower-case) stop words; a query made only of these finds nothing. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his in is it its of on or she that the ' +
    'their them there these they this those to was were which who will with would'
  ).split(' '),
);
