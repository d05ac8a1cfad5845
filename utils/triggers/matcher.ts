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

/**
 * Splits an http(s) URL into host and path without allocating a URL object: this runs for
 * every navigation the guard sees. Anything unusual (non-ASCII, percent-escapes, backslashes)
 * goes through the URL parser, so the answer is always the browser's own reading.
 */
export function splitUrl(url: string): UrlParts | undefined {
  const sep = url.indexOf('://');
  if (sep !== 4 && sep !== 5) return undefined;
  const scheme = url.slice(0, sep).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  const start = sep + 3;
  let end = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if (c === SLASH || c === QUESTION || c === HASH) break;
    if (c === BACKSLASH || c === PERCENT || c > 127) return splitWithParser(url);
  }
  let hostStart = url.lastIndexOf('@', end - 1) + 1;
  if (hostStart < start) hostStart = start;
  let hostEnd = end;
  if (url.charCodeAt(hostStart) === 91 /* [ */) {
    hostEnd = url.indexOf(']', hostStart) + 1;
    if (hostEnd === 0 || hostEnd > end) return undefined;
  } else {
    const colon = url.indexOf(':', hostStart);
    if (colon !== -1 && colon < end) hostEnd = colon;
  }
  if (url.charCodeAt(hostEnd - 1) === 46 /* . */) hostEnd--;
  const host = url.slice(hostStart, hostEnd).toLowerCase();
  if (host === '') return undefined;
  let pathEnd = end;
  for (; pathEnd < url.length; pathEnd++) {
    const c = url.charCodeAt(pathEnd);
    if (c === QUESTION || c === HASH) break;
  }
  return { host, path: end === pathEnd ? '/' : url.slice(end, pathEnd).toLowerCase() };
}

function splitWithParser(url: string): UrlParts | undefined {
  try {
    const parsed = new URL(url);
    return splitUrl(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  } catch {
    return undefined;
  }
}

/** True when `path` is `prefix` or lies under it (`/r/opiates` covers `/r/opiates/new`, not `/r/opiatesx`). */
export function pathCovers(prefix: string | undefined, path: string): boolean {
  if (prefix === undefined) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charCodeAt(prefix.length);
  return Number.isNaN(next) || next === SLASH;
}

export interface Matcher<T extends SitePattern> {
  /** The most specific rule that covers the URL, or undefined. */
  match(url: string): T | undefined;
  /** Every rule that covers the URL, most specific first. */
  matchAll(url: string): T[];
}

/**
 * Builds a matcher over the person's sites. Lookup walks the URL's host label by label
 * (`a.b.example.org`, `b.example.org`, `example.org`, `org`) in a hash map, so its cost does
 * not grow with the number of sites.
 */
export function createMatcher<T extends SitePattern>(rules: readonly T[]): Matcher<T> {
  const byHost = new Map<string, T[]>();
  for (const rule of rules) {
    const list = byHost.get(rule.host);
    if (list) list.push(rule);
    else byHost.set(rule.host, [rule]);
  }
  // Longer paths first: the most specific rule wins.
  for (const list of byHost.values()) {
    list.sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0));
  }

  function visit(url: string, each: (rule: T) => boolean): void {
    const parts = splitUrl(url);
    if (!parts) return;
    let host = parts.host;
    let exact = true;
    for (;;) {
      const list = byHost.get(host);
      if (list) {
        for (const rule of list) {
          if ((exact || rule.scope === 'site') && pathCovers(rule.path, parts.path)) {
            if (!each(rule)) return;
          }
        }
      }
      const dot = host.indexOf('.');
      if (dot === -1) return;
      host = host.slice(dot + 1);
      exact = false;
    }
  }

  return {
    match(url) {
      let found: T | undefined;
      visit(url, (rule) => {
        found = rule;
        return false;
      });
      return found;
    },
    matchAll(url) {
      const found: T[] = [];
      visit(url, (rule) => {
        found.push(rule);
        return true;
      });
      return found;
    },
  };
}
