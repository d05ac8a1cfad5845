import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the project's (scripts/icons.mjs), without types.
import { drawIcons, ICON_SVG, iconPng } from '../../scripts/icons.mjs';
import { ICON_SIZES } from '../../wxt.config';
import { FIREFOX_BUILD } from './firefox';
import { BUILD_DIR, findChromium, requireBuilt } from './harness';

/**
 * Steady's icons in both built packages: every size named in the manifest (as the extension's
 * icons and as the toolbar button's), each file there, a PNG of that many pixels square. And the
 * committed PNGs are the SVG's: Chromium draws assets/icon.svg again and finds the same pixels.
 */

/** A PNG's width and height, from its header (IHDR, right after the 8-byte signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['Chrome', BUILD_DIR, 'npm run build'],
  ['Firefox', FIREFOX_BUILD.dir, FIREFOX_BUILD.command],
])('the icons of the %s package', (_name, dir, command) => {
  requireBuilt(dir, command);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it.each(ICON_SIZES)('has the %i px icon, in the manifest and as a file of that size', (size) => {
    const icon = manifest.icons?.[String(size)];
    expect(icon).toBe(`icon/${size}.png`);
    expect(manifest.action?.default_icon?.[String(size)]).toBe(icon);
    expect(pngSize(join(dir, icon))).toEqual({ width: size, height: size });
  });

  it('names no other icon size', () => {
    expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
    expect(Object.keys(manifest.action.default_icon).map(Number)).toEqual([...ICON_SIZES]);
  });
});

describe('the committed icons', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('are the SVG drawn at each size (`npm run icons` after changing it)', async () => {
    const page = await browser.newPage();
    const drawn: Array<{ size: number; pixels: number[] }> = await drawIcons(page, readFileSync(ICON_SVG, 'utf8'));
    // The committed files, read back by the same browser.
    for (const { size, pixels } of drawn) {
      const png = readFileSync(iconPng(size)).toString('base64');
      const read: number[] = await page.evaluate(
        async ({ png, size }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${png}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d') as CanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return Array.from(context.getImageData(0, 0, size, size).data);
        },
        { png, size },
      );
      expect(read.length, `${size}`).toBe(pixels.length);
      // Another Chromium may smooth an edge a shade differently; a changed SVG differs by far more.
      const off = pixels.filter((value, at) => Math.abs(value - (read[at] ?? -999)) > 24).length;
      expect(off / pixels.length, `${size} px`).toBeLessThan(0.01);
    }
  });
});
