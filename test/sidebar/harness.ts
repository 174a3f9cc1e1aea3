// Drives the built sidebar in headless Chromium with a fake google.script.run that answers from fixtures.
import type { Browser, Page } from 'playwright-core';
import { scriptRunCopy, scriptRunReply } from '../../preview/server/script-run-rules';
import type { ServerApi } from '../../src/server/api';
import { launchBrowser } from '../support/browser';
import { distFile, ROOT } from '../support/dist';
import { saveScreenshot, screenshotsWanted } from '../support/screenshots';

export const root = ROOT;

/** One answer of the fake server: a value, or an error whose message the sidebar must show. */
export interface Reply {
  value?: unknown;
  error?: string;
  /** Page milliseconds before the answer arrives (on the page's clock, which a test may drive: see `clock`). */
  delayMs?: number;
}

/** Replies per server function; a list is answered in turn, its last reply repeating. */
export type Replies = Partial<Record<keyof ServerApi, Reply | Reply[]>>;

export interface Call {
  name: keyof ServerApi;
  args: unknown[];
}

export interface OpenOptions {
  /**
   * Installs a fake clock in the page, paused at 2025-03-12 09:00 UTC: timers (the selection poll, delayed replies)
   * fire only when the test advances it with `Sidebar.advance`. Replies without a delay still arrive at once.
   */
  clock?: boolean;
}

const CLOCK_START = new Date('2025-03-12T09:00:00Z');

/** The built sidebar, dist/Sidebar.html. */
export function sidebarHtml(): string {
  return distFile('Sidebar.html');
}

/**
 * A reply as google.script.run would deliver it: its value copied by Google's rules, or, when the value breaks them
 * (a Date, a function, a class instance…), a failure carrying the reason, as the real call would fail.
 */
function delivered(name: string, reply: Reply): Reply {
  if (reply.error !== undefined || reply.value === undefined) return reply;
  try {
    return { ...reply, value: scriptRunReply(name, reply.value) };
  } catch (error) {
    return { error: (error as Error).message, delayMs: reply.delayMs };
  }
}

function deliveredAll(replies: Replies): Record<string, Reply | Reply[]> {
  return Object.fromEntries(
    Object.entries(replies).map(([name, reply]) => [
      name,
      Array.isArray(reply) ? reply.map((r) => delivered(name, r)) : delivered(name, reply as Reply),
    ]),
  );
}

/** Runs in the page before its scripts: google.script.run answering from `replies`, and a switchable visibilityState. */
function installFakeServer({ replies, rules }: { replies: Record<string, Reply | Reply[]>; rules: string }): void {
  type Handler = ((value: unknown) => void) | undefined;
  const page = window as unknown as Record<string, unknown>;
  // The same checker as the preview's (preview/server/script-run-rules.ts), from its source text.
  const copyByRules = (0, eval)(`(${rules})`) as (value: unknown, what: string) => unknown;
  const calls: { name: string; args: unknown[] }[] = [];
  const times: { name: string; at: number }[] = [];
  page.__calls = calls;
  page.__times = times;
  page.__replies = replies;
  let visibility: DocumentVisibilityState = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility !== 'visible' });
  page.__setVisibility = (state: DocumentVisibilityState) => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  // An answer without delay comes in a task of its own (as a real one does) but off the clock, so that a paused
  // fake clock holds back only what waits on time: the poll's timer and delayed replies.
  const soon: Array<() => void> = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => soon.shift()?.();
  const later = (task: () => void, delayMs: number | undefined): void => {
    if (delayMs) setTimeout(task, delayMs);
    else {
      soon.push(task);
      channel.port2.postMessage(null);
    }
  };
  const nextReply = (name: string): Reply | undefined => {
    const reply = (page.__replies as Record<string, Reply | Reply[]>)[name];
    if (Array.isArray(reply)) return reply.length > 1 ? reply.shift() : reply[0];
    return reply;
  };
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, property) {
          if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure);
          if (property === 'withFailureHandler') return (handler: Handler) => runner(success, handler);
          if (typeof property !== 'string') return undefined;
          return (...args: unknown[]) => {
            let sent: unknown[];
            try {
              sent = args.map((arg, index) => copyByRules(arg, `argument ${index + 1} of ${property}`) ?? null);
            } catch (error) {
              // A request google.script.run refuses never reaches the server.
              later(() => failure?.(error), 0);
              return;
            }
            calls.push({ name: property, args: sent });
            times.push({ name: property, at: performance.now() });
            const reply = nextReply(property);
            later(() => {
              if (!reply) failure?.(new Error(`Fake server has no reply for ${property}`));
              else if (reply.error !== undefined) failure?.(new Error(reply.error));
              else success?.(reply.value);
            }, reply?.delayMs);
          };
        },
      },
    );
  page.google = { script: { run: runner(undefined, undefined) } };
}

export class Sidebar {
  readonly dialogs: string[] = [];
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
  }

  /** Every server call so far, or those to `name`. */
  async calls(name?: keyof ServerApi): Promise<Call[]> {
    const calls = await this.page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
    return name ? calls.filter((call) => call.name === name) : calls;
  }

  /** When each call to `name` was made, in page milliseconds. */
  async callTimes(name: keyof ServerApi): Promise<number[]> {
    const times = await this.page.evaluate(() => (window as unknown as { __times: { name: string; at: number }[] }).__times);
    return times.filter((time) => time.name === name).map((time) => time.at);
  }

  /** Waits until `name` has been called `count` times in all. */
  async waitForCalls(name: keyof ServerApi, count: number, timeout = 10_000): Promise<void> {
    await this.page.waitForFunction(
      ([name, count]) => (window as unknown as { __calls: { name: string }[] }).__calls.filter((call) => call.name === name).length >= count,
      [name, count] as const,
      { timeout },
    );
  }

  /** Changes what the fake server answers from now on. */
  async reply(name: keyof ServerApi, reply: Reply | Reply[]): Promise<void> {
    const answers = deliveredAll({ [name]: reply })[name];
    await this.page.evaluate(
      ([name, answers]) => {
        (window as unknown as { __replies: Record<string, unknown> }).__replies[name as string] = answers;
      },
      [name, answers] as const,
    );
  }

  /** Runs the page's fake clock forward (opened with `clock: true`), firing every timer due on the way. */
  async advance(ms: number): Promise<void> {
    await this.page.clock.runFor(ms);
  }

  async setVisibility(state: 'visible' | 'hidden'): Promise<void> {
    await this.page.evaluate((state) => (window as unknown as { __setVisibility(state: string): void }).__setVisibility(state), state);
  }

  /** The live region's text. */
  status(): Promise<string> {
    return this.page.locator('#status').innerText();
  }

  async tab(name: string | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** artifacts/sidebar-NAME.png, when SCREENSHOTS=1. */
  async screenshot(name: string): Promise<void> {
    if (!screenshotsWanted()) return;
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(this.page, `sidebar-${name}`, { fullPage: true });
  }
}

/** Opens the built sidebar in a fresh 300 px wide page whose google.script.run answers from `replies`. */
export async function openSidebar(browser: Browser, replies: Replies, options: OpenOptions = {}): Promise<Sidebar> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  if (options.clock) {
    // Installed a minute early: time runs until pauseAt, which cannot go back.
    await page.clock.install({ time: CLOCK_START.getTime() - 60_000 });
    await page.clock.pauseAt(CLOCK_START);
  }
  // Check loads its value list alongside the stage problems: suites about other things need not answer it.
  const withDefaults: Replies = { checkValues: { value: { sheet: 'Leads', column: 'Value', problems: [] } }, ...replies };
  await page.addInitScript(installFakeServer, { replies: deliveredAll(withDefaults), rules: scriptRunCopy.toString() });
  await page.goto('about:blank');
  const sidebar = new Sidebar(page);
  await page.setContent(sidebarHtml());
  return sidebar;
}

/** A file-safe name for the running test's screenshot. */
export function testSlug(): string {
  return (expect.getState().currentTestName ?? 'test')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * Shares one browser per test file; `open` gives each test its own page, closed after it (and screenshotted under
 * artifacts/ when SCREENSHOTS=1).
 */
export function useSidebar(): { open(replies: Replies, options?: OpenOptions): Promise<Sidebar> } {
  let browser: Browser;
  let current: Sidebar | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    if (!current) return;
    await current.screenshot(testSlug());
    await current.page.close();
    current = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(replies, options) {
      current = await openSidebar(browser, replies, options);
      return current;
    },
  };
}
