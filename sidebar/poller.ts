// Runs a load every few seconds while it is wanted and the page is visible; never two at once, paused while hidden.

export interface Poller {
  /** Loads now (or as soon as the running load ends) and keeps polling while wanted. */
  now(): void;
  /** Stops the timer; a load already running finishes. */
  stop(): void;
}

export function createPoller(load: () => Promise<void>, intervalMs: number, wanted: () => boolean): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;

  const active = () => wanted() && document.visibilityState === 'visible';

  function stop(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  function schedule(): void {
    if (timer === undefined && active()) timer = setTimeout(tick, intervalMs);
  }

  async function tick(): Promise<void> {
    stop();
    if (running) {
      again = true;
      return;
    }
    if (!active()) return;
    running = true;
    try {
      await load();
    } catch {
      // `load` reports its own errors; polling carries on.
    } finally {
      running = false;
      if (again) {
        again = false;
        void tick();
      } else {
        schedule();
      }
    }
  }

  document.addEventListener('visibilitychange', () => (active() ? void tick() : stop()));

  return { now: () => void tick(), stop };
}
