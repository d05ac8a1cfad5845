import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homepageUrl } from '../../wxt.config';

describe("the manifest's homepage_url, from package.json's homepage", () => {
  it.each([
    ['left out', undefined, {}],
    ['an https address', 'https://steady.example/', { homepage_url: 'https://steady.example/' }],
    ['an https address with a path', 'https://steady.example/help', { homepage_url: 'https://steady.example/help' }],
  ])('%s: %j', (_, homepage, manifest) => {
    expect(homepageUrl(homepage)).toEqual(manifest);
  });

  it.each([
    ['plain http', 'http://steady.example/'],
    ['a script', 'javascript:alert(1)'],
    ['a user name in it', 'https://someone:secret@steady.example/'],
    ['not an address', 'steady.example'],
    ['empty', ''],
    ['not text', 42],
  ])('%s stops the build with a message', (_, homepage) => {
    expect(() => homepageUrl(homepage)).toThrow('package.json "homepage" must be an https address');
  });

  it('package.json names no homepage yet, as the README says ("Building for review"): Steady has no public address', () => {
    const { homepage } = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: string };
    expect(homepage).toBeUndefined();
  });
});
