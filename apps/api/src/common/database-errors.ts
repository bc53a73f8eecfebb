import type { ApiErrorBody } from '@govindex/contracts';
import { HttpStatus } from '@nestjs/common';

/** How a database error is answered: its body, the seconds to say in Retry-After (or none), a log line. */
export interface DatabaseFault {
  body: ApiErrorBody;
  retryAfterSeconds: number | null;
  logMessage: string;
}

/** Socket errors of a connection that could not be made or was cut. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);

/**
 * PostgreSQL SQLSTATEs of a server that is not there for now: class 08 (connection exception), 57P01–57P03
 * (shutting down, crashed, starting up), 53300 (too many connections), 57014 (statement cancelled),
 * 40001/40P01 (serialization failure, deadlock: the same request again would pass).
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '40001', '40P01']);

/**
 * TypeORM's error for a query on a transaction whose connection was already given back: what a request
 * meets when the server ended its connection in the middle of the transaction (pg_ctl stop, failover).
 */
const RELEASED_RUNNER = 'QueryRunnerProviderAlreadyReleasedError';

/** Messages pg and pg-pool give a connection that ended or never came, without a code. */
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)|terminating connection/i;

/** Class 22 (data exception) SQLSTATEs, said as what was wrong with the data sent. */
const DATA_MESSAGES: Record<string, string> = {
  '22001': 'Có giá trị dài quá mức cho phép.',
  '22003': 'Có số vượt quá giới hạn cho phép.',
  '22007': 'Có ngày tháng không hợp lệ.',
  '22008': 'Có ngày tháng không tồn tại (ví dụ 30/02) hoặc ngoài giới hạn.',
  '22021': 'Có ký tự không hợp lệ (ví dụ ký tự NUL).',
  '22P05': 'Có ký tự không hợp lệ (ví dụ ký tự NUL).',
  '22P02': 'Có giá trị không đúng kiểu dữ liệu.',
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error and what it wraps (TypeORM's driverError, a cause, an AggregateError's errors), a few levels deep. */
function chain(error: unknown, depth = 0): ErrorLike[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const like = error as ErrorLike;
  const nested = [like.driverError, like.cause, ...(Array.isArray(like.errors) ? like.errors : [])];
  return [like, ...nested.flatMap((inner) => chain(inner, depth + 1))];
}

/**
 * Says whether an error that reached the HTTP layer is the database's, and how to answer it: a database
 * that is down, restarting or out of connections answers 503 with Retry-After (the client may try again,
 * nothing was written: the transaction did not commit); a value PostgreSQL refused as data (a date that
 * does not exist, a NUL character, a number out of range) answers 400; a unique key taken by a request
 * that ran at the same time answers 409. Anything else is not a database fault (null): a 500.
 */
export function databaseFault(error: unknown): DatabaseFault | null {
  for (const link of chain(error)) {
    const code = typeof link.code === 'string' ? link.code : '';
    const message = typeof link.message === 'string' ? link.message : '';
    const lostTransaction = link.name === RELEASED_RUNNER || (link as { constructor?: { name?: string } }).constructor?.name === RELEASED_RUNNER;
    if (CONNECTION_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_STATES.has(code) || CONNECTION_MESSAGES.test(message) || lostTransaction) {
      return {
        body: {
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          error: 'Service Unavailable',
          message: 'Cơ sở dữ liệu tạm thời không phản hồi; chưa có gì được ghi. Vui lòng thử lại sau ít phút.',
        },
        retryAfterSeconds: 5,
        logMessage: `Database unavailable (${lostTransaction ? RELEASED_RUNNER : code || message.slice(0, 120)})`,
      };
    }
    if (/^22[0-9A-Z]{3}$/.test(code)) {
      return {
        body: { statusCode: HttpStatus.BAD_REQUEST, error: 'Bad Request', message: `Dữ liệu gửi lên không hợp lệ: ${(DATA_MESSAGES[code] ?? 'có giá trị cơ sở dữ liệu không nhận.').replace(/^./, (first) => first.toLowerCase())}` },
        retryAfterSeconds: null,
        logMessage: `Data refused by the database (${code}: ${message.slice(0, 200)})`,
      };
    }
    if (code === '23505') {
      return {
        body: { statusCode: HttpStatus.CONFLICT, error: 'Conflict', message: 'Dữ liệu này vừa được người khác ghi cùng lúc. Hãy tải lại rồi thử lại.' },
        retryAfterSeconds: null,
        logMessage: `Unique violation (${message.slice(0, 200)})`,
      };
    }
  }
  return null;
}
