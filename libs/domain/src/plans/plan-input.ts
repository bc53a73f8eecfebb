import type { PlanDraft, PlanInput, PlanStatus } from '@govindex/contracts';

/**
 * A reviewed draft as the plan to save, for the unit a person (or the demo loader) chose. The year
 * must be known by then: the reader may not have found it, the reviewer must give it.
 */
export function planInputOfDraft(draft: PlanDraft, unitId: number, year: number, status: PlanStatus = 'issued'): PlanInput {
  return {
    unitId,
    year,
    frameworks: draft.frameworks,
    number: draft.number,
    issuedOn: draft.issuedOn,
    signer: draft.signer,
    status,
    references: draft.references,
    targets: draft.targets,
    sections: draft.sections,
    tasks: draft.tasks,
    reportingDeadlines: draft.reportingDeadlines,
  };
}
