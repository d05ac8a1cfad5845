import { createResource, Show } from 'solid-js';
import { i18n } from '#i18n';
import { FindHelp } from '@/components/FindHelp';
import { PlanEditor, type PlanPerson } from '@/components/PlanEditor';
import { listPeople } from '@/utils/commands/people';
import { readPlan, savePlan } from '@/utils/commands/plan';
import { readSettings } from '@/utils/commands/settings';
import { type Contact, PLAN_SECTIONS } from '@/utils/db/schema';
import { waysFor } from '@/utils/reach-out/available';
import { formatPhone } from '@/utils/reach-out/phone';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/** The phone ways, whose address is a number in international form. */
const PHONE_WAYS = new Set(['call', 'text', 'whatsapp', 'signal']);

/** A person from My people as the plan lists them: their name, how they relate, the way tried first. */
function planPerson(contact: Contact): PlanPerson {
  const [way] = waysFor(contact);
  const address = way && (PHONE_WAYS.has(way.channel) ? formatPhone(way.address) : way.address);
  return {
    id: contact.id,
    name: contact.name,
    ...(contact.relation ? { relation: contact.relation } : {}),
    ...(address ? { way: address } : {}),
  };
}

/**
 * The person's plan, in their own words, with their people from My people and, under professionals,
 * the way to a meeting or a clinic; it prints on one page.
 */
export function PlanSection() {
  const [plan, { refetch }] = createResource(() => readPlan());
  const [people] = createResource(listPeople);
  const [settings] = createResource(readSettings);
  return (
    <Section id="plan" heading={i18n.t('plan.heading')} intro={i18n.t('plan.intro')}>
      <Show when={plan()}>
        {(items) => (
          <PlanEditor
            sections={PLAN_SECTIONS}
            items={items()}
            people={people()?.map(planPerson)}
            peopleHref="#people"
            professionals={
              <Show when={settings()}>{(read) => <FindHelp country={read().country} id="plan-find" />}</Show>
            }
            onPrint={() => window.print()}
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
