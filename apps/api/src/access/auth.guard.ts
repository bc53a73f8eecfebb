import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { IS_PUBLIC } from './public.decorator.js';
import { requestContext } from './request-context.js';
import { SESSION_COOKIE, SessionsService, type ResolvedSession } from './sessions.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

export type AuthenticatedRequest = Request & { session?: ResolvedSession; sessionToken?: string };

/**
 * Every route needs a live session unless marked @Public(). Writes also need the session's CSRF token
 * in a header, which a cross-site form cannot send. The caller becomes the request's actor.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') throw new UnauthorizedException('Cần đăng nhập.');
    const session = await this.sessions.resolve(token);
    if (!session) throw new UnauthorizedException('Phiên đăng nhập đã hết hạn hoặc đã đăng xuất. Vui lòng đăng nhập lại.');

    if (!SAFE_METHODS.has(request.method) && !sameToken(request.header(CSRF_HEADER), session.csrfToken)) {
      throw new ForbiddenException('Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang.');
    }
    request.session = session;
    request.sessionToken = token;
    requestContext.setActor(session.actor);
    return true;
  }
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
