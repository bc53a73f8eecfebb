import type { UnitDetail, UnitLevelCounts, UnitLineageResponse, UnitListResponse, UnitSearchResponse } from '@govindex/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param.dto.js';
import { AsOfQuery, ListUnitsQuery, SearchUnitsQuery } from './dto/units-query.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOperation({ summary: 'Đơn vị con của một đơn vị (hoặc các tỉnh) tại một ngày' })
  list(@Query() query: ListUnitsQuery): Promise<UnitListResponse> {
    return this.units.listChildren(query.parentId, query.asOf);
  }

  @Get('search')
  @ApiOperation({ summary: 'Tìm đơn vị theo tên, có hoặc không dấu' })
  search(@Query() query: SearchUnitsQuery): Promise<UnitSearchResponse> {
    return this.units.search(query.q, query.asOf, query.limit);
  }

  @Get('counts')
  @ApiOperation({ summary: 'Số đơn vị mỗi cấp tại một ngày' })
  counts(@Query() query: AsOfQuery): Promise<UnitLevelCounts> {
    return this.units.countByLevel(query.asOf);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một đơn vị, với các cấp trên của nó' })
  get(@Param() params: IdParam): Promise<UnitDetail> {
    return this.units.get(params.id);
  }

  @Get(':id/lineage')
  @ApiOperation({ summary: 'Đơn vị tiền thân và kế thừa qua các lần sắp xếp' })
  lineage(@Param() params: IdParam): Promise<UnitLineageResponse> {
    return this.units.lineage(params.id);
  }
}
