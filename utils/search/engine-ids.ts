/**
 * The ids of the search engines in utils/search/engines.ts, alone, so the settings' check (in the
 * popup's first view) reads them without the engines' table. The compiler holds the two together
 * (engines.ts): every id has its row and every row its id.
 */
export const ENGINE_IDS = ['google', 'bing', 'duckduckgo', 'brave', 'ecosia', 'startpage', 'yahoo'] as const;

export type EngineId = (typeof ENGINE_IDS)[number];

/** Whether `value` names an engine. */
export const isEngineId = (value: unknown): value is EngineId => ENGINE_IDS.includes(value as EngineId);
