import { createResource, Show } from 'solid-js';
import { i18n } from '#i18n';
import { PlanEditor } from '@/components/PlanEditor';
import { readPlan, savePlan } from '@/utils/commands/plan';
import { PLAN_SECTIONS } from '@/utils/db/schema';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** The person's plan, in their own words. */
export function PlanSection() {
  const [plan, { refetch }] = createResource(() => readPlan());
  return (
    <Section id="plan" heading={i18n.t('plan.heading')} intro={i18n.t('plan.intro')}>
      <Show when={plan()}>
        {(items) => (
          <PlanEditor
            sections={PLAN_SECTIONS}
            items={items()}
            onSave={async (next) => {
              const done = await savePlan(next);
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
