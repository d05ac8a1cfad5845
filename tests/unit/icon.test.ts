import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, BADGE_TEXT_COLOR } from '@/utils/background/hard-times';

/**
 * The hard-time badge against Steady's mark and the toolbars it sits on: the browser draws the
 * badge over the icon's lower corner and past it onto the toolbar, light or dark. Each pair must
 * differ by at least 3:1 (WCAG 1.4.11, non-text contrast), and the dot on the badge too.
 */

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const svg = readFileSync('assets/icon.svg', 'utf8');
/** The tile's fill (the first rect) and the lines' colour, read from the SVG itself. */
const tile = svg.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)?.[1] ?? '';
const lines = svg.match(/stroke="(#[0-9a-f]{6})"/i)?.[1] ?? '';

/** Toolbars: Chrome's and Firefox's light and dark themes. */
const TOOLBARS = {
  'Chrome light': '#ffffff',
  'Chrome light (grey)': '#f1f3f4',
  'Chrome dark': '#35363a',
  'Firefox light': '#f9f9fb',
  'Firefox dark': '#2b2a33',
};

describe('the toolbar icon and the hard-time badge', () => {
  it('reads its colours from the SVG', () => {
    expect(tile).toMatch(/^#[0-9a-f]{6}$/i);
    expect(lines).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('draws the mark clearly on its tile', () => {
    expect(contrast(lines, tile)).toBeGreaterThanOrEqual(4.5);
  });

  it('shows the badge against the tile it covers', () => {
    expect(contrast(BADGE_COLOR, tile)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(TOOLBARS))('shows the badge on a %s toolbar', (_name, toolbar) => {
    expect(contrast(BADGE_COLOR, toolbar)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(TOOLBARS))(
    'shows the mark itself on a %s toolbar (its tile or its lines)',
    (_name, toolbar) => {
      expect(Math.max(contrast(tile, toolbar), contrast(lines, toolbar))).toBeGreaterThanOrEqual(3);
    },
  );

  it("shows the badge's dot on the badge", () => {
    expect(contrast(BADGE_TEXT_COLOR, BADGE_COLOR)).toBeGreaterThanOrEqual(3);
  });
});
