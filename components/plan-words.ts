import { i18n } from '#i18n';
import type { PlanSectionId } from '@/utils/db/schema';

/** Each part of the plan by its heading, in the person's language. */
export const PLAN_SECTION_NAMES: Record<PlanSectionId, () => string> = {
  reasons: () => i18n.t('plan.sections.reasons'),
  triggers: () => i18n.t('plan.sections.triggers'),
  'warning-signs': () => i18n.t('plan.sections.warningSigns'),
  coping: () => i18n.t('plan.sections.coping'),
  distractions: () => i18n.t('plan.sections.distractions'),
  people: () => i18n.t('plan.sections.people'),
  professionals: () => i18n.t('plan.sections.professionals'),
  'safer-surroundings': () => i18n.t('plan.sections.saferSurroundings'),
  body: () => i18n.t('plan.sections.body'),
  'if-i-use': () => i18n.t('plan.sections.ifIUse'),
};

/** An example for each part of the plan, shown in its empty box (../shared/CONTENT.md, "What a plan holds"). */
export const PLAN_SECTION_EXAMPLES: Record<PlanSectionId, () => string> = {
  reasons: () => i18n.t('plan.examples.reasons'),
  triggers: () => i18n.t('plan.examples.triggers'),
  'warning-signs': () => i18n.t('plan.examples.warningSigns'),
  coping: () => i18n.t('plan.examples.coping'),
  distractions: () => i18n.t('plan.examples.distractions'),
  people: () => i18n.t('plan.examples.people'),
  professionals: () => i18n.t('plan.examples.professionals'),
  'safer-surroundings': () => i18n.t('plan.examples.saferSurroundings'),
  body: () => i18n.t('plan.examples.body'),
  'if-i-use': () => i18n.t('plan.examples.ifIUse'),
};
