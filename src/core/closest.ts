// "Did you mean …?": the closest name to a typo, by edit distance on keys.
import { nameKey, withoutAccents } from './names';

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The candidate closest to `text`, or undefined when none is close (at most a third of the letters wrong, and at most 3). */
export function closestName(text: string, candidates: readonly string[]): string | undefined {
  const wanted = withoutAccents(nameKey(text)); // so "giai doan" finds "Giai đoạn"
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const key = withoutAccents(nameKey(candidate));
    const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
    const d = key.startsWith(wanted) && wanted.length >= 3 ? 0.5 : distance(wanted, key, limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
