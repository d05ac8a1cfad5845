import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { freshSessionEachTest } from './steps';

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
});
