import type { SitePattern } from '@/utils/db/schema';

/** Why an input cannot be flagged; `message` is shown beside the input as it is. */
export interface SiteInputError {
  ok: false;
  message: string;
}

export interface SiteInputOk {
  ok: true;
  pattern: SitePattern;
  /** Every reading of the input a person may have meant, the default first (a pasted URL has several). */
  choices: SitePattern[];
}

export type SiteInputResult = SiteInputOk | SiteInputError;

const fail = (message: string): SiteInputError => ({ ok: false, message });

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;

/** True for IP addresses (v4 or bracketed v6): they have no subdomains. */
export function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/** Lowercase, without trailing slashes; undefined for the root. */
function normalisePath(path: string): string | undefined {
  const trimmed = path.toLowerCase().replace(/\/+$/, '');
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Reads what a person typed or pasted to flag a site: `example.org`, `old.reddit.com`,
 * `reddit.com/r/opiates`, a full address, an IP address or `localhost`. Hosts are kept in
 * ASCII (punycode). Refuses, with a reason, anything that is not one web site.
 */
export function parseSiteInput(input: string): SiteInputResult {
  let text = input.trim();
  if (text === '') return fail('Type a site, for example example.org.');

  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  const pasted = scheme !== undefined;
  if (pasted && scheme !== 'http' && scheme !== 'https') {
    return fail('Steady can watch web pages only: addresses that start with http or https.');
  }
  if (!pasted) text = `http://${text}`;

  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(text)?.[1] ?? '';
  if (/\s/.test(authority)) return fail('A site name cannot have spaces in it.');
  let wildcard = false;
  if (authority.includes('*')) {
    if (!/^(?:[^@]*@)?\*\.[^*]+$/.test(authority)) {
      return fail('That would match every site. Type one site, for example example.org.');
    }
    wildcard = true;
    text = text.replace('*.', '');
  }

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('That does not look like a web address. Try something like example.org.');
  }
  const host = url.hostname.replace(/\.$/, '');
  if (host === '') return fail('Type a site, for example example.org.');
  const ip = isIpHost(host);
  if (!ip) {
    const labels = host.split('.');
    if (!labels.every((label) => LABEL.test(label))) {
      return fail('That does not look like a web address. Try something like example.org.');
    }
    if (labels.length === 1 && host !== 'localhost') {
      return fail(`“${host}” is an ending that many sites share. Type the whole site, for example example.${host}.`);
    }
  }

  const path = normalisePath(url.pathname);
  const siteHost = !ip && !wildcard && host.startsWith('www.') ? host.slice(4) : host;
  const whole: SitePattern = { host: siteHost, scope: ip ? 'host' : 'site' };
  const withPath: SitePattern[] = path ? [{ ...whole, path }] : [];
  // Typed with a path, the person means the path; pasted from the address bar, the site first.
  const choices = pasted ? [whole, ...withPath] : [...withPath, whole];
  if (pasted && !ip && host.split('.').length > 2) choices.push({ host, scope: 'host' });
  return { ok: true, pattern: choices[0] as SitePattern, choices };
}

/** How a pattern reads to a person: `example.org`, `reddit.com/r/opiates`. */
export function describePattern(pattern: SitePattern): string {
  return `${pattern.host}${pattern.path ?? ''}`;
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
