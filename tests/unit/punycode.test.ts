import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeLabel, toUnicode } from '@/utils/triggers/punycode';

describe('decodeLabel: RFC 3492 section 7.1 samples', () => {
  it.each([
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['ihqwctvzc91f659drss3x8bo0yb', '他們爲什麽不說中文'],
    ['Proprostnemluvesky-uyb24dma41a', 'Pročprostěnemluvíčesky'],
    ['4dbcagdahymbxekheh6e0a7fei0b', 'למההםפשוטלאמדבריםעברית'],
    ['i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd', 'यहलोगहिन्दीक्योंनहींबोलसकतेहैं'],
    ['n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa', 'なぜみんな日本語を話してくれないのか'],
    ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
    ['PorqunopuedensimplementehablarenEspaol-fmd56a', 'PorquénopuedensimplementehablarenEspañol'],
    ['TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g', 'TạisaohọkhôngthểchỉnóitiếngViệt'],
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n', '安室奈美恵-with-SUPER-MONKEYS'],
    ['Hello-Another-Way--fc4qua05auwb3674vfr0b', 'Hello-Another-Way-それぞれの場所'],
    ['2-u9tlzr9756bt3uc0v', 'ひとつ屋根の下2'],
    ['MajiKoi5-783gue6qz075azm5e', 'MajiでKoiする5秒前'],
    ['de-jg4avhby1noc0d', 'パフィーdeルンバ'],
    ['d9juau41awczczp', 'そのスピードで'],
    ['-> $1.00 <--', '-> $1.00 <-'],
    ['bcher-kva', 'bücher'],
    ['mnchen-3ya', 'münchen'],
    ['ls8h', '💩'],
    ['n3h', '☃'],
  ])('%s → %s', (encoded, decoded) => {
    expect(decodeLabel(encoded)).toBe(decoded);
  });

  it.each(['zz', 'bcher-kva!', 'bcher-k va', 'ü-abc', '99999999999999999999'])('%j is not punycode', (encoded) => {
    expect(decodeLabel(encoded)).toBeUndefined();
  });
});

describe('toUnicode', () => {
  it.each([
    ['example.org', 'example.org'],
    ['xn--bcher-kva.de', 'bücher.de'],
    ['shop.xn--bcher-kva.de', 'shop.bücher.de'],
    ['xn--r8jz45g.xn--zckzah', '例え.テスト'],
    ['xn--h1alffa9f.xn--p1ai', 'россия.рф'],
    ['xn--ls8h.la', '💩.la'],
    ['XN--BCHER-KVA.de', 'BüCHER.de'],
    ['xn--zz.com', 'xn--zz.com'],
    ['xn--.com', 'xn--.com'],
    ['xn--bcher-kva!.de', 'xn--bcher-kva!.de'],
    ['axn--bcher-kva.de', 'axn--bcher-kva.de'],
    ['192.168.1.1', '192.168.1.1'],
    ['[::1]', '[::1]'],
    ['', ''],
  ])('%s → %s', (host, shown) => {
    expect(toUnicode(host)).toBe(shown);
  });

  // Round trip through the browser's own encoder, checked against Node's decoder.
  it.each([
    'bücher.de',
    'münchen.de',
    'café.fr',
    'naïve.com',
    'ñandú.com.ar',
    'åland.ax',
    'ü.de',
    'a.b.ü.c.example',
    'straße.de',
    '例え.テスト',
    '中国',
    '💩.la',
    '☃.net',
    'ελληνικά.gr',
    'россия.рф',
    'مثال.إختبار',
    'यूनिकोड.भारत',
    '한국.kr',
    'שלום.com',
    'ไทย.th',
    'www.日本語.jp',
    'ąčęėįšųūž.lt',
  ])('%s survives ASCII and back', (domain) => {
    const ascii = new URL(`http://${domain}/`).hostname;
    expect(ascii).toMatch(/^[\x21-\x7e]+$/);
    expect(toUnicode(ascii)).toBe(domainToUnicode(ascii));
    expect(toUnicode(ascii)).toBe(domain.normalize('NFC'));
  });
});
