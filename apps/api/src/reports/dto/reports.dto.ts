import type { ReportingPeriodInput, ReportingPeriodKind, ReportItemsInput, ReportReviewInput, TaskProgress } from '@govindex/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.js';


export class ReportingPeriodInputDto implements ReportingPeriodInput {
  @ApiProperty() @IsInt() @Min(1) unitId!: number;
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ enum: ['half_year', 'annual', 'other'] }) @IsIn(['half_year', 'annual', 'other'], { message: 'phải là half_year, annual hoặc other.' }) kind!: ReportingPeriodKind;
  @ApiProperty({ example: 'Báo cáo 6 tháng đầu năm 2024' }) @IsString() @Length(1, 300, { message: 'phải có từ 1 đến 300 ký tự.' }) title!: string;
  @ApiProperty({ example: '2024-07-03' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional({ example: '2024-01-01' }) @IsOptional() @IsCalendarDate() dataFrom!: string | null;
  @ApiPropertyOptional({ example: '2024-06-30' }) @IsOptional() @IsCalendarDate() dataTo!: string | null;
}

export class PeriodListQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) unitId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class ReportListQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) unitId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) periodId?: number;
}

export class CreateReportDto {
  @ApiProperty() @IsInt() @Min(1) periodId!: number;
  @ApiProperty() @IsInt() @Min(1) unitId!: number;
}

class ReportItemDto {
  @IsInt() @Min(1) taskId!: number;
  @IsIn(['not_started', 'in_progress', 'done'], { message: 'phải là not_started, in_progress hoặc done.' }) status!: TaskProgress;
  @IsOptional() @IsString() @MaxLength(10_000, { message: 'quá dài.' }) result!: string | null;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'phải là số.' }) kpiActual!: number | null;
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'phải là địa chỉ http(s)://…' })
  links!: string[];
}

export class ReportItemsInputDto implements ReportItemsInput {
  @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ReportItemDto) items!: ReportItemDto[];
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class ReportReviewInputDto implements ReportReviewInput {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return'], { message: 'phải là approve hoặc return.' }) decision!: 'approve' | 'return';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5_000, { message: 'quá dài.' }) comment!: string | null;
}

export class EvidenceQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) taskId!: number;
}

export class EvidenceParams {
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) id!: number;
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) evidenceId!: number;
}

export class TimelinessQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) unitId!: number;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}
