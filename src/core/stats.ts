// The two averages the figures use; a median of an even count is the mean of the two middle values.

/** The median, by selection rather than a full sort (the same middle values, so the same result, in linear time). */
export function median(values: readonly number[]): number {
  return medianInPlace(Float64Array.from(values));
}

/** The median of values the caller has no further use for, without a copy: they are reordered. */
export function medianInPlace(a: Float64Array): number {
  const mid = a.length >> 1;
  select(a, mid);
  if (a.length % 2) return a[mid];
  // After selecting, everything left of mid is at most a[mid]: the lower middle value is the largest of them.
  let lower = a[0];
  for (let i = 1; i < mid; i++) if (a[i] > lower) lower = a[i];
  return (lower + a[mid]) / 2;
}

/** Rearranges `a` so that a[k] is the value a sort would put there, smaller or equal values before it (Hoare's quickselect). */
function select(a: Float64Array, k: number): void {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    // Median of three as the pivot keeps sorted and reversed input (a log appended in order) linear.
    const middle = (left + right) >> 1;
    const pivot = Math.max(Math.min(a[left], a[middle]), Math.min(Math.max(a[left], a[middle]), a[right]));
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
