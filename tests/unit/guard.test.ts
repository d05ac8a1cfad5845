// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { startGuard } from '@/utils/guard/guard';
import type { GuardState } from '@/utils/guard-state';

const state: GuardState = {
  v: 1,
  rules: [
    { id: 'a', host: 'example.org', scope: 'site', path: '/r/opiates', level: 'gentle' },
    { id: 'b', host: 'quiet.org', scope: 'site', level: 'gentle', quietUntil: 5_000 },
  ],
};

function page(start: string, read: () => Promise<GuardState | undefined> = async () => state) {
  let href = start;
  // A page of its own for each test. (happy-dom loads no frames, and says so on the console.)
  const doc = new DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  const guard = startGuard({
    readState: read,
    now: () => 1_000,
    href: () => href,
    frameUrl: (url) => `chrome-extension://id/overlay.html?u=${encodeURIComponent(url)}`,
    doc,
  });
  const onPage = () => doc.querySelectorAll('steady-guard').length;
  return { guard, doc, onPage, go: (url: string) => (href = url) };
}

describe('the guard on a flagged host', () => {
  it('covers the page before it reads the rules, without loading the warning yet', () => {
    const { guard, onPage } = page('https://example.org/r/opiates');
    expect(onPage()).toBe(1);
    expect(guard.frame).toBeUndefined();
  });

  it.each([
    ['a flagged path', 'https://example.org/r/opiates/new', true],
    ['another page of the host', 'https://example.org/', false],
    ['a site quieted until later', 'https://quiet.org/', false],
  ])('%s: warning %s', async (_, url, warns) => {
    const { guard, onPage } = page(url);
    await guard.check();
    expect(onPage()).toBe(warns ? 1 : 0);
    expect(guard.frame?.src.includes(encodeURIComponent(url)) ?? false).toBe(warns);
  });

  it('never loads the warning on a page that is not flagged', async () => {
    const { guard, doc } = page('https://example.org/');
    const frames: unknown[] = [];
    const seen = new MutationObserver(() => frames.push(...doc.querySelectorAll('iframe')));
    seen.observe(doc.documentElement, { childList: true, subtree: true });
    await guard.check();
    seen.disconnect();
    expect(frames).toEqual([]);
    expect(guard.covered).toBe(false);
  });

  it('warns when a single-page site moves into a flagged path, and once only per address', async () => {
    const { guard, onPage, go } = page('https://example.org/');
    await guard.check();
    go('https://example.org/r/opiates');
    await guard.check();
    const first = guard.frame;
    expect(onPage()).toBe(1);
    await guard.check();
    expect(guard.frame, 'the same warning stays').toBe(first);
    go('https://example.org/about');
    await guard.check();
    expect(onPage()).toBe(0);
  });

  it('covers a single-page move into a flagged path before the rules are read again', async () => {
    const { guard, onPage, go } = page('https://example.org/');
    await guard.check();
    expect(onPage()).toBe(0);
    go('https://example.org/r/opiates');
    const pending = guard.check();
    expect(onPage(), 'covered in the same task as the address change').toBe(1);
    await pending;
    expect(guard.frame).toBeDefined();
  });

  it('after the person continues, waits for the fresh rules (with the quiet time) before covering again', async () => {
    const { guard, onPage, go } = page('https://example.org/r/opiates');
    await guard.check();
    guard.dismiss();
    go('https://example.org/r/opiates/new');
    const pending = guard.check();
    expect(onPage(), 'no cover from rules read before the choice').toBe(0);
    await pending;
  });

  it('leaves the decision to the newer check when the address changed while reading', async () => {
    let release!: (s: GuardState) => void;
    const { guard, onPage, go } = page('https://example.org/r/opiates', () => new Promise((r) => (release = r)));
    const pending = guard.check();
    go('https://example.org/');
    release(state);
    await pending;
    expect(onPage(), 'still covered until the newer check').toBe(1);
    expect(guard.frame).toBeUndefined();
  });

  it('shows the warning if the rules cannot be read', async () => {
    const { guard } = page('https://example.org/', async () => {
      throw new Error('storage gone');
    });
    await guard.check();
    expect(guard.frame).toBeDefined();
  });

  it('lifts the warning when the person continues', async () => {
    const { guard, onPage } = page('https://example.org/r/opiates');
    await guard.check();
    guard.dismiss();
    expect(onPage()).toBe(0);
    expect(guard.covered).toBe(false);
  });
});
