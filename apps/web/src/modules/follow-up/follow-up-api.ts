import type { AlignmentResponse, FollowUpInput, FollowUpItem, FollowUpListResponse, FollowUpStatus, FollowUpUpdate } from '@govindex/contracts';
import { apiClient } from '../../shared/api/api-client';
import { downloadApiFile } from '../../shared/api/fetch-download';

const BASE = '/api/v1';

/** Follow-up items, the plan–results alignment of a district, and the remediation plan draft. */
export const followUpApi = {
  /** Items of the units in scope (`unitId` narrows to a unit and its descendants). */
  list(query: { unitId?: number; status?: FollowUpStatus }, signal?: AbortSignal): Promise<FollowUpListResponse> {
    return apiClient.get<FollowUpListResponse>(`${BASE}/follow-ups`, query, signal);
  },

  create(input: FollowUpInput, csrfToken: string): Promise<FollowUpItem> {
    return apiClient.post<FollowUpItem>(`${BASE}/follow-ups`, input, { csrfToken });
  },

  /** The commune answers (`response`); the district closes or reopens (`status`). */
  update(id: number, update: FollowUpUpdate, csrfToken: string): Promise<FollowUpItem> {
    return apiClient.patch<FollowUpItem>(`${BASE}/follow-ups/${id}`, update, { csrfToken });
  },

  /** The list as the API writes it to Excel; resolves with the file name saved. */
  exportXlsx(query: { unitId?: number; status?: FollowUpStatus }, fallbackName: string): Promise<string> {
    return downloadApiFile(`${BASE}/follow-ups/export`, query, fallbackName);
  },

  /** The communes of a district: their plan of `year` set beside the results of the year before. */
  alignment(unitId: number, framework: string, year: number, signal?: AbortSignal): Promise<AlignmentResponse> {
    return apiClient.get<AlignmentResponse>(`${BASE}/alignment`, { unitId, framework, year }, signal);
  },

  /** The Word draft of a remediation plan ("Kế hoạch khắc phục") for a unit's weak indicators. */
  remediationPlan(unitId: number, framework: string, year: number, fallbackName: string): Promise<string> {
    return downloadApiFile(`${BASE}/units/${unitId}/remediation-plan`, { framework, year }, fallbackName);
  },
};
