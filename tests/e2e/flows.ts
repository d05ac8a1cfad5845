import { t } from '../i18n';
import type { Driver, Surface } from './driver';

/** What a person does on Steady's pages, the same in both browsers (through the driver). */

/** Adds a trigger site on the options page, as a person does, and returns the page. */
export async function flag(d: Driver, site: string) {
  const options = await d.options();
  await options.fill('textbox', t('sites.inputLabel'), site);
  await options.click('button', t('sites.add'));
  await options.waitForStatus(t('sites.added', [site]));
  return options;
}

/** Sets how firmly Steady checks in on a site. */
export async function setLevel(options: Surface, level: 'gentle' | 'pause' | 'firm', site = 'example.org') {
  await options.choose(t('sites.levelLabel', [site]), t(`sites.levels.${level}`));
  await options.waitForStatus(t('common.saved'));
}

/** Adds a support person with one way to reach them, sending the form with Enter as a keyboard does. */
export async function addPerson(options: Surface, name: string, way: 'call' | 'email', value: string) {
  await options.fill('textbox', t('people.name'), name);
  await options.fill('textbox', t(`people.ways.${way}`), value);
  await options.press('Enter');
  await options.waitForStatus(t('people.saved', [name]));
}
