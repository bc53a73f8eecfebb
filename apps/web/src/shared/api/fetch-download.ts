import { ApiError, buildApiUrl, readApiResponse, type QueryValue } from './api-client';
import { saveFile } from '../export/write-xlsx';

/**
 * The file name an answer gives in its Content-Disposition header: the UTF-8 `filename*` form first
 * (Vietnamese names), then the plain `filename`; `fallback` when there is none.
 */
export function fileNameOfDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return cleanFileName(decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''))) || fallback;
    } catch {
      // A malformed escape: the plain name, if any, will do.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1]?.trim();
  return (name && cleanFileName(name)) || fallback;
}

/** No folders in a name to save under. */
function cleanFileName(name: string): string {
  return name.replace(/[\\/]/g, '-').trim();
}

/**
 * Fetches a file the API makes (an Excel list, a Word draft) with the session cookie and hands it to the
 * browser to save. Unlike a plain link, a refusal (404 outside the scope, 401 after the session ended)
 * comes back as an ApiError the page can explain instead of a broken download.
 */
export async function downloadApiFile(
  path: string,
  query: Readonly<Record<string, QueryValue>>,
  fallbackName: string,
  fetchFile: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): Promise<string> {
  const url = buildApiUrl(path, query);
  let response: Response;
  try {
    response = await fetchFile(url, { headers: { accept: '*/*' } });
  } catch {
    throw new ApiError('unreachable', url, null, null);
  }
  if (!response.ok) {
    // Throws the ApiError of the answer (its JSON body says why).
    await readApiResponse<never>(response, url);
    throw new ApiError('invalid-response', url, response.status, null);
  }
  const name = fileNameOfDisposition(response.headers.get('content-disposition'), fallbackName);
  saveFile(await response.blob(), name);
  return name;
}
