import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The history's own logic is pure (issue #12): periods, the list's order and paging, warnings
 * from their events. It returns records, instants and problem codes, never sentences; the clock
 * and the zone are inputs. The same shape as tests/unit/house.test.ts, for utils/history.
 */

const FOLDER = 'utils/history';
const FILES = readdirSync(join(process.cwd(), FOLDER))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `${FOLDER}/${name}`)
  .sort();

const RULES: [string, RegExp, string][] = [
  [
    'imports no words, browser API, component, repository or command',
    /from\s+['"](#i18n|@\/utils\/words\/|wxt\/browser|@wxt-dev\/browser|@\/components\/|@\/utils\/db\/(?!schema['"])|@\/utils\/commands\/)/,
    'pure code returns codes and instants; a page turns them into words and a command reads the database',
  ],
  ['never reads the clock', /Date\.now\(|new Date\(\)/, 'now is an input, so every period can be tested'],
  [
    'never reads the system zone',
    /resolvedOptions\(\)\.timeZone/,
    'the zone is an input: DST edges are tested in many zones',
  ],
];

describe.each(RULES)('history: %s', (_rule, forbidden, why) => {
  it('has files to check', () => expect(FILES.length).toBeGreaterThan(0));
  it.each(FILES)('%s', (file) => {
    const text = readFileSync(join(process.cwd(), file), 'utf8');
    expect(forbidden.exec(text)?.[0], `${file}: ${why}`).toBeUndefined();
  });
});
