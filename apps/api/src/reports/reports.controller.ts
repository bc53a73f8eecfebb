/// <reference types="multer" />
import type { ReportDetail, ReportEvidence, ReportingPeriod, ReportSummary, TimelinessResponse } from '@govindex/contracts';
import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../common/id-param.dto.js';
import { uploadedFileName } from '../common/file-name.js';
import {
  CreateReportDto,
  EvidenceParams,
  EvidenceQueryDto,
  PeriodListQueryDto,
  ReportingPeriodInputDto,
  ReportItemsInputDto,
  ReportListQueryDto,
  ReportReviewInputDto,
  TimelinessQueryDto,
} from './dto/reports.dto.js';
import { MAX_EVIDENCE_BYTES, ReportsService } from './reports.service.js';
import { TimelinessService } from './timeliness.service.js';

@ApiTags('reports')
@Controller('reporting-periods')
export class ReportingPeriodsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOperation({ summary: 'Kỳ báo cáo do đơn vị, cấp trên hoặc cấp dưới của nó đặt' })
  list(@Query() query: PeriodListQueryDto): Promise<ReportingPeriod[]> {
    return this.reports.listPeriods(query.unitId, query.year);
  }

  @Post()
  @ApiOperation({ summary: 'Đặt kỳ báo cáo (cấp huyện, tỉnh)' })
  create(@Body() body: ReportingPeriodInputDto): Promise<ReportingPeriod> {
    return this.reports.createPeriod(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xoá kỳ báo cáo chưa có báo cáo nào được nộp' })
  remove(@Param() { id }: IdParam): Promise<void> {
    return this.reports.removePeriod(id);
  }
}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOperation({ summary: 'Báo cáo của các đơn vị trong phạm vi, lọc theo đơn vị và kỳ' })
  list(@Query() query: ReportListQueryDto): Promise<ReportSummary[]> {
    return this.reports.list(query.unitId, query.periodId);
  }

  @Post()
  @ApiOperation({ summary: 'Lập báo cáo (bản nháp) cho một kỳ, từ các nhiệm vụ trong kế hoạch năm của đơn vị' })
  create(@Body() body: CreateReportDto): Promise<ReportDetail> {
    return this.reports.create(body.periodId, body.unitId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một báo cáo với kết quả từng nhiệm vụ, minh chứng và lịch sử nộp/duyệt' })
  get(@Param() { id }: IdParam): Promise<ReportDetail> {
    return this.reports.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Lưu kết quả từng nhiệm vụ (bản nháp hoặc báo cáo bị trả lại)' })
  save(@Param() { id }: IdParam, @Body() body: ReportItemsInputDto): Promise<ReportDetail> {
    return this.reports.saveItems(id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Nộp báo cáo; lần nộp đầu quyết định đúng hạn hay trễ hạn' })
  submit(@Param() { id }: IdParam): Promise<ReportDetail> {
    return this.reports.submit(id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Duyệt hoặc trả lại báo cáo đã nộp (cấp trên)' })
  review(@Param() { id }: IdParam, @Body() body: ReportReviewInputDto): Promise<ReportDetail> {
    return this.reports.review(id, body);
  }

  @Post(':id/evidence')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Đính kèm tệp minh chứng cho một nhiệm vụ (tối đa 10 MB)' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } }))
  addEvidence(@Param() { id }: IdParam, @Query() query: EvidenceQueryDto, @UploadedFile() file: Express.Multer.File | undefined): Promise<ReportEvidence> {
    if (!file) throw new BadRequestException({ message: 'Chưa chọn tệp minh chứng.', details: ['file: cần gửi một tệp.'] });
    return this.reports.addEvidence(id, query.taskId, { fileName: uploadedFileName(file.originalname), contentType: file.mimetype, bytes: file.buffer });
  }

  @Get(':id/evidence/:evidenceId')
  @ApiOperation({ summary: 'Tải tệp minh chứng' })
  async evidence(@Param() params: EvidenceParams, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.reports.evidence(params.id, params.evidenceId);
    // Always a download, never rendered: an uploaded HTML file must not run in the dashboard's origin.
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return new StreamableFile(file.bytes, { type: 'application/octet-stream' });
  }
}

@ApiTags('reports')
@Controller('timeliness')
export class TimelinessController {
  constructor(private readonly timeliness: TimelinessService) {}

  @Get()
  @ApiOperation({ summary: 'Tỷ lệ nộp và đúng hạn của các xã theo từng kỳ báo cáo trong năm' })
  get(@Query() query: TimelinessQueryDto): Promise<TimelinessResponse> {
    return this.timeliness.forUnit(query.unitId, query.year);
  }
}
