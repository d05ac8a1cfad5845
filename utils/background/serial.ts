/**
 * Wraps an async job so runs never overlap and quick calls coalesce: a call made while a run
 * is under way waits for one more run that starts after it. Two quick changes cannot race,
 * and a burst of ten changes costs at most two runs.
 */
export function serialize(job: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  const start = (): Promise<void> => {
    const run = job().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };

  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
