// One binary search for the whole engine: many passes look up a position in a list sorted by
// offset (tokens, sentences, mentions, quotations), and each must stay logarithmic per look-up.

/**
 * The first index in [0, length) at which `before(i)` is false, or `length`; `before` must be true
 * on a prefix of the indices and false after it (a list sorted by the key it compares).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
