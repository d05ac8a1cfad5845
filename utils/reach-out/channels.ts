import { CHANNELS, type Channel } from '@/utils/db/schema';

export { CHANNELS, type Channel };

/** Whether a stored value is one of the channels (a stored value could be anything). */
export const isChannel = (value: unknown): value is Channel => (CHANNELS as readonly unknown[]).includes(value);
