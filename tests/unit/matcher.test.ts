import { describe, expect, it } from 'vitest';
import type { SitePattern } from '@/utils/db/schema';
import { createMatcher, pathCovers, splitUrl, type UrlParts } from '@/utils/triggers/matcher';
import { parseSiteInput } from '@/utils/triggers/site-pattern';

type Named = SitePattern & { name: string };

const site = (host: string, path?: string): SitePattern =>
  path ? { host, scope: 'site', path } : { host, scope: 'site' };
const only = (host: string, path?: string): SitePattern =>
  path ? { host, scope: 'host', path } : { host, scope: 'host' };
const named = (name: string, pattern: SitePattern): Named => ({ ...pattern, name });

/** Whether one rule covers the URL. */
const covers = (rule: SitePattern, url: string) => createMatcher([rule]).match(url) !== undefined;

describe('splitUrl', () => {
  it.each<[string, UrlParts | undefined]>([
    ['https://example.org', { host: 'example.org', path: '/' }],
    ['https://example.org/', { host: 'example.org', path: '/' }],
    ['HTTP://EXAMPLE.ORG/', { host: 'example.org', path: '/' }],
    ['https://Example.ORG/A/b?Q=1#F', { host: 'example.org', path: '/a/b' }],
    ['http://user:pw@example.org:8080/x/', { host: 'example.org', path: '/x/' }],
    ['https://a@b@example.org/', { host: 'example.org', path: '/' }],
    ['https://example.org/@evil.net', { host: 'example.org', path: '/@evil.net' }],
    ['https://example.org./', { host: 'example.org', path: '/' }],
    ['https://example.org.:443/x', { host: 'example.org', path: '/x' }],
    ['https://example.org:/', { host: 'example.org', path: '/' }],
    ['https://example.org?x=/a', { host: 'example.org', path: '/' }],
    ['https://example.org#/a', { host: 'example.org', path: '/' }],
    ['https://example.org/a?b#c', { host: 'example.org', path: '/a' }],
    ['https://example.org/%41', { host: 'example.org', path: '/%41' }],
    // Unusual addresses are read as the browser reads them.
    ['https://bücher.de/Straße', { host: 'xn--bcher-kva.de', path: '/stra%c3%9fe' }],
    ['https://BÜCHER.de/', { host: 'xn--bcher-kva.de', path: '/' }],
    ['https://ＲＥＤＤＩＴ.com/', { host: 'reddit.com', path: '/' }],
    ['http://[::1]:3000/app', { host: '[::1]', path: '/app' }],
    ['http://[0:0::1]/', { host: '[::1]', path: '/' }],
    ['http://[2001:DB8::1]/', { host: '[2001:db8::1]', path: '/' }],
    ['http://127.0.0.1:8080/', { host: '127.0.0.1', path: '/' }],
    ['http://127.1/', { host: '127.0.0.1', path: '/' }],
    ['http://0x7f.0.0.1/', { host: '127.0.0.1', path: '/' }],
    ['http://2130706433/', { host: '127.0.0.1', path: '/' }],
    ['http://foo.a1/', { host: 'foo.a1', path: '/' }],
    ['https://example.org/a/./b/../c', { host: 'example.org', path: '/a/c' }],
    ['https://example.org/%2e%2e/x', { host: 'example.org', path: '/x' }],
    ['https://example.org/.well-known/x', { host: 'example.org', path: '/.well-known/x' }],
    ['https://example.org\\a\\b', { host: 'example.org', path: '/a/b' }],
    ['https://exa%6Dple.org/', { host: 'example.org', path: '/' }],
    ['https://example.org/a b', { host: 'example.org', path: '/a%20b' }],
    ['https://example.org/{x}', { host: 'example.org', path: '/%7bx%7d' }],
    ['https:///example.org/x', { host: 'example.org', path: '/x' }],
    ['https://exa\tmple.org/', { host: 'example.org', path: '/' }],
    // Not a web page.
    ['', undefined],
    ['example.org', undefined],
    ['//example.org/', undefined],
    ['https://', undefined],
    ['https://:80/', undefined],
    ['https://./', undefined],
    ['http://256.0.0.1/', undefined],
    ['http://1.2.3.4.5/', undefined],
    ['http://exa<mple.org/', undefined],
    ['httpx://example.org/', undefined],
    ['http//example.org/', undefined],
    ['ftp://example.org/', undefined],
    ['ws://example.org/', undefined],
    ['wss://example.org/', undefined],
    ['file:///example.org/', undefined],
    ['chrome://example.org/', undefined],
    ['javascript:alert(1)', undefined],
    ['view-source:https://example.org/', undefined],
    ['blob:https://example.org/1234', undefined],
    ['data:text/html,https://example.org', undefined],
  ])('%j → %j', (url, parts) => {
    expect(splitUrl(url)).toEqual(parts);
  });

  // The fast path must agree with the URL parser on every shape it handles itself.
  const hosts = [
    'example.org',
    'Old.Reddit.com',
    'a-b.c_d.example.net',
    'xn--bcher-kva.de',
    '192.168.0.1',
    'localhost',
  ];
  const authorities = (h: string) => [h, `${h}.`, `${h}:8080`, `user@${h}`, `u:p@${h}:1`];
  const paths = ['', '/', '/a', '/A/b/', '/r/opiates/new', '/a;b', '/~x', '/%7Ex', '/a.b/c', '/a//b'];
  const tails = ['', '?q=1', '#f', '?q=/x#/y'];
  const rows: string[] = [];
  for (const h of hosts)
    for (const a of authorities(h))
      for (const p of paths) rows.push(`https://${a}${p}${tails[rows.length % tails.length]}`);
  it.each(rows)('%s reads as the URL parser reads it', (url) => {
    const parsed = new URL(url);
    expect(splitUrl(url)).toEqual({
      host: parsed.hostname.replace(/\.$/, ''),
      path: parsed.pathname.toLowerCase(),
    });
  });
});

describe('pathCovers', () => {
  it.each<[string | undefined, string, boolean]>([
    [undefined, '/', true],
    [undefined, '/anything', true],
    ['/r/opiates', '/r/opiates', true],
    ['/r/opiates', '/r/opiates/', true],
    ['/r/opiates', '/r/opiates/new', true],
    ['/r/opiates', '/r/opiates/new/', true],
    ['/r/opiates', '/r/opiatesfoo', false],
    ['/r/opiates', '/r/opiates.json', false],
    ['/r/opiates', '/r/opiate', false],
    ['/r/opiates', '/r/opi', false],
    ['/r/opiates', '/r/', false],
    ['/r/opiates', '/r', false],
    ['/r/opiates', '/', false],
    ['/r/opiates', '/x/r/opiates', false],
    ['/r/opiates', '/r//opiates', false],
    ['/a', '/a', true],
    ['/a', '/ab', false],
    ['/a', '/a/b', true],
  ])('%j covers %j: %s', (prefix, path, covered) => {
    expect(pathCovers(prefix, path)).toBe(covered);
  });
});

describe('a whole site: reddit.com', () => {
  const rule = site('reddit.com');
  it.each<[string, boolean]>([
    ['https://reddit.com', true],
    ['https://reddit.com/', true],
    ['http://reddit.com/x', true],
    ['HTTPS://reddit.com', true],
    ['https://REDDIT.COM/', true],
    ['https://Reddit.Com./x', true],
    ['https://reddit.com.:443/', true],
    ['https://reddit.com:8080/', true],
    ['https://reddit.com:443/', true],
    ['http://reddit.com:80/', true],
    ['http://reddit.com:/', true],
    ['https://reddit.com?x=1', true],
    ['https://reddit.com#top', true],
    ['https://reddit.com/?next=https://evil.net', true],
    ['https://reddit.com/@evil.net', true],
    ['https://www.reddit.com/', true],
    ['https://old.reddit.com/r/x', true],
    ['https://a.b.c.reddit.com/', true],
    ['https://user@reddit.com/', true],
    ['https://user:pw@reddit.com:8443/x', true],
    ['https://evil.net@reddit.com/', true],
    ['https://a@evil.net@reddit.com/', true],
    ['https://reddit.com\\@evil.net/', true],
    ['https:///reddit.com/', true],
    ['https://reddit%2ecom/', true],
    ['https://ＲＥＤＤＩＴ.com/', true],
    ['https://reddit。com/', true],
    ['https://reddit.com/%2e%2e/x', true],
    ['https://notreddit.com/', false],
    ['https://xreddit.com/', false],
    ['https://eddit.com/', false],
    ['https://reddit.co/', false],
    ['https://reddit.comm/', false],
    ['https://reddit.net/', false],
    ['https://redditcom/', false],
    ['https://reddit-com.net/', false],
    ['https://reddit.com-evil.net/', false],
    ['https://reddit.com.evil.net/', false],
    ['https://reddit.com.evil.net:443/', false],
    ['https://reddit.com..evil.net/', false],
    ['https://reddit.com%2eevil.net/', false],
    ['https://reddit.com@evil.net/', false],
    ['https://reddit.com:443@evil.net/', false],
    ['https://user:reddit.com@evil.net/', false],
    ['https://evil.net\\@reddit.com/', false],
    ['https://evil.net/reddit.com', false],
    ['https://evil.net/?u=https://reddit.com/', false],
    ['https://evil.net#reddit.com', false],
    ['https://com/', false],
    ['https://reddit..com/', false],
    ['ftp://reddit.com/', false],
    ['ws://reddit.com/', false],
    ['wss://reddit.com/', false],
    ['file:///reddit.com/', false],
    ['chrome://reddit.com/', false],
    ['view-source:https://reddit.com/', false],
    ['blob:https://reddit.com/1234', false],
    ['javascript:location="https://reddit.com"', false],
    ['data:text/html,https://reddit.com', false],
    ['about:blank#reddit.com', false],
    ['reddit.com', false],
    ['//reddit.com/', false],
    ['', false],
  ])('%s: %s', (url, matched) => {
    expect(covers(rule, url)).toBe(matched);
  });
});

describe('a path: reddit.com/r/opiates', () => {
  const rule = site('reddit.com', '/r/opiates');
  it.each<[string, boolean]>([
    ['https://reddit.com/r/opiates', true],
    ['https://reddit.com/r/opiates/', true],
    ['https://reddit.com/r/opiates/new?x=1', true],
    ['https://reddit.com/r/opiates?x=1', true],
    ['https://reddit.com/r/opiates#top', true],
    ['https://reddit.com/r/opiates/#top', true],
    ['https://reddit.com/R/Opiates', true],
    ['https://reddit.com/r/OPIATES/', true],
    ['https://reddit.com/r/opiates/comments/1/title/', true],
    ['https://reddit.com/r/opiates//', true],
    ['https://www.reddit.com/r/opiates', true],
    ['https://old.reddit.com/r/opiates/top', true],
    ['https://reddit.com:8080/r/opiates', true],
    ['https://reddit.com./r/opiates', true],
    ['https://u:p@reddit.com/r/opiates', true],
    ['https://reddit.com/r/./opiates', true],
    ['https://reddit.com/x/../r/opiates', true],
    ['https://reddit.com/r/%2e/opiates', true],
    ['https://reddit.com/r\\opiates', true],
    ['https://reddit.com/r/opiatesfoo', false],
    ['https://reddit.com/r/opiates.json', false],
    ['https://reddit.com/r/opiates-x', false],
    ['https://reddit.com/r/opiates%2fnew', false],
    ['https://reddit.com/r/opiate', false],
    ['https://reddit.com/r/opi', false],
    ['https://reddit.com/r/', false],
    ['https://reddit.com/r', false],
    ['https://reddit.com/', false],
    ['https://reddit.com', false],
    ['https://reddit.com/x/r/opiates', false],
    ['https://reddit.com/r//opiates', false],
    ['https://reddit.com/r%2fopiates', false],
    ['https://reddit.com?/r/opiates', false],
    ['https://reddit.com#/r/opiates', false],
    ['https://reddit.com/?next=/r/opiates', false],
    ['https://notreddit.com/r/opiates', false],
    ['https://reddit.com.evil.net/r/opiates', false],
    ['https://reddit.com@evil.net/r/opiates', false],
  ])('%s: %s', (url, matched) => {
    expect(covers(rule, url)).toBe(matched);
  });
});

describe('this host only: old.reddit.com', () => {
  const rule = only('old.reddit.com');
  it.each<[string, boolean]>([
    ['https://old.reddit.com', true],
    ['https://OLD.reddit.com/r/x', true],
    ['https://old.reddit.com:8080/', true],
    ['https://old.reddit.com./', true],
    ['https://user@old.reddit.com/', true],
    ['https://reddit.com/', false],
    ['https://www.reddit.com/', false],
    ['https://new.reddit.com/', false],
    ['https://a.old.reddit.com/', false],
    ['https://www.old.reddit.com/', false],
    ['https://oldreddit.com/', false],
    ['https://old.reddit.com.evil.net/', false],
    ['https://old.reddit.com@evil.net/', false],
  ])('%s: %s', (url, matched) => {
    expect(covers(rule, url)).toBe(matched);
  });
});

describe('IP addresses and localhost', () => {
  it.each<[SitePattern, string, boolean]>([
    [only('192.168.1.1'), 'http://192.168.1.1/', true],
    [only('192.168.1.1'), 'http://192.168.1.1:8080/admin', true],
    [only('192.168.1.1'), 'https://user@192.168.1.1/', true],
    [only('192.168.1.1'), 'http://192.168.1.1./', true],
    [only('192.168.1.1'), 'http://0xc0.0xa8.1.1/', true],
    [only('192.168.1.1'), 'http://3232235777/', true],
    [only('192.168.1.1'), 'http://192.168.1.10/', false],
    [only('192.168.1.1'), 'http://192.168.1.2/', false],
    [only('192.168.1.1'), 'http://10.192.168.1.1/', false],
    [only('192.168.1.1'), 'http://192.168.1.1.evil.net/', false],
    [only('192.168.1.1'), 'http://192.168.1.1x/', false],
    [only('192.168.1.1'), 'http://evil.net/192.168.1.1', false],
    [only('192.168.1.1', '/admin'), 'http://192.168.1.1/admin/users', true],
    [only('192.168.1.1', '/admin'), 'http://192.168.1.1/', false],
    [only('1.1.1.1'), 'http://1.1.1.1/', true],
    [only('1.1.1.1'), 'http://11.1.1.1/', false],
    [only('1.1.1.1'), 'http://1.1.1.11/', false],
    [only('[::1]'), 'http://[::1]/', true],
    [only('[::1]'), 'http://[::1]:3000/app', true],
    [only('[::1]'), 'http://[0:0::1]/', true],
    [only('[::1]'), 'http://[0000:0000:0000:0000:0000:0000:0000:0001]/', true],
    [only('[::1]'), 'http://[::2]/', false],
    [only('[::1]'), 'http://[::1]evil.net/', false],
    [only('[2001:db8::1]'), 'http://[2001:DB8::1]/', true],
    [site('localhost'), 'http://localhost/', true],
    [site('localhost'), 'http://localhost:3000/app', true],
    [site('localhost'), 'http://LOCALHOST./', true],
    [site('localhost'), 'http://app.localhost/', true],
    [site('localhost'), 'http://notlocalhost/', false],
    [site('localhost'), 'http://localhost.evil.net/', false],
    [site('localhost'), 'http://127.0.0.1/', false],
  ])('%j, %s: %s', (rule, url, matched) => {
    expect(covers(rule, url)).toBe(matched);
  });
});

describe('internationalised sites', () => {
  it.each<[SitePattern, string, boolean]>([
    [site('xn--bcher-kva.de'), 'https://bücher.de/x', true],
    [site('xn--bcher-kva.de'), 'https://BÜCHER.de/', true],
    [site('xn--bcher-kva.de'), 'https://shop.bücher.de/', true],
    [site('xn--bcher-kva.de'), 'https://xn--bcher-kva.de/', true],
    [site('xn--bcher-kva.de'), 'https://XN--BCHER-KVA.DE/', true],
    [site('xn--bcher-kva.de'), 'https://user@bücher.de:8080/', true],
    [site('xn--bcher-kva.de'), 'https://bücher.de./', true],
    [site('xn--bcher-kva.de'), 'https://bucher.de/', false],
    [site('xn--bcher-kva.de'), 'https://xbücher.de/', false],
    [site('xn--bcher-kva.de'), 'https://bücher.de.evil.net/', false],
    [site('xn--bcher-kva.de'), 'https://bücher.de@evil.net/', false],
    [site('xn--r8jz45g.xn--zckzah'), 'https://例え.テスト/', true],
    [site('xn--r8jz45g.xn--zckzah'), 'https://www.例え.テスト/x', true],
    [site('xn--r8jz45g.xn--zckzah'), 'https://例.テスト/', false],
    [site('xn--mnchen-3ya.de', '/stra%c3%9fe'), 'https://münchen.de/straße/x', true],
    [site('xn--mnchen-3ya.de', '/stra%c3%9fe'), 'https://münchen.de/Straße', true],
    [site('xn--mnchen-3ya.de', '/stra%c3%9fe'), 'https://xn--mnchen-3ya.de/stra%C3%9Fe', true],
    [site('xn--mnchen-3ya.de', '/stra%c3%9fe'), 'https://münchen.de/strasse', false],
  ])('%j, %s: %s', (rule, url, matched) => {
    expect(covers(rule, url)).toBe(matched);
  });
});

describe('what a person typed covers what they meant', () => {
  it.each<[string, string, boolean]>([
    ['reddit.com', 'https://old.reddit.com/r/x', true],
    ['www.reddit.com', 'https://reddit.com/', true],
    ['reddit.com/r/opiates', 'https://www.reddit.com/r/opiates/new', true],
    ['reddit.com/r/opiates/', 'https://reddit.com/r/opiates', true],
    ['reddit.com/R/Opiates', 'https://reddit.com/r/opiates', true],
    ['reddit.com/r/opiates', 'https://reddit.com/r/opiatesfoo', false],
    ['old.reddit.com', 'https://reddit.com/', false],
    ['*.reddit.com', 'https://reddit.com/', true],
    ['bücher.de', 'https://bücher.de/x', true],
    ['xn--bcher-kva.de', 'https://bücher.de/x', true],
    ['münchen.de/Straße', 'https://münchen.de/straße/x', true],
    ['192.168.1.1', 'http://192.168.1.1:8080/', true],
    ['[::1]:8080', 'http://[::1]/', true],
    ['localhost:3000', 'http://localhost:5173/', true],
    ['https://www.reddit.com/r/opiates/', 'https://old.reddit.com/', true],
    ['https://old.reddit.com/r/opiates/', 'https://reddit.com/r/x', true],
  ])('%j covers %s: %s', (input, url, matched) => {
    const parsed = parseSiteInput(input);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(covers(parsed.pattern, url)).toBe(matched);
  });

  it('the choices of a pasted address cover it, each in its own way', () => {
    const parsed = parseSiteInput('https://old.reddit.com/r/opiates/');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const [whole, path, host] = parsed.choices as [SitePattern, SitePattern, SitePattern];
    expect(['https://reddit.com/', 'https://old.reddit.com/r/opiates'].map((url) => covers(whole, url))).toEqual([
      true,
      true,
    ]);
    expect(['https://reddit.com/', 'https://www.reddit.com/r/opiates'].map((url) => covers(path, url))).toEqual([
      false,
      true,
    ]);
    expect(['https://reddit.com/', 'https://old.reddit.com/x'].map((url) => covers(host, url))).toEqual([false, true]);
  });
});

describe('every flagged host in every URL shape', () => {
  const hosts = ['example.org', 'reddit.com', 'news.ycombinator.com', 'bbc.co.uk', 'xn--bcher-kva.de', 'localhost'];
  // [shape, covered by the whole site, by this host only, by the path /r/x on the whole site]
  const shapes: [(h: string) => string, boolean, boolean, boolean][] = [
    [(h) => `https://${h}/`, true, true, false],
    [(h) => `http://${h}`, true, true, false],
    [(h) => `https://${h.toUpperCase()}/`, true, true, false],
    [(h) => `https://${h}./`, true, true, false],
    [(h) => `https://${h}:8080/`, true, true, false],
    [(h) => `https://${h}:443/r/x`, true, true, true],
    [(h) => `https://user@${h}/r/x/`, true, true, true],
    [(h) => `https://user:pw@${h}:8443/r/x?y=1#z`, true, true, true],
    [(h) => `https://user@evil.net@${h}/r/x`, true, true, true],
    [(h) => `https://${h}/r/x/new?y=1`, true, true, true],
    [(h) => `https://${h}/R/X`, true, true, true],
    [(h) => `https://${h}/r/x#frag`, true, true, true],
    [(h) => `https://${h}/r/./x`, true, true, true],
    [(h) => `https://${h}?r/x`, true, true, false],
    [(h) => `https://${h}#/r/x`, true, true, false],
    [(h) => `https://${h}/r/xy`, true, true, false],
    [(h) => `https://${h}/r`, true, true, false],
    [(h) => `https://${h}/r/x.json`, true, true, false],
    [(h) => `https://${h}/a/r/x`, true, true, false],
    [(h) => `https://${h}\\@evil.net/r/x`, true, true, false],
    [(h) => `https://www.${h}/`, true, false, false],
    [(h) => `https://a.b.${h}/r/x`, true, false, true],
    [(h) => `HTTPS://SUB.${h.toUpperCase()}./R/X/`, true, false, true],
    [(h) => `https://${h}.evil.net/r/x`, false, false, false],
    [(h) => `https://not${h}/r/x`, false, false, false],
    [(h) => `https://${h}x/r/x`, false, false, false],
    [(h) => `https://${h}-evil.net/r/x`, false, false, false],
    [(h) => `https://${h}@evil.net/r/x`, false, false, false],
    [(h) => `https://${h}:8080@evil.net/r/x`, false, false, false],
    [(h) => `https://evil.net\\@${h}/r/x`, false, false, false],
    [(h) => `https://evil.net/${h}/r/x`, false, false, false],
    [(h) => `https://evil.net/?u=https://${h}/r/x`, false, false, false],
    [(h) => `https://evil.net#${h}`, false, false, false],
    [(h) => `ftp://${h}/r/x`, false, false, false],
    [(h) => `ws://${h}/r/x`, false, false, false],
    [(h) => `view-source:https://${h}/r/x`, false, false, false],
  ];
  const wholeSites = createMatcher(hosts.map((h) => site(h)));
  const hostsOnly = createMatcher(hosts.map((h) => only(h)));
  const paths = createMatcher(hosts.map((h) => site(h, '/r/x')));
  const everything = createMatcher([
    ...hosts.map((h) => named('path', site(h, '/r/x'))),
    ...hosts.map((h) => named('site', site(h))),
    ...hosts.map((h) => named('host', only(h))),
  ]);

  const rows = hosts.flatMap((h) =>
    shapes.map(([shape, bySite, byHost, byPath]) => [shape(h), bySite, byHost, byPath] as const),
  );

  it.each(rows)('%s: site %s, host %s, path %s', (url, bySite, byHost, byPath) => {
    expect(wholeSites.match(url) !== undefined).toBe(bySite);
    expect(hostsOnly.match(url) !== undefined).toBe(byHost);
    expect(paths.match(url) !== undefined).toBe(byPath);
  });

  it.each(rows)('%s: all rules together, most specific first', (url, bySite, byHost, byPath) => {
    const expected = [...(byPath ? ['path'] : []), ...(byHost ? ['host'] : []), ...(bySite ? ['site'] : [])];
    expect(everything.matchAll(url).map((rule) => rule.name)).toEqual(expected);
    expect(everything.match(url)?.name).toBe(expected[0]);
  });
});

describe('matchAll ordering', () => {
  const rules = [
    named('reddit', site('reddit.com')),
    named('opiates', site('reddit.com', '/r/opiates')),
    named('comments', site('reddit.com', '/r/opiates/comments')),
    named('old only', only('old.reddit.com')),
    named('old', site('old.reddit.com')),
    named('reddit only', only('reddit.com')),
    named('old opiates', site('old.reddit.com', '/r/opiates')),
    named('old opiates only', only('old.reddit.com', '/r/opiates')),
  ];
  const matcher = createMatcher(rules);
  it.each<[string, string[]]>([
    [
      'https://old.reddit.com/r/opiates/comments/1',
      ['comments', 'old opiates only', 'old opiates', 'opiates', 'old only', 'old', 'reddit'],
    ],
    ['https://old.reddit.com/r/opiates', ['old opiates only', 'old opiates', 'opiates', 'old only', 'old', 'reddit']],
    ['https://a.old.reddit.com/r/opiates', ['old opiates', 'opiates', 'old', 'reddit']],
    ['https://reddit.com/r/opiates', ['opiates', 'reddit only', 'reddit']],
    ['https://reddit.com/r/opiates/comments', ['comments', 'opiates', 'reddit only', 'reddit']],
    ['https://old.reddit.com/', ['old only', 'old', 'reddit']],
    ['https://www.reddit.com/r/opiates/x', ['opiates', 'reddit']],
    ['https://reddit.com/', ['reddit only', 'reddit']],
    ['https://notreddit.com/r/opiates', []],
    ['ftp://reddit.com/', []],
  ])('%s → %j', (url, names) => {
    expect(matcher.matchAll(url).map((rule) => rule.name)).toEqual(names);
    expect(matcher.match(url)?.name).toBe(names[0]);
  });

  it('the same rules in any order give the same answer', () => {
    const reversed = createMatcher([...rules].reverse());
    const url = 'https://old.reddit.com/r/opiates/comments/1';
    expect(reversed.matchAll(url)).toEqual(matcher.matchAll(url));
  });

  it('a rule stored with capitals still matches', () => {
    expect(covers(site('Reddit.COM', '/R/Opiates'), 'https://old.reddit.com/r/opiates/new')).toBe(true);
    expect(covers(only('Old.Reddit.com'), 'https://OLD.reddit.com/')).toBe(true);
  });

  it('a matcher over no rules matches nothing', () => {
    expect(createMatcher([]).match('https://example.org/')).toBeUndefined();
    expect(createMatcher([]).matchAll('https://example.org/')).toEqual([]);
  });
});
