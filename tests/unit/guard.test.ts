// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { coverPage, HOST_STYLE, showFragment } from '@/utils/guard/cover';
import { startGuard } from '@/utils/guard/guard';
import { COVERED_BODY, COVERED_ROOT } from '@/utils/guard/hide-page';
import { addQuiet, asQuietTimes, type GuardState, type QuietTimes, withQuiet } from '@/utils/guard/state';
import { readWarningQuery, warningQuery } from '@/utils/guard/warning-params';

const state: GuardState = {
  v: 2,
  rules: [
    { id: 'a', host: 'example.org', scope: 'site', path: '/r/opiates', level: 'gentle', when: 'always' },
    { id: 'b', host: 'quiet.org', scope: 'site', level: 'gentle', when: 'always', quietUntil: 5_000 },
    { id: 'c', host: 'firm.org', scope: 'site', level: 'firm', when: 'always' },
  ],
  hardTime: { on: false, firmer: false },
  pauseSeconds: 9,
  quietMinutes: 15,
};

function page(
  start: string,
  read: () => Promise<GuardState | undefined> = async () => state,
  keepQuiet?: (ids: readonly string[], until: number) => void,
) {
  let href = start;
  let now = 1_000;
  let tokens = 0;
  // A page of its own for each test. (happy-dom loads no frames, and says so on the console.)
  const doc = new DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  const guard = startGuard({
    readState: read,
    now: () => now,
    href: () => href,
    canGoBack: () => true,
    token: () => `token-${++tokens}`,
    frameUrl: (params) => `chrome-extension://id/warning.html?${warningQuery(params)}`,
    ...(keepQuiet ? { keepQuiet } : {}),
    doc,
  });
  /** Elements Steady put on the page (anything on <html> besides head and body). */
  const onPage = () => [...doc.documentElement.children].filter((el) => el !== doc.head && el !== doc.body).length;
  const shown = () => (guard.frame ? readWarningQuery(new URL(guard.frame.src).search) : undefined);
  return { guard, doc, onPage, shown, go: (url: string) => (href = url), later: (ms: number) => (now += ms) };
}

describe('the guard on a flagged host', () => {
  it('covers the page before it reads the rules, without loading the warning yet', () => {
    const { guard, onPage } = page('https://example.org/r/opiates');
    expect(onPage()).toBe(1);
    expect(guard.frame).toBeUndefined();
  });

  it('names nothing: the cover is a plain element with no attribute but its style', () => {
    const { doc } = page('https://example.org/r/opiates');
    const host = doc.documentElement.lastElementChild as HTMLElement;
    expect(host.tagName).toBe('DIV');
    expect(host.getAttributeNames()).toEqual(['style']);
    expect(host.shadowRoot).toBeNull();
  });

  it.each([
    ['a flagged path', 'https://example.org/r/opiates/new', true],
    ['another page of the host', 'https://example.org/', false],
    ['a site quieted until later', 'https://quiet.org/', false],
  ])('%s: warning %s', async (_, url, warns) => {
    const { guard, onPage, shown } = page(url);
    await guard.check();
    expect(onPage()).toBe(warns ? 1 : 0);
    expect(shown()?.url).toBe(warns ? url : undefined);
  });

  it('tells the warning page the level, the pause, a fresh token and whether the tab can go back', async () => {
    const { guard, shown } = page('https://firm.org/');
    await guard.check();
    expect(shown()).toEqual({
      url: 'https://firm.org/',
      canGoBack: true,
      token: 'token-1',
      level: 'firm',
      pauseSeconds: 9,
    });
  });

  it('never loads the warning on a page that is not flagged, and leaves nothing behind', async () => {
    const { guard, doc, onPage } = page('https://example.org/');
    const frames: unknown[] = [];
    const seen = new MutationObserver(() => frames.push(...doc.querySelectorAll('iframe')));
    seen.observe(doc.documentElement, { childList: true, subtree: true });
    await guard.check();
    seen.disconnect();
    expect(frames).toEqual([]);
    expect(guard.covered).toBe(false);
    expect(onPage()).toBe(0);
    expect(doc.documentElement.getAttributeNames()).toEqual([]);
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

  it.each([
    ['a hash', 'https://example.org/r/opiates#replies'],
    ['a query', 'https://example.org/r/opiates?sort=new'],
    ['pushState or replaceState within the rule', 'https://example.org/r/opiates/thread/1'],
  ])('an address change within a warned page keeps the warning on screen: %s', async (_name, next) => {
    const { guard, go, shown } = page('https://example.org/r/opiates');
    await guard.check();
    const first = guard.frame;
    go(next);
    await guard.check();
    expect(guard.frame, 'the same frame: its timer, its note, its one record').toBe(first);
    expect(shown()?.token).toBe('token-1');
    expect(guard.continueFrom('token-1'), 'and its continue still lifts').toBe(true);
  });

  it.each([
    ['another rule', 'https://example.org/r/heroin', 'gentle'],
    ['another level', 'https://example.org/r/opiates/firm', 'firm'],
  ])('a move to %s shows a new warning', async (_name, next, level) => {
    const rules: GuardState['rules'] = [
      ...state.rules,
      { id: 'h', host: 'example.org', scope: 'site', path: '/r/heroin', level: 'gentle', when: 'always' },
      { id: 'f', host: 'example.org', scope: 'site', path: '/r/opiates/firm', level: 'firm', when: 'always' },
    ];
    const { guard, go, shown } = page('https://example.org/r/opiates', async () => ({ ...state, rules }));
    await guard.check();
    const first = guard.frame;
    go(next);
    await guard.check();
    expect(guard.frame).not.toBe(first);
    expect(shown()).toMatchObject({ url: next, level, token: 'token-2' });
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

  it('shows the warning, level unknown, if the rules cannot be read', async () => {
    const { guard, shown } = page('https://example.org/', async () => {
      throw new Error('storage gone');
    });
    await guard.check();
    expect(guard.frame).toBeDefined();
    expect(shown()?.level).toBeUndefined();
  });
});

describe('continue', () => {
  it('lifts the warning for its own token, and quiets the page’s rules here until the quiet time ends', async () => {
    const { guard, onPage, go, later } = page('https://example.org/r/opiates');
    await guard.check();
    expect(guard.continueFrom('token-1')).toBe(true);
    expect(onPage()).toBe(0);
    // A single-page move inside the path, before the stored copy has the quiet time: still quiet.
    go('https://example.org/r/opiates/new');
    await guard.check();
    expect(onPage()).toBe(0);
    later(15 * 60_000);
    go('https://example.org/r/opiates/later');
    await guard.check();
    expect(onPage(), 'the warning returns when the quiet time is over').toBe(1);
  });

  it('keeps the quiet time for the site’s next pages, before the background has stored it', async () => {
    // storage.local as the guard sees it: the background's copy (no quiet time yet) and the guard's own.
    let stored: unknown;
    const first = page('https://example.org/r/opiates', undefined, (ids, until) => {
      stored = addQuiet(asQuietTimes(stored), ids, until, 1_000);
    });
    await first.guard.check();
    expect(first.guard.continueFrom('token-1')).toBe(true);
    expect(stored).toEqual({ a: 1_000 + 15 * 60_000 });
    const next = page('https://example.org/r/opiates/next', async () => withQuiet(state, asQuietTimes(stored), 1_000));
    await next.guard.check();
    expect(next.onPage(), 'the next page of the site stays quiet').toBe(0);
    const elsewhere = page('https://firm.org/', async () => withQuiet(state, asQuietTimes(stored), 1_000));
    await elsewhere.guard.check();
    expect(elsewhere.onPage(), 'other rules still warn').toBe(1);
  });

  it.each<[string, QuietTimes, QuietTimes]>([
    ['adds a quiet time', {}, { a: 2_000 }],
    ['drops the ones already over', { old: 500, b: 1_500 }, { b: 1_500, a: 2_000 }],
    ['never shortens a longer one', { a: 9_000 }, { a: 9_000 }],
  ])('the guard’s own quiet times: %s', (_name, before, after) => {
    expect(addQuiet(before, ['a'], 2_000, 1_000)).toEqual(after);
  });

  it.each<[unknown, QuietTimes]>([
    [null, {}],
    ['x', {}],
    [{ a: 'soon', b: Number.NaN, c: 5 }, { c: 5 }],
  ])('reads only numbers from stored quiet times (%j)', (value, read) => {
    expect(asQuietTimes(value)).toEqual(read);
  });

  it('a late continue from an earlier warning (before a single-page move) lifts nothing', async () => {
    const { guard, onPage, go } = page('https://example.org/r/opiates');
    await guard.check();
    go('https://example.org/');
    await guard.check();
    go('https://example.org/r/opiates/other');
    await guard.check();
    expect(guard.continueFrom('token-1')).toBe(false);
    expect(onPage()).toBe(1);
    expect(guard.continueFrom('token-2')).toBe(true);
  });

  it.each([
    ['a wrong token', 'nope'],
    ['no token', ''],
  ])('%s lifts nothing', async (_name, token) => {
    const { guard, onPage } = page('https://example.org/r/opiates');
    await guard.check();
    expect(guard.continueFrom(token)).toBe(false);
    expect(onPage()).toBe(1);
  });

  it('never lifts a firm warning', async () => {
    const { guard, onPage } = page('https://firm.org/');
    await guard.check();
    expect(guard.continueFrom('token-1')).toBe(false);
    expect(onPage()).toBe(1);
  });
});

describe('a check asked for by the warning page', () => {
  it('reads the rules again and decides (here: the rule is gone, the cover lifts)', async () => {
    let current: GuardState = state;
    const { guard, onPage } = page('https://example.org/r/opiates', async () => current);
    await guard.check();
    current = { ...state, rules: [] };
    await guard.recheck('token-2');
    expect(onPage(), 'not for another warning').toBe(1);
    await guard.recheck('token-1');
    expect(onPage()).toBe(0);
  });
});

describe('a page that works against the cover', () => {
  it('puts the cover back when the page takes it off, and its style when the page changes it', async () => {
    const { guard, doc, onPage } = page('https://example.org/r/opiates');
    await guard.check();
    const host = doc.documentElement.lastElementChild as HTMLElement;
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onPage()).toBe(1);
    host.setAttribute('style', 'display:none');
    host.setAttribute('data-x', '1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.getAttribute('style')).toContain('display:block!important');
    expect(host.hasAttribute('data-x')).toBe(false);
  });

  it('shows a fresh warning when the page navigates the warning frame elsewhere', async () => {
    const { guard, shown } = page('https://example.org/r/opiates');
    await guard.check();
    const first = guard.frame;
    first?.dispatchEvent(new Event('load'));
    expect(guard.frame, 'its own first load changes nothing').toBe(first);
    first?.dispatchEvent(new Event('load'));
    expect(guard.frame).not.toBe(first);
    expect(shown()?.token).toBe('token-2');
    // The same warning shown again in place: a Continue pressed in it a moment before still counts.
    expect(guard.continueFrom('token-1')).toBe(true);
    expect(guard.covered).toBe(false);
  });

  it('keeps only the latest few tokens of a warning the page keeps moving', async () => {
    const { guard } = page('https://example.org/r/opiates');
    await guard.check();
    for (let i = 0; i < 20; i++) {
      guard.frame?.dispatchEvent(new Event('load'));
      guard.frame?.dispatchEvent(new Event('load'));
    }
    expect(guard.continueFrom('token-1'), 'the first, long gone').toBe(false);
    expect(guard.continueFrom('token-20')).toBe(true);
  });

  it('a frame put back on a new <html> loads its own warning again, and that is no move', async () => {
    const { guard, doc } = page('https://example.org/r/opiates');
    await guard.check();
    const first = guard.frame;
    first?.dispatchEvent(new Event('load'));
    const html = doc.createElement('html');
    doc.documentElement.remove();
    doc.append(html);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first?.isConnected, 'on the new <html>').toBe(true);
    first?.dispatchEvent(new Event('load'));
    expect(guard.frame, 'the same warning').toBe(first);
    first?.dispatchEvent(new Event('load'));
    expect(guard.frame, 'a load after that is a move').not.toBe(first);
  });

  it('after a move to another rule, a Continue from the first warning lifts nothing', async () => {
    const rules: GuardState['rules'] = [
      ...state.rules,
      { id: 'h', host: 'example.org', scope: 'site', path: '/r/heroin', level: 'gentle', when: 'always' },
    ];
    const { guard, go } = page('https://example.org/r/opiates', async () => ({ ...state, rules }));
    await guard.check();
    go('https://example.org/r/heroin');
    await guard.check();
    expect(guard.continueFrom('token-1')).toBe(false);
    expect(guard.continueFrom('token-2')).toBe(true);
  });
});

describe('the page underneath while the cover is up (utils/guard/hide-page.ts)', () => {
  const page = (html = '<html><head></head><body><h1>Forum</h1></body></html>') =>
    new DOMParser().parseFromString(`<!doctype html>${html}`, 'text/html');
  /** Steady's properties as set on the page's <html> or <body>: name, value, priority. */
  const declared = (element: HTMLElement) =>
    (element.localName === 'html' ? COVERED_ROOT : COVERED_BODY)
      .map(([property]) => [
        property,
        element.style.getPropertyValue(property),
        element.style.getPropertyPriority(property),
      ])
      .filter(([, value]) => value !== '');
  /** What a page reads of its own <html> and <body>: their style attributes, exactly. */
  const attributes = (doc: Document) => [doc.documentElement.getAttribute('style'), doc.body?.getAttribute('style')];

  it('says what it does: the page is not rendered, keeps a height for the browser to scroll in, shows no scroll bar', () => {
    expect(COVERED_ROOT).toEqual([['overflow', 'hidden']]);
    expect(COVERED_BODY).toEqual([
      ['content-visibility', 'hidden'],
      ['contain-intrinsic-block-size', '1000000px'],
    ]);
  });

  it.each([
    ['no style at all', '<html><head></head><body><h1>Forum</h1></body></html>'],
    [
      'styles of their own, as written',
      '<html style="color:red"><head></head><body style="margin: 0 ;overflow:auto"></body></html>',
    ],
    [
      'the same properties, set by the page',
      '<html style="overflow: scroll"><head></head><body style="content-visibility: auto !important"></body></html>',
    ],
  ])('hides <html> and <body> while covered, and gives back exactly what they had: %s', (_case, html) => {
    const doc = page(html);
    const before = attributes(doc);
    const cover = coverPage(doc);
    expect(declared(doc.documentElement)).toEqual([['overflow', 'hidden', 'important']]);
    expect(declared(doc.body)).toEqual([
      ['content-visibility', 'hidden', 'important'],
      ['contain-intrinsic-block-size', '1000000px', 'important'],
    ]);
    cover.remove();
    expect(attributes(doc), 'to the letter').toEqual(before);
  });

  it('keeps the page’s own changes made while covered, and takes back only its own', () => {
    const doc = page();
    const cover = coverPage(doc);
    doc.body.style.setProperty('color', 'blue');
    cover.remove();
    expect(doc.body.getAttribute('style')).toBe('color: blue;');
    expect(doc.documentElement.hasAttribute('style')).toBe(false);
  });

  it('hides a <body> that comes after the cover (document_start), and one the page puts in its place', async () => {
    const doc = new DOMParser().parseFromString('<!doctype html><html></html>', 'text/html');
    doc.body.remove();
    const cover = coverPage(doc);
    const body = doc.createElement('body');
    doc.documentElement.append(body);
    await Promise.resolve();
    expect(declared(body)).toHaveLength(2);
    const replacement = doc.createElement('body');
    body.replaceWith(replacement);
    await Promise.resolve();
    expect(declared(replacement), 'the new body').toHaveLength(2);
    expect(body.hasAttribute('style'), 'the old one as it was').toBe(false);
    cover.remove();
    expect(replacement.hasAttribute('style')).toBe(false);
  });

  it('puts it back when the page takes it off while covered', async () => {
    const doc = page();
    const cover = coverPage(doc);
    doc.body.removeAttribute('style');
    doc.documentElement.style.overflow = 'visible';
    await Promise.resolve();
    expect(declared(doc.body)).toHaveLength(2);
    expect(declared(doc.documentElement)).toEqual([['overflow', 'hidden', 'important']]);
    cover.remove();
  });

  it('replacing <html> does not lift the cover', async () => {
    const doc = page();
    const cover = coverPage(doc);
    const html = doc.createElement('html');
    html.append(doc.createElement('body'));
    doc.documentElement.remove();
    doc.append(html);
    await Promise.resolve();
    const host = [...doc.documentElement.children].find((child) => child.getAttribute('style') === HOST_STYLE);
    expect(host, 'the cover is on the new <html>').toBeDefined();
    expect(declared(doc.documentElement)).toHaveLength(1);
    expect(declared(doc.body)).toHaveLength(2);
    cover.remove();
    expect(attributes(doc)).toEqual([null, null]);
  });

  it('a page that forges the cover changes nothing: no stylesheet, no rule it could match', () => {
    const doc = page();
    const forged = doc.createElement('div');
    forged.setAttribute('style', HOST_STYLE);
    doc.documentElement.append(forged);
    expect(attributes(doc)).toEqual([null, null]);
    expect(existsSync('entrypoints/cover.css'), 'no stylesheet is injected with the guard').toBe(false);
  });
});

describe('the part of the page its address names, once the cover is off', () => {
  const PAGE = `<!doctype html><html><head><meta name="about"></head><body>
    <h2 id="intro">Intro</h2><h2 id="día 2">Día 2</h2><a name="old"></a><input name="field"></body></html>`;
  /** Which element showFragment scrolls to, for a hash and the page's scroll position. */
  function scrolledTo(hash: string, scroll = { x: 0, y: 0 }): string | undefined {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    Object.defineProperty(doc, 'defaultView', { value: { location: { hash }, scrollX: scroll.x, scrollY: scroll.y } });
    let target: string | undefined;
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      target = this.id || (this.getAttribute('name') ?? '');
    });
    showFragment(doc);
    spy.mockRestore();
    return target;
  }

  it.each([
    ['#intro', undefined, 'intro'],
    ['#d%C3%ADa%202', undefined, 'día 2'],
    ['#old', undefined, 'old'],
    ['#%E0%A4%A', undefined, undefined], // not percent-encoded text, and no such id
    ['#field', undefined, undefined], // a form field's name is not a place in the page
    ['#about', undefined, undefined],
    ['#missing', undefined, undefined],
    ['#', undefined, undefined],
    ['', undefined, undefined],
    ['#intro', { x: 0, y: 40 }, undefined], // the page scrolled itself: leave it where it is
    ['#intro', { x: 10, y: 0 }, undefined],
  ])('hash %j, scrolled %j: scrolls to %j', (hash, scroll, expected) => {
    expect(scrolledTo(hash, scroll)).toBe(expected);
  });
});
