import type { PlanComplianceResponse, PlanDetail, PlanInput, PlanParseResponse, PlanSummary, PlanTaskSheetResponse } from '@govindex/contracts';
import { apiClient, buildApiUrl } from '../../shared/api/api-client';
import { uploadForm, type UploadProgress } from '../../shared/api/upload';

const BASE = '/api/v1/plans';

export interface PlanListQuery {
  unitId: number | null;
  year: number | null;
}

/** Address of the Excel template of the task table (Biểu tổng hợp nhiệm vụ); the API sends it as a download. */
export const TASK_TEMPLATE_URL = `${BASE}/task-template`;

/** Plans of the units in the caller's scope. Writes carry the session's CSRF token. */
export const plansApi = {
  list(query: PlanListQuery, signal?: AbortSignal): Promise<PlanSummary[]> {
    return apiClient.get<PlanSummary[]>(BASE, { unitId: query.unitId, year: query.year }, signal);
  },

  get(id: number, signal?: AbortSignal): Promise<PlanDetail> {
    return apiClient.get<PlanDetail>(`${BASE}/${id}`, {}, signal);
  },

  compliance(id: number, signal?: AbortSignal): Promise<PlanComplianceResponse> {
    return apiClient.get<PlanComplianceResponse>(`${BASE}/${id}/compliance`, {}, signal);
  },

  create(input: PlanInput, csrfToken: string): Promise<PlanDetail> {
    return apiClient.post<PlanDetail>(BASE, input, { csrfToken });
  },

  /** Replaces the plan; `input.version` is the version the editor started from (409 when someone saved since). */
  update(id: number, input: PlanInput, csrfToken: string): Promise<PlanDetail> {
    return apiClient.put<PlanDetail>(`${BASE}/${id}`, input, { csrfToken });
  },

  remove(id: number, csrfToken: string): Promise<void> {
    return apiClient.delete(`${BASE}/${id}`, { csrfToken });
  },

  /** Reads a plan document (.docx, .pdf, .txt, .md) into a draft to review; nothing is saved. */
  parse(file: File, csrfToken: string, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<PlanParseResponse> {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadForm<PlanParseResponse>(`${BASE}/parse`, form, { csrfToken, onProgress, signal });
  },

  /**
   * Reads a filled task-table template (.xlsx, .csv) back into tasks, with the problems of its rows; `year`
   * is the plan's, so that "Quý II" is read as that year's quarter.
   */
  readTaskSheet(file: File, year: number | null, csrfToken: string): Promise<PlanTaskSheetResponse> {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadForm<PlanTaskSheetResponse>(buildApiUrl(`${BASE}/task-sheet`, { year }), form, { csrfToken });
  },
};
