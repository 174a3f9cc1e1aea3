// The preview's HTTP surface: the page, the sidebar, and a small JSON API the page and the sidebar call.
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { PageAssets } from './page-assets';
import { scriptRunReply } from './script-run-rules';
import type { PreviewSession } from './session';

const LONG_POLL_MS = 25000;
/** The page runs only its own script (the sidebar's iframe is served as Apps Script would serve it, without one). */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function edit(res: Response, action: () => object): void {
  try {
    res.json(action());
  } catch (error) {
    res.status(422).json({ error: message(error) });
  }
}

export function previewApp(session: PreviewSession, assets: PageAssets): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // A pasted block of 10,000 rows is a few megabytes of JSON.
  app.use(express.json({ limit: '32mb' }));
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  app.get('/', (_req, res) => void res.set('Content-Security-Policy', PAGE_POLICY).type('html').send(assets.html));
  app.get('/page.js', (_req, res) => void res.type('js').send(assets.js));
  app.get('/page.css', (_req, res) => void res.type('css').send(assets.css));
  app.get('/sidebar', (_req, res) => void res.type('html').send(session.sidebarPage() ?? '<!DOCTYPE html><title>Stagecoach</title>'));

  app.get('/api/workbook', (_req, res) => void res.json(session.workbookView()));

  app.get('/api/sheet', (req, res) => {
    const name = req.query.name;
    if (typeof name !== 'string') return void res.status(400).json({ error: 'Which sheet? Give ?name=.' });
    try {
      const since = typeof req.query.since === 'string' ? req.query.since : undefined;
      res.json(session.sheetView(name, since));
    } catch (error) {
      res.status(404).json({ error: message(error) });
    }
  });

  app.get('/api/changes', async (req, res) => {
    const after = Number(req.query.after ?? -1);
    res.json({ version: await session.waitForChange(Number.isFinite(after) ? after : -1, LONG_POLL_MS) });
  });

  app.post('/api/select', (req, res) => {
    const { sheet, ranges } = req.body ?? {};
    if (typeof sheet !== 'string' || !isStrings(ranges) || !ranges.length)
      return void res.status(400).json({ error: 'Send { sheet, ranges: ["A1"] }.' });
    try {
      session.select(sheet, ranges);
      res.json({});
    } catch (error) {
      res.status(400).json({ error: message(error) });
    }
  });

  // The person's edits: typed (or picked), pasted, deleted, undone. Each fires the bundle's onEdit; a refusal is a 422.
  app.post('/api/edit', (req, res) => {
    const { sheet, cell, text } = req.body ?? {};
    if (typeof sheet !== 'string' || typeof cell !== 'string' || typeof text !== 'string')
      return void res.status(400).json({ error: 'Send { sheet, cell, text }.' });
    edit(res, () => session.edit(sheet, cell, text));
  });

  app.post('/api/paste', (req, res) => {
    const { sheet, cell, texts } = req.body ?? {};
    if (typeof sheet !== 'string' || typeof cell !== 'string' || !Array.isArray(texts) || !texts.every(isStrings))
      return void res.status(400).json({ error: 'Send { sheet, cell, texts: [["a", "b"], …] }.' });
    edit(res, () => session.paste(sheet, cell, texts));
  });

  app.post('/api/clear', (req, res) => {
    const { sheet, ranges } = req.body ?? {};
    if (typeof sheet !== 'string' || !isStrings(ranges) || !ranges.length)
      return void res.status(400).json({ error: 'Send { sheet, ranges: ["A1"] }.' });
    edit(res, () => session.clear(sheet, ranges));
  });

  app.post('/api/undo', (_req, res) => edit(res, () => session.undo() ?? {}));

  app.get('/api/find', (req, res) => {
    const { sheet, query, after } = req.query;
    if (typeof sheet !== 'string' || typeof query !== 'string') return void res.status(400).json({ error: 'Give ?sheet=&query=&after=A1.' });
    edit(res, () => session.find(sheet, query, typeof after === 'string' ? after : undefined));
  });

  app.post('/api/menu', (req, res) => {
    const { functionName } = req.body ?? {};
    if (typeof functionName !== 'string') return void res.status(400).json({ error: 'Send { functionName }.' });
    res.json(session.runMenuItem(functionName));
  });

  // google.script.run from the sidebar: an entry point the bundle declares, JSON arguments, a result google.script.run
  // can carry (a Date or a class instance in it fails the call, as in Apps Script).
  app.post('/api/run', (req, res) => {
    const { fn, args } = req.body ?? {};
    if (typeof fn !== 'string' || !Array.isArray(args)) return void res.status(400).json({ error: 'Send { fn, args: [] }.' });
    if (!session.addon.has(fn)) return void res.json({ error: `Script function not found: ${fn}` });
    try {
      const value = session.runFromSidebar(fn, args);
      res.json({ value: value === undefined ? null : scriptRunReply(fn, value) });
    } catch (error) {
      res.json({ error: message(error) });
    }
  });

  app.post('/api/sidebar/close', (_req, res) => {
    session.closeSidebar();
    res.json({});
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json({ error: message(error) });
  });
  return app;
}
