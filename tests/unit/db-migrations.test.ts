import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { migrations } from '@/utils/db/migrations';
import { DB_VERSION, openSteadyDb } from '@/utils/db/open';
import { DB_NAME } from '@/utils/db/schema';
import { contactFromVersion3, recordFromVersion4, settingsFromVersion4 } from '@/utils/db/upgrades';

/**
 * The upgrade harness: for every earlier version, open a database at that version, fill each
 * of its stores, upgrade to the current version, and check that nothing was lost.
 * A new migration adds its fixtures to FIXTURES[its version - 1] and its own checks below.
 */
const stamp = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
const FIXTURES: Record<number, Record<string, unknown[]>> = {
  1: {
    sites: [
      { id: 's1', host: 'example.org', scope: 'site', level: 'gentle', when: 'always', status: 'active', ...stamp },
      {
        id: 's2',
        host: 'reddit.com',
        scope: 'site',
        path: '/r/opiates',
        level: 'firm',
        when: 'always',
        status: 'needs-permission',
        ...stamp,
      },
    ],
    times: [{ id: 't1', label: 'Friday night', rule: { kind: 'weekly', days: [5], start: 1320, end: 120 }, ...stamp }],
    urges: [{ id: 'u1', at: 1_700_000_100_000, intensity: 7, trigger: 'payday', ...stamp }],
    contacts: [
      { id: 'c1', name: 'Sam', method: 'call', value: '+1 555-555-0100', order: 0, ...stamp },
      { id: 'c2', name: 'Ana', method: 'email', value: 'ana@example.org', order: 1, ...stamp },
      { id: 'c3', name: 'Lee', method: 'link', value: 'https://wa.me/15555550123', order: 2, ...stamp },
      { id: 'c4', name: 'Kim', method: 'link', value: 'https://example.org/kim', order: 3, ...stamp },
      { id: 'c5', name: 'Jo', method: 'text', value: '555 0100', order: 4, ...stamp },
    ],
    plan: [{ id: 'reasons', items: ['My kids', 'My health'], ...stamp }],
    checkins: [{ id: '2026-11-01', mood: 3, ...stamp }],
    lapses: [{ id: 'l1', at: 1_700_000_200_000, note: 'After the party', ...stamp }],
    settings: [
      {
        id: 'settings',
        quietMinutes: 20,
        pauseSeconds: 15,
        sobrietyStart: 1_690_000_000_000,
        recordPaths: false,
        checkIns: true,
        firmerDuringHardTimes: false,
        ...stamp,
      },
    ],
  },
};

/**
 * What a record of an earlier version must look like after every later migration: the record
 * as it was, with the changes the migrations after `from` make to it (and nothing else).
 */
function upgraded(store: string, record: Record<string, unknown>, from: number): Record<string, unknown> {
  let expected = record;
  if (from < 3 && store === 'sites') {
    const { status: _status, ...rest } = expected;
    expected = rest;
  }
  if (from < 4 && store === 'contacts') expected = contactFromVersion3(expected);
  if (from < 5 && (store === 'urges' || store === 'lapses')) expected = recordFromVersion4(expected);
  if (from < 5 && store === 'settings') expected = settingsFromVersion4(expected);
  return expected;
}

/** The stores (with their indexes) that a database has at each version. */
const STORES_AT: Record<number, Record<string, string[]>> = {
  1: {
    sites: [],
    times: [],
    urges: ['by-at'],
    contacts: ['by-order'],
    plan: [],
    checkins: [],
    lapses: ['by-at'],
    settings: [],
  },
  2: {
    sites: ['by-host'],
    times: [],
    urges: ['by-at'],
    contacts: ['by-order'],
    plan: [],
    checkins: [],
    lapses: ['by-at'],
    settings: [],
    events: ['by-at'],
  },
};
STORES_AT[3] = STORES_AT[2] as Record<string, string[]>;
STORES_AT[4] = { ...STORES_AT[3], lines: ['by-order'], reachOuts: ['by-at'] };
STORES_AT[5] = STORES_AT[4] as Record<string, string[]>;
STORES_AT[6] = { ...STORES_AT[5], searches: [] };

async function fill(version: number, name: string) {
  const db = await openSteadyDb(version, name);
  for (let v = 1; v <= version; v++) {
    for (const [store, records] of Object.entries(FIXTURES[v] ?? {})) {
      for (const record of records) await db.put(store as never, record as never);
    }
  }
  db.close();
}

describe('migrations', () => {
  it('the database’s version is the number of migrations', () => {
    expect(DB_VERSION).toBe(migrations.length);
  });

  it('load only when the stored database is older: an up-to-date one opens without them', async () => {
    (await openSteadyDb(DB_VERSION, 'current')).close();
    vi.resetModules();
    let loads = 0;
    vi.doMock('@/utils/db/migrations', async (original) => {
      loads++;
      return original();
    });
    try {
      const fresh = await import('@/utils/db/open');
      (await fresh.openSteadyDb(DB_VERSION, 'current')).close();
      expect(loads, 'an up-to-date database').toBe(0);
      const created = await fresh.openSteadyDb(DB_VERSION, 'created-now');
      expect(loads, 'a new database').toBe(1);
      expect([...created.objectStoreNames].sort()).toEqual(Object.keys(STORES_AT[DB_VERSION] ?? {}).sort());
      created.close();
    } finally {
      vi.doUnmock('@/utils/db/migrations');
    }
  });

  it('an older database is upgraded whole even when the browser says it is up to date (the upgrade steps aside, then runs)', async () => {
    await fill(1, 'claims-current');
    vi.resetModules();
    const claim = vi.spyOn(indexedDB, 'databases').mockResolvedValue([{ name: 'claims-current', version: DB_VERSION }]);
    try {
      const fresh = await import('@/utils/db/open');
      const db = await fresh.openSteadyDb(DB_VERSION, 'claims-current');
      expect(db.version).toBe(DB_VERSION);
      for (const [store, records] of Object.entries(FIXTURES[1] ?? {})) {
        expect(await db.getAll(store as never), store).toEqual(
          expect.arrayContaining(records.map((record) => upgraded(store, record as Record<string, unknown>, 1))),
        );
      }
      db.close();
    } finally {
      claim.mockRestore();
    }
  });

  it.each(migrations.map((_, i) => i + 1))(
    'migration %i takes a new database to exactly its own version',
    async (v) => {
      const db = await openSteadyDb(v, `at-${v}`);
      expect(db.version).toBe(v);
      const stores = Object.fromEntries(
        [...db.objectStoreNames].map((name) => {
          const store = db.transaction(name as never).objectStore(name as never);
          return [name, [...store.indexNames].sort()];
        }),
      );
      expect(stores, `the stores and indexes of version ${v} (add the new version to STORES_AT)`).toEqual(STORES_AT[v]);
      db.close();
    },
  );

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'upgrades a filled version %i database with nothing lost',
    async (version) => {
      const name = `upgrade-from-${version}`;
      await fill(version, name);
      const db = await openSteadyDb(DB_VERSION, name);
      expect(db.version).toBe(DB_VERSION);
      for (let v = 1; v <= version; v++) {
        for (const [store, records] of Object.entries(FIXTURES[v] ?? {})) {
          const stored = await db.getAll(store as never);
          expect(stored, store).toEqual(
            expect.arrayContaining(
              records.map((record) => upgraded(store, record as Record<string, unknown>, version)),
            ),
          );
          expect(stored).toHaveLength(records.length);
        }
      }
      db.close();
    },
  );

  it('version 2 adds warning events and finds sites by host', async () => {
    await fill(1, 'v2');
    const db = await openSteadyDb(DB_VERSION, 'v2');
    expect(db.objectStoreNames.contains('events')).toBe(true);
    expect(await db.getAllFromIndex('sites', 'by-host', 'reddit.com')).toHaveLength(1);
    db.close();
  });

  it('version 3 keeps no site status (access is the browser’s fact), and nothing else of a site changes', async () => {
    await fill(2, 'v3');
    const db = await openSteadyDb(DB_VERSION, 'v3');
    const sites = await db.getAll('sites');
    expect(sites.map((site) => 'status' in site)).toEqual([false, false]);
    expect(sites.find((site) => site.id === 's2')).toEqual({
      id: 's2',
      host: 'reddit.com',
      scope: 'site',
      path: '/r/opiates',
      level: 'firm',
      when: 'always',
      ...stamp,
    });
    db.close();
  });

  it('version 4 gives each support person their ways by channel, losing nothing they held', async () => {
    await fill(3, 'v4');
    const db = await openSteadyDb(DB_VERSION, 'v4');
    const byId = Object.fromEntries((await db.getAll('contacts')).map((c) => [c.id, c]));
    expect(byId.c1).toMatchObject({ name: 'Sam', ways: { call: '+15555550100' }, preferred: 'call', order: 0 });
    expect(byId.c2).toMatchObject({ ways: { email: 'ana@example.org' }, preferred: 'email' });
    expect(byId.c3).toMatchObject({ ways: { whatsapp: '+15555550123' }, preferred: 'whatsapp' });
    // What fits no channel is kept in the note, word for word.
    expect(byId.c4).toMatchObject({ ways: {}, note: 'https://example.org/kim' });
    expect(byId.c5).toMatchObject({ ways: {}, note: '555 0100' });
    for (const contact of Object.values(byId)) {
      expect(contact).not.toHaveProperty('method');
      expect(contact).not.toHaveProperty('value');
    }
    expect(await db.getAll('lines')).toEqual([]);
    expect(await db.getAll('reachOuts')).toEqual([]);
    db.close();
  });

  it('version 5 reads urges and lapses with a strength and a list of triggers, and the start date as the counter', async () => {
    await fill(4, 'v5');
    const db = await openSteadyDb(DB_VERSION, 'v5');
    expect(await db.get('urges', 'u1')).toEqual({
      id: 'u1',
      at: 1_700_000_100_000,
      strength: 7,
      triggers: ['payday'],
      ...stamp,
    });
    expect(await db.get('lapses', 'l1')).toEqual({
      id: 'l1',
      at: 1_700_000_200_000,
      note: 'After the party',
      ...stamp,
    });
    expect(await db.get('settings', 'settings')).toMatchObject({
      recoveryStart: 1_690_000_000_000,
      counterStart: 1_690_000_000_000,
      showDays: true,
    });
    expect(await db.get('settings', 'settings')).not.toHaveProperty('sobrietyStart');
    db.close();
  });

  it('version 6 adds the store of words for searches, empty, and every earlier record stays', async () => {
    await fill(5, 'six');
    const before = await openSteadyDb(5, 'six');
    const sites = await before.getAll('sites');
    before.close();
    const db = await openSteadyDb(6, 'six');
    expect(await db.getAll('searches')).toEqual([]);
    expect(await db.getAll('sites')).toEqual(sites);
    expect(sites.length).toBeGreaterThan(0);
    db.close();
  });

  it('creates every store of the schema in a new database', async () => {
    const db = await openSteadyDb();
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'checkins',
        'contacts',
        'events',
        'lapses',
        'lines',
        'plan',
        'reachOuts',
        'searches',
        'settings',
        'sites',
        'times',
        'urges',
      ].sort(),
    );
    db.close();
  });

  it('leaves a database from a newer Steady untouched (opening it fails, nothing is deleted)', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(openSteadyDb()).rejects.toThrow();
  });
});
