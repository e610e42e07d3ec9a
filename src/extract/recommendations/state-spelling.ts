// Misspelt State names in UN reports ("United Sates", "Lichtenstein", "New Zeeland"): the one State whose
// known name is within one or two edits of the written one, when exactly one is.
import { allStates, normaliseStateName } from '../../core/index.js';

let names: { key: string; iso3: string }[] | undefined;

function knownNames(): { key: string; iso3: string }[] {
  names ??= allStates().flatMap((s) => [s.name, s.shortName, ...s.variants].map((n) => ({ key: normaliseStateName(n), iso3: s.iso3 })));
  return names;
}

/** Edit distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** ISO3 of the only State whose name is close to `written` (1 edit under 10 letters, 2 from 10), or undefined. */
export function closestState(written: string): string | undefined {
  const key = normaliseStateName(written);
  if (key.length < 6) return undefined;
  const max = key.length < 10 ? 1 : 2;
  const found = new Set(knownNames().filter((n) => editDistance(key, n.key, max) <= max).map((n) => n.iso3));
  return found.size === 1 ? [...found][0] : undefined;
}
