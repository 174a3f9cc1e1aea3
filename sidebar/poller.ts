// Runs a load while it is wanted and the page is visible, slowing down while nothing changes; never two at once.
import { pollDelay } from './poll-schedule';

export interface Poller {
  /** Loads now (or as soon as the running load ends), back at the fastest pace, and keeps polling while wanted. */
  now(): void;
  /** Stops the timer; a load already running finishes. */
  stop(): void;
}

/**
 * `load` resolves to true when its answer differed from the previous one. After a few unchanged answers the wait
 * doubles up to its maximum (an idle sidebar costs the server a tenth of the calls); a change, `now()`, or the user
 * acting in the sidebar (focus, a click, the page visible again) brings it back to the fastest pace at once.
 */
export function createPoller(
  load: () => Promise<boolean>,
  intervalMs: number,
  wanted: () => boolean,
  delay: (unchanged: number) => number = (unchanged) => pollDelay(unchanged, intervalMs),
): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let unchanged = 0;

  const active = () => wanted() && document.visibilityState === 'visible';

  function stop(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  function schedule(): void {
    if (timer === undefined && active()) timer = setTimeout(tick, delay(unchanged));
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
      unchanged = (await load()) ? 0 : unchanged + 1;
    } catch {
      // `load` reports its own errors; polling carries on.
      unchanged++;
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

  function now(): void {
    unchanged = 0;
    void tick();
  }

  document.addEventListener('visibilitychange', () => (active() ? now() : stop()));
  // The user is back in the sidebar: what they look at must be current, whatever the back-off reached.
  const userActed = () => {
    if (active() && delay(unchanged) > delay(0)) now();
  };
  window.addEventListener('focus', userActed);
  document.addEventListener('pointerdown', userActed, true);
  document.addEventListener('keydown', userActed, true);

  return { now, stop };
}
