import { ROLES, type CreateUserRequest, type Role, type UpdateUserRequest } from '@govindex/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, MaxLength, Min, ValidateIf } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '@govindex/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ROLE_MESSAGE = `phải là một trong: ${ROLES.join(', ')}.`;
const PASSWORD_MESSAGE = `phải có từ ${MIN_PASSWORD_LENGTH} đến 200 ký tự.`;

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty()
  @MaxLength(254, { message: 'quá dài.' })
  @IsEmail({}, { message: 'phải là một địa chỉ e-mail.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  email!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @Length(1, 120, { message: 'phải có từ 1 đến 120 ký tự.' })
  @IsString({ message: 'cần nhập họ tên.' })
  @Transform(trim)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role!: Role;

  @ApiProperty({ nullable: true, description: 'Đơn vị công tác; null chỉ cho quản trị hệ thống.' })
  @ValidateIf((_, value) => value !== null)
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên hoặc null.' })
  unitId!: number | null;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @Length(MIN_PASSWORD_LENGTH, 200, { message: PASSWORD_MESSAGE })
  @IsString({ message: 'cần nhập mật khẩu.' })
  password!: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Length(1, 120, { message: 'phải có từ 1 đến 120 ký tự.' })
  @IsString({ message: 'phải là chữ.' })
  @Transform(trim)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Type(() => Number)
  @Min(1, { message: 'phải từ 1 trở lên.' })
  @IsInt({ message: 'phải là số nguyên hoặc null.' })
  unitId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'phải là true hoặc false.' })
  active?: boolean;

  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @IsOptional()
  @Length(MIN_PASSWORD_LENGTH, 200, { message: PASSWORD_MESSAGE })
  @IsString({ message: 'phải là chữ.' })
  password?: string;
}
