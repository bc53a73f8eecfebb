import type { LoginRequest } from '@govindex/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'phong.noivu@vanlam.demo.govindex.vn' })
  @IsEmail({}, { message: 'phải là một địa chỉ e-mail.' })
  @MaxLength(254, { message: 'quá dài.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  email!: string;

  @ApiProperty()
  @MaxLength(200, { message: 'quá dài.' })
  @IsString({ message: 'cần nhập mật khẩu.' })
  password!: string;
}
