/**
 * The guard's only DOM work: one element on the page's <html>, holding a closed shadow root
 * with an opaque cover and the warning (an extension page in an iframe). Nothing of the
 * person's is put here: the frame is cross-origin to the page, and the page's scripts cannot
 * reach into a closed shadow root.
 */
export interface MountedWarning {
  /** Takes the warning off the page and gives focus back. */
  remove(): void;
  readonly frame: HTMLIFrameElement;
}

const HOST_STYLE =
  'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;';

const SHADOW_STYLE = `
:host { all: initial; }
.cover { position: fixed; inset: 0; background: #f6f4ef; }
iframe { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal; }
@media (prefers-color-scheme: dark) { .cover { background: #1d1f21; } }
`;

/** Puts the cover and the warning frame on the page at once (called at document_start). */
export function mountWarning(frameUrl: string, doc: Document = document): MountedWarning {
  const host = doc.createElement('steady-guard');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_STYLE;
  const cover = doc.createElement('div');
  cover.className = 'cover';
  const frame = doc.createElement('iframe');
  frame.src = frameUrl;
  frame.title = 'Steady';
  frame.setAttribute('allow', '');
  root.append(style, cover, frame);
  doc.documentElement.append(host);

  // Focus goes into the warning and stays there until a choice is made.
  const keepFocus = (event: FocusEvent) => {
    if (event.target !== host) frame.focus();
  };
  frame.addEventListener('load', () => frame.focus());
  doc.addEventListener('focusin', keepFocus, true);

  return {
    frame,
    remove() {
      doc.removeEventListener('focusin', keepFocus, true);
      host.remove();
    },
  };
}
