import type { StoreValue } from 'idb';
import type { Problem } from '@/utils/problems';
import { checkCheckIn } from './checkins';
import { checkContact } from './contacts';
import { checkEvent } from './events';
import { checkLapse } from './lapses';
import { checkLine } from './lines';
import { checkPlanSection } from './plan';
import { checkReachOut } from './reach-outs';
import type { SteadyDB, StoreName } from './schema';
import { checkSearchWord } from './searches';
import { checkSettings } from './settings';
import { checkSite } from './sites';
import { checkTime } from './times';
import { checkUrge } from './urges';
import { type Check, checkStamps } from './validate';

/** Every store's own check (the one its repository runs before each write), by store. */
export const RECORD_CHECKS: { readonly [S in StoreName]: Check<StoreValue<SteadyDB, S>> } = {
  sites: checkSite,
  times: checkTime,
  urges: checkUrge,
  events: checkEvent,
  contacts: checkContact,
  lines: checkLine,
  reachOuts: checkReachOut,
  plan: checkPlanSection,
  checkins: checkCheckIn,
  lapses: checkLapse,
  settings: checkSettings,
  searches: checkSearchWord,
};

/** The first problem with a record of `store` as a repository would see it: its stamps, then its store's check. */
export function checkRecord(store: StoreName, record: unknown): Problem | undefined {
  return checkStamps(record) ?? (RECORD_CHECKS[store] as Check<unknown>)(record);
}
