import type { CountryCode } from 'libphonenumber-js/max';
import type { Channel, Contact, ContactHours } from '@/utils/db/schema';
import { type Problem, problem } from '@/utils/problems';
import { parseClock } from '@/utils/triggers/time-input';
import { CHANNELS } from './channels';
import { checkEmail } from './email';
import { parsePhone } from './phone';

/** The person form as typed: every field as text, so nothing typed is lost when something is refused. */
export interface PersonFields {
  name: string;
  relation: string;
  ways: Record<Channel, string>;
  preferred: Channel | '';
  hoursOn: boolean;
  days: number[];
  start: string;
  end: string;
  message: string;
  note: string;
}

/** The fields a problem can belong to. */
export type PersonField = 'name' | 'relation' | Channel | 'preferred' | 'hours' | 'message' | 'note';

export type PersonDraft = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'order'>;

export type PersonRead =
  | { ok: true; person: PersonDraft }
  | { ok: false; problems: Partial<Record<PersonField, Problem>> };

/** The empty form. */
export function emptyPerson(): PersonFields {
  return {
    name: '',
    relation: '',
    ways: { call: '', text: '', email: '', whatsapp: '', signal: '', telegram: '' },
    preferred: '',
    hoursOn: false,
    days: [],
    start: '',
    end: '',
    message: '',
    note: '',
  };
}

/** A stored person as the form shows them. */
export function fieldsOf(contact: Contact, showPhone: (e164: string) => string = (e164) => e164): PersonFields {
  const fields = emptyPerson();
  for (const channel of CHANNELS) {
    const address = contact.ways[channel];
    if (address !== undefined)
      fields.ways[channel] = channel === 'email' || channel === 'telegram' ? address : showPhone(address);
  }
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return {
    ...fields,
    name: contact.name,
    relation: contact.relation ?? '',
    preferred: contact.preferred ?? '',
    hoursOn: contact.hours !== undefined,
    days: contact.hours?.days ?? [],
    start: contact.hours ? clock(contact.hours.start) : '',
    end: contact.hours ? clock(contact.hours.end) : '',
    message: contact.message ?? '',
    note: contact.note ?? '',
  };
}

const PHONE_PROBLEMS = {
  empty: 'phone-empty',
  'not-a-number': 'phone-not-a-number',
  'needs-country': 'phone-needs-country',
  'too-short': 'phone-too-short',
  'too-long': 'phone-too-long',
  extension: 'phone-extension',
  invalid: 'phone-invalid',
} as const;

/** One way as typed, read into what is stored: phones in international form, an email, a Telegram name or phone. */
function readWay(
  channel: Channel,
  text: string,
  country: CountryCode | undefined,
): { ok: true; value: string } | { ok: false; problem: Problem } {
  if (channel === 'email') {
    const email = checkEmail(text);
    return email.ok ? { ok: true, value: email.address } : { ok: false, problem: problem('email-invalid') };
  }
  if (channel === 'telegram' && /^@?[A-Za-z]/.test(text.trim())) {
    const name = text.trim().replace(/^@/, '');
    return /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(name)
      ? { ok: true, value: name }
      : { ok: false, problem: problem('telegram-invalid') };
  }
  const phone = parsePhone(text, country);
  return phone.ok ? { ok: true, value: phone.e164 } : { ok: false, problem: problem(PHONE_PROBLEMS[phone.problem]) };
}

/**
 * Reads the person form into a record to store, or the problem of each field that cannot be
 * used. Phone numbers are read against the person's country (a number with + needs none).
 * Pure: problem codes, never words.
 */
export function readPerson(fields: PersonFields, country: string | undefined): PersonRead {
  const problems: Partial<Record<PersonField, Problem>> = {};
  const name = fields.name.trim();
  if (name === '' || name.length > 100) problems.name = problem('contact-name');
  const relation = fields.relation.trim();
  if (relation.length > 100) problems.relation = problem('contact-relation');
  const ways: Partial<Record<Channel, string>> = {};
  for (const channel of CHANNELS) {
    const text = fields.ways[channel].trim();
    if (text === '') continue;
    const way = readWay(channel, text, country as CountryCode | undefined);
    if (way.ok) ways[channel] = way.value;
    else problems[channel] = way.problem;
  }
  const preferred = fields.preferred || undefined;
  if (preferred && fields.ways[preferred].trim() === '') problems.preferred = problem('contact-preferred');
  let hours: ContactHours | undefined;
  if (fields.hoursOn) {
    const start = parseClock(fields.start);
    const end = parseClock(fields.end);
    if (fields.days.length === 0 || start === undefined || end === undefined || start === end) {
      problems.hours = problem('contact-hours');
    } else {
      hours = { days: [...new Set(fields.days)].sort(), start, end };
    }
  }
  const message = fields.message.trim();
  if (message.length > 1000) problems.message = problem('contact-message');
  const note = fields.note.trim();
  if (note.length > 2000) problems.note = problem('contact-note');
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    person: {
      name,
      ways,
      ...(relation ? { relation } : {}),
      ...(preferred ? { preferred } : {}),
      ...(hours ? { hours } : {}),
      ...(message ? { message } : {}),
      ...(note ? { note } : {}),
    },
  };
}
