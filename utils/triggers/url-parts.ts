/**
 * Reading the host and path of a web URL in place, without allocating: a lookup runs for
 * every navigation the guard sees. Anything unusual goes through the URL parser, so the
 * answer is always the browser's own reading.
 */

/** The host (lowercase, no port, no userinfo, no trailing dot) and lowercase path of a web URL. */
export interface UrlParts {
  host: string;
  path: string;
}

/**
 * The URL being looked at, read in place: the host is `hostSource.slice(hostStart, hostEnd)`
 * (ASCII letters in any case) and the path is `pathSource.slice(pathStart, pathEnd)` (empty
 * means `/`). The path is found only when asked for: `pathEnd` is -1 until then. One is
 * made per matcher and reused by each of its lookups, so a lookup allocates nothing.
 */
export interface ScannedUrl {
  hostSource: string;
  hostStart: number;
  hostEnd: number;
  pathSource: string;
  pathStart: number;
  pathEnd: number;
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

/** An empty `ScannedUrl`, to be filled by `scan`. */
export function createScannedUrl(): ScannedUrl {
  return { hostSource: '', hostStart: 0, hostEnd: 0, pathSource: '', pathStart: 0, pathEnd: -1 };
}

/** Reads the host of `url` into `into`; false when it is not an http(s) URL with a host. */
export function scan(into: ScannedUrl, url: string): boolean {
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
    } else if (c >= DEL || AUTHORITY_NEEDS_PARSER[c] === 1) return parse(into, url);
  }
  let last = colon === -1 ? end : colon;
  if (url.charCodeAt(last - 1) === DOT) last--;
  if (last <= first) return parse(into, url);
  // A host ending in a digit may be an IP address the browser would rewrite (`127.1`).
  const tail = url.charCodeAt(last - 1);
  if (tail >= 48 && tail <= 57 && !CANONICAL_IPV4.test(url.slice(first, last))) return parse(into, url);
  into.hostSource = url;
  into.hostStart = first;
  into.hostEnd = last;
  into.pathSource = url;
  into.pathStart = end;
  into.pathEnd = -1;
  return true;
}

/** The browser's own reading of an unusual URL (IDN, escapes, IPv6, dot segments). */
function parse(into: ScannedUrl, url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === undefined) return false;
  const lower = parsed.hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  into.hostSource = host;
  if (host === '') return false;
  into.hostStart = 0;
  into.hostEnd = host.length;
  into.pathSource = parsed.pathname;
  into.pathStart = 0;
  into.pathEnd = parsed.pathname.length;
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
 * Finds the path of the URL last scanned into `scanned`. Dot segments and characters the
 * browser would rewrite send it through the URL parser. False when the browser would refuse
 * the URL.
 */
export function scanPath(scanned: ScannedUrl): boolean {
  if (scanned.pathEnd !== -1) return true;
  const url = scanned.pathSource;
  const length = url.length;
  let end = scanned.pathStart;
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
      scanned.pathSource = parsed.pathname;
      scanned.pathStart = 0;
      scanned.pathEnd = parsed.pathname.length;
      return true;
    }
  }
  scanned.pathEnd = end;
  return true;
}

/**
 * Splits an http(s) URL into host and path without allocating a URL object: this runs for
 * every navigation the guard sees. Anything unusual (non-ASCII, percent-escapes in the host,
 * backslashes, IPv6, dot segments) goes through the URL parser, so the answer is always the
 * browser's own reading.
 */
export function splitUrl(url: string): UrlParts | undefined {
  // Its own scratch: the answer allocates anyway, and then no caller shares state.
  const scanned = createScannedUrl();
  if (!scan(scanned, url) || !scanPath(scanned)) return undefined;
  const { hostSource, hostStart, hostEnd, pathSource, pathStart, pathEnd } = scanned;
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

/**
 * `pathCovers` on the path found by `scanPath` (`prefix` lowercase), compared without case
 * and without slicing it.
 */
export function coversScannedPath(scanned: ScannedUrl, prefix: string): boolean {
  const length = prefix.length;
  const from = scanned.pathStart;
  const to = scanned.pathEnd;
  if (from === to) return length === 1 && prefix.charCodeAt(0) === SLASH;
  if (to - from < length) return false;
  const source = scanned.pathSource;
  const boundary = from + length === to || source.charCodeAt(from + length) === SLASH;
  return boundary && holdsLowercase(source, from, prefix);
}

/**
 * True when `source` holds `lower` (lowercase) at `from`, without case. Browsers hand over
 * lowercase hosts and mostly lowercase paths: compare natively first, then without case.
 */
export function holdsLowercase(source: string, from: number, lower: string): boolean {
  if (source.startsWith(lower, from)) return true;
  for (let i = 0; i < lower.length; i++) {
    let c = source.charCodeAt(from + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}
