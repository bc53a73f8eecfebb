import type { ApiErrorBody } from '@govindex/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { databaseFault } from './database-errors.js';

/** Every error leaves as one ApiErrorBody; unexpected ones are logged whole and answered without internals. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const fault = exception instanceof HttpException ? null : databaseFault(exception);
    const body = fault ? fault.body : toErrorBody(exception);
    if (fault) {
      // An outage answers every request this way: one line each, not a stack trace each.
      this.logger.warn({ msg: fault.logMessage, method: request.method, url: request.originalUrl, status: body.statusCode });
    } else if (body.statusCode >= 500) {
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
    const retryAfter = fault ? fault.retryAfterSeconds : retryAfterOf(exception);
    if (retryAfter !== null) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }
}

/**
 * Errors the HTTP layer (body parser, Express) raises before any handler runs, keyed by the
 * http-errors `type` Nest keeps as the cause: said in Vietnamese, without the parser's internals.
 */
const REQUEST_ERRORS: Record<string, string> = {
  'entity.too.large': 'Nội dung gửi lên quá lớn.',
  'entity.parse.failed': 'Nội dung gửi lên không phải JSON hợp lệ.',
  'entity.verify.failed': 'Nội dung gửi lên không hợp lệ.',
  'encoding.unsupported': 'Bảng mã của nội dung gửi lên không được hỗ trợ (chỉ nhận UTF-8).',
  'charset.unsupported': 'Bảng mã của nội dung gửi lên không được hỗ trợ (chỉ nhận UTF-8).',
  'request.aborted': 'Yêu cầu bị ngắt giữa chừng.',
  'request.size.invalid': 'Độ dài nội dung gửi lên không khớp với khai báo.',
  'parameters.too.many': 'Quá nhiều tham số.',
};

/** multer's errors (by the `code` Nest keeps on the cause) and busboy's (by message), in Vietnamese. */
const UPLOAD_ERRORS: Record<string, string> = {
  LIMIT_FILE_SIZE: 'Tệp gửi lên vượt quá dung lượng cho phép.',
  LIMIT_FILE_COUNT: 'Mỗi lần chỉ gửi một tệp.',
  LIMIT_UNEXPECTED_FILE: 'Tệp phải được gửi trong trường "file", mỗi lần một tệp.',
  LIMIT_PART_COUNT: 'Biểu mẫu gửi lên có quá nhiều phần.',
  LIMIT_FIELD_KEY: 'Biểu mẫu gửi lên có tên trường quá dài.',
  LIMIT_FIELD_VALUE: 'Biểu mẫu gửi lên có giá trị quá dài.',
  LIMIT_FIELD_COUNT: 'Biểu mẫu gửi lên có quá nhiều trường.',
  LIMIT_FIELD_NESTING: 'Biểu mẫu gửi lên có tên trường lồng quá sâu.',
  LIMIT_FIELD_ARRAY_INDEX: 'Biểu mẫu gửi lên có chỉ số mảng quá lớn.',
  INVALID_FIELD_NAME: 'Biểu mẫu gửi lên có tên trường không hợp lệ.',
  MISSING_FIELD_NAME: 'Biểu mẫu gửi lên có trường không tên.',
};

/** The Vietnamese message of an error raised while the request was read (body parser, multer), if it is one. */
function requestErrorMessage(statusCode: number, cause: unknown): string | null {
  if (!cause || typeof cause !== 'object') return null;
  const { type, code, message } = cause as { type?: unknown; code?: unknown; message?: unknown };
  if (typeof type === 'string' && type in REQUEST_ERRORS) {
    // A check of our own (the JSON nesting limit) carries its own Vietnamese message.
    return type === 'entity.verify.failed' && typeof message === 'string' ? message : REQUEST_ERRORS[type]!;
  }
  if (typeof code === 'string' && code in UPLOAD_ERRORS) return UPLOAD_ERRORS[code]!;
  if (typeof message === 'string') {
    if (/^(Malformed|Unexpected end of (form|file)|Multipart: Boundary not found)/i.test(message)) return 'Biểu mẫu gửi lên bị hỏng hoặc không trọn vẹn.';
    if (statusCode === HttpStatus.UNSUPPORTED_MEDIA_TYPE) return 'Tệp phải được gửi dạng multipart/form-data.';
  }
  return null;
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
  const readError = requestErrorMessage(statusCode, exception.cause);
  if (readError) return { statusCode, error: statusText, message: readError };
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
