import { ApiProperty } from '@nestjs/swagger';
import { IsObject, Matches } from 'class-validator';

export class FrameworkCodeParam {
  @Matches(/^[A-Za-z_]{2,20}$/, { message: 'phải là mã bộ chỉ số, ví dụ PAR_INDEX.' })
  framework!: string;
}

/**
 * The version travels as one JSON object; its shape and rules are checked field by field by the
 * domain's loadFrameworkDefinition, which names the JSON path of every problem.
 */
export class ProvinceVersionDto {
  @ApiProperty({ type: Object })
  @IsObject({ message: 'phải là một đối tượng JSON mô tả phiên bản.' })
  version!: Record<string, unknown>;
}
