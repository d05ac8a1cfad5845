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

/** Path characters the browser would percent-encode or rewrite (`\`, spaces, `"<>`{}`, controls). */
const PATH_NEEDS_PARSER = new Uint8Array(128);
for (const c of [BACKSLASH, 34, 60, 62, 96, 123, 125, DEL]) PATH_NEEDS_PARSER[c] = 1;
for (let c = 0; c <= SPACE; c++) PATH_NEEDS_PARSER[c] = 1;

/** A dotted quad as the browser writes it (no leading zeros, each part 0–255). */
const CANONICAL_IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Where one URL was split: the host, and the path as `source.slice(pathStart, pathEnd)`
 * (not yet lowercased; empty means `/`). Kept in module scratch so a lookup allocates only
 * the host string.
 */
let scanHost = '';
let scanSource = '';
let scanPathStart = 0;
let scanPathEnd = 0;

/** Splits `url` into the scratch fields; false when it is not an http(s) URL with a host. */
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
  let hostStart = start;
  let colon = -1;
  let end = start;
  const length = url.length;
  for (; end < length; end++) {
    const c = url.charCodeAt(end);
    if (c === SLASH || c === QUESTION || c === HASH) break;
    if (c === COLON) colon = end;
    else if (c === AT) {
      hostStart = end + 1;
      colon = -1;
    } else if (c === BACKSLASH || c === PERCENT || c === BRACKET || c <= SPACE || c >= DEL) return parse(url);
  }
  let hostEnd = colon === -1 ? end : colon;
  if (url.charCodeAt(hostEnd - 1) === DOT) hostEnd--;
  if (hostEnd <= hostStart) return parse(url);
  // A host ending in a digit may be an IP address the browser would rewrite (`127.1`).
  const last = url.charCodeAt(hostEnd - 1);
  const host = url.slice(hostStart, hostEnd).toLowerCase();
  if (last >= 48 && last <= 57 && !CANONICAL_IPV4.test(host)) return parse(url);

  // The path ends at `?` or `#`; dot segments and unusual characters go to the URL parser.
  let pathEnd = end;
  for (; pathEnd < length; pathEnd++) {
    const c = url.charCodeAt(pathEnd);
    if (c === QUESTION || c === HASH) break;
    if (c >= DEL || PATH_NEEDS_PARSER[c] === 1) return parse(url);
    if (c === DOT && url.charCodeAt(pathEnd - 1) === SLASH) return parse(url);
    if (c === PERCENT && url.charCodeAt(pathEnd + 1) === 50 && (url.charCodeAt(pathEnd + 2) | 32) === 101) {
      return parse(url);
    }
  }
  scanHost = host;
  scanSource = url;
  scanPathStart = end;
  scanPathEnd = pathEnd;
  return true;
}

/** The browser's own reading of an unusual URL (IDN, escapes, IPv6, dot segments). */
function parse(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  scanHost = host.endsWith('.') ? host.slice(0, -1) : host;
  if (scanHost === '') return false;
  scanSource = parsed.pathname;
  scanPathStart = 0;
  scanPathEnd = scanSource.length;
  return true;
}

/**
 * Splits an http(s) URL into host and path without allocating a URL object: this runs for
 * every navigation the guard sees. Anything unusual (non-ASCII, percent-escapes in the host,
 * backslashes, IPv6, dot segments) goes through the URL parser, so the answer is always the
 * browser's own reading.
 */
export function splitUrl(url: string): UrlParts | undefined {
  if (!scan(url)) return undefined;
  const path = scanPathEnd === scanPathStart ? '/' : scanSource.slice(scanPathStart, scanPathEnd).toLowerCase();
  return { host: scanHost, path };
}

/** True when `path` is `prefix` or lies under it (`/r/opiates` covers `/r/opiates/new`, not `/r/opiatesx`). */
export function pathCovers(prefix: string | undefined, path: string): boolean {
  if (prefix === undefined) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charCodeAt(prefix.length);
  return Number.isNaN(next) || next === SLASH;
}

/** `pathCovers` on `source.slice(from, to)` compared without case, without slicing it. */
function coversRange(prefix: string, source: string, from: number, to: number): boolean {
  const length = prefix.length;
  if (from === to) return length === 1 && prefix.charCodeAt(0) === SLASH;
  if (to - from < length) return false;
  for (let i = 0; i < length; i++) {
    let c = source.charCodeAt(from + i);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== prefix.charCodeAt(i)) return false;
  }
  return from + length === to || source.charCodeAt(from + length) === SLASH;
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

/** A rule with its path length, so ordering never recomputes it. */
interface Entry<T> {
  rule: T;
  path: string | undefined;
  pathLength: number;
  exactOnly: boolean;
}

/**
 * Builds a matcher over the person's sites. Lookup walks the URL's host label by label
 * (`a.b.example.org`, `b.example.org`, `example.org`, `org`) in a hash map, so its cost does
 * not grow with the number of sites. The walk skips suffixes with more or fewer labels than
 * any rule's host.
 */
export function createMatcher<T extends SitePattern>(rules: readonly T[]): Matcher<T> {
  const byHost = new Map<string, Entry<T>[]>();
  let fewestLabels = Number.POSITIVE_INFINITY;
  let mostLabels = 0;
  for (const rule of rules) {
    const labels = rule.host.split('.').length;
    fewestLabels = Math.min(fewestLabels, labels);
    mostLabels = Math.max(mostLabels, labels);
    const entry: Entry<T> = {
      rule,
      path: rule.path,
      pathLength: rule.path?.length ?? 0,
      exactOnly: rule.scope !== 'site',
    };
    const list = byHost.get(rule.host);
    if (list) list.push(entry);
    else byHost.set(rule.host, [entry]);
  }
  // Longer paths first, then this-host-only: the first rule that covers a URL on a host is its best.
  for (const list of byHost.values()) {
    list.sort((a, b) => b.pathLength - a.pathLength || Number(b.exactOnly) - Number(a.exactOnly));
  }

  /**
   * Calls `each` for the entries that cover the URL, walking from the full host to its
   * shortest suffix; with `firstPerHost`, only the best entry of each host.
   */
  function walk(url: string, firstPerHost: boolean, each: (entry: Entry<T>) => void): void {
    if (rules.length === 0 || !scan(url)) return;
    const host = scanHost;
    const source = scanSource;
    const pathStart = scanPathStart;
    const pathEnd = scanPathEnd;
    // Start at the suffix with as many labels as the longest rule host.
    let from = 0;
    let labels = 1;
    for (let i = host.length - 1; i >= 0; i--) {
      if (host.charCodeAt(i) === DOT) {
        if (labels === mostLabels) {
          from = i + 1;
          break;
        }
        labels++;
      }
    }
    let exact = from === 0;
    for (;;) {
      const list = byHost.get(from === 0 ? host : host.slice(from));
      if (list !== undefined) {
        for (const entry of list) {
          if (entry.exactOnly && !exact) continue;
          if (entry.path !== undefined && !coversRange(entry.path, source, pathStart, pathEnd)) continue;
          each(entry);
          if (firstPerHost) break;
        }
      }
      if (labels <= fewestLabels) return;
      const dot = host.indexOf('.', from);
      if (dot === -1) return;
      from = dot + 1;
      labels--;
      exact = false;
    }
  }

  return {
    match(url) {
      let best: Entry<T> | undefined;
      walk(url, true, (entry) => {
        if (best === undefined || entry.pathLength > best.pathLength) best = entry;
      });
      return best?.rule;
    },
    matchAll(url) {
      const found: Entry<T>[] = [];
      walk(url, false, (entry) => found.push(entry));
      // Stable: among equal paths, the walk's order (longer host first) stays.
      found.sort((a, b) => b.pathLength - a.pathLength);
      return found.map((entry) => entry.rule);
    },
  };
}
