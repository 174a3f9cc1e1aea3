// Drives the built sidebar in headless Debian Chromium with a fake google.script.run that answers from fixtures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ServerApi } from '../../src/server/api';

export const root = resolve(__dirname, '../..');

/** One answer of the fake server: a value, or an error whose message the sidebar must show. */
export interface Reply {
  value?: unknown;
  error?: string;
  delayMs?: number;
}

/** Replies per server function; a list is answered in turn, its last reply repeating. */
export type Replies = Partial<Record<keyof ServerApi, Reply | Reply[]>>;

export interface Call {
  name: keyof ServerApi;
  args: unknown[];
}

let built: string | undefined;

/** The sidebar as `scripts/sidebar-build.mjs` builds it (run in a child process: the script is an ES module). */
export function sidebarHtml(): string {
  if (built === undefined) {
    const out = join(mkdtempSync(join(tmpdir(), 'sidebar-')), 'Sidebar.html');
    execFileSync(process.execPath, [join(root, 'scripts/sidebar-build.mjs'), out], { cwd: root });
    built = readFileSync(out, 'utf8');
  }
  return built;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Runs in the page before its scripts: google.script.run answering from `replies`, and a switchable visibilityState. */
function installFakeServer(replies: Record<string, Reply | Reply[]>): void {
  type Handler = ((value: unknown) => void) | undefined;
  const page = window as unknown as Record<string, unknown>;
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
            // google.script.run sends plain JSON: a Date or a function would not survive.
            calls.push({ name: property, args: JSON.parse(JSON.stringify(args)) });
            times.push({ name: property, at: performance.now() });
            const reply = nextReply(property);
            setTimeout(() => {
              if (!reply) failure?.(new Error(`Fake server has no reply for ${property}`));
              else if (reply.error !== undefined) failure?.(new Error(reply.error));
              else success?.(reply.value === undefined ? undefined : JSON.parse(JSON.stringify(reply.value)));
            }, reply?.delayMs ?? 0);
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
    await this.page.evaluate(([name, reply]) => {
      (window as unknown as { __replies: Record<string, unknown> }).__replies[name as string] = reply;
    }, [name, reply] as const);
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

  async screenshot(name: string): Promise<void> {
    const dir = join(root, 'artifacts');
    mkdirSync(dir, { recursive: true });
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: join(dir, `sidebar-${name}.png`), fullPage: true });
  }
}

/** Opens the built sidebar in a fresh 300 px wide page whose google.script.run answers from `replies`. */
export async function openSidebar(browser: Browser, replies: Replies): Promise<Sidebar> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  await page.addInitScript(installFakeServer, replies as Record<string, Reply | Reply[]>);
  await page.goto('about:blank');
  const sidebar = new Sidebar(page);
  await page.setContent(sidebarHtml());
  return sidebar;
}

/** A file-safe name for the running test's screenshot. */
export function testSlug(): string {
  return (expect.getState().currentTestName ?? 'test').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/**
 * Shares one browser per test file; `open` gives each test its own page, screenshotted under artifacts/ and closed after it.
 */
export function useSidebar(): { open(replies: Replies): Promise<Sidebar> } {
  let browser: Browser;
  let current: Sidebar | undefined;
  beforeAll(async () => {
    browser = await launch();
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
    async open(replies) {
      current = await openSidebar(browser, replies);
      return current;
    },
  };
}
