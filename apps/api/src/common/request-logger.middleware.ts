import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('Http');

/** One structured line per API request: method, path, status, duration. */
export function requestLogger(request: Request, response: Response, next: NextFunction): void {
  const started = performance.now();
  response.on('finish', () => {
    const entry = {
      msg: 'request',
      method: request.method,
      url: request.originalUrl,
      status: response.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (response.statusCode >= 500) logger.error(entry);
    else if (response.statusCode >= 400) logger.warn(entry);
    else logger.debug(entry);
  });
  next();
}
