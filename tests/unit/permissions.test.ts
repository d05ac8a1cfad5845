import { describe, expect, it } from 'vitest';
import { overlaps } from '@/utils/permissions';

describe('whether giving back one host access could take another with it', () => {
  it.each([
    ['*://*.google.com/*', '*://www.google.com/*', true],
    ['*://*.google.com/*', '*://google.com/*', true],
    ['*://*.google.com/*', '*://*.mail.google.com/*', true],
    ['*://www.google.com/*', '*://www.google.com/*', true],
    ['*://google.com/*', '*://www.google.com/*', false],
    ['*://*.google.com/*', '*://notgoogle.com/*', false],
    ['*://*.google.com/*', '*://google.com.mx/*', false],
    ['*://www.bing.com/*', '*://www.google.com/*', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a), 'either way round').toBe(expected);
  });
});
