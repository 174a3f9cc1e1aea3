// A proposal's stages arrive without their buyer step and playbook (Code.js does not carry the templates' texts, see
// src/core/template-stages.ts): the sidebar, which bundles the full templates, fills them in before anything shows them.
import { findTemplate } from '../src/core/templates';
import type { SetupProposal, StageSetup } from '../src/server/api';

interface WithProposal {
  stages: StageSetup[];
  proposal: SetupProposal | null;
}

/** `reply` with each stage of its proposed template given the template's texts (where the server sent none). */
export function withProposalTexts<T extends WithProposal>(reply: T): T {
  const template = reply.proposal && findTemplate(reply.proposal.templateId, reply.proposal.locale);
  if (!template) return reply;
  const stages = reply.stages.map((stage) => {
    const texts = template.stages.find((s) => s.name === stage.name);
    return texts ? { ...stage, buyerStep: stage.buyerStep || texts.buyerStep, playbook: stage.playbook || texts.playbook } : stage;
  });
  return { ...reply, stages };
}
