import type { UnitLevel } from '@govindex/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { FrameworkLevelYearQuery, FrameworkQuery, UNIT_LEVELS } from '../../common/framework-query.dto.js';

export { FrameworkYearQuery as YearQuery } from '../../common/framework-query.dto.js';

export class BreakdownQuery extends FrameworkLevelYearQuery {
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
  @ApiPropertyOptional({ enum: UNIT_LEVELS, description: 'Cấp của kết quả; khác cấp của đơn vị thì lấy trung bình các đơn vị cấp đó bên dưới.' })
  @IsOptional()
  @IsIn(UNIT_LEVELS, { message: 'phải là province, district hoặc commune.' })
  level?: UnitLevel;

  @ApiPropertyOptional({ example: 'TOTAL' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'phải là mã chỉ số, ví dụ TOTAL hoặc D1.' })
  indicator?: string;
}
