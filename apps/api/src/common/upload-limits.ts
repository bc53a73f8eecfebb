import type { ApiErrorBody } from '@govindex/contracts';
import type { NextFunction, Request, Response } from 'express';
import { MAX_PLAN_UPLOAD_BYTES } from '../plans/plans.controller.js';
import { MAX_EVIDENCE_BYTES } from '../reports/reports.service.js';
import { MAX_RESULTS_UPLOAD_BYTES } from '../results/results.controller.js';

/** Room for the multipart envelope and the form's text fields around the file. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

/** The upload routes and the largest file each takes (multer enforces the same limit on the file itself). */
const UPLOAD_ROUTES: ReadonlyArray<{ path: RegExp; fileBytes: number }> = [
  { path: /^\/api\/v1\/results\/imports\/?$/, fileBytes: MAX_RESULTS_UPLOAD_BYTES },
  { path: /^\/api\/v1\/plans\/(parse|task-sheet)\/?$/, fileBytes: MAX_PLAN_UPLOAD_BYTES },
  { path: /^\/api\/v1\/reports\/[^/]+\/evidence\/?$/, fileBytes: MAX_EVIDENCE_BYTES },
];

/**
 * Refuses an upload whose declared length (Content-Length) is above its route's limit with 413 at once,
 * before a byte of the body is read, and closes the connection rather than reading the rest. A body
 * sent without a length (chunked) is cut by multer as soon as the file passes the limit.
 */
export function refuseOversizedUploads(request: Request, response: Response, next: NextFunction): void {
  if (request.method !== 'POST') return next();
  const route = UPLOAD_ROUTES.find((candidate) => candidate.path.test(request.path));
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (!route || !Number.isFinite(declared) || declared <= route.fileBytes + FORM_OVERHEAD_BYTES) return next();
  const megabytes = route.fileBytes / 1024 / 1024;
  const body: ApiErrorBody = {
    statusCode: 413,
    error: 'Payload Too Large',
    message: `Tệp quá lớn (${(declared / 1024 / 1024).toFixed(1)} MB); giới hạn là ${megabytes} MB.`,
  };
  response.setHeader('Connection', 'close');
  response.status(413).json(body);
}
