import { createSignal, onCleanup } from 'solid-js';

/**
 * The section the address names (`options.html#plan`), following back, forward and links.
 * An alias names another section; an empty or unknown address shows `fallback`.
 */
export function createRoute<T extends string>(
  sections: readonly T[],
  fallback: T,
  aliases: Partial<Record<string, T>> = {},
) {
  const read = (): T => {
    const hash = decodeURIComponent(location.hash.slice(1));
    return (sections as readonly string[]).includes(hash) ? (hash as T) : (aliases[hash] ?? fallback);
  };
  const [section, setSection] = createSignal<T>(read());
  const onHash = () => setSection(() => read());
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));
  return section;
}
