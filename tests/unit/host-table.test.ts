import { describe, expect, it } from 'vitest';
import type { SitePattern } from '@/utils/db/schema';
import { buildTable, createHostSuffixes, hashHost, hashSuffixes, lookup } from '@/utils/triggers/host-table';

describe('hashSuffixes', () => {
  it.each<[string, number, string[]]>([
    ['example.org', 5, ['org', 'example.org']],
    ['a.b.Example.ORG', 5, ['org', 'example.org', 'b.example.org', 'a.b.example.org']],
    ['a.b.example.org', 2, ['org', 'example.org']],
    ['localhost', 3, ['localhost']],
    ['10.0.0.1', 4, ['1', '0.1', '0.0.1', '10.0.0.1']],
  ])('%s, up to %i labels: %j', (host, mostLabels, expected) => {
    // The host read in place, inside a longer string, as a lookup reads it.
    const source = `https://${host}/x`;
    const first = 'https://'.length;
    const suffixes = createHostSuffixes();
    const filled = hashSuffixes(suffixes, source, first, first + host.length, mostLabels);
    expect(filled).toBe(expected.length);
    for (let k = 1; k <= filled; k++) {
      const suffix = expected[k - 1] as string;
      expect(source.slice(suffixes.start[k], first + host.length).toLowerCase()).toBe(suffix);
      expect(suffixes.hash[k]).toBe(hashHost(suffix));
    }
  });
});

describe('buildTable and lookup', () => {
  const hosts = Array.from({ length: 500 }, (_, i) => `site${i}.example${i % 7}.org`);
  const rules: SitePattern[] = [
    ...hosts.map((host): SitePattern => ({ host, scope: 'site' })),
    { host: 'Reddit.com', scope: 'site' },
    { host: 'reddit.com', scope: 'host' },
    { host: 'reddit.com', scope: 'site', path: '/r/opiates' },
    { host: 'reddit.com', scope: 'host', path: '/R/Opiates' },
    { host: 'a.b.c.d.e.example.net', scope: 'site' },
  ];
  const table = buildTable(rules);
  const suffixes = createHostSuffixes();
  /** The entries for `host`, looked up as its whole-host suffix. */
  const find = (host: string) => {
    const k = hashSuffixes(suffixes, host, 0, host.length, table.mostLabels);
    return suffixes.start[k] === 0 ? lookup(table, suffixes, k) : undefined;
  };

  it('knows the fewest and most labels of any rule host', () => {
    expect([table.fewestLabels, table.mostLabels]).toEqual([2, 7]);
  });

  it('finds every host, each with its own rule', () => {
    for (const host of hosts) expect(find(host)?.map((entry) => entry.rule.host)).toEqual([host]);
  });

  it.each(['example.org', 'site1.example2.org', 'site1.example1.org.evil', 'eddit.com', 'b.c.d.e.example.net'])(
    '%s is not in the table',
    (host) => {
      expect(find(host)).toBeUndefined();
    },
  );

  it('compares without case, and keeps a host longest path first, then this host only first', () => {
    const entries = find('REDDIT.com') ?? [];
    expect(entries.map((entry) => [entry.path, entry.exactOnly])).toEqual([
      ['/r/opiates', true],
      ['/r/opiates', false],
      [undefined, true],
      [undefined, false],
    ]);
  });
});
