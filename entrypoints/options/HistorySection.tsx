import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { i18n } from '#i18n';
import type { Chip } from '@/components/TriggerChips';
import { UrgeHistory } from '@/components/UrgeHistory';
import { readPlan } from '@/utils/commands/plan';
import { changeUrge, recentUrges, removeUrge, restoreUrge } from '@/utils/commands/urges';
import { HALT, type Urge } from '@/utils/db/schema';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

const PAGE = 50;
const UNDO_MS = 10_000;
const HALT_WORDS: Record<(typeof HALT)[number], () => string> = {
  hungry: () => i18n.t('urge.halt.hungry'),
  angry: () => i18n.t('urge.halt.angry'),
  lonely: () => i18n.t('urge.halt.lonely'),
  tired: () => i18n.t('urge.halt.tired'),
};

/** The person's history: the urges they logged, newest first, each open to change or removal. */
export function HistorySection() {
  const [urges, setUrges] = createSignal<Urge[]>([]);
  const [more, setMore] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [removed, setRemoved] = createSignal<Urge>();
  const [triggers] = createResource(async () => (await readPlan('triggers')).triggers ?? []);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(undoTimer));

  const load = async (reset = true) => {
    const before = reset ? undefined : urges()[urges().length - 1]?.at;
    const page = await recentUrges(PAGE, before);
    setUrges(reset ? page : [...urges(), ...page]);
    setMore(page.length === PAGE);
  };
  void load();

  const chips = (): Chip[] => [
    ...(triggers() ?? []).map((line) => ({ value: line, label: line })),
    ...HALT.map((id) => ({ value: id, label: HALT_WORDS[id]() })),
  ];
  const triggerWords = (trigger: string) =>
    (HALT as readonly string[]).includes(trigger) ? HALT_WORDS[trigger as (typeof HALT)[number]]() : trigger;

  return (
    <Section id="history" heading={i18n.t('history.heading')} intro={i18n.t('history.intro')}>
      <p role="status">
        {status()}{' '}
        <Show when={removed()}>
          {(urge) => (
            <button
              type="button"
              onClick={() =>
                void restoreUrge(urge()).then(async () => {
                  setRemoved(undefined);
                  await load();
                  setStatus(i18n.t('history.restored'));
                })
              }
            >
              {i18n.t('history.undo')}
            </button>
          )}
        </Show>
      </p>
      <UrgeHistory
        urges={urges()}
        chips={chips()}
        triggerWords={triggerWords}
        onChange={(urge, details) =>
          void changeUrge(urge.id, details).then((done) => {
            if (!done.ok) return setStatus(problemWords(done.problem));
            setUrges(urges().map((u) => (u.id === urge.id ? done.value : u)));
            setStatus(i18n.t('common.saved'));
          })
        }
        onRemove={(urge) =>
          void removeUrge(urge.id).then(async (done) => {
            if (!done.ok) return setStatus(problemWords(done.problem));
            setRemoved(done.value);
            await load();
            setStatus(i18n.t('history.removed'));
            clearTimeout(undoTimer);
            undoTimer = setTimeout(() => setRemoved(undefined), UNDO_MS);
          })
        }
      />
      <Show when={more()}>
        <button type="button" onClick={() => void load(false)}>
          {i18n.t('history.more')}
        </button>
      </Show>
    </Section>
  );
}
