import { decode, encode } from 'fast-png';
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { contextOf } from './firefox';

/**
 * What a page shows, read the same way in both browsers and, in Firefox, without any script in
 * Steady's pages (Firefox 140 refuses it there): each control's own pixels, what has focus, and
 * the whole document (text, attributes, shadow trees) as the browser serializes it over WebDriver
 * BiDi (browsingContext.locateNodes with `maxDomDepth: null`).
 */

/** One control as it is drawn: its name (for a message), its classes and a PNG of its border box. */
export interface ControlShot {
  name: string;
  classes: string;
  /** A disabled control is drawn in GrayText, and WCAG asks no contrast of it. */
  disabled: boolean;
  png: Uint8Array;
}

/** What has focus: a name for a message, and a PNG of its border box (its size), if it has one. */
export interface Focused {
  name: string;
  png?: Uint8Array;
}

/**
 * Firefox's own high contrast mode, always on (`@media (forced-colors: active)` matches), in the
 * colours of Windows' "High Contrast White" theme: black on white, controls' edges black, selection
 * and focus in dark purple. (Left to the system on Linux, Highlight is #3399ff, 2.96:1 on white,
 * and ButtonBorder #8f8f9d, whose smoothed curves fall under 3:1.)
 */
export const FORCED_PREFS = {
  'browser.display.document_color_use': 2,
  'browser.display.permit_backplate': true,
  'browser.display.foreground_color': '#000000',
  'browser.display.background_color': '#ffffff',
  'ui.highlight': '#37006e',
  'ui.highlighttext': '#ffffff',
  'ui.buttonborder': '#000000',
};

// Chromium ---------------------------------------------------------------------------------------

/**
 * Each control with this role in `scope` (the page, or a frame in it: the check-in), cut from one
 * screenshot of the page (or of the window, for a frame) to its box (rounded out): quicker than one each.
 */
export async function chromiumControlShots(
  page: PlaywrightPage,
  role: string,
  scope: PlaywrightPage | PlaywrightFrame = page,
): Promise<ControlShot[]> {
  type Role = Parameters<PlaywrightPage['getByRole']>[0];
  // A frame's controls are where the window shows them (a web page may run on far below).
  const whole = decode(await page.screenshot({ fullPage: scope === page }));
  const shots: ControlShot[] = [];
  for (const control of await scope.getByRole(role as Role).all()) {
    const box = await control.boundingBox();
    if (!box || box.width < 1 || box.height < 1) continue;
    const [name, classes, disabled] = await control.evaluate((element) => [
      element.getAttribute('aria-label') ?? (element.id || element.textContent?.trim().slice(0, 40)) ?? '',
      element.getAttribute('class') ?? '',
      element.matches(':disabled') ? 'disabled' : '',
    ]);
    const [x, y] = [Math.floor(box.x), Math.floor(box.y)];
    const [width, height] = [Math.ceil(box.x + box.width) - x, Math.ceil(box.y + box.height) - y];
    if (x < 0 || y < 0 || x + width > whole.width || y + height > whole.height) continue;
    const c = whole.channels;
    const data = new Uint8Array(width * height * c);
    for (let row = 0; row < height; row++) {
      const from = ((y + row) * whole.width + x) * c;
      data.set((whole.data as Uint8Array).subarray(from, from + width * c), row * width * c);
    }
    const png = encode({ width, height, data, channels: c, depth: 8 });
    shots.push({ name: name ?? '', classes: classes ?? '', disabled: Boolean(disabled), png });
  }
  return shots;
}

/** What has focus in `scope` (a page, or a frame: the check-in). */
export async function chromiumFocused(scope: PlaywrightPage | PlaywrightFrame): Promise<Focused> {
  const focused = scope.locator(':focus');
  if ((await focused.count()) === 0) return { name: 'nothing' };
  const name = await focused.evaluate(
    (element) =>
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? (element.id || element.textContent?.trim()) ?? '').slice(0, 40)}"`,
  );
  return { name, png: await focused.screenshot() };
}

/** Everything a page could show or hand to a screen reader: its text (hidden parts too), its controls' values, its attributes. */
export function chromiumDomText(page: PlaywrightPage): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map(
      (control) => (control as HTMLInputElement).value,
    );
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    return [document.documentElement.textContent ?? '', ...values, ...attributes].join('\n');
  });
}

// Firefox ----------------------------------------------------------------------------------------

/** A node as WebDriver BiDi serializes it. */
interface BidiNode {
  sharedId?: string;
  value?: {
    nodeType?: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

/** A page, or a frame in one (the check-in in a web page): each is a BiDi browsing context of its own. */
type Scope = PuppeteerPage | PuppeteerFrame;

/** Sends one WebDriver BiDi command for a page or frame, through puppeteer-core's own session (its internal BrowsingContext). */
function bidi(scope: Scope) {
  const context = contextOf(scope);
  return {
    id: context.id,
    send: <T>(method: string, params: object) =>
      context.userContext.browser.session.send(method, params) as Promise<{ result: T }>,
  };
}

async function nodes(page: Scope, css: string, deep = false): Promise<BidiNode[]> {
  const { id, send } = bidi(page);
  const serializationOptions = deep ? { maxDomDepth: null, includeShadowTree: 'all' } : undefined;
  const { result } = await send<{ nodes: BidiNode[] }>('browsingContext.locateNodes', {
    context: id,
    locator: { type: 'css', value: css },
    serializationOptions,
  });
  return result.nodes;
}

/** Every piece of text in a serialized node: text and comments, attribute values, its shadow tree. */
function textOf(node: BidiNode | null | undefined): string[] {
  if (!node?.value) return [];
  return [
    ...(node.value.nodeValue ? [node.value.nodeValue] : []),
    ...Object.values(node.value.attributes ?? {}),
    ...(node.value.children ?? []).flatMap(textOf),
    ...textOf(node.value.shadowRoot),
  ];
}

/** A PNG of a node's border box, wherever it is on the page; undefined for a node not drawn. */
async function nodeShot(page: Scope, sharedId: string): Promise<Uint8Array | undefined> {
  const { id, send } = bidi(page);
  try {
    const { result } = await send<{ data: string }>('browsingContext.captureScreenshot', {
      context: id,
      origin: 'document',
      clip: { type: 'element', element: { sharedId } },
    });
    return Buffer.from(result.data, 'base64');
  } catch (error) {
    // Firefox: "unable to capture screenshot" for an element with no box (not drawn).
    if (String(error).includes('screenshot')) return undefined;
    throw error;
  }
}

/** A node's own text, without its attributes (for a message). */
const wordsOf = (node: BidiNode | undefined): string =>
  [node?.value?.nodeType === 3 ? (node.value.nodeValue ?? '') : '', ...(node?.value?.children ?? []).map(wordsOf)]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const described = (node: BidiNode) => {
  const { localName = '?', attributes = {} } = node.value ?? {};
  return `${localName} "${(attributes['aria-label'] ?? attributes.id ?? wordsOf(node)).slice(0, 40)}"`;
};

export async function firefoxControlShots(page: Scope, role: string): Promise<ControlShot[]> {
  const { id, send } = bidi(page);
  const { result } = await send<{ nodes: BidiNode[] }>('browsingContext.locateNodes', {
    context: id,
    locator: { type: 'accessibility', value: { role } },
    serializationOptions: { maxDomDepth: null },
  });
  const shots: ControlShot[] = [];
  for (const node of result.nodes) {
    const png = node.sharedId ? await nodeShot(page, node.sharedId) : undefined;
    const attributes = node.value?.attributes ?? {};
    if (png)
      shots.push({ name: described(node), classes: attributes.class ?? '', disabled: 'disabled' in attributes, png });
  }
  return shots;
}

export async function firefoxFocused(page: Scope): Promise<Focused> {
  const [node] = await nodes(page, ':focus', true);
  if (!node?.sharedId) return { name: 'nothing' };
  return { name: described(node), png: await nodeShot(page, node.sharedId) };
}

/** A screenshot of the whole page, below the window too. */
export async function firefoxPageShot(page: PuppeteerPage): Promise<Uint8Array> {
  const { id, send } = bidi(page);
  const { result } = await send<{ data: string }>('browsingContext.captureScreenshot', {
    context: id,
    origin: 'document',
  });
  return Buffer.from(result.data, 'base64');
}

/** The whole document as Firefox serializes it to automation: text, attributes and shadow trees (no script in the page). */
export async function firefoxDomText(page: PuppeteerPage): Promise<string> {
  const [root] = await nodes(page, 'html', true);
  if (!root) throw new Error('The page has no document to read');
  return textOf(root).join('\n');
}
