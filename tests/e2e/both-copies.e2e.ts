import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS, type PlanSectionId } from '@/utils/db/schema';
import { type MessageKey, t } from '../i18n';
import { BROWSERS, type Driver, type SavedFile, startDriver, type Tab } from './driver';
import { addPerson } from './flows';
import { PASSCODE } from './person';

/**
 * A copy of the person's data and their plan on paper, in Chromium and in Firefox alike: a plain
 * copy holds their words and not the passcode; a sealed one holds none of their words and opens
 * only with its passphrase; either, chosen in the file field, brings back what was changed since;
 * a file that is not a copy changes nothing and says so. Then the full plan prints on one page.
 * One browser per browser kind for the whole file: the tests follow one another, as a person's
 * day does. What needs the store read by script stays in copies.e2e.ts and plan.e2e.ts (Chromium).
 */
const PASSPHRASE = 'a long walk at dawn';
const REASON = 'Maya’s recital in June';
const CHANGED = 'Something I wrote later';

/** Files the person keeps on their computer, to choose in the file field. */
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'steady-copies-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Keeps a saved file in the folder, and gives its path. */
function keep(file: SavedFile): string {
  const path = join(folder, file.name);
  writeFileSync(path, file.text);
  return path;
}

/** A section of the plan as its box is named: `warning-signs` is "Signs that a hard moment is coming". */
const sectionName = (id: PlanSectionId) =>
  t(`plan.sections.${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey);

/** "Brought back: …", whatever the counts. */
const BROUGHT_BACK = t('data.imported', ['\u0001', '\u0001']).split('\u0001')[0]?.trim() ?? '';
/** What the file field says when a file is refused: why, then that nothing changed. */
const refused = (why: string) => `${why} ${t('problems.importNothing')}`;

describe.each(BROWSERS)('in %s', (browser) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await startDriver(browser);
  });
  afterAll(() => driver?.close());

  /** Writes the reasons in the plan, and saves it. */
  async function writeReasons(reasons: string) {
    const options = await driver.options('plan');
    await options.fill('textbox', t('plan.sections.reasons'), reasons);
    await options.click('button', t('plan.save'));
    await options.seeText(t('plan.saved'));
    await options.close();
  }

  /** The reasons the popup shows, once it shows `reason` (the positive signal), and whether `other` is gone. */
  async function popupShows(reason: string, other: string) {
    const popup = await driver.popup();
    await popup.seeText(reason);
    const gone = !(await popup.hasText(other));
    await popup.close();
    return gone;
  }

  /** Chooses the file in "The copy to bring back", with this passphrase, and brings it back. */
  async function bringBack(data: Tab, path: string, passphrase = '') {
    await data.chooseFile(t('data.file'), path);
    await data.fillLabelled(t('sealed.importPassphrase'), passphrase);
    await data.click('button', t('data.import'));
  }

  it('a plain copy holds the words and not the passcode; a file that is not a copy changes nothing; the copy brings back what was changed since', async () => {
    await writeReasons(REASON);
    const data = await driver.options('data');
    await data.fillLabelled(t('data.passcode'), PASSCODE);
    await data.fillLabelled(t('data.passcodeAgain'), PASSCODE);
    await data.click('button', t('data.setLock'));
    await data.waitForStatus(t('data.lockSet'));

    const plain = await data.saveFile('button', t('data.export'));
    await data.waitForStatus(t('data.exported', [plain.name]));
    expect(plain.name).toMatch(/^steady-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(plain.text, 'a plain copy holds the words open').toContain(REASON);
    const copy = JSON.parse(plain.text) as { app: string; stores: { settings: Array<Record<string, unknown>> } };
    expect(copy.app).toBe('steady');
    expect(copy.stores.settings.length).toBe(1);
    expect(copy.stores.settings[0], 'never the passcode’s lock').not.toHaveProperty('lock');

    // Changed since: a file that is not a copy gets the clear message and changes nothing.
    await writeReasons(CHANGED);
    const notACopy = join(folder, 'notes.json');
    writeFileSync(notACopy, 'my notes from the meeting, not a copy');
    await bringBack(data, notACopy);
    await data.waitForStatus(refused(t('problems.importNotJson')));
    expect(await popupShows(CHANGED, REASON), 'the plan as changed, untouched by that file').toBe(true);

    await bringBack(data, keep(plain));
    await data.seeTextStarting(BROUGHT_BACK);
    expect(await popupShows(REASON, CHANGED), 'the copy’s words are back, the later ones gone').toBe(true);
    await data.close();
  });

  it('a sealed copy holds none of the words and opens only with its passphrase', async () => {
    const data = await driver.options('data');
    await data.fillLabelled(t('sealed.passphrase'), PASSPHRASE);
    await data.fillLabelled(t('sealed.again'), PASSPHRASE);
    const sealed = await data.saveFile('button', t('sealed.save'));
    await data.waitForStatus(t('sealed.saved', [sealed.name]));
    expect(sealed.name).toMatch(/^steady-backup-\d{4}-\d{2}-\d{2}-sealed\.json$/);
    expect(sealed.text).not.toContain(REASON);
    expect(sealed.text).not.toContain('Maya');
    expect(JSON.parse(sealed.text)).toMatchObject({ app: 'steady', sealed: { v: 1 } });
    const path = keep(sealed);

    await writeReasons(CHANGED);
    await bringBack(data, path);
    await data.waitForStatus(refused(t('sealed.needsPassphrase')));
    await bringBack(data, path, 'not the passphrase');
    await data.waitForStatus(refused(t('sealed.wrongPassphrase')));
    expect(await popupShows(CHANGED, REASON), 'nothing changed').toBe(true);
    await bringBack(data, path, PASSPHRASE);
    await data.seeTextStarting(BROUGHT_BACK);
    expect(await popupShows(REASON, CHANGED)).toBe(true);
    await data.close();
  });

  it('the full plan, with two people, prints on one page, on Letter and on A4; a far longer one on more', async () => {
    const people = await driver.options('people');
    await addPerson(people, 'Sam', 'call', '+1 201 555 0123');
    await addPerson(people, 'Ana', 'email', 'ana@example.org');
    await people.close();
    const plan = await driver.options('plan');
    for (const id of PLAN_SECTIONS) {
      const lines = [
        `The first thing I wrote for ${id}`,
        'A second line, a little longer, the way people write when they mean it and take their time',
        'A third',
      ];
      await plan.fill('textbox', sectionName(id), lines.join('\n'));
    }
    await plan.click('button', t('plan.save'));
    await plan.seeText(t('plan.saved'));
    expect(await plan.printPages('Letter'), 'pages printed on Letter').toBe(1);
    expect(await plan.printPages('A4'), 'pages printed on A4').toBe(1);

    // The count is real: a plan far longer than a page takes more than one (150 reasons, short to type).
    const long = Array.from({ length: 150 }, (_, i) => String(i + 1)).join('\n');
    await plan.fill('textbox', t('plan.sections.reasons'), long);
    expect(await plan.printPages('Letter')).toBeGreaterThan(1);
  });
});
