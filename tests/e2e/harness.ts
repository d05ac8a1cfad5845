import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The production build the tests load (built by `npm run build`); tests and benchmarks run from the repository's root. */
export const BUILD_DIR = resolve('.output/chrome-mv3');

/**
 * Hosts the test copy of the build is granted at install, because a permission prompt
 * cannot be clicked under automation. `example.net` is left out on purpose: flagging it
 * shows what happens when access is not given.
 */
export const GRANTED_TEST_HOSTS = ['*://example.org/*', '*://*.example.org/*', '*://127.0.0.1/*', '*://localhost/*'];

/** Chromium binaries Steady's tests can drive, in the order they are looked for. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/**
 * A browser for the tests: the binary the first set environment variable names, else the first
 * candidate that exists; else an error that says how to install one.
 */
export function findBrowser(
  name: string,
  envVars: readonly string[],
  candidates: readonly string[],
  debianPackage: string,
): string {
  const variable = envVars.find((v) => process.env[v]);
  const named = variable && process.env[variable];
  if (named) {
    if (!existsSync(named)) throw new Error(`${variable} points at ${named}, which does not exist.`);
    return named;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No ${name} found for the end-to-end tests. Install it with \`sudo apt-get install -y ${debianPackage}\` ` +
        `(Debian/Ubuntu), or set ${envVars[0]} to a ${name} binary.`,
    );
  }
  return found;
}

/** The Chromium to test with, or an error that says how to get one. */
export function findChromium(): string {
  return findBrowser('Chromium', ['STEADY_CHROMIUM', 'CHROME_PATH'], CHROMIUM_CANDIDATES, 'chromium');
}

/** Throws, saying how to make it, if the build in `dir` is missing. */
export function requireBuilt(dir: string = BUILD_DIR, command = 'npm run build'): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run \`${command}\` first.`);
}

/**
 * A copy of a production build (Chrome's unless `from` says otherwise) whose manifest grants the
 * test hosts (or the hosts given), with any other test-only change `edit` makes to it.
 */
export function testBuild(
  grant: readonly string[] = GRANTED_TEST_HOSTS,
  from = { dir: BUILD_DIR, command: 'npm run build' },
  edit: (manifest: Record<string, unknown>) => void = () => undefined,
): string {
  requireBuilt(from.dir, from.command);
  const dir = mkdtempSync(join(tmpdir(), 'steady-ext-'));
  cpSync(from.dir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = grant;
  edit(manifest);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface Recorded {
  method: string;
  url: string;
}

/**
 * One local server that is every web site in the tests: Chromium resolves every host to it
 * and sends every request through it as a proxy. It serves test pages and records each
 * request, so a test can see any request that was made.
 */
export class TestWeb {
  readonly requests: Recorded[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private pages = new Map<string, string>();

  constructor() {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connect', (req: IncomingMessage, socket: Socket) => {
      this.requests.push({ method: 'CONNECT', url: req.url ?? '' });
      socket.destroy();
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The address of a test page on a host, served by this server. */
  url(host: string, path = '/'): string {
    return `http://${host}:${this.port}${path}`;
  }

  /** Serves `html` at `path` on every host. */
  page(path: string, html: string): void {
    this.pages.set(path, html);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown'}`);
    this.requests.push({ method: req.method ?? 'GET', url: target.href });
    const html = this.pages.get(target.pathname) ?? defaultPage(target.pathname);
    if (target.pathname === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => this.server.close(() => done()));
  }
}

function defaultPage(path: string): string {
  return `<!doctype html><html><head><title>Test page</title></head><body><h1>Test page ${path}</h1><p>Page content.</p><a href="/other">Other</a></body></html>`;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  web: TestWeb;
  profile: string;
  close(): Promise<void>;
}

/** Chromium flags for a quiet, offline, headless run (TOOLCHAIN.md). */
export function chromiumArgs(extensionDir: string | undefined, port: number): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    `--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost`,
    `--proxy-server=http://127.0.0.1:${port}`,
    '--proxy-bypass-list=<-loopback>',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/** Launches Chromium without any extension, for side-by-side measurements. */
export async function launchPlain(web: TestWeb): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'steady-plain-')), {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(undefined, web.port),
  });
}

/**
 * Launches Chromium with Steady's test build loaded in a fresh (or given) profile, and waits
 * for its service worker.
 */
export async function launch(
  options: {
    web?: TestWeb;
    profile?: string;
    extensionDir?: string;
    language?: 'en' | 'es';
    /** The browser's locale (navigator.languages), with its region: `es-MX`. By default en-US or es-ES. */
    locale?: string;
    /** Forced colours (Windows high contrast) emulated in every page, in a tall window (forced-colours tests). */
    forcedColors?: boolean;
  } = {},
): Promise<Session> {
  const web = options.web ?? (await new TestWeb().start());
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'steady-profile-'));
  const extensionDir = options.extensionDir ?? testBuild();
  const language = options.language ?? 'en';
  const locale = options.locale ?? (language === 'es' ? 'es-ES' : 'en-US');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(extensionDir, web.port),
    // chrome.i18n follows the interface language, which on Linux comes from the environment.
    env: { ...process.env, LANGUAGE: language, LANG: `${locale.replace('-', '_')}.UTF-8` },
    locale,
    ...(options.forcedColors ? { forcedColors: 'active' as const, viewport: { width: 1024, height: 2400 } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    web,
    profile,
    async close() {
      await context.close();
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Opens one of Steady's pages (options, at a section such as `options.html#plan`, or the popup) as a tab. */
export async function openExtensionPage(
  session: Session,
  page: `options.html${'' | `#${string}`}` | 'popup.html',
): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`chrome-extension://${session.extensionId}/${page}`);
  return tab;
}

/** Stops Steady's service worker, as the browser does after ~30 s idle. The next event restarts it. */
export async function stopServiceWorker(session: Session): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The content-script matches Steady has registered, read from its service worker. */
export function registeredMatches(session: Pick<Session, 'worker'>): Promise<string[]> {
  return session.worker.evaluate(async () => {
    type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
    const { scripting } = (globalThis as unknown as { chrome: Api }).chrome;
    const scripts = await scripting.getRegisteredContentScripts();
    return scripts.flatMap((s) => s.matches ?? []).sort();
  });
}

/**
 * Script, run in a web page, that finds Steady's cover without knowing its name (it has none):
 * any element on <html> besides <head> and <body>.
 */
export const FIND_COVER = `[...document.documentElement.children].find((el) => el !== document.head && el !== document.body)`;

/** A page whose very first body element notes whether the cover was already there. */
export const COVER_PROBE = `<!doctype html><html><head><title>probe</title></head><body><script>
  document.title = ${FIND_COVER} ? 'covered' : 'bare';
</script><h1>Flagged content</h1></body></html>`;

/** The warning's frame on a page, once it is there. */
export async function warningFrame(page: Page, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/warning.html') && !f.isDetached());
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  return undefined;
}

/** Evaluates code in the service worker; its `chrome` is the extension's API. */
export function inWorker<T>(session: Session, fn: () => Promise<T> | T): Promise<T> {
  return session.worker.evaluate(fn);
}
