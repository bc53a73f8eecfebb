import type { NotificationListResponse } from '@govindex/contracts';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của người đang đăng nhập, mới nhất trước, với số chưa đọc' })
  list(): Promise<NotificationListResponse> {
    return this.notifications.list();
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu một thông báo đã đọc' })
  markRead(@Param() { id }: IdParam): Promise<void> {
    return this.notifications.markRead(id);
  }
}
