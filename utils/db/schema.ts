import type { DBSchema, StoreNames, StoreValue } from 'idb';
import type { EngineId } from '@/utils/search/engine-ids';

/**
 * The one description of Steady's data. Every record type used anywhere is derived from
 * this file; nothing else declares them. Times are epoch milliseconds.
 */

/** Compile-time checks that two lists name the same things. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** The longest free text a record holds (a note, a name), unless a field says otherwise. */
export const MAX_TEXT = 2000;

/** Fields every record carries. */
export interface Stamped {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/** Whole site (host and all its subdomains) or one host only. */
export const SITE_SCOPES = ['site', 'host'] as const;
export type SiteScope = (typeof SITE_SCOPES)[number];

/** What a trigger-site entry matches: a host (ASCII, lowercase), its scope, and an optional path. */
export interface SitePattern {
  host: string;
  scope: SiteScope;
  /** Lowercase path prefix that starts with '/' and has no trailing slash; absent for the whole host. */
  path?: string;
}

/**
 * Gentle: the choices at once. Pause: continue after a breathing pause. Firm: no continue.
 * Listed from the gentlest to the firmest: the order is the rank.
 */
export const WARNING_LEVELS = ['gentle', 'pause', 'firm'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** Warn always, or only while a hard time is on. */
export const SITE_WHENS = ['always', 'hard-times'] as const;
export type SiteWhen = (typeof SITE_WHENS)[number];

/**
 * A trigger site. Whether Steady may act on it is a fact the browser owns (the host permission
 * the person granted): it is asked of the browser, never stored here.
 */
export interface TriggerSite extends Stamped, SitePattern {
  level: WarningLevel;
  when: SiteWhen;
  /** Until this time the warning is quieted (the person chose "continue"). */
  quietUntil?: number;
}

/**
 * A word (or a few: a street, a name, a place) the person named: a search on an engine they turned
 * on whose query holds it gets the check-in, with a level, a when and quiet as a site has. The word
 * is sealed at rest under the passcode; the guard gets only `keys`.
 */
export interface SearchWord extends Stamped {
  /** As the person wrote it. */
  word: string;
  /** Its English and Spanish plurals count too. */
  plurals: boolean;
  level: WarningLevel;
  when: SiteWhen;
  /** Until this time the check-in is quieted (the person chose "continue"). */
  quietUntil?: number;
  /** The random salt of its keys (the install's, `Settings.searchSalt`, or the one a copy brought). */
  salt: string;
  /** The keyed hashes of its folded forms under `salt` (utils/search/match.ts entryKeys). */
  keys: string[];
  /** The most words one of its forms has. */
  span: number;
}

/** A wall-clock time of day, minutes after midnight (0..1439). */
export type Minutes = number;

/** How often a hard time comes. */
export const TIME_KINDS = ['weekly', 'monthly', 'yearly', 'once'] as const;

/** A hard time the person named. Wall-clock in their current zone, so DST never shifts it. */
export type TriggerTimeRule =
  | { kind: 'weekly'; days: number[]; start: Minutes; end: Minutes }
  | { kind: 'once'; date: string; start: Minutes; end: Minutes }
  | { kind: 'monthly'; daysOfMonth: number[]; start: Minutes; end: Minutes }
  | { kind: 'yearly'; month: number; day: number; start: Minutes; end: Minutes };

// Every kind has its rule, and every rule its kind.
type _Kinds = Assert<Same<TriggerTimeRule['kind'], (typeof TIME_KINDS)[number]>>;

export interface TriggerTime extends Stamped {
  label: string;
  rule: TriggerTimeRule;
  /**
   * Who proposed it: the person (absent or 'person') or Steady's insights from urge history
   * ('suggested', accepted by the person). Either way the person can change or remove it.
   */
  source?: 'person' | 'suggested';
}

/** What came of an urge, when the person says. */
export const URGE_OUTCOMES = ['rode-it-out', 'reached-out', 'used'] as const;
export type UrgeOutcome = (typeof URGE_OUTCOMES)[number];

/** The four of HALT: states that make urges stronger (CONTENT.md). */
export const HALT = ['hungry', 'angry', 'lonely', 'tired'] as const;
export type Halt = (typeof HALT)[number];

/** The trigger an urge logged on a search's check-in names (shown as "A search"), kept as HALT ids are. */
export const SEARCH_TRIGGER = 'search';

export interface Urge extends Stamped {
  /** When the urge was felt. */
  at: number;
  /** 0 (none) to 10 (overwhelming); optional so logging stays quick. */
  strength?: number;
  /** How strong it was after riding it out (0 to 10). */
  strengthAfter?: number;
  /** How long the person rode it out, in seconds. */
  rodeSeconds?: number;
  /**
   * What set it off, in the person's words or as chips: the triggers from their plan, one of
   * HALT (as its id: `hungry`), or a flagged site's host.
   */
  triggers?: string[];
  siteId?: string;
  note?: string;
  outcome?: UrgeOutcome;
}

/** What happened on a warning: it was shown, or the person made a choice. */
export const WARNING_CHOICES = ['shown', 'leave', 'ride-it-out', 'reach-out', 'log-urge', 'continue'] as const;
export type WarningChoice = (typeof WARNING_CHOICES)[number];

/** What happened on a warning, for insights. The page's path only if the person opted in. */
export interface WarningEvent extends Stamped {
  at: number;
  siteId: string;
  host: string;
  choice: WarningChoice;
  path?: string;
  /** 'search': a check-in on a search (`siteId` is then the named word's id, `host` the engine's). */
  kind?: 'search';
}

/**
 * The ways Steady can reach a support person, in the order tried when a person's preferred way
 * cannot make a link.
 */
export const CHANNELS = ['call', 'text', 'email', 'whatsapp', 'signal', 'telegram'] as const;
export type Channel = (typeof CHANNELS)[number];

/** When a support person is usually there: a weekly window on the wall clock (an end before the start crosses midnight). */
export interface ContactHours {
  days: number[];
  start: Minutes;
  end: Minutes;
}

/** A support person, one of the person's own people. */
export interface Contact extends Stamped {
  name: string;
  /** How they relate, in the person's words: "my sister", "sponsor". */
  relation?: string;
  /**
   * How to reach them, by channel: phones in international (E.164) form, an email address, a
   * Telegram username or phone. Checked again by the link rules before any link is made.
   */
  ways: Partial<Record<Channel, string>>;
  /** The way to try first. */
  preferred?: Channel;
  hours?: ContactHours;
  /** The words Steady prefills for them; absent: the person's default message. */
  message?: string;
  /** Anything else worth keeping about them. */
  note?: string;
  /** Position in the person's list; 0 is the first person reached. */
  order: number;
}

/** A crisis or support line the person entered (their country's, or their own choice). */
export interface HelpLine extends Stamped {
  name: string;
  /** As the person wrote it: digits, spaces, dashes, a leading +; short codes (988, 112) too. */
  number: string;
  /** What it is for, in a few words. */
  about?: string;
  order: number;
}

/** Where a reach out was made from. */
export const REACH_PLACES = ['popup', 'warning', 'options', 'notification'] as const;
export type ReachPlace = (typeof REACH_PLACES)[number];

/** A reach out: who, which way, when, from where. The message is not stored again. */
export interface ReachOutEvent extends Stamped {
  at: number;
  /** The support person reached, or the line called (a stored line's id, or a built-in line's). */
  contactId?: string;
  lineId?: string;
  channel: Channel;
  from: ReachPlace;
}

/** The plan's sections, in the order they are shown (CONTENT.md: Stanley–Brown, relapse prevention, WRAP). */
export const PLAN_SECTIONS = [
  'reasons',
  'triggers',
  'warning-signs',
  'coping',
  'distractions',
  'people',
  'professionals',
  'safer-surroundings',
  'body',
  'if-i-use',
] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

export interface PlanSection extends Stamped {
  id: PlanSectionId;
  items: string[];
}

/** The daily check-in: about twenty seconds, one record a day, every answer optional. */
export interface CheckIn extends Stamped {
  /** The local day, YYYY-MM-DD; one check-in a day. */
  id: string;
  /** 1 (low) to 5 (good). */
  mood?: number;
  /** How well the person slept, 1 (badly) to 5 (well). */
  sleep?: number;
  /** Regular meals eaten that day, 0 to 3. */
  meals?: number;
  /** Whether they moved their body (a walk counts). */
  movement?: boolean;
  /** How strong cravings were, 0 (none) to 10. */
  craving?: number;
  note?: string;
  /** "What helped today?", in the person's words (optional; sealed like every note). */
  helped?: string;
}

/** A return to use, kept honestly; it never erases the days before it. */
export interface Lapse extends Stamped {
  at: number;
  /** What led to it, as urges' triggers are kept. */
  triggers?: string[];
  note?: string;
  /** The one change to the plan the person made afterwards, in their words. */
  change?: string;
  /** Whether the person chose to start their days counter again from this day. */
  restartedCounter?: boolean;
  /** The urge this lapse followed, when the person logged one and its outcome was "I used": one moment, kept once. */
  urgeId?: string;
}

export interface Settings extends Stamped {
  id: 'settings';
  /**
   * When the person's recovery began (epoch ms): the first day counted in the total days and
   * the longest stretch. Never moved by a lapse.
   */
  recoveryStart?: number;
  /** The day the days counter counts from (epoch ms); moved only when the person chooses so. */
  counterStart?: number;
  /** Show the days counter in the popup. */
  showDays?: boolean;
  /** Offer the daily check-in (at most one gentle prompt a day). */
  dailyCheckIn?: boolean;
  /** The last local day (YYYY-MM-DD) the person set the daily check-in aside. */
  checkInSetAside?: string;
  /**
   * The optional lock, and how long Steady stays unlocked. The options page, the history and the
   * person's own words (SEALED_FIELDS) are behind it; the crisis lines, reaching out, logging an
   * urge and the check-in's exits never are.
   */
  lock?: Lock;
  /** Minutes a "continue" quiets a site's warning. */
  quietMinutes: number;
  /** Seconds of the breathing pause before "continue" on a pause-level site (5..60). */
  pauseSeconds: number;
  /** Where "leave" goes when the tab has no history; absent: close the tab. */
  safePage?: string;
  /** Store the page's path with warning events (off by default). */
  recordPaths: boolean;
  checkIns: boolean;
  /** Make every flagged site one level firmer while a hard time is on. */
  firmerDuringHardTimes: boolean;
  /**
   * "Keep my sites firm until morning": until this instant (epoch ms) every rule is firm, sites
   * and search words alike. Set from the popup; ended early only from the options page.
   */
  firmUntil?: number;
  /** Friction that does not wear off: the pause before "continue" grows with the day's continues on that site. */
  frictionGrows?: boolean;
  /** The person's country (ISO 3166-1 alpha-2): which crisis lines to show, how to read phone numbers. */
  country?: string;
  /** The words Steady prefills when the person reaches out; absent: the plain default of their language. */
  reachMessage?: string;
  /** Whether the first-run welcome is behind the person (finished or set aside). */
  welcomed?: boolean;
  /**
   * Suggestions the person set aside (their key, and when): each stays away for a while
   * (DISMISS_DAYS in utils/insights/suggestions.ts); older ones are pruned when one is added.
   */
  dismissed?: { key: string; at: number }[];
  /** The search engines whose searches Steady checks for the named words (access asked when each is turned on). */
  searchEngines?: EngineId[];
  /** This install's random salt (32 hex digits) for the keys of the named search words. */
  searchSalt?: string;
}

/**
 * The passcode's lock (utils/lock/keys.ts). The words' keys are wrapped under a key derived
 * from the passcode (PBKDF2 with `salt` and `iterations`); the public key, in the clear, seals
 * what is written while locked. A lock made by a Steady before the words were sealed holds only
 * the passcode's verifier (`hash`); the next unlock gives it keys.
 */
export interface Lock {
  salt: string;
  iterations: number;
  relockMinutes: number;
  /** The passcode's PBKDF2 hash (a lock from before the words were sealed; never with keys). */
  hash?: string;
  /** The data key and the private key, wrapped (the IV, then the sealed bytes), base64. */
  wrapped?: string;
  /** The public ECDH P-256 key, raw, base64. */
  publicKey?: string;
  /**
   * Sealing ('seal': the passcode was set) or opening ('open': it is being removed) the words
   * already written, a batch at a time, until none is left (utils/lock/job.ts).
   */
  job?: 'seal' | 'open';
}

/**
 * The person's words sealed at rest while a passcode is set: every free text they write. 'whole':
 * the field's value is one sealed box; 'each': each line of the list is a box of its own (a line
 * can be added to the plan while locked, without opening the rest). What is not named here stays
 * readable while locked, because something must work then: the sites and times (the guard and
 * the nudge), people's names and ways to reach them, the lines, the times of urges and their
 * strength and outcome (the days counter), the settings the background reads.
 */
export const SEALED_FIELDS = {
  urges: { note: 'whole', triggers: 'whole' },
  lapses: { note: 'whole', change: 'whole', triggers: 'whole' },
  checkins: { note: 'whole', helped: 'whole' },
  plan: { items: 'each' },
  contacts: { relation: 'whole', note: 'whole', message: 'whole' },
  settings: { reachMessage: 'whole' },
  searches: { word: 'whole' },
} as const satisfies {
  readonly [S in StoreName]?: { readonly [K in keyof StoreValue<SteadyDB, S>]?: 'whole' | 'each' };
};

/** The stores that hold sealed fields. */
export type SealedStore = keyof typeof SEALED_FIELDS;

/** What the settings form changes. */
export type SettingsChanges = Partial<
  Pick<
    Settings,
    | 'quietMinutes'
    | 'pauseSeconds'
    | 'safePage'
    | 'recordPaths'
    | 'checkIns'
    | 'firmerDuringHardTimes'
    | 'frictionGrows'
    | 'showDays'
    | 'counterStart'
    | 'recoveryStart'
    | 'dailyCheckIn'
  >
>;

export interface SteadyDB extends DBSchema {
  sites: { key: string; value: TriggerSite; indexes: { 'by-host': string } };
  times: { key: string; value: TriggerTime };
  urges: { key: string; value: Urge; indexes: { 'by-at': number } };
  events: { key: string; value: WarningEvent; indexes: { 'by-at': number } };
  contacts: { key: string; value: Contact; indexes: { 'by-order': number } };
  lines: { key: string; value: HelpLine; indexes: { 'by-order': number } };
  reachOuts: { key: string; value: ReachOutEvent; indexes: { 'by-at': number } };
  plan: { key: PlanSectionId; value: PlanSection };
  checkins: { key: string; value: CheckIn };
  lapses: { key: string; value: Lapse; indexes: { 'by-at': number } };
  settings: { key: 'settings'; value: Settings };
  searches: { key: string; value: SearchWord };
}

export type StoreName = StoreNames<SteadyDB>;

/** Every store, in the order an export lists them. */
export const STORE_NAMES = [
  'sites',
  'times',
  'urges',
  'events',
  'contacts',
  'lines',
  'reachOuts',
  'plan',
  'checkins',
  'lapses',
  'settings',
  'searches',
] as const;

// Every store is listed, and nothing else.
type _Stores = Assert<Same<(typeof STORE_NAMES)[number], StoreName>>;

/** Every store's records, by store (an export's contents). */
export type AllRecords = { [S in StoreName]: StoreValue<SteadyDB, S>[] };

export const DB_NAME = 'steady';
