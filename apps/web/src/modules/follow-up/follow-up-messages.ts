import type { FollowUpReasonKind, FollowUpStatus } from '@govindex/contracts';
import type { Language } from '../../shared/format/format';
import type { AlignmentReason } from './state/alignment';

/** The texts of "Theo dõi", the alignment panel and the remediation plan download, kept with the module. */
export interface FollowUpMessages {
  pageTitle: string;
  intro: { district: string; commune: string };
  loading: string;
  status: Record<FollowUpStatus, string>;
  reasonKinds: Record<FollowUpReasonKind, string>;
  filters: {
    label: string;
    status: string;
    all: string;
    unit: string;
    allUnits: string;
    count: (shown: string, total: string, filtered: boolean) => string;
  };
  table: {
    caption: string;
    unit: string;
    reason: string;
    action: string;
    dueOn: string;
    status: string;
    response: string;
    createdAt: string;
    actions: string;
    empty: string;
    noMatch: string;
    overdue: string;
    noResponse: string;
    respondedAt: (date: string) => string;
    createdBy: (who: string) => string;
  };
  close: string;
  closeLabel: (unit: string) => string;
  reopen: string;
  reopenLabel: (unit: string) => string;
  closed: (unit: string) => string;
  reopened: (unit: string) => string;
  answer: {
    open: string;
    openLabel: (unit: string) => string;
    edit: string;
    field: string;
    hint: string;
    submit: string;
    sending: string;
    cancel: string;
    required: string;
    tooLong: (max: number) => string;
    sent: string;
  };
  exportXlsx: { button: string; working: string; filePrefix: string };
  dialog: {
    title: string;
    unit: string;
    reason: string;
    action: string;
    dueOn: string;
    dateHint: string;
    submit: string;
    submitting: string;
    cancel: string;
    created: (unit: string) => string;
    viewList: string;
    actionRequired: string;
    tooLong: (max: number) => string;
    dueInvalid: string;
    duePast: string;
  };
  alignment: {
    title: (year: number) => string;
    note: (planYear: number, resultsYear: number | null) => string;
    caption: string;
    unit: string;
    reason: string;
    action: string;
    create: string;
    createLabel: (unit: string) => string;
    exists: string;
    existsLabel: (unit: string) => string;
    empty: string;
    summary: (rows: string, units: string) => string;
    viewAll: string;
    reasonText: (reason: AlignmentReason, planYear: number) => string;
    actionText: (reason: AlignmentReason, planYear: number) => string;
  };
  remediation: { button: string; working: string; filePrefix: string; hint: string };
  homeYear: string;
  homeHeading: string;
  scorecard: {
    title: string;
    intro: string;
    caption: string;
    indicator: string;
    action: string;
    reason: (code: string, name: string, year: number, why: string) => string;
    request: (code: string, name: string) => string;
  };
}

export const followUpVi: FollowUpMessages = {
  pageTitle: 'Theo dõi',
  intro: {
    district: 'Các yêu cầu Phòng Nội vụ gửi các xã để khắc phục chỉ số yếu, kế hoạch và báo cáo chậm; phần trả lời của các xã.',
    commune: 'Các yêu cầu của Phòng Nội vụ đối với đơn vị. Trả lời từng yêu cầu trước hạn.',
  },
  loading: 'Đang tải…',
  status: { open: 'Đang mở', answered: 'Đã trả lời', closed: 'Đã đóng' },
  reasonKinds: {
    weak_indicator: 'Chỉ số yếu',
    bottom_quartile: 'Nhóm thấp nhất',
    rank_drop: 'Tụt hạng',
    weak_on_many_dimensions: 'Yếu ở nhiều lĩnh vực',
    plan_late: 'Kế hoạch ban hành chậm',
    plan_missing: 'Chưa có kế hoạch',
    plan_incomplete: 'Kế hoạch chưa đầy đủ',
    reports_late: 'Chậm báo cáo',
    weak_without_task: 'Chỉ số yếu chưa có nhiệm vụ',
    done_but_weak: 'Đã hoàn thành nhưng vẫn yếu',
  },
  filters: {
    label: 'Lọc yêu cầu',
    status: 'Trạng thái',
    all: 'Tất cả',
    unit: 'Xã, thị trấn',
    allUnits: 'Tất cả các xã',
    count: (shown, total, filtered) => (filtered ? `${shown}/${total} yêu cầu` : `${total} yêu cầu`),
  },
  table: {
    caption: 'Các yêu cầu theo dõi',
    unit: 'Đơn vị',
    reason: 'Lý do',
    action: 'Nội dung yêu cầu',
    dueOn: 'Hạn trả lời',
    status: 'Trạng thái',
    response: 'Trả lời của xã',
    createdAt: 'Ngày tạo',
    actions: 'Thao tác',
    empty: 'Chưa có yêu cầu theo dõi nào.',
    noMatch: 'Không có yêu cầu nào khớp bộ lọc.',
    overdue: 'Quá hạn',
    noResponse: 'Chưa trả lời',
    respondedAt: (date) => `Trả lời lúc ${date}`,
    createdBy: (who) => `Người tạo: ${who}`,
  },
  close: 'Đóng',
  closeLabel: (unit) => `Đóng yêu cầu của ${unit}`,
  reopen: 'Mở lại',
  reopenLabel: (unit) => `Mở lại yêu cầu của ${unit}`,
  closed: (unit) => `Đã đóng yêu cầu của ${unit}.`,
  reopened: (unit) => `Đã mở lại yêu cầu của ${unit}.`,
  answer: {
    open: 'Trả lời',
    openLabel: (unit) => `Trả lời yêu cầu gửi ${unit}`,
    edit: 'Sửa trả lời',
    field: 'Nội dung trả lời',
    hint: 'Nêu việc đơn vị đã làm hoặc sẽ làm, kèm thời hạn.',
    submit: 'Gửi trả lời',
    sending: 'Đang gửi…',
    cancel: 'Huỷ',
    required: 'Nhập nội dung trả lời.',
    tooLong: (max) => `Không quá ${max} ký tự.`,
    sent: 'Đã gửi trả lời cho Phòng Nội vụ.',
  },
  exportXlsx: { button: 'Xuất Excel', working: 'Đang xuất…', filePrefix: 'Theo dõi' },
  dialog: {
    title: 'Tạo yêu cầu theo dõi',
    unit: 'Đơn vị',
    reason: 'Lý do',
    action: 'Nội dung yêu cầu',
    dueOn: 'Hạn trả lời',
    dateHint: 'dd/mm/yyyy — mặc định 15 ngày kể từ hôm nay.',
    submit: 'Tạo yêu cầu',
    submitting: 'Đang tạo…',
    cancel: 'Huỷ',
    created: (unit) => `Đã tạo yêu cầu theo dõi cho ${unit}.`,
    viewList: 'Xem danh sách theo dõi',
    actionRequired: 'Nhập nội dung yêu cầu.',
    tooLong: (max) => `Không quá ${max} ký tự.`,
    dueInvalid: 'Ngày không hợp lệ, hãy viết dd/mm/yyyy.',
    duePast: 'Hạn trả lời không được trước hôm nay.',
  },
  alignment: {
    title: (year) => `Đối chiếu kế hoạch – kết quả năm ${year}`,
    note: (planYear, resultsYear) =>
      resultsYear === null
        ? `Kế hoạch năm ${planYear}; chưa có kết quả năm trước để đối chiếu chỉ số yếu.`
        : `Kế hoạch năm ${planYear} đối chiếu với chỉ số yếu theo kết quả năm ${resultsYear}, tiến độ kế hoạch và báo cáo.`,
    caption: 'Các xã cần theo dõi và lý do',
    unit: 'Xã, thị trấn',
    reason: 'Vấn đề',
    action: 'Thao tác',
    create: 'Tạo yêu cầu theo dõi',
    createLabel: (unit) => `Tạo yêu cầu theo dõi cho ${unit}`,
    exists: 'Đã có yêu cầu',
    existsLabel: (unit) => `Đã có yêu cầu theo dõi cho ${unit}`,
    empty: 'Kế hoạch và kết quả của các xã khớp nhau: không có gì cần theo dõi.',
    summary: (rows, units) => `${rows} vấn đề ở ${units} xã`,
    viewAll: 'Mở trang Theo dõi',
    reasonText: (reason, planYear) => {
      switch (reason.kind) {
        case 'plan_missing':
          return `Chưa có kế hoạch năm ${planYear}`;
        case 'plan_late':
          return `Kế hoạch ban hành chậm ${reason.days} ngày làm việc`;
        case 'plan_incomplete':
          return `Kế hoạch chưa đầy đủ: ${reason.checks.join('; ')}`;
        case 'weak_without_task':
          return `Chỉ số yếu ${reason.code} ${reason.nameVi} chưa có nhiệm vụ trong kế hoạch`;
        case 'done_but_weak':
          return `Lĩnh vực ${reason.code} ${reason.nameVi}: nhiệm vụ đã hoàn thành nhưng chỉ số vẫn yếu`;
        case 'reports_late':
          return `Chậm ${reason.count} báo cáo`;
      }
    },
    actionText: (reason, planYear) => {
      switch (reason.kind) {
        case 'plan_missing':
          return `Ban hành kế hoạch nâng cao chỉ số năm ${planYear} và gửi Phòng Nội vụ.`;
        case 'plan_late':
          return `Giải trình việc ban hành kế hoạch năm ${planYear} chậm ${reason.days} ngày làm việc.`;
        case 'plan_incomplete':
          return `Bổ sung, hoàn thiện kế hoạch năm ${planYear}: ${reason.checks.join('; ')}.`;
        case 'weak_without_task':
          return `Bổ sung nhiệm vụ khắc phục chỉ số ${reason.code} ${reason.nameVi} vào kế hoạch năm ${planYear}.`;
        case 'done_but_weak':
          return `Rà soát hiệu quả các nhiệm vụ thuộc lĩnh vực ${reason.code} ${reason.nameVi} và đề xuất giải pháp mới.`;
        case 'reports_late':
          return `Nộp đầy đủ các báo cáo còn chậm và bảo đảm đúng hạn các kỳ tiếp theo.`;
      }
    },
  },
  remediation: {
    button: 'Tải dự thảo kế hoạch khắc phục (Word)',
    working: 'Đang tạo tệp…',
    filePrefix: 'Kế hoạch khắc phục',
    hint: 'Dự thảo “Kế hoạch khắc phục” từ các chỉ số yếu, để đơn vị chỉnh sửa và ban hành.',
  },
  homeYear: 'Năm kế hoạch',
  homeHeading: 'Kế hoạch, báo cáo và theo dõi',
  scorecard: {
    title: 'Yêu cầu theo dõi các chỉ số yếu',
    intro: 'Gửi đơn vị yêu cầu khắc phục một chỉ số yếu; đơn vị trả lời trên trang Theo dõi.',
    caption: 'Các chỉ số yếu và yêu cầu theo dõi',
    indicator: 'Chỉ số',
    action: 'Thao tác',
    reason: (code, name, year, why) => `Chỉ số ${code} ${name} yếu theo kết quả năm ${year}${why ? `: ${why}` : ''}`,
    request: (code, name) => `Xây dựng giải pháp khắc phục chỉ số ${code} ${name}, đưa vào kế hoạch và báo cáo kết quả.`,
  },
};

export const followUpEn: FollowUpMessages = {
  pageTitle: 'Follow-up',
  intro: {
    district: 'What the district asks its communes to put right (weak indicators, late plans and reports), and the communes’ answers.',
    commune: 'What the district asks of your unit. Answer each request before it is due.',
  },
  loading: 'Loading…',
  status: { open: 'Open', answered: 'Answered', closed: 'Closed' },
  reasonKinds: {
    weak_indicator: 'Weak indicator',
    bottom_quartile: 'Bottom group',
    rank_drop: 'Dropped in rank',
    weak_on_many_dimensions: 'Weak in many dimensions',
    plan_late: 'Plan issued late',
    plan_missing: 'No plan',
    plan_incomplete: 'Plan incomplete',
    reports_late: 'Reports late',
    weak_without_task: 'Weak indicator without a task',
    done_but_weak: 'Done but still weak',
  },
  filters: {
    label: 'Filter the requests',
    status: 'Status',
    all: 'All',
    unit: 'Commune',
    allUnits: 'All communes',
    count: (shown, total, filtered) => (filtered ? `${shown} of ${total} requests` : `${total} requests`),
  },
  table: {
    caption: 'Follow-up requests',
    unit: 'Unit',
    reason: 'Reason',
    action: 'Request',
    dueOn: 'Answer by',
    status: 'Status',
    response: 'Commune’s answer',
    createdAt: 'Created',
    actions: 'Actions',
    empty: 'No follow-up request yet.',
    noMatch: 'No request matches the filters.',
    overdue: 'Overdue',
    noResponse: 'No answer yet',
    respondedAt: (date) => `Answered ${date}`,
    createdBy: (who) => `Created by ${who}`,
  },
  close: 'Close',
  closeLabel: (unit) => `Close the request to ${unit}`,
  reopen: 'Reopen',
  reopenLabel: (unit) => `Reopen the request to ${unit}`,
  closed: (unit) => `The request to ${unit} was closed.`,
  reopened: (unit) => `The request to ${unit} was reopened.`,
  answer: {
    open: 'Answer',
    openLabel: (unit) => `Answer the request to ${unit}`,
    edit: 'Change the answer',
    field: 'Answer',
    hint: 'Say what the unit did or will do, and by when.',
    submit: 'Send the answer',
    sending: 'Sending…',
    cancel: 'Cancel',
    required: 'Enter an answer.',
    tooLong: (max) => `At most ${max} characters.`,
    sent: 'The answer was sent to the district.',
  },
  exportXlsx: { button: 'Export to Excel', working: 'Exporting…', filePrefix: 'Follow-up' },
  dialog: {
    title: 'Create a follow-up request',
    unit: 'Unit',
    reason: 'Reason',
    action: 'Request',
    dueOn: 'Answer by',
    dateHint: 'dd/mm/yyyy — 15 days from today unless changed.',
    submit: 'Create the request',
    submitting: 'Creating…',
    cancel: 'Cancel',
    created: (unit) => `A follow-up request was created for ${unit}.`,
    viewList: 'See the follow-up list',
    actionRequired: 'Enter the request.',
    tooLong: (max) => `At most ${max} characters.`,
    dueInvalid: 'Not a date: write dd/mm/yyyy.',
    duePast: 'The answer cannot be due before today.',
  },
  alignment: {
    title: (year) => `Plans against results, ${year}`,
    note: (planYear, resultsYear) =>
      resultsYear === null
        ? `Plans of ${planYear}; no results of the year before to compare weak indicators with.`
        : `Plans of ${planYear} against the weak indicators of ${resultsYear}, the plans’ timing and the reports.`,
    caption: 'Communes to follow up and why',
    unit: 'Commune',
    reason: 'Issue',
    action: 'Action',
    create: 'Create a follow-up request',
    createLabel: (unit) => `Create a follow-up request for ${unit}`,
    exists: 'Already requested',
    existsLabel: (unit) => `A follow-up request for ${unit} exists`,
    empty: 'The communes’ plans and results agree: nothing to follow up.',
    summary: (rows, units) => `${rows} issues in ${units} communes`,
    viewAll: 'Open Follow-up',
    reasonText: (reason, planYear) => {
      switch (reason.kind) {
        case 'plan_missing':
          return `No plan for ${planYear}`;
        case 'plan_late':
          return `Plan issued ${reason.days} working days late`;
        case 'plan_incomplete':
          return `Plan incomplete: ${reason.checks.join('; ')}`;
        case 'weak_without_task':
          return `Weak indicator ${reason.code} ${reason.nameVi} has no task in the plan`;
        case 'done_but_weak':
          return `Dimension ${reason.code} ${reason.nameVi}: tasks done, still weak`;
        case 'reports_late':
          return reason.count === 1 ? '1 report late' : `${reason.count} reports late`;
      }
    },
    actionText: (reason, planYear) => {
      switch (reason.kind) {
        case 'plan_missing':
          return `Issue the ${planYear} plan to raise the indices and send it to the district.`;
        case 'plan_late':
          return `Explain why the ${planYear} plan was issued ${reason.days} working days late.`;
        case 'plan_incomplete':
          return `Complete the ${planYear} plan: ${reason.checks.join('; ')}.`;
        case 'weak_without_task':
          return `Add a task addressing indicator ${reason.code} ${reason.nameVi} to the ${planYear} plan.`;
        case 'done_but_weak':
          return `Review how well the tasks of ${reason.code} ${reason.nameVi} worked and propose new measures.`;
        case 'reports_late':
          return 'Submit the late reports and keep to the next due dates.';
      }
    },
  },
  remediation: {
    button: 'Download the draft remediation plan (Word)',
    working: 'Preparing the file…',
    filePrefix: 'Remediation plan',
    hint: 'A draft “Kế hoạch khắc phục” from the weak indicators, for the unit to edit and issue.',
  },
  homeYear: 'Plan year',
  homeHeading: 'Plans, reports and follow-up',
  scorecard: {
    title: 'Follow up the weak indicators',
    intro: 'Ask the unit to put a weak indicator right; it answers on the Follow-up page.',
    caption: 'Weak indicators and follow-up requests',
    indicator: 'Indicator',
    action: 'Action',
    reason: (code, name, year, why) => `Indicator ${code} ${name} is weak in the ${year} results${why ? `: ${why}` : ''}`,
    request: (code, name) => `Work out measures for indicator ${code} ${name}, add them to the plan and report the results.`,
  },
};

export const FOLLOW_UP_MESSAGES: Readonly<Record<Language, FollowUpMessages>> = { vi: followUpVi, en: followUpEn };
