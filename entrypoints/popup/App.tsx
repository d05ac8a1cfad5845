import { createSignal } from 'solid-js';
import { browser } from 'wxt/browser';
import { CrisisLines } from '@/components/CrisisLines';
import { copy } from '@/utils/copy';
import { urgesRepo } from '@/utils/db/urges';
import { messageFor } from '@/utils/site-actions';

/** The toolbar popup: log an urge in one click, and reach someone. */
export function App() {
  const [status, setStatus] = createSignal('');
  const logUrge = () => {
    void urgesRepo()
      .put({ at: Date.now() })
      .then(
        () => setStatus(copy.popup.logged),
        (error) => setStatus(messageFor(error)),
      );
  };
  return (
    <main class="stack">
      <h1 class="visually-hidden">{copy.appName}</h1>
      <button type="button" class="primary" onClick={logUrge}>
        {copy.popup.logUrge}
      </button>
      <p role="status">{status()}</p>
      <CrisisLines />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {copy.popup.openSettings}
      </button>
    </main>
  );
}
