import type { AuditListResponse } from '@govindex/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuditService } from './audit.service.js';

class AuditQuery {
  @ApiPropertyOptional({ description: 'Đọc các mục cũ hơn mục này (phân trang).' })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên.' })
  before?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @Max(200, { message: 'tối đa 200.' })
  @IsInt({ message: 'phải là số nguyên.' })
  limit?: number;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Nhật ký thay đổi (quản trị hệ thống), mới nhất trước' })
  list(@Query() query: AuditQuery): Promise<AuditListResponse> {
    return this.audit.list(query.before, query.limit ?? 50);
  }
}
