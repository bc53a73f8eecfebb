import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.js';
import { FrameworkLevelQuery, FrameworkLevelYearQuery } from '../../common/framework-query.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RankingQueryDto extends FrameworkLevelYearQuery {
  @ApiPropertyOptional({ example: 'TOTAL', description: 'Mã chỉ số; mặc định TOTAL.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'phải là mã chỉ số, ví dụ TOTAL hoặc D1.' })
  indicator?: string;

  @ApiPropertyOptional({ description: 'Xếp hạng các đơn vị con của đơn vị này.' })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên.' })
  parentId?: number;
}

export class YearsQueryDto extends FrameworkLevelQuery {
  @ApiPropertyOptional({ description: 'Chỉ tính các đơn vị bên dưới đơn vị này.' })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên.' })
  parentId?: number;
}

export class TemplateQueryDto extends FrameworkLevelYearQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'phải là xlsx hoặc csv.' })
  format?: 'xlsx' | 'csv';
}

/** The form fields sent with an uploaded results file. */
export class ImportResultsDto extends FrameworkLevelQuery {
  @ApiProperty({ example: 'UNDP, CECODES, RTA' })
  @Length(1, 200, { message: 'phải có từ 1 đến 200 ký tự.' })
  @IsString({ message: 'cần nêu cơ quan công bố.' })
  @Transform(trim)
  issuer!: string;

  @ApiPropertyOptional({ example: '268/QĐ-BNV' })
  @IsOptional()
  @Length(1, 100, { message: 'phải có từ 1 đến 100 ký tự.' })
  @Transform(trim)
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2025-03-28' })
  @IsOptional()
  @IsCalendarDate()
  decisionDate?: string;

  @ApiPropertyOptional({ description: 'Giữ nguyên khi nhập lại tệp đã sửa của cùng một nguồn.' })
  @IsOptional()
  @Length(1, 300, { message: 'phải có từ 1 đến 300 ký tự.' })
  @Transform(trim)
  sourceKey?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên.' })
  parentId?: number;
}
