import type { UnitLevel } from '@govindex/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';

const LEVELS: UnitLevel[] = ['province', 'district', 'commune'];

/** Query fields shared by results and analytics: which framework, at which level, for which year. */
export class FrameworkQuery {
  @ApiProperty({ example: 'PAPI' })
  @Matches(/^[A-Za-z_]{2,20}$/, { message: 'phải là mã bộ chỉ số, ví dụ PAPI.' })
  framework!: string;
}

export class FrameworkYearQuery extends FrameworkQuery {
  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @Min(2000, { message: 'phải từ năm 2000.' })
  @Max(2100, { message: 'không quá năm 2100.' })
  @IsInt({ message: 'phải là năm (số nguyên).' })
  year!: number;
}

export class FrameworkLevelQuery extends FrameworkQuery {
  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS, { message: 'phải là province, district hoặc commune.' })
  level!: UnitLevel;
}

export class FrameworkLevelYearQuery extends FrameworkYearQuery {
  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS, { message: 'phải là province, district hoặc commune.' })
  level!: UnitLevel;
}

export const UNIT_LEVELS = LEVELS;
