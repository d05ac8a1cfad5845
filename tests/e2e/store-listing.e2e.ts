import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../i18n';
import { FIREFOX_BUILD } from './firefox';
import { BUILD_DIR, requireBuilt } from './harness';

/**
 * STORE.md against the built extension: in each language, every permission either built manifest
 * asks for has its line (the justification the Chrome Web Store's form asks for). A permission
 * added to wxt.config.ts without its line in both languages fails here. The short description is
 * the manifest's own, and every image the listing names is there at the store's size.
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

const LISTING = readFileSync('STORE.md', 'utf8');

/** The text of one part of the listing: from its heading to the next heading of the same level or above. */
function part(text: string, heading: string): string {
  const level = heading.match(/^#+/)?.[0] ?? '';
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`STORE.md has no “${heading}”`);
  const rest = text.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return next < 0 ? rest : rest.slice(0, next);
}

/** A permissions table: each row's permission (the first cell, in backticks) and its justification. */
function permissionLines(section: string): Map<string, string> {
  const rows = [...section.matchAll(/^\| `([^`]+)`[^|]*\| (.+) \|$/gm)];
  return new Map(rows.map((row) => [row[1] as string, (row[2] as string).trim()]));
}

const LANGUAGES = [
  { language: 'en', heading: '## English', permissions: '### Permissions', short: '### Short description' },
  { language: 'es', heading: '## Español', permissions: '### Permisos', short: '### Descripción breve' },
] as const;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the store listing and the manifests', () => {
  const wanted = new Set([...permissionsOf(BUILD_DIR), ...permissionsOf(FIREFOX_BUILD.dir)]);

  describe.each(LANGUAGES)('in $language', ({ language, heading, permissions, short }) => {
    const listing = part(LISTING, heading);
    const lines = permissionLines(part(listing, permissions));

    it('reads the table it checks', () => {
      expect(lines.size).toBeGreaterThanOrEqual(6);
    });

    it('has a line for every permission the built extension asks for', () => {
      expect([...wanted].filter((permission) => !lines.has(permission))).toEqual([]);
      for (const [permission, why] of lines) expect(why.length, permission).toBeGreaterThan(40);
    });

    it('has no line for a permission the built extension does not ask for', () => {
      const extra = [...lines.keys()].filter((p) => !wanted.has(p));
      expect(extra).toEqual([]);
    });

    it('gives the manifest’s own description as the short one', () => {
      expect(part(listing, short).trim()).toBe(words(language, 'manifest.description'));
    });
  });

  it('names images that are there, at the sizes the store asks for', () => {
    const images = [...LISTING.matchAll(/`(store\/[^`]+\.png)`/g)].map((m) => m[1] as string);
    expect(images.length).toBeGreaterThanOrEqual(12);
    for (const image of images) {
      expect(existsSync(image), `${image} (make it with npm run screenshots)`).toBe(true);
      const expected = image.endsWith('tile.png') ? { width: 440, height: 280 } : { width: 1280, height: 800 };
      expect(pngSize(image), image).toEqual(expected);
    }
  });
});
