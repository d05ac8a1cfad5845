import { browser } from 'wxt/browser';
import { contactsRepo } from '@/utils/db/contacts';
import { planRepo } from '@/utils/db/plan';
import { settingsRepo } from '@/utils/db/settings';
import { sitesRepo } from '@/utils/db/sites';
import { timesRepo } from '@/utils/db/times';

/**
 * Whether this looks like a first day: the welcome is not behind the person and nothing of
 * theirs is stored. An install event alone proves nothing (a browser that loads Steady from
 * a folder installs it afresh at every launch): the data decides.
 */
export async function isFirstDay(): Promise<boolean> {
  const [settings, sites, times, people, plan] = await Promise.all([
    settingsRepo().get(),
    sitesRepo().list(),
    timesRepo().list(),
    contactsRepo().list(),
    planRepo().list(),
  ]);
  return settings.welcomed !== true && [sites, times, people, plan].every((list) => list.length === 0);
}

/** On install, opens the welcome in a tab if it is Steady's first day here. Never throws. */
export async function welcomeOnInstall(reason: string): Promise<void> {
  try {
    if (reason !== 'install' || !(await isFirstDay())) return;
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  } catch (error) {
    console.warn('Steady could not open its welcome', error);
  }
}
