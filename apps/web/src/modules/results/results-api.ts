import type { RankingResponse, ResultImportReport, UnitLevel } from '@govindex/contracts';
import { apiClient, ApiError } from '../../shared/api/api-client';
import { uploadForm, type UploadProgress } from '../../shared/api/upload';

export interface RankingQuery {
  framework: string;
  level: UnitLevel;
  year: number;
  indicator: string;
  parentId: number | null;
}

export interface ImportRequest {
  fields: ReadonlyArray<readonly [string, string]>;
  file: File;
}

export const resultsApi = {
  ranking(query: RankingQuery, signal?: AbortSignal): Promise<RankingResponse> {
    return apiClient.get<RankingResponse>(
      '/api/v1/results/ranking',
      { framework: query.framework, level: query.level, year: query.year, indicator: query.indicator, parentId: query.parentId },
      signal,
    );
  },

  /**
   * The latest of `years` (tried in order) that has results: used when no year is chosen, since the
   * catalog says which years a version covers, not which ones have been published yet.
   */
  async latestRanking(query: Omit<RankingQuery, 'year'>, years: readonly number[], signal?: AbortSignal): Promise<RankingResponse> {
    let lastError: unknown = new ApiError('not-found', '/api/v1/results/ranking', 404, null);
    for (const year of years) {
      try {
        return await resultsApi.ranking({ ...query, year }, signal);
      } catch (error) {
        if (!(error instanceof ApiError) || error.kind !== 'not-found') throw error;
        lastError = error;
      }
    }
    throw lastError;
  },

  /** Sends a results file with its form fields; `onProgress` follows the upload. */
  importFile(request: ImportRequest, csrfToken: string, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<ResultImportReport> {
    const form = new FormData();
    for (const [name, value] of request.fields) form.append(name, value);
    // The file goes last: the API reads the fields before the (possibly large) file.
    form.append('file', request.file, request.file.name);
    return uploadForm<ResultImportReport>('/api/v1/results/imports', form, { csrfToken, onProgress, signal });
  },
};
