/// <reference types="multer" />
import type { RankingResponse, ResultImportReport, ResultYearsResponse } from '@govindex/contracts';
import { BadRequestException, Body, Controller, Get, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { uploadedFileName } from '../common/file-name.js';
import { ImportResultsDto, RankingQueryDto, TemplateQueryDto, YearsQueryDto } from './dto/results.dto.js';
import { ResultsImportService } from './results-import.service.js';
import { ResultsTemplateService } from './results-template.service.js';
import { ResultsService } from './results.service.js';

/** Uploads above this are refused before they are read (413). */
export const MAX_RESULTS_UPLOAD_BYTES = 20 * 1024 * 1024;

@ApiTags('results')
@Controller('results')
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly imports: ResultsImportService,
    private readonly templates: ResultsTemplateService,
  ) {}

  @Post('imports')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Nhập kết quả công bố từ tệp CSV/XLSX (nguyên tử; nhập lại cùng tệp không thay đổi gì)' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_RESULTS_UPLOAD_BYTES, files: 1 } }))
  import(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: ImportResultsDto): Promise<ResultImportReport> {
    if (!file) throw new BadRequestException({ message: 'Chưa chọn tệp kết quả.', details: ['file: cần gửi tệp CSV hoặc XLSX.'] });
    return this.imports.import({ ...body, fileName: uploadedFileName(file.originalname), bytes: file.buffer });
  }

  @Get('years')
  @ApiOperation({ summary: 'Các năm đã có kết quả của một bộ chỉ số ở một cấp, mới nhất trước' })
  years(@Query() query: YearsQueryDto): Promise<ResultYearsResponse> {
    return this.results.years(query.framework, query.level, query.parentId);
  }

  @Get('ranking')
  @ApiOperation({ summary: 'Xếp hạng theo bộ chỉ số, năm và chỉ số, với thay đổi thứ hạng so với năm trước' })
  ranking(@Query() query: RankingQueryDto): Promise<RankingResponse> {
    return this.results.ranking(query);
  }

  @Get('template')
  @ApiOperation({ summary: 'Tệp mẫu để nhập kết quả (XLSX hoặc CSV) cho một bộ chỉ số, cấp và năm' })
  async template(@Query() query: TemplateQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.templates.build(query.framework, query.level, query.year, query.format ?? 'xlsx');
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return new StreamableFile(file.body, { type: file.contentType });
  }
}
