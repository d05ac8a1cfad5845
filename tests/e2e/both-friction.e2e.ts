import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';
import { flag, setLevel } from './flows';

/**
 * Friction that does not wear off (issue #20, item 6), in Chromium and in Firefox alike: with the
 * setting on, the breathing pause before Continue grows with the day's continues on the site
 * (5 s, then 10). Each pause is measured from before the visit began, so the check holds
 * however slow the machine: Continue can never come sooner than the pause.
 */
let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe.each(BROWSERS)('in %s', (browser) => {
  it('with the setting on, each continue on a site that day makes the next pause longer', {
    timeout: 180_000,
  }, async () => {
    driver = await startDriver(browser);
    const options = await flag(driver, 'example.org');
    await setLevel(options, 'pause');
    await options.click('link', t('settings.heading'));
    await options.fillLabelled(t('settings.pauseSeconds'), '5');
    // After Continue the site stays quiet for the shortest time a person can choose, a minute.
    await options.fillLabelled(t('settings.quietMinutes'), '1');
    await options.click('checkbox', t('settings.frictionGrows'));
    await options.click('button', t('settings.save'));
    await options.waitForStatus(t('common.saved'));

    const waited: number[] = [];
    let quietUntil = 0;
    for (const [visit, pause] of [5, 10].entries()) {
      // The next check-in comes once the quiet minute after the last Continue is over.
      await new Promise((done) => setTimeout(done, Math.max(0, quietUntil - Date.now())));
      const began = Date.now();
      const tab = await driver.visit('example.org', `/visit-${visit}`);
      const checkIn = await tab.checkIn();
      for (;;) {
        if ((await checkIn.attribute('button', t('warning.continue'), 'disabled')) === null) break;
        await new Promise((done) => setTimeout(done, 200));
      }
      waited.push((Date.now() - began) / 1000);
      expect(waited.at(-1), `visit ${visit + 1}: Continue not before ${pause} s`).toBeGreaterThanOrEqual(pause);
      await checkIn.click('button', t('warning.continue'));
      quietUntil = Date.now() + 61_000;
      await tab.waitUncovered();
      await tab.close();
    }
  });
});
