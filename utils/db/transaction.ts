/**
 * How every write transaction ends, in one place. A transaction can fail at any request: a tab
 * closed mid-write, a record the browser cannot copy, a full disk. Then it is aborted, nothing
 * of it stays, and the failure reaches the caller once. Every promise that fails with it (the
 * requests already made, and idb's `done`) is heard here, so none surfaces later as an
 * unhandled rejection in whatever page or worker happens to be running.
 */

/** The part of an idb transaction these helpers use. */
interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

const quiet = (promise: Promise<unknown>) => {
  promise.catch(() => undefined);
};

/** Aborts the transaction, waits until it is undone, and throws `error`. */
async function abandon(tx: Transaction, error: unknown): Promise<never> {
  try {
    tx.abort();
  } catch {
    // It has ended already: a failed request aborted it.
  }
  await tx.done.catch(() => undefined);
  throw error;
}

/**
 * Runs a transaction's steps and waits for it to commit. When a step fails, the transaction is
 * abandoned and the step's error thrown.
 */
export async function write<T>(tx: Transaction, steps: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await steps();
  } catch (error) {
    return abandon(tx, error);
  }
  await tx.done;
  return result;
}

/**
 * Makes requests one after the other and waits for them all. Making one can throw at once (as a
 * closed tab's does); then the requests already made fail with the transaction, and are quieted
 * here before the error is thrown.
 */
export async function requests<T>(makes: Iterable<() => Promise<T>>): Promise<T[]> {
  const made: Promise<T>[] = [];
  try {
    for (const make of makes) made.push(make());
  } catch (error) {
    made.forEach(quiet);
    throw error;
  }
  return Promise.all(made);
}
