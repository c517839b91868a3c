import DataLoader from 'dataloader';

/**
 * Makes one request's DataLoaders dispatch in waves: a batch waits while another batch of the same
 * request is still in flight, then every batch that gathered meanwhile goes out together.
 *
 * DataLoader's own schedule dispatches at the end of the current tick. With a pool of connections,
 * answers to one wave arrive in different ticks, so the loads they cause were split into as many
 * statements as there were arrivals: the same page ran 25, 26 or 27 statements depending on timing.
 * Waiting for the wave makes the statement count a function of the data alone, and never higher.
 */
export class BatchGate {
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  private armed = false;

  /** A DataLoader of this request whose batches go out in waves. */
  loader<Key, Value, CacheKey = Key>(
    batch: DataLoader.BatchLoadFn<Key, Value>,
    options: Omit<DataLoader.Options<Key, Value, CacheKey>, 'batchScheduleFn'> = {},
  ): DataLoader<Key, Value, CacheKey> {
    return new DataLoader<Key, Value, CacheKey>((keys) => this.track(() => batch(keys)), this.options(options));
  }

  /** DataLoader options that schedule through this gate (for subclasses of DataLoader). */
  options<Key, Value, CacheKey = Key>(
    options: Omit<DataLoader.Options<Key, Value, CacheKey>, 'batchScheduleFn'> = {},
  ): DataLoader.Options<Key, Value, CacheKey> {
    return { ...options, batchScheduleFn: (dispatch) => this.schedule(dispatch) };
  }

  /** Runs a batch, counting it as in flight until it settles. */
  async track<T>(work: () => PromiseLike<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      this.arm();
    }
  }

  private schedule(dispatch: () => void): void {
    this.waiting.push(dispatch);
    this.arm();
  }

  private arm(): void {
    if (this.armed || this.inFlight > 0 || this.waiting.length === 0) return;
    this.armed = true;
    // setImmediate runs after the promise jobs of the answer that just arrived, so the resolvers it
    // wakes have made their loads by then.
    setImmediate(() => {
      this.armed = false;
      if (this.inFlight > 0) return; // a batch started meanwhile: its end re-arms
      const ready = this.waiting;
      this.waiting = [];
      for (const dispatch of ready) dispatch();
    });
  }
}
