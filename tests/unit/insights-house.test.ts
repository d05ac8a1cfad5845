import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Insights are pure (issue #12): they return numbers, codes and ids, never sentences; the clock
 * and the zone are always inputs; they run in a page, a worker or a test alike. The same shape
 * as tests/unit/house.test.ts, for utils/insights.
 */

const FOLDER = 'utils/insights';
const FILES = readdirSync(join(process.cwd(), FOLDER))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `${FOLDER}/${name}`)
  .sort();

const RULES: [string, RegExp, string][] = [
  [
    'imports no words, browser API, component, repository or command',
    /from\s+['"](#i18n|@\/utils\/words\/|wxt\/browser|@wxt-dev\/browser|@\/components\/|@\/utils\/db\/(?!schema['"])|@\/utils\/commands\/)/,
    'pure code returns codes and numbers; a page turns them into words and reads the database',
  ],
  ['never reads the clock', /Date\.now\(|new Date\(\)/, 'now is an input, so every figure can be tested'],
  [
    'never reads the system zone',
    /resolvedOptions\(\)\.timeZone/,
    'the zone is an input: a person travelling sees their own days',
  ],
];

describe.each(RULES)('insights: %s', (_rule, forbidden, why) => {
  it('has files to check', () => expect(FILES.length).toBeGreaterThan(0));
  it.each(FILES)('%s', (file) => {
    const text = readFileSync(join(process.cwd(), file), 'utf8');
    expect(forbidden.exec(text)?.[0], `${file}: ${why}`).toBeUndefined();
  });
});
