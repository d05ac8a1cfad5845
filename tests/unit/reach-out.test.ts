import { describe, expect, it } from 'vitest';
import type { Contact } from '@/utils/db/schema';
import { contactHref } from '@/utils/reach-out';

describe('contactHref', () => {
  it.each<[Contact['method'], string, string | undefined]>([
    ['call', '+1 (555) 555-0100', 'tel:+15555550100'],
    ['call', '988', 'tel:988'],
    ['text', '555.555.0101', 'sms:5555550101'],
    ['email', 'sam@example.com', 'mailto:sam@example.com'],
    ['link', 'https://meet.example.com/room', 'https://meet.example.com/room'],
    ['call', 'javascript:alert(1)', undefined],
    ['call', 'tel:988', undefined],
    ['text', '12', 'sms:12'],
    ['text', '1', undefined],
    ['email', 'javascript:alert(1)//@x.com', undefined],
    ['email', 'sam@example.com?cc=other@example.com', undefined],
    ['link', 'javascript:alert(1)', undefined],
    ['link', 'http://example.com/', undefined],
    ['link', 'data:text/html,hi', undefined],
    ['link', 'not a url', undefined],
  ])('%s %j → %s', (method, value, expected) => {
    expect(contactHref({ method, value })).toBe(expected);
  });
});
