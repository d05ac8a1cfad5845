import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { launch, openExtensionPage, type Session, stopServiceWorker } from './harness';
import { sendRaw } from './steps';

let session: Session;

afterEach(async () => {
  await session.close();
  await session.web.stop();
});

type Toolbar = { at: number; badge: string; title: string; notifications: string[] };

/**
 * Reads the toolbar and the notifications from an extension page, which calls the APIs itself:
 * nothing here wakes Steady's service worker.
 */
async function toolbar(page: import('playwright-core').Page): Promise<Toolbar> {
  return page.evaluate(async () => {
    type Api = {
      action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
      notifications: { getAll(): Promise<Record<string, unknown>> };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    return {
      at: Date.now(),
      badge: await api.action.getBadgeText({}),
      title: await api.action.getTitle({}),
      notifications: Object.keys(await api.notifications.getAll()),
    };
  });
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('hard times', () => {
  it('a window that starts while the service worker is stopped still shows its dot and one check-in', async () => {
    session = await launch();
    const options = await openExtensionPage(session, 'options.html#times');
    // The next whole minute in the browser's own zone, at least 20 s away.
    const now = await options.evaluate(() => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(Date.now());
      const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      return {
        weekday: get('weekday'),
        minutes: Number(get('hour')) * 60 + Number(get('minute')),
        second: Number(get('second')),
      };
    });
    const lead = now.second > 40 ? 2 : 1;
    // The weekday names as the browser's Intl writes them in English, Sunday first.
    const names = Array.from({ length: 7 }, (_, d) =>
      new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + d)),
    );
    let day = names.indexOf(now.weekday);
    let start = now.minutes + lead;
    if (start >= 24 * 60) {
      start -= 24 * 60;
      day = (day + 1) % 7;
    }

    await options.getByRole('textbox', { name: t('times.label'), exact: true }).fill('Evening');
    await options.getByRole('checkbox', { name: names[day] }).check();
    await options.getByLabel(t('times.start'), { exact: true }).fill(hhmm(start));
    await options.getByLabel(t('times.end'), { exact: true }).fill(hhmm((start + 10) % (24 * 60)));
    await options.getByRole('button', { name: t('times.add') }).click();
    await options.getByText(t('times.added', ['Evening'])).waitFor();

    const page = await openExtensionPage(session, 'popup.html');
    expect(await toolbar(page)).toMatchObject({ badge: '', title: t('manifest.title'), notifications: [] });

    await stopServiceWorker(session);
    let shown = await toolbar(page);
    const deadline = Date.now() + 150_000;
    // The dot comes first and the check-in a moment later: wait for both.
    while ((shown.badge === '' || shown.notifications.length === 0) && Date.now() < deadline) {
      await page.waitForTimeout(200);
      shown = await toolbar(page);
    }
    expect(shown).toMatchObject({ badge: t('hardTimes.badgeText'), title: t('hardTimes.titleOn') });
    // The browser hides a notification after a few seconds; it was read within a fifth of a second.
    expect(shown.notifications).toHaveLength(1);
    expect(shown.notifications[0]).toMatch(/^steady-checkin:/);

    // Later wake-ups never check in twice for the same window.
    await stopServiceWorker(session);
    await sendRaw(session, { type: 'enforcement-changed' });
    expect((await toolbar(page)).notifications.length).toBeLessThanOrEqual(1);
    const checkedIn = await page.evaluate(async () => {
      type Api = { storage: { local: { get(key: string): Promise<Record<string, Record<string, number>>> } } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      return Object.keys((await api.storage.local.get('hardTimes.checkedIn'))['hardTimes.checkedIn'] ?? {});
    });
    expect(checkedIn).toHaveLength(1);
  }, 180_000);
});
