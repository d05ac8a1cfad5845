import type { SitePattern } from '@/utils/db/schema';
import { buildTable, createHostSuffixes, type Entry, hashSuffixes, lookup } from './host-table';
import { coversScannedPath, createScannedUrl, scan, scanPath } from './url-parts';

export { pathCovers, splitUrl, type UrlParts } from './url-parts';

/** Finds the rules that cover a URL; made by `createMatcher`. */
export interface Matcher<T extends SitePattern> {
  /** The most specific rule that covers the URL, or undefined. */
  match(url: string): T | undefined;
  /**
   * Every rule that covers the URL, most specific first: the longest path first, then the
   * longest host, then this-host-only before whole-site.
   */
  matchAll(url: string): T[];
}

/**
 * Builds a matcher over the person's sites. A lookup hashes the URL's host suffixes label by
 * label (`example.org`, `b.example.org`, `a.b.example.org`) in one pass over the host and
 * probes a hash table with each, so its cost does not grow with the number of sites; it
 * allocates nothing (the matcher owns the scratch every lookup reuses), and reads the path
 * only when a rule on a matching host has one.
 */
export function createMatcher<T extends SitePattern>(rules: readonly T[]): Matcher<T> {
  const table = buildTable(rules);
  const { fewestLabels, mostLabels } = table;
  const empty = rules.length === 0;
  const scanned = createScannedUrl();
  const suffixes = createHostSuffixes();

  /** Hashes the scanned host's suffixes into `suffixes`; returns how many. */
  const hashScannedHost = () =>
    hashSuffixes(suffixes, scanned.hostSource, scanned.hostStart, scanned.hostEnd, mostLabels);

  return {
    match(url) {
      if (empty || !scan(scanned, url)) return undefined;
      const filled = hashScannedHost();
      // The last suffix filled is the whole host only when the host has no more labels.
      const whole = suffixes.start[filled] === scanned.hostStart ? filled : 0;
      let best: Entry<T> | undefined;
      for (let k = filled; k >= fewestLabels; k--) {
        const list = lookup(table, suffixes, k);
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i++) {
          const entry = list[i] as Entry<T>;
          // Sorted by path length: once an entry cannot beat the best so far, none after it can.
          if (best !== undefined && entry.pathLength <= best.pathLength) break;
          if (entry.exactOnly && k !== whole) continue;
          if (entry.path !== undefined) {
            if (!scanPath(scanned)) return undefined;
            if (!coversScannedPath(scanned, entry.path)) continue;
          }
          best = entry;
          break;
        }
      }
      return best?.rule;
    },
    matchAll(url) {
      if (empty || !scan(scanned, url)) return [];
      const filled = hashScannedHost();
      const whole = suffixes.start[filled] === scanned.hostStart ? filled : 0;
      const found: Entry<T>[] = [];
      for (let k = filled; k >= fewestLabels; k--) {
        const list = lookup(table, suffixes, k);
        if (list === undefined) continue;
        for (const entry of list) {
          if (entry.exactOnly && k !== whole) continue;
          if (entry.path !== undefined) {
            if (!scanPath(scanned)) return [];
            if (!coversScannedPath(scanned, entry.path)) continue;
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
