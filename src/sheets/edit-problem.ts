// Where onEdit keeps the problem it could not show (a simple trigger's failure is invisible), for the sidebar to say.
import type { Services } from './gas';

const KEY = 'stagecoach.lastEditProblem';
// The document cache, not properties: an edit costs no property quota, and an old problem expires by itself.
const SIX_HOURS = 6 * 60 * 60;

export interface EditProblem {
  /** ISO time of the edit. */
  when: string;
  detail: string;
}

export function keepEditProblem(services: Services, problem: EditProblem): void {
  services.CacheService.getDocumentCache()?.put(KEY, JSON.stringify(problem), SIX_HOURS);
}

/** The last problem onEdit kept, or null (also when the cache holds something unreadable). */
export function lastEditProblem(services: Services): EditProblem | null {
  const text = services.CacheService.getDocumentCache()?.get(KEY);
  if (!text) return null;
  try {
    const problem = JSON.parse(text) as Partial<EditProblem>;
    return typeof problem.when === 'string' && typeof problem.detail === 'string' ? { when: problem.when, detail: problem.detail } : null;
  } catch {
    return null;
  }
}
