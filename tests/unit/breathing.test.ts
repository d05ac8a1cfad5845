import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMessage, LOCALES, type Locale } from '../i18n';

/**
 * The breathing circle keeps the rhythm its words say: the counts in ride.guide (in, hold, out),
 * read from each locale's sentence, are the proportions of the keyframes of `breathe` in
 * steady.css, at one count a second.
 */

const css = readFileSync(resolve('components/steady.css'), 'utf8');

/** The number words each locale's guide uses, in the order they are said. */
const NUMBER_WORDS: Record<Locale, Record<string, number>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 },
  es: { uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8 },
};

function guideCounts(locale: Locale): number[] {
  const words =
    getMessage(locale, 'ride_guide')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.flatMap((word) => (word in NUMBER_WORDS[locale] ? [NUMBER_WORDS[locale][word] as number] : []));
}

/** The keyframes of `breathe`: each stop's offset (0–1) and its scale. */
function keyframes(): Array<{ at: number; scale: number }> {
  const body = css.match(/@keyframes breathe\s*\{([\s\S]*?)\n\}/)?.[1] ?? '';
  return [...body.matchAll(/([\d.%,\s]+)\{\s*transform:\s*scale\(([\d.]+)\);\s*\}/g)]
    .flatMap(([, stops, scale]) =>
      (stops ?? '').split(',').map((stop) => ({ at: Number.parseFloat(stop) / 100, scale: Number(scale) })),
    )
    .sort((a, b) => a.at - b.at);
}

/** The phases between stops: how long each lasts (share of the cycle) and whether it grows, holds or shrinks. */
function phases(): Array<{ share: number; move: 'in' | 'hold' | 'out' }> {
  const stops = keyframes();
  return stops.slice(1).map((stop, i) => {
    const from = stops[i] as { at: number; scale: number };
    const move = stop.scale > from.scale ? 'in' : stop.scale < from.scale ? 'out' : 'hold';
    return { share: stop.at - from.at, move };
  });
}

describe('the breathing circle', () => {
  it.each(LOCALES)('the %s guide says in 4, hold 2, out 6', (locale) => {
    expect(guideCounts(locale)).toEqual([4, 2, 6]);
  });

  it.each(LOCALES)('grows, holds and shrinks in the proportions of the %s guide', (locale) => {
    const [inCount, hold, out] = guideCounts(locale) as [number, number, number];
    const total = inCount + hold + out;
    const found = phases();
    expect(found.map((phase) => phase.move)).toEqual(['in', 'hold', 'out']);
    expect(found.map((phase) => phase.share * total)).toEqual([
      expect.closeTo(inCount, 3),
      expect.closeTo(hold, 3),
      expect.closeTo(out, 3),
    ]);
  });

  it('takes one second a count, and stays still for a person who prefers reduced motion', () => {
    const total = guideCounts('en').reduce((sum, count) => sum + count, 0);
    const motion = css.match(/@media \(prefers-reduced-motion: no-preference\)\s*\{\s*\.breathe\s*\{([^}]*)\}/)?.[1];
    expect(motion).toMatch(new RegExp(`animation:\\s*breathe ${total}s `));
    // Outside that media query nothing animates the circle.
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\)\s*\{[^}]*\}\s*\}/, '');
    expect(outside).not.toMatch(/animation[^;]*breathe/);
  });
});
