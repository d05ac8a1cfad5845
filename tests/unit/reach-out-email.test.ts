import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEmail, type EmailProblem } from '@/utils/reach-out/email';
import { reachLink } from '@/utils/reach-out/links';

describe('checkEmail', () => {
  it.each<[string, string]>([
    ['sam@example.com', 'sam@example.com'],
    ['  sam@example.com \n', 'sam@example.com'],
    ['Sam.Smith+steady@mail.example.co.uk', 'Sam.Smith+steady@mail.example.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['a/b?c#d&e=f%g@example.com', 'a/b?c#d&e=f%g@example.com'],
    ['josé@exämple.es', 'josé@exämple.es'],
    ['用户@例子.广告', '用户@例子.广告'],
    ['x@xn--mnchen-3ya.de', 'x@xn--mnchen-3ya.de'],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.com`, `${'a'.repeat(64)}@${'b'.repeat(63)}.com`],
  ])('%j → %j', (input, address) => {
    expect(checkEmail(input)).toEqual({ ok: true, address });
  });

  it.each<[unknown, EmailProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`, 'too-long'],
    [`${'a'.repeat(65)}@example.com`, 'too-long'],
    ['sam smith@example.com', 'spaces'],
    ['sam@example.com\nbcc@example.com', 'spaces'],
    ['sam\u00a0@example.com', 'spaces'],
    ['example.com', 'no-at'],
    ['sam＠example.com', 'no-at'],
    ['sam@@example.com', 'many-at'],
    ['a@b@example.com', 'many-at'],
    ['@example.com', 'bad-local'],
    ['.sam@example.com', 'bad-local'],
    ['sam.@example.com', 'bad-local'],
    ['sa..m@example.com', 'bad-local'],
    ['"sam"@example.com', 'bad-local'],
    ['a,b@example.com', 'bad-local'],
    ['javascript:alert(1)//@example.com', 'bad-local'],
    ['<sam>@example.com', 'bad-local'],
    ['sam\u0000@example.com', 'bad-local'],
    ['sam\u202e@example.com', 'bad-local'],
    ['sa\ud800m@example.com', 'bad-local'],
    ['sam@', 'no-dot'],
    ['sam@localhost', 'no-dot'],
    ['sam@example..com', 'bad-domain'],
    ['sam@.example.com', 'bad-domain'],
    ['sam@example.com.', 'bad-domain'],
    ['sam@-example.com', 'bad-domain'],
    ['sam@example-.com', 'bad-domain'],
    ['sam@exa_mple.com', 'bad-domain'],
    ['sam@example.com?cc=x', 'bad-domain'],
    ['sam@example.com/path', 'bad-domain'],
    ['sam@[127.0.0.1]', 'bad-domain'],
    ['sam@127.0.0.1', 'bad-domain'],
    [`sam@${'b'.repeat(64)}.com`, 'bad-domain'],
  ])('%j → %s', (input, problem) => {
    expect(checkEmail(input as string)).toEqual({ ok: false, problem });
  });

  it('accepts generated RFC 5322 addresses within the limits, and each makes a mailto: link', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const [local = ''] = address.split('@');
        fc.pre(address.length <= 254 && local.length <= 64);
        expect(checkEmail(address)).toEqual({ ok: true, address });
        expect(reachLink('email', address).ok).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
