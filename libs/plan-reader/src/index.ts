export { PlanDocumentError } from './errors.js';
export { parsePlanText, type ParsePlanOptions } from './parse-plan-text.js';
export { MAX_DOCUMENT_BYTES, readPlanDocument, type PlanDocumentFormat, type PlanDocumentText } from './read-document.js';
