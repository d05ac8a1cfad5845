import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener } from '@/utils/background/handlers';
import { adoptLines, readHelp, removeLine, saveCountry, saveLine } from '@/utils/commands/help';
import {
  listPeople,
  movePerson,
  removePerson,
  restorePerson,
  savePerson,
  saveReachMessage,
} from '@/utils/commands/people';
import { reachNow, recordReachOut } from '@/utils/commands/reach';
import { reachOutsRepo } from '@/utils/db/reach-outs';
import { settingsRepo } from '@/utils/db/settings';
import { emptyPerson, type PersonFields, readPerson } from '@/utils/reach-out/person';
import { t } from '../i18n';

const person = (over: Partial<PersonFields> & { call?: string; text?: string; email?: string } = {}): PersonFields => {
  const fields = emptyPerson();
  const { call, text, email, ...rest } = over;
  return {
    ...fields,
    name: 'Sam',
    ...rest,
    ways: {
      ...fields.ways,
      ...(call ? { call } : {}),
      ...(text ? { text } : {}),
      ...(email ? { email } : {}),
      ...rest.ways,
    },
  };
};
const names = async () => (await listPeople()).map((p) => p.name);

describe('reading the person form', () => {
  it.each([
    ['a US number typed at home, with the country', { call: '(201) 555-0123' }, 'US', { call: '+12015550123' }],
    ['a Spanish number typed at home', { text: '612 34 56 78' }, 'ES', { text: '+34612345678' }],
    [
      'a number with its country code, without a country',
      { call: '+44 20 7946 0958' },
      undefined,
      { call: '+442079460958' },
    ],
    ['an email, trimmed', { email: '  sam@example.org ' }, undefined, { email: 'sam@example.org' }],
  ] as const)('%s', (_name, ways, country, expected) => {
    const read = readPerson(person(ways), country);
    expect(read.ok && read.person.ways).toEqual(expected);
  });

  it.each([
    ['a javascript: link as a number', { call: 'javascript:alert(1)' }, 'call', 'phone-not-a-number'],
    ['a number without a country to read it by', { call: '555 0123' }, 'call', 'phone-needs-country'],
    ['a number that cannot exist', { text: '+1 000 000 0000' }, 'text', 'phone-invalid'],
    ['an email without a domain', { email: 'sam@' }, 'email', 'email-invalid'],
  ] as const)('refuses %s, on its own field', (_name, ways, field, code) => {
    const read = readPerson(person(ways), undefined);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[field]?.code).toBe(code);
  });

  it('refuses a nameless person, hours that make no sense, and a preferred way left empty, all at once', () => {
    const read = readPerson(
      person({
        name: ' ',
        hoursOn: true,
        days: [],
        start: '18:00',
        end: '22:00',
        preferred: 'email',
        call: '+12015550123',
      }),
      'US',
    );
    expect(!read.ok && Object.keys(read.problems).sort()).toEqual(['hours', 'name', 'preferred']);
  });
});

describe('the people commands', () => {
  it('adds people in order, changes one, and clears a field emptied in the form', async () => {
    await saveCountry('US');
    const sam = await savePerson(person({ call: '201 555 0123', relation: 'brother', preferred: 'call' }));
    await savePerson(person({ name: 'Ana', email: 'ana@example.org' }));
    expect(await names()).toEqual(['Sam', 'Ana']);
    expect(sam.ok && sam.value).toMatchObject({ ways: { call: '+12015550123' }, relation: 'brother', order: 0 });
    if (!sam.ok) return;
    await savePerson(person({ name: 'Sam', call: '201 555 0123' }), sam.value.id);
    const [changed] = await listPeople();
    expect(changed).toMatchObject({ id: sam.value.id, name: 'Sam', order: 0 });
    expect(changed).not.toHaveProperty('relation');
    expect(changed).not.toHaveProperty('preferred');
  });

  it('a refused number saves nothing', async () => {
    const saved = await savePerson(person({ call: 'javascript:alert(1)' }));
    expect(saved.ok).toBe(false);
    expect(await listPeople()).toEqual([]);
  });

  it('reorders by one place up or down, in one transaction, with no gaps', async () => {
    for (const name of ['A', 'B', 'C']) await savePerson(person({ name }));
    const [, b] = await listPeople();
    expect(await movePerson(b?.id as string, -1)).toEqual({ ok: true, value: 0 });
    expect(await names()).toEqual(['B', 'A', 'C']);
    expect(await movePerson(b?.id as string, -1)).toEqual({ ok: true, value: 0 });
    expect((await listPeople()).map((p) => p.order)).toEqual([0, 1, 2]);
  });

  it('removes a person, and undo puts them back where they were', async () => {
    for (const name of ['A', 'B', 'C']) await savePerson(person({ name }));
    const [, b] = await listPeople();
    const removed = await removePerson(b?.id as string);
    expect(await names()).toEqual(['A', 'C']);
    expect((await listPeople()).map((p) => p.order)).toEqual([0, 1]);
    if (!removed.ok || !removed.value) throw new Error('not removed');
    await restorePerson(removed.value);
    expect(await names()).toEqual(['A', 'B', 'C']);
    expect((await listPeople())[1]).toEqual({ ...removed.value, updatedAt: expect.any(Number) });
  });

  it('keeps the person’s usual message, and the plain default when it is emptied', async () => {
    await saveReachMessage('  Can we talk?  ');
    expect((await settingsRepo().get()).reachMessage).toBe('Can we talk?');
    expect((await reachNow()).message).toBe('Can we talk?');
    await saveReachMessage('');
    expect((await settingsRepo().get()).reachMessage).toBeUndefined();
    expect((await reachNow()).message).toBe(t('reach.defaultMessage'));
  });
});

describe('crisis lines and reach outs', () => {
  it('adds the person’s own lines, refuses one that is not a number, and asks before removing the last', async () => {
    const line = await saveLine({ name: 'Teléfono de la Esperanza', number: '717 003 717', about: 'Any time' });
    expect((await saveLine({ name: 'Bad', number: 'javascript:1' })).ok).toBe(false);
    expect((await readHelp()).lines.map((l) => l.name)).toEqual(['Teléfono de la Esperanza']);
    if (!line.ok) throw new Error('not saved');
    expect(await removeLine(line.value.id)).toEqual({ ok: false, problem: { code: 'line-last' } });
    expect((await readHelp()).lines).toHaveLength(1);
    expect((await removeLine(line.value.id, true)).ok).toBe(true);
    expect((await readHelp()).lines).toEqual([]);
  });

  it('starts from the United States lines in one go', async () => {
    await adoptLines([
      { name: '988 Lifeline', number: '988' },
      { name: 'Emergency', number: '911' },
    ]);
    expect((await readHelp()).lines.map((l) => [l.name, l.order])).toEqual([
      ['988 Lifeline', 0],
      ['Emergency', 1],
    ]);
  });

  /** The background answering Steady's popup, as the browser carries a page's message to it. */
  const throughTheBackground = () => {
    const listener = createMessageListener(async () => undefined);
    const popup = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
    return vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockImplementation(((message: unknown) => listener(message, popup) ?? Promise.resolve(undefined)) as never);
  };

  it('records who was reached and which way, never the words (written by the background)', async () => {
    throughTheBackground();
    expect(await recordReachOut({ contactId: 'c1' }, 'whatsapp', 'popup')).toEqual({ ok: true, value: undefined });
    await recordReachOut({ lineId: 'us-988' }, 'call', 'options');
    const events = await reachOutsRepo().list();
    expect(events.map(({ contactId, lineId, channel, from }) => ({ contactId, lineId, channel, from }))).toEqual(
      expect.arrayContaining([
        { contactId: 'c1', lineId: undefined, channel: 'whatsapp', from: 'popup' },
        { contactId: undefined, lineId: 'us-988', channel: 'call', from: 'options' },
      ]),
    );
    for (const event of events) expect(Object.keys(event)).not.toContain('message');
  });

  it('tells the background in the click itself: a popup that closes as the link opens loses nothing', async () => {
    const sent = throughTheBackground();
    // Called from the click, not awaited: by the time the click's handler returns, the message is gone.
    const done = recordReachOut({ contactId: 'c1' }, 'text', 'popup');
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]?.[0]).toEqual({ type: 'reached-out', from: 'popup', channel: 'text', contactId: 'c1' });
    await done;
    expect((await reachOutsRepo().list()).map((event) => [event.contactId, event.channel, event.from])).toEqual([
      ['c1', 'text', 'popup'],
    ]);
  });

  it('says so when the background cannot record it (nothing is written)', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await recordReachOut({ contactId: 'c1' }, 'call', 'popup')).toEqual({
      ok: false,
      problem: { code: 'unknown' },
    });
    expect(error).toHaveBeenCalled();
    expect(await reachOutsRepo().list()).toEqual([]);
  });
});
