#!/usr/bin/env node
/**
 * `npm run icons`: draws Steady's mark (assets/icon.svg) as the PNGs the browsers and the stores
 * use (public/icon/16.png … 128.png), in Debian's Chromium through playwright-core: nothing is
 * downloaded. The PNGs are committed (the build and a reviewer's rebuild only copy them); run this
 * again after changing the SVG. tests/e2e/icons.e2e.ts draws them again and finds the same pixels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** The sizes both browsers and both stores use. */
export const ICON_SIZES = [16, 32, 48, 96, 128];

const root = resolve(import.meta.dirname, '..');
export const ICON_SVG = resolve(root, 'assets/icon.svg');
export const iconPng = (size) => resolve(root, `public/icon/${size}.png`);

/** Each size's RGBA pixels, drawn by Chromium from `svg` (a canvas draws an SVG at the size asked, as a vector). */
export async function drawIcons(page, svg, sizes = ICON_SIZES) {
  return page.evaluate(
    async ({ svg, sizes }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(svg)}`;
      await image.decode();
      return sizes.map((size) => {
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, size, size);
        return {
          size,
          png: canvas.toDataURL('image/png'),
          pixels: Array.from(context.getImageData(0, 0, size, size).data),
        };
      });
    },
    { svg, sizes },
  );
}

/** The Chromium to draw with: STEADY_CHROMIUM, else Debian's. */
export const chromiumPath = () => process.env.STEADY_CHROMIUM ?? '/usr/bin/chromium';

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const { size, png } of await drawIcons(page, readFileSync(ICON_SVG, 'utf8'))) {
      writeFileSync(iconPng(size), Buffer.from(png.split(',')[1], 'base64'));
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}
