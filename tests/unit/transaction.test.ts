import { describe, expect, it } from 'vitest';
import { readAllRecords, writeAllRecords } from '@/utils/db/backup';
import { contactsRepo } from '@/utils/db/contacts';
import { amendRecord, putBack, takeOut } from '@/utils/db/history';
import { lapsesRepo } from '@/utils/db/lapses';
import { planRepo } from '@/utils/db/plan';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { urgesRepo } from '@/utils/db/urges';
import { cutNextWrite } from '../fakes';

/**
 * A write cut off part-way (a tab closed, a request the browser refuses) leaves nothing of
 * itself, reaches its caller as one error, and leaves no promise failing unheard: Vitest fails a
 * run on any unhandled rejection, so each row also checks that.
 */
const T = Date.UTC(2026, 10, 30, 12);
const now = () => T;

async function profile() {
  await urgesRepo({ now }).putAll([
    { id: 'u1', at: T - 3_000, strength: 4 },
    { id: 'u2', at: T - 2_000, strength: 7 },
  ]);
  await sitesRepo({ now }).add({ host: 'example.org', scope: 'site' });
  await settingsRepo({ now }).update({ counterStart: T - 86_400_000 });
  await planRepo({ now }).saveAll({ 'warning-signs': ['skipping meals'] });
  await contactsRepo({ now }).arrange(() => [
    { name: 'Ana', relation: 'sister', ways: { email: 'ana@example.org' }, order: 0 } as never,
  ]);
}

const WRITES: Array<[string, number, () => Promise<unknown>]> = [
  ['one urge added', 0, () => urgesRepo({ now }).put({ at: T, strength: 3 })],
  ['urges added together, cut at the second', 1, () => urgesRepo({ now }).putAll([{ at: T }, { at: T + 1 }])],
  ['an urge changed', 0, () => urgesRepo({ now }).update('u1', { strength: 9 })],
  ['an urge removed', 0, () => urgesRepo({ now }).remove('u1')],
  [
    'sites flagged together, cut at the second',
    1,
    () =>
      sitesRepo({ now }).addAll([
        { host: 'a.example', scope: 'site' },
        { host: 'b.example', scope: 'site' },
      ]),
  ],
  [
    'sites quieted',
    0,
    async () =>
      sitesRepo({ now }).quiet(
        (await sitesRepo().list()).map((s) => s.id),
        T + 60_000,
      ),
  ],
  [
    'the plan saved, cut at the second section',
    1,
    () => planRepo({ now }).saveAll({ 'warning-signs': ['late nights'] }),
  ],
  [
    'a person added beside the others',
    0,
    () =>
      contactsRepo({ now }).arrange((people) => [
        ...people,
        { name: 'Ben', relation: 'friend', ways: { email: 'ben@example.org' }, order: 1 } as never,
      ]),
  ],
  [
    'a lapse that restarts the counter, cut at the settings',
    1,
    () => lapsesRepo({ now }).record({ at: T, restartedCounter: true }),
  ],
  ['a history entry amended', 0, () => amendRecord('urges', 'u2', { strength: 1 }, T)],
  ['history entries taken out, cut at the second', 1, () => takeOut('urges', ['u1', 'u2'])],
  [
    'a copy brought back in place of everything',
    0,
    async () => writeAllRecords({ ...(await readAllRecords()), urges: [] }, 'replace'),
  ],
];

/** Put back after being taken out: the profile without its urges, then the urges written again. */
async function withoutUrges() {
  await profile();
  const urges = await urgesRepo().list();
  await takeOut('urges', ['u1', 'u2']);
  return () => putBack('urges', urges);
}

describe('a write cut off part-way leaves nothing of itself', () => {
  it.each([...WRITES, ['urges put back, cut at the second', 1, undefined] as const])(
    '%s',
    async (_name, after, given) => {
      const act = given ?? (await withoutUrges());
      if (given) await profile();
      const before = await readAllRecords();
      const cut = cutNextWrite(after);
      let error: unknown;
      try {
        await act();
      } catch (caught) {
        error = caught;
      } finally {
        cut();
      }
      expect((error as DOMException | undefined)?.name).toBe('AbortError');
      expect(await readAllRecords()).toEqual(before);
    },
  );

  it.each(WRITES)('uncut, %s changes the data (so the row above tests a real write)', async (_name, _after, act) => {
    await profile();
    const before = await readAllRecords();
    await act();
    expect(await readAllRecords()).not.toEqual(before);
  });
});
