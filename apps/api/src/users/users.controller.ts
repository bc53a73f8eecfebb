import type { UserListResponse, UserSummary } from '@govindex/contracts';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param.dto.js';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách người dùng (quản trị hệ thống)' })
  list(): Promise<UserListResponse> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Tạo người dùng (quản trị hệ thống)' })
  create(@Body() body: CreateUserDto): Promise<UserSummary> {
    return this.users.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một người dùng (quản trị hệ thống)' })
  get(@Param() params: IdParam): Promise<UserSummary> {
    return this.users.get(params.id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa, khoá hoặc đặt lại mật khẩu người dùng (quản trị hệ thống)' })
  update(@Param() params: IdParam, @Body() body: UpdateUserDto): Promise<UserSummary> {
    return this.users.update(params.id, body);
  }
}
