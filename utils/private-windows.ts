import { browser } from 'wxt/browser';

/**
 * Whether the person lets Steady run in private windows: the browser's fact (Chrome's "Allow in
 * Incognito", Firefox's "Run in Private Windows"), asked each time and never stored. Undefined
 * when the browser does not say.
 */
export async function runsInPrivateWindows(): Promise<boolean | undefined> {
  try {
    return await browser.extension.isAllowedIncognitoAccess();
  } catch {
    return undefined;
  }
}
