/**
 * Punycode (RFC 3492) decoding, for showing an internationalised site the way the person
 * typed it: sites are stored in ASCII (`xn--bcher-kva.de`) and shown as `bücher.de`.
 * Encoding is left to the browser's URL parser, which applies the full IDNA rules.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** The value of one base-36 digit (`a`–`z` are 0–25, `0`–`9` are 26–35), or BASE if it is not one. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** Decodes the part of a label after `xn--`; undefined when it is not valid punycode. */
export function decodeLabel(input: string): string | undefined {
  const output: number[] = [];
  const delimiter = input.lastIndexOf('-');
  for (let j = 0; j < delimiter; j++) {
    const code = input.charCodeAt(j);
    if (code >= 128) return undefined;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      if (i > Number.MAX_SAFE_INTEGER / BASE) return undefined;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      weight *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/**
 * A host for display: each `xn--` label decoded (`xn--bcher-kva.de` → `bücher.de`). Labels
 * that are not valid punycode are kept as they are, so the result is never empty or wrong.
 */
export function toUnicode(host: string): string {
  if (!host.toLowerCase().includes('xn--')) return host;
  return host
    .split('.')
    .map((label) => {
      if (label.slice(0, 4).toLowerCase() !== 'xn--') return label;
      const decoded = decodeLabel(label.slice(4));
      return decoded === undefined || decoded === '' ? label : decoded;
    })
    .join('.');
}
