// startPreview: the add-on's real bundle on an in-memory spreadsheet, served to a browser (npm start and the e2e tests).
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { buildPageAssets } from './page-assets';
import { previewApp } from './routes';
import { PreviewSession } from './session';

export interface PreviewOptions {
  /** 0 picks a free port. */
  port?: number;
  /** A CSV or XLSX file to open instead of the demo workbook. */
  file?: string;
  /** The user's language, "en" or "vi". */
  locale?: string;
  /** "Today" for the demo data (tests pin it). */
  now?: Date;
  /** The repository root; found from this file by default. */
  root?: string;
}

export interface Preview {
  url: string;
  session: PreviewSession;
  close(): Promise<void>;
}

/** The repository root: the nearest folder above `from` holding package.json and src/index.ts. */
export function findRoot(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src/index.ts'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the Stagecoach repository above ${from}.`);
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const root = options.root ?? findRoot();
  const [session, assets] = await Promise.all([
    PreviewSession.open({ root, file: options.file, locale: options.locale, now: options.now }),
    buildPageAssets(root),
  ]);
  const app = previewApp(session, assets);
  const server: Server = await new Promise((done, fail) => {
    const listening = app.listen(options.port ?? 8080, '127.0.0.1', () => done(listening));
    listening.once('error', fail);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}/`,
    session,
    close: () =>
      new Promise((done) => {
        session.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
