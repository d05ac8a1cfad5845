import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, migrations, openSteadyDb } from '@/utils/db/open';
import { DB_NAME } from '@/utils/db/schema';

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
    contacts: [{ id: 'c1', name: 'Sam', method: 'call', value: '+15555550100', order: 0, ...stamp }],
    plan: [{ id: 'reasons', items: ['My kids', 'My health'], ...stamp }],
    checkins: [{ id: '2026-11-01', mood: 3, ...stamp }],
    lapses: [{ id: 'l1', at: 1_700_000_200_000, note: 'After the party', ...stamp }],
    settings: [
      {
        id: 'settings',
        quietMinutes: 20,
        pauseSeconds: 15,
        recordPaths: false,
        checkIns: true,
        firmerDuringHardTimes: false,
        ...stamp,
      },
    ],
  },
};

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
  it('numbers the current version after the migration list', () => {
    expect(DB_VERSION).toBe(migrations.length);
    expect(DB_VERSION).toBeGreaterThan(1);
  });

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
            expect.arrayContaining(records.map((record) => expect.objectContaining(record as object))),
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

  it('creates every store of the schema in a new database', async () => {
    const db = await openSteadyDb();
    expect([...db.objectStoreNames].sort()).toEqual(
      ['checkins', 'contacts', 'events', 'lapses', 'plan', 'settings', 'sites', 'times', 'urges'].sort(),
    );
    db.close();
  });

  it('leaves a database from a newer Steady untouched (opening it fails, nothing is deleted)', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(openSteadyDb()).rejects.toThrow();
  });
});
