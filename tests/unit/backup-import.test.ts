import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { BACKUP_APP, BACKUP_FORMAT, backupText } from '@/utils/backup/format';
import { exportData, importData } from '@/utils/commands/data';
import { readAllRecords, writeAllRecords } from '@/utils/db/backup';
import { DB_VERSION, openSteadyDb, resetDbConnection } from '@/utils/db/open';
import { type AllRecords, STORE_NAMES, type StoreName, type Urge } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { profile, sorted } from './backup-profile';

/**
 * Import into the database: older exports upgraded exactly as the database upgrades, a full
 * round trip with 100,000 urges, and the two modes (replace everything, add what is new).
 */

const file = (stores: Partial<Record<StoreName, unknown[]>>, dbVersion = DB_VERSION, exportedAt = 1_780_000_000_000) =>
  JSON.stringify({ app: BACKUP_APP, format: BACKUP_FORMAT, dbVersion, exportedAt, stores });

/** Puts records straight into the database (as a device that already holds them). */
const fill = (records: AllRecords) => writeAllRecords(records, 'replace');

/** As if Steady had just been installed: a new, empty database. */
function freshDatabase() {
  globalThis.indexedDB = new IDBFactory();
  resetDbConnection();
}

const stamp = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_500_000 };

/**
 * An export's stores as Steady wrote them at `version`, by hand: each record in the shape its
 * version stored (a site's `status` until 3, a person's one `method` and `value` until 4, an
 * urge's `intensity` and one `trigger`, and settings' `sobrietyStart`, until 5), and only the
 * stores that version had.
 */
function storesAt(version: number): Record<string, Record<string, unknown>[]> {
  const stores: Record<string, Record<string, unknown>[]> = {
    sites: [
      { id: 's1', host: 'example.org', scope: 'site', level: 'gentle', when: 'always', ...stamp },
      { id: 's2', host: 'reddit.com', scope: 'site', path: '/r/opiates', level: 'firm', when: 'hard-times', ...stamp },
    ],
    times: [{ id: 't1', label: 'Friday night', rule: { kind: 'weekly', days: [5], start: 1320, end: 120 }, ...stamp }],
    urges: [
      { id: 'u1', at: 1_700_000_100_000, intensity: 7, trigger: 'payday', ...stamp },
      { id: 'u2', at: 1_700_000_200_000, note: 'Just a note', ...stamp },
      { id: 'u3', at: 1_700_000_300_000, intensity: 0, ...stamp },
    ],
    contacts: [
      { id: 'c1', name: 'Sam', method: 'call', value: '+1 555-555-0100', order: 0, ...stamp },
      { id: 'c2', name: 'Ana', method: 'email', value: 'ana@example.org', order: 1, ...stamp },
      { id: 'c3', name: 'Lee', method: 'link', value: 'https://wa.me/15555550123', order: 2, ...stamp },
      { id: 'c4', name: 'Kim', method: 'link', value: 'https://example.org/kim', note: 'Evenings', order: 3, ...stamp },
      { id: 'c5', name: 'Jo', method: 'text', value: '555 0100', order: 4, ...stamp },
    ],
    plan: [{ id: 'reasons', items: ['My kids', 'My health'], ...stamp }],
    checkins: [{ id: '2023-11-14', mood: 3, ...stamp }],
    lapses: [
      { id: 'l1', at: 1_700_000_200_000, note: 'After the party', ...stamp },
      { id: 'l2', at: 1_700_000_400_000, trigger: 'lonely', ...stamp },
    ],
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
  };
  if (version < 3) {
    (stores.sites as Record<string, unknown>[])[0] = { ...stores.sites?.[0], status: 'active' };
    (stores.sites as Record<string, unknown>[])[1] = { ...stores.sites?.[1], status: 'needs-permission' };
  }
  if (version >= 2) {
    stores.events = [
      { id: 'e1', at: 1_700_000_100_500, siteId: 's2', host: 'reddit.com', choice: 'leave', ...stamp },
      { id: 'e2', at: 1_700_000_100_900, siteId: 's1', host: 'example.org', choice: 'shown', path: '/x', ...stamp },
    ];
  }
  if (version >= 4) {
    stores.contacts = [
      { id: 'c1', name: 'Sam', ways: { call: '+15555550100' }, preferred: 'call', order: 0, ...stamp },
      {
        id: 'c2',
        name: 'Ana',
        relation: 'sister',
        ways: { email: 'ana@example.org', signal: '+34612345678' },
        order: 1,
        ...stamp,
      },
    ];
    stores.lines = [{ id: 'h1', name: 'Línea 024', number: '024', order: 0, ...stamp }];
    stores.reachOuts = [
      { id: 'r1', at: 1_700_000_150_000, contactId: 'c1', channel: 'call', from: 'popup', ...stamp },
      { id: 'r2', at: 1_700_000_160_000, lineId: 'h1', channel: 'call', from: 'warning', ...stamp },
    ];
  }
  return stores;
}

describe('an export from an earlier version is upgraded through the database’s own steps', () => {
  it.each([1, 2, 3, 4])('version %i: every record there, exactly as the database upgrades it', async (version) => {
    const stores = storesAt(version);

    // The database's way: a database at that version, filled, then opened by this build.
    const name = `upgraded-from-${version}`;
    const old = await openSteadyDb(version, name);
    for (const [store, records] of Object.entries(stores)) {
      for (const record of records) await old.put(store as StoreName, record as never);
    }
    old.close();
    const upgraded = await openSteadyDb(DB_VERSION, name);
    const byDatabase = Object.fromEntries(
      await Promise.all(STORE_NAMES.map(async (store) => [store, await upgraded.getAll(store)] as const)),
    );
    upgraded.close();

    // The import's way: the same records as an export of that version.
    const imported = await importData(file(stores, version), 'replace');
    expect(imported).toMatchObject({ ok: true });
    const byImport = await readAllRecords();

    expect(JSON.stringify(byImport)).toBe(JSON.stringify(sorted(byDatabase as AllRecords)));
    for (const store of STORE_NAMES) expect(byImport[store]).toHaveLength(stores[store]?.length ?? 0);
  });

  it('the upgrades are the ones each version promised', async () => {
    await importData(file(storesAt(1), 1), 'replace');
    const data = await readAllRecords();
    expect(data.sites.map((site) => 'status' in site)).toEqual([false, false]);
    expect(data.urges.find((urge) => urge.id === 'u1')).toEqual({
      id: 'u1',
      at: 1_700_000_100_000,
      strength: 7,
      triggers: ['payday'],
      ...stamp,
    });
    expect(data.urges.find((urge) => urge.id === 'u3')).toMatchObject({ strength: 0 });
    expect(data.lapses.find((lapse) => lapse.id === 'l2')).toMatchObject({ triggers: ['lonely'] });
    const people = Object.fromEntries(data.contacts.map((person) => [person.id, person]));
    expect(people.c1).toMatchObject({ ways: { call: '+15555550100' }, preferred: 'call' });
    expect(people.c3).toMatchObject({ ways: { whatsapp: '+15555550123' }, preferred: 'whatsapp' });
    expect(people.c4).toMatchObject({ ways: {}, note: 'Evenings\nhttps://example.org/kim' });
    expect(data.settings[0]).toMatchObject({
      recoveryStart: 1_690_000_000_000,
      counterStart: 1_690_000_000_000,
      showDays: true,
    });
    expect(data.settings[0]).not.toHaveProperty('sobrietyStart');
    expect(data.events).toEqual([]);
    expect(data.lines).toEqual([]);
  });

  it('an old record that today’s checks refuse is refused on import (where the database would have kept it)', async () => {
    const stores = storesAt(3);
    (stores.urges as Record<string, unknown>[])[1] = { ...stores.urges?.[1], intensity: 12 };
    expect(await importData(file(stores, 3), 'replace')).toEqual({
      ok: false,
      problem: { code: 'urge-intensity' },
      where: { store: 'urges', index: 1 },
    });
  });
});

describe('a round trip keeps everything', () => {
  it('export, a new database, import: a full profile with 100,000 urges comes back identical', async () => {
    const data = profile(100_000);
    const times: Record<string, number> = {};
    const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await work();
      times[label] = Math.round(performance.now() - start);
      return result;
    };
    await timed('fill', () => fill(data));
    const exported = await timed('export', () => exportData(() => 1_780_000_000_000));
    expect(exported.name).toMatch(/^steady-backup-\d{4}-\d{2}-\d{2}\.json$/);

    freshDatabase();
    const imported = await timed('import', () => importData(exported.text, 'replace'));
    expect(imported).toEqual({
      ok: true,
      value: Object.fromEntries(STORE_NAMES.map((store) => [store, { added: data[store].length, kept: 0 }])),
    });

    const back = await timed('read', () => readAllRecords());
    for (const store of STORE_NAMES) {
      expect(back[store].length, store).toBe(data[store].length);
      expect(JSON.stringify(back[store]), store).toBe(JSON.stringify(data[store]));
    }
    // And the file it makes again is the same file.
    expect(backupText({ ...JSON.parse(exported.text), stores: back })).toBe(exported.text);
    console.info(
      `round trip of ${data.urges.length} urges (${(exported.text.length / 1e6).toFixed(1)} MB): ${JSON.stringify(times)} ms`,
    );
  }, 120_000);
});

describe('replace', () => {
  it('leaves exactly the file’s records, and tells the background once', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await fill(profile(40, 1));
    const other = profile(25, 2);
    const result = await importData(
      backupText({
        app: BACKUP_APP,
        format: BACKUP_FORMAT,
        dbVersion: DB_VERSION,
        exportedAt: 1_780_000_000_000,
        stores: other,
      }),
      'replace',
    );
    expect(result.ok).toBe(true);
    expect(JSON.stringify(await readAllRecords())).toBe(JSON.stringify(other));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith({ type: 'enforcement-changed' });
  });

  it('a refused file tells the background nothing', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    expect((await importData('{', 'replace')).ok).toBe(false);
    expect(sent).not.toHaveBeenCalled();
  });
});

describe('the lock stays with the device', () => {
  const lock = {
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    hash: 'ZGV2aWNlJ3MgdmVyaWZpZXIgb2YgdGhlIHBhc3Njb2Rl',
    iterations: 600_000,
    relockMinutes: 15,
  };
  const otherLock = { ...lock, hash: 'YW5vdGhlciBkZXZpY2UncyB2ZXJpZmllciAgICAgICA=' };
  const withLock = (data: AllRecords, value: typeof lock | undefined) => ({
    ...data,
    settings: data.settings.map((settings) => ({ ...settings, lock: value })),
  });
  const text = (stores: AllRecords) =>
    backupText({
      app: BACKUP_APP,
      format: BACKUP_FORMAT,
      dbVersion: DB_VERSION,
      exportedAt: 1_780_000_000_000,
      stores,
    });
  const deviceLock = async () => (await readAllRecords()).settings[0]?.lock;

  it('a copy never carries the passcode’s verifier', async () => {
    await fill(profile(10, 1));
    await settingsRepo().update({ lock });
    const exported = await exportData();
    expect(exported.text).not.toContain(lock.hash);
    expect(exported.text).not.toContain(lock.salt);
    expect(JSON.parse(exported.text).stores.settings[0]).not.toHaveProperty('lock');
  });

  it.each(['replace', 'add'] as const)('%s: keeps the device’s own lock, whatever the file holds', async (mode) => {
    await fill(profile(10, 1));
    await settingsRepo().update({ lock });
    expect((await importData(text(withLock(profile(10, 2), otherLock)), mode)).ok).toBe(true);
    expect(await deviceLock()).toEqual(lock);
    expect((await importData(text({ ...profile(10, 3), settings: [] }), mode)).ok).toBe(true);
    expect(await deviceLock(), 'a file with no settings').toEqual(lock);
  });

  it.each(['replace', 'add'] as const)('%s: a device without a lock takes none from a file', async (mode) => {
    await fill(profile(10, 1));
    expect((await importData(text(withLock(profile(10, 2), otherLock)), mode)).ok).toBe(true);
    expect(await deviceLock()).toBeUndefined();
  });
});

describe('add what is new', () => {
  it('adds new records, keeps the device’s on a clash, and counts both', async () => {
    const device = profile(30, 1);
    await fill(device);
    const incoming = profile(20, 2);
    const fileStores: AllRecords = {
      ...incoming,
      // Two urges share ids with the device's, with other content: the device's stay.
      urges: [
        ...incoming.urges,
        { ...(incoming.urges[0] as Urge), id: (device.urges[0] as Urge).id },
        { ...(incoming.urges[1] as Urge), id: (device.urges[1] as Urge).id },
      ],
      // Every site of the other profile flags the same thing as one of the device's (another id).
      sites: incoming.sites,
      settings: [{ ...(incoming.settings[0] as AllRecords['settings'][number]), quietMinutes: 55 }],
    };
    const urgesBefore = new Map(device.urges.map((urge) => [urge.id, urge]));

    const result = await importData(
      backupText({
        app: BACKUP_APP,
        format: BACKUP_FORMAT,
        dbVersion: DB_VERSION,
        exportedAt: 1_780_000_000_000,
        stores: sorted(fileStores),
      }),
      'add',
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const counts = result.value;
    const after = await readAllRecords();

    expect(counts.urges).toEqual({ added: incoming.urges.length, kept: 2 });
    expect(after.urges).toHaveLength(device.urges.length + incoming.urges.length);
    for (const urge of after.urges) {
      if (urgesBefore.has(urge.id)) expect(urge).toEqual(urgesBefore.get(urge.id));
    }
    // Same host, scope and path as a site on the device: the device's is kept.
    expect(counts.sites).toEqual({ added: 0, kept: incoming.sites.length });
    expect(after.sites).toEqual(device.sites);
    // Settings and plan sections have one id each: the device's stay.
    expect(counts.settings).toEqual({ added: 0, kept: 1 });
    expect(after.settings).toEqual(device.settings);
    expect(counts.plan).toEqual({ added: 0, kept: incoming.plan.length });
    expect(after.plan).toEqual(device.plan);
    // Check-ins are matched by their day.
    expect(counts.checkins).toEqual({ added: 0, kept: incoming.checkins.length });
    // New people come after the device's own, in the file's order.
    expect(counts.contacts).toEqual({ added: incoming.contacts.length, kept: 0 });
    const people = [...after.contacts].sort((a, b) => a.order - b.order);
    expect(people.map((person) => person.order)).toEqual(people.map((_, i) => i));
    expect(people.slice(0, device.contacts.length).map((person) => person.id)).toEqual(
      [...device.contacts].sort((a, b) => a.order - b.order).map((person) => person.id),
    );
    expect(people.slice(device.contacts.length).map((person) => person.name)).toEqual(
      [...incoming.contacts].sort((a, b) => a.order - b.order).map((person) => person.name),
    );
    for (const store of ['events', 'reachOuts', 'lapses', 'times', 'lines'] as const) {
      expect(counts[store], store).toEqual({ added: incoming[store].length, kept: 0 });
      expect(after[store], store).toHaveLength(device[store].length + incoming[store].length);
    }
  });

  it('into an empty database adds everything, settings included', async () => {
    const incoming = profile(10, 3);
    const result = await importData(
      backupText({
        app: BACKUP_APP,
        format: BACKUP_FORMAT,
        dbVersion: DB_VERSION,
        exportedAt: 1_780_000_000_000,
        stores: incoming,
      }),
      'add',
    );
    expect(result.ok).toBe(true);
    expect(JSON.stringify(await readAllRecords())).toBe(JSON.stringify(incoming));
  });

  it('the same file twice adds nothing the second time', async () => {
    const incoming = profile(10, 4);
    const text = backupText({
      app: BACKUP_APP,
      format: BACKUP_FORMAT,
      dbVersion: DB_VERSION,
      exportedAt: 1_780_000_000_000,
      stores: incoming,
    });
    await importData(text, 'add');
    const second = await importData(text, 'add');
    if (!second.ok) throw new Error('refused');
    for (const store of STORE_NAMES) expect(second.value[store]).toEqual({ added: 0, kept: incoming[store].length });
    expect(JSON.stringify(await readAllRecords())).toBe(JSON.stringify(incoming));
  });
});

describe('all or nothing', () => {
  it.each([
    [
      'refuses a record at once (no key)',
      (records: AllRecords) => (records.urges as unknown[]).push({ ...records.urges[0], id: undefined }),
    ],
    [
      'fails a request later (the same id twice)',
      (records: AllRecords) => records.urges.push({ ...(records.urges[3] as Urge) }),
    ],
  ])('a write the database %s leaves every store as it was', async (_name, breakIt) => {
    await fill(profile(20, 5));
    const before = JSON.stringify(await readAllRecords());
    // Past the checks, the database itself refuses a record: by then every store was cleared
    // and some records were written, in the same transaction.
    const broken = profile(15, 6);
    breakIt(broken);
    await expect(writeAllRecords(broken, 'replace')).rejects.toThrow();
    expect(JSON.stringify(await readAllRecords())).toBe(before);
  });
});
