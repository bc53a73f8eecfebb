import type { DistributionResponse, HeatmapResponse, LaggingResponse, TrendResponse, UnitScorecard, WeakIndicatorView } from '@govindex/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param.dto.js';
import { AnalyticsService } from './analytics.service.js';
import { BreakdownQuery, DistributionQuery, TrendQuery, YearQuery } from './dto/analytics.dto.js';

@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('units/:id/scorecard')
  @ApiOperation({ summary: 'Phiếu điểm một đơn vị: tổng, hạng, thay đổi, các lĩnh vực so với đơn vị cùng cấp, chỉ số yếu' })
  scorecard(@Param() params: IdParam, @Query() query: YearQuery): Promise<UnitScorecard> {
    return this.analytics.scorecard(params.id, query.framework, query.year);
  }

  @Get('units/:id/weak-indicators')
  @ApiOperation({ summary: 'Chỉ số yếu của một đơn vị, xếp theo điểm có thể lấy lại' })
  async weakIndicators(@Param() params: IdParam, @Query() query: YearQuery): Promise<{ items: WeakIndicatorView[] }> {
    return { items: (await this.analytics.scorecard(params.id, query.framework, query.year)).weakIndicators };
  }

  @Get('units/:id/trend')
  @ApiOperation({ summary: 'Diễn biến qua các năm của đơn vị, hoặc trung bình các đơn vị cấp dưới' })
  trend(@Param() params: IdParam, @Query() query: TrendQuery): Promise<TrendResponse> {
    return this.analytics.trend(params.id, query.framework, query.level, query.indicator);
  }

  @Get('lagging')
  @ApiOperation({ summary: 'Đơn vị tụt hậu trong một đơn vị cha, với lý do' })
  lagging(@Query() query: BreakdownQuery): Promise<LaggingResponse> {
    return this.analytics.lagging(query.framework, query.level, query.year, query.parentId);
  }

  @Get('heatmap')
  @ApiOperation({ summary: 'Bảng nhiệt đơn vị × lĩnh vực' })
  heatmap(@Query() query: BreakdownQuery): Promise<HeatmapResponse> {
    return this.analytics.heatmap(query.framework, query.level, query.year, query.parentId);
  }

  @Get('distribution')
  @ApiOperation({ summary: 'Phân bố điểm (trung vị, tứ phân vị, nhỏ nhất, lớn nhất), chung hoặc theo đơn vị cha' })
  distribution(@Query() query: DistributionQuery): Promise<DistributionResponse> {
    return this.analytics.distribution(query.framework, query.level, query.year, query.indicator ?? 'TOTAL', query.parentId, query.groupBy === 'parent');
  }
}
