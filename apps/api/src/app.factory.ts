import {
  BadRequestException,
  ConsoleLogger,
  type LogLevel,
  ValidationPipe,
  VersioningType,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ValidationError } from 'class-validator';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requestContext } from './access/request-context.js';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import { JSON_BODY_LIMITS, refuseMisshapenJson, URLENCODED_BODY_LIMITS } from './common/json-body.js';
import { refuseOversizedUploads } from './common/upload-limits.js';
import { requestLogger } from './common/request-logger.middleware.js';
import type { AppConfig, LogLevelName } from './config/app-config.js';

const LEVELS_FROM: Record<LogLevelName, LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  verbose: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): ConsoleLogger {
  return new ConsoleLogger('GovIndex', {
    json: config.logFormat === 'json',
    logLevels: LEVELS_FROM[config.logLevel],
  });
}

/** Same-origin everything; ECharts and React set inline styles, nothing runs inline script. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // Served over plain HTTP on a LAN too: upgrading would break every asset there.
  upgradeInsecureRequests: null,
};

/**
 * Builds the whole application (API on /api/v1, health on /api/health, OpenAPI on /api/docs, the
 * dashboard on /) without listening, so main.ts and the tests start exactly the same thing.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: createLogger(config),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } }));
  app.use(requestLogger);
  // Explicit body limits (Nest's default parsers would take 100 kB of JSON at any depth): see json-body.ts.
  // Registered as Express's own parsers (Nest skips its defaults when these are there): Nest's
  // useBodyParser() reserves `verify`, which the nesting check needs.
  app.use(express.json({ limit: JSON_BODY_LIMITS.bytes, verify: refuseMisshapenJson }));
  app.use(express.urlencoded({ extended: true, limit: URLENCODED_BODY_LIMITS.bytes, parameterLimit: URLENCODED_BODY_LIMITS.parameters }));
  // A declared length above an upload route's limit is refused before a byte of the body is read.
  app.use(refuseOversizedUploads);
  app.use(cookieParser());
  app.use(requestContext.middleware);
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) =>
        new BadRequestException({ message: 'Dữ liệu gửi lên không hợp lệ.', details: flattenValidation(errors) }),
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());

  const openApi = new DocumentBuilder()
    .setTitle('GovIndex API')
    .setDescription('Kế hoạch, báo cáo và kết quả công bố các chỉ số quản trị địa phương')
    .setVersion(config.version)
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  serveDashboard(app, config.webDistDir);
  return app;
}

/** Serves the built dashboard and sends index.html for its client-side routes; /api stays the API's. */
function serveDashboard(app: NestExpressApplication, webDistDir: string): void {
  const indexHtml = path.join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) return;
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPageRequest = request.method === 'GET' && !request.path.startsWith('/api') && request.accepts('html');
    if (isPageRequest) response.sendFile(indexHtml);
    else next();
  });
}

function flattenValidation(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      constraint === 'whitelistValidation' ? `${field}: tham số không được hỗ trợ.` : `${field}: ${message}`,
    );
    return [...own, ...flattenValidation(error.children ?? [], field)];
  });
}
