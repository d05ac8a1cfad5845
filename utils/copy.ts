/**
 * Every sentence Steady shows, in one place, so it can be reviewed and translated.
 * Warm, plain, person-first (../shared/CONTENT.md). Never scolds, never counts down.
 */
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st, 22nd, 31st. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const copy = {
  appName: 'Steady',
  crisis: {
    heading: 'Talk to someone now',
    region: 'United States lines',
  },
  sites: {
    heading: 'Trigger sites',
    /** Why what was typed cannot be flagged. */
    input: {
      empty: 'Type a site, for example example.org.',
      notWeb: 'Steady can watch web pages only: addresses that start with http or https.',
      spaces: 'A site name cannot have spaces in it.',
      everySite: 'That would match every site. Type one site, for example example.org.',
      everySiteEnding: (ending: string) =>
        `That would match every site that ends in .${ending}. Type one site, for example example.${ending}.`,
      star: 'Type the site without the *, for example example.org. Steady covers its subdomains too.',
      notAddress: 'That does not look like a web address. Try something like example.org.',
      ending: (ending: string) =>
        `“${ending}” is an ending that many sites share. Type the whole site, for example example.${ending}.`,
      noEnding: (name: string) => `“${name}” needs its ending too, for example ${name}.com.`,
    },
    intro:
      'Name the sites that pull you back. When you open one, Steady checks in with you before the page shows. Steady asks your browser for access to each site only when you add it.',
    inputLabel: 'Site',
    inputHint: 'For example example.org, or reddit.com/r/somewhere',
    add: 'Add site',
    empty: 'No sites yet. When a site is hard for you, add it here.',
    active: 'Steady checks in on this site.',
    needsPermission: 'Steady needs your permission to check in on this site.',
    grant: (site: string) => `Allow Steady on ${site}`,
    remove: (site: string) => `Remove ${site}`,
    added: (site: string) => `Added ${site}.`,
    count: (n: number) => `${n} sites`,
    addedNoAccess: (site: string) =>
      `Added ${site}. Steady cannot check in there until you allow it; use the Allow button when you are ready.`,
    removed: (site: string) => `Removed ${site}.`,
    duplicate: 'That site is already on your list.',
    andSubdomains: 'and all its subdomains',
    onlyThisAddress: 'this address only',
    whichDoYouMean: 'Which do you mean?',
    choiceWhole: (site: string) => `All of ${site}`,
    choicePath: (site: string) => `${site} and everything under it`,
    choiceHost: (host: string) => `Only ${host}`,
    several: 'Add several at once',
    severalLabel: 'Sites, one per line',
    addSeveral: 'Add these sites',
    severalLeft: 'The lines left in the box need a look:',
    levelLabel: (site: string) => `How firm on ${site}`,
    levels: {
      gentle: 'Gentle: the choices at once',
      pause: 'Pause: continue after a few breaths',
      firm: 'Firm: no continue while it is on',
    },
    whenLabel: (site: string) => `When to check in on ${site}`,
    whens: { always: 'Always', 'hard-times': 'Only during hard times' },
    saved: 'Saved.',
  },
  times: {
    heading: 'Hard times',
    intro:
      'Name the times that are hard for you: Friday nights, payday, the hour after work. While one is on, Steady shows a quiet dot on its icon and checks in once.',
    label: 'Name',
    labelHint: 'Your own words, for example “Friday night”',
    kind: 'How often',
    kinds: { weekly: 'Every week', monthly: 'Every month', yearly: 'Every year', once: 'Once' },
    days: 'Days',
    daysOfMonth: 'Days of the month',
    daysOfMonthHint: 'For example 1, 15',
    date: 'Date',
    start: 'Starts',
    end: 'Ends',
    endHint: 'An end before the start runs past midnight.',
    add: 'Add hard time',
    change: (label: string) => `Change ${label}`,
    save: 'Save changes',
    cancel: 'Cancel',
    changed: (label: string) => `Saved ${label}.`,
    added: (label: string) => `Added ${label}.`,
    removed: (label: string) => `Removed ${label}.`,
    remove: (label: string) => `Remove ${label}`,
    empty: 'No hard times yet.',
    week: 'Your week',
    dates: 'Dates',
    nothingThatDay: 'Nothing',
  },
  plan: {
    heading: 'My plan',
    intro: 'Your plan, in your own words. One thing per line. Steady shows your reasons when you open a trigger site.',
    save: 'Save my plan',
    saved: 'Your plan is saved.',
    sections: {
      reasons: 'My reasons for recovery',
      triggers: 'My triggers: people, places, feelings, times',
      'warning-signs': 'Signs that a hard moment is coming',
      coping: 'Things I can do on my own',
      distractions: 'People and places that take my mind off it',
      people: 'People I can ask for help',
      professionals: 'Professionals and services',
      'safer-surroundings': 'Making my surroundings safer',
      body: 'Taking care of my body',
      'if-i-use': 'If I use, what I will do next',
    },
  },
  settings: {
    heading: 'How check-ins behave',
    quietMinutes: 'After “continue”, stay quiet on that site for (minutes)',
    pauseSeconds: 'Breathing pause on “pause” sites (seconds, 5 to 60)',
    safePage: 'A calm page to go to when you leave a site (optional)',
    safePageHint: 'If the tab has nowhere to go back to, Steady opens this page, or closes the tab.',
    recordPaths: 'Keep the page’s path with each check-in (for your own review)',
    checkIns: 'Check in with me once when a hard time starts',
    firmer: 'During hard times, make every site’s check-in one step firmer',
    save: 'Save settings',
  },
  warning: {
    title: 'Steady',
    heading: 'You asked me to check in when you visit this site.',
    alternates: [
      'You asked me to check in when you visit this site.',
      'This is one of the sites you named. How are you doing right now?',
      'You wanted a moment here before going on. Take one, if you like.',
    ],
    ownWords: 'In your own words',
    choices: 'What would you like to do?',
    leave: 'Leave this site',
    continue: 'Continue to the site',
    pauseNote: 'Take a few slow breaths. Continue will be here when you are ready.',
    rideItOut: 'Ride it out',
    rideHeading: 'Riding the wave',
    rideText:
      'Breathe in slowly, and out a little longer. An urge rises, peaks and passes, like a wave. Notice where you feel it, and let it move through.',
    rideElapsed: (minutes: number, seconds: number) =>
      `You have been riding it for ${minutes > 0 ? `${minutes} min ` : ''}${seconds} s.`,
    rideStop: 'Stop the timer',
    reachOut: 'Reach out',
    reachOutTo: (name: string) => `Reach out to ${name}`,
    logUrge: 'Log this urge',
    logHeading: 'Log this urge',
    logStrength: 'How strong is it? (optional)',
    logStrengthNone: 'Rather not say',
    logSave: 'Save',
    logSaved: 'Saved. Noticing it is a strong step.',
    firmNote: 'You chose to keep this site closed for now. You can change that in Steady’s settings.',
    unavailable: 'Steady could not load everything just now. Your choices here still work.',
  },
  popup: {
    logUrge: 'Log an urge',
    logged: 'Logged. Noticing an urge is a strong step.',
    openSettings: 'Open settings',
    flagThis: (site: string) => `Check in with me on ${site}`,
    flagged: (site: string) => `Steady checks in on ${site}.`,
    flaggedNoAccess: (site: string) => `Added ${site}. Allow access in Steady’s settings when you are ready.`,
    nextStep: 'Something you can do now',
    reasons: 'Your reasons',
    noPlan: 'Your plan is empty for now. You can write it in the settings, in your own words.',
    reachOut: 'Reach out',
    reachOutTo: (name: string) => `Reach out to ${name}`,
  },
  errors: {
    generic: 'Something went wrong and nothing was changed. Please try again.',
  },
  /** Toolbar and notifications stay neutral: no word names drugs, use or urges. */
  hardTimes: {
    /** The toolbar while a hard time is on: a quiet dot and a tooltip that says nothing private. */
    badgeText: '•',
    titleOn: 'Steady — take it gently',
    titleOff: 'Steady',
    checkIn: {
      title: 'Steady',
      message: 'A moment to check in with yourself.',
      openPlan: 'Open my plan',
      reachOut: 'Reach out',
    },
    state: {
      onUntil: (time: string) => `A hard time is on until ${time}.`,
      onNoEnd: 'A hard time is on.',
      nextStarts: (when: string) => `The next one starts ${when}.`,
      none: 'No hard times coming up.',
    },
    rule: {
      dayNames: DAY_NAMES,
      /** "Fridays", for weekly rules. */
      dayPlural: (day: number) => `${DAY_NAMES[day] ?? ''}s`,
      monthNames: MONTH_NAMES,
      everyDay: 'Every day',
      weekdays: 'Weekdays',
      weekends: 'Weekends',
      allDay: 'all day',
      midnight: 'midnight',
      list,
      ordinal,
      span: (from: string, to: string) => `${from} to ${to}`,
      withTime: (when: string, time: string) => `${when}, ${time}`,
      date: (day: number, month: number) => `${day} ${MONTH_NAMES[month - 1] ?? ''}`,
      fullDate: (weekday: number, day: number, month: number, year: number) =>
        `${DAY_NAMES[weekday] ?? ''} ${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`,
      once: (date: string) => `On ${date}`,
      monthly: (days: string) => `${days} of every month`,
      lastDayNote: ' (the last day in shorter months)',
      yearly: (date: string) => `Every year on ${date}`,
      leapDay: 'Every year on 29 February (28 February in other years)',
    },
    problems: {
      noLabel: 'Give this time a name.',
      times: 'Choose a start and an end time.',
      differ: 'The start and the end must differ.',
      weekday: 'Choose at least one day of the week.',
      dayOfMonth: 'Type days of the month from 1 to 31, for example 1, 15.',
      date: 'Choose a date.',
      dayOfYear: 'Choose a day of the year.',
      kind: 'Choose how often this time comes.',
      notOnCalendar: (month: string, year: number, days: number) =>
        `That date is not on the calendar: ${month} ${year} has ${days} days.`,
      monthTooShort: (month: string, days: number) => `${month} has ${days} days. Choose a day from 1 to ${days}.`,
    },
  },
} as const;

export type Copy = typeof copy;
