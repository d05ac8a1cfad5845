import type { SitePattern } from '@/utils/db/schema';

/** The host (lowercase, no port, no userinfo, no trailing dot) and lowercase path of a web URL. */
export interface UrlParts {
  host: string;
  path: string;
}

const SLASH = 47;
const QUESTION = 63;
const HASH = 35;
const BACKSLASH = 92;
const PERCENT = 37;
const DOT = 46;
const COLON = 58;
const AT = 64;
const BRACKET = 91;
const SPACE = 32;
const DEL = 127;

/** Authority characters the browser would decode, reject or read specially (`\ % [ ] < > ^ |`, spaces, controls). */
const AUTHORITY_NEEDS_PARSER = new Uint8Array(128);
for (const c of [BACKSLASH, PERCENT, BRACKET, 93, 60, 62, 94, 124, DEL]) AUTHORITY_NEEDS_PARSER[c] = 1;
for (let c = 0; c <= SPACE; c++) AUTHORITY_NEEDS_PARSER[c] = 1;

/** Path characters the browser would percent-encode or rewrite (`\`, spaces, `"<>`{}`, controls). */
const PATH_NEEDS_PARSER = new Uint8Array(128);
for (const c of [BACKSLASH, 34, 60, 62, 96, 123, 125, DEL]) PATH_NEEDS_PARSER[c] = 1;
for (let c = 0; c <= SPACE; c++) PATH_NEEDS_PARSER[c] = 1;

/** A dotted quad as the browser writes it (no leading zeros, each part 0–255). */
const CANONICAL_IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/*
 * Scratch for the URL being looked at, so a lookup allocates nothing: the host is
 * `hostSource.slice(hostStart, hostEnd)` (ASCII letters in any case) and the path is
 * `pathSource.slice(pathStart, pathEnd)` (empty means `/`). The path is found only when a
 * rule needs it: `pathEnd` is -1 until then.
 */
let hostSource = '';
let hostStart = 0;
let hostEnd = 0;
let pathSource = '';
let pathStart = 0;
let pathEnd = -1;

/** Reads the host of `url` into the scratch; false when it is not an http(s) URL with a host. */
function scan(url: string): boolean {
  // The scheme: `http://` or `https://`, in any case.
  let start: number;
  if (
    (url.charCodeAt(0) | 32) === 104 &&
    (url.charCodeAt(1) | 32) === 116 &&
    (url.charCodeAt(2) | 32) === 116 &&
    (url.charCodeAt(3) | 32) === 112
  ) {
    if (url.charCodeAt(4) === COLON) start = 5;
    else if ((url.charCodeAt(4) | 32) === 115 && url.charCodeAt(5) === COLON) start = 6;
    else return false;
  } else {
    return false;
  }
  if (url.charCodeAt(start) !== SLASH || url.charCodeAt(start + 1) !== SLASH) return false;
  start += 2;

  // The authority ends at the first `/`, `?` or `#`; the host starts after its last `@`.
  let first = start;
  let colon = -1;
  let end = start;
  const length = url.length;
  for (; end < length; end++) {
    const c = url.charCodeAt(end);
    if (c === SLASH || c === QUESTION || c === HASH) break;
    if (c === COLON) colon = end;
    else if (c === AT) {
      first = end + 1;
      colon = -1;
    } else if (c >= DEL || AUTHORITY_NEEDS_PARSER[c] === 1) return parse(url);
  }
  let last = colon === -1 ? end : colon;
  if (url.charCodeAt(last - 1) === DOT) last--;
  if (last <= first) return parse(url);
  // A host ending in a digit may be an IP address the browser would rewrite (`127.1`).
  const tail = url.charCodeAt(last - 1);
  if (tail >= 48 && tail <= 57 && !CANONICAL_IPV4.test(url.slice(first, last))) return parse(url);
  hostSource = url;
  hostStart = first;
  hostEnd = last;
  pathSource = url;
  pathStart = end;
  pathEnd = -1;
  return true;
}

/** The browser's own reading of an unusual URL (IDN, escapes, IPv6, dot segments). */
function parse(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === undefined) return false;
  const host = parsed.hostname.toLowerCase();
  hostSource = host.endsWith('.') ? host.slice(0, -1) : host;
  if (hostSource === '') return false;
  hostStart = 0;
  hostEnd = hostSource.length;
  pathSource = parsed.pathname;
  pathStart = 0;
  pathEnd = pathSource.length;
  return true;
}

function parseUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the path of the URL last scanned. Dot segments and characters the browser would
 * rewrite send it through the URL parser. False when the browser would refuse the URL.
 */
function scanPath(): boolean {
  if (pathEnd !== -1) return true;
  const url = pathSource;
  const length = url.length;
  let end = pathStart;
  for (; end < length; end++) {
    const c = url.charCodeAt(end);
    if (c === QUESTION || c === HASH) break;
    if (
      c >= DEL ||
      PATH_NEEDS_PARSER[c] === 1 ||
      (c === DOT && url.charCodeAt(end - 1) === SLASH) ||
      (c === PERCENT && url.charCodeAt(end + 1) === 50 && (url.charCodeAt(end + 2) | 32) === 101)
    ) {
      // Only the path changes: the host was read already, and lookups hold places in it.
      const parsed = parseUrl(url);
      if (parsed === undefined) return false;
      pathSource = parsed.pathname;
      pathStart = 0;
      pathEnd = pathSource.length;
      return true;
    }
  }
  pathEnd = end;
  return true;
}

/**
 * Splits an http(s) URL into host and path without allocating a URL object: this runs for
 * every navigation the guard sees. Anything unusual (non-ASCII, percent-escapes in the host,
 * backslashes, IPv6, dot segments) goes through the URL parser, so the answer is always the
 * browser's own reading.
 */
export function splitUrl(url: string): UrlParts | undefined {
  if (!scan(url) || !scanPath()) return undefined;
  return {
    host: hostSource.slice(hostStart, hostEnd).toLowerCase(),
    path: pathEnd === pathStart ? '/' : pathSource.slice(pathStart, pathEnd).toLowerCase(),
  };
}

/** True when `path` is `prefix` or lies under it (`/r/opiates` covers `/r/opiates/new`, not `/r/opiatesx`). */
export function pathCovers(prefix: string | undefined, path: string): boolean {
  if (prefix === undefined) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charCodeAt(prefix.length);
  return Number.isNaN(next) || next === SLASH;
}

/** `pathCovers` on the scanned path, compared without case and without slicing it. */
function coversScannedPath(prefix: string): boolean {
  const length = prefix.length;
  const from = pathStart;
  const to = pathEnd;
  if (from === to) return length === 1 && prefix.charCodeAt(0) === SLASH;
  if (to - from < length) return false;
  const boundary = from + length === to || pathSource.charCodeAt(from + length) === SLASH;
  return boundary && holdsLowercase(pathSource, from, prefix);
}

/**
 * True when `source` holds `lower` (lowercase) at `from`, without case. Browsers hand over
 * lowercase hosts and mostly lowercase paths: compare natively first, then without case.
 */
function holdsLowercase(source: string, from: number, lower: string): boolean {
  if (source.startsWith(lower, from)) return true;
  for (let i = 0; i < lower.length; i++) {
    let c = source.charCodeAt(from + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/*
 * Host suffixes of the scanned URL, one label more each (`org`, `example.org`, …): where each
 * starts in `hostSource`, and its hash. Filled right to left, only as far as the longest
 * rule host, so a lookup hashes each character of the host at most once.
 */
const MAX_LABELS = 128;
const suffixStart = new Int32Array(MAX_LABELS + 1);
const suffixHash = new Int32Array(MAX_LABELS + 1);
const HASH_BASE = 0x01000193;

/** The hash of a lowercase host, as `hashSuffixes` computes it for a suffix. */
function hashHost(host: string): number {
  let h = 0;
  for (let i = 0; i < host.length; i++) h = (Math.imul(h, HASH_BASE) + host.charCodeAt(i)) | 0;
  return h;
}

/**
 * Fills `suffixStart` and `suffixHash` for suffixes of 1 to `mostLabels` labels of the scanned
 * host; returns how many it filled (fewer when the host has fewer labels, and then the last
 * one is the whole host).
 */
function hashSuffixes(mostLabels: number): number {
  const source = hostSource;
  const first = hostStart;
  let h = 0;
  let power = 1;
  let labels = 0;
  for (let i = hostEnd - 1; i >= first; i--) {
    let c = source.charCodeAt(i);
    if (c === DOT) {
      labels++;
      suffixStart[labels] = i + 1;
      suffixHash[labels] = h;
      if (labels === mostLabels) return labels;
    } else if (c >= 65 && c <= 90) {
      c += 32;
    }
    h = (h + Math.imul(c, power)) | 0;
    power = Math.imul(power, HASH_BASE);
  }
  labels++;
  suffixStart[labels] = first;
  suffixHash[labels] = h;
  return labels;
}

/** True when `host` (lowercase) equals the scanned host from `from` to its end, without case. */
function sameHost(host: string, from: number): boolean {
  return hostEnd - from === host.length && holdsLowercase(hostSource, from, host);
}

export interface Matcher<T extends SitePattern> {
  /** The most specific rule that covers the URL, or undefined. */
  match(url: string): T | undefined;
  /**
   * Every rule that covers the URL, most specific first: the longest path first, then the
   * longest host, then this-host-only before whole-site.
   */
  matchAll(url: string): T[];
}

/** A rule with what lookups need at hand. */
interface Entry<T> {
  rule: T;
  path: string | undefined;
  pathLength: number;
  exactOnly: boolean;
}

/**
 * The rules by host in an open-addressing hash table keyed by `hashHost`, and the fewest
 * and most labels of any rule host (lookups look at no other suffix).
 */
interface Table<T> {
  mask: number;
  /** Two numbers a slot, side by side: the host's hash, and 1 + its index in `hosts` (0: empty). */
  slots: Int32Array;
  hosts: string[];
  /** Per host: its entries, longest path first, then this-host-only first. */
  entries: Entry<T>[][];
  fewestLabels: number;
  mostLabels: number;
}

const mix = (h: number) => {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
};

function buildTable<T extends SitePattern>(rules: readonly T[]): Table<T> {
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

/** The entries of the rule host equal to the scanned host's suffix `k`, or undefined. */
function lookup<T>(table: Table<T>, k: number): Entry<T>[] | undefined {
  const h = suffixHash[k] as number;
  const { slots, mask } = table;
  let slot = mix(h) & mask;
  for (;;) {
    const index = slots[slot * 2 + 1] as number;
    if (index === 0) return undefined;
    if (slots[slot * 2] === h && sameHost(table.hosts[index - 1] as string, suffixStart[k] as number)) {
      return table.entries[index - 1];
    }
    slot = (slot + 1) & mask;
  }
}

/**
 * Builds a matcher over the person's sites. A lookup hashes the URL's host suffixes label by
 * label (`example.org`, `b.example.org`, `a.b.example.org`) in one pass over the host and
 * probes a hash table with each, so its cost does not grow with the number of sites; it
 * allocates nothing, and reads the path only when a rule on a matching host has one.
 */
export function createMatcher<T extends SitePattern>(rules: readonly T[]): Matcher<T> {
  const table = buildTable(rules);
  const { fewestLabels, mostLabels } = table;
  const empty = rules.length === 0;

  return {
    match(url) {
      if (empty || !scan(url)) return undefined;
      const filled = hashSuffixes(mostLabels);
      // The last suffix filled is the whole host only when the host has no more labels.
      const whole = suffixStart[filled] === hostStart ? filled : 0;
      let best: Entry<T> | undefined;
      for (let k = filled; k >= fewestLabels; k--) {
        const list = lookup(table, k);
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i++) {
          const entry = list[i] as Entry<T>;
          // Sorted by path length: once an entry cannot beat the best so far, none after it can.
          if (best !== undefined && entry.pathLength <= best.pathLength) break;
          if (entry.exactOnly && k !== whole) continue;
          if (entry.path !== undefined) {
            if (!scanPath()) return undefined;
            if (!coversScannedPath(entry.path)) continue;
          }
          best = entry;
          break;
        }
      }
      return best?.rule;
    },
    matchAll(url) {
      if (empty || !scan(url)) return [];
      const filled = hashSuffixes(mostLabels);
      const whole = suffixStart[filled] === hostStart ? filled : 0;
      const found: Entry<T>[] = [];
      for (let k = filled; k >= fewestLabels; k--) {
        const list = lookup(table, k);
        if (list === undefined) continue;
        for (const entry of list) {
          if (entry.exactOnly && k !== whole) continue;
          if (entry.path !== undefined) {
            if (!scanPath()) return [];
            if (!coversScannedPath(entry.path)) continue;
          }
          found.push(entry);
        }
      }
      // Stable: among equal paths, the walk's order (longer host first) stays.
      found.sort((a, b) => b.pathLength - a.pathLength);
      return found.map((entry) => entry.rule);
    },
  };
}
