import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { database, freshSessionEachTest, openSection, setPasscodeIn } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** The files under `dir` that hold `word` (as UTF-8 or UTF-16, as Chromium writes text). */
function filesHolding(dir: string, word: string): string[] {
  const found: string[] = [];
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le')];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      let stat: ReturnType<typeof statSync>;
      try {
        stat = statSync(path);
      } catch {
        continue; // gone meanwhile (Chromium writes as we read)
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        const bytes = readFileSync(path);
        if (needles.some((needle) => bytes.includes(needle))) found.push(path);
      }
    }
  };
  walk(dir);
  return found;
}

describe('what the person types, and the browser’s own files', () => {
  it('words typed into Steady’s fields (not saved) are in no file of the profile, where a plain page’s are', async () => {
    // The control: a page's own textarea, which Chromium keeps in its session files.
    session.web.page('/form', '<!doctype html><title>form</title><textarea id="words"></textarea>');
    const page = await session.context.newPage();
    await page.goto(session.web.url('example.com', '/form'));
    await page.locator('#words').fill('zebra-control-words');

    const options = await openExtensionPage(session, 'options.html#plan');
    await options.getByRole('textbox', { name: t('plan.sections.coping') }).fill('giraffe-plan-words');
    await options.getByRole('textbox', { name: t('plan.sections.reasons') }).fill('okapi-reason-words');
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: t('popup.logUrge') }).click();
    await popup.getByRole('textbox', { name: t('urge.note') }).fill('ibis-note-words');

    // Once the browser has written the control's words to disk, it has had its chance with ours.
    await expect
      .poll(() => filesHolding(session.profile, 'zebra-control-words').length, { timeout: 45_000 })
      .toBeGreaterThan(0);
    for (const word of ['giraffe-plan-words', 'okapi-reason-words', 'ibis-note-words']) {
      expect(filesHolding(session.profile, word), word).toEqual([]);
    }
  });

  it('with a passcode set, words written before it and while locked are in no raw record and no file of the profile, and come back whole', async () => {
    const BEFORE = ['heron-before-plan', 'marten-before-note'];
    // Written once the passcode is set: while Steady is open (under the data key), and locked (under the public key).
    const LOCKED = ['osprey-open-note', 'lynx-locked-note'];
    // Before the passcode: a line of the plan, and an urge with a note, as a person writes them.
    const options = await openExtensionPage(session, 'options.html#plan');
    await options.getByRole('textbox', { name: t('plan.sections.coping') }).fill(BEFORE[0] as string);
    await options.getByRole('button', { name: t('plan.save') }).click();
    await options.getByText(t('plan.saved')).waitFor();
    await logUrgeWithNote(BEFORE[1] as string, 1);
    expect(await rawRecords()).toContain(BEFORE[1]);

    await openSection(options, 'data.heading');
    await setPasscodeIn(options, 'river stones 24');
    await logUrgeWithNote(LOCKED[0] as string, 2);
    await options.getByRole('button', { name: t('data.lockNow') }).click();
    await options.getByRole('heading', { name: t('lock.heading') }).waitFor();
    // While locked: an urge logged with a note, from the popup.
    await logUrgeWithNote(LOCKED[1] as string, 3);

    // No raw record holds a word, sealed or written locked.
    const raw = await rawRecords();
    for (const word of [...BEFORE, ...LOCKED]) expect(raw, word).not.toContain(word);
    expect(raw).toContain('"sealed":1');
    // Nor any file of the profile, once the browser has written the database to disk (a word
    // that is never sealed, a hard time's name, written last, is the sign that it has).
    const now = Date.now();
    await database(session, {
      kind: 'write',
      store: 'times',
      records: [
        {
          id: 'probe',
          label: 'steady-disk-probe',
          rule: { kind: 'weekly', days: [1], start: 60, end: 120 },
          createdAt: now,
          updatedAt: now,
        },
      ],
    });
    await expect
      .poll(() => filesHolding(session.profile, 'steady-disk-probe').length, { timeout: 45_000 })
      .toBeGreaterThan(0);
    for (const word of LOCKED) expect(filesHolding(session.profile, word), word).toEqual([]);
    const before = BEFORE.map((word) => [word, filesHolding(session.profile, word)] as const);
    console.log(`words written before the passcode, still in the profile's files: ${JSON.stringify(before)}`);

    // Unlocked, every word comes back whole.
    await options.getByLabel(t('lock.passcode')).fill('river stones 24');
    await options.getByRole('button', { name: t('lock.unlock') }).click();
    await openSection(options, 'plan.heading');
    await expect
      .poll(() => options.getByRole('textbox', { name: t('plan.sections.coping') }).inputValue())
      .toBe(BEFORE[0]);
    await openSection(options, 'history.heading');
    for (const word of [BEFORE[1], ...LOCKED]) await options.getByText(word as string).waitFor();
    // What the browser keeps of words written before the passcode is the browser's (its
    // database's log, until it tidies it): said in the lock's own words, measured here.
  });
});

/** Logs an urge from the popup and writes a note on it. */
async function logUrgeWithNote(note: string, notes: number) {
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.getByRole('button', { name: t('popup.logUrge') }).click();
  await popup.getByRole('textbox', { name: t('urge.note') }).fill(note);
  await popup.getByRole('button', { name: t('urge.done') }).click();
  await expect.poll(async () => (await rawRecords()).split('"note":').length - 1).toBe(notes);
  await popup.close();
}

/**
 * Every record of Steady's database as stored, as text (the bytes of sealed boxes as Latin-1), read from one of
 * Steady's own pages; a probe word is written in the clear into the settings on the way, to find the database's files.
 */
async function rawRecords(): Promise<string> {
  const page = await openExtensionPage(session, 'popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('steady');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const all: unknown[] = [];
            for (const name of names) {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => all.push(request.result);
            }
            tx.oncomplete = () => {
              db.close();
              const latin1 = new TextDecoder('latin1');
              resolve(JSON.stringify(all, (_key, value) => (ArrayBuffer.isView(value) ? latin1.decode(value) : value)));
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
