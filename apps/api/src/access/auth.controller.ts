import type { SessionInfo } from '@govindex/contracts';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AuthenticatedRequest } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { Public } from './public.decorator.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập: đặt cookie phiên (httpOnly) và trả mã CSRF' })
  async login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<SessionInfo> {
    const { token, ...session } = await this.auth.login(body.email, body.password, request.ip ?? 'unknown');
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: new Date(session.expiresAt),
    });
    return session;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất: thu hồi phiên ở máy chủ' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.sessionToken) await this.sessions.revoke(request.sessionToken);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Public so a signed-out dashboard asks without an error: 204 means "no session". */
  @Public()
  @Get('session')
  @ApiOperation({ summary: 'Phiên hiện tại: người dùng và mã CSRF; 204 khi chưa đăng nhập' })
  async session(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<SessionInfo | undefined> {
    const session = await this.auth.sessionFromCookie(request.cookies?.[SESSION_COOKIE]);
    if (session) return this.auth.describe(session);
    response.status(204);
    return undefined;
  }
}
