// @vitest-environment happy-dom
import { cleanup, render, screen } from '@solidjs/testing-library';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { PhoneCode } from '@/components/PhoneCode';
import { reachLink } from '@/utils/reach-out/links';

afterEach(cleanup);

/**
 * The drawn code as pixels: the SVG's viewBox and the squares of its path, 4 pixels a module,
 * light where nothing is drawn. Then a decoder that knows nothing of Steady reads it.
 */
function decodeDrawn(svg: SVGSVGElement): string | undefined {
  const [left = 0, top = 0, side = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const scale = 4;
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, y] of d.matchAll(/M(-?\d+) (-?\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const at = (((Number(y) - top) * scale + dy) * width + (Number(x) - left) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
  }
  return jsQR(pixels, width, width)?.data;
}

const link = (channel: 'call' | 'text', address: string, message?: string) => {
  const made = reachLink(channel, address, message);
  if (!made.ok) throw new Error(made.problem);
  return made.href;
};

describe('the QR code beside the large number', () => {
  it.each([
    ['a call', 'call', '+12015550188', undefined],
    ['a text with the person’s message', 'text', '+12015550188', 'I’m having a hard time. Can you talk?'],
    ['a text in Spanish', 'text', '+525512345678', '¿Puedes hablar? Estoy pasando un momento difícil.'],
  ] as const)('decodes to the very link of %s', (_name, channel, address, message) => {
    const href = link(channel, address, message);
    render(() => <PhoneCode href={href} label="Scan to reach Sam" bareLabel="Bare" />);
    const svg = screen.getByRole('img', { name: 'Scan to reach Sam' }) as unknown as SVGSVGElement;
    expect(decodeDrawn(svg)).toBe(href);
  });

  it('a message too long for a code readable off a screen gives the code of the bare number, named so', () => {
    const href = link('text', '+12015550188', 'Ayuda, por favor. '.repeat(50));
    render(() => <PhoneCode href={href} label="With message" bareLabel="Bare" />);
    expect(screen.queryByRole('img', { name: 'With message' })).toBeNull();
    const svg = screen.getByRole('img', { name: 'Bare' }) as unknown as SVGSVGElement;
    expect(decodeDrawn(svg)).toBe('sms:+12015550188');
  });
});
