/**
 * Generated inputs for the matcher benchmark: flagged site patterns, realistic URLs around
 * them, and the one-regular-expression baseline. Deterministic for a given seed.
 */
import type { SitePattern } from '@/utils/db/schema';
import type { Random } from './harness';

const SYLLABLES = (
  'ka lo mi ra ne to su vi den mar tor lin zen pro bit hub ly ex on ar ix go da fe qu wa zo pe ri sol ' +
  'ban cor del fin gar hal jo kel lum mon nor pal ros sam tel ur val wen yor zu bra cli dro fla gri ple sto tri'
).split(' ');
const TLDS = 'com com com com com com com com org org org net net io de de co.uk com.au ru fr info me xyz app'.split(
  ' ',
);
const SUBDOMAINS = 'www www www old m forum blog shop news app api cdn img en de'.split(' ');
const SECTIONS = 'r t c forum board topic wiki tag u user'.split(' ');
const WORDS = 'home new top hot search watch video posts comments about help login item p thread page index'.split(' ');
const POPULAR = [
  'google.com',
  'www.google.com',
  'mail.google.com',
  'www.youtube.com',
  'en.wikipedia.org',
  'github.com',
  'www.amazon.com',
  'news.ycombinator.com',
  'twitter.com',
  'www.bbc.co.uk',
  'stackoverflow.com',
  'docs.python.org',
  'www.nytimes.com',
  'outlook.live.com',
  'localhost',
];

const name = (rng: Random) =>
  Array.from({ length: rng.int(2, 4) }, () => rng.pick(SYLLABLES)).join('') + (rng.chance(0.1) ? rng.int(1, 99) : '');
const domain = (rng: Random) => `${name(rng)}.${rng.pick(TLDS)}`;

/** `n` distinct flagged patterns: about 70% whole sites, 15% one host only, 15% paths. */
export function flaggedPatterns(n: number, rng: Random): SitePattern[] {
  const seen = new Set<string>();
  const patterns: SitePattern[] = [];
  while (patterns.length < n) {
    const roll = rng.next();
    let pattern: SitePattern;
    if (roll < 0.005) {
      pattern = { host: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, scope: 'host' };
    } else if (roll < 0.7) {
      pattern = { host: domain(rng), scope: 'site' };
    } else if (roll < 0.85) {
      pattern = { host: `${rng.pick(SUBDOMAINS)}.${domain(rng)}`, scope: 'host' };
    } else {
      pattern = { host: domain(rng), scope: 'site', path: `/${rng.pick(SECTIONS)}/${name(rng)}` };
    }
    const key = `${pattern.scope}:${pattern.host}${pattern.path ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push(pattern);
  }
  return patterns;
}

function randomPath(rng: Random): string {
  const segments = rng.int(0, 4);
  let path = '';
  for (let i = 0; i < segments; i++) {
    const roll = rng.next();
    path += `/${roll < 0.6 ? rng.pick(WORDS) : roll < 0.8 ? name(rng) : rng.int(1, 9_999_999)}`;
  }
  if (segments > 0 && rng.chance(0.1)) path += '.html';
  else if (rng.chance(0.2)) path += '/';
  return path;
}

function withCase(text: string, rng: Random): string {
  if (!rng.chance(0.05)) return text;
  return rng.chance(0.5) ? text.toUpperCase() : text.replace(/(^|[./])([a-z])/g, (_m, sep, c) => sep + c.toUpperCase());
}

/** A URL around `host` and `path`, dressed the many ways browsers and people write them. */
function dress(host: string, path: string, rng: Random): string {
  const scheme = rng.chance(0.85) ? 'https' : 'http';
  const userinfo = rng.chance(0.01) ? (rng.chance(0.5) ? 'user@' : 'user:secret@') : '';
  const dot = rng.chance(0.005) ? '.' : '';
  const port = rng.chance(0.03) ? `:${rng.pick([80, 443, 8080, 3000, 8443])}` : '';
  const query = rng.chance(0.3)
    ? `?${rng.pick(WORDS)}=${rng.int(1, 99_999)}${rng.chance(0.3) ? '&utm_source=x' : ''}`
    : '';
  const fragment = rng.chance(0.1) ? `#${rng.pick(WORDS)}` : '';
  return `${withCase(scheme, rng)}://${userinfo}${withCase(host, rng)}${dot}${port}${withCase(path, rng)}${query}${fragment}`;
}

/** The whole site a pattern sits on (its host, less a subdomain for host-only patterns). */
const baseOf = (pattern: SitePattern) =>
  pattern.scope === 'host' && !/^\d/.test(pattern.host)
    ? pattern.host.slice(pattern.host.indexOf('.') + 1)
    : pattern.host;

/** `count` URLs: about 15% on flagged sites (their subdomains and paths), 10% near misses, the rest elsewhere. */
export function generateUrls(patterns: readonly SitePattern[], count: number, rng: Random): string[] {
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    const pattern = rng.pick(patterns);
    let host: string;
    let path = randomPath(rng);
    if (roll < 0.15) {
      host = pattern.scope === 'site' && rng.chance(0.4) ? `${rng.pick(SUBDOMAINS)}.${pattern.host}` : pattern.host;
      if (pattern.path) path = rng.chance(0.9) ? `${pattern.path}${rng.chance(0.5) ? randomPath(rng) : ''}` : path;
    } else if (roll < 0.25) {
      const base = baseOf(pattern);
      const trap = rng.int(0, 7);
      if (trap === 0) host = `not${base}`;
      else if (trap === 1) host = `${base}.evil.net`;
      else if (trap === 2) host = `${base}x.com`;
      else if (trap === 3) host = `${base}@evil.net`;
      else if (trap === 4) {
        host = 'evil.net';
        path = `/go?u=https://${pattern.host}/`;
      } else if (trap === 5) host = `${base.replace(/\.[^.]*$/, '')}.${rng.pick(['biz', 'us', 'cn'])}`;
      else if (trap === 6) {
        host = pattern.host;
        if (pattern.path) path = `${pattern.path}${rng.pick(['x', '-2', '.json', 's'])}`;
      } else host = pattern.scope === 'host' ? `x.${pattern.host}` : base;
    } else if (roll < 0.4) {
      host = rng.pick(POPULAR);
    } else {
      host = rng.chance(0.3) ? `${rng.pick(SUBDOMAINS)}.${domain(rng)}` : domain(rng);
    }
    urls.push(dress(host, path, rng));
  }
  // Flat strings, as the browser hands URLs over (not the ropes that concatenation builds).
  return JSON.parse(JSON.stringify(urls)) as string[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * One regular expression for all the patterns, as blockers build it: anchored, escaped,
 * case-insensitive; userinfo, port and a trailing dot allowed; paths end at a boundary.
 * Whole sites and host-only names are each joined into one alternation (kinder to the
 * regex engine than one alternative per pattern).
 */
export function baselineRegex(patterns: readonly SitePattern[]): RegExp {
  const tail = '\\.?(?::\\d*)?';
  const boundary = '(?:[/?#]|$)';
  const subdomains = '(?:[^/?#@:\\\\]*\\.)?';
  const sites = patterns.filter((p) => p.scope === 'site' && !p.path).map((p) => escapeRegex(p.host));
  const hosts = patterns.filter((p) => p.scope === 'host' && !p.path).map((p) => escapeRegex(p.host));
  const alternatives: string[] = [];
  if (sites.length > 0) alternatives.push(`${subdomains}(?:${sites.join('|')})${tail}${boundary}`);
  if (hosts.length > 0) alternatives.push(`(?:${hosts.join('|')})${tail}${boundary}`);
  for (const p of patterns) {
    if (!p.path) continue;
    alternatives.push(
      `${p.scope === 'site' ? subdomains : ''}${escapeRegex(p.host)}${tail}${escapeRegex(p.path)}${boundary}`,
    );
  }
  return new RegExp(`^https?://(?:[^/?#\\\\]*@)?(?:${alternatives.join('|')})`, 'i');
}
