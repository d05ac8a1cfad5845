/**
 * Helpers shared by the benchmarks under tests/bench/. A benchmark is a `<name>.bench.ts`
 * file that `npm run bench` bundles and runs with Node; it prints its results with `report`
 * (one JSON object a line on stdout) and anything else with `note` (stderr).
 */

/** One result line: `name`, `value` and `unit`, plus any extra fields (targets, sizes). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  [extra: string]: unknown;
}

/** Prints one result on stdout, the only thing a benchmark may print there. */
export function report(result: BenchResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Prints progress or diagnostics on stderr. */
export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A result compared with its target: `ok` says whether the target is met. */
export function reportTarget(
  name: string,
  value: number,
  unit: string,
  op: '>=' | '<=',
  target: number,
  digits = 2,
): boolean {
  const ok = op === '>=' ? value >= target : value <= target;
  report({ name, value: round(value, digits), unit, target, op, ok });
  return ok;
}

/** `value` to `digits` decimals. */
export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The geometric mean of some ratios. */
export function geomean(values: readonly number[]): number {
  return Math.exp(values.reduce((sum, x) => sum + Math.log(x), 0) / values.length);
}

/** The standard error of a geometric mean of ratios, as a share (0.02 = ±2%): how finely a run resolves it. */
export function standardError(values: readonly number[]): number {
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const variance = logs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (logs.length - 1);
  return Math.sqrt(variance / logs.length);
}

/** A seeded pseudo-random generator (mulberry32), so every run measures the same inputs. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** A generator for `seed`. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}

/**
 * Nanoseconds per item of `run(items)`, which must visit every item once and return a
 * checksum (so the work cannot be optimised away). Returns the time and the checksum.
 */
export function timeNsPerItem(items: readonly string[], run: (items: readonly string[]) => number) {
  const start = process.hrtime.bigint();
  const checksum = run(items);
  const elapsed = Number(process.hrtime.bigint() - start);
  return { nsPerItem: elapsed / items.length, checksum };
}
