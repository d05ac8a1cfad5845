/**
 * What the popup loads after its first view (reach out, the lines, log an urge, "I used" and its
 * safety screen): the plan, the days, whether a hard time is on, the site that is open, the
 * lock, the daily check-in, "keep my sites firm until morning", the words for problems, and the part of the first view that shows
 * them (Glance). One chunk, asked for as the popup opens,
 * so the first view's JavaScript stays small (`popup.js_gzip_kb` in tests/bench/popup.bench.ts).
 */

export { KeepFirm } from '@/components/KeepFirm';
export { checkInToday, setCheckInAside, today } from '@/utils/commands/checkins';
export { readDays } from '@/utils/commands/days';
export { hasFirmable } from '@/utils/commands/firm';
/** The lapse is kept only when the person goes on past the safety screen: its writes load after. */
export { changeLapse, recordLapse } from '@/utils/commands/lapses';
export { lockState } from '@/utils/commands/lock';
export { addPlanLine } from '@/utils/commands/plan';
export { popupPlan } from '@/utils/commands/popup';
export { readSettings } from '@/utils/commands/settings';
/** The site of the tab the popup was opened on (activeTab lets Steady see its address then). */
export { siteOfTab } from '@/utils/commands/tab-site';
export { listTimes, saveTime } from '@/utils/commands/times';
export { watchLock } from '@/utils/lock/session';
export { firmPart } from '@/utils/popup/firm';
export { flagFromPopup } from '@/utils/popup/flag';
export { hardTimeLine, lineForMinute, triggerChips } from '@/utils/popup/glance';
export { describePattern } from '@/utils/triggers/site-pattern';
export { timeAroundNow } from '@/utils/triggers/time-around';
export { describeRule } from '@/utils/words/hard-times';
export { problemWords } from '@/utils/words/problems';
export { Glance } from './Glance';
