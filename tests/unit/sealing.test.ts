import { describe, expect, it } from 'vitest';
import { changeCheckIn, changeLapseNotes } from '@/utils/commands/history';
import { recordLapse } from '@/utils/commands/lapses';
import { lockNow, removePasscode, setPasscode, unlock } from '@/utils/commands/lock';
import { savePerson } from '@/utils/commands/people';
import { addPlanLine, readPlan, savePlan } from '@/utils/commands/plan';
import { changeUrge, logUrge } from '@/utils/commands/urges';
import { checkinsRepo } from '@/utils/db/checkins';
import { contactsRepo } from '@/utils/db/contacts';
import { runLockJob } from '@/utils/db/lock-job';
import { openSteadyDb } from '@/utils/db/open';
import { SEALED_FIELDS, type StoreName } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { urgesRepo } from '@/utils/db/urges';
import type { FieldBox } from '@/utils/lock/box';
import {
  createKeys,
  importDataKey,
  importPrivateKey,
  importPublicKey,
  openBox,
  sealValues,
  unwrapKeys,
  wrapKeys,
} from '@/utils/lock/keys';
import { emptyPerson } from '@/utils/reach-out/person';
import { cutNextWrite } from '../fakes';

/** A quick work factor: the tests are about the scheme, not its cost. */
const FEW = 1000;

async function keysOf() {
  const made = await createKeys();
  return {
    made,
    open: {
      publicKey: await importPublicKey(made.publicKey),
      dataKey: await importDataKey(made.open.dk),
      privateKey: await importPrivateKey(made.open.sk),
    },
    locked: { publicKey: await importPublicKey(made.publicKey) },
  };
}

describe('the keys', () => {
  it('wrap under a passcode and unwrap only with it; changing it wraps the same keys with a new salt', async () => {
    const { made } = await keysOf();
    const wrapped = await wrapKeys(made.open, made.publicKey, 'river stones', FEW);
    expect(JSON.stringify(wrapped)).not.toContain(made.open.dk);
    expect(await unwrapKeys(wrapped, 'river stones')).toEqual(made.open);
    const again = await wrapKeys(made.open, made.publicKey, 'new passcode', FEW);
    expect(again.salt).not.toBe(wrapped.salt);
    expect(await unwrapKeys(again, 'new passcode')).toEqual(made.open);
    expect(await unwrapKeys(again, 'river stones')).toBeUndefined();
  });

  const tampered = (text: string, at: number) => {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    return btoa(String.fromCharCode(...bytes));
  };
  it.each([
    ['a wrong passcode', (w: { wrapped: string }) => w, 'river stone'],
    ['a changed byte', (w: { wrapped: string }) => ({ ...w, wrapped: tampered(w.wrapped, 20) }), 'river stones'],
    ['a changed IV', (w: { wrapped: string }) => ({ ...w, wrapped: tampered(w.wrapped, 0) }), 'river stones'],
    ['cut short', (w: { wrapped: string }) => ({ ...w, wrapped: w.wrapped.slice(0, 40) }), 'river stones'],
    ['another salt', (w: { salt: string }) => ({ ...w, salt: btoa('0123456789abcdef') }), 'river stones'],
    ['a swapped public key', (w: { publicKey: string }) => ({ ...w, publicKey: btoa('x'.repeat(65)) }), 'river stones'],
    ['not base64', (w: object) => ({ ...w, wrapped: '%%%' }), 'river stones'],
  ] as const)('are refused, never garbage: %s', async (_case, change, passcode) => {
    const { made } = await keysOf();
    const wrapped = await wrapKeys(made.open, made.publicKey, 'river stones', FEW);
    expect(await unwrapKeys(change(wrapped as never) as never, passcode)).toBeUndefined();
  });
});

describe('a sealed field', () => {
  const WORDS: ReadonlyArray<[string, unknown]> = [
    ['urges.note', 'Payday, and the old street'],
    ['urges.triggers', ['lonely', 'payday', 'ñandú 🌧']],
    ['plan.items', 'Call Sam before 9'],
    ['contacts.message', ''],
  ];

  it.each(WORDS)('%s: sealed open or locked, opened only with the private keys', async (place, value) => {
    const { open, locked } = await keysOf();
    for (const keys of [open, locked]) {
      const [box] = (await sealValues([[place, value]], keys)) as [FieldBox];
      expect(box.k).toBe(keys === open ? 'dk' : 'pk');
      // The words are not in the sealed bytes (an empty message has none to find; random bytes
      // may hold any one character, so nothing stands in for it).
      const words = JSON.stringify(value).slice(1, -1);
      if (words !== '') expect(new TextDecoder().decode(box.data)).not.toContain(words);
      expect(await openBox(box, place, open)).toEqual({ value });
      // Locked: the public key seals but cannot open, not even what it sealed.
      expect(await openBox(box, place, locked)).toBeUndefined();
    }
  });

  it.each([
    ['moved to another field', (box: FieldBox) => box, 'urges.triggers'],
    [
      'a changed byte',
      (box: FieldBox) => ({ ...box, data: box.data.map((b, i) => (i === 3 ? b ^ 1 : b)) }),
      'urges.note',
    ],
    ['cut short', (box: FieldBox) => ({ ...box, data: box.data.slice(0, 17) }), 'urges.note'],
    ['another IV', (box: FieldBox) => ({ ...box, iv: new Uint8Array(12) }), 'urges.note'],
    ['another kind', (box: FieldBox) => ({ ...box, k: box.k === 'dk' ? 'pk' : 'dk' }) as FieldBox, 'urges.note'],
  ] as const)('is refused, never garbage: %s', async (_case, change, place) => {
    const { open, locked } = await keysOf();
    for (const keys of [open, locked]) {
      const [box] = (await sealValues([['urges.note', 'Payday']], keys)) as [FieldBox];
      expect(await openBox(change(box), place, open)).toBeUndefined();
    }
  });

  it('does not open with another device’s keys', async () => {
    const [mine, theirs] = [await keysOf(), await keysOf()];
    const [box] = (await sealValues([['urges.note', 'Payday']], mine.locked)) as [FieldBox];
    expect(await openBox(box, 'urges.note', theirs.open)).toBeUndefined();
  });
});

/** Every stored record, raw, as a string of its bytes' text: what a person reading the disk could find. */
async function rawText(
  stores: StoreName[] = ['urges', 'lapses', 'checkins', 'plan', 'contacts', 'settings'],
): Promise<string> {
  const db = await openSteadyDb();
  const all = await Promise.all(stores.map((store) => db.getAll(store)));
  db.close();
  return JSON.stringify(all, (_key, value) =>
    ArrayBuffer.isView(value) ? new TextDecoder().decode(value as Uint8Array) : value,
  );
}

const WORDS = [
  'NOTE-before',
  'TRIGGER-before',
  'PLAN-before',
  'RELATION-before',
  'LAPSE-before',
  'CHANGE-before',
  'CHECKIN-before',
  'HELPED-before',
  'MESSAGE-before',
];

async function writeWords(suffix: string) {
  const urge = await logUrge({ note: `NOTE-${suffix}`, triggers: [`TRIGGER-${suffix}`] });
  await addPlanLine('coping', `PLAN-${suffix}`);
  await savePerson({
    ...emptyPerson(),
    name: `Sam ${suffix}`,
    relation: `RELATION-${suffix}`,
    message: `MESSAGE-${suffix}`,
  });
  const lapse = await recordLapse({ note: `LAPSE-${suffix}` });
  if (lapse.ok) await changeLapseNotes(lapse.value.id, { change: `CHANGE-${suffix}` });
  const day = `2026-12-0${suffix === 'before' ? 1 : 2}`;
  await checkinsRepo().put({ id: day, mood: 3, note: `CHECKIN-${suffix}`, helped: `HELPED-${suffix}` });
  await changeCheckIn(day, { mood: 4 });
  return urge.ok ? urge.value : undefined;
}

describe('the words at rest', () => {
  it('are sealed when a passcode is set, written sealed while locked, and come back whole after unlocking', async () => {
    await savePlan({ reasons: ['My daughter'] });
    await writeWords('before');
    expect(await rawText()).toContain('NOTE-before');
    expect((await setPasscode('river stones', 'river stones', 5)).ok).toBe(true);
    let raw = await rawText();
    for (const word of [...WORDS, 'My daughter']) expect(raw, word).not.toContain(word);

    await lockNow();
    const urge = await writeWords('locked');
    raw = await rawText();
    for (const word of WORDS.map((w) => w.replace('before', 'locked'))) expect(raw, word).not.toContain(word);
    // While locked the words stay out of every read; what must work locked stays readable.
    const lockedUrge = await urgesRepo().get(urge?.id ?? '');
    expect(lockedUrge?.note).toBeUndefined();
    expect(lockedUrge?.at).toBe(urge?.at);
    expect((await contactsRepo().list()).map((p) => [p.name, p.relation])).toEqual([
      ['Sam before', undefined],
      ['Sam locked', undefined],
    ]);
    // A line added to the plan while locked keeps the lines it could not see.
    expect((await readPlan('coping')).coping).toEqual([]);
    // A change made while locked never drops a word it could not see.
    if (urge) await changeUrge(urge.id, { outcome: 'rode-it-out' });

    expect((await unlock('river stones')).ok).toBe(true);
    expect((await urgesRepo().get(urge?.id ?? ''))?.note).toBe('NOTE-locked');
    expect((await urgesRepo().get(urge?.id ?? ''))?.outcome).toBe('rode-it-out');
    expect((await readPlan('coping', 'reasons')).coping).toEqual(['PLAN-before', 'PLAN-locked']);
    expect((await readPlan('reasons')).reasons).toEqual(['My daughter']);
    expect((await contactsRepo().list()).map((p) => [p.relation, p.message])).toEqual([
      ['RELATION-before', 'MESSAGE-before'],
      ['RELATION-locked', 'MESSAGE-locked'],
    ]);

    // Changing the passcode seals nothing again: the same boxes open with the new one.
    const words: StoreName[] = ['urges', 'lapses', 'checkins', 'plan', 'contacts'];
    const before = await rawText(words);
    expect((await setPasscode('a new passcode', 'a new passcode', 5, 'river stones')).ok).toBe(true);
    expect(await rawText(words)).toBe(before);
    await lockNow();
    expect((await unlock('river stones')).ok).toBe(false);
    expect((await unlock('a new passcode')).ok).toBe(true);

    // Taking the passcode away opens every word again, and the lock goes with the last one.
    expect((await removePasscode('a new passcode')).ok).toBe(true);
    raw = await rawText();
    for (const word of [...WORDS, ...WORDS.map((w) => w.replace('before', 'locked'))])
      expect(raw, word).toContain(word);
    expect((await settingsRepo().get()).lock).toBeUndefined();
  }, 60_000);

  it('a job cut off leaves no record half sealed, and goes on where it is run next', async () => {
    for (let i = 0; i < 600; i++) await urgesRepo().put({ at: Date.now() - i * 1000, note: `word ${i}` });
    // The second batch's write is cut (the lock is one write, the first batch 250 more): the
    // passcode is set, and sealing stops there.
    const cut = cutNextWrite(300);
    let writes = 0;
    const done = await setPasscode('river stones', 'river stones', 5, '', () => {
      writes++;
    });
    cut();
    expect(done.ok).toBe(true);
    expect((await settingsRepo().get()).lock?.job).toBe('seal');
    const raw = await rawText();
    const plain = Array.from({ length: 600 }, (_, i) => raw.includes(`"word ${i}"`)).filter(Boolean).length;
    expect(plain, 'some words still wait, none half sealed').toBeGreaterThan(0);
    expect(writes).toBeLessThan(600);
    // The background wakes (or any Steady page opens): the job goes on and ends.
    expect(await runLockJob()).toBe('done');
    expect(await rawText()).not.toContain('"word ');
    expect((await urgesRepo().list()).filter((u) => u.note?.startsWith('word ')).length).toBe(600);
  }, 60_000);

  it('names each sealed field in one place', () => {
    expect(Object.keys(SEALED_FIELDS).sort()).toEqual([
      'checkins',
      'contacts',
      'lapses',
      'plan',
      'searches',
      'settings',
      'urges',
    ]);
  });
});
