// The preview's google.script.run obeys Google's rules (script-run-rules.ts) both ways: the sidebar's request, the server's reply.
import type { Server } from 'node:http';
import vm from 'node:vm';
import { previewApp } from '../../../preview/server/routes';
import type { PreviewSession } from '../../../preview/server/session';
import { withSidebarShim } from '../../../preview/server/sidebar-shim';

/** The shim run in a bare context standing in for the sidebar page, with fetch recorded. */
function sidebarPage() {
  const html = withSidebarShim('<head></head>');
  const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.indexOf('</script>'));
  const bodies: unknown[] = [];
  const window: Record<string, unknown> = {
    fetch: (_url: string, init: { body: string }) => {
      bodies.push(JSON.parse(init.body));
      return new Promise(() => undefined);
    },
    setTimeout,
  };
  window.window = window;
  vm.runInNewContext(script, window);
  const run = (window.google as { script: { run: Record<string, (...args: unknown[]) => unknown> } }).script.run;
  /** Calls `name` and resolves with the Error its failure handler got, or undefined once the request went out. */
  const call = (name: string, ...args: unknown[]): Promise<Error | undefined> =>
    new Promise((done) => {
      const sent = bodies.length;
      const runner = (run.withFailureHandler as (f: (e: Error) => void) => Record<string, (...a: unknown[]) => void>)(done);
      runner[name](...args);
      if (bodies.length > sent) done(undefined);
    });
  return { call, bodies };
}

describe('the preview’s google.script.run', () => {
  it('sends plain arguments, with undefined in an array as null', async () => {
    const page = sidebarPage();
    expect(await page.call('getPipelineSummary', 'Minh', [1, undefined])).toBeUndefined();
    expect(page.bodies).toEqual([{ fn: 'getPipelineSummary', args: ['Minh', [1, null]] }]);
  });

  it('fails a call whose arguments hold a Date, without sending it', async () => {
    const page = sidebarPage();
    const error = await page.call('moveProspects', { prospects: [{ row: 7, since: new Date() }] });
    expect(error?.message).toMatch(/cannot send a Date \(argument 1 of moveProspects\.prospects\[0\]\.since\)/);
    expect(page.bodies).toEqual([]);
  });

  describe('the server’s reply', () => {
    let server: Server;
    let url = '';
    let reply: unknown;

    beforeAll(async () => {
      const session = { addon: { has: () => true }, runFromSidebar: () => reply } as unknown as PreviewSession;
      const app = previewApp(session, { html: '', css: '', js: '' });
      server = await new Promise((done) => {
        const listening = app.listen(0, '127.0.0.1', () => done(listening));
      });
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/run`;
    });

    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    const run = async () =>
      (
        await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: 'getSetup', args: [] }) })
      ).json();

    it('comes back as a copy by the rules: undefined in an array is null, an undefined property is gone', async () => {
      reply = { stages: ['Lead', undefined], note: undefined };
      expect(await run()).toEqual({ value: { stages: ['Lead', null] } });
    });

    it('fails the call when it holds a Date or a class instance', async () => {
      reply = { stages: [], savedAt: new Date() };
      expect(await run()).toEqual({ error: expect.stringMatching(/cannot send a Date \(the reply of getSetup\.savedAt\)/) });
      reply = new (class SetupView {})();
      expect(await run()).toEqual({ error: expect.stringMatching(/cannot send a SetupView \(the reply of getSetup\)/) });
    });
  });
});
