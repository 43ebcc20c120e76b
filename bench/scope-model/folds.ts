// Stratified k-fold assignment with a fixed seed: questions that fold to the same words share a fold (the
// build files repeat a few), and each label/kind pair is spread evenly over the folds.
import { foldedWords } from '../../main/services/scope/second-opinion/features';
import { compareStrings } from './train';

/** mulberry32: a tiny seeded generator, so the folds are the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** The fold (0…k−1) of every item, by index. */
export function stratifiedFolds(
  items: readonly { q: string; label: string; kind: string }[],
  k: number,
  seed: number,
): number[] {
  const random = seededRandom(seed);
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = foldedWords(item.q).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const strata = new Map<string, number[][]>();
  for (const members of groups.values()) {
    const first = items[members[0] ?? 0]!;
    const stratum = `${first.label}/${first.kind}`;
    strata.set(stratum, [...(strata.get(stratum) ?? []), members]);
  }
  const folds = items.map(() => 0);
  // Dealing continues across strata, so small strata do not all start in fold 0.
  let next = 0;
  for (const stratum of [...strata.keys()].sort(compareStrings)) {
    for (const members of shuffle(strata.get(stratum) ?? [], random)) {
      for (const index of members) folds[index] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}
