import { i18n } from '#i18n';
import type { Problem, ProblemCode } from '@/utils/problems';
import { monthName } from './format';

type Values = ReadonlyArray<string | number>;
const s = (values: Values, i: number) => String(values[i] ?? '');

/** The words for each problem code (every code has them: the compiler checks the table is whole). */
const WORDS: Record<ProblemCode, (values: Values) => string> = {
  'site-empty': () => i18n.t('problems.siteEmpty'),
  'site-not-web': () => i18n.t('problems.siteNotWeb'),
  'site-spaces': () => i18n.t('problems.siteSpaces'),
  'site-every-site': () => i18n.t('problems.siteEverySite'),
  'site-every-site-ending': (v) => i18n.t('problems.siteEverySiteEnding', [s(v, 0)]),
  'site-star': () => i18n.t('problems.siteStar'),
  'site-not-address': () => i18n.t('problems.siteNotAddress'),
  'site-ending': (v) => i18n.t('problems.siteEnding', [s(v, 0)]),
  'site-no-ending': (v) => i18n.t('problems.siteNoEnding', [s(v, 0)]),
  'site-host': () => i18n.t('problems.siteHost'),
  'site-full-name': () => i18n.t('problems.siteFullName'),
  'site-scope': () => i18n.t('problems.siteScope'),
  'site-path': () => i18n.t('problems.sitePath'),
  'site-level': () => i18n.t('problems.siteLevel'),
  'site-when': () => i18n.t('problems.siteWhen'),
  'site-quiet': () => i18n.t('problems.siteQuiet'),
  'site-duplicate': () => i18n.t('problems.siteDuplicate'),
  'time-no-label': () => i18n.t('problems.timeNoLabel'),
  'time-source': () => i18n.t('problems.timeSource'),
  'time-times': () => i18n.t('problems.timeTimes'),
  'time-differ': () => i18n.t('problems.timeDiffer'),
  'time-weekday': () => i18n.t('problems.timeWeekday'),
  'time-day-of-month': () => i18n.t('problems.timeDayOfMonth'),
  'time-date': () => i18n.t('problems.timeDate'),
  'time-day-of-year': () => i18n.t('problems.timeDayOfYear'),
  'time-kind': () => i18n.t('problems.timeKind'),
  'time-not-on-calendar': (v) => i18n.t('problems.timeNotOnCalendar', [monthName(Number(v[0])), s(v, 1), s(v, 2)]),
  'time-month-too-short': (v) => i18n.t('problems.timeMonthTooShort', [monthName(Number(v[0])), s(v, 1)]),
  'settings-one': () => i18n.t('problems.settingsOne'),
  'settings-quiet': () => i18n.t('problems.settingsQuiet'),
  'settings-pause': () => i18n.t('problems.settingsPause'),
  'settings-safe-page': () => i18n.t('problems.settingsSafePage'),
  'settings-start': () => i18n.t('problems.settingsStart'),
  'settings-flag': () => i18n.t('problems.settingsFlag'),
  'plan-section': () => i18n.t('problems.planSection'),
  'plan-lines': () => i18n.t('problems.planLines'),
  'plan-line-long': () => i18n.t('problems.planLineLong'),
  'contact-name': () => i18n.t('problems.contactName'),
  'contact-method': () => i18n.t('problems.contactMethod'),
  'contact-value': () => i18n.t('problems.contactValue'),
  'contact-order': () => i18n.t('problems.contactOrder'),
  'event-time': () => i18n.t('problems.eventTime'),
  'event-site': () => i18n.t('problems.eventSite'),
  'event-choice': () => i18n.t('problems.eventChoice'),
  'event-path': () => i18n.t('problems.eventPath'),
  'urge-time': () => i18n.t('problems.urgeTime'),
  'urge-intensity': () => i18n.t('problems.urgeIntensity'),
  'urge-trigger': () => i18n.t('problems.urgeTrigger'),
  'urge-note': () => i18n.t('problems.urgeNote'),
  'urge-site': () => i18n.t('problems.urgeSite'),
  'lapse-time': () => i18n.t('problems.lapseTime'),
  'lapse-note': () => i18n.t('problems.lapseNote'),
  'lapse-trigger': () => i18n.t('problems.lapseTrigger'),
  'checkin-day': () => i18n.t('problems.checkinDay'),
  'checkin-mood': () => i18n.t('problems.checkinMood'),
  'checkin-note': () => i18n.t('problems.checkinNote'),
  'record-shape': () => i18n.t('problems.recordShape'),
  'record-id': () => i18n.t('problems.recordId'),
  'record-times': () => i18n.t('problems.recordTimes'),
  'record-gone': () => i18n.t('problems.recordGone'),
  unknown: () => i18n.t('common.generic'),
};

/** A problem in plain words, in the person's language. */
export function problemWords(problem: Problem): string {
  return WORDS[problem.code](problem.values ?? []);
}
