import type { UnitLevel } from '@govindex/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const LEVELS: UnitLevel[] = ['province', 'district', 'commune'];

class FrameworkQuery {
  @ApiProperty({ example: 'PAPI' })
  @Matches(/^[A-Za-z_]{2,20}$/, { message: 'phải là mã bộ chỉ số, ví dụ PAPI.' })
  framework!: string;
}

export class YearQuery extends FrameworkQuery {
  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @Min(2000, { message: 'phải từ năm 2000.' })
  @Max(2100, { message: 'không quá năm 2100.' })
  @IsInt({ message: 'phải là năm (số nguyên).' })
  year!: number;
}

export class BreakdownQuery extends YearQuery {
  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS, { message: 'phải là province, district hoặc commune.' })
  level!: UnitLevel;

  @ApiPropertyOptional({ description: 'Đơn vị cha; bắt buộc ở cấp xã và cấp huyện.' })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên.' })
  parentId?: number;
}

export class DistributionQuery extends BreakdownQuery {
  @ApiPropertyOptional({ example: 'TOTAL' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'phải là mã chỉ số, ví dụ TOTAL hoặc D1.' })
  indicator?: string;

  @ApiPropertyOptional({ enum: ['none', 'parent'], description: 'parent: một phân bố cho mỗi đơn vị cha (ví dụ xã theo huyện).' })
  @IsOptional()
  @IsIn(['none', 'parent'], { message: 'phải là none hoặc parent.' })
  groupBy?: 'none' | 'parent';
}

export class TrendQuery extends FrameworkQuery {
  @ApiPropertyOptional({ enum: LEVELS, description: 'Cấp của kết quả; khác cấp của đơn vị thì lấy trung bình các đơn vị cấp đó bên dưới.' })
  @IsOptional()
  @IsIn(LEVELS, { message: 'phải là province, district hoặc commune.' })
  level?: UnitLevel;

  @ApiPropertyOptional({ example: 'TOTAL' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'phải là mã chỉ số, ví dụ TOTAL hoặc D1.' })
  indicator?: string;
}
