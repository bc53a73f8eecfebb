import type {
  PlanDetail,
  ReportDetail,
  ReportEvidence,
  ReportingPeriod,
  ReportingPeriodInput,
  ReportItemsInput,
  ReportReviewInput,
  ReportSummary,
  TimelinessResponse,
} from '@govindex/contracts';
import { apiClient, buildApiUrl } from '../../shared/api/api-client';
import { uploadForm, type UploadProgress } from '../../shared/api/upload';

const BASE = '/api/v1';

/** Reporting periods, the communes' reports on their plans, and how timely they came. Writes carry the CSRF token. */
export const reportsApi = {
  /** The periods set by the unit or its ancestors for the year (a commune sees its district's). */
  periods(unitId: number, year: number, signal?: AbortSignal): Promise<ReportingPeriod[]> {
    return apiClient.get<ReportingPeriod[]>(`${BASE}/reporting-periods`, { unitId, year }, signal);
  },

  createPeriod(input: ReportingPeriodInput, csrfToken: string): Promise<ReportingPeriod> {
    return apiClient.post<ReportingPeriod>(`${BASE}/reporting-periods`, input, { csrfToken });
  },

  deletePeriod(id: number, csrfToken: string): Promise<void> {
    return apiClient.delete(`${BASE}/reporting-periods/${id}`, { csrfToken });
  },

  list(query: { unitId?: number; periodId?: number }, signal?: AbortSignal): Promise<ReportSummary[]> {
    return apiClient.get<ReportSummary[]>(`${BASE}/reports`, query, signal);
  },

  /** Starts the unit's report for the period: a draft listing the tasks of its plan of that year. */
  create(periodId: number, unitId: number, csrfToken: string): Promise<ReportDetail> {
    return apiClient.post<ReportDetail>(`${BASE}/reports`, { periodId, unitId }, { csrfToken });
  },

  get(id: number, signal?: AbortSignal): Promise<ReportDetail> {
    return apiClient.get<ReportDetail>(`${BASE}/reports/${id}`, {}, signal);
  },

  save(id: number, input: ReportItemsInput, csrfToken: string): Promise<ReportDetail> {
    return apiClient.put<ReportDetail>(`${BASE}/reports/${id}`, input, { csrfToken });
  },

  submit(id: number, csrfToken: string): Promise<ReportDetail> {
    return apiClient.post<ReportDetail>(`${BASE}/reports/${id}/submit`, {}, { csrfToken });
  },

  review(id: number, input: ReportReviewInput, csrfToken: string): Promise<ReportDetail> {
    return apiClient.post<ReportDetail>(`${BASE}/reports/${id}/review`, input, { csrfToken });
  },

  /** Attaches a file to one task of the report (at most 10 MB). */
  uploadEvidence(
    id: number,
    taskId: number,
    file: File,
    csrfToken: string,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<ReportEvidence> {
    const form = new FormData();
    form.append('file', file);
    return uploadForm<ReportEvidence>(buildApiUrl(`${BASE}/reports/${id}/evidence`, { taskId }), form, { csrfToken, onProgress });
  },

  /** Address of an attached file: the API sends it as a download, with the session cookie. */
  evidenceUrl(id: number, evidenceId: number): string {
    return `${BASE}/reports/${id}/evidence/${evidenceId}`;
  },

  /** The plan a report answers, for the targets and timelines of its tasks. */
  plan(id: number, signal?: AbortSignal): Promise<PlanDetail> {
    return apiClient.get<PlanDetail>(`${BASE}/plans/${id}`, {}, signal);
  },

  /** For a district (or province): each period of the year, with how each commune's report stands. */
  timeliness(unitId: number, year: number, signal?: AbortSignal): Promise<TimelinessResponse> {
    return apiClient.get<TimelinessResponse>(`${BASE}/timeliness`, { unitId, year }, signal);
  },
};
