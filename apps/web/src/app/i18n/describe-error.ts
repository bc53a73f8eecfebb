import { ApiError } from '../../shared/api/api-client';
import type { Messages } from './messages';

/** A sentence an officer can act on, in the interface language; technical details stay in the console. */
export function describeError(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.errors.unexpected;
  switch (error.kind) {
    case 'unreachable':
      return t.errors.unreachable;
    case 'unauthorized':
      return t.errors.unauthorized;
    case 'forbidden':
      return t.errors.forbidden;
    case 'not-found':
      return t.errors.notFound;
    case 'throttled':
      // The API says when to try again ("… thử lại sau 15 phút.").
      return error.serverMessage ?? t.errors.throttled;
    case 'conflict':
      // The API says what clashes ("E-mail … đã được dùng cho một tài khoản khác.").
      return error.serverMessage ?? t.errors.conflict;
    case 'too-large':
      return t.errors.tooLarge;
    case 'bad-request':
      return t.errors.badRequest(error.serverMessage);
    case 'server':
      return t.errors.server(error.status);
    case 'invalid-response':
      return t.errors.invalidResponse;
  }
}
