import { createSignal, type JSX } from 'solid-js';
import { i18n } from '#i18n';
import { LapseFlow } from '@/components/LapseFlow';
import type { Chip } from '@/components/TriggerChips';
import type { Done } from '@/utils/commands/run';
import type { Lapse, SitePattern, TriggerTimeRule } from '@/utils/db/schema';
import type * as Later from './later';

export interface LapseViewProps {
  chips: readonly Chip[];
  /** The urge this check-in follows (its outcome was "I used"): the lapse is linked to it. */
  urge?: { id: string; triggers?: readonly string[] };
  openSite?: string;
  /** A hard time around now, offered as one change. */
  timeAround?: TriggerTimeRule;
  /** What the popup loads after its first view (the words for problems; the lapse's, the plan's and the times' commands). */
  later: Promise<typeof Later>;
  /** The same, once it is there: the change step's hard time is named with it. */
  loaded?: typeof Later;
  country: string | undefined;
  canRestart: boolean;
  reachOut: JSX.Element;
  safetyLines: JSX.Element;
  onFlagSite(): Promise<string | undefined>;
  onFlagPattern(pattern: SitePattern): Promise<string | undefined>;
  /** Nothing was kept: the person tapped "I used" (or chose it on an urge) by mistake. */
  onMistake(): void;
  onFinish(): void;
}

/** The popup's "I used": the lapse check-in, wired to the commands. The lapse is kept only when the person goes on. */
export function LapseView(props: LapseViewProps) {
  const [lapse, setLapse] = createSignal<Lapse>();
  const words = async (done: Done<unknown>) => (done.ok ? undefined : (await props.later).problemWords(done.problem));

  return (
    <LapseFlow
      chips={props.chips}
      triggers={props.urge?.triggers}
      openSite={props.openSite}
      timeSuggestion={props.timeAround && props.loaded?.describeRule(props.timeAround)}
      country={props.country}
      canRestart={props.canRestart}
      reachOut={props.reachOut}
      safetyLines={props.safetyLines}
      onKeep={async () => {
        const done = await (await props.later).recordLapse({
          ...(props.urge ? { urgeId: props.urge.id } : {}),
          ...(props.urge?.triggers?.length ? { triggers: [...props.urge.triggers] } : {}),
        });
        if (done.ok) setLapse(done.value);
        return words(done);
      }}
      onMistake={props.onMistake}
      onDetails={async (details) => {
        const current = lapse();
        if (!current) return;
        const done = await (await props.later).changeLapse(current, details);
        if (done.ok) setLapse(done.value);
      }}
      onFlagSite={props.onFlagSite}
      onFlagPattern={props.onFlagPattern}
      onAddTime={async () => {
        if (!props.timeAround) return undefined;
        return words(await (await props.later).saveTime(i18n.t('lapse.changeTimeLabel'), props.timeAround));
      }}
      onAddLine={async (section, line) => words(await (await props.later).addPlanLine(section, line))}
      onFinish={props.onFinish}
    />
  );
}
