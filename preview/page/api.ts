// The page's calls to the preview server: JSON in, JSON out, errors as Error with the server's message.
import type { MenuResult, SheetView, WorkbookView } from '../server/views';

/** The ranges an edit changed (the grid selects them, as Sheets does after a paste or an undo). */
export interface Edited {
  sheet: string;
  ranges: string[];
}

async function request<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  const reply = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(reply.error ?? `The preview server answered ${response.status}.`);
  return reply;
}

export const api = {
  workbook: () => request<WorkbookView>('/api/workbook'),
  /** A sheet's view; with `since` (the id of the view the page holds) only what changed after it, when it can. */
  sheet: (name: string, since?: string) =>
    request<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}${since ? `&since=${encodeURIComponent(since)}` : ''}`),
  /** Waits (up to 25 s) for a version newer than `after`. */
  changes: (after: number) => request<{ version: number }>(`/api/changes?after=${after}`),
  select: (sheet: string, ranges: string[]) => request<object>('/api/select', { sheet, ranges }),
  edit: (sheet: string, cell: string, text: string) => request<Edited>('/api/edit', { sheet, cell, text }),
  paste: (sheet: string, cell: string, texts: string[][]) => request<Edited>('/api/paste', { sheet, cell, texts }),
  clear: (sheet: string, ranges: string[]) => request<Edited>('/api/clear', { sheet, ranges }),
  /** The person's last edit undone: the ranges it restored (none when there was nothing to undo). */
  undo: () => request<Partial<Edited>>('/api/undo', {}),
  find: (sheet: string, query: string, after: string) =>
    request<{ a1: string | null }>(`/api/find?sheet=${encodeURIComponent(sheet)}&query=${encodeURIComponent(query)}&after=${after}`),
  menu: (functionName: string) => request<MenuResult>('/api/menu', { functionName }),
  closeSidebar: () => request<object>('/api/sidebar/close', {}),
};
