/**
 * The cost of deciding whether a URL is flagged, in nanoseconds per URL, over generated,
 * realistic URLs: `createMatcher` over 10, 1,000 and 10,000 flagged sites, against one
 * regular expression joining all 1,000 sites (how blockers like LeechBlock NG match).
 */
import type { SitePattern } from '@/utils/db/schema';
import { createMatcher, type Matcher } from '@/utils/triggers/matcher';
import { median, note, report, reportTarget, round, seeded, timeNsPerItem } from './harness';
import { baselineRegex, flaggedPatterns, generateUrls } from './matcher-data';

const URL_COUNT = 100_000;
const SIZES = [10, 1_000, 10_000] as const;
const BASELINE_SIZE = 1_000;
const ROUNDS = 15;
const BASELINE_ROUNDS = 5;

function runMatcher(matcher: Matcher<SitePattern>) {
  return (urls: readonly string[]) => {
    let sum = 0;
    for (let i = 0; i < urls.length; i++) {
      if (matcher.match(urls[i] as string) !== undefined) sum++;
    }
    return sum;
  };
}

function runRegex(regex: RegExp) {
  return (urls: readonly string[]) => {
    let sum = 0;
    for (let i = 0; i < urls.length; i++) {
      if (regex.test(urls[i] as string)) sum++;
    }
    return sum;
  };
}

/** Exits non-zero, listing the first URLs where the matcher and the regex disagree. */
function assertAgree(label: string, urls: readonly string[], matcher: Matcher<SitePattern>, regex: RegExp): number {
  const disagreements: string[] = [];
  let hits = 0;
  for (const url of urls) {
    const ours = matcher.match(url) !== undefined;
    if (ours) hits++;
    if (ours !== regex.test(url)) disagreements.push(`${ours ? 'matcher only' : 'regex only'}: ${url}`);
  }
  if (disagreements.length > 0) {
    note(`${label}: the matcher and the regex disagree on ${disagreements.length} of ${urls.length} URLs:`);
    for (const line of disagreements.slice(0, 20)) note(`  ${line}`);
    process.exit(1);
  }
  return hits;
}

function main(): void {
  const sets = SIZES.map((size) => {
    const patterns = flaggedPatterns(size, seeded(1_000 + size));
    const urls = generateUrls(patterns, URL_COUNT, seeded(42));
    return { size, patterns, urls, matcher: createMatcher(patterns) };
  });
  const baselineSet = sets.find((set) => set.size === BASELINE_SIZE);
  if (!baselineSet) throw new Error('no baseline set');

  note('matcher: checking the matcher against the regex on every URL');
  const hits = new Map<number, number>();
  for (const set of sets) {
    if (set.size > BASELINE_SIZE) continue;
    hits.set(set.size, assertAgree(`${set.size} sites`, set.urls, set.matcher, baselineRegex(set.patterns)));
  }
  const regex = baselineRegex(baselineSet.patterns);

  note('matcher: warming up');
  for (let i = 0; i < 3; i++) for (const set of sets) timeNsPerItem(set.urls, runMatcher(set.matcher));
  timeNsPerItem(baselineSet.urls.slice(0, 10_000), runRegex(regex));

  // The regex's rounds are spread among the matcher's, so drift of the machine falls on both sides of the ratio.
  note(`matcher: ${ROUNDS} rounds over ${URL_COUNT} URLs, the regex in ${BASELINE_ROUNDS} of them`);
  const times = new Map<number, number[]>(SIZES.map((size) => [size, []]));
  const checksums = new Map<number, number>();
  const baselineTimes: number[] = [];
  let baselineChecksum = 0;
  const regexEvery = ROUNDS / BASELINE_ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (const set of sets) {
      const { nsPerItem, checksum } = timeNsPerItem(set.urls, runMatcher(set.matcher));
      times.get(set.size)?.push(nsPerItem);
      checksums.set(set.size, checksum);
    }
    if (round % regexEvery === Math.floor(regexEvery / 2)) {
      const { nsPerItem, checksum } = timeNsPerItem(baselineSet.urls, runRegex(regex));
      baselineTimes.push(nsPerItem);
      baselineChecksum = checksum;
    }
  }
  if (baselineChecksum !== checksums.get(BASELINE_SIZE)) {
    note(`matcher: checksums differ (regex ${baselineChecksum}, matcher ${checksums.get(BASELINE_SIZE)})`);
    process.exit(1);
  }

  const ns = new Map<number, number>();
  for (const set of sets) {
    const value = median(times.get(set.size) ?? []);
    ns.set(set.size, value);
    const flagged = checksums.get(set.size) ?? 0;
    note(`matcher.${set.size}: ${flagged} of ${URL_COUNT} URLs flagged; checksum ${flagged}`);
    report({
      name: `matcher.${set.size}`,
      value: round(value),
      unit: 'ns/url',
      sites: set.size,
      urls: URL_COUNT,
      flagged_share: round(flagged / URL_COUNT, 3),
      ...(hits.has(set.size) ? { checked_against_regex: true } : {}),
    });
  }
  const baseline = median(baselineTimes);
  report({
    name: `matcher.regex_baseline.${BASELINE_SIZE}`,
    value: round(baseline),
    unit: 'ns/url',
    sites: BASELINE_SIZE,
    urls: URL_COUNT,
    source_chars: regex.source.length,
  });
  reportTarget(`matcher.speedup_vs_regex.${BASELINE_SIZE}`, baseline / (ns.get(BASELINE_SIZE) ?? 1), 'x', '>=', 100);
  reportTarget('matcher.growth.10000_vs_10', (ns.get(10_000) ?? 0) / (ns.get(10) ?? 1), 'x', '<=', 2);
}

main();
