/** A seeded pseudo-random source (mulberry32), so the same seed always gives the same samples. */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Roughly normal (sum of three uniforms), mean 0, standard deviation 1. */
  gauss(): number;
  shuffle<T>(items: readonly T[]): T[];
}

/** String hash (FNV-1a, 32 bits): gives each unit its own stream from one seed. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    // Three uniforms have variance 1/4, hence the factor 2.
    gauss: () => (next() + next() + next() - 1.5) * 2,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

/** A stream of its own for one key (a unit id), independent of how many other keys drew before it. */
export function randomFor(seed: number, key: string): Random {
  return mulberry32((seed ^ hashText(key)) >>> 0);
}
