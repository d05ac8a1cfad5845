import { describe, expect, it } from 'vitest';
import { checkinsRepo } from '@/utils/db/checkins';
import { contactsRepo } from '@/utils/db/contacts';
import { eventsRepo } from '@/utils/db/events';
import { lapsesRepo } from '@/utils/db/lapses';
import { linesRepo } from '@/utils/db/lines';
import { planRepo } from '@/utils/db/plan';
import { reachOutsRepo } from '@/utils/db/reach-outs';
import { DEFAULT_SETTINGS, settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';
import { urgesRepo } from '@/utils/db/urges';
import { InvalidRecordError } from '@/utils/db/validate';
import type { ProblemCode } from '@/utils/problems';

const T = 1_780_000_000_000;
let clock = T;
const now = () => clock;

const site = { host: 'example.org', scope: 'site', level: 'gentle', when: 'always' } as const;

/** Each row: a repo, a bad draft, and the problem it is refused with. Nothing may be written. */
const refused: Array<[string, () => Promise<unknown>, () => Promise<unknown[]>, ProblemCode]> = [
  [
    'site with a space',
    () => sitesRepo({ now }).put({ ...site, host: 'exa mple.org' }),
    () => sitesRepo().list(),
    'site-host',
  ],
  [
    'bare top-level domain',
    () => sitesRepo({ now }).put({ ...site, host: 'com' }),
    () => sitesRepo().list(),
    'site-full-name',
  ],
  [
    'site path with a trailing slash',
    () => sitesRepo({ now }).put({ ...site, path: '/r/' }),
    () => sitesRepo().list(),
    'site-path',
  ],
  [
    'unknown level',
    () => sitesRepo({ now }).put({ ...site, level: 'loud' as never }),
    () => sitesRepo().list(),
    'site-level',
  ],
  ['urge without a time', () => urgesRepo({ now }).put({ at: Number.NaN }), () => urgesRepo().list(), 'urge-time'],
  [
    'urge of strength 11',
    () => urgesRepo({ now }).put({ at: T, strength: 11 }),
    () => urgesRepo().list(),
    'urge-intensity',
  ],
  [
    'contact without a name',
    () => contactsRepo({ now }).put({ name: ' ', ways: { call: '+15555550100' }, order: 0 }),
    () => contactsRepo().list(),
    'contact-name',
  ],
  [
    'contact whose number is a javascript: link',
    () => contactsRepo({ now }).put({ name: 'Sam', ways: { call: 'javascript:alert(1)' }, order: 0 }),
    () => contactsRepo().list(),
    'contact-phone',
  ],
  [
    'contact with an email that is not one',
    () => contactsRepo({ now }).put({ name: 'Sam', ways: { email: 'sam@' }, order: 0 }),
    () => contactsRepo().list(),
    'contact-email',
  ],
  [
    'contact preferring a way they do not have',
    () => contactsRepo({ now }).put({ name: 'Sam', ways: { call: '+15555550100' }, preferred: 'email', order: 0 }),
    () => contactsRepo().list(),
    'contact-preferred',
  ],
  ...(['toString', 'constructor', '__proto__', 'hasOwnProperty'] as const).map(
    (name) =>
      [
        `contact preferring "${name}", which every object answers to`,
        () =>
          contactsRepo({ now }).put({
            name: 'Sam',
            ways: { call: '+15555550100' },
            preferred: name as never,
            order: 0,
          }),
        () => contactsRepo().list(),
        'contact-preferred' as const,
      ] as [string, () => Promise<unknown>, () => Promise<unknown[]>, 'contact-preferred'],
  ),
  [
    'contact whose hours start when they end',
    () => contactsRepo({ now }).put({ name: 'Sam', ways: {}, hours: { days: [1], start: 60, end: 60 }, order: 0 }),
    () => contactsRepo().list(),
    'contact-hours',
  ],
  [
    'line that is not a number',
    () => linesRepo({ now }).put({ name: 'Help', number: 'tel:javascript', order: 0 }),
    () => linesRepo().list(),
    'line-number',
  ],
  [
    'reach out to no one',
    () => reachOutsRepo({ now }).put({ at: T, channel: 'call', from: 'popup' }),
    () => reachOutsRepo().list(),
    'reach-who',
  ],
  [
    'unknown plan section',
    () => planRepo({ now }).put({ id: 'x' as never, items: [] }),
    () => planRepo().list(),
    'plan-section',
  ],
  [
    'time with no days',
    () => timesRepo({ now }).put({ label: 'Fri', rule: { kind: 'weekly', days: [], start: 60, end: 120 } }),
    () => timesRepo().list(),
    'time-weekday',
  ],
  [
    'time that starts when it ends',
    () => timesRepo({ now }).put({ label: 'Fri', rule: { kind: 'weekly', days: [5], start: 60, end: 60 } }),
    () => timesRepo().list(),
    'time-differ',
  ],
  [
    'check-in not on a day',
    () => checkinsRepo({ now }).put({ id: 'today' }),
    () => checkinsRepo().list(),
    'checkin-day',
  ],
  ['lapse without a time', () => lapsesRepo({ now }).put({ at: 0 }), () => lapsesRepo().list(), 'lapse-time'],
  [
    'event with an unknown choice',
    () => eventsRepo({ now }).put({ at: T, siteId: 's', host: 'example.org', choice: 'dance' as never }),
    () => eventsRepo().list(),
    'event-choice',
  ],
  ['pause of 2 seconds', () => settingsRepo({ now }).update({ pauseSeconds: 2 }), async () => [], 'settings-pause'],
  [
    'safe page that is a javascript: link',
    () => settingsRepo({ now }).update({ safePage: 'javascript:alert(1)' }),
    async () => [],
    'settings-safe-page',
  ],
];

describe('repositories refuse bad records and write nothing', () => {
  it.each(refused)('%s', async (_name, write, read, code) => {
    await expect(write()).rejects.toThrow(InvalidRecordError);
    await expect(write()).rejects.toMatchObject({ problem: { code } });
    expect(await read()).toEqual([]);
  });

  it('keeps the stored settings when a bad change is refused', async () => {
    await settingsRepo({ now }).update({ quietMinutes: 30 });
    await expect(settingsRepo({ now }).update({ quietMinutes: 0 })).rejects.toThrow(InvalidRecordError);
    expect((await settingsRepo().get()).quietMinutes).toBe(30);
  });
});

describe('sites', () => {
  it('stamps new records and keeps createdAt on update', async () => {
    clock = T;
    const added = await sitesRepo({ now }).add({ host: 'example.org', scope: 'site' });
    expect(added).toMatchObject({ host: 'example.org', level: 'gentle', when: 'always', createdAt: T });
    clock = T + 1000;
    const changed = await sitesRepo({ now }).update(added.id, { level: 'firm' });
    expect(changed).toMatchObject({ createdAt: T, updatedAt: T + 1000, level: 'firm' });
  });

  it('refuses the same site twice, and lists sites in the order they were added', async () => {
    clock = T;
    await sitesRepo({ now }).add({ host: 'b.org', scope: 'site' });
    clock = T + 1;
    await sitesRepo({ now }).add({ host: 'a.org', scope: 'site' });
    await expect(sitesRepo({ now }).add({ host: 'b.org', scope: 'site' })).rejects.toThrow('site-duplicate');
    expect((await sitesRepo().list()).map((s) => s.host)).toEqual(['b.org', 'a.org']);
  });

  it('adds a list all together, or none of it when one is already there', async () => {
    await sitesRepo({ now }).add({ host: 'b.org', scope: 'site' });
    await expect(
      sitesRepo({ now }).addAll([
        { host: 'a.org', scope: 'site' },
        { host: 'b.org', scope: 'site' },
      ]),
    ).rejects.toThrow('site-duplicate');
    expect((await sitesRepo().list()).map((s) => s.host)).toEqual(['b.org']);
    await sitesRepo({ now }).addAll([
      { host: 'a.org', scope: 'site' },
      { host: 'c.org', scope: 'site' },
    ]);
    expect((await sitesRepo().list()).map((s) => s.host).sort()).toEqual(['a.org', 'b.org', 'c.org']);
  });

  it('allows the same host with a path as a separate site', async () => {
    await sitesRepo({ now }).add({ host: 'reddit.com', scope: 'site' });
    await sitesRepo({ now }).add({ host: 'reddit.com', scope: 'site', path: '/r/opiates' });
    expect(await sitesRepo().list()).toHaveLength(2);
  });

  it('refuses to update a site that was removed', async () => {
    const added = await sitesRepo({ now }).add({ host: 'example.org', scope: 'site' });
    await sitesRepo().remove(added.id);
    await expect(sitesRepo({ now }).update(added.id, { level: 'firm' })).rejects.toThrow('record-gone');
    expect(await sitesRepo().list()).toEqual([]);
  });
});

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await settingsRepo().get()).toMatchObject(DEFAULT_SETTINGS);
  });
  it('keeps what was chosen', async () => {
    await settingsRepo({ now }).update({ quietMinutes: 5, safePage: 'https://example.com/' });
    expect(await settingsRepo().get()).toMatchObject({
      quietMinutes: 5,
      safePage: 'https://example.com/',
      pauseSeconds: 10,
    });
  });
});

describe('lapses', () => {
  it('keeps one lapse for one urge: recording again after the same urge gives back the one kept', async () => {
    const first = await lapsesRepo().record({ at: Date.now(), urgeId: 'u1', triggers: ['tired'] });
    const again = await lapsesRepo().record({ at: Date.now() + 5000, urgeId: 'u1' });
    expect(again).toEqual(first);
    const other = await lapsesRepo().record({ at: Date.now(), urgeId: 'u2' });
    expect(other.id).not.toBe(first.id);
    expect((await lapsesRepo().list()).map((lapse) => lapse.urgeId).sort()).toEqual(['u1', 'u2']);
  });

  it('refuses an urge id that is not one, and writes nothing', async () => {
    await expect(lapsesRepo().record({ at: Date.now(), urgeId: 'x'.repeat(101) })).rejects.toThrow();
    expect(await lapsesRepo().list()).toEqual([]);
  });
});

describe('urges, contacts and plan', () => {
  it('reads urges newest first', async () => {
    for (const at of [T + 2, T, T + 5, T + 1]) await urgesRepo({ now }).put({ at });
    expect((await urgesRepo().recent(3)).map((u) => u.at)).toEqual([T + 5, T + 2, T + 1]);
  });
  it('lists contacts in the person’s order', async () => {
    await contactsRepo({ now }).put({ name: 'Second', ways: { text: '+15555550101' }, order: 1 });
    await contactsRepo({ now }).put({ name: 'First', ways: { call: '+15555550100' }, order: 0 });
    expect((await contactsRepo().list()).map((c) => c.name)).toEqual(['First', 'Second']);
  });
  it('saves the whole plan in one transaction: a refused line writes no section at all', async () => {
    await planRepo({ now }).saveAll({ reasons: ['My kids'], coping: ['A walk'] });
    expect((await planRepo().get('coping'))?.items).toEqual(['A walk']);
    expect(await planRepo().list()).toHaveLength(10);
    await expect(planRepo({ now }).saveAll({ reasons: ['Changed'], coping: ['x'.repeat(1001)] })).rejects.toThrow(
      'plan-line-long',
    );
    expect((await planRepo().get('reasons'))?.items, 'the earlier section was not written').toEqual(['My kids']);
  });

  it('stores plan lines trimmed, without empty ones', async () => {
    await planRepo({ now }).setItems('reasons', ['  My kids ', '', 'My health']);
    expect((await planRepo().get('reasons'))?.items).toEqual(['My kids', 'My health']);
  });
});
