// Ready-made pipelines (generic B2B, car dealer, hospitality, services) in English and Vietnamese that Setup can start
// from: the stages of template-stages.ts with the texts of template-texts.ts. The sidebar imports this; the server
// imports template-stages.ts alone (the texts would be most of the templates' weight in Code.js).
import { templateStages, type TemplateId, type TemplateStages } from './template-stages';
import { templateTexts } from './template-texts';
import type { Locale, StageSetup } from './types';

export interface PipelineTemplate {
  id: TemplateId;
  locale: Locale;
  title: string;
  stages: StageSetup[];
}

/** A template's stages with their texts; throws when the two files disagree on how many stages it has. */
function withTexts(template: TemplateStages): PipelineTemplate {
  const texts = templateTexts[template.id][template.locale];
  if (texts.length !== template.stages.length) {
    throw new Error(
      `Template ${template.id}/${template.locale} has ${template.stages.length} stages in template-stages.ts but texts for ${texts.length} in template-texts.ts.`,
    );
  }
  return { ...template, stages: template.stages.map((stage, i) => ({ ...stage, ...texts[i]! })) };
}

/** Every template, each id in both languages; treat as read-only (use findTemplate for a copy to edit). */
export const templates: readonly PipelineTemplate[] = templateStages.map(withTexts);

/** The template with this id in this language, as a fresh copy the caller may edit; undefined if there is none. */
export function findTemplate(id: string, locale: Locale): PipelineTemplate | undefined {
  const found = templates.find((t) => t.id === id && t.locale === locale);
  if (!found) return undefined;
  return { ...found, stages: found.stages.map((s) => ({ ...s, exitCriteria: [...s.exitCriteria] })) };
}
