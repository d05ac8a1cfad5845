import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { urgesRepo } from '@/utils/db/urges';
import { createUrgeSession, type PopupView } from '@/utils/popup/urge-session';
import type { Problem } from '@/utils/problems';
import { t } from '../i18n';

/** A session with what it showed and said recorded, inside its own Solid owner. */
function session() {
  return createRoot((dispose) => {
    const views: PopupView[] = [];
    const said: string[] = [];
    const refused: Problem[] = [];
    const urge = createUrgeSession({
      show: (view) => views.push(view),
      say: (words) => said.push(words),
      refused: (problem) => refused.push(problem),
    });
    return { urge, views, said, refused, dispose };
  });
}

describe('the popup’s urge, from "Log an urge" to its outcome', () => {
  it('logs at once, shows the urge, offers undo; undo removes it and says so', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    const s = session();
    await s.urge.log();
    expect(s.views).toEqual(['urge']);
    expect(s.said).toEqual([t('popup.logged')]);
    expect(s.urge.canUndo()).toBe(true);
    expect(await urgesRepo().list()).toHaveLength(1);
    await s.urge.undo();
    expect(await urgesRepo().list()).toEqual([]);
    expect(s.said).toEqual([t('popup.logged'), t('urge.undone')]);
    expect(s.views).toEqual(['urge', 'home']);
    expect(s.urge.urge()).toBeUndefined();
    expect(s.urge.canUndo()).toBe(false);
    s.dispose();
  });

  it('"I used" on the urge leads into the lapse check-in; a mistake puts the outcome back', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    const s = session();
    await s.urge.log();
    await s.urge.change({ outcome: 'rode-it-out' });
    await s.urge.change({ outcome: 'used' });
    expect(s.views.at(-1)).toBe('lapse');
    expect(s.urge.lapseAfter()).toMatchObject({ urge: { outcome: 'used' }, before: 'rode-it-out' });
    s.urge.lapseMistake();
    expect(s.views.at(-1)).toBe('urge');
    expect(s.urge.lapseAfter()).toBeUndefined();
    await expect.poll(async () => (await urgesRepo().list())[0]?.outcome).toBe('rode-it-out');
    expect(s.urge.urge()?.outcome).toBe('rode-it-out');
    s.dispose();
  });

  it('the popup’s own "I used", tapped by mistake: nothing kept, back home, and it says so', () => {
    const s = session();
    s.urge.startLapse();
    s.urge.lapseMistake();
    expect(s.views).toEqual(['lapse', 'home']);
    expect(s.said).toEqual([t('lapse.nothingKept')]);
    s.dispose();
  });

  it('riding it out with no urge logged logs one, ridden out, with how strong it was after', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    const s = session();
    await s.urge.rideDone({ seconds: 90, strengthAfter: 3 });
    expect(await urgesRepo().list()).toEqual([
      expect.objectContaining({ outcome: 'rode-it-out', rodeSeconds: 90, strengthAfter: 3 }),
    ]);
    expect(s.refused).toEqual([]);
    s.dispose();
  });
});
