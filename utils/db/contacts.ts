import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import type { Contact } from './schema';
import { isInt, isText } from './validate';

export function checkContact(contact: Contact): Problem | undefined {
  if (!isText(contact.name, 100) || contact.name.trim() === '') return problem('contact-name');
  if (!['call', 'text', 'email', 'link'].includes(contact.method)) return problem('contact-method');
  if (!isText(contact.value, 500) || contact.value.trim() === '') return problem('contact-value');
  if (!isInt(contact.order, 0, 1000)) return problem('contact-order');
  return undefined;
}

/** Support people, in the order the person put them. */
export function contactsRepo(options: RepoOptions = {}) {
  const repo = createRepo('contacts', checkContact, options);
  return {
    ...repo,
    async list(): Promise<Contact[]> {
      return (await repo.list()).sort((a, b) => a.order - b.order);
    },
  };
}
