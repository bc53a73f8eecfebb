import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** A numeric `:id` route parameter (a PostgreSQL integer). */
export class IdParam {
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @Max(2_147_483_647, { message: 'quá lớn.' })
  @IsInt({ message: 'phải là số nguyên.' })
  id!: number;
}
