import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '@/utils/reach-out/channels';
import {
  CHANNEL_TARGETS,
  type LinkProblem,
  type LinkResult,
  MAX_MESSAGE_LENGTH,
  reachLink,
} from '@/utils/reach-out/links';

/**
 * Hostile strings thrown at every channel, as the address and as the message (and as the email
 * subject). For each result: either refused with a known code, or the link parses, keeps the
 * channel's scheme (and host), holds only printable ASCII, and decodes back to exactly the
 * address and words given. The number of cases run is counted and checked at the end.
 */

const RUNS = { address: 9_000, message: 9_000, subject: 4_000 } as const;
const MINIMUM_TOTAL = 100_000;

const PROBLEMS: readonly LinkProblem[] = [
  'unknown-channel',
  'invalid-phone',
  'invalid-email',
  'invalid-username',
  'invalid-message',
  'message-too-long',
  'invalid-subject',
];

// --- What hostile strings are made of -------------------------------------------------------

const SCHEMES = [
  'javascript:',
  'JaVaScRiPt:',
  'JAVASCRIPT:alert(1)',
  'javascript://%0aalert(1)',
  'data:',
  'DATA:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD4=',
  'file:',
  'file:///etc/passwd',
  'FiLe://c:/windows',
  'vbscript:',
  'VbScRiPt:msgbox(1)',
  'java\tscript:',
  'java\nscript:',
  'java\u0000script:',
  'jav&#x09;ascript:',
  'http:',
  'https:',
  'https://evil.example/',
  'HTTPS://EVIL.EXAMPLE',
  '//evil.example',
  'tel:',
  'sms:',
  'mailto:',
  'intent://x#Intent;end',
  'blob:',
  'about:blank',
  'chrome-extension://abc/',
  'moz-extension://abc/',
];
/** Whitespace and control characters, to go before (or inside) anything. */
const CONTROLS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ufeff',
];
/** Unicode look-alikes: fullwidth, Cyrillic, other digits and slashes. */
const LOOKALIKES = [
  'ｊａｖａｓｃｒｉｐｔ：',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
  'јаvаsсrірt:', // Cyrillic ј а ѕ с і р
  'ԁаtа:',
  'wа.me', // Cyrillic а
  'ѕignal.me',
  'ｔ．ｍｅ',
  't。me',
  '＠',
  '﹫',
  '／／',
  '∕∕evil.example',
  '⁄',
  '＋１５５５５５５０１００',
  '＋',
  '١٢٣٤٥٦٧٨',
  '۱۲۳',
  '𝟏𝟐𝟑𝟒𝟓𝟔𝟕',
  'ⅰⅱ',
  'ꓸ',
  '․',
  '％０ａ',
  '＃',
  '？',
  '＆',
];
const PERCENT = [
  '%0a',
  '%0A',
  '%0d%0a',
  '%00',
  '%2F',
  '%2f',
  '%252F',
  '%25252F',
  '%25',
  '%',
  '%%',
  '%2',
  '%zz',
  '%u0041',
  '%3A',
  '%40',
  '%23',
  '%3F',
  '%26',
  '%3D',
  '%2B',
  '%20',
  '%E2%80%AE',
  '%C0%AF',
  '%EF%BC%8F',
  '%ED%A0%80',
];
const TRICKS = [
  '@',
  '@@',
  '//',
  '///',
  '\\',
  '\\\\evil.example\\',
  '/\\evil.example',
  '@evil.example',
  'user:pass@evil.example',
  'evil.example@',
  '?',
  '#',
  '&',
  '=',
  '+',
  ';',
  ',',
  ':',
  '"',
  "'",
  '<',
  '>',
  '`',
  '(',
  ')',
  '[',
  ']',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '..',
  '/../',
  '&body=',
  '?&body=',
  ';body=',
  '?text=',
  '&text=',
  '#p/',
  '?subject=x&cc=evil@example.com',
  '&bcc=evil@example.com',
  '\r\nBcc: evil@example.com',
  'wa.me',
  't.me',
  'signal.me',
  'evil.example',
  'share',
  'joinchat/abc',
  '.',
  '-',
  '_',
];
/** Real addresses, so hostile parts also land next to something that would pass alone. */
const REAL = [
  '+15555550100',
  '15555550100',
  '+447400123456',
  'sam@example.com',
  'steady_friend',
  '@steady_friend',
  'josé@exämple.es',
];
const UNICODE = ['😔', '👩‍👩‍👧', 'é', 'e\u0301', '中文', 'עברית', 'ﷺ', '\ud800', '\udfff', '\udbff\udfff', '\ud83d'];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const piece = fc.oneof(
  fc.constantFrom(...SCHEMES),
  fc.constantFrom(...CONTROLS),
  fc.constantFrom(...LOOKALIKES),
  fc.constantFrom(...PERCENT),
  fc.constantFrom(...TRICKS),
  fc.constantFrom(...REAL),
  fc.constantFrom(...UNICODE),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }),
  // Any UTF-16 unit, lone surrogates included.
  fc.string({ unit: anyUnit, maxLength: 6 }),
  fc.stringMatching(/^\+[1-9]\d{6,14}$/),
);
const short = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
/** A short hostile string repeated out to a given length. */
const repeated = (min: number, max: number) =>
  fc
    .tuple(short, fc.integer({ min, max }))
    .map(([text, length]) => (text || 'x').repeat(Math.ceil(length / Math.max(1, text.length))).slice(0, length));
/** 10k+ characters. */
const veryLong = repeated(10_000, 12_000);
/** Either side of the message limit. */
const nearLimit = repeated(MAX_MESSAGE_LENGTH - 10, MAX_MESSAGE_LENGTH + 10);
const hostile = fc.oneof(
  { arbitrary: short, weight: 16 },
  { arbitrary: nearLimit, weight: 2 },
  { arbitrary: veryLong, weight: 1 },
);

// --- Addresses each channel accepts ----------------------------------------------------------

const e164 = fc.stringMatching(/^\+[1-9]\d{6,14}$/);
const username = fc.stringMatching(/^@?[A-Za-z][A-Za-z0-9_]{4,31}$/);
const email = fc.constantFrom(
  'sam@example.com',
  'sam+steady@example.com',
  "o'brien@example.ie",
  'a/b?c#d&e=f%g@example.com',
  'josé@exämple.es',
  '用户@例子.广告',
);
const goodAddress: Record<Channel, fc.Arbitrary<string>> = {
  call: e164,
  text: e164,
  email,
  whatsapp: e164,
  signal: e164,
  telegram: fc.oneof(
    username.filter((name) => !/^@?(share|joinchat|proxy|login|socks)$/i.test(name)),
    e164,
  ),
};

// --- The oracle ------------------------------------------------------------------------------
// Plain checks rather than expect(): over a hundred thousand cases, expect's bookkeeping would
// be most of the run time. A failed check throws, and fast-check reports the shrunk input.

const E164 = /^\+[1-9][0-9]{6,14}$/;

function must(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}
function same(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
}

/** The one query parameter a link may carry, decoded two ways that must agree. */
function onlyParam(url: URL, name: string): string | undefined {
  const params = new URLSearchParams(url.search);
  const names = [...params.keys()];
  must(names.length <= 1 && names.every((key) => key === name), `only ${name} in ${url.search}`);
  const value = params.get(name) ?? undefined;
  if (value !== undefined) {
    const raw = new RegExp(`[?&]${name}=([^&]*)$`).exec(url.search)?.[1];
    same(decodeURIComponent(raw ?? ''), value, `${name} decoded`);
  }
  return value;
}

/** The words a link should carry: none for empty, CRLF line breaks in an email body. */
const expectedWords = (message: string | undefined, channel: Channel) => {
  if (message === undefined || message === '') return undefined;
  return channel === 'email' ? message.replace(/\r\n|\r|\n/g, '\r\n') : message;
};

function check(
  channel: Channel,
  address: string,
  message: string | undefined,
  subject: string | undefined,
  result: LinkResult,
): void {
  if (!result.ok) {
    must(PROBLEMS.includes(result.problem), `known problem ${result.problem}`);
    return;
  }
  const { href } = result;
  // Nothing left unescaped: no space, control, non-ASCII or other raw character.
  must(/^[\x21-\x7e]+$/.test(href), `printable ASCII only: ${href}`);
  const url = new URL(href);
  same(url.href, href, 'the link reads back unchanged');
  const target = CHANNEL_TARGETS[channel];
  same(url.protocol, target.protocol, 'protocol');
  if (target.host) {
    same(url.host, target.host, 'host');
    same(url.username + url.password + url.port, '', 'no user, password or port');
  }
  if (channel !== 'signal') same(url.hash, '', 'no fragment');
  const words = expectedWords(message, channel);
  switch (channel) {
    case 'call':
      must(E164.test(address), 'E.164');
      same(href, `tel:${address}`, 'tel link');
      break;
    case 'signal':
      must(E164.test(address), 'E.164');
      same(url.pathname + url.search, '/', 'signal path');
      same(url.hash, `#p/${address}`, 'signal number');
      break;
    case 'text':
      must(E164.test(address), 'E.164');
      same(url.pathname, address, 'sms number');
      same(onlyParam(url, 'body'), words, 'sms body');
      break;
    case 'whatsapp':
      must(E164.test(address), 'E.164');
      same(url.pathname, `/${address.slice(1)}`, 'wa.me number');
      same(onlyParam(url, 'text'), words, 'wa.me text');
      break;
    case 'telegram':
      same(url.pathname, `/${address.replace(/^@/, '')}`, 't.me name');
      same(onlyParam(url, 'text'), words, 't.me text');
      break;
    case 'email': {
      same(decodeURIComponent(url.pathname), address, 'mailto address');
      const params = new URLSearchParams(url.search);
      must(
        [...params.keys()].every((key) => key === 'subject' || key === 'body'),
        `only subject and body: ${url.search}`,
      );
      must(params.getAll('subject').length <= 1 && params.getAll('body').length <= 1, 'each field once');
      same(params.get('subject') ?? undefined, subject || undefined, 'mailto subject');
      same(params.get('body') ?? undefined, words, 'mailto body');
      break;
    }
  }
}

/** A refusal of the words alone is only ever for a reason the words really have. */
function checkWordsRefusal(result: LinkResult, message: string): void {
  if (result.ok) return;
  if (result.problem === 'message-too-long') must(message.length > MAX_MESSAGE_LENGTH, 'really too long');
  else must(result.problem === 'invalid-message' && !message.isWellFormed(), `refused for ${result.problem}`);
}

// --- The runs --------------------------------------------------------------------------------

const counts = new Map<string, number>();
const tally = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

afterAll(() => {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const detail = [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
  console.log(`hostile link cases: ${total} (${detail})`);
  expect(total).toBeGreaterThanOrEqual(MINIMUM_TOTAL);
});

describe.each(CHANNELS)('reachLink(%s) with hostile input', (channel) => {
  it('a hostile address is refused or becomes exactly its own link', () => {
    const address = fc.oneof(
      { arbitrary: hostile, weight: 4 },
      // A real address with hostile strings around it.
      { arbitrary: fc.tuple(short, goodAddress[channel], short).map((parts) => parts.join('')), weight: 1 },
    );
    const message = fc.option(fc.oneof(hostile, fc.string()), { nil: undefined });
    fc.assert(
      fc.property(address, message, (address, message) => {
        tally(`${channel}/address`);
        check(channel, address, message, undefined, reachLink(channel, address, message));
      }),
      { numRuns: RUNS.address },
    );
  });

  it('a hostile message is refused for its own fault or carried exactly', () => {
    fc.assert(
      fc.property(goodAddress[channel], hostile, (address, message) => {
        tally(`${channel}/message`);
        const result = reachLink(channel, address, message);
        checkWordsRefusal(result, message);
        check(channel, address, message, undefined, result);
      }),
      { numRuns: RUNS.message },
    );
  });
});

describe('reachLink(email) with a hostile subject', () => {
  it('is refused or carried exactly', () => {
    fc.assert(
      fc.property(email, hostile, fc.string(), (address, subject, message) => {
        tally('email/subject');
        check('email', address, message, subject, reachLink('email', address, message, subject));
      }),
      { numRuns: RUNS.subject },
    );
  });
});

describe('reachLink with good addresses and ordinary words', () => {
  // Not hostile, and not counted: the other half of the contract, that good input is never refused.
  const words = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((text) => text.length <= MAX_MESSAGE_LENGTH);
  it.each(CHANNELS)('%s always makes a link', (channel) => {
    fc.assert(
      fc.property(goodAddress[channel], words, (address, message) => {
        const result = reachLink(channel, address, message);
        must(result.ok, `refused ${address} with ${JSON.stringify(message)}`);
        check(channel, address, message, undefined, result);
      }),
      { numRuns: 500 },
    );
  });
});
