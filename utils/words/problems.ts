import { i18n } from '#i18n';
import type { ImportWhere } from '@/utils/backup/validate';
import type { StoreName } from '@/utils/db/schema';
import type { Problem, ProblemCode } from '@/utils/problems';
import { monthName } from './format';
import { uiLocale } from './locale';

type Values = ReadonlyArray<string | number>;
const s = (values: Values, i: number) => String(values[i] ?? '');
/** A number in the person's way of writing numbers (2,000 in English); anything else as it is. */
const n = (values: Values, i: number) =>
  typeof values[i] === 'number' ? new Intl.NumberFormat(uiLocale()).format(values[i]) : s(values, i);

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
  'search-empty': () => i18n.t('problems.searchEmpty'),
  'search-long': (v) => i18n.t('problems.searchLong', [n(v, 0), n(v, 1)]),
  'search-duplicate': () => i18n.t('problems.searchDuplicate'),
  'search-entry': () => i18n.t('problems.searchEntry'),
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
  'settings-firm-until': () => i18n.t('problems.settingsFirmUntil'),
  'firm-time': () => i18n.t('problems.firmTime'),
  'plan-section': () => i18n.t('problems.planSection'),
  'plan-lines': () => i18n.t('problems.planLines'),
  'plan-line-long': () => i18n.t('problems.planLineLong'),
  'contact-name': () => i18n.t('problems.contactName'),
  'contact-relation': () => i18n.t('problems.contactRelation'),
  'contact-phone': () => i18n.t('problems.contactPhone'),
  'contact-email': () => i18n.t('problems.contactEmail'),
  'contact-telegram': () => i18n.t('problems.contactTelegram'),
  'contact-preferred': () => i18n.t('problems.contactPreferred'),
  'contact-hours': () => i18n.t('problems.contactHours'),
  'contact-message': () => i18n.t('problems.contactMessage'),
  'contact-note': () => i18n.t('problems.contactNote'),
  'contact-order': () => i18n.t('problems.contactOrder'),
  'phone-empty': () => i18n.t('problems.phoneEmpty'),
  'phone-not-a-number': () => i18n.t('problems.phoneNotANumber'),
  'phone-needs-country': () => i18n.t('problems.phoneNeedsCountry'),
  'phone-too-short': () => i18n.t('problems.phoneTooShort'),
  'phone-too-long': () => i18n.t('problems.phoneTooLong'),
  'phone-extension': () => i18n.t('problems.phoneExtension'),
  'phone-invalid': () => i18n.t('problems.phoneInvalid'),
  'email-invalid': () => i18n.t('problems.emailInvalid'),
  'telegram-invalid': () => i18n.t('problems.telegramInvalid'),
  'line-name': () => i18n.t('problems.lineName'),
  'line-number': () => i18n.t('problems.lineNumber'),
  'line-about': () => i18n.t('problems.lineAbout'),
  'line-order': () => i18n.t('problems.lineOrder'),
  'line-last': () => i18n.t('problems.lineLast'),
  'reach-who': () => i18n.t('problems.reachWho'),
  'reach-channel': () => i18n.t('problems.reachChannel'),
  'reach-place': () => i18n.t('problems.reachPlace'),
  'reach-time': () => i18n.t('problems.reachTime'),
  'settings-country': () => i18n.t('problems.settingsCountry'),
  'settings-message': () => i18n.t('problems.settingsMessage'),
  'event-time': () => i18n.t('problems.eventTime'),
  'event-site': () => i18n.t('problems.eventSite'),
  'event-choice': () => i18n.t('problems.eventChoice'),
  'event-path': () => i18n.t('problems.eventPath'),
  'urge-time': () => i18n.t('problems.urgeTime'),
  'urge-intensity': () => i18n.t('problems.urgeIntensity'),
  'urge-trigger': () => i18n.t('problems.urgeTrigger'),
  'urge-note': () => i18n.t('problems.urgeNote'),
  'urge-site': () => i18n.t('problems.urgeSite'),
  'urge-outcome': () => i18n.t('problems.urgeOutcome'),
  'lapse-time': () => i18n.t('problems.lapseTime'),
  'lapse-note': () => i18n.t('problems.lapseNote'),
  'lapse-trigger': () => i18n.t('problems.lapseTrigger'),
  // An urge's id that is not one: the file or the record was not written by Steady.
  'lapse-urge': () => i18n.t('problems.urgeSite'),
  'checkin-day': () => i18n.t('problems.checkinDay'),
  'checkin-mood': () => i18n.t('problems.checkinMood'),
  'checkin-note': () => i18n.t('problems.checkinNote'),
  'history-date': () => i18n.t('history.problems.date'),
  'history-dates-order': () => i18n.t('history.problems.datesOrder'),
  'record-shape': () => i18n.t('problems.recordShape'),
  'record-id': () => i18n.t('problems.recordId'),
  'record-times': () => i18n.t('problems.recordTimes'),
  'record-gone': () => i18n.t('problems.recordGone'),
  'settings-lock': () => i18n.t('problems.settingsLock'),
  'settings-dismissed': () => i18n.t('problems.settingsDismissed'),
  'lock-short': () => i18n.t('problems.lockShort'),
  'lock-mismatch': () => i18n.t('problems.lockMismatch'),
  'lock-wrong': () => i18n.t('problems.lockWrong'),
  'import-too-big': (v) => i18n.t('problems.importTooBig', [n(v, 0)]),
  'import-not-json': () => i18n.t('problems.importNotJson'),
  'import-sealed': () => i18n.t('sealed.needsPassphrase'),
  'import-passphrase': () => i18n.t('sealed.wrongPassphrase'),
  'export-passphrase-short': (v) => i18n.t('sealed.tooShort', [n(v, 0)]),
  'export-passphrase-mismatch': () => i18n.t('sealed.mismatch'),
  'import-not-steady': () => i18n.t('problems.importNotSteady'),
  'import-newer': () => i18n.t('problems.importNewer'),
  'import-unsafe-key': () => i18n.t('problems.importUnsafeKey'),
  'import-too-deep': () => i18n.t('problems.importTooDeep'),
  'import-too-long': (v) => i18n.t('problems.importTooLong', [n(v, 0)]),
  'import-store': (v) => i18n.t('problems.importStore', [s(v, 0)]),
  'import-store-missing': (v) => i18n.t('problems.importStoreMissing', [storeWords(s(v, 0))]),
  'import-store-list': (v) => i18n.t('problems.importStoreList', [storeWords(s(v, 0))]),
  'import-record': () => i18n.t('problems.importRecord'),
  'import-field': (v) => i18n.t('problems.importField', [s(v, 0)]),
  'import-duplicate-id': () => i18n.t('problems.importDuplicateId'),
  unknown: () => i18n.t('common.generic'),
};

/** What each store holds, as a person calls it ("the urges"). */
const STORE_WORDS: Record<StoreName, () => string> = {
  sites: () => i18n.t('problems.stores.sites'),
  times: () => i18n.t('problems.stores.times'),
  urges: () => i18n.t('problems.stores.urges'),
  events: () => i18n.t('problems.stores.events'),
  contacts: () => i18n.t('problems.stores.contacts'),
  lines: () => i18n.t('problems.stores.lines'),
  reachOuts: () => i18n.t('problems.stores.reachOuts'),
  plan: () => i18n.t('problems.stores.plan'),
  checkins: () => i18n.t('problems.stores.checkins'),
  lapses: () => i18n.t('problems.stores.lapses'),
  settings: () => i18n.t('problems.stores.settings'),
  searches: () => i18n.t('problems.stores.searches'),
};

/** A store's name in words; a name Steady does not know, as the file wrote it. */
function storeWords(store: string): string {
  return Object.hasOwn(STORE_WORDS, store) ? STORE_WORDS[store as StoreName]() : `“${store}”`;
}

/** A problem in plain words, in the person's language. */
export function problemWords(problem: Problem): string {
  return WORDS[problem.code](problem.values ?? []);
}

/**
 * Why a file was not imported, in words: which entry of which store (numbered from 1, as a
 * person counts), what is wrong with it, and that nothing was changed.
 */
export function importProblemWords(problem: Problem, where?: ImportWhere): string {
  const parts: string[] = [];
  if (where?.index !== undefined) {
    parts.push(i18n.t('problems.importEntry', [String(where.index + 1), storeWords(where.store)]));
  }
  const detail = problemWords(problem);
  // A record's generic "could not be read" adds nothing to the sentence that names the entry.
  if (parts.length === 0 || detail !== i18n.t('problems.recordShape')) parts.push(detail);
  parts.push(i18n.t('problems.importNothing'));
  return parts.join(' ');
}
