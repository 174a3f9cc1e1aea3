// The page's calls to the preview server: JSON in, JSON out, errors as Error with the server's message.
import type { MenuResult, SheetView, WorkbookView } from '../server/views';

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
  sheet: (name: string) => request<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  /** Waits (up to 25 s) for a version newer than `after`. */
  changes: (after: number) => request<{ version: number }>(`/api/changes?after=${after}`),
  select: (sheet: string, ranges: string[]) => request<object>('/api/select', { sheet, ranges }),
  edit: (sheet: string, cell: string, text: string) => request<object>('/api/edit', { sheet, cell, text }),
  menu: (functionName: string) => request<MenuResult>('/api/menu', { functionName }),
  closeSidebar: () => request<object>('/api/sidebar/close', {}),
};
