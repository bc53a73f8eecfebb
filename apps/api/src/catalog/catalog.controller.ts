import type { CatalogResponse, FrameworkVersionDetail } from '@govindex/contracts';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param.dto.js';
import { CatalogAdminService } from './catalog-admin.service.js';
import { FrameworkCodeParam, ProvinceVersionDto } from './dto/catalog.dto.js';

@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Các bộ chỉ số và phiên bản' })
  list(): Promise<CatalogResponse> {
    return this.catalog.list();
  }

  @Get('versions/:id')
  @ApiOperation({ summary: 'Một phiên bản: cây chỉ số và thang xếp loại' })
  get(@Param() params: IdParam): Promise<FrameworkVersionDetail> {
    return this.catalog.get(params.id);
  }

  @Put(':framework/province-versions')
  @ApiOperation({ summary: 'Tạo hoặc sửa phiên bản cấp xã riêng của tỉnh (cán bộ Sở Nội vụ), có ghi nhật ký' })
  @ApiBody({ description: 'FrameworkVersionDefinition (xem libs/domain)' })
  saveProvinceVersion(@Param() params: FrameworkCodeParam, @Body() body: ProvinceVersionDto): Promise<FrameworkVersionDetail> {
    return this.catalog.saveProvinceVersion(params.framework, body.version);
  }
}
