import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closure, ROOT, sources } from '../imports';

/**
 * House rules that follow imports all the way down (issue #19): what a file reaches through the
 * files it imports counts as much as what it imports itself.
 */

const UTILS = readdirSync(join(ROOT, 'utils'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `utils/${entry.name}`)
  .sort();
const OURS = [...sources('entrypoints'), ...sources('components'), ...sources('utils')];

describe('the closure follows imports past the first file', () => {
  it('reaches the calendar from the days counter through the zone', () => {
    expect(closure('utils/recovery/days.ts').files).toContain('utils/time/calendar.ts');
  });
  it('reaches packages imported deep down', () => {
    expect([...closure('entrypoints/options/main.tsx').external.keys()]).toContain('idb');
  });
});

describe('utils/time imports nothing of Steady’s', () => {
  const files = sources('utils/time');
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', (file) => {
    const reached = closure(file, { types: true });
    const outside = [...reached.files].filter((f) => !f.startsWith('utils/time/'));
    expect(outside, `${file}: the calendar, the zone and the clock are pure, for every other folder to use`).toEqual(
      [],
    );
    expect([...reached.external.keys()], `${file}: no package either`).toEqual([]);
  });
});

/** Reading the person's zone from the environment: `Intl…resolvedOptions().timeZone`, or a Date's offset. */
const READS_ZONE = /resolvedOptions\(\)\s*\.\s*timeZone|getTimezoneOffset\s*\(/;

describe('only utils/time reads the person’s zone', () => {
  it('the check catches both ways of reading it', () => {
    expect(READS_ZONE.test('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(true);
    expect(READS_ZONE.test('new Date().getTimezoneOffset()')).toBe(true);
    expect(READS_ZONE.test('dateFormat(locale, { timeZone: zone })')).toBe(false);
  });
  it.each(OURS.filter((file) => !file.startsWith('utils/time/')))('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(READS_ZONE.exec(text)?.[0], `${file}: take the zone as an input, or systemZone() from utils/time/zone`).toBe(
      undefined,
    );
  });
});

describe('the guard runs on web pages, so it loads only what it needs', () => {
  const guard = closure('entrypoints/guard/index.ts');
  it.each([
    ['idb', /^idb(\/|$)/, 'the guard never opens IndexedDB: it would write into the web site’s database'],
    ['i18n', /^(#i18n|@wxt-dev\/i18n)/, 'the guard shows no words of its own; the warning page does'],
    ['Solid', /^solid-js(\/|$)/, 'the guard is tiny and framework-free'],
  ])('no %s', (_name, forbidden, why) => {
    const found = [...guard.external].filter(([module]) => forbidden.test(module));
    expect(
      found.map(([module, by]) => `${module} (from ${by})`),
      why,
    ).toEqual([]);
  });
  it('reaches no component, repository or command (the schema’s constants aside)', () => {
    const found = [...guard.files].filter((file) =>
      /^(components\/|utils\/db\/(?!schema\.ts)|utils\/commands\/)/.test(file),
    );
    expect(found).toEqual([]);
  });
});

describe('history/ and recovery/ use time, not insights or triggers', () => {
  const files = [...sources('utils/history'), ...sources('utils/recovery')];
  it.each(files)('%s', (file) => {
    const found = [...closure(file).files].filter((f) => /^utils\/(insights|triggers)\//.test(f));
    expect(found, `${file}: days and periods are the calendar’s and the zone’s (utils/time)`).toEqual([]);
  });
});

describe('utils never reaches a page or a component', () => {
  it.each(UTILS)('%s', (folder) => {
    const files = sources(folder);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      [...closure(file).files].filter((f) => /^(entrypoints|components)\//.test(f)).map((f) => `${file} → ${f}`),
    );
    expect(found, 'utils is logic for the pages to use; a page or a component is never its input').toEqual([]);
  });
});

/** The one schema holds every store's record type and is allowed to be long; nothing else is. */
const LONG_ALLOWED = ['utils/db/schema.ts'];
const MAX_LINES = 300;

describe(`no source file is over ${MAX_LINES} lines`, () => {
  it.each(OURS.filter((file) => !LONG_ALLOWED.includes(file)))('%s', (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;
    expect(lines, `${file}: split it by what it does (one concept per file)`).toBeLessThanOrEqual(MAX_LINES);
  });
});
