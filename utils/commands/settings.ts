import type { Settings, SettingsChanges } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import { attempt, type Done, tellBackground } from './run';

/** The person's settings, with defaults for anything not yet chosen. */
export const readSettings = (): Promise<Settings> => settingsRepo().get();

/** Saves settings (all checked first; a refused value changes nothing). */
export function saveSettings(changes: SettingsChanges): Promise<Done<Settings>> {
  return attempt(async () => {
    const saved = await settingsRepo().update(changes);
    await tellBackground();
    return saved;
  });
}
