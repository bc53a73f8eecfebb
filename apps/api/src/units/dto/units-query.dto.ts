import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'calendarDate' })
class IsCalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }

  defaultMessage(): string {
    return 'phải là một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-06-30).';
  }
}

/** Which map of Vietnam to read: units in force on this date. Defaults to today. */
export class AsOfQuery {
  @ApiPropertyOptional({ example: '2025-06-30', description: 'Ngày hiệu lực (YYYY-MM-DD); mặc định hôm nay.' })
  @IsOptional()
  @Validate(IsCalendarDate)
  asOf?: string;
}

export class ListUnitsQuery extends AsOfQuery {
  @ApiPropertyOptional({ description: 'Đơn vị cha; bỏ trống để lấy các tỉnh/thành phố.' })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên.' })
  parentId?: number;
}

export class SearchUnitsQuery extends AsOfQuery {
  @ApiPropertyOptional({ example: 'nhu quynh', description: 'Tên, có hoặc không dấu.' })
  @Length(1, 100, { message: 'phải có từ 1 đến 100 ký tự.' })
  @IsString({ message: 'cần nhập từ khoá tìm kiếm.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  q!: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @Max(100, { message: 'tối đa 100.' })
  @IsInt({ message: 'phải là số nguyên.' })
  limit?: number;
}
