import type { Page } from 'playwright-core';
import type { Session } from '../e2e/harness';
import { requireBuilt } from '../e2e/harness';
import { t } from '../i18n';
import { note } from './harness';

/** The browser benchmarks need the production build: say how to make it if it is missing. */
export function requireBuild(): void {
  try {
    requireBuilt();
  } catch (error) {
    note((error as Error).message);
    process.exit(1);
  }
}

/** A page heavy enough that its load time is well above the timer's noise: about 100 kB of text and elements. */
export function heavyPage(title: string, length = 1000): string {
  const rows = Array.from(
    { length },
    (_, i) =>
      `<li class="r${i % 7}"><a href="/item/${i}">Item ${i}</a> <span>${'lorem ipsum dolor sit amet '.repeat(3)}</span></li>`,
  ).join('');
  return `<!doctype html><html><head><title>${title}</title><style>.r1{color:#333}.r2{font-weight:bold}li{margin:2px}</style></head><body><h1>${title}</h1><ul>${rows}</ul><script>let x=0;for(let i=0;i<200000;i++)x+=i%7;document.body.dataset.x=x;</script></body></html>`;
}

/**
 * A light page: the heavy page's shape with a fifth of its rows (about 20 kB) and the same short
 * script. It paints in about 110–160 ms on the shared 2-core machine (the heavy page in 250–300
 * ms, a page of a heading and a line in 60–80 ms).
 */
export function lightPage(title: string): string {
  return heavyPage(title, 200);
}

/** The page's own load time from the Navigation Timing entry, in milliseconds. */
export const LOAD_TIME = `(() => { const e = performance.getEntriesByType('navigation')[0]; return e.loadEventEnd - e.startTime; })()`;

/** Writes records into Steady's database from one of its pages, store by store, 20,000 to a transaction. */
export async function writeStores(page: Page, stores: Record<string, readonly object[]>): Promise<void> {
  for (const [store, records] of Object.entries(stores)) {
    for (let from = 0; from < records.length; from += 20_000) {
      await page.evaluate(
        ([name, batch]) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('steady');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(name as string, 'readwrite');
              for (const record of batch as object[]) tx.objectStore(name as string).put(record);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        [store, records.slice(from, from + 20_000)] as const,
      );
    }
  }
}

/**
 * In the popup page, before its own scripts: notes the first animation frame after both the
 * reach-out control and the "Log an urge" button are in the document.
 */
function watchForUseful([log, reach]: readonly [string, string]): void {
  const marks = window as unknown as { __usefulAt?: number };
  const useful = () => {
    const buttons = Array.from(document.querySelectorAll('button, a'));
    const text = (el: Element) => el.textContent?.trim() ?? '';
    return buttons.some((b) => text(b) === log) && buttons.some((b) => text(b).startsWith(reach));
  };
  const check = () => {
    if (marks.__usefulAt !== undefined || !useful()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.__usefulAt = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens the popup once and returns the time to its first useful render, in ms. */
export async function openPopup(session: Session): Promise<number> {
  const page: Page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(watchForUseful, [t('popup.logUrge'), t('reach.heading').split(' ')[0] as string] as const);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.waitForFunction(() => (window as unknown as { __usefulAt?: number }).__usefulAt !== undefined, null, {
    timeout: 30_000,
  });
  const at = await page.evaluate(() => (window as unknown as { __usefulAt: number }).__usefulAt);
  await page.close();
  return at;
}
