import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * In-memory stand-ins for the two APIs WXT's fake browser leaves unimplemented
 * (permissions, scripting), installed onto the fake browser itself.
 */
export interface FakeExtensionState {
  granted: Set<string>;
  scripts: Map<string, ScriptDef>;
  removed: string[][];
}

type ScriptDef = { id: string; matches?: string[]; js?: string[]; css?: string[]; runAt?: string };

/** A browser event with add/remove/has and a way to fire it. */
function fakeEvent<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    addListener: (listener: (...args: A) => void) => void listeners.add(listener),
    removeListener: (listener: (...args: A) => void) => void listeners.delete(listener),
    hasListener: (listener: (...args: A) => void) => listeners.has(listener),
    fire: (...args: A) => {
      for (const listener of listeners) listener(...args);
    },
  };
}

export function installFakePermissionsAndScripting(granted: string[] = []): FakeExtensionState {
  const state: FakeExtensionState = { granted: new Set(granted), scripts: new Map(), removed: [] };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const onAdded = fakeEvent<[{ origins: string[] }]>();
  const onRemoved = fakeEvent<[{ origins: string[] }]>();
  b.permissions = {
    ...b.permissions,
    onAdded,
    onRemoved,
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => state.granted.has(o)),
    getAll: async () => ({ origins: [...state.granted], permissions: [] }),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      for (const o of origins) state.granted.add(o);
      onAdded.fire({ origins });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      state.removed.push(origins);
      for (const o of origins) state.granted.delete(o);
      onRemoved.fire({ origins });
      return true;
    },
  };
  b.scripting = {
    ...b.scripting,
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...state.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => ({ ...s })),
    registerContentScripts: async (scripts: ScriptDef[]) => {
      for (const s of scripts) {
        if (state.scripts.has(s.id)) throw new Error(`Duplicate script id ${s.id}`);
        state.scripts.set(s.id, { ...s });
      }
    },
    updateContentScripts: async (scripts: ScriptDef[]) => {
      for (const s of scripts) {
        if (!state.scripts.has(s.id)) throw new Error(`No script ${s.id}`);
        state.scripts.set(s.id, { ...state.scripts.get(s.id), ...s });
      }
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...state.scripts.keys()]) state.scripts.delete(id);
    },
  };
  return state;
}

/**
 * A tab closed mid-write: the next write request after `after` more requests throws, as the
 * transaction is cut off. The transaction aborts; nothing of it may remain.
 */
export function cutNextWrite(after: number): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = { put: proto.put, add: proto.add, delete: proto.delete, clear: proto.clear };
  let left = after;
  for (const name of Object.keys(originals) as Array<keyof typeof originals>) {
    const original = originals[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (left-- <= 0) {
        this.transaction.abort();
        throw new DOMException('The tab was closed', 'AbortError');
      }
      return original.apply(this, args);
    };
  }
  return () => Object.assign(proto, originals);
}
