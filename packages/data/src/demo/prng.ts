/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same demo catalogue
 * on every machine, which `Math.random` cannot promise.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick needs a non-empty list');
    return item;
  }
}

/** Picks items in proportion to their weights, in O(log n) per draw. */
export class WeightedPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: number[] = [];
  readonly #total: number;

  constructor(items: readonly T[], weight: (item: T) => number) {
    if (items.length === 0) throw new Error('WeightedPicker needs a non-empty list');
    this.#items = items;
    let total = 0;
    for (const item of items) {
      total += Math.max(0, weight(item));
      this.#cumulative.push(total);
    }
    if (total <= 0) throw new Error('WeightedPicker needs a positive total weight');
    this.#total = total;
  }

  pick(random: Random): T {
    const target = random.next() * this.#total;
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.#items[low] as T;
  }
}
