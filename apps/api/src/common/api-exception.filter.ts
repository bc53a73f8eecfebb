import type { ApiErrorBody } from '@govindex/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';

/** Every error leaves as one ApiErrorBody; unexpected ones are logged whole and answered without internals. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        {
          msg: 'Unhandled error',
          method: request.method,
          url: request.originalUrl,
          ...(exception instanceof QueryFailedError ? { query: exception.query } : {}),
        },
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    const retryAfter = retryAfterOf(exception);
    if (retryAfter !== null) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }
}

function toErrorBody(exception: unknown): ApiErrorBody {
  if (!(exception instanceof HttpException)) {
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Lỗi máy chủ. Vui lòng thử lại sau; nếu vẫn lỗi, báo cho quản trị hệ thống.',
    };
  }
  const statusCode = exception.getStatus();
  const raw = exception.getResponse();
  const statusText = STATUS_CODES[statusCode] ?? 'Error';
  if (typeof raw === 'string') return { statusCode, error: statusText, message: raw };
  const { message, error, details } = raw as { message?: unknown; error?: unknown; details?: ApiErrorBody['details'] };
  const messages = Array.isArray(message) ? message.map(String) : [];
  return {
    statusCode,
    error: typeof error === 'string' ? error : statusText,
    message: typeof message === 'string' ? message : messages.length > 0 ? 'Dữ liệu gửi lên không hợp lệ.' : exception.message,
    ...(details ? { details } : messages.length > 0 ? { details: messages } : {}),
  };
}

function retryAfterOf(exception: unknown): number | null {
  if (!(exception instanceof HttpException)) return null;
  const raw = exception.getResponse();
  const seconds = typeof raw === 'object' && raw !== null ? (raw as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' ? seconds : null;
}
