/**
 * Every sentence Steady shows, in one place, so it can be reviewed and translated.
 * Warm, plain, person-first (../shared/CONTENT.md). Never scolds, never counts down.
 */
export const copy = {
  appName: 'Steady',
  crisis: {
    heading: 'Talk to someone now',
    region: 'United States lines',
  },
  sites: {
    heading: 'Trigger sites',
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
    addedNoAccess: (site: string) =>
      `Added ${site}. Steady cannot check in there until you allow it; use the Allow button when you are ready.`,
    removed: (site: string) => `Removed ${site}.`,
    duplicate: 'That site is already on your list.',
    andSubdomains: 'and all its subdomains',
    onlyThisAddress: 'this address only',
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
    firmNote: 'You chose to keep this site closed for now. You can change that in Steady’s settings.',
  },
  popup: {
    logUrge: 'Log an urge',
    logged: 'Logged. Noticing an urge is a strong step.',
    openSettings: 'Open settings',
  },
  errors: {
    generic: 'Something went wrong and nothing was changed. Please try again.',
  },
} as const;

export type Copy = typeof copy;
