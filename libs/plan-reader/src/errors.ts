/** A document the reader refuses or cannot read; the message is for the person who uploaded it. */
export class PlanDocumentError extends Error {
  override readonly name = 'PlanDocumentError';
}
