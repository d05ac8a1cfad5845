import { contactsRepo } from '@/utils/db/contacts';
import type { Contact } from '@/utils/db/schema';
import { settingsRepo } from '@/utils/db/settings';
import type { Problem } from '@/utils/problems';
import { type PersonField, type PersonFields, readPerson } from '@/utils/reach-out/person';
import { attempt, type Done } from './run';

/**
 * The person's support people: add, change, remove (and undo), reorder. Phone numbers are read
 * with libphonenumber here, on the options page only. Nothing the background enforces depends
 * on people, so these never wake it.
 */

/** A person's optional fields, cleared, so a field emptied in the form is emptied in the record too. */
function withoutOptional(person: Contact): Contact {
  const { relation: _r, preferred: _p, hours: _h, message: _m, note: _n, ...rest } = person;
  return rest as Contact;
}

/** The person's people, in their order. */
export const listPeople = (): Promise<Contact[]> => contactsRepo().list();

export type PersonSaved = { ok: true; value: Contact } | { ok: false; problems: Partial<Record<PersonField, Problem>> };

/**
 * Saves a person from the form (a new one goes last; `id` changes one). A field that cannot be
 * used is refused with its own problem, and nothing is saved. Phone numbers are read with the
 * person's chosen country, else with `guessed` (the country the page guessed from the browser's
 * languages, passed in: a command never reads the browser).
 */
export async function savePerson(fields: PersonFields, id?: string, guessed?: string): Promise<PersonSaved> {
  const { country } = await settingsRepo().get();
  const read = readPerson(fields, country ?? guessed);
  if (!read.ok) return read;
  const done = await attempt(async () => {
    const people = await contactsRepo().arrange((list) =>
      id
        ? list.map((person) => (person.id === id ? { ...withoutOptional(person), ...read.person } : person))
        : [...list, { ...read.person, order: list.length }],
    );
    return (id ? people.find((person) => person.id === id) : people[people.length - 1]) as Contact;
  });
  return done.ok ? done : { ok: false, problems: { name: done.problem } };
}

/** Removes a person; resolves with what was removed, so it can be undone. */
export function removePerson(id: string): Promise<Done<Contact | undefined>> {
  return attempt(async () => {
    let removed: Contact | undefined;
    await contactsRepo().arrange((people) => {
      removed = people.find((person) => person.id === id);
      return people.filter((person) => person.id !== id);
    });
    return removed;
  });
}

/** Puts a removed person back where they were. */
export function restorePerson(person: Contact): Promise<Done> {
  return attempt(async () => {
    await contactsRepo().arrange((people) => {
      const others = people.filter((other) => other.id !== person.id);
      others.splice(Math.min(person.order, others.length), 0, person);
      return others;
    });
  });
}

/** Moves a person up (-1) or down (+1) the list; resolves with their new place (0 = first). */
export function movePerson(id: string, by: -1 | 1): Promise<Done<number>> {
  return attempt(async () => {
    let place = 0;
    await contactsRepo().arrange((people) => {
      const from = people.findIndex((person) => person.id === id);
      const to = Math.max(0, Math.min(people.length - 1, from + by));
      const [moved] = people.splice(from, 1);
      if (moved) people.splice(to, 0, moved);
      place = to;
      return people;
    });
    return place;
  });
}

/** Saves the words Steady prefills for everyone (a person's own words still come first). Empty: the plain default. */
export function saveReachMessage(message: string): Promise<Done> {
  return attempt(async () => {
    const text = message.trim();
    await settingsRepo().update({ reachMessage: text === '' ? undefined : text });
  });
}
