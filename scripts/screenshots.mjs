#!/usr/bin/env node
/**
 * `npm run screenshots`: the store's images, made from the real Chromium build (`npm run build`
 * first) with made-up sample data: five 1280×800 screenshots (the check-in on a site, the popup,
 * the plan, the people, insights) and the 440×280 small tile, in English and Spanish, into
 * store/<language>/. STORE.md lists them; tests/e2e/store-listing.e2e.ts checks their sizes.
 *
 * The trigger site, the people and the plan are entered through Steady's own pages, as a person
 * does; the weeks of urges behind insights are written into Steady's database from one of its own
 * pages (a person cannot log an urge in the past). No real person's data, and nothing goes to the
 * network: every host is a local server, as in the end-to-end tests.
 *
 * `node scripts/screenshots.mjs es` makes one language only.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BUILD = resolve('.output/chrome-mv3');
const OUT = resolve('store');
const LANGUAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'es'];
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };

/** The words around the images (store copy, not Steady's own: those come from the build's messages). */
const CAPTIONS = {
  en: {
    popup: 'Your people, your plan and the crisis lines, one click away.',
    tile: 'A quiet companion for recovery',
    site: 'A calm forum',
  },
  es: {
    popup: 'Tu gente, tu plan y las líneas de crisis, a un clic.',
    tile: 'Compañía tranquila en tu recuperación',
    site: 'Un foro tranquilo',
  },
};

/** Made-up sample data, kind and plain, in each language. */
const SAMPLE = {
  en: {
    people: [
      { name: 'Sam', relation: 'my sister', call: '(201) 555-0123' },
      { name: 'Ana', relation: 'my sponsor', email: 'ana@example.org' },
    ],
    plan: {
      reasons: ['Being there for Maya’s recital in June', 'Waking up with a clear head'],
      triggers: ['Payday evenings', 'Being alone after a long shift'],
      coping: ['Walk around the block, slowly', 'Cold water on my face, then call Sam', 'Eat something warm'],
      distractions: ['The Tuesday group at the library', 'Guitar, even badly'],
    },
  },
  es: {
    people: [
      { name: 'Sam', relation: 'mi hermana', call: '(201) 555-0123' },
      { name: 'Ana', relation: 'mi madrina', email: 'ana@example.org' },
    ],
    plan: {
      reasons: ['Estar en el recital de Maya en junio', 'Despertar con la cabeza clara'],
      triggers: ['Las tardes de día de pago', 'Estar a solas después de un turno largo'],
      coping: [
        'Dar una vuelta a la manzana, despacio',
        'Agua fría en la cara y luego llamar a Sam',
        'Comer algo caliente',
      ],
      distractions: ['El grupo de los martes en la biblioteca', 'La guitarra, aunque toque mal'],
    },
  },
};

const findChromium = () => {
  const named = process.env.STEADY_CHROMIUM ?? process.env.CHROME_PATH;
  const found = [named, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  if (!found)
    throw new Error('No Chromium found: install Debian’s chromium and chromium-l10n, or set STEADY_CHROMIUM.');
  return found;
};

/** Steady's messages in a language, as the build has them; `t('plan.save')`. */
function messages(language) {
  const all = JSON.parse(readFileSync(join(BUILD, '_locales', language, 'messages.json'), 'utf8'));
  return (key, ...subs) => {
    const entry = all[key.replaceAll('.', '_')];
    if (!entry) throw new Error(`No message ${key} in ${language}`);
    return entry.message.replace(/\$([1-9])/g, (_, n) => String(subs[Number(n) - 1] ?? ''));
  };
}

/** Every web site is this local server: a calm, made-up forum page. */
async function startWeb(language) {
  const page = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${CAPTIONS[language].site}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0;background:#f4f1ea;color:#333}header{background:#56606b;color:#fff;padding:18px 40px;font-size:22px}
main{padding:30px 40px}article{background:#fff;border-radius:8px;padding:16px 20px;margin:0 0 14px;max-width:760px}</style></head>
<body><header>${CAPTIONS[language].site}</header><main>${'<article><h2>…</h2><p>…</p></article>'.repeat(6)}</main></body></html>`;
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/favicon.ico')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  server.on('connect', (_req, socket) => socket.destroy());
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** A copy of the build that is granted the sample site (a permission prompt cannot be clicked under automation). */
function grantedBuild() {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`No build at ${BUILD}: run \`npm run build\` first.`);
  const dir = mkdtempSync(join(tmpdir(), 'steady-shots-ext-'));
  cpSync(BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['*://example.org/*', '*://*.example.org/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Weeks of made-up urges and check-ins, so insights has patterns to show (its thresholds need them). */
function sampleHistory(now) {
  const day = 86_400_000;
  const urges = [];
  const events = [];
  for (let i = 0; i < 34; i++) {
    const daysAgo = 1 + ((i * 11) % 40);
    const at = new Date(now - daysAgo * day);
    // Mostly evenings, a few mornings: the heatmap has something to say.
    at.setHours(i % 4 === 0 ? 8 : 20 + (i % 3), (i * 17) % 60, 0, 0);
    const strength = Math.max(2, 8 - Math.floor(daysAgo / 8) + (i % 3));
    urges.push({
      id: `sample-urge-${i}`,
      at: at.getTime(),
      strength,
      strengthAfter: Math.max(0, strength - 4),
      rodeSeconds: 300 + (i % 5) * 60,
      triggers: [['tired'], ['lonely'], ['tired', 'hungry'], ['Payday evenings']][i % 4],
      outcome: i % 3 === 0 ? 'reached-out' : 'rode-it-out',
      createdAt: at.getTime(),
      updatedAt: at.getTime(),
    });
  }
  for (let i = 0; i < 12; i++) {
    const at = now - (2 + i * 3) * day;
    for (const choice of ['shown', i % 4 === 0 ? 'continue' : 'leave']) {
      events.push({
        id: `sample-event-${i}-${choice}`,
        at,
        siteId: 'x',
        host: 'example.org',
        choice,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return { urges, events };
}

async function shoot(language) {
  const t = messages(language);
  const web = await startWeb(language);
  const port = web.address().port;
  const profile = mkdtempSync(join(tmpdir(), 'steady-shots-profile-'));
  const extension = grantedBuild();
  const locale = language === 'es' ? 'es-MX' : 'en-US';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: SCREEN,
    deviceScaleFactor: 1,
    locale,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // chrome.i18n follows the interface language, which on Linux comes from the environment.
    env: { ...process.env, LANGUAGE: language, LANG: `${locale.replace('-', '_')}.UTF-8` },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--hide-scrollbars',
      `--lang=${language}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      `--proxy-server=http://127.0.0.1:${port}`,
      '--proxy-bypass-list=<-loopback>',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const out = join(OUT, language);
  mkdirSync(out, { recursive: true });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const sample = SAMPLE[language];

    // The trigger site, the people and the plan, through the options page.
    const options = await context.newPage();
    await options.goto(`${base}/options.html#sites`);
    await options.getByRole('textbox', { name: t('sites.inputLabel'), exact: true }).fill('example.org');
    await options.getByRole('button', { name: t('sites.add') }).click();
    await options.getByText(t('sites.added', 'example.org')).waitFor();

    await options.goto(`${base}/options.html#people`);
    for (const person of sample.people) {
      const form = options.getByRole('form', { name: t('people.addHeading') });
      await form.getByRole('textbox', { name: t('people.name'), exact: true }).fill(person.name);
      await form.getByRole('textbox', { name: t('people.relation'), exact: true }).fill(person.relation);
      for (const way of ['call', 'email']) {
        if (person[way]) {
          await form.getByRole('textbox', { name: t(`people.ways.${way}`), exact: true }).fill(person[way]);
        }
      }
      await form.getByRole('button', { name: t('people.save') }).click();
      await options.getByText(t('people.saved', person.name)).waitFor();
    }

    await options.goto(`${base}/options.html#plan`);
    for (const [section, lines] of Object.entries(sample.plan)) {
      await options.getByRole('textbox', { name: t(`plan.sections.${section}`), exact: true }).fill(lines.join('\n'));
    }
    await options.getByRole('button', { name: t('plan.save') }).click();
    await options.getByText(t('plan.saved')).waitFor();

    // Weeks of urges and check-ins behind insights, written from one of Steady's own pages.
    const { urges, events } = sampleHistory(Date.now());
    await options.evaluate(
      (stores) =>
        new Promise((done, fail) => {
          const open = indexedDB.open('steady');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const siteTx = db.transaction('sites', 'readonly').objectStore('sites').getAll();
            siteTx.onsuccess = () => {
              const siteId = siteTx.result[0]?.id ?? 'x';
              const tx = db.transaction(['urges', 'events'], 'readwrite');
              for (const urge of stores.urges) tx.objectStore('urges').put(urge);
              for (const event of stores.events) tx.objectStore('events').put({ ...event, siteId });
              tx.oncomplete = () => {
                db.close();
                done(undefined);
              };
              tx.onerror = () => fail(tx.error);
            };
          };
        }),
      { urges, events },
    );

    // 1. The check-in on the sample site.
    const site = await context.newPage();
    await site.goto(`http://forum.example.org:${port}/`);
    const frame = await waitForFrame(site, '/warning.html');
    await frame.getByRole('button', { name: t('warning.leave') }).waitFor();
    await settle(site);
    await site.screenshot({ path: join(out, '1-check-in.png') });
    await site.close();

    // 2. The popup, at its own size, shown beside a caption on the store's canvas.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 368, height: 700 });
    await popup.goto(`${base}/popup.html`);
    await popup.getByRole('button', { name: t('popup.logUrge') }).waitFor();
    await popup.getByRole('link', { name: t('reach.button', 'Sam') }).waitFor();
    await settle(popup);
    // As the toolbar shows it: the popup's own width and height, nothing around it.
    const size = await popup.evaluate(() => ({
      width: Math.ceil(document.documentElement.scrollWidth),
      height: Math.ceil(document.body.getBoundingClientRect().height),
    }));
    await popup.setViewportSize(size);
    await settle(popup);
    const popupImage = await popup.screenshot();
    await popup.close();
    await compose(context, join(out, '2-popup.png'), SCREEN, popupPage(popupImage, CAPTIONS[language].popup, language));

    // 3–5. The plan, the people, insights: the options page as it is.
    await options.goto(`${base}/options.html#plan`);
    await options.getByRole('heading', { level: 2, name: t('plan.heading') }).waitFor();
    await settle(options);
    await options.screenshot({ path: join(out, '3-plan.png') });

    await options.goto(`${base}/options.html#people`);
    await options.getByRole('heading', { level: 2, name: t('people.heading') }).waitFor();
    await options.getByText(sample.people[1].relation).first().waitFor();
    await settle(options);
    await options.screenshot({ path: join(out, '4-people.png') });

    await options.goto(`${base}/options.html#insights`);
    await options.getByRole('heading', { level: 2, name: t('insights.heading') }).waitFor();
    await options.getByRole('heading', { name: t('insights.heatmap.heading') }).waitFor();
    await settle(options);
    await options.screenshot({ path: join(out, '5-insights.png') });

    // The small tile: the name and the line under it.
    await compose(context, join(out, 'tile.png'), TILE, tilePage(t('appName'), CAPTIONS[language].tile, language));
  } finally {
    await context.close();
    web.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
}

async function waitForFrame(page, path) {
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(path) && !f.isDetached());
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
}

/** Lets fonts, layout and any entrance settle before the picture, and shows the page from its top. */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const CANVAS_STYLE = 'margin:0;font-family:system-ui,sans-serif;background:#e8efe9;color:#24323a;';

function popupPage(png, caption, language) {
  return `<!doctype html><html lang="${language}"><body style="${CANVAS_STYLE}width:1280px;height:800px;display:flex;align-items:center;justify-content:center;gap:80px">
<p style="font-size:40px;line-height:1.3;max-width:520px;margin:0">${caption}</p>
<img alt="" src="data:image/png;base64,${png.toString('base64')}" style="max-height:740px;border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.18);background:#fff">
</body></html>`;
}

/** Steady's mark: the build's own 128-pixel icon once the manifest names one, else a plain ring. */
function mark() {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
  const icon = manifest.icons?.['128'];
  if (icon && existsSync(join(BUILD, icon))) {
    const png = readFileSync(join(BUILD, icon)).toString('base64');
    return `<img alt="" src="data:image/png;base64,${png}" style="width:80px;height:80px;margin-bottom:12px">`;
  }
  return '<div style="width:64px;height:64px;border-radius:50%;border:8px solid #2f6f5e;box-sizing:border-box;margin-bottom:18px"></div>';
}

function tilePage(name, line, language) {
  return `<!doctype html><html lang="${language}"><body style="${CANVAS_STYLE}width:440px;height:280px;display:flex;flex-direction:column;align-items:center;justify-content:center">
${mark()}
<p style="font-size:44px;font-weight:600;margin:0">${name}</p>
<p style="font-size:20px;margin:8px 24px 0;text-align:center">${line}</p>
</body></html>`;
}

/** Renders a small page of our own at exactly `size` and saves it. */
async function compose(context, path, size, html) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await settle(page);
  await page.screenshot({ path });
  await page.close();
}

for (const language of LANGUAGES) {
  if (!CAPTIONS[language]) throw new Error(`No captions for ${language}: en or es`);
  await shoot(language);
  console.log(`store/${language}: 1-check-in, 2-popup, 3-plan, 4-people, 5-insights (1280×800), tile (440×280)`);
}
