import { type Problem, problem } from '@/utils/problems';
import { reachLink } from '@/utils/reach-out/links';
import { createRepo, type Draft, type RepoOptions } from './repo';
import { CHANNELS, type Channel, type Contact } from './schema';
import { openAll, StaleKeysError, sameRecord, withKeyring } from './sealing';
import { requests, write } from './transaction';
import { isInt, isObject, isOptionalText, isText } from './validate';

/** The longest message a person may prefill (what a link can carry). */
export const MAX_MESSAGE = 1000;

const isMinute = (value: unknown) => isInt(value, 0, 24 * 60 - 1);

/** The problem code for a way that cannot make a link on its channel. */
function wayProblem(channel: Channel): Problem {
  if (channel === 'email') return problem('contact-email');
  if (channel === 'telegram') return problem('contact-telegram');
  return problem('contact-phone');
}

/**
 * The first problem with a support person. Each way is checked with the same rules that make
 * the links (a stored value could be anything): a way that could not make a safe link is refused.
 */
export function checkContact(contact: Contact): Problem | undefined {
  if (!isText(contact.name, 100) || contact.name.trim() === '') return problem('contact-name');
  if (!isOptionalText(contact.relation, 100)) return problem('contact-relation');
  if (!isObject(contact.ways)) return problem('contact-phone');
  for (const [channel, address] of Object.entries(contact.ways)) {
    if (!CHANNELS.includes(channel as Channel)) return problem('contact-phone');
    if (address === undefined) continue;
    if (!reachLink(channel as Channel, address as string).ok) return wayProblem(channel as Channel);
  }
  // Only a channel the person has a way for: not a name every object answers to ("toString").
  const preferred = contact.preferred;
  if (preferred !== undefined && !(CHANNELS.includes(preferred) && Object.hasOwn(contact.ways, preferred))) {
    return problem('contact-preferred');
  }
  const hours = contact.hours;
  if (hours !== undefined) {
    const days = Array.isArray(hours.days) && hours.days.length > 0 && hours.days.every((d) => isInt(d, 0, 6));
    if (!days || !isMinute(hours.start) || !isMinute(hours.end) || hours.start === hours.end) {
      return problem('contact-hours');
    }
  }
  if (!isOptionalText(contact.message, MAX_MESSAGE)) return problem('contact-message');
  if (!isOptionalText(contact.note, 2000)) return problem('contact-note');
  if (!isInt(contact.order, 0, 10_000)) return problem('contact-order');
  return undefined;
}

/** Support people, in the order the person put them. */
export function contactsRepo(options: RepoOptions = {}) {
  const repo = createRepo('contacts', checkContact, options);
  const now = options.now ?? Date.now;
  return {
    ...repo,
    async list(): Promise<Contact[]> {
      return (await repo.list()).sort((a, b) => a.order - b.order);
    },
    /**
     * Changes the list: `change` gets the people in order and returns them in their new order
     * (leaving one out removes them; a record not there yet is put back; a draft without an id
     * is added). Everyone is numbered again from 0, so the order never has gaps or ties. Every
     * changed record is checked first: one refused, nothing is written. The words are sealed
     * before the write's transaction, which finds the list as it was read (else it is read
     * again, and `change` asked again). Returns the new list.
     */
    async arrange(change: (people: Contact[]) => Array<Contact | Draft<Contact>>): Promise<Contact[]> {
      return withKeyring('contacts', repo.open, async (ring) => {
        const database = await repo.open();
        const before = (await database.getAll('contacts')).sort((a, b) => a.order - b.order);
        const after = change([...before]);
        const time = now();
        const old = new Map(before.map((person) => [person.id, person]));
        const plain = after.map((person, order) => {
          const id = person.id ?? crypto.randomUUID();
          if (old.get(id) === person && person.order === order) return person as Contact;
          const createdAt = (person as Partial<Contact>).createdAt ?? time;
          return repo.validateStored({ ...person, id, order, createdAt, updatedAt: time } as Contact);
        });
        // Sealed as the lock says now (a record the lock's job has not reached yet too).
        const records = await Promise.all(
          plain.map((person) =>
            ring.epoch !== 'plain'
              ? ring.seal('contacts', person)
              : ring.opens
                ? ring.open('contacts', person)
                : person,
          ),
        );
        const tx = database.transaction(['contacts', 'settings'], 'readwrite');
        await write(tx, async () => {
          ring.check(await tx.objectStore('settings').get('settings'));
          const store = tx.objectStore('contacts');
          const now = (await store.getAll()).sort((a, b) => a.order - b.order);
          if (!sameRecord(now, before)) throw new StaleKeysError();
          const kept = new Set(records.map((person) => person.id));
          await requests<unknown>([
            ...before.filter((person) => !kept.has(person.id)).map((person) => () => store.delete(person.id)),
            ...records.filter((person, i) => person !== before[i]).map((person) => () => store.put(person)),
          ]);
        });
        return openAll(ring, 'contacts', records);
      });
    },
  };
}
