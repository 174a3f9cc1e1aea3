// When the Pipeline view warns that a stage's win probability is far from what its closed prospects show.
import { calibrationWarnings, StageCalibration } from '../../src/core/calibration';

const stage = (set: number | null, observed: number | null, closed: number, name = 'Proposal'): StageCalibration => ({
  stage: name,
  set,
  observed,
  closed,
});
const warned = (...rows: StageCalibration[]) => calibrationWarnings(rows).map((row) => row.stage);

describe('the calibration warning', () => {
  it('warns at "set 50%, observed 22% of 40", not at 38% of 40 (within chance) nor at 22% of 19 (too few closed)', () => {
    expect(warned(stage(0.5, 0.22, 40))).toEqual(['Proposal']);
    expect(warned(stage(0.5, 0.38, 40))).toEqual([]);
    expect(warned(stage(0.5, 0.22, 19))).toEqual([]);
    expect(warned(stage(0.5, 0.22, 20))).toEqual(['Proposal']);
  });

  it('needs 15 points even where chance is small (many closed, or a set probability of 0 or 1)', () => {
    expect(warned(stage(0.5, 0.6, 10_000))).toEqual([]);
    expect(warned(stage(0.9, 0.76, 500))).toEqual([]);
    expect(warned(stage(1, 0.84, 50))).toEqual(['Proposal']);
    expect(warned(stage(0, 0.14, 50))).toEqual([]);
  });

  it('says nothing where no probability is set or nothing closed, and judges only the first stage when asked', () => {
    expect(warned(stage(null, 0.2, 100), stage(0.5, null, 0))).toEqual([]);
    const rows = [stage(0.1, 0.4, 50, 'Lead'), stage(0.3, 0.9, 50, 'Meeting')];
    expect(warned(...rows)).toEqual(['Lead', 'Meeting']);
    expect(calibrationWarnings(rows, true).map((row) => row.stage)).toEqual(['Lead']);
  });
});
