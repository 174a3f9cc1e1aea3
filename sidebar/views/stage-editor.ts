// One stage of the Setup editor: a collapsible card with every field of its Pipeline Setup row.
import type { StageKind } from '../../src/server/api';
import { button, el, field, select, uid, type Child } from '../dom';
import { t } from '../i18n';
import type { StageField } from '../../src/core/setup';
import type { EditedStage } from '../setup-rules';

export interface StageEditorOptions {
  index: number;
  total: number;
  headers: string[];
  /** The column (index into headers) an exit criterion names through the mapping, or −1 (the core's rule). */
  resolveCriterion(criterion: string): number;
  open: boolean;
  errors: Map<StageField, string>;
  /** A field changed; `structural` asks for the whole editor to be drawn again. */
  onChange(structural: boolean): void;
  onToggle(open: boolean): void;
  /** This stage was chosen as the moment of truth. */
  onMomentOfTruth(): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

const KINDS: StageKind[] = ['stage', 'won', 'lost'];

export function renderStageEditor(edited: EditedStage, options: StageEditorOptions): HTMLElement {
  const { stage, key } = edited;
  const focus = (name: string) => `${key}:${name}`;
  const title = el('span', { class: 'stage-title' });
  const up = button(t('moveUp'), () => options.onMove(-1), { disabled: options.index === 0, 'data-focus': focus('up') });
  const down = button(t('moveDown'), () => options.onMove(1), { disabled: options.index === options.total - 1, 'data-focus': focus('down') });
  const remove = button(t('remove'), options.onRemove, { class: 'secondary danger', 'data-focus': focus('remove') });
  /** The card's title and the names of its buttons follow the stage name as it is typed. */
  const updateTitle = () => {
    const shown = stage.name.trim() || t('noName');
    const percent = stage.probability === null || !Number.isFinite(stage.probability) ? '' : ` · ${Math.round(stage.probability * 1000) / 10}%`;
    const kind = t(kindKey(stage.kind));
    const sayKind = stage.kind !== 'stage' && kind.toLowerCase() !== shown.toLowerCase();
    title.textContent = `${options.index + 1}. ${shown}${sayKind ? ` · ${kind}` : ''}${percent}`;
    up.setAttribute('aria-label', t('moveUpNamed', { name: shown }));
    down.setAttribute('aria-label', t('moveDownNamed', { name: shown }));
    remove.setAttribute('aria-label', t('removeNamed', { name: shown }));
  };
  updateTitle();

  /** A control with its error message wired through aria-describedby. */
  const checked = <C extends HTMLElement>(name: StageField, control: C, label: string): HTMLElement => {
    const error = options.errors.get(name);
    const wrapper = field(label, control);
    if (error) {
      const id = uid('error');
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
      wrapper.appendChild(el('p', { class: 'error-text', id }, error));
    }
    return wrapper;
  };

  // The limits of the server's checks (src/server/request-checks.ts): a stage name, and a cell of Pipeline Setup.
  const name = el('input', { type: 'text', value: stage.name, maxlength: 200, 'data-focus': focus('name'), autocomplete: 'off' });
  name.addEventListener('input', () => {
    stage.name = name.value;
    updateTitle();
    options.onChange(false);
  });

  const kind = select(
    KINDS.map((value) => [value, t(kindKey(value))]),
    stage.kind,
    { 'data-focus': focus('kind') },
  );
  kind.addEventListener('change', () => {
    stage.kind = kind.value as StageKind;
    if (stage.kind !== 'stage') stage.momentOfTruth = false;
    options.onChange(true);
  });

  const probability = el('input', {
    type: 'number',
    min: 0,
    max: 100,
    step: 'any',
    inputmode: 'decimal',
    value: stage.probability === null ? '' : Math.round(stage.probability * 1000) / 10,
    'data-focus': focus('probability'),
  });
  probability.addEventListener('input', () => {
    stage.probability = probability.value.trim() === '' ? null : Number(probability.value) / 100;
    updateTitle();
    options.onChange(false);
  });

  const moment = el('input', {
    type: 'radio',
    name: 'moment-of-truth',
    id: uid('moment'),
    value: String(key),
    checked: stage.momentOfTruth,
    disabled: stage.kind !== 'stage',
    'data-focus': focus('momentOfTruth'),
  });
  moment.addEventListener('change', () => {
    if (moment.checked) options.onMomentOfTruth();
  });

  const buyer = el('input', { type: 'text', value: stage.buyerStep, maxlength: 50000, 'data-focus': focus('buyer') });
  buyer.addEventListener('input', () => {
    stage.buyerStep = buyer.value;
    options.onChange(false);
  });

  const stall = el('input', { type: 'number', min: 1, step: 1, value: stage.stallDays ?? '', 'data-focus': focus('stallDays') });
  stall.addEventListener('input', () => {
    stage.stallDays = stall.value.trim() === '' ? null : Number(stall.value);
    options.onChange(false);
  });

  // Like the stall limit: a whole number of days or blank (no default); setupProblems says what is wrong before saving.
  const followUp = el('input', { type: 'number', min: 0, step: 1, value: stage.followUpDays ?? '', 'data-focus': focus('followUpDays') });
  followUp.addEventListener('input', () => {
    stage.followUpDays = followUp.value.trim() === '' ? null : Number(followUp.value);
    options.onChange(false);
  });

  const playbook = el('textarea', { rows: 4, maxlength: 50000, 'data-focus': focus('playbook') }, stage.playbook);
  playbook.addEventListener('input', () => {
    stage.playbook = playbook.value;
    options.onChange(false);
  });

  const momentError = options.errors.get('momentOfTruth');
  const details = el(
    'details',
    { class: 'stage-card', open: options.open },
    el('summary', { 'data-focus': focus('summary') }, title, stage.momentOfTruth && el('span', { class: 'star', title: t('momentOfTruth') }, ' ★')),
    el(
      'div',
      { class: 'stage-fields' },
      checked('name', name, t('stageName')),
      el('div', { class: 'pair' }, checked('kind', kind, t('kind')), checked('probability', probability, t('probability'))),
      el(
        'div',
        { class: 'check-field' },
        moment,
        el('label', { for: moment.id }, t('momentOfTruth')),
        momentError && el('p', { class: 'error-text' }, momentError),
      ),
      field(t('buyerStep'), buyer),
      el('div', { class: 'pair' }, checked('stallDays', stall, t('stallDays')), checked('followUpDays', followUp, t('followUpDays'))),
      exitCriteria(stage.exitCriteria, options.headers, options.resolveCriterion, focus, options.onChange),
      field(t('playbook'), playbook),
      el('div', { class: 'button-row' }, up, down, remove),
    ),
  );
  details.addEventListener('toggle', () => options.onToggle(details.open));
  return details;
}

/**
 * One box per column of the sheet, checked when a criterion names it (a template's "Value" checks "Giá trị (VNĐ)"),
 * then one per criterion that names no column, marked so: it is not checked when a prospect moves.
 */
function exitCriteria(
  chosen: string[],
  headers: string[],
  resolve: (criterion: string) => number,
  focus: (name: string) => string,
  onChange: (structural: boolean) => void,
): HTMLElement {
  const unresolved = chosen.filter((criterion) => resolve(criterion) < 0);
  const box = (label: string, index: number, checked: boolean, toggle: (on: boolean) => void, missing: boolean): Child => {
    const input = el('input', { type: 'checkbox', checked, id: uid('exit'), 'data-focus': focus(`exit-${index}`) });
    input.addEventListener('change', () => {
      toggle(input.checked);
      onChange(false);
    });
    return el(
      'div',
      { class: 'check-field' },
      input,
      el('label', { for: input.id }, label, missing && el('span', { class: 'muted' }, ` (${t('notAColumn')})`)),
    );
  };
  const remove = (test: (criterion: string) => boolean) => {
    for (let i = chosen.length - 1; i >= 0; i--) if (test(chosen[i])) chosen.splice(i, 1);
  };
  const boxes: Child[] = [
    ...headers.map((header, column) =>
      box(
        header,
        column,
        chosen.some((criterion) => resolve(criterion) === column),
        (on) => (on ? chosen.push(header) : remove((criterion) => resolve(criterion) === column)),
        false,
      ),
    ),
    ...unresolved.map((criterion, i) =>
      box(criterion, headers.length + i, true, (on) => (on ? chosen.push(criterion) : remove((c) => c === criterion)), true),
    ),
  ];
  return el(
    'fieldset',
    { class: 'exit-criteria' },
    el('legend', {}, t('exitCriteria')),
    boxes.length ? boxes : el('p', { class: 'muted' }, t('noHeaders')),
  );
}

function kindKey(kind: StageKind) {
  return kind === 'won' ? 'kindWon' : kind === 'lost' ? 'kindLost' : 'kindStage';
}
