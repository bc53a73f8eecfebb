import type { ApiErrorBody, InputIssue } from '@govindex/contracts';

/** What went wrong, in terms the interface can explain to an officer. */
export type ApiFailureKind =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'conflict'
  | 'too-large'
  | 'bad-request'
  | 'server'
  | 'invalid-response';

/** A failed API call. `message` is technical (for the console); the interface explains `kind` in its own language. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    readonly url: string,
    readonly status: number | null,
    /** The API's own explanation, when it answered with an ApiErrorBody. */
    readonly serverMessage: string | null,
    /** Its parts, e.g. "unitId: Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện." for a refused form. */
    readonly details: readonly string[] = [],
    /** The located problems of a refused file or definition (file, row, column), as the API sent them. */
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(`${url}: ${kind}${status === null ? '' : ` (HTTP ${status})`}${serverMessage ? ` — ${serverMessage}` : ''}`);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined;

/** Joins a path under /api with its query, leaving out absent values so defaults stay the API's. */
export function buildApiUrl(path: string, query: Readonly<Record<string, QueryValue>> = {}, baseUrl = ''): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).statusCode === 'number' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}

/** Classifies an HTTP error answer. Gateways answer 502–504 when the API process itself is down. */
export function failureKindOfStatus(status: number): ApiFailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 429) return 'throttled';
  if (status === 502 || status === 503 || status === 504) return 'unreachable';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

async function readJson(response: Response): Promise<unknown> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Turns an HTTP answer into its JSON body or an ApiError that says what happened. */
export async function readApiResponse<T>(response: Response, url: string): Promise<T> {
  // "No content" (a logout) is a success with nothing to read.
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (response.ok) {
    if (body === undefined) throw new ApiError('invalid-response', url, response.status, null);
    return body as T;
  }
  throw apiErrorOf(response.status, body, url);
}

/** The ApiError of an HTTP error answer, given its parsed JSON body (undefined when it had none). */
export function apiErrorOf(status: number, body: unknown, url: string): ApiError {
  if (!isApiErrorBody(body)) return new ApiError(failureKindOfStatus(status), url, status, null);
  const details = (body.details ?? []).map((detail) => (typeof detail === 'string' ? detail : detail.message));
  const issues = (body.details ?? []).filter((detail): detail is InputIssue => typeof detail === 'object' && detail !== null);
  return new ApiError(failureKindOfStatus(status), url, status, body.message, details, issues);
}

export interface ApiClient {
  get<T>(path: string, query?: Readonly<Record<string, QueryValue>>, signal?: AbortSignal): Promise<T>;
  /** Sends `body` as JSON. Writes need the session's CSRF token, which a forged cross-site form cannot know. */
  post<T>(path: string, body: unknown, options?: WriteOptions): Promise<T>;
  /** Changes part of a resource: `body` holds only the fields that change. */
  patch<T>(path: string, body: unknown, options?: WriteOptions): Promise<T>;
  /** Creates or replaces the resource at `path` with `body`. */
  put<T>(path: string, body: unknown, options?: WriteOptions): Promise<T>;
  /** Deletes the resource at `path`; answers 204 with nothing to read. */
  delete(path: string, options?: WriteOptions): Promise<void>;
}

export interface WriteOptions {
  csrfToken?: string;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Origin of the API; empty means the page's own origin, where the API serves the dashboard. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
}

export const CSRF_HEADER = 'X-CSRF-Token';

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  // Called through a wrapper: the browser's fetch throws "Illegal invocation" when detached from window.
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<T>(url: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      // Same-origin requests carry the session cookie by default.
      response = await send(url, init);
    } catch (error) {
      // A cancelled request is not a failure to report: let the caller recognise it.
      if (init.signal?.aborted) throw error;
      throw new ApiError('unreachable', url, null, null);
    }
    return readApiResponse<T>(response, url);
  }

  function write<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown, { csrfToken, signal }: WriteOptions): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
    if (csrfToken) headers[CSRF_HEADER] = csrfToken;
    return request<T>(buildApiUrl(path, {}, baseUrl), { method, headers, body: JSON.stringify(body), signal });
  }

  return {
    get<T>(path: string, query: Readonly<Record<string, QueryValue>> = {}, signal?: AbortSignal) {
      return request<T>(buildApiUrl(path, query, baseUrl), { headers: { accept: 'application/json' }, signal });
    },
    post<T>(path: string, body: unknown, options: WriteOptions = {}) {
      return write<T>('POST', path, body, options);
    },
    patch<T>(path: string, body: unknown, options: WriteOptions = {}) {
      return write<T>('PATCH', path, body, options);
    },
    put<T>(path: string, body: unknown, options: WriteOptions = {}) {
      return write<T>('PUT', path, body, options);
    },
    delete(path: string, { csrfToken, signal }: WriteOptions = {}) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (csrfToken) headers[CSRF_HEADER] = csrfToken;
      return request<void>(buildApiUrl(path, {}, baseUrl), { method: 'DELETE', headers, signal });
    },
  };
}

/** The client the dashboard uses: same origin as the page. */
export const apiClient = createApiClient();
