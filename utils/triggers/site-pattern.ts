import type { SitePattern } from '@/utils/db/schema';
import { type Problem, problem } from '@/utils/problems';
import { toUnicode } from '@/utils/triggers/punycode';

/** Why an input cannot be flagged (the page shows its words beside the input). */
export interface SiteInputError {
  ok: false;
  problem: Problem;
}

export interface SiteInputOk {
  ok: true;
  pattern: SitePattern;
  /**
   * Every reading of the input a person may have meant, the default first. A pasted address
   * has several: the whole site, then the path, then this host only.
   */
  choices: SitePattern[];
}

export type SiteInputResult = SiteInputOk | SiteInputError;

const fail = (code: Parameters<typeof problem>[0], ...values: string[]): SiteInputError => ({
  ok: false,
  problem: problem(code, ...values),
});

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
/** Scheme, slashes, then the authority (userinfo, host, port) up to the path. */
const AUTHORITY = /^[a-z][a-z0-9+.-]*:[/\\]*([^/?#\\]*)/i;
/** Common endings (top-level domains) that a person might type alone; two-letter ones are country endings. */
const COMMON_ENDINGS = new Set(
  'com org net edu gov mil int info biz name pro app dev xyz online site shop store blog club top live'.split(' '),
);
/** Second-level labels that countries share out (`co.uk`, `com.au`): the site is one label further in. */
const SHARED_SECOND_LEVEL = new Set('ac co com edu gob go gouv gov ltd ne net nhs or org plc sch mil'.split(' '));
/** Hosting where each subdomain is someone else's site (`someone.github.io`). */
const SHARED_HOSTING = new Set([
  'appspot.com',
  'blogspot.com',
  'carrd.co',
  'firebaseapp.com',
  'github.io',
  'gitlab.io',
  'glitch.me',
  'herokuapp.com',
  'neocities.org',
  'netlify.app',
  'pages.dev',
  'substack.com',
  'tumblr.com',
  'vercel.app',
  'web.app',
  'weebly.com',
  'wixsite.com',
  'wordpress.com',
]);

/** True for IP addresses (v4 or bracketed v6): they have no subdomains. */
export function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/**
 * The site a host belongs to, by a small rule of thumb rather than the full public suffix
 * list: `old.reddit.com` → `reddit.com`, `www.bbc.co.uk` → `bbc.co.uk`,
 * `someone.github.io` stays. IP addresses and one-label hosts are their own site.
 */
export function siteOf(host: string): string {
  if (isIpHost(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1] as string;
  const second = labels[labels.length - 2] as string;
  const shared = SHARED_HOSTING.has(`${second}.${tld}`) || (tld.length === 2 && SHARED_SECOND_LEVEL.has(second));
  return labels.slice(shared ? -3 : -2).join('.');
}

/** Drops a leading `www.` when what is left is still a whole site name. */
function withoutWww(host: string): string {
  const rest = host.slice(4);
  return host.startsWith('www.') && rest.includes('.') ? rest : host;
}

/** Lowercase, without trailing slashes or a trailing `*` (`/r/opiates/*`); undefined for the root. */
function normalisePath(path: string): string | undefined {
  const trimmed = path.toLowerCase().replace(/[/*]+$/, '');
  return trimmed === '' ? undefined : trimmed;
}

/** Why a one-label host (other than `localhost`) is not a site. */
function oneLabelProblem(label: string, wildcard: boolean): SiteInputError {
  const shown = toUnicode(label);
  if (wildcard) return fail('site-every-site-ending', shown);
  if (label.length === 2 || label.startsWith('xn--') || COMMON_ENDINGS.has(label)) return fail('site-ending', shown);
  return fail('site-no-ending', shown);
}

/**
 * Reads what a person typed or pasted to flag a site: `example.org`, `old.reddit.com`,
 * `reddit.com/r/opiates`, a full address, an IP address or `localhost`. Hosts are kept in
 * ASCII (punycode). Refuses, with a reason, anything that is not one web site.
 *
 * Typed, the input is taken as written (`old.reddit.com` is that subdomain and everything
 * under it; with a path, the path). Pasted with `http(s)://`, the default is the whole site
 * the address belongs to, then the path, then this host only.
 */
export function parseSiteInput(input: string): SiteInputResult {
  let text = input.trim();
  if (text === '') return fail('site-empty');

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  const pasted = scheme !== undefined;
  if (pasted && scheme !== 'http' && scheme !== 'https') return fail('site-not-web');
  if (!pasted) text = `http://${text}`;

  const found = AUTHORITY.exec(text);
  const authority = found?.[1] ?? '';
  if (/\s/.test(authority)) return fail('site-spaces');
  const hostStart = (found?.[0].length ?? 0) - authority.length + authority.lastIndexOf('@') + 1;
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const hostText = hostAndPort.replace(/:\d*$/, '');
  if (hostText !== '' && /^[*.]+$/.test(hostText)) return fail('site-every-site');
  // `*.example.org` and `.example.org` mean the site and its subdomains: what a site already covers.
  const wildcard = /^\*?\./.test(hostText);
  const prefix = wildcard ? hostText.indexOf('.') + 1 : 0;
  if (hostText.slice(prefix).includes('*')) return fail('site-star');
  if (wildcard) text = text.slice(0, hostStart) + text.slice(hostStart + prefix);

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('site-not-address');
  }
  const host = url.hostname.replace(/\.$/, '');
  if (host === '') return fail('site-empty');
  const ip = isIpHost(host);
  if (!ip) {
    const labels = host.split('.');
    if (!labels.every((label) => LABEL.test(label))) return fail('site-not-address');
    if (labels.length === 1 && host !== 'localhost') return oneLabelProblem(host, wildcard);
  }

  const path = normalisePath(url.pathname);
  let siteHost = host;
  if (!ip && !wildcard) siteHost = pasted ? siteOf(host) : withoutWww(host);
  const whole: SitePattern = { host: siteHost, scope: ip ? 'host' : 'site' };
  const withPath: SitePattern[] = path ? [{ ...whole, path }] : [];
  // Typed with a path, the person means the path; pasted from the address bar, the site first.
  const choices = pasted ? [whole, ...withPath] : [...withPath, whole];
  if (pasted && !ip && host !== siteHost) choices.push({ host, scope: 'host' });
  return { ok: true, pattern: choices[0] as SitePattern, choices };
}

/** How a pattern reads to a person: `example.org`, `reddit.com/r/opiates`, `bücher.de`. */
export function describePattern(pattern: SitePattern): string {
  let path = pattern.path ?? '';
  try {
    path = decodeURI(path);
  } catch {
    // Not valid percent-encoding: show it as stored.
  }
  return `${toUnicode(pattern.host)}${path}`;
}

/** A stable key for a pattern, so the same site is never flagged twice. */
export function patternKey(pattern: SitePattern): string {
  return `${pattern.scope}:${pattern.host}${pattern.path ?? ''}`;
}

/** The match patterns (for permissions and content-script registration) that cover a site pattern. */
export function originsFor(pattern: SitePattern): string[] {
  if (pattern.scope === 'host') return [`*://${pattern.host}/*`];
  return [`*://${pattern.host}/*`, `*://*.${pattern.host}/*`];
}
