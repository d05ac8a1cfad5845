import type { Contact } from '@/utils/db/schema';

/**
 * The link that reaches a support person, or undefined when their details cannot make a safe
 * one. Only tel:, sms:, mailto: and https: links are ever built, so a value such as
 * `javascript:…` can never become a link.
 */
export function contactHref(contact: Pick<Contact, 'method' | 'value'>): string | undefined {
  const value = contact.value.trim();
  switch (contact.method) {
    case 'call':
    case 'text': {
      const digits = value.replace(/[\s().-]/g, '');
      if (!/^\+?\d{2,15}$/.test(digits)) return undefined;
      return `${contact.method === 'call' ? 'tel' : 'sms'}:${digits}`;
    }
    case 'email':
      return /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(value) ? `mailto:${value}` : undefined;
    case 'link': {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' ? url.href : undefined;
      } catch {
        return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** The first person, in the person's own order, whose details make a safe link. */
export function firstReachable(
  contacts: ReadonlyArray<Pick<Contact, 'name' | 'method' | 'value'>>,
): { name: string; href: string } | undefined {
  for (const contact of contacts) {
    const href = contactHref(contact);
    if (href) return { name: contact.name, href };
  }
  return undefined;
}
