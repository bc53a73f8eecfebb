import type { AlignmentResponse, FollowUpItem, FollowUpListResponse } from '@govindex/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../common/id-param.dto.js';
import { AlignmentService } from './alignment.service.js';
import { AlignmentQueryDto, FollowUpInputDto, FollowUpListQueryDto, FollowUpUpdateDto, RemediationQueryDto } from './dto/follow-up.dto.js';
import { FollowUpService } from './follow-up.service.js';
import { RemediationService } from './remediation.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('follow-up')
@Controller('follow-ups')
export class FollowUpController {
  constructor(private readonly followUps: FollowUpService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách theo dõi của các đơn vị trong phạm vi' })
  list(@Query() query: FollowUpListQueryDto): Promise<FollowUpListResponse> {
    return this.followUps.list(query.unitId, query.status);
  }

  @Get('export')
  @ApiOperation({ summary: 'Xuất danh sách theo dõi ra Excel' })
  async export(@Query() query: FollowUpListQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    response.setHeader('Content-Disposition', 'attachment; filename="danh-sach-theo-doi.xlsx"');
    return new StreamableFile(await this.followUps.export(query.unitId, query.status), { type: XLSX_TYPE });
  }

  @Post()
  @ApiOperation({ summary: 'Tạo yêu cầu theo dõi cho một đơn vị cấp dưới' })
  create(@Body() body: FollowUpInputDto): Promise<FollowUpItem> {
    return this.followUps.create(body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Đơn vị trả lời; cấp trên đóng hoặc mở lại' })
  update(@Param() { id }: IdParam, @Body() body: FollowUpUpdateDto): Promise<FollowUpItem> {
    return this.followUps.update(id, body);
  }
}

@ApiTags('follow-up')
@Controller()
export class AlignmentController {
  constructor(
    private readonly alignment: AlignmentService,
    private readonly remediation: RemediationService,
  ) {}

  @Get('alignment')
  @ApiOperation({ summary: 'Đối chiếu kế hoạch với kết quả năm trước của các xã thuộc một huyện' })
  get(@Query() query: AlignmentQueryDto): Promise<AlignmentResponse> {
    return this.alignment.forUnit(query.unitId, query.framework, query.year);
  }

  @Get('units/:id/remediation-plan')
  @ApiOperation({ summary: 'Dự thảo Kế hoạch khắc phục (DOCX) từ các tiêu chí yếu của đơn vị trong kết quả năm `year`' })
  async remediationPlan(@Param() { id }: IdParam, @Query() query: RemediationQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.remediation.draft(id, query.framework, query.year);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return new StreamableFile(file.body, { type: DOCX_TYPE });
  }
}
