import { lapsesRepo } from '@/utils/db/lapses';
import type { Lapse } from '@/utils/db/schema';
import { attempt, type Done } from './run';

/** What the person says of a lapse (all of it optional), and the urge it followed, if any. */
export type LapseDetails = Partial<Pick<Lapse, 'triggers' | 'note' | 'change' | 'restartedCounter' | 'urgeId'>>;

/**
 * Records a lapse, kept honestly; after an urge (`urgeId`), the one lapse of that urge. The days counter starts again only if the person chose so;
 * the total days, the longest stretch and the history stay.
 */
export const recordLapse = (details: LapseDetails, at = Date.now()): Promise<Done<Lapse>> =>
  attempt(() => lapsesRepo().record({ at, ...details }));

/** Adds what the person said later to a lapse already recorded (starting the counter again, if they chose so). */
export const changeLapse = (lapse: Lapse, details: LapseDetails): Promise<Done<Lapse>> =>
  attempt(() => lapsesRepo().record({ ...lapse, ...details }));

/** The lapses, newest first. */
export const listLapses = async (): Promise<Lapse[]> => (await lapsesRepo().list()).sort((a, b) => b.at - a.at);
