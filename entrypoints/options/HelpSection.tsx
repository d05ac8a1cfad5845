import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { i18n } from '#i18n';
import { CountryPicker } from '@/components/CountryPicker';
import { CrisisLines } from '@/components/CrisisLines';
import { FindHelp } from '@/components/FindHelp';
import { LinesEditor } from '@/components/LinesEditor';
import { adoptLines, readHelp, removeLine, saveCountry, saveLine } from '@/utils/commands/help';
import { recordReachOut } from '@/utils/commands/reach';
import { crisisLinesFor, usLines } from '@/utils/crisis-lines';
import { guessCountry } from '@/utils/reach-out/country-guess';
import { countryList, countryName } from '@/utils/words/countries';
import { problemWords } from '@/utils/words/problems';
import { Section } from './Section';

/**
 * Help now: the crisis lines as every screen shows them, the way to a meeting or a clinic (United
 * States), the person's country, and their own lines. With no country chosen, the country guessed from the browser is named beside the picker,
 * marked as a guess; nothing is saved until the person chooses, and the lines stay as they are.
 */
export function HelpSection() {
  const [help, { refetch }] = createResource(readHelp);
  const [status, setStatus] = createSignal('');
  const shown = createMemo(() => crisisLinesFor(help()?.lines ?? [], help()?.country));
  const countries = countryList();
  const guess = guessCountry(navigator.languages);
  const guessHint = () =>
    help() && help()?.country === undefined && guess !== undefined
      ? i18n.t('lines.countryGuess', [countryName(guess)])
      : undefined;

  const changeCountry = async (code: string | undefined) => {
    const done = await saveCountry(code);
    await refetch();
    setStatus(
      done.ok
        ? code
          ? i18n.t('lines.countrySaved', [countryName(code)])
          : i18n.t('common.saved')
        : problemWords(done.problem),
    );
  };

  return (
    <Section id="help" heading={i18n.t('nav.help')}>
      <CrisisLines
        lines={shown().lines}
        region={shown().region}
        onCall={(line) => void recordReachOut({ lineId: line.id }, 'call', 'options')}
      />
      <Show when={help()}>{(read) => <FindHelp country={read().country} id="help-find" />}</Show>
      <section aria-labelledby="lines-heading" class="stack">
        <h3 id="lines-heading">{i18n.t('lines.heading')}</h3>
        <p>{i18n.t('lines.intro')}</p>
        <CountryPicker
          id="country"
          countries={countries}
          value={help()?.country}
          hint={guessHint()}
          onChange={(code) => void changeCountry(code)}
        />
        <p role="status">{status()}</p>
        <Show when={shown().region === 'us'}>
          <button
            type="button"
            onClick={() =>
              void adoptLines(
                usLines().map((line) => ({ name: line.name, number: line.display, about: line.about ?? '' })),
              ).then(() => refetch())
            }
          >
            {i18n.t('lines.startFromUs')}
          </button>
        </Show>
        <LinesEditor
          lines={help()?.lines ?? []}
          onSave={async (fields, line) => {
            const done = await saveLine(fields, line?.id);
            await refetch();
            return done.ok ? undefined : problemWords(done.problem);
          }}
          onRemove={async (line, confirmed) => {
            const done = await removeLine(line.id, confirmed);
            await refetch();
            return done.ok ? undefined : problemWords(done.problem);
          }}
        />
      </section>
    </Section>
  );
}
