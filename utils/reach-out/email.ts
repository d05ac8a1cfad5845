/** Why an email address cannot be used to reach someone. */
export type EmailProblem =
  | 'empty'
  | 'too-long'
  | 'spaces'
  | 'no-at'
  | 'many-at'
  | 'bad-local'
  | 'no-dot'
  | 'bad-domain';

/** A checked address, or the first problem found. */
export type EmailResult = { ok: true; address: string } | { ok: false; problem: EmailProblem };

// RFC 5321 4.5.3.1: a path holds at most 256 octets with its angle brackets, so an address at
// most 254; a local part at most 64 and a domain label at most 63.
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_LABEL = 63;

/**
 * The part before the @: a dot-atom (RFC 5322 3.2.3), atoms of atext joined by single dots,
 * with letters, marks and digits of any script (RFC 6531). Quoted local parts and the specials
 * ( ) < > [ ] : ; , " \ are refused: a mail client may read a comma or a quote as the end of
 * one recipient, so they cannot be made safe in a mailto: link.
 */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\p{L}\\p{M}\\p{N}]+";
const LOCAL = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');

/** One domain label: letters, marks and digits of any script (IDNA), hyphens inside only. */
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

/**
 * Checks an email address as a person typed it: trimmed, one @, a dot in the domain, no spaces
 * or control characters, and within the length limits. Pure; returns a problem code, never
 * words. An address it accepts always makes a mailto: link (utils/reach-out/links.ts).
 */
export function checkEmail(input: string): EmailResult {
  const address = typeof input === 'string' ? input.trim() : '';
  const fail = (problem: EmailProblem): EmailResult => ({ ok: false, problem });
  if (address === '') return fail('empty');
  if (address.length > MAX_ADDRESS) return fail('too-long');
  if (/\s/u.test(address)) return fail('spaces');
  const parts = address.split('@');
  if (parts.length < 2) return fail('no-at');
  if (parts.length > 2) return fail('many-at');
  const [local = '', domain = ''] = parts;
  if (local.length > MAX_LOCAL) return fail('too-long');
  if (!LOCAL.test(local)) return fail('bad-local');
  if (!domain.includes('.')) return fail('no-dot');
  const labels = domain.split('.');
  if (!labels.every((label) => label.length <= MAX_LABEL && LABEL.test(label))) return fail('bad-domain');
  // A top-level domain is never all digits; this also refuses a bare IPv4 address.
  if (/^\p{N}+$/u.test(labels.at(-1) ?? '')) return fail('bad-domain');
  return { ok: true, address };
}
