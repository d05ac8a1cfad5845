import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The insights and the history's own logic are pure (issue #12): they return numbers, records,
 * instants and problem codes, never sentences; the clock and the zone are always inputs, so they
 * run in a page, a worker or a test alike, and every figure and period can be tested across DST
 * in many zones. The same shape as tests/unit/house.test.ts, for these folders.
 */

const FOLDERS = ['utils/insights', 'utils/history', 'utils/recovery'];
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(join(process.cwd(), folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`),
).sort();

const RULES: [string, RegExp, string][] = [
  [
    'imports no words, browser API, component, repository or command',
    /from\s+['"](#i18n|@\/utils\/words\/|wxt\/browser|@wxt-dev\/browser|@\/components\/|@\/utils\/db\/(?!schema['"])|@\/utils\/commands\/)/,
    'pure code returns codes and numbers; a page turns them into words and a command reads the database',
  ],
  ['never reads the clock', /Date\.now\(|new Date\(\)/, 'now is an input, so every figure and period can be tested'],
  [
    'never reads the system zone',
    /resolvedOptions\(\)\.timeZone/,
    'the zone is an input: DST edges are tested in many zones, and a person travelling sees their own days',
  ],
];

describe.each(RULES)('pure logic: %s', (_rule, forbidden, why) => {
  it.each(FOLDERS)('%s has files to check', (folder) =>
    expect(FILES.filter((file) => file.startsWith(folder)).length).toBeGreaterThan(0),
  );
  it.each(FILES)('%s', (file) => {
    const text = readFileSync(join(process.cwd(), file), 'utf8');
    expect(forbidden.exec(text)?.[0], `${file}: ${why}`).toBeUndefined();
  });
});
