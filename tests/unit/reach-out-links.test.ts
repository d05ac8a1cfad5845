import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Channel } from '@/utils/reach-out/channels';
import { type LinkProblem, MAX_MESSAGE_LENGTH, reachLink } from '@/utils/reach-out/links';

// Expected links are written out by hand, not computed with encodeURIComponent, so the tests do
// not share the code's idea of encoding.
const ASK = 'Can you call me?';
const ASK_ENCODED = 'Can%20you%20call%20me%3F';
const LINES = 'Rough day.\nCan we talk?';
const LINES_ENCODED = 'Rough%20day.%0ACan%20we%20talk%3F';
const EMOJI = 'Rough day 😔';
const EMOJI_ENCODED = 'Rough%20day%20%F0%9F%98%94';
const SYMBOLS = 'Tom & Jerry #1: 100% +1? a=b';
const SYMBOLS_ENCODED = 'Tom%20%26%20Jerry%20%231%3A%20100%25%20%2B1%3F%20a%3Db';
const QUOTES = "It's (really) hard! *";
const QUOTES_ENCODED = 'It%27s%20%28really%29%20hard%21%20%2A';

describe('reachLink: the exact link for each channel', () => {
  it.each<[Channel, string, string | undefined, string]>([
    ['call', '+15555550100', undefined, 'tel:+15555550100'],
    ['call', '+447400123456', ASK, 'tel:+447400123456'],
    ['text', '+15555550100', undefined, 'sms:+15555550100'],
    ['text', '+15555550100', '', 'sms:+15555550100'],
    ['text', '+15555550100', ASK, `sms:+15555550100?&body=${ASK_ENCODED}`],
    ['text', '+15555550100', LINES, `sms:+15555550100?&body=${LINES_ENCODED}`],
    ['text', '+15555550100', EMOJI, `sms:+15555550100?&body=${EMOJI_ENCODED}`],
    ['text', '+15555550100', SYMBOLS, `sms:+15555550100?&body=${SYMBOLS_ENCODED}`],
    ['text', '+15555550100', QUOTES, `sms:+15555550100?&body=${QUOTES_ENCODED}`],
    ['whatsapp', '+34612345678', undefined, 'https://wa.me/34612345678'],
    ['whatsapp', '+34612345678', ASK, `https://wa.me/34612345678?text=${ASK_ENCODED}`],
    ['whatsapp', '+34612345678', LINES, `https://wa.me/34612345678?text=${LINES_ENCODED}`],
    ['whatsapp', '+34612345678', EMOJI, `https://wa.me/34612345678?text=${EMOJI_ENCODED}`],
    ['whatsapp', '+34612345678', SYMBOLS, `https://wa.me/34612345678?text=${SYMBOLS_ENCODED}`],
    ['signal', '+4915123456789', undefined, 'https://signal.me/#p/+4915123456789'],
    ['signal', '+4915123456789', SYMBOLS, 'https://signal.me/#p/+4915123456789'],
    ['telegram', 'steady_friend', undefined, 'https://t.me/steady_friend'],
    ['telegram', '@steady_friend', undefined, 'https://t.me/steady_friend'],
    ['telegram', 'Steady_Friend5', ASK, `https://t.me/Steady_Friend5?text=${ASK_ENCODED}`],
    ['telegram', '@steady_friend', LINES, `https://t.me/steady_friend?text=${LINES_ENCODED}`],
    ['telegram', 'steady_friend', EMOJI, `https://t.me/steady_friend?text=${EMOJI_ENCODED}`],
    ['telegram', 'steady_friend', SYMBOLS, `https://t.me/steady_friend?text=${SYMBOLS_ENCODED}`],
    ['telegram', '+525512345678', undefined, 'https://t.me/+525512345678'],
    ['telegram', '+525512345678', ASK, `https://t.me/+525512345678?text=${ASK_ENCODED}`],
    ['email', 'sam@example.com', undefined, 'mailto:sam@example.com'],
    ['email', 'sam@example.com', ASK, `mailto:sam@example.com?body=${ASK_ENCODED}`],
    ['email', 'sam@example.com', EMOJI, `mailto:sam@example.com?body=${EMOJI_ENCODED}`],
    ['email', 'sam@example.com', SYMBOLS, `mailto:sam@example.com?body=${SYMBOLS_ENCODED}`],
    // RFC 6068: line breaks in a body are %0D%0A.
    ['email', 'sam@example.com', LINES, 'mailto:sam@example.com?body=Rough%20day.%0D%0ACan%20we%20talk%3F'],
    ['email', 'sam@example.com', 'a\r\nb\rc\nd', 'mailto:sam@example.com?body=a%0D%0Ab%0D%0Ac%0D%0Ad'],
    ['email', 'sam+steady@example.com', undefined, 'mailto:sam%2Bsteady@example.com'],
    ['email', "o'brien@example.ie", undefined, 'mailto:o%27brien@example.ie'],
    ['email', 'a%b@example.com', undefined, 'mailto:a%25b@example.com'],
    ['email', 'a/b?c#d&e=f@example.com', undefined, 'mailto:a%2Fb%3Fc%23d%26e%3Df@example.com'],
    ['email', 'josé@exämple.es', undefined, 'mailto:jos%C3%A9@ex%C3%A4mple.es'],
  ])('%s %j with %j → %s', (channel, address, message, href) => {
    expect(reachLink(channel, address, message)).toEqual({ ok: true, href });
  });

  it.each<[string | undefined, string | undefined, string]>([
    ['A note from Steady', undefined, 'mailto:sam@example.com?subject=A%20note%20from%20Steady'],
    ['A note from Steady', ASK, `mailto:sam@example.com?subject=A%20note%20from%20Steady&body=${ASK_ENCODED}`],
    ['Hi & hello #2?', 'x', 'mailto:sam@example.com?subject=Hi%20%26%20hello%20%232%3F&body=x'],
    ['', ASK, `mailto:sam@example.com?body=${ASK_ENCODED}`],
  ])('email subject %j and message %j → %s', (subject, message, href) => {
    expect(reachLink('email', 'sam@example.com', message, subject)).toEqual({ ok: true, href });
  });

  it('takes a message of exactly the longest length', () => {
    const message = 'x'.repeat(MAX_MESSAGE_LENGTH);
    expect(reachLink('text', '+15555550100', message)).toEqual({
      ok: true,
      href: `sms:+15555550100?&body=${message}`,
    });
  });
});

describe('reachLink: refusals', () => {
  const LONG = 'x'.repeat(MAX_MESSAGE_LENGTH + 1);
  it.each<[Channel, unknown, string | undefined, LinkProblem]>([
    ['call', 'javascript:alert(1)', undefined, 'invalid-phone'],
    ['call', 'tel:+15555550100', undefined, 'invalid-phone'],
    ['call', '15555550100', undefined, 'invalid-phone'],
    ['call', '+1 555 555 0100', undefined, 'invalid-phone'],
    ['call', ' +15555550100', undefined, 'invalid-phone'],
    ['call', '+15555550100\n', undefined, 'invalid-phone'],
    ['call', '+015555550100', undefined, 'invalid-phone'],
    ['call', '+123456', undefined, 'invalid-phone'],
    ['call', '+1234567890123456', undefined, 'invalid-phone'],
    ['call', '+１５５５５５５０１００', undefined, 'invalid-phone'],
    ['call', '', undefined, 'invalid-phone'],
    ['call', 15555550100, undefined, 'invalid-phone'],
    ['text', '+15555550100;body=x', undefined, 'invalid-phone'],
    ['text', '+15555550100', LONG, 'message-too-long'],
    ['text', '+15555550100', 'half a pair \ud83d', 'invalid-message'],
    ['whatsapp', '+15555550100?text=x', undefined, 'invalid-phone'],
    ['whatsapp', 'https://wa.me/15555550100', undefined, 'invalid-phone'],
    ['whatsapp', '+15555550100', '\udfff', 'invalid-message'],
    ['signal', '+15555550100#', undefined, 'invalid-phone'],
    ['signal', 'steady_friend', undefined, 'invalid-phone'],
    ['telegram', 'abcd', undefined, 'invalid-username'],
    ['telegram', '1steady', undefined, 'invalid-username'],
    ['telegram', '_steady', undefined, 'invalid-username'],
    ['telegram', 'steady-friend', undefined, 'invalid-username'],
    ['telegram', 'steady.friend', undefined, 'invalid-username'],
    ['telegram', `a${'b'.repeat(32)}`, undefined, 'invalid-username'],
    ['telegram', '@@steady_friend', undefined, 'invalid-username'],
    ['telegram', 'https://t.me/steady_friend', undefined, 'invalid-username'],
    ['telegram', 'share', undefined, 'invalid-username'],
    ['telegram', 'JoinChat', undefined, 'invalid-username'],
    ['telegram', 'stеady_friend', undefined, 'invalid-username'], // Cyrillic е
    ['telegram', '+steady', undefined, 'invalid-phone'],
    ['telegram', 'steady_friend', LONG, 'message-too-long'],
    ['email', 'javascript:alert(1)//@x.com', undefined, 'invalid-email'],
    ['email', 'sam@example.com?cc=other@example.com', undefined, 'invalid-email'],
    ['email', 'sam@example.com,other@example.com', undefined, 'invalid-email'],
    ['email', 'a,b@example.com', undefined, 'invalid-email'],
    ['email', '"sam smith"@example.com', undefined, 'invalid-email'],
    ['email', ' sam@example.com', undefined, 'invalid-email'],
    ['email', 'sam@example', undefined, 'invalid-email'],
    ['email', 'sam@exa mple.com', undefined, 'invalid-email'],
    ['email', 'sam@example.com\r\nBcc: x@example.com', undefined, 'invalid-email'],
    ['email', 'sam＠example.com', undefined, 'invalid-email'],
    ['email', 'sam@example.com', LONG, 'message-too-long'],
    ['email', 'sam@example.com', '\ud800', 'invalid-message'],
  ])('%s %j with %j → %s', (channel, address, message, problem) => {
    expect(reachLink(channel, address as string, message)).toEqual({ ok: false, problem });
  });

  it.each([['link'], ['javascript'], [''], [undefined]])('refuses the channel %j', (channel) => {
    expect(reachLink(channel as Channel, '+15555550100')).toEqual({ ok: false, problem: 'unknown-channel' });
  });

  it.each([['Hi\r\nBcc: evil@example.com'], ['Hi\nthere'], ['Hi\u0000'], ['x'.repeat(201)], ['\ud800']])(
    'refuses the email subject %j',
    (subject) => {
      expect(reachLink('email', 'sam@example.com', 'hi', subject)).toEqual({ ok: false, problem: 'invalid-subject' });
    },
  );

  it('leaves out a message where the channel takes none, whatever it holds', () => {
    expect(reachLink('call', '+15555550100', '\ud800')).toEqual({ ok: true, href: 'tel:+15555550100' });
    expect(reachLink('signal', '+15555550100', LONG)).toEqual({ ok: true, href: 'https://signal.me/#p/+15555550100' });
  });

  it('checks the address before the message', () => {
    expect(reachLink('text', 'nope', LONG)).toEqual({ ok: false, problem: 'invalid-phone' });
    expect(reachLink('email', 'nope', '\ud800')).toEqual({ ok: false, problem: 'invalid-email' });
  });
});

describe('what the popup loads', () => {
  // The popup and the warning page build links; only the options page parses phone numbers.
  it.each(['channels.ts', 'email.ts', 'links.ts', 'available.ts'])(
    'utils/reach-out/%s never loads libphonenumber',
    (file) => {
      const source = readFileSync(new URL(`../../utils/reach-out/${file}`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/from '[^']*(libphonenumber|reach-out\/phone)/);
    },
  );
});
