import type { PlanDetail, PlanInput, PlanTaskDraft, UnitSearchResponse } from '@govindex/contracts';
import type { Client } from './test-app.js';

/** A task as a plan's table would have it, on a PAPI (sub-)dimension. */
export function papiTask(task: string, dimension: string, subDimension: string | null = null): PlanTaskDraft {
  return {
    framework: 'PAPI',
    dimension,
    subDimension,
    task,
    product: 'Kế hoạch, báo cáo kết quả; 100% thôn, tổ dân phố được phổ biến',
    lead: 'UBND xã',
    implementers: 'Văn phòng UBND; các thôn',
    timeline: { kind: 'ongoing', text: 'Thường xuyên' },
    kpis: [{ text: '100%', comparator: 'eq', value: 100, unit: 'percent' }],
  };
}

export function planInput(unitId: number, year: number, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    unitId,
    year,
    frameworks: ['PAPI'],
    number: `${year % 100}/KH-UBND`,
    issuedOn: `${year}-01-15`,
    signer: 'Nguyễn Văn Kiểm',
    status: 'issued',
    references: [],
    targets: [{ kind: 'top_of_parent', text: 'Tốp đầu của huyện', framework: 'PAPI' }],
    sections: [],
    tasks: [papiTask('Tuyên truyền Luật Thực hiện dân chủ ở cơ sở', 'Tham gia của người dân ở cấp cơ sở', 'Cơ hội tham gia'), papiTask('Công khai ngân sách xã trên cổng thông tin', 'Công khai, minh bạch trong việc ra quyết định', 'Công khai, minh bạch ngân sách cấp xã')],
    reportingDeadlines: [],
    ...overrides,
  };
}

export async function createPlan(client: Client, input: PlanInput): Promise<PlanDetail> {
  const reply = await client.post<PlanDetail>('/api/v1/plans', input);
  if (reply.status !== 201) throw new Error(`plan answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** A unit's id by its search text and the path above it, as it stood before the 2025 reform. */
export async function unitId(client: Client, query: string, path: string): Promise<number> {
  const { body } = await client.get<UnitSearchResponse>(`/api/v1/units/search?q=${encodeURIComponent(query)}&asOf=2025-06-30`);
  const unit = body.items.find((item) => item.path === path);
  if (!unit) throw new Error(`no unit "${query}" under "${path}"`);
  return unit.id;
}
