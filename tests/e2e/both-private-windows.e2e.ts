import { afterEach, describe, it } from 'vitest';
import { t } from '../i18n';
import { BROWSERS, type Driver, startDriver } from './driver';

/**
 * Private windows, in Chromium and in Firefox alike: an extension does not run in them until the
 * person allows it in the browser's own settings (off by default in both), and the Sites section
 * says so, naming that browser's own switch. The allowed state is switched and tested in Chromium
 * (tests/e2e/private-windows.e2e.ts); Firefox's switch is in about:addons, out of automation's reach.
 */

let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe.each(BROWSERS)('in %s', (browser) => {
  it('the Sites section says Steady does not run in private windows, and how to allow it in this browser', async () => {
    driver = await startDriver(browser);
    const options = await driver.options('sites');
    await options.find('region', t('privateWindows.heading'));
    await options.seeText(t('privateWindows.off'));
    await options.seeText(t(browser === 'firefox' ? 'privateWindows.howFirefox' : 'privateWindows.howChrome'));
  });
});
