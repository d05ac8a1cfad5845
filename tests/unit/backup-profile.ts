import type {
  AllRecords,
  CheckIn,
  Contact,
  HelpLine,
  Lapse,
  PlanSection,
  ReachOutEvent,
  SearchWord,
  Settings,
  TriggerSite,
  TriggerTime,
  Urge,
  WarningEvent,
} from '@/utils/db/schema';
import { HALT, PLAN_SECTIONS, STORE_NAMES, URGE_OUTCOMES, WARNING_CHOICES } from '@/utils/db/schema';
import { entryKeys } from '@/utils/search/match';

/** The profile's salt for its search words. */
const SEARCH_SALT = '00112233445566778899aabbccddeeff';

/**
 * A realistic person's data for the backup tests: a few months of use, every store filled and
 * every optional field used somewhere, built from a seed so that two calls give the same data.
 */

const DAY = 86_400_000;
/** 2026-01-01T00:00Z: the profile's first day. */
export const PROFILE_START = 1_767_225_600_000;

/** A small seeded generator (mulberry32), so the profile is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const word = () =>
    Math.floor(next() * 4_294_967_296)
      .toString(16)
      .padStart(8, '0');
  const uuid = () => {
    const hex = word() + word() + word() + word();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  return { next, int, pick, uuid };
}

const NOTES = [
  'After the call with mum.',
  'Payday again. Walked it off.',
  'Saw the old street on the way home — “it” came back hard.',
  'Couldn’t sleep; 3am thoughts. Texted Sam, felt better.',
  'Niña dormida, casa en silencio. Aguanté.',
  'Stress at work 😮‍💨 but I rode it out',
];

/** A profile with `urges` urges (and, in proportion, everything else). */
export function profile(urges = 400, seed = 7): AllRecords {
  const r = random(seed);
  const stamp = (at: number) => ({ createdAt: at, updatedAt: at + r.int(0, 3) * DAY });
  const at = (days: number) => PROFILE_START + Math.floor(r.next() * days * DAY);

  const sites: TriggerSite[] = [
    { host: 'reddit.com', scope: 'site', path: '/r/opiates', level: 'firm', when: 'always' },
    { host: 'example-market.org', scope: 'site', level: 'pause', when: 'always', quietUntil: PROFILE_START + DAY },
    { host: 'm.facebook.com', scope: 'host', level: 'gentle', when: 'hard-times' },
    { host: 'xn--bcher-kva.example', scope: 'site', level: 'gentle', when: 'always' },
    { host: '192.168.1.20', scope: 'host', level: 'firm', when: 'always' },
    { host: 'localhost', scope: 'host', path: '/stash', level: 'pause', when: 'hard-times' },
  ].map((site) => ({ id: r.uuid(), ...stamp(at(5)), ...site }) as TriggerSite);

  const times: TriggerTime[] = [
    { label: 'Friday night', rule: { kind: 'weekly', days: [5, 6], start: 1320, end: 120 } },
    { label: 'Payday', rule: { kind: 'monthly', daysOfMonth: [1, 15], start: 1020, end: 1380 } },
    { label: 'Anniversary', rule: { kind: 'yearly', month: 2, day: 29, start: 0, end: 1439 } },
    { label: 'The court date', rule: { kind: 'once', date: '2026-03-13', start: 540, end: 720 } },
    {
      label: 'Late evenings',
      rule: { kind: 'weekly', days: [0, 1, 2, 3, 4], start: 1260, end: 1380 },
      source: 'suggested',
    },
  ].map((time) => ({ id: r.uuid(), ...stamp(at(10)), ...time }) as TriggerTime);

  const contacts: Contact[] = [
    {
      name: 'Sam',
      relation: 'sponsor',
      ways: { call: '+15555550100', text: '+15555550100', whatsapp: '+15555550100' },
      preferred: 'text',
      hours: { days: [1, 2, 3, 4, 5], start: 540, end: 1320 },
      message: 'Hey Sam, it’s a hard moment. Can you talk?',
    },
    { name: 'Ana', relation: 'my sister', ways: { email: 'ana@example.org', signal: '+34612345678' } },
    { name: 'Lee', ways: { telegram: 'lee_recovery' }, preferred: 'telegram', note: 'Nights are best.' },
    {
      name: 'Dr. Okafor',
      relation: 'counsellor',
      ways: { call: '+442071234567' },
      hours: { days: [3], start: 1380, end: 60 },
    },
  ].map((person, order) => ({ id: r.uuid(), ...stamp(at(3)), ...person, order }) as Contact);

  const lines: HelpLine[] = [
    { name: 'Línea 024', number: '024', about: 'Atención a la conducta suicida' },
    { name: 'Narcotics Anonymous', number: '+1 (818) 773-9999' },
    { name: 'My clinic', number: '0161 555 0199', about: 'Weekdays' },
  ].map((line, order) => ({ id: r.uuid(), ...stamp(at(3)), ...line, order }) as HelpLine);

  const urgeList: Urge[] = Array.from({ length: urges }, () => {
    const when = at(150);
    const urge: Urge = { id: r.uuid(), ...stamp(when), at: when };
    if (r.next() < 0.8) urge.strength = r.int(0, 10);
    if (r.next() < 0.3) urge.strengthAfter = r.int(0, 10);
    if (r.next() < 0.3) urge.rodeSeconds = r.int(30, 1200);
    if (r.next() < 0.6) urge.triggers = [r.pick(HALT), ...(r.next() < 0.4 ? ['payday'] : [])];
    if (r.next() < 0.2) urge.siteId = r.pick(sites).id;
    if (r.next() < 0.3) urge.note = r.pick(NOTES);
    if (r.next() < 0.5) urge.outcome = r.pick(URGE_OUTCOMES);
    return urge;
  });

  const events: WarningEvent[] = Array.from({ length: Math.max(10, Math.floor(urges / 8)) }, () => {
    const site = r.pick(sites);
    const when = at(150);
    return {
      id: r.uuid(),
      ...stamp(when),
      at: when,
      siteId: site.id,
      host: site.host,
      choice: r.pick(WARNING_CHOICES),
      ...(r.next() < 0.3 ? { path: '/r/opiates/comments/abc' } : {}),
    };
  });

  const reachOuts: ReachOutEvent[] = Array.from({ length: Math.max(10, Math.floor(urges / 10)) }, () => {
    const when = at(150);
    const toLine = r.next() < 0.2;
    return {
      id: r.uuid(),
      ...stamp(when),
      at: when,
      ...(toLine ? { lineId: r.pick(lines).id } : { contactId: r.pick(contacts).id }),
      channel: toLine ? 'call' : r.pick(['call', 'text', 'whatsapp'] as const),
      from: r.pick(['popup', 'warning', 'options'] as const),
    };
  });

  const plan: PlanSection[] = PLAN_SECTIONS.map((id, i) => ({
    id,
    ...stamp(at(2)),
    items: i === 9 ? [] : [`${id}: first thing`, 'Call Sam before anything else', 'Agua, comida, dormir'],
  }));

  const checkins: CheckIn[] = Array.from({ length: 120 }, (_, day) => {
    const date = new Date(PROFILE_START + day * DAY).toISOString().slice(0, 10);
    return {
      id: date,
      ...stamp(PROFILE_START + day * DAY + 20 * 3_600_000),
      mood: r.int(1, 5),
      ...(r.next() < 0.7 ? { sleep: r.int(1, 5), meals: r.int(0, 3), movement: r.next() < 0.5 } : {}),
      ...(r.next() < 0.6 ? { craving: r.int(0, 10) } : {}),
      ...(r.next() < 0.2 ? { note: r.pick(NOTES) } : {}),
      // "What helped today?" on every fourth day, drawn without the random source so the rest stays as it was.
      ...(day % 4 === 0 ? { helped: ['A walk with Sam', 'Calling my sister', 'Sleep'][day % 3] } : {}),
    };
  });

  const lapses: Lapse[] = [
    { at: PROFILE_START + 40 * DAY, triggers: ['lonely', 'payday'], note: 'After the party.', change: 'Leave by 10.' },
    { at: PROFILE_START + 90 * DAY, restartedCounter: true },
    { at: PROFILE_START + 120 * DAY, triggers: ['tired'], restartedCounter: false },
  ].map((lapse) => ({ id: r.uuid(), ...stamp(lapse.at), ...lapse }));

  const settings: Settings[] = [
    {
      id: 'settings',
      ...stamp(PROFILE_START),
      quietMinutes: 20,
      pauseSeconds: 15,
      recordPaths: true,
      checkIns: true,
      firmerDuringHardTimes: true,
      firmUntil: PROFILE_START + 200 * DAY,
      frictionGrows: true,
      recoveryStart: PROFILE_START - 30 * DAY,
      counterStart: PROFILE_START + 90 * DAY,
      showDays: true,
      dailyCheckIn: true,
      checkInSetAside: '2026-04-02',
      safePage: 'https://example.org/calm',
      country: 'US',
      reachMessage: 'It’s a hard moment. Can we talk?',
      welcomed: true,
      searchEngines: ['google', 'duckduckgo'],
      searchSalt: SEARCH_SALT,
    },
  ];

  const searches: SearchWord[] = [
    { word: 'Elm Street', plurals: false, level: 'pause' as const, when: 'always' as const },
    { word: 'Camión', plurals: true, level: 'gentle' as const, when: 'hard-times' as const, quietUntil: at(5) },
  ].map((entry) => {
    const { keys, words } = entryKeys(entry.word, entry.plurals, SEARCH_SALT);
    return { id: r.uuid(), ...stamp(at(3)), ...entry, salt: SEARCH_SALT, keys, span: words };
  });

  return sorted({
    sites,
    times,
    urges: urgeList,
    events,
    contacts,
    lines,
    reachOuts,
    plan,
    checkins,
    lapses,
    settings,
    searches,
  });
}

/** Every store sorted by id, as an export lists them. */
export function sorted(records: AllRecords): AllRecords {
  return Object.fromEntries(
    STORE_NAMES.map((store) => [
      store,
      [...(records[store] as Array<{ id: string }>)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  ) as AllRecords;
}
