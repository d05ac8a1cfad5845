/**
 * The guard's only DOM work: one element on the page's <html>, holding a closed shadow root
 * with an opaque cover and, once the rules say this page warns, the warning (an extension page
 * in an iframe). Nothing of the person's is put here: the frame is cross-origin to the page, and
 * the page's scripts cannot reach into a closed shadow root.
 */
export interface Cover {
  /** Shows the warning for `frameUrl` on the cover (replacing any earlier one) and moves focus into it. */
  warn(frameUrl: string): void;
  /** The warning frame, once `warn` was called. */
  readonly frame: HTMLIFrameElement | undefined;
  /** Takes the cover and the warning off the page and gives focus back. */
  remove(): void;
}

const HOST_STYLE =
  'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;';

const SHADOW_STYLE = `
:host { all: initial; }
.cover { position: fixed; inset: 0; background: #f6f4ef; }
iframe { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal; }
@media (prefers-color-scheme: dark) { .cover { background: #1d1f21; } }
`;

/**
 * Covers the page at once (called at document_start, before the body exists), so that not one
 * frame of it shows while the rules are read.
 */
export function coverPage(doc: Document = document): Cover {
  const host = doc.createElement('steady-guard');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_STYLE;
  const cover = doc.createElement('div');
  cover.className = 'cover';
  root.append(style, cover);
  doc.documentElement.append(host);

  let frame: HTMLIFrameElement | undefined;
  // Once a warning shows, focus goes into it and stays there until a choice is made.
  const keepFocus = (event: FocusEvent) => {
    if (frame && event.target !== host) frame.focus();
  };

  return {
    get frame() {
      return frame;
    },
    warn(frameUrl) {
      frame?.remove();
      const next = doc.createElement('iframe');
      next.src = frameUrl;
      next.title = 'Steady';
      next.setAttribute('allow', '');
      next.addEventListener('load', () => next.focus());
      root.append(next);
      if (!frame) doc.addEventListener('focusin', keepFocus, true);
      frame = next;
    },
    remove() {
      doc.removeEventListener('focusin', keepFocus, true);
      host.remove();
      frame = undefined;
    },
  };
}
