import { createResource, Show } from 'solid-js';
import { i18n } from '#i18n';
import { SettingsForm } from '@/components/SettingsForm';
import { readSettings, saveSettings } from '@/utils/commands/settings';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** How check-ins behave. */
export function SettingsSection() {
  const [settings, { refetch }] = createResource(readSettings);
  return (
    <Section id="settings" heading={i18n.t('settings.heading')}>
      <Show when={settings()}>
        {(current) => (
          <SettingsForm
            settings={current()}
            onSave={async (changes) => {
              const done = await saveSettings(changes);
              if (!done.ok) return problemWords(done.problem);
              await refetch();
              return undefined;
            }}
          />
        )}
      </Show>
    </Section>
  );
}
