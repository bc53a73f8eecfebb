import type { FollowUpInput, FollowUpReasonKind, FollowUpStatus, FollowUpUpdate } from '@govindex/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.js';
import { FrameworkYearQuery } from '../../common/framework-query.dto.js';

const STATUSES: FollowUpStatus[] = ['open', 'answered', 'closed'];
const REASONS: FollowUpReasonKind[] = ['weak_indicator', 'bottom_quartile', 'rank_drop', 'weak_on_many_dimensions', 'plan_late', 'plan_missing', 'plan_incomplete', 'reports_late', 'weak_without_task', 'done_but_weak'];

export class FollowUpInputDto implements FollowUpInput {
  @ApiProperty() @IsInt() @Min(1) unitId!: number;
  @ApiProperty({ example: 'PAPI' }) @Matches(/^[A-Z_]{2,20}$/, { message: 'phải là mã bộ chỉ số, ví dụ PAPI.' }) framework!: string;
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ example: 'D3.2' }) @IsOptional() @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'phải là mã chỉ số, ví dụ D3.2.' }) indicatorCode!: string | null;
  @ApiProperty({ enum: REASONS }) @IsIn(REASONS, { message: 'lý do không hợp lệ.' }) reasonKind!: FollowUpReasonKind;
  @ApiProperty() @IsString() @Length(1, 2000, { message: 'phải có từ 1 đến 2000 ký tự.' }) reason!: string;
  @ApiProperty() @IsString() @Length(1, 5000, { message: 'cần nêu việc yêu cầu (tối đa 5000 ký tự).' }) actionRequested!: string;
  @ApiProperty({ example: '2025-03-31' }) @IsCalendarDate() dueOn!: string;
}

export class FollowUpUpdateDto implements FollowUpUpdate {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES, { message: 'phải là open, answered hoặc closed.' }) status?: FollowUpStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000, { message: 'quá dài.' }) response?: string | null;
}

export class FollowUpListQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) unitId?: number;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES, { message: 'phải là open, answered hoặc closed.' }) status?: FollowUpStatus;
}

export class AlignmentQueryDto extends FrameworkYearQuery {
  @ApiProperty({ description: 'Huyện (hoặc tỉnh) có các xã cần đối chiếu.' }) @Type(() => Number) @IsInt() @Min(1) unitId!: number;
}

export class RemediationQueryDto extends FrameworkYearQuery {}
