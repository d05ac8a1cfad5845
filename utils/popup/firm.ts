import type { KeepFirmProps } from '@/components/KeepFirm';
import { keepFirmUntil } from '@/utils/commands/firm';
import { describeFirmUntil } from '@/utils/words/firm';
import { problemWords } from '@/utils/words/problems';

/**
 * The popup's "Keep my sites firm until morning" (loaded after the first view, with ./later):
 * what holds now, and keeping the sites firm until the typed time, said back quietly.
 */
export function firmPart(
  firmUntil: number | undefined,
  now: number,
  zone: string,
  kept: (until: number) => void,
): Pick<KeepFirmProps, 'holding' | 'onKeep'> {
  return {
    holding: firmUntil !== undefined && firmUntil > now ? describeFirmUntil(firmUntil, now, zone) : undefined,
    onKeep: (clock) =>
      keepFirmUntil(clock, Date.now(), zone).then((done) => {
        if (!done.ok) return { ok: false, words: problemWords(done.problem) };
        kept(done.value);
        return { ok: true, words: describeFirmUntil(done.value, Date.now(), zone) };
      }),
  };
}
