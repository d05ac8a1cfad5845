import { type Bitmap2D, generate } from 'lean-qr/nano';
import { createMemo, Show } from 'solid-js';

/** Modules of white around the code, as the QR standard asks, so a phone finds its edges. */
const QUIET = 4;
/** The largest code drawn (version 15, 77 modules a side): larger ones are hard for a camera to read off a screen. */
const MAX_SIZE = 77;

/** The code of a link, or undefined when it is too long to be read from a screen. */
function codeOf(href: string): Bitmap2D | undefined {
  try {
    const code = generate(href);
    return code.size <= MAX_SIZE ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The QR code's modules as one SVG path, one square each. */
function modulesPath(code: Bitmap2D): string {
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return d;
}

/**
 * A QR code of the `tel:` or `sms:` link that reaches a person, drawn here on the device
 * (lean-qr, no request), so the person scans it with their phone and the call or text starts
 * there. A text whose message makes the code too dense gets the code of the bare number link
 * (`sms:+1…`), named so. Loaded only when shown (ReachOut imports it lazily), so the popup's first
 * view does not carry it. Always dark on light, in dark mode and forced colors too: a camera needs
 * the contrast. Its name (aria-label, and the SVG's title) is the caption's words, so a screen reader
 * hears them once.
 */
export function PhoneCode(props: {
  /** The link: `tel:+1…`, or `sms:+1…?&body=…` (utils/reach-out/links.ts). */
  href: string;
  /** The caption for the code of the whole link, and for the bare number's. */
  label: string;
  bareLabel: string;
}) {
  const shown = createMemo(() => {
    const whole = codeOf(props.href);
    if (whole) return { code: whole, label: props.label };
    // The link less its message: the number's own link, as links.ts writes it before the query.
    const bare = codeOf(props.href.split('?')[0] ?? '');
    return bare ? { code: bare, label: props.bareLabel } : undefined;
  });
  return (
    <Show when={shown()}>
      {(it) => {
        const side = () => it().code.size + 2 * QUIET;
        return (
          <figure class="phone-code">
            <svg
              role="img"
              aria-label={it().label}
              viewBox={`${-QUIET} ${-QUIET} ${side()} ${side()}`}
              shape-rendering="crispEdges"
            >
              <title>{it().label}</title>
              <rect x={-QUIET} y={-QUIET} width={side()} height={side()} fill="#fff" />
              <path d={modulesPath(it().code)} fill="#000" />
            </svg>
            <figcaption class="hint" aria-hidden="true">
              {it().label}
            </figcaption>
          </figure>
        );
      }}
    </Show>
  );
}
