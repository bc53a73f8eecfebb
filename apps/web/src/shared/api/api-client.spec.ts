import type { ApiErrorBody } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, buildApiUrl, createApiClient, failureKindOfStatus } from './api-client';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** A client whose network answers with the given response, recording what was asked for. */
function clientAnswering(answer: () => Response | Promise<Response>) {
  const requested: string[] = [];
  const sent: RequestInit[] = [];
  const client = createApiClient({
    fetch: async (input, init) => {
      requested.push(String(input));
      sent.push(init ?? {});
      return answer();
    },
  });
  return { client, requested, sent };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('buildApiUrl', () => {
  it('encodes the query and leaves out absent values', () => {
    expect(buildApiUrl('/api/v1/units/search', { q: 'như quỳnh', asOf: '2025-06-30', limit: 20, parentId: undefined })).toBe(
      '/api/v1/units/search?q=nh%C6%B0+qu%E1%BB%B3nh&asOf=2025-06-30&limit=20',
    );
  });

  it('keeps the bare path when there is no query', () => {
    expect(buildApiUrl('/api/health', {}, 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/api/health');
  });
});

describe('failureKindOfStatus', () => {
  it('tells apart missing data, bad requests, a down API and server faults', () => {
    expect(failureKindOfStatus(401)).toBe('unauthorized');
    expect(failureKindOfStatus(403)).toBe('forbidden');
    expect(failureKindOfStatus(404)).toBe('not-found');
    expect(failureKindOfStatus(429)).toBe('throttled');
    expect(failureKindOfStatus(409)).toBe('conflict');
    expect(failureKindOfStatus(400)).toBe('bad-request');
    expect(failureKindOfStatus(502)).toBe('unreachable');
    expect(failureKindOfStatus(504)).toBe('unreachable');
    expect(failureKindOfStatus(500)).toBe('server');
  });
});

describe('createApiClient', () => {
  it('returns the JSON body of a successful answer', async () => {
    const { client, requested } = clientAnswering(() => json({ items: [] }));
    await expect(client.get('/api/v1/units', { asOf: '2025-06-30' })).resolves.toEqual({ items: [] });
    expect(requested).toEqual(['/api/v1/units?asOf=2025-06-30']);
  });

  it('posts JSON with the CSRF token of the session', async () => {
    const { client, requested, sent } = clientAnswering(() => json({ ok: true }));
    await client.post('/api/v1/auth/logout', {}, { csrfToken: 'token-123' });
    expect(requested).toEqual(['/api/v1/auth/logout']);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.body).toBe('{}');
    expect(new Headers(sent[0]?.headers).get('x-csrf-token')).toBe('token-123');
    expect(new Headers(sent[0]?.headers).get('content-type')).toBe('application/json');
  });

  it('accepts an answer with no content', async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(client.post('/api/v1/auth/logout', {}, { csrfToken: 't' })).resolves.toBeUndefined();
  });

  it('reports an unreachable API when the network fails', async () => {
    const { client } = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(client.get('/api/v1/units'));
    expect(error.kind).toBe('unreachable');
    expect(error.status).toBeNull();
  });

  it('keeps the message of an ApiErrorBody', async () => {
    const body: ApiErrorBody = { statusCode: 400, error: 'Bad Request', message: 'asOf must be a date YYYY-MM-DD' };
    const { client } = clientAnswering(() => json(body, 400));
    const error = await failureOf(client.get('/api/v1/units', { asOf: 'yesterday' }));
    expect(error.kind).toBe('bad-request');
    expect(error.status).toBe(400);
    expect(error.serverMessage).toBe('asOf must be a date YYYY-MM-DD');
  });

  it('keeps the field-by-field details of a refused form', async () => {
    const body: ApiErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Dữ liệu gửi lên không hợp lệ.',
      details: ['password: phải có từ 10 đến 200 ký tự.', { file: 'units.csv', row: 3, message: 'mã trùng' }],
    };
    const { client } = clientAnswering(() => json(body, 400));
    const error = await failureOf(client.post('/api/v1/users', {}, { csrfToken: 't' }));
    expect(error.details).toEqual(['password: phải có từ 10 đến 200 ký tự.', 'mã trùng']);
    expect(error.serverMessage).toBe('Dữ liệu gửi lên không hợp lệ.');
  });

  it('keeps the located problems of a refused file as they came', async () => {
    const issues = [
      { file: 'ket-qua.csv', row: 2, column: 'D1', message: 'Giá trị 12 của D1 vượt quá 10.' },
      { file: 'ket-qua.csv', message: 'Tệp không có dòng kết quả nào.' },
    ];
    const body: ApiErrorBody = { statusCode: 422, error: 'Unprocessable Entity', message: 'Tệp có 2 lỗi.', details: ['x: y', ...issues] };
    const { client } = clientAnswering(() => json(body, 422));
    const error = await failureOf(client.get('/api/v1/results/imports'));
    expect(error.kind).toBe('bad-request');
    expect(error.status).toBe(422);
    expect(error.issues).toEqual(issues);
    expect(error.details).toEqual(['x: y', 'Giá trị 12 của D1 vượt quá 10.', 'Tệp không có dòng kết quả nào.']);
  });

  it('tells a too large upload apart', () => {
    expect(failureKindOfStatus(413)).toBe('too-large');
  });

  it('puts JSON with the CSRF token', async () => {
    const { client, requested, sent } = clientAnswering(() => json({ id: 12 }));
    await expect(client.put('/api/v1/catalog/PAR_INDEX/province-versions', { version: {} }, { csrfToken: 'token-7' })).resolves.toEqual({ id: 12 });
    expect(requested).toEqual(['/api/v1/catalog/PAR_INDEX/province-versions']);
    expect(sent[0]?.method).toBe('PUT');
    expect(new Headers(sent[0]?.headers).get('x-csrf-token')).toBe('token-7');
  });

  it('deletes with the CSRF token and no body, reading nothing from a 204', async () => {
    const { client, requested, sent } = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(client.delete('/api/v1/plans/3', { csrfToken: 'token-4' })).resolves.toBeUndefined();
    expect(requested).toEqual(['/api/v1/plans/3']);
    expect(sent[0]?.method).toBe('DELETE');
    expect(sent[0]?.body).toBeUndefined();
    expect(new Headers(sent[0]?.headers).get('x-csrf-token')).toBe('token-4');
  });

  it('explains a refused delete', async () => {
    const { client } = clientAnswering(() => json({ statusCode: 409, error: 'Conflict', message: 'Kế hoạch đã có 1 báo cáo: không xoá được.' }, 409));
    const error = await failureOf(client.delete('/api/v1/plans/3', { csrfToken: 't' }));
    expect(error.status).toBe(409);
    expect(error.message).toContain('không xoá được');
  });

  it('patches JSON with the CSRF token', async () => {
    const { client, requested, sent } = clientAnswering(() => json({ id: 6 }));
    await expect(client.patch('/api/v1/users/6', { active: false }, { csrfToken: 'token-9' })).resolves.toEqual({ id: 6 });
    expect(requested).toEqual(['/api/v1/users/6']);
    expect(sent[0]?.method).toBe('PATCH');
    expect(sent[0]?.body).toBe('{"active":false}');
    expect(new Headers(sent[0]?.headers).get('x-csrf-token')).toBe('token-9');
  });

  it('treats an HTML page where JSON was expected as an invalid response', async () => {
    const { client } = clientAnswering(
      () => new Response('<!doctype html><html></html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    expect((await failureOf(client.get('/api/v1/units'))).kind).toBe('invalid-response');
  });

  it('reports a server fault without a JSON body', async () => {
    const { client } = clientAnswering(() => new Response('boom', { status: 500 }));
    const error = await failureOf(client.get('/api/v1/units/12'));
    expect(error.kind).toBe('server');
    expect(error.serverMessage).toBeNull();
  });

  it('lets a cancelled request surface as the abort it is', async () => {
    const controller = new AbortController();
    const { client } = clientAnswering(() => {
      controller.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    });
    await expect(client.get('/api/v1/units', {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
