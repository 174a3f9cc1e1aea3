// Conditional format rules ("custom formula is ..." with a background / font colour) and their builder.

import type { BooleanConditionLike, ConditionalFormatRuleBuilderLike, ConditionalFormatRuleLike, RangeLike } from '../../src/sheets/gas';
import type { GridRef, UserContext } from './context';
import { refOf } from './range';

/** The stored rule: plain data, on the sheet, shared by all users. */
export interface ConditionalFormatSpec {
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  ranges: GridRef[];
}

const copySpec = (s: ConditionalFormatSpec): ConditionalFormatSpec => ({ ...s, ranges: s.ranges.map((r) => ({ ...r })) });

/** The rule's condition; a "custom formula" condition answers [formula] for its criteria values. */
export class BooleanCondition implements BooleanConditionLike {
  constructor(
    private readonly spec: ConditionalFormatSpec,
    private readonly ctx: UserContext,
  ) {}

  getCriteriaType(): string {
    this.ctx.call('BooleanCondition.getCriteriaType');
    return 'CUSTOM_FORMULA';
  }

  getCriteriaValues(): unknown[] {
    this.ctx.call('BooleanCondition.getCriteriaValues');
    return [this.spec.formula];
  }

  getBackground(): string | null {
    this.ctx.call('BooleanCondition.getBackground');
    return this.spec.background;
  }

  getFontColor(): string | null {
    this.ctx.call('BooleanCondition.getFontColor');
    return this.spec.fontColor;
  }
}

export class ConditionalFormatRule implements ConditionalFormatRuleLike {
  constructor(
    /** Internal: the rule's data (a private copy). */
    readonly spec: ConditionalFormatSpec,
    private readonly ctx: UserContext,
  ) {}

  getRanges(): RangeLike[] {
    this.ctx.call('ConditionalFormatRule.getRanges');
    return this.spec.ranges.flatMap((r) => {
      const sheet = this.ctx.workbook.sheetById(r.sheetId);
      return sheet ? [this.ctx.facades.range(sheet, r)] : [];
    });
  }

  /** Null for a rule without a condition. */
  getBooleanCondition(): BooleanCondition | null {
    this.ctx.call('ConditionalFormatRule.getBooleanCondition');
    return this.spec.formula === null ? null : new BooleanCondition(this.spec, this.ctx);
  }

  getFormula(): string | null {
    this.ctx.call('ConditionalFormatRule.getFormula');
    return this.spec.formula;
  }

  getBackground(): string | null {
    this.ctx.call('ConditionalFormatRule.getBackground');
    return this.spec.background;
  }

  getFontColor(): string | null {
    this.ctx.call('ConditionalFormatRule.getFontColor');
    return this.spec.fontColor;
  }

  copy(): ConditionalFormatRuleBuilder {
    this.ctx.call('ConditionalFormatRule.copy');
    return new ConditionalFormatRuleBuilder(this.ctx, copySpec(this.spec));
  }
}

export class ConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderLike {
  private readonly spec: ConditionalFormatSpec;

  constructor(
    private readonly ctx: UserContext,
    spec?: ConditionalFormatSpec,
  ) {
    this.spec = spec ?? { formula: null, background: null, fontColor: null, ranges: [] };
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    this.ctx.call('ConditionalFormatRuleBuilder.whenFormulaSatisfied');
    this.spec.formula = formula;
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.ctx.call('ConditionalFormatRuleBuilder.setBackground');
    this.spec.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.ctx.call('ConditionalFormatRuleBuilder.setFontColor');
    this.spec.fontColor = color;
    return this;
  }

  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilder {
    this.ctx.call('ConditionalFormatRuleBuilder.setRanges');
    this.spec.ranges = ranges.map(refOf);
    return this;
  }

  build(): ConditionalFormatRule {
    this.ctx.call('ConditionalFormatRuleBuilder.build');
    return new ConditionalFormatRule(copySpec(this.spec), this.ctx);
  }
}

/** The stored data of a rule made by this library (throws for anything else). */
export function specOf(rule: ConditionalFormatRuleLike): ConditionalFormatSpec {
  if (!(rule instanceof ConditionalFormatRule)) throw new Error('Not a conditional format rule built by SpreadsheetApp.newConditionalFormatRule()');
  return copySpec(rule.spec);
}

export function ruleFor(spec: ConditionalFormatSpec, ctx: UserContext): ConditionalFormatRule {
  return new ConditionalFormatRule(copySpec(spec), ctx);
}
