// Check's fixes: what a stage cell that is not a stage should become, and the exact spelling of cells that match by key.
import { closestName } from './closest';
import { historyKey, type HistoryRecord } from './history';
import { isBlank, LOST_WORDS, nameKey, WON_WORDS, withoutAccents } from './names';
import type { Pipeline, Stage } from './pipeline';
import { LOST, statusCode, WON } from './prospects';
import { serverMessages } from '../i18n/messages';

/** What a fix writes: the stage cell, and the status cell (null: left as it is). */
export interface StageFix {
  stage: string;
  status: string | null;
}

/** The status words a fix writes, in the user's language; null on a sheet without a Status column. */
export interface StatusWords {
  won: string;
  lost: string;
}

const key = (text: string) => withoutAccents(nameKey(text));

/**
 * Names people give the same step, across the templates' stages and common CRM exports, in both languages: a value
 * in a group is offered the pipeline's first ordinary stage in that group ("Meeting" → "Appointment held").
 */
const SYNONYMS: readonly (readonly string[])[] = [
  [
    'lead',
    'new lead',
    'new',
    'enquiry',
    'inquiry',
    'new enquiry',
    'new inquiry',
    'incoming',
    'khách tiềm năng',
    'khách tiềm năng mới',
    'khách mới',
    'khách hỏi xe',
    'khách hỏi',
    'yêu cầu mới',
    'mới',
  ],
  [
    'contacted',
    'contact made',
    'called',
    'attempted contact',
    'first call',
    'discovery call',
    'đã liên hệ',
    'liên hệ',
    'đã gọi',
    'cuộc gọi tìm hiểu',
  ],
  ['qualified', 'qualification', 'sql', 'mql', 'needs analysis', 'brief taken', 'đã sàng lọc', 'sàng lọc', 'đủ điều kiện', 'đã nắm nhu cầu'],
  ['meeting booked', 'appointment set', 'appointment booked', 'visit booked', 'scheduled', 'hẹn gặp', 'hẹn xem cơ sở', 'đã hẹn'],
  [
    'meeting',
    'appointment',
    'appointment held',
    'meeting held',
    'showroom visit',
    'site visit',
    'visit',
    'free assessment',
    'assessment',
    'gặp',
    'đã gặp',
    'đã gặp trực tiếp',
    'cuộc họp',
    'đến xem xe',
    'xem cơ sở',
    'đánh giá miễn phí',
  ],
  ['demo', 'test drive', 'trial', 'lái thử', 'chạy thử', 'dùng thử'],
  [
    'proposal',
    'proposal sent',
    'quote',
    'quoted',
    'quotation',
    'offer',
    'quote & trade in',
    'báo giá',
    'đã báo giá',
    'đã gửi báo giá',
    'đề xuất',
    'đã gửi đề xuất',
    'báo giá & đổi xe cũ',
  ],
  ['negotiation', 'negotiating', 'decision meeting', 'decision', 'đàm phán', 'thương lượng', 'họp ra quyết định'],
  ['finance approval', 'approval', 'finance', 'duyệt trả góp', 'trả góp', 'phê duyệt'],
  [
    'contract',
    'contract sent',
    'contract & deposit',
    'deposit',
    'deposit paid',
    'hợp đồng',
    'đã gửi hợp đồng',
    'ký hợp đồng, đặt cọc',
    'đặt cọc',
    'đã đặt cọc',
  ],
].map((group) => group.map(key));

/** The pipeline's counterpart of a common stage name, by the synonym groups, or undefined. */
export function synonymStage(text: string, pipeline: Pipeline): Stage | undefined {
  const wanted = key(text);
  for (const group of SYNONYMS) {
    if (!group.includes(wanted)) continue;
    const stage = pipeline.steps.find((s) => s.kind === 'stage' && group.includes(key(s.name)));
    if (stage) return stage;
  }
  return undefined;
}

/**
 * The fix for a stage cell that is not a stage of the pipeline, or null when none is obvious:
 * - a won word (`Closed Won`, `thắng`) → the won stage, status won where there is a Status column;
 * - a lost word (`Closed Lost`, `thua`) → with a Status column the stage it had got to (`kept`, from Stage History)
 *   with status lost, so how far it got is kept; without one, or when nothing says, the first lost stage;
 * - else the closest stage name, or the pipeline's counterpart of a common name (`Meeting` → `Appointment held`).
 * A won word beside a lost status (or the reverse) is a conflict only the user can settle: no fix.
 */
export function stageFix(
  stageCell: unknown,
  statusCell: unknown,
  pipeline: Pipeline,
  statusWords: StatusWords | null,
  kept?: string,
): StageFix | null {
  if (typeof stageCell !== 'string' || isBlank(stageCell) || pipeline.byKey.has(nameKey(stageCell))) return null;
  const word = nameKey(stageCell);
  const status = statusWords ? statusCode(statusCell) : null;
  if (WON_WORDS.has(word)) {
    if (status === LOST) return null;
    return { stage: pipeline.won.name, status: statusWords && status !== WON ? statusWords.won : null };
  }
  if (LOST_WORDS.has(word)) {
    if (status === WON) return null;
    const keptStage = kept === undefined ? undefined : pipeline.byKey.get(nameKey(kept));
    const stage = statusWords && keptStage?.kind === 'stage' ? keptStage : pipeline.lost[0];
    if (!stage) return null;
    return { stage: stage.name, status: statusWords && status !== LOST ? statusWords.lost : null };
  }
  const closest = closestName(stageCell, pipeline.names) ?? synonymStage(stageCell, pipeline)?.name;
  return closest === undefined ? null : { stage: closest, status: null };
}

/** True when a fix is one `stageFix` could have offered for this cell (the kept stage as Check read it from the log). */
export function isOfferedFix(stageCell: unknown, statusCell: unknown, pipeline: Pipeline, statusWords: StatusWords | null, fix: StageFix): boolean {
  const offered = stageFix(stageCell, statusCell, pipeline, statusWords, fix.stage);
  return offered !== null && nameKey(offered.stage) === nameKey(fix.stage) && (offered.status ?? '') === (fix.status ?? '');
}

/** The exact spelling of a stage cell that matches a stage by key but not letter for letter, or null. */
export function exactStage(cell: unknown, pipeline: Pipeline): string | null {
  if (typeof cell !== 'string') return null;
  const stage = pipeline.byKey.get(nameKey(cell));
  return stage && stage.name !== cell ? stage.name : null;
}

const STATUS_SPELLINGS = new Map(
  Object.values(serverMessages).flatMap((m) => [m.statusOpen, m.statusWon, m.statusLost].map((word) => [nameKey(word), word] as const)),
);

/** The dropdown's spelling (Open, Won, Lost, Đang mở, Thắng, Thua) of a status cell that matches one by key only, or null. */
export function exactStatus(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const word = STATUS_SPELLINGS.get(nameKey(cell));
  return word !== undefined && word !== cell ? word : null;
}

/**
 * How far each prospect had got by Stage History (by key): the newest ordinary stage its log names, the To of a row
 * or else its From (a prospect typed from "Proposal" to "Closed Lost" had got to Proposal), renames applied.
 */
export function stagesReached(records: readonly HistoryRecord[], pipeline: Pipeline): Map<string, string> {
  const reached = new Map<string, string>();
  const done = new Set<string>();
  const finalName = new Map<string, string>();
  const ordinary = (name: string): string | undefined => {
    const stage = pipeline.byKey.get(nameKey(finalName.get(nameKey(name)) ?? name));
    return stage?.kind === 'stage' ? stage.name : undefined;
  };
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i];
    if (record.change === 'rename') {
      finalName.set(nameKey(record.from), finalName.get(nameKey(record.to)) ?? record.to);
      continue;
    }
    const prospect = historyKey(record.id, record.prospect);
    if (done.has(prospect)) continue;
    const stage = ordinary(record.to) ?? (record.change === 'fix' ? undefined : ordinary(record.from));
    if (stage !== undefined) {
      reached.set(prospect, stage);
      done.add(prospect);
    } else if (record.to && pipeline.byKey.has(nameKey(finalName.get(nameKey(record.to)) ?? record.to))) {
      // The newest stage it was in is a won or lost stage: how far it got before is not this row's to say.
      done.add(prospect);
    }
  }
  return reached;
}
