import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { PASSCODE } from './person';
import { axeViolations, database, freshSessionEachTest, readStore, setPasscodeIn } from './steps';

const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

const PASSPHRASE = 'a long walk at dawn';
const REASON = 'Maya’s recital in June';

/**
 * What a copy does to the store, read by script in Steady's own page (Chromium only: Firefox 140
 * refuses script there). What a person sees of copies, and what the files hold, runs in both
 * browsers in both-copies.e2e.ts.
 */

/** Clicks what saves a file, and gives back the file's name and text. */
async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

describe('copies of the person’s data, in the store', () => {
  it('a plain copy holds no key of the lock; a wrong passphrase changes nothing stored; the device keeps its own lock', async () => {
    const now = Date.now();
    await database(session, {
      kind: 'write',
      store: 'plan',
      records: [{ id: 'reasons', items: [REASON], createdAt: now, updatedAt: now }],
    });
    const options = await openExtensionPage(session, 'options.html#data');
    await setPasscodeIn(options, PASSCODE);
    const [settings] = await readStore(session, 'settings');
    const lock = settings?.lock as { salt: string; wrapped: string; publicKey: string };
    // On the device, the reason is sealed; the copy is made with it open.
    const planStored = JSON.stringify(await readStore(session, 'plan'));
    expect(planStored).not.toContain(REASON);

    const plain = await saved(options, () => options.getByRole('button', { name: t('data.export') }).click());
    // No wrapped keys: a short passcode would fall to guesses made against the file.
    for (const part of [lock.wrapped, lock.publicKey, lock.salt]) expect(plain.text).not.toContain(part);
    await options.getByText(t('sealed.plainHint')).waitFor();

    await options.getByLabel(t('sealed.passphrase'), { exact: true }).fill(PASSPHRASE);
    await options.getByLabel(t('sealed.again'), { exact: true }).fill(PASSPHRASE);
    const sealed = await saved(options, () => options.getByRole('button', { name: t('sealed.save') }).click());
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options), `the data section in ${scheme}`).toEqual([]);
    }

    // Bring it back: with a wrong passphrase (nothing stored changes), then with it.
    const bringBack = async (passphrase: string) => {
      await options.getByLabel(t('data.file')).setInputFiles({
        name: sealed.name,
        mimeType: 'application/json',
        buffer: Buffer.from(sealed.text),
      });
      await options.getByLabel(t('sealed.importPassphrase')).fill(passphrase);
      await options.getByRole('button', { name: t('data.import') }).click();
    };
    const importStatus = options.getByRole('form', { name: t('data.importHeading') }).getByRole('status');
    await bringBack('not the passphrase');
    await expect.poll(() => importStatus.textContent()).toContain(t('sealed.wrongPassphrase'));
    expect(JSON.stringify(await readStore(session, 'plan')), 'nothing changed').toBe(planStored);
    await bringBack(PASSPHRASE);
    await expect.poll(() => importStatus.textContent()).toMatch(/^Brought back/);
    const [after] = await readStore(session, 'settings');
    expect(after?.lock, 'the device keeps its own lock').toEqual(settings?.lock);
  });
});
