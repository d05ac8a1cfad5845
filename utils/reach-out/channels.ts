/**
 * The ways Steady can reach a support person, in the order tried when a person's preferred
 * way cannot make a link.
 */
export const CHANNELS = ['call', 'text', 'email', 'whatsapp', 'signal', 'telegram'] as const;

/** One way to reach a person. */
export type Channel = (typeof CHANNELS)[number];

/** Whether a stored value is one of the channels (a stored value could be anything). */
export const isChannel = (value: unknown): value is Channel => (CHANNELS as readonly unknown[]).includes(value);
