import type { KpiTarget, PlanInput, PlanStatus, PlanTargetKind, ReportingPeriodKind, TaskTimeline } from '@govindex/contracts';
import { BadRequestException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.js';

const TEXT_MESSAGE = { message: 'quá dài.' };

class PlanReferenceDto {
  @IsString() @MaxLength(100, TEXT_MESSAGE) number!: string;
  @IsOptional() @IsCalendarDate() date!: string | null;
  @IsOptional() @IsString() @MaxLength(300, TEXT_MESSAGE) issuer!: string | null;
}

class PlanTargetDto {
  @IsIn(['rank_up', 'top_of_parent', 'grade_at_least', 'score_at_least', 'other'], { message: 'loại mục tiêu không hợp lệ.' })
  kind!: PlanTargetKind;
  @IsString() @MaxLength(2000, TEXT_MESSAGE) text!: string;
  @IsOptional() @IsString() @MaxLength(20, TEXT_MESSAGE) framework!: string | null;
}

class PlanSectionDto {
  @IsOptional() @IsString() @MaxLength(20, TEXT_MESSAGE) framework!: string | null;
  @IsOptional() @IsString() @MaxLength(500, TEXT_MESSAGE) dimension!: string | null;
  @IsString() @MaxLength(1000, TEXT_MESSAGE) title!: string;
  @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) @MaxLength(10_000, { each: true, message: 'quá dài.' }) items!: string[];
}

class TimelineDto {
  @IsIn(['ongoing', 'quarter', 'date', 'event', 'unspecified'], { message: 'loại thời gian không hợp lệ.' })
  kind!: TaskTimeline['kind'];
  @IsString() @MaxLength(500, TEXT_MESSAGE) text!: string;
  @IsOptional() @IsInt() @Min(1) @Max(4) quarter?: 1 | 2 | 3 | 4;
  @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number | null;
  @IsOptional() @IsCalendarDate() due?: string;
  @IsOptional() @IsString() @MaxLength(500, TEXT_MESSAGE) event?: string;
}

class KpiDto {
  @IsString() @MaxLength(500, TEXT_MESSAGE) text!: string;
  @IsIn(['eq', 'gt', 'gte', 'lt', 'lte']) comparator!: KpiTarget['comparator'];
  @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @IsIn(['percent', 'per_year', 'per_quarter', 'per_month', 'count']) unit!: KpiTarget['unit'];
}

export class PlanTaskDto {
  @IsOptional() @IsInt() @Min(1) id?: number;
  @IsOptional() @IsString() @MaxLength(20, TEXT_MESSAGE) framework!: string | null;
  @IsOptional() @IsString() @MaxLength(500, TEXT_MESSAGE) dimension!: string | null;
  @IsOptional() @IsString() @MaxLength(500, TEXT_MESSAGE) subDimension!: string | null;
  @IsString({ message: 'cần nêu nhiệm vụ.' }) @MaxLength(10_000, TEXT_MESSAGE) task!: string;
  @IsOptional() @IsString() @MaxLength(5_000, TEXT_MESSAGE) product!: string | null;
  @IsOptional() @IsString() @MaxLength(1_000, TEXT_MESSAGE) lead!: string | null;
  @IsOptional() @IsString() @MaxLength(2_000, TEXT_MESSAGE) implementers!: string | null;
  @ValidateNested() @Type(() => TimelineDto) timeline!: TimelineDto;
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => KpiDto) kpis!: KpiDto[];
}

class ReportingDeadlineDto {
  @IsIn(['half_year', 'annual', 'other']) kind!: ReportingPeriodKind;
  @IsCalendarDate() due!: string;
  @IsOptional() @IsCalendarDate() dataFrom!: string | null;
  @IsOptional() @IsCalendarDate() dataTo!: string | null;
}

/** A plan as the editor sends it (PlanInput); nested parts validated row by row. */
export class PlanInputDto {
  @ApiProperty() @IsInt({ message: 'phải là mã số đơn vị.' }) @Min(1) unitId!: number;
  @ApiProperty({ example: 2024 }) @IsInt({ message: 'phải là năm.' }) @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ example: ['PAPI'] })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[A-Z_]{2,20}$/, { each: true, message: 'phải là mã bộ chỉ số, ví dụ PAPI.' })
  frameworks!: string[];
  @ApiPropertyOptional({ example: '08/KH-UBND' }) @IsOptional() @IsString() @MaxLength(100, TEXT_MESSAGE) number!: string | null;
  @ApiPropertyOptional({ example: '2024-01-11' }) @IsOptional() @IsCalendarDate() issuedOn!: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200, TEXT_MESSAGE) signer!: string | null;
  @ApiProperty({ enum: ['draft', 'issued'] }) @IsIn(['draft', 'issued'], { message: 'phải là draft hoặc issued.' }) status!: PlanStatus;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PlanReferenceDto) references!: PlanReferenceDto[];
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PlanTargetDto) targets!: PlanTargetDto[];
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PlanSectionDto) sections!: PlanSectionDto[];
  @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => PlanTaskDto) tasks!: PlanTaskDto[];
  @IsArray() @ArrayMaxSize(24) @ValidateNested({ each: true }) @Type(() => ReportingDeadlineDto) reportingDeadlines!: ReportingDeadlineDto[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) version?: number;
}

export class PlanListQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) unitId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class TaskSheetQueryDto {
  @ApiPropertyOptional({ description: 'Năm của kế hoạch, để đọc "Quý II" thành quý của năm đó.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

/** The validated body as the service takes it: each timeline narrowed to its kind, its fields required. */
export function toPlanInput(body: PlanInputDto): PlanInput {
  const problems: string[] = [];
  const tasks = body.tasks.map((task, index) => {
    const where = `tasks[${index}].timeline`;
    const { kind, text } = task.timeline;
    let timeline: TaskTimeline;
    if (kind === 'quarter') {
      if (!task.timeline.quarter) problems.push(`${where}.quarter: cần nêu quý (1–4).`);
      timeline = { kind, text, quarter: task.timeline.quarter ?? 1, year: task.timeline.year ?? null };
    } else if (kind === 'date') {
      if (!task.timeline.due) problems.push(`${where}.due: cần nêu ngày (YYYY-MM-DD).`);
      timeline = { kind, text, due: task.timeline.due ?? '' };
    } else if (kind === 'event') {
      timeline = { kind, text, event: task.timeline.event ?? text };
    } else {
      timeline = { kind, text };
    }
    return { ...task, timeline, kpis: task.kpis };
  });
  if (problems.length > 0) throw new BadRequestException({ message: 'Thời gian thực hiện của một số nhiệm vụ chưa đủ.', details: problems });
  return { ...body, tasks };
}
