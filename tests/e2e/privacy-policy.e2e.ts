import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './firefox';
import { BUILD_DIR, requireBuilt } from './harness';

/**
 * PRIVACY.md against the built extension: every permission either manifest asks for is named in
 * the policy's table with a reason, and the table names nothing the manifests do not ask for. A
 * permission added to wxt.config.ts without its words in the policy fails here.
 */

/** Every permission a built manifest asks for, required or optional, hosts included. */
function permissionsOf(dir: string): string[] {
  requireBuilt(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
}

/** The policy's permissions table: each row's permission (the first cell, in backticks) and its reason. */
function policyTable(): Map<string, string> {
  const text = readFileSync('PRIVACY.md', 'utf8');
  const section = text.slice(text.indexOf('## Permissions'));
  const rows = [...section.matchAll(/^\| `([^`]+)`[^|]*\| (.+) \|$/gm)];
  return new Map(rows.map((row) => [row[1] as string, (row[2] as string).trim()]));
}

describe('the privacy policy and the manifests', () => {
  const wanted = new Set([...permissionsOf(BUILD_DIR), ...permissionsOf(FIREFOX_BUILD.dir)]);
  const table = policyTable();

  it('reads the table it checks', () => {
    expect(table.size).toBeGreaterThanOrEqual(5);
  });

  it('names and explains every permission the built extension asks for', () => {
    expect([...wanted].filter((permission) => !table.has(permission))).toEqual([]);
    for (const [permission, why] of table) expect(why.length, permission).toBeGreaterThan(30);
  });

  it('names no permission the built extension does not ask for', () => {
    expect([...table.keys()].filter((permission) => !wanted.has(permission))).toEqual([]);
  });

  it('asks for no web site at install', () => {
    for (const dir of [BUILD_DIR, FIREFOX_BUILD.dir]) {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.host_permissions ?? [], dir).toEqual([]);
    }
  });
});
