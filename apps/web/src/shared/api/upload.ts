import { ApiError, apiErrorOf, CSRF_HEADER } from './api-client';

/** How far an upload has gone: bytes sent of the total (null when the browser cannot tell). */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

export interface UploadOptions {
  csrfToken: string;
  /** Called as the file leaves the browser; the last call (loaded = total) comes before the API has answered. */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** Whole percent of an upload, 0–100, or null when its size is unknown. */
export function uploadPercent(progress: UploadProgress | null): number | null {
  if (!progress || progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((progress.loaded / progress.total) * 100)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Posts a multipart form with XMLHttpRequest rather than fetch: only XHR reports upload progress, which
 * officers need to see when sending a large spreadsheet over a slow line. Answers as the API client does.
 */
export function uploadForm<T>(url: string, form: FormData, { csrfToken, onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader(CSRF_HEADER, csrfToken);
    request.responseType = 'text';
    request.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.onload = () => {
      const isJson = (request.getResponseHeader('content-type') ?? '').includes('json');
      const body = isJson ? parseJson(request.responseText) : undefined;
      if (request.status >= 200 && request.status < 300) {
        if (body === undefined) reject(new ApiError('invalid-response', url, request.status, null));
        else resolve(body as T);
      } else {
        reject(apiErrorOf(request.status, body, url));
      }
    };
    request.onerror = () => reject(new ApiError('unreachable', url, null, null));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('The upload was cancelled.', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => request.abort(), { once: true });
    }
    request.send(form);
  });
}
