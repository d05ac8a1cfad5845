/**
 * The rules by host in an open-addressing hash table, and the host suffixes of a URL
 * (`org`, `example.org`, `www.example.org`) hashed in one pass to probe it with.
 */
import type { SitePattern } from '@/utils/db/schema';
import { holdsLowercase } from './url-parts';

const DOT = 46;
/** Hosts with more labels than this are looked up by their last this-many labels. */
const MAX_LABELS = 128;
const HASH_BASE = 0x01000193;

/** A rule with what lookups need at hand. */
export interface Entry<T> {
  rule: T;
  path: string | undefined;
  pathLength: number;
  exactOnly: boolean;
}

/**
 * The rules by host in an open-addressing hash table keyed by `hashHost`, and the fewest
 * and most labels of any rule host (lookups look at no other suffix).
 */
export interface Table<T> {
  mask: number;
  /** Two numbers a slot, side by side: the host's hash, and 1 + its index in `hosts` (0: empty). */
  slots: Int32Array;
  hosts: string[];
  /** Per host: its entries, longest path first, then this-host-only first. */
  entries: Entry<T>[][];
  fewestLabels: number;
  mostLabels: number;
}

/**
 * Host suffixes of one host, one label more each (`org`, `example.org`, …), read in place:
 * suffix `k` starts at `start[k]` in `source` and ends at `end`, and its hash is `hash[k]`.
 * One is made per matcher and refilled by each of its lookups, so a lookup allocates nothing.
 */
export interface HostSuffixes {
  source: string;
  end: number;
  start: Int32Array;
  hash: Int32Array;
}

/** Empty `HostSuffixes`, to be filled by `hashSuffixes`. */
export function createHostSuffixes(): HostSuffixes {
  return { source: '', end: 0, start: new Int32Array(MAX_LABELS + 1), hash: new Int32Array(MAX_LABELS + 1) };
}

/** The hash of a lowercase host, as `hashSuffixes` computes it for a suffix. */
export function hashHost(host: string): number {
  let h = 0;
  for (let i = 0; i < host.length; i++) h = (Math.imul(h, HASH_BASE) + host.charCodeAt(i)) | 0;
  return h;
}

/**
 * Fills `into` with the suffixes of 1 to `mostLabels` labels of the host
 * `source.slice(first, end)` (ASCII letters in any case), right to left, so each character
 * is hashed at most once. Returns how many it filled (fewer when the host has fewer labels,
 * and then the last one is the whole host).
 */
export function hashSuffixes(
  into: HostSuffixes,
  source: string,
  first: number,
  end: number,
  mostLabels: number,
): number {
  const { start, hash } = into;
  into.source = source;
  into.end = end;
  let h = 0;
  let power = 1;
  let labels = 0;
  for (let i = end - 1; i >= first; i--) {
    let c = source.charCodeAt(i);
    if (c === DOT) {
      labels++;
      start[labels] = i + 1;
      hash[labels] = h;
      if (labels === mostLabels) return labels;
    } else if (c >= 65 && c <= 90) {
      c += 32;
    }
    h = (h + Math.imul(c, power)) | 0;
    power = Math.imul(power, HASH_BASE);
  }
  labels++;
  start[labels] = first;
  hash[labels] = h;
  return labels;
}

/** Spreads a host hash over the table's slots. */
export const mix = (h: number) => {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
};

/** The table over `rules`; hosts and paths are compared lowercase. */
export function buildTable<T extends SitePattern>(rules: readonly T[]): Table<T> {
  const byHost = new Map<string, Entry<T>[]>();
  let fewestLabels = MAX_LABELS;
  let mostLabels = 1;
  for (const rule of rules) {
    const labels = Math.min(rule.host.split('.').length, MAX_LABELS);
    fewestLabels = Math.min(fewestLabels, labels);
    mostLabels = Math.max(mostLabels, labels);
    // Stored hosts and paths are lowercase already; a stray capital must not hide a rule.
    const path = rule.path?.toLowerCase();
    const entry: Entry<T> = { rule, path, pathLength: path?.length ?? 0, exactOnly: rule.scope !== 'site' };
    const host = rule.host.toLowerCase();
    const list = byHost.get(host);
    if (list) list.push(entry);
    else byHost.set(host, [entry]);
  }
  let size = 16;
  while (size < byHost.size * 2) size *= 2;
  const table: Table<T> = {
    mask: size - 1,
    slots: new Int32Array(size * 2),
    hosts: [],
    entries: [],
    fewestLabels,
    mostLabels,
  };
  for (const [host, list] of byHost) {
    list.sort((a, b) => b.pathLength - a.pathLength || Number(b.exactOnly) - Number(a.exactOnly));
    const h = hashHost(host);
    let slot = mix(h) & table.mask;
    while (table.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & table.mask;
    table.hosts.push(host);
    table.entries.push(list);
    table.slots[slot * 2] = h;
    table.slots[slot * 2 + 1] = table.hosts.length;
  }
  return table;
}

/** True when `host` (lowercase) equals the suffix of `suffixes` that starts at `from`, without case. */
function sameHost(suffixes: HostSuffixes, from: number, host: string): boolean {
  return suffixes.end - from === host.length && holdsLowercase(suffixes.source, from, host);
}

/** The entries of the rule host equal to suffix `k` of `suffixes`, or undefined. */
export function lookup<T>(table: Table<T>, suffixes: HostSuffixes, k: number): Entry<T>[] | undefined {
  const h = suffixes.hash[k] as number;
  const from = suffixes.start[k] as number;
  const { slots, mask } = table;
  let slot = mix(h) & mask;
  for (;;) {
    const index = slots[slot * 2 + 1] as number;
    if (index === 0) return undefined;
    if (slots[slot * 2] === h && sameHost(suffixes, from, table.hosts[index - 1] as string)) {
      return table.entries[index - 1];
    }
    slot = (slot + 1) & mask;
  }
}
