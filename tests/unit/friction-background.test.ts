import { beforeEach, describe, expect, it } from 'vitest';
import { chooseOnWarning, openWarning } from '@/utils/background/warning';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';

const ZONE = 'America/New_York';
// 18:00 in New York, 6 December 2026.
const NOW = Date.UTC(2026, 11, 6, 23, 0);
const URL_ = 'https://example.org/feed';
const noEnforce = async () => undefined;

beforeEach(async () => {
  const site = await sitesRepo().add({ host: 'example.org', scope: 'site' });
  await sitesRepo().update(site.id, { level: 'pause' });
  await settingsRepo().update({ pauseSeconds: 5, quietMinutes: 1 });
});

/** Shows the check-in, and continues on it `after` ms later; gives the pause it was shown with. */
async function visit(at: number, after = 30_000): Promise<number> {
  const view = await openWarning(URL_, at, ZONE);
  await chooseOnWarning({ type: 'warning-choice', url: URL_, choice: 'continue' }, at + after, ZONE, noEnforce);
  return view.pauseSeconds;
}

describe('friction on the check-in, as the background answers it (openWarning)', () => {
  it('off (the default): the same pause however often the person continues', async () => {
    const pauses = [];
    for (let i = 0; i < 4; i++) pauses.push(await visit(NOW + i * 120_000));
    expect(pauses).toEqual([5, 5, 5, 5]);
  });

  it('on: 5, 10, 20, 30 s with the day’s continues on the site, and 5 s again the next day', async () => {
    await settingsRepo().update({ frictionGrows: true });
    const pauses = [];
    for (let i = 0; i < 5; i++) pauses.push(await visit(NOW + i * 120_000));
    expect(pauses).toEqual([5, 10, 20, 30, 30]);
    // 18:00 the next day in New York: yesterday's continues do not count.
    expect(await visit(NOW + 24 * 3_600_000)).toBe(5);
  });

  it('on: a reload in the same visit waits only what is left, and nothing once the pause has run', async () => {
    await settingsRepo().update({ frictionGrows: true });
    await visit(NOW);
    await visit(NOW + 120_000); // two continues today: the next pause is 20 s
    const start = NOW + 240_000;
    expect((await openWarning(URL_, start, ZONE)).pauseSeconds).toBe(20);
    expect((await openWarning(URL_, start + 6_000, ZONE)).pauseSeconds, 'a reload 6 s in').toBe(14);
    expect((await openWarning(URL_, start + 21_000, ZONE)).pauseSeconds, 'a second cover after the pause').toBe(0);
  });
});
