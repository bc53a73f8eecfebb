/// <reference types="multer" />
import type { PlanComplianceResponse, PlanDetail, PlanParseResponse, PlanSummary, PlanTaskSheetResponse } from '@govindex/contracts';
import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../common/id-param.dto.js';
import { uploadedFileName } from '../common/file-name.js';
import { PlanInputDto, PlanListQueryDto, TaskSheetQueryDto, toPlanInput } from './dto/plan.dto.js';
import { PlanComplianceService } from './plan-compliance.service.js';
import { PlanImportService, type UploadedFile as PlanFile } from './plan-import.service.js';
import { PlansService } from './plans.service.js';

/** Plan documents and task sheets above this are refused before they are read (413). */
export const MAX_PLAN_UPLOAD_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly imports: PlanImportService,
    private readonly compliance: PlanComplianceService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Kế hoạch của các đơn vị trong phạm vi, lọc theo đơn vị (gồm cấp dưới) và năm' })
  list(@Query() query: PlanListQueryDto): Promise<PlanSummary[]> {
    return this.plans.list(query.unitId, query.year);
  }

  @Post('parse')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Đọc văn bản kế hoạch (.docx, .pdf, .txt, .md) thành bản nháp để rà soát; chưa lưu gì' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PLAN_UPLOAD_BYTES, files: 1 } }))
  parse(@UploadedFile() file: Express.Multer.File | undefined): Promise<PlanParseResponse> {
    return this.imports.parseDocument(uploaded(file, 'văn bản kế hoạch (.docx, .pdf, .txt, .md)'));
  }

  @Get('task-template')
  @ApiOperation({ summary: 'Tệp Excel mẫu của Biểu tổng hợp nhiệm vụ' })
  async taskTemplate(@Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    response.setHeader('Content-Disposition', 'attachment; filename="bieu-nhiem-vu-mau.xlsx"');
    return new StreamableFile(await this.imports.taskTemplate(), { type: XLSX_TYPE });
  }

  @Post('task-sheet')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Đọc bảng nhiệm vụ từ tệp Excel/CSV theo mẫu; chưa lưu gì' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PLAN_UPLOAD_BYTES, files: 1 } }))
  taskSheet(@UploadedFile() file: Express.Multer.File | undefined, @Query() query: TaskSheetQueryDto): Promise<PlanTaskSheetResponse> {
    return this.imports.parseTaskSheet(uploaded(file, 'bảng nhiệm vụ (.xlsx hoặc .csv)'), query.year ?? null);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một kế hoạch với bảng nhiệm vụ (cả kế hoạch của cấp trên mà đơn vị thực hiện)' })
  get(@Param() { id }: IdParam): Promise<PlanDetail> {
    return this.plans.get(id);
  }

  @Get(':id/compliance')
  @ApiOperation({ summary: 'Kiểm tra kế hoạch: thời hạn ban hành, đủ chỉ số nội dung, nhiệm vụ đủ sản phẩm/chủ trì/thời gian, đủ nhiệm vụ của cấp trên' })
  checks(@Param() { id }: IdParam): Promise<PlanComplianceResponse> {
    return this.compliance.check(id);
  }

  @Post()
  @ApiOperation({ summary: 'Lưu kế hoạch mới' })
  create(@Body() body: PlanInputDto): Promise<PlanDetail> {
    return this.plans.create(toPlanInput(body));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Sửa kế hoạch (gửi kèm version đã mở; 409 nếu đã có người sửa)' })
  update(@Param() { id }: IdParam, @Body() body: PlanInputDto): Promise<PlanDetail> {
    return this.plans.update(id, toPlanInput(body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xoá kế hoạch chưa có báo cáo' })
  remove(@Param() { id }: IdParam): Promise<void> {
    return this.plans.remove(id);
  }
}

function uploaded(file: Express.Multer.File | undefined, what: string): PlanFile {
  if (!file) throw new BadRequestException({ message: `Chưa chọn tệp ${what}.`, details: [`file: cần gửi tệp ${what}.`] });
  return { fileName: uploadedFileName(file.originalname), bytes: file.buffer };
}
