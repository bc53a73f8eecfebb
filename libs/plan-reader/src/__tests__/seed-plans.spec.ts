import type { PlanDraft, PlanTaskDraft } from '@govindex/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../parse-plan-text.js';
import { documentText } from './documents.js';

/** The tasks of one sub-dimension ("Nội dung thành phần"), in table order. */
function tasksOf(draft: PlanDraft, subDimension: string): PlanTaskDraft[] {
  return draft.tasks.filter((task) => task.subDimension === subDimension);
}

// Values below are read off the documents in data/documents/plans, not off the reader's output.

describe('seed 000 — xã Đức Hợp, PAPI plan 2023 (no number, no date, no task table)', () => {
  let draft: PlanDraft;
  beforeAll(() => {
    draft = parsePlanText(documentText('plans', '000_aaf5190e761d9138.txt'));
  });

  it('finds the unit, year and signer, and warns that number, date and task table are missing', () => {
    expect(draft.unit).toEqual({ name: 'Xã Đức Hợp', level: 'commune' });
    expect(draft.year).toBe(2023);
    expect(draft.number).toBeNull();
    expect(draft.issuedOn).toBeNull();
    expect(draft.signer).toBe('Nguyễn Thị Hằng');
    expect(draft.frameworks).toEqual(['PAPI']);
    expect(draft.warnings).toEqual([
      'Không tìm thấy số kế hoạch.',
      'Không tìm thấy ngày ban hành.',
      'Không tìm thấy bảng nhiệm vụ (Biểu tổng hợp nhiệm vụ).',
      'Đã lấy 5 nhiệm vụ từ các mục nội dung: cần bổ sung sản phẩm, đơn vị chủ trì và thời gian thực hiện.',
    ]);
  });

  it('with no task table, takes the content parts’ items as tasks for the reviewer to complete', () => {
    expect(draft.tasks).toHaveLength(5);
    expect(draft.tasks.every((task) => task.framework === 'PAPI' && task.lead === null && task.product === null)).toBe(true);
    expect(draft.tasks.map((task) => task.task)).toEqual(draft.sections.flatMap((section) => section.items));
  });

  it('finds the provincial plan it implements and its goal', () => {
    expect(draft.references).toEqual([{ number: '07/KH-UBND', date: '2023-01-12', issuer: 'UBND tỉnh Hưng Yên' }]);
    expect(draft.targets).toEqual([
      { kind: 'rank_up', text: 'Phấn đấu Chỉ số PAPI của huyện năm 2023 tăng bậc so với năm 2022.', framework: 'PAPI' },
    ]);
  });

  it('reads the content parts under "II. NỘI DUNG" with their items', () => {
    expect(draft.sections.map(({ title, items }) => [title, items.length])).toEqual([
      [
        'Tổ chức thực hiện tốt nhiệm vụ chuyên môn và nhiệm vụ chính trị của địa phương, đơn vị gắn với các nội dung của Chỉ số PAPI đặt ra',
        2,
      ],
      ['Công tác thông tin, tuyên truyền', 3],
    ]);
    const [first, second] = draft.sections;
    expect(first?.items[0]).toMatch(/^Căn cứ chức năng, nhiệm vụ, trách nhiệm, quyền hạn/);
    // The eight bullets under a) belong to it.
    expect(first?.items[0]?.split('\n- ')).toHaveLength(9);
    expect(second?.items[2]).toMatch(/^Tuyên truyền tới đội ngũ cán bộ, công chức về mục đích, ý nghĩa/);
    expect(draft.sections.every((section) => section.framework === 'PAPI')).toBe(true);
  });

  it('reads the reporting deadlines, taking the year of "trước ngày 03/6" from its data period', () => {
    expect(draft.reportingDeadlines).toEqual([
      { kind: 'half_year', due: '2023-06-03', dataFrom: '2022-11-01', dataTo: '2023-05-31' },
      { kind: 'annual', due: '2023-10-25', dataFrom: '2022-11-01', dataTo: '2023-10-25' },
    ]);
  });
});

describe('seed 001 — thị trấn Như Quỳnh, PAPI plan 2024 with an interleaved task table', () => {
  let draft: PlanDraft;
  beforeAll(() => {
    draft = parsePlanText(documentText('plans', '001_0e6b10470e5a0469.txt'));
  });

  it('finds unit, year, number and date (from the appendix\'s "Kèm theo" line) and the signer', () => {
    expect(draft.unit).toEqual({ name: 'Thị trấn Như Quỳnh', level: 'commune' });
    expect(draft.year).toBe(2024);
    expect(draft.number).toBe('08/KH-UBND');
    expect(draft.issuedOn).toBe('2024-01-11');
    expect(draft.signer).toBe('Vũ Văn Sữa');
    expect(draft.frameworks).toEqual(['PAPI']);
  });

  it('finds the directive and plans it implements, without its own number', () => {
    expect(draft.references.slice(0, 4)).toEqual([
      { number: '06/CT-CTUBND', date: '2019-05-17', issuer: 'Chủ tịch UBND tỉnh' },
      { number: '180/KH-UBND', date: '2023-12-29', issuer: 'UBND huyện' },
      { number: '192/KH-UBND', date: '2023-12-26', issuer: 'UBND tỉnh' },
      { number: '42/2022/NĐ-CP', date: '2022-06-24', issuer: 'Chính phủ' },
    ]);
    expect(draft.references).toContainEqual({ number: '468/QĐ-TTg', date: '2021-03-27', issuer: 'Thủ tướng Chính phủ' });
    expect(draft.references.map((reference) => reference.number)).not.toContain('08/KH-UBND');
  });

  it('finds the goal: the top of the district', () => {
    expect(draft.targets).toEqual([
      {
        kind: 'top_of_parent',
        text: 'Ủy ban nhân dân thị trấn Như Quỳnh phấn đấu Chỉ số PAPI năm 2024 ở vị trí tốp đầu của huyện.',
        framework: 'PAPI',
      },
    ]);
  });

  it('reads the eight PAPI dimensions and two task groups of the content', () => {
    expect(draft.sections.map((section) => section.dimension)).toEqual([
      'Tham gia của người dân ở cấp cơ sở',
      'Công khai, minh bạch trong hoạch định chính sách',
      'Trách nhiệm giải trình với người dân',
      'Kiểm soát tham nhũng trong khu vực công',
      'Thủ tục hành chính công',
      'Cung ứng dịch vụ công',
      'Quản trị môi trường',
      'Quản trị điện tử',
      null,
      null,
    ]);
    expect(draft.sections[0]?.title).toBe('Nội dung “Tham gia của người dân ở cấp cơ sở”');
    expect(draft.sections.slice(8).map((section) => section.title)).toEqual([
      'Công tác thông tin, tuyên truyền',
      'Kiểm tra, giám sát việc thực hiện Kế hoạch',
    ]);
    expect(draft.sections.map((section) => section.items.length)).toEqual([4, 4, 3, 3, 4, 4, 3, 4, 3, 4]);
    expect(draft.sections[0]?.items[0]).toMatch(/^Triển khai thực hiện tốt các văn bản hướng dẫn về bầu cử;/);
    expect(draft.sections.every((section) => section.framework === 'PAPI')).toBe(true);
  });

  it('reads the reporting deadlines with their data periods', () => {
    expect(draft.reportingDeadlines).toEqual([
      { kind: 'half_year', due: '2024-07-03', dataFrom: '2024-01-01', dataTo: '2024-06-30' },
      { kind: 'annual', due: '2025-01-03', dataFrom: '2024-01-01', dataTo: '2024-12-31' },
    ]);
  });

  it('reads the 31 rows of the task table under its nine dimensions', () => {
    expect(draft.tasks).toHaveLength(31);
    expect([...new Set(draft.tasks.map((task) => task.dimension))]).toEqual([
      'Tham gia của người dân',
      'Việc thực hiện dân chủ trong hoạt động của UBND thị trấn',
      'Công khai, minh bạch trong việc ra quyết định',
      'Trách nhiệm giải trình với người dân',
      'Kiểm soát tham nhũng trong khu vực công',
      'Thủ tục hành chính công',
      'Cung ứng dịch vụ công',
      'Quản trị môi trường',
      'Quản trị điện tử',
    ]);
    expect(draft.tasks.every((task) => task.framework === 'PAPI')).toBe(true);
    expect(draft.warnings).toContain('Nội dung thành phần “Dịch vụ hành chính cấp xã” không có nhiệm vụ trong bảng.');
  });

  it('separates the columns of row 1a "Tri thức công dân"', () => {
    const [task] = tasksOf(draft, 'Tri thức công dân');
    expect(task?.dimension).toBe('Tham gia của người dân');
    expect(task?.task).toMatch(/^- Triển khai thực hiện các văn bản hướng dẫn của tỉnh về bầu cử; Quy chế tổ chức và hoạt động thôn/);
    expect(task?.task).toMatch(/để người dân thực hiện quyền và nghĩa vụ theo quy định$/);
    expect(task?.product).toBe(
      '- Các kế hoạch, công văn, hướng dẫn triển khai công tác bầu cử của thị trấn;\n- Đài truyền thanh, trang Website: Bài viết, lịch phát sóng, địa chỉ trang Website, số buổi phát sóng, hình ảnh, video...',
    );
    expect(task?.lead).toBe('UBND thị trấn');
    expect(task?.implementers).toBe('Văn phòng UBND; bộ phận Văn một cửa, bộ phận VHXH và Đài truyền thanh; Trưởng các thôn, phố');
    expect(task?.timeline).toEqual({ kind: 'event', text: '- Trước và trong quá trình bầu cử - Thường xuyên', event: 'bầu cử' });
  });

  it('keeps a row split by a page break whole (1c) and a dimension that follows a time cell (2a)', () => {
    const [election] = tasksOf(draft, 'Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố');
    expect(election?.task).toMatch(/\n- Ban hành các văn bản hướng dẫn triển khai thực hiện quy chế hoạt động của thôn, tổ dân phố\.$/);
    expect(election?.lead).toBe('Lãnh đạo UBND');
    expect(election?.timeline).toMatchObject({ kind: 'event', event: 'cuộc bầu cử trưởng thôn, tổ trưởng tổ dân phố' });
    expect(election?.kpis).toEqual([{ text: '100%', comparator: 'eq', value: 100, unit: 'percent' }]);

    const [rules] = tasksOf(draft, 'Ban hành nội quy, quy chế của UBND thị trấn');
    expect(rules).toMatchObject({
      dimension: 'Việc thực hiện dân chủ trong hoạt động của UBND thị trấn',
      task: 'Ban hành Quy chế làm việc, Quy chế thực hiện dân chủ trong hoạt động của UBND thị trấn',
      product: 'Quyết định ban hành nội quy, quy chế của UBND thị trấn',
      lead: 'UBND thị trấn',
      implementers: null,
      timeline: { kind: 'unspecified', text: '' },
    });
  });

  it('reads leads whose name runs over several lines and the implementers after them', () => {
    expect(tasksOf(draft, 'Hoạt động giám sát của Ban Thanh tra nhân dân')[0]).toMatchObject({
      task: 'Nhiệm vụ: ban hành Chương trình, Kế hoạch hoạt động giám sát của Ban Thanh tra nhân dân',
      product: 'Chương trình, kế hoạch',
      lead: 'Ban Thanh tra nhân dân',
      implementers: 'UBND, UB MTTQ thị trấn',
      timeline: { kind: 'ongoing', text: 'Năm 2024 và các năm tiếp theo' },
    });
    expect(tasksOf(draft, 'Công khai minh bạch danh sách hộ nghèo')[0]).toMatchObject({
      dimension: 'Công khai, minh bạch trong việc ra quyết định',
      lead: 'Công chức Lao động, Thương binh và Xã hội',
      implementers: 'Các công chức liên quan và các thôn, tổ dân phố',
      timeline: { kind: 'ongoing', text: '- Định kỳ,thường xuyên' },
    });
    expect(tasksOf(draft, 'Dịch vụ Ytế công lập')[0]).toMatchObject({
      dimension: 'Cung ứng dịch vụ công',
      lead: 'Công chức VH-XH',
      implementers: 'Các thôn; Trạm y tế thị trấn',
    });
  });

  it('reads the KPIs of a result cell (4a)', () => {
    const [task] = tasksOf(draft, 'Tương tác với chính quyền');
    expect(task).toMatchObject({ dimension: 'Trách nhiệm giải trình với người dân', lead: 'UBND', implementers: 'Cán bộ, công chức UBND' });
    expect(task?.kpis.map(({ comparator, value, unit }) => [comparator, value, unit])).toEqual([
      ['eq', 100, 'percent'],
      ['eq', 100, 'percent'],
      ['gte', 2, 'per_year'],
    ]);
  });

  it('reads two rows under one sub-dimension (5b, 7c) with their own implementers and times', () => {
    const health = tasksOf(draft, 'Kiểm soát tham nhũng trong cung ứng dịch vụ công Y tế, Giáo dục');
    expect(health.map((task) => [task.implementers, task.timeline])).toEqual([
      ['Tổ công tác liên ngành của thị trấn', { kind: 'ongoing', text: 'Thường xuyên' }],
      ['Các nhà trường trên địa bàn', { kind: 'quarter', text: 'Quý II, III năm 2024', quarter: 3, year: 2024 }],
    ]);
    expect(health[1]?.task).toMatch(/^- Tăng cường kiểm tra các cơ sở giáo dục tiểu học công lập;/);

    const infrastructure = tasksOf(draft, 'Cơ sở hạ tầng căn bản');
    expect(infrastructure.map((task) => [task.lead, task.implementers, task.timeline])).toEqual([
      ['Lãnh đạo UBND', 'Công chức Địa chính GTTL', { kind: 'date', text: 'Trong năm 2023', due: '2023-12-31' }],
      ['Công chức Địa chính GTTL', 'Cán bộ, công chức liên quan', { kind: 'date', text: 'Năm 2023-2025', due: '2025-12-31' }],
    ]);
    expect(infrastructure[1]?.task).toMatch(/^- Tham mưu UBND thị trấn kế hoạch thực hiện Nghị định 43\/2022\/NĐ-CP/);
    expect(infrastructure[1]?.product).toBe('Công văn, Quyết định, Báo cáo');
  });

  it('keeps a short task line in the task column (8a) and reads the last row (9c)', () => {
    const [environment] = tasksOf(draft, 'Nghiêm túc trong bảo vệ môi trường');
    expect(environment?.dimension).toBe('Quản trị môi trường');
    expect(environment?.task).toBe(
      '- Quán triệt, triển khai các nhiệm vụ về bảo vệ môi trường tại địa phương;\n- Tuyên truyền về bảo vệ môi trường',
    );
    expect(draft.tasks[30]).toMatchObject({
      dimension: 'Quản trị điện tử',
      subDimension: 'Phúc đáp qua Cổng Thông tin điện tử',
      product: '- Đường link, hình ảnh chụp bài dẫn nội dung đã đăng tải',
      lead: 'Lãnh đạo UBND',
      implementers: 'Văn phòng UBND và các bộ phận liên quan',
      timeline: { kind: 'ongoing', text: 'Thường xuyên' },
    });
  });
});

describe('seed 004 — phường Dị Sử, 2024 remediation plan across five indices (unsigned draft)', () => {
  let draft: PlanDraft;
  beforeAll(() => {
    draft = parsePlanText(documentText('plans', '004_95911ee7616b0fa2.txt'));
  });

  it('finds unit, year and signer, and warns that number and day are left blank', () => {
    expect(draft.unit).toEqual({ name: 'Phường Dị Sử', level: 'commune' });
    expect(draft.year).toBe(2024);
    expect(draft.number).toBeNull();
    expect(draft.issuedOn).toBeNull();
    expect(draft.signer).toBe('Nguyễn Đức Thắng');
    expect(draft.warnings).toContain('Số kế hoạch để trống (bản chưa ban hành?).');
    expect(draft.warnings).toContain('Ngày ban hành để trống (chỉ có tháng 3/2024).');
    expect(draft.warnings).toContain('Không tìm thấy bảng nhiệm vụ (Biểu tổng hợp nhiệm vụ).');
  });

  it('takes its tasks from the items of each field and content, keeping their index and dimension', () => {
    expect(draft.tasks).toHaveLength(37);
    expect(draft.tasks.filter((task) => task.framework === 'PAR_INDEX')).toHaveLength(14);
    expect(draft.tasks.filter((task) => task.dimension === 'Tham gia của người dân ở cấp cơ sở')).toHaveLength(3);
    expect(draft.warnings).toContain('Đã lấy 37 nhiệm vụ từ các mục nội dung: cần bổ sung sản phẩm, đơn vị chủ trì và thời gian thực hiện.');
  });

  it('finds the five indices in the order the opening names them', () => {
    expect(draft.frameworks).toEqual(['PAR_INDEX', 'SIPAS', 'PAPI', 'DTI', 'DAN_VAN']);
  });

  it('finds the decisions it cites, with a glued "TTgngày"', () => {
    expect(draft.references).toEqual([
      { number: '422/QĐ-TTg', date: '2022-04-04', issuer: 'Thủ tướng Chính phủ' },
      { number: '151/2017/NĐ-CP', date: '2017-12-26', issuer: null },
    ]);
  });

  it('finds the goals: a better rank and grades', () => {
    expect(draft.targets.map(({ kind, framework }) => [kind, framework])).toEqual([
      ['rank_up', null],
      ['grade_at_least', null],
      ['grade_at_least', null],
    ]);
    expect(draft.targets[0]?.text).toBe(
      'Phấn đấu thứ hạng các chỉ số năm 2024 xếp thứ hạng tốt hơn năm 2023 và đạt mức hoàn thành tốt nhiệm vụ trở lên.',
    );
    expect(draft.targets[2]?.text).toMatch(/^Phấn đấu phường được đánh giá, xếp loại các chỉ số nền hành chính đạt loại Khá trở lên/);
  });

  it('reads the PAR INDEX fields and the PAPI contents with their frameworks', () => {
    expect(draft.sections.map(({ framework, dimension }) => [framework, dimension])).toEqual([
      [null, null],
      ['PAR_INDEX', 'Cải cách thể chế'],
      ['PAR_INDEX', 'Cải cách thủ tục hành chính'],
      ['PAR_INDEX', 'Cải cách tổ chức bộ máy và cải cách chế độ công vụ'],
      ['PAR_INDEX', 'Cải cách tài chính công'],
      ['PAR_INDEX', 'Xây dựng chính quyền điện tử, chính quyền số'],
      ['PAPI', 'Tham gia của người dân ở cấp cơ sở'],
      ['PAPI', 'Công khai, minh bạch trong hoạch định chính sách'],
      ['PAPI', 'Trách nhiệm giải trình với người dân'],
      ['PAPI', 'Kiểm soát tham nhũng trong khu vực công'],
      ['PAPI', 'Cung ứng dịch vụ công'],
      ['PAPI', 'Quản trị môi trường'],
    ]);
    expect(draft.sections[0]?.title).toBe('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(draft.sections[0]?.items).toHaveLength(4);
    expect(draft.sections[1]?.title).toBe('Lĩnh vực cải cách thể chế');
    expect(draft.sections[2]?.items[0]).toMatch(/^Tiếp tục giải quyết thủ tục hành chính \(TTHC\) gắn với chuyển đổi số;/);
  });

  it('finds no reporting deadline, as the plan sets none', () => {
    expect(draft.reportingDeadlines).toEqual([]);
  });
});
