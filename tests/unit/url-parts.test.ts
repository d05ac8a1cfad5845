import { describe, expect, it } from 'vitest';
import {
  coversScannedPath,
  createScannedUrl,
  holdsLowercase,
  pathCovers,
  type ScannedUrl,
  scan,
  scanPath,
  splitUrl,
} from '@/utils/triggers/url-parts';

/** The host and path as read in place, sliced out for comparing. */
const read = (scanned: ScannedUrl) => ({
  host: scanned.hostSource.slice(scanned.hostStart, scanned.hostEnd).toLowerCase(),
  path: scanned.pathSource.slice(scanned.pathStart, scanned.pathEnd).toLowerCase() || '/',
});

describe('scan and scanPath into one reused ScannedUrl', () => {
  // Each URL is read after the one before it, into the same scratch: nothing carries over.
  const urls = [
    'https://example.org/a/b?q',
    'https://bücher.de/Straße',
    'https://Old.Reddit.com/r/./x',
    'http://[::1]:3000/app',
    'https://example.org',
    'https://user@example.net:8080/%2e%2e/y#z',
    'http://127.1/',
    'https://a.b.c.example.co.uk/A/B/',
  ];
  const scanned = createScannedUrl();
  it.each(urls)('%s reads as splitUrl reads it', (url) => {
    expect(scan(scanned, url)).toBe(true);
    expect(scanPath(scanned)).toBe(true);
    expect(read(scanned)).toEqual(splitUrl(url));
  });

  it('the path is found only when asked for, then kept', () => {
    const fresh = createScannedUrl();
    expect(scan(fresh, 'https://example.org/a?b')).toBe(true);
    expect(fresh.pathEnd).toBe(-1);
    expect(scanPath(fresh)).toBe(true);
    expect(fresh.pathEnd).toBe('https://example.org/a'.length);
    expect(scanPath(fresh)).toBe(true);
    expect(fresh.pathEnd).toBe('https://example.org/a'.length);
  });

  it('two ScannedUrls do not share anything', () => {
    const a = createScannedUrl();
    const b = createScannedUrl();
    scan(a, 'https://example.org/a');
    scan(b, 'https://bücher.de/b');
    expect(scanPath(a) && scanPath(b)).toBe(true);
    expect(read(a)).toEqual({ host: 'example.org', path: '/a' });
    expect(read(b)).toEqual({ host: 'xn--bcher-kva.de', path: '/b' });
  });

  it.each(['', 'example.org', 'ftp://example.org/', 'https://', 'https://./', 'http://256.0.0.1/'])(
    '%j is not a web page',
    (url) => {
      expect(scan(createScannedUrl(), url)).toBe(false);
    },
  );
});

describe('coversScannedPath agrees with pathCovers on the split path', () => {
  const paths = ['', '/', '/r', '/r/', '/R/Opiates', '/r/opiates/new', '/r/opiatesx', '/r/./opiates', '/r/opi%41tes'];
  const prefixes = ['/', '/r', '/r/opiates', '/r/opiates/new', '/x'];
  const rows = paths.flatMap((path) => prefixes.map((prefix) => [`https://example.org${path}?q#f`, prefix] as const));
  it.each(rows)('%s under %s', (url, prefix) => {
    const scanned = createScannedUrl();
    expect(scan(scanned, url) && scanPath(scanned)).toBe(true);
    expect(coversScannedPath(scanned, prefix)).toBe(pathCovers(prefix, splitUrl(url)?.path ?? ''));
  });
});

describe('holdsLowercase', () => {
  it.each<[string, number, string, boolean]>([
    ['example.org', 0, 'example.org', true],
    ['EXAMPLE.org', 0, 'example.org', true],
    ['www.Example.ORG', 4, 'example.org', true],
    ['www.example.org', 4, 'example.com', false],
    ['www.example.org', 3, 'example.org', false],
    ['/A/B', 0, '/a', true],
    ['/[/', 0, '/{/', false],
  ])('%j at %i holds %j: %s', (source, from, lower, held) => {
    expect(holdsLowercase(source, from, lower)).toBe(held);
  });
});
