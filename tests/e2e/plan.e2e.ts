import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '@/utils/db/schema';
import { t } from '../i18n';
import { openExtensionPage, type Session } from './harness';
import { database, freshSessionEachTest } from './steps';

/** The plan as a person fills it in, shows their people from My people, and prints only itself (read by script: Chromium). */
const current = freshSessionEachTest();
let session: Session;
beforeEach(() => {
  session = current();
});

/** A full plan: three lines in each of the ten sections, some of them long. */
const PLAN = Object.fromEntries(
  PLAN_SECTIONS.map((id) => [
    id,
    [
      `The first thing I wrote for ${id}`,
      'A second line, a little longer, the way people write when they mean it and take their time',
      'A third',
    ],
  ]),
);

describe('the plan', () => {
  it('shows an example in each empty box and My people under "People I can ask for help"', async () => {
    const stamp = { createdAt: 1, updatedAt: 1 };
    await database(session, {
      kind: 'write',
      store: 'contacts',
      records: [{ ...stamp, id: 'sam', name: 'Sam', relation: 'my sister', ways: { call: '+12015550123' }, order: 0 }],
    });
    const options = await openExtensionPage(session, 'options.html#plan');
    for (const id of ['reasons', 'ifIUse'] as const) {
      const box = options.getByRole('textbox', { name: t(`plan.sections.${id}`) });
      expect(await box.getAttribute('placeholder')).toBe(t(`plan.examples.${id}`));
    }
    const people = options.getByRole('list', { name: t('plan.fromPeople') });
    expect(await people.getByRole('listitem').allTextContents()).toEqual(['Sam (my sister): +1 201 555 0123']);
    await options.getByRole('link', { name: t('plan.changePeople') }).click();
    await options.getByRole('heading', { level: 2, name: t('people.heading') }).waitFor();
  });

  // How many pages it prints on, in Chromium and Firefox alike: both-copies.e2e.ts.
  it('a full plan, with two people, prints only the plan: every section and the people, no buttons, no navigation', async () => {
    const stamp = { createdAt: 1, updatedAt: 1 };
    await database(session, {
      kind: 'write',
      store: 'contacts',
      records: [
        { ...stamp, id: 'sam', name: 'Sam', relation: 'my sister', ways: { call: '+12015550123' }, order: 0 },
        { ...stamp, id: 'ana', name: 'Ana', ways: { email: 'ana@example.org' }, order: 1 },
      ],
    });
    const options = await openExtensionPage(session, 'options.html#plan');
    for (const [id, lines] of Object.entries(PLAN)) {
      await options.locator(`#plan-${id}`).fill(lines.join('\n'));
    }
    await options.getByRole('button', { name: t('plan.save') }).click();
    await options.getByText(t('plan.saved')).waitFor();

    await options.emulateMedia({ media: 'print' });
    expect(await options.getByRole('button', { name: t('plan.save') }).isVisible()).toBe(false);
    expect(await options.getByRole('navigation', { name: t('nav.label') }).isVisible()).toBe(false);
    const sheet = options.locator('.plan-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.getByText('A third').count()).toBe(PLAN_SECTIONS.length);
    expect(await sheet.getByText('Sam').isVisible()).toBe(true);
  });
});
