import { type Channel, isChannel } from '@/utils/reach-out/channels';
import { checkEmail } from '@/utils/reach-out/email';

/**
 * The exact link that reaches a support person on one channel. Pure, and small enough for the
 * popup: it does not parse phone numbers (utils/reach-out/phone.ts does that on the options
 * page); it takes the stored, already normalised address and checks it again strictly, since a
 * stored value could be anything.
 *
 * Only these links are ever made, with every variable part percent-encoded:
 *   call      tel:+15555550100
 *   text      sms:+15555550100?&body=<message>
 *   email     mailto:<local>@<domain>?subject=<subject>&body=<message>
 *   whatsapp  https://wa.me/15555550100?text=<message>
 *   signal    https://signal.me/#p/+15555550100
 *   telegram  https://t.me/<username>?text=<message>  or  https://t.me/+15555550100?text=<message>
 */

/** Why no link could be made. */
export type LinkProblem =
  | 'unknown-channel'
  | 'invalid-phone'
  | 'invalid-email'
  | 'invalid-username'
  | 'invalid-message'
  | 'message-too-long'
  | 'invalid-subject';

/** A link, or why there is none. */
export type LinkResult = { ok: true; href: string } | { ok: false; problem: LinkProblem };

/** The longest message (UTF-16 code units) put in a link; the options page can hold the person to it. */
export const MAX_MESSAGE_LENGTH = 1000;
/** The longest email subject put in a link. */
export const MAX_SUBJECT_LENGTH = 200;

/** The only scheme each channel's link may have, and for https the only host. */
export const CHANNEL_TARGETS: Readonly<Record<Channel, { protocol: string; host?: string }>> = {
  call: { protocol: 'tel:' },
  text: { protocol: 'sms:' },
  email: { protocol: 'mailto:' },
  whatsapp: { protocol: 'https:', host: 'wa.me' },
  signal: { protocol: 'https:', host: 'signal.me' },
  telegram: { protocol: 'https:', host: 't.me' },
};

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * A Telegram username as Telegram allows it: 5–32 characters, Latin letters, digits and
 * underscores, starting with a letter; `@` in front is allowed and dropped.
 */
const USERNAME = /^@?([A-Za-z][A-Za-z0-9_]{4,31})$/;

/**
 * t.me paths that are not people: core.telegram.org/api/links lists them as the names a
 * `<name>.t.me` link never resolves as a username (shorter ones fail the length rule anyway).
 * A link to one would open something else, a failure that looks like success.
 */
const TELEGRAM_RESERVED = new Set([
  'addemoji',
  'addlist',
  'addstickers',
  'addstyle',
  'addtheme',
  'auction',
  'boost',
  'confirmphone',
  'contact',
  'giftcode',
  'invoice',
  'joinchat',
  'login',
  'proxy',
  'setlanguage',
  'share',
  'socks',
]);

/** Subjects are header fields: no line breaks or other control characters. */
const SUBJECT_CONTROLS = /[\p{Cc}\u2028\u2029]/u;

/**
 * encodeURIComponent, and also ! ' ( ) *, so a part holds only unreserved characters and
 * percent-escapes (RFC 3986) and no parser can find a delimiter in it.
 */
const encode = (part: string): string =>
  encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const fail = (problem: LinkProblem): LinkResult => ({ ok: false, problem });

/** The digits of an E.164 number, without the plus; undefined for anything else. */
const phoneDigits = (address: string): string | undefined => (E164.test(address) ? address.slice(1) : undefined);

/** Why a message cannot go in a link: too long, or not text (a lone surrogate cannot be encoded). */
function messageProblem(message: string): LinkProblem | undefined {
  if (typeof message !== 'string') return 'invalid-message';
  if (message.length > MAX_MESSAGE_LENGTH) return 'message-too-long';
  if (!message.isWellFormed()) return 'invalid-message';
  return undefined;
}

function subjectProblem(subject: string): LinkProblem | undefined {
  if (typeof subject !== 'string' || subject.length > MAX_SUBJECT_LENGTH) return 'invalid-subject';
  if (!subject.isWellFormed() || SUBJECT_CONTROLS.test(subject)) return 'invalid-subject';
  return undefined;
}

/** `base` with the message appended as `field` + encoded text, or `base` alone without a message. */
function withMessage(base: string, field: string, message: string | undefined): LinkResult {
  if (message === undefined || message === '') return { ok: true, href: base };
  const problem = messageProblem(message);
  return problem ? fail(problem) : { ok: true, href: `${base}${field}${encode(message)}` };
}

/**
 * The link that reaches `address` on `channel`, with the message pre-filled where the channel
 * takes one (call and signal take none: the message is left out). An empty message or subject
 * is none. `subject` is used by email only. The address is checked first, then the message.
 */
export function reachLink(channel: Channel, address: string, message?: string, subject?: string): LinkResult {
  if (!isChannel(channel)) return fail('unknown-channel');
  if (typeof address !== 'string') {
    return fail(channel === 'email' ? 'invalid-email' : channel === 'telegram' ? 'invalid-username' : 'invalid-phone');
  }
  if (channel === 'email') return emailLink(address, message, subject);
  if (channel === 'telegram') return telegramLink(address, message);

  const digits = phoneDigits(address);
  if (!digits) return fail('invalid-phone');
  const number = `+${encode(digits)}`;
  switch (channel) {
    case 'call':
      return { ok: true, href: `tel:${number}` };
    case 'text':
      // `?body=` is RFC 5724 and what Android reads; iOS from version 8 read `&body=` straight
      // after the number. `?&body=` satisfies both: an RFC 5724 parser sees an empty first field
      // and then body, and iOS finds `&body=`.
      return withMessage(`sms:${number}`, '?&body=', message);
    case 'whatsapp':
      // faq.whatsapp.com "click to chat": wa.me/<number in international format, digits only,
      // no plus>?text=<URL-encoded text>.
      return withMessage(`https://wa.me/${encode(digits)}`, '?text=', message);
    case 'signal':
      // signal.me/#p/<E.164>: the number rides in the fragment, which never reaches a server.
      // Signal links carry no message.
      return { ok: true, href: `https://signal.me/#p/${number}` };
  }
}

function emailLink(address: string, message: string | undefined, subject: string | undefined): LinkResult {
  const checked = checkEmail(address);
  if (!checked.ok || checked.address !== address) return fail('invalid-email');
  const fields: string[] = [];
  if (subject !== undefined && subject !== '') {
    const problem = subjectProblem(subject);
    if (problem) return fail(problem);
    fields.push(`subject=${encode(subject)}`);
  }
  if (message !== undefined && message !== '') {
    const problem = messageProblem(message);
    if (problem) return fail(problem);
    // RFC 6068 5: a line break in the body MUST be written %0D%0A, so every \n, \r or \r\n
    // becomes \r\n before encoding.
    fields.push(`body=${encode(message.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  }
  // RFC 6068 2: each side of the address is percent-encoded where needed (% / ? # & and
  // non-ASCII among them); the one @ between them stays.
  const at = address.lastIndexOf('@');
  const to = `${encode(address.slice(0, at))}@${encode(address.slice(at + 1))}`;
  return { ok: true, href: `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}` };
}

/**
 * Telegram: core.telegram.org/api/links documents `t.me/<username>?text=<draft_text>` (public
 * username links) and `t.me/+<phone_number>?text=<draft_text>` (phone number links); draft_text
 * is "UTF-8 text to pre-enter into the text input bar, if the user can write in the chat". The
 * app only fills the input bar; nothing is sent. A phone number link opens only if the person's
 * privacy settings let them be found by number.
 */
function telegramLink(address: string, message: string | undefined): LinkResult {
  if (address.startsWith('+')) {
    const digits = phoneDigits(address);
    return digits ? withMessage(`https://t.me/+${encode(digits)}`, '?text=', message) : fail('invalid-phone');
  }
  const name = USERNAME.exec(address)?.[1];
  if (!name || TELEGRAM_RESERVED.has(name.toLowerCase())) return fail('invalid-username');
  return withMessage(`https://t.me/${encode(name)}`, '?text=', message);
}
