import { describe, expect, it } from 'vitest';
import type { SitePattern } from '@/utils/db/schema';
import type { Problem } from '@/utils/problems';
import {
  describePattern,
  isIpHost,
  originsFor,
  parseSiteInput,
  patternKey,
  siteOf,
} from '@/utils/triggers/site-pattern';

/** Why an input is refused, as the problem code the page turns into words. */
const says = {
  empty: { code: 'site-empty' },
  spaces: { code: 'site-spaces' },
  notWeb: { code: 'site-not-web' },
  everySite: { code: 'site-every-site' },
  star: { code: 'site-star' },
  notAddress: { code: 'site-not-address' },
  ending: (ending: string) => ({ code: 'site-ending', values: [ending] }),
  noEnding: (name: string) => ({ code: 'site-no-ending', values: [name] }),
  everySiteEnding: (ending: string) => ({ code: 'site-every-site-ending', values: [ending] }),
} satisfies Record<string, Problem | ((value: string) => Problem)>;

const site = (host: string, path?: string): SitePattern =>
  path ? { host, scope: 'site', path } : { host, scope: 'site' };
const only = (host: string, path?: string): SitePattern =>
  path ? { host, scope: 'host', path } : { host, scope: 'host' };

/** The choices for an input, or its problem when refused. */
function read(input: string): SitePattern[] | Problem {
  const result = parseSiteInput(input);
  if (!result.ok) return result.problem;
  expect(result.pattern).toEqual(result.choices[0]);
  return result.choices;
}

describe('parseSiteInput: typed sites', () => {
  // What a person types into the box: taken as written, a path meaning the path first.
  it.each<[string, SitePattern[]]>([
    ['example.org', [site('example.org')]],
    ['Example.ORG', [site('example.org')]],
    ['  example.org  ', [site('example.org')]],
    ['\texample.org\n', [site('example.org')]],
    ['example.org.', [site('example.org')]],
    ['example.org/', [site('example.org')]],
    ['example.org//', [site('example.org')]],
    ['example.org/*', [site('example.org')]],
    ['example.org:8080', [site('example.org')]],
    ['example.org:443/', [site('example.org')]],
    ['example.org?q=1', [site('example.org')]],
    ['example.org#top', [site('example.org')]],
    ['me@example.org', [site('example.org')]],
    ['www.example.org', [site('example.org')]],
    ['WWW.Example.org', [site('example.org')]],
    ['www.example.org.', [site('example.org')]],
    ['www2.example.org', [site('www2.example.org')]],
    ['wwwexample.org', [site('wwwexample.org')]],
    ['www.com', [site('www.com')]],
    ['old.reddit.com', [site('old.reddit.com')]],
    ['www.old.reddit.com', [site('old.reddit.com')]],
    ['a.b.c.example.org', [site('a.b.c.example.org')]],
    ['example.co.uk', [site('example.co.uk')]],
    ['www.bbc.co.uk', [site('bbc.co.uk')]],
    ['my_site.example.org', [site('my_site.example.org')]],
    ['a-b.example.org', [site('a-b.example.org')]],
    ['123.example.org', [site('123.example.org')]],
    ['*.reddit.com', [site('reddit.com')]],
    ['.reddit.com', [site('reddit.com')]],
    ['*.www.reddit.com', [site('www.reddit.com')]],
    ['*.reddit.com/r/opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['//example.org', [site('example.org')]],
    // Paths: the path first, the whole site as the other reading.
    ['reddit.com/r/opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/r/opiates/', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/r/opiates//', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/r/opiates/*', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/R/Opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/r/opiates?sort=new', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/r/opiates#comments', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com:443/r/opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['www.reddit.com/r/opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['old.reddit.com/r/opiates', [site('old.reddit.com', '/r/opiates'), site('old.reddit.com')]],
    ['reddit.com/r/./opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/x/../r/opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com\\r\\opiates', [site('reddit.com', '/r/opiates'), site('reddit.com')]],
    ['reddit.com/r/some thing', [site('reddit.com', '/r/some%20thing'), site('reddit.com')]],
    ['example.org/a/b/c/d', [site('example.org', '/a/b/c/d'), site('example.org')]],
    // Internationalised names are kept in ASCII (punycode).
    ['bücher.de', [site('xn--bcher-kva.de')]],
    ['BÜCHER.de', [site('xn--bcher-kva.de')]],
    ['www.bücher.de', [site('xn--bcher-kva.de')]],
    ['xn--bcher-kva.de', [site('xn--bcher-kva.de')]],
    ['例え.テスト', [site('xn--r8jz45g.xn--zckzah')]],
    ['ＲＥＤＤＩＴ.com', [site('reddit.com')]],
    ['reddit。com', [site('reddit.com')]],
    ['россия.рф', [site('xn--h1alffa9f.xn--p1ai')]],
    ['münchen.de/straße', [site('xn--mnchen-3ya.de', '/stra%c3%9fe'), site('xn--mnchen-3ya.de')]],
    // IP addresses have no subdomains: this address only.
    ['192.168.1.1', [only('192.168.1.1')]],
    ['192.168.1.1.', [only('192.168.1.1')]],
    ['127.0.0.1:3000', [only('127.0.0.1')]],
    ['127.1', [only('127.0.0.1')]],
    ['10.0.0.1/admin', [only('10.0.0.1', '/admin'), only('10.0.0.1')]],
    ['[::1]', [only('[::1]')]],
    ['[::1]:8080/app', [only('[::1]', '/app'), only('[::1]')]],
    ['[2001:db8::1]', [only('[2001:db8::1]')]],
    ['[2001:DB8:0:0::1]', [only('[2001:db8::1]')]],
    // localhost is one label, and a site.
    ['localhost', [site('localhost')]],
    ['LOCALHOST', [site('localhost')]],
    ['localhost:3000', [site('localhost')]],
    ['localhost:3000/app', [site('localhost', '/app'), site('localhost')]],
    ['app.localhost', [site('app.localhost')]],
  ])('%j', (input, choices) => {
    expect(read(input)).toEqual(choices);
  });
});

describe('parseSiteInput: pasted addresses', () => {
  // From the address bar: the whole site first, then the path, then this host only.
  it.each<[string, SitePattern[]]>([
    ['https://example.org', [site('example.org')]],
    ['https://example.org/', [site('example.org')]],
    ['http://example.org/page', [site('example.org'), site('example.org', '/page')]],
    ['http:example.org', [site('example.org')]],
    ['https://example.org./x', [site('example.org'), site('example.org', '/x')]],
    ['https://reddit.com:443/r/opiates', [site('reddit.com'), site('reddit.com', '/r/opiates')]],
    ['https://reddit.com/r/opiates?utm=1#top', [site('reddit.com'), site('reddit.com', '/r/opiates')]],
    [
      'https://www.reddit.com/r/opiates/',
      [site('reddit.com'), site('reddit.com', '/r/opiates'), only('www.reddit.com')],
    ],
    [
      'https://old.reddit.com/r/opiates/comments/abc/title/?utm=1#c',
      [site('reddit.com'), site('reddit.com', '/r/opiates/comments/abc/title'), only('old.reddit.com')],
    ],
    [
      'HTTPS://OLD.Reddit.COM/R/Opiates',
      [site('reddit.com'), site('reddit.com', '/r/opiates'), only('old.reddit.com')],
    ],
    ['https://old.reddit.com', [site('reddit.com'), only('old.reddit.com')]],
    ['https://a.b.old.reddit.com/', [site('reddit.com'), only('a.b.old.reddit.com')]],
    [
      'https://user:pw@forum.example.org/t/1',
      [site('example.org'), site('example.org', '/t/1'), only('forum.example.org')],
    ],
    ['https://reddit.com@evil.net/', [site('evil.net')]],
    ['https://www.bbc.co.uk/news', [site('bbc.co.uk'), site('bbc.co.uk', '/news'), only('www.bbc.co.uk')]],
    ['https://news.bbc.co.uk/', [site('bbc.co.uk'), only('news.bbc.co.uk')]],
    ['https://shop.example.com.au/', [site('example.com.au'), only('shop.example.com.au')]],
    ['https://someone.github.io/blog/', [site('someone.github.io'), site('someone.github.io', '/blog')]],
    ['https://a.someone.github.io/', [site('someone.github.io'), only('a.someone.github.io')]],
    ['https://bücher.de/neu', [site('xn--bcher-kva.de'), site('xn--bcher-kva.de', '/neu')]],
    ['https://shop.bücher.de/', [site('xn--bcher-kva.de'), only('shop.xn--bcher-kva.de')]],
    ['http://192.168.1.1:8080/admin', [only('192.168.1.1'), only('192.168.1.1', '/admin')]],
    ['http://[::1]:3000/', [only('[::1]')]],
    ['http://localhost:3000/app', [site('localhost'), site('localhost', '/app')]],
    ['https://*.reddit.com/', [site('reddit.com')]],
    ['https://*.old.reddit.com/', [site('old.reddit.com')]],
    ['https:///example.org/x', [site('example.org'), site('example.org', '/x')]],
  ])('%j', (input, choices) => {
    expect(read(input)).toEqual(choices);
  });
});

describe('parseSiteInput: refusals say why', () => {
  it.each<[string, Problem]>([
    ['', says.empty],
    ['   ', says.empty],
    ['\t\n', says.empty],
    ['exa mple.com', says.spaces],
    ['reddit .com', says.spaces],
    ['red\tdit.com', says.spaces],
    ['https://red dit.com/', says.spaces],
    ['reddit.com /r/opiates', says.spaces],
    ['com', says.ending('com')],
    ['COM', says.ending('com')],
    ['com.', says.ending('com')],
    ['org', says.ending('org')],
    ['net', says.ending('net')],
    ['info', says.ending('info')],
    ['uk', says.ending('uk')],
    ['de', says.ending('de')],
    ['io', says.ending('io')],
    ['https://com/', says.ending('com')],
    ['テスト', says.ending('テスト')],
    ['reddit', says.noEnding('reddit')],
    ['javascript:alert(1)', says.notWeb],
    ['JavaScript:void(0)', says.notWeb],
    ['file:///etc/passwd', says.notWeb],
    ['file://C:/Users', says.notWeb],
    ['ftp://example.org', says.notWeb],
    ['chrome://extensions', says.notWeb],
    ['chrome-extension://abc/page.html', says.notWeb],
    ['moz-extension://abc/page.html', says.notWeb],
    ['edge://settings', says.notWeb],
    ['about:blank', says.notWeb],
    ['data:text/html,<b>hi</b>', says.notWeb],
    ['mailto:someone@example.org', says.notWeb],
    ['view-source:https://example.org', says.notWeb],
    ['blob:https://example.org/1234', says.notWeb],
    ['ws://example.org', says.notWeb],
    ['wss://example.org', says.notWeb],
    ['*', says.everySite],
    ['**', says.everySite],
    ['*.*', says.everySite],
    ['*.*.*', says.everySite],
    ['*.', says.everySite],
    ['.', says.everySite],
    ['..', says.everySite],
    ['*:80', says.everySite],
    ['*/r/opiates', says.everySite],
    ['https://*/', says.everySite],
    ['http://*.*/x', says.everySite],
    ['*.com', says.everySiteEnding('com')],
    ['.com', says.everySiteEnding('com')],
    ['*.org/', says.everySiteEnding('org')],
    ['*.uk', says.everySiteEnding('uk')],
    ['https://*.com/', says.everySiteEnding('com')],
    ['*reddit.com', says.star],
    ['reddit.*', says.star],
    ['red*it.com', says.star],
    ['*.*.com', says.star],
    ['http://', says.notAddress],
    ['https://', says.notAddress],
    ['http://:80', says.notAddress],
    ['-reddit.com', says.notAddress],
    ['reddit-.com', says.notAddress],
    ['reddit..com', says.notAddress],
    ['exa<mple.com', says.notAddress],
    ['exa%mple.com', says.notAddress],
    ['256.1.1.1', says.notAddress],
    ['1.2.3.4.5', says.notAddress],
    ['example.123', says.notAddress],
    ['xn--zz.com', says.notAddress],
    ['[::1', says.notAddress],
    ['::1', says.notAddress],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('parseSiteInput: every host in every shape', () => {
  // [host, the whole site it belongs to]
  const hosts: [string, string][] = [
    ['example.org', 'example.org'],
    ['reddit.com', 'reddit.com'],
    ['old.reddit.com', 'reddit.com'],
    ['news.ycombinator.com', 'ycombinator.com'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['a-b.example.net', 'example.net'],
    ['x1.io', 'x1.io'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['my_host.example.com', 'example.com'],
  ];
  const typed: ((host: string) => string)[] = [
    (h) => h,
    (h) => h.toUpperCase(),
    (h) => ` ${h} `,
    (h) => `${h}.`,
    (h) => `${h}/`,
    (h) => `${h}:8080`,
    (h) => `${h}:8080/`,
    (h) => `${h}?q=1`,
    (h) => `${h}#x`,
    (h) => `www.${h}`,
    (h) => `WWW.${h}`,
    (h) => `*.${h}`,
    (h) => `.${h}`,
    (h) => `me@${h}`,
  ];
  const typedWithPath: ((host: string) => string)[] = [
    (h) => `${h}/r/x`,
    (h) => `${h}/r/x/`,
    (h) => `${h}/R/X`,
    (h) => `${h}/r/x?q=1`,
    (h) => `${h}/r/x#f`,
    (h) => `${h}:81/r/x/`,
    (h) => `${h}./r/x`,
    (h) => `www.${h}/r/x`,
  ];
  const pasted: ((host: string) => string)[] = [
    (h) => `https://${h}`,
    (h) => `https://${h}/`,
    (h) => `http://${h}/`,
    (h) => `HTTPS://${h.toUpperCase()}/`,
    (h) => `https://${h}:443/`,
    (h) => `https://${h}./`,
    (h) => `https://user@${h}/`,
    (h) => `https://user:pw@${h}:8443/?q=1#f`,
  ];
  const pastedWithPath: ((host: string) => string)[] = [
    (h) => `https://${h}/r/x`,
    (h) => `https://${h}/r/x/`,
    (h) => `https://${h}/R/X?utm=1`,
    (h) => `http://${h}:8080/r/x/#top`,
  ];

  const rows: [string, SitePattern[]][] = [];
  for (const [host, whole] of hosts) {
    for (const shape of typed) rows.push([shape(host), [site(host)]]);
    for (const shape of typedWithPath) rows.push([shape(host), [site(host, '/r/x'), site(host)]]);
    const thisHost = host === whole ? [] : [only(host)];
    for (const shape of pasted) rows.push([shape(host), [site(whole), ...thisHost]]);
    for (const shape of pastedWithPath) rows.push([shape(host), [site(whole), site(whole, '/r/x'), ...thisHost]]);
  }

  it.each(rows)('%j', (input, choices) => {
    expect(read(input)).toEqual(choices);
  });

  it.each(rows)('%j gives patterns the database accepts', (input) => {
    const result = parseSiteInput(input);
    if (!result.ok) throw new Error(result.problem.code);
    for (const choice of result.choices) {
      expect(choice.host).toMatch(/^[a-z0-9_.-]+$/);
      expect(choice.host).not.toMatch(/^\.|\.$|\.\./);
      if (choice.path !== undefined) expect(choice.path).toMatch(/^\/\S*[^/]$/);
    }
    expect(new Set(result.choices.map(patternKey)).size).toBe(result.choices.length);
  });
});

describe('siteOf', () => {
  it.each([
    ['example.org', 'example.org'],
    ['www.example.org', 'example.org'],
    ['old.reddit.com', 'reddit.com'],
    ['a.b.c.reddit.com', 'reddit.com'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['a.example.gov.uk', 'example.gov.uk'],
    ['www.example.co.jp', 'example.co.jp'],
    ['www.example.co', 'example.co'],
    ['a.co.com', 'co.com'],
    ['someone.github.io', 'someone.github.io'],
    ['a.someone.github.io', 'someone.github.io'],
    ['www.github.io', 'www.github.io'],
    ['github.io', 'github.io'],
    ['blog.someone.tumblr.com', 'someone.tumblr.com'],
    ['localhost', 'localhost'],
    ['app.localhost', 'app.localhost'],
    ['192.168.1.1', '192.168.1.1'],
    ['[::1]', '[::1]'],
  ])('%s belongs to %s', (host, whole) => {
    expect(siteOf(host)).toBe(whole);
  });
});

describe('isIpHost', () => {
  it.each<[string, boolean]>([
    ['192.168.1.1', true],
    ['10.0.0.1', true],
    ['[::1]', true],
    ['[2001:db8::1]', true],
    ['example.org', false],
    ['1.example.org', false],
    ['localhost', false],
    ['1.2.3', false],
  ])('%s → %s', (host, ip) => {
    expect(isIpHost(host)).toBe(ip);
  });
});

describe('describePattern, patternKey, originsFor', () => {
  it.each<[SitePattern, string]>([
    [site('example.org'), 'example.org'],
    [site('reddit.com', '/r/opiates'), 'reddit.com/r/opiates'],
    [only('old.reddit.com'), 'old.reddit.com'],
    [site('xn--bcher-kva.de'), 'bücher.de'],
    [site('shop.xn--bcher-kva.de', '/neu'), 'shop.bücher.de/neu'],
    [site('xn--mnchen-3ya.de', '/stra%c3%9fe'), 'münchen.de/straße'],
    [site('example.org', '/r/some%20thing'), 'example.org/r/some thing'],
    [site('example.org', '/100%'), 'example.org/100%'],
    [only('[::1]', '/app'), '[::1]/app'],
  ])('%j reads %s', (pattern, text) => {
    expect(describePattern(pattern)).toBe(text);
  });

  it.each<[SitePattern, string]>([
    [site('example.org'), 'site:example.org'],
    [only('example.org'), 'host:example.org'],
    [site('reddit.com', '/r/opiates'), 'site:reddit.com/r/opiates'],
  ])('%j has key %s', (pattern, key) => {
    expect(patternKey(pattern)).toBe(key);
  });

  it.each<[SitePattern, string[]]>([
    [site('example.org'), ['*://example.org/*', '*://*.example.org/*']],
    [site('reddit.com', '/r/opiates'), ['*://reddit.com/*', '*://*.reddit.com/*']],
    [only('old.reddit.com'), ['*://old.reddit.com/*']],
    [only('192.168.1.1'), ['*://192.168.1.1/*']],
    [only('[::1]'), ['*://[::1]/*']],
  ])('%j needs %j', (pattern, origins) => {
    expect(originsFor(pattern)).toEqual(origins);
  });
});
