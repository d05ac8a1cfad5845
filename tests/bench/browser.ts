import { requireBuilt } from '../e2e/harness';
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
export function heavyPage(title: string): string {
  const rows = Array.from(
    { length: 1000 },
    (_, i) =>
      `<li class="r${i % 7}"><a href="/item/${i}">Item ${i}</a> <span>${'lorem ipsum dolor sit amet '.repeat(3)}</span></li>`,
  ).join('');
  return `<!doctype html><html><head><title>${title}</title><style>.r1{color:#333}.r2{font-weight:bold}li{margin:2px}</style></head><body><h1>${title}</h1><ul>${rows}</ul><script>let x=0;for(let i=0;i<200000;i++)x+=i%7;document.body.dataset.x=x;</script></body></html>`;
}

/** The page's own load time from the Navigation Timing entry, in milliseconds. */
export const LOAD_TIME = `(() => { const e = performance.getEntriesByType('navigation')[0]; return e.loadEventEnd - e.startTime; })()`;
