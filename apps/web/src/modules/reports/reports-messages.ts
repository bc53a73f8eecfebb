import type { ReportingPeriodKind, ReportStatus, TaskProgress, Timeliness } from '@govindex/contracts';
import type { Language } from '../../shared/format/format';
import type { ItemProblems } from './state/report-form';
import type { PeriodProblems } from './state/period-form';

/**
 * The texts of "Báo cáo", kept with the module (as the homes keep theirs). Values arrive formatted
 * (dates dd/mm/yyyy, numbers with the reader's separators), so each language only orders the words.
 */
export interface ReportsMessages {
  pageTitle: string;
  intro: { district: string; commune: string; chooser: string };
  loading: string;
  year: string;
  unitPicker: { legend: string; empty: string; hint: string; searchHint: string; clear: string };
  chooseUnit: string;
  kinds: Record<ReportingPeriodKind, string>;
  timeliness: Record<Timeliness, string>;
  status: Record<ReportStatus, string>;
  progress: Record<TaskProgress, string>;
  window: (from: string | null, to: string | null) => string;
  periods: {
    title: (year: number) => string;
    caption: string;
    name: string;
    kind: string;
    dueOn: string;
    window: string;
    setBy: string;
    actions: string;
    empty: string;
    delete: string;
    deleteLabel: (title: string) => string;
    confirmDelete: (title: string) => string;
    deleted: (title: string) => string;
  };
  periodForm: {
    open: string;
    title: string;
    kind: string;
    name: string;
    dueOn: string;
    dataFrom: string;
    dataTo: string;
    dateHint: string;
    submit: string;
    submitting: string;
    cancel: string;
    created: (title: string) => string;
    defaultTitle: (kind: ReportingPeriodKind, year: number) => string;
    problems: PeriodProblems;
    fixFields: string;
  };
  timelinessTable: {
    title: (year: number) => string;
    periodHeading: (title: string) => string;
    due: (date: string) => string;
    caption: (title: string) => string;
    expected: string;
    completeness: string;
    completenessOf: (percent: string) => string;
    unit: string;
    standing: string;
    submittedAt: string;
    report: string;
    open: string;
    openLabel: (unit: string) => string;
    none: string;
    empty: string;
    noPeriods: string;
    sheet: string;
    file: string;
  };
  homePanel: {
    title: (year: number) => string;
    planYear: string;
    noPeriods: string;
    notDueYet: string;
    completeness: (percent: string) => string;
    lateMissing: (late: string, missing: string) => string;
    caption: string;
    period: string;
    open: string;
  };
  commune: {
    title: (year: number) => string;
    caption: string;
    period: string;
    report: string;
    standing: string;
    submittedAt: string;
    action: string;
    notStarted: string;
    create: string;
    creating: string;
    open: string;
    openLabel: (title: string) => string;
    empty: string;
    returned: (title: string) => string;
  };
  report: {
    pageTitle: (period: string, unit: string) => string;
    notFound: string;
    back: string;
    print: string;
    facts: {
      label: string;
      unit: string;
      period: string;
      dueOn: string;
      window: string;
      status: string;
      standing: string;
      submittedAt: string;
      version: string;
      doneShare: string;
      doneOf: (done: string, total: string) => string;
      notSubmitted: string;
    };
    returnedTitle: string;
    returnedBody: (comment: string) => string;
    returnedNoComment: string;
    submittedNote: string;
    approvedNote: string;
    items: {
      title: string;
      caption: string;
      task: (position: string) => string;
      taskColumn: string;
      indicator: string;
      target: string;
      timeline: string;
      status: string;
      result: string;
      kpiActual: string;
      kpiHint: string;
      evidence: string;
      noEvidence: string;
      file: string;
      fileHint: string;
      upload: string;
      uploading: (percent: string) => string;
      uploaded: (name: string) => string;
      link: string;
      addLink: string;
      removeLink: string;
      removeLinkLabel: (link: string) => string;
      empty: string;
      readOnlyResult: string;
      size: (kilobytes: string) => string;
    };
    problems: ItemProblems & { fileTooLarge: string };
    fixFields: string;
    save: string;
    saving: string;
    saved: string;
    submit: string;
    resubmit: string;
    submitting: string;
    submitted: string;
    confirmSubmit: string;
    unsaved: string;
    stale: string;
    reload: string;
    review: {
      title: string;
      comment: string;
      commentHint: string;
      approve: string;
      return: string;
      working: string;
      commentRequired: string;
      approved: string;
      returned: string;
    };
    history: {
      title: string;
      caption: string;
      version: string;
      action: string;
      at: string;
      by: string;
      comment: string;
      empty: string;
      actions: Record<'submitted' | 'approved' | 'returned', string>;
    };
  };
}

const periodTitleVi = (kind: ReportingPeriodKind, year: number): string => {
  switch (kind) {
    case 'half_year':
      return `Báo cáo kết quả thực hiện kế hoạch 6 tháng đầu năm ${year}`;
    case 'annual':
      return `Báo cáo kết quả thực hiện kế hoạch năm ${year}`;
    case 'other':
      return `Báo cáo kết quả thực hiện kế hoạch năm ${year} (đột xuất)`;
  }
};

const periodTitleEn = (kind: ReportingPeriodKind, year: number): string => {
  switch (kind) {
    case 'half_year':
      return `Report on the plan, first half of ${year}`;
    case 'annual':
      return `Report on the plan, year ${year}`;
    case 'other':
      return `Report on the plan, ${year} (ad hoc)`;
  }
};

export const reportsVi: ReportsMessages = {
  pageTitle: 'Báo cáo',
  intro: {
    district:
      'Các kỳ báo cáo huyện giao cho xã và tình hình nộp báo cáo của từng xã: đúng hạn, trễ hạn, chưa nộp. Mở báo cáo để duyệt hoặc trả lại.',
    commune: 'Các kỳ báo cáo huyện giao, báo cáo kết quả thực hiện kế hoạch của đơn vị và ý kiến của Phòng Nội vụ.',
    chooser: 'Chọn huyện (hoặc tỉnh) để xem các kỳ báo cáo và tình hình nộp báo cáo của các xã.',
  },
  loading: 'Đang tải…',
  year: 'Năm',
  unitPicker: {
    legend: 'Đơn vị',
    empty: 'Chưa chọn đơn vị',
    hint: 'Huyện giao kỳ báo cáo cho các xã của mình.',
    searchHint: 'Gõ tên huyện, ví dụ “Văn Lâm”.',
    clear: 'Bỏ chọn',
  },
  chooseUnit: 'Chọn một huyện để xem tiến độ báo cáo của các xã.',
  kinds: { half_year: '6 tháng', annual: 'Năm', other: 'Khác' },
  timeliness: { on_time: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa nộp', pending: 'Chưa đến hạn' },
  status: { draft: 'Bản nháp', submitted: 'Đã nộp, chờ duyệt', approved: 'Đã duyệt', returned: 'Bị trả lại' },
  progress: { not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Hoàn thành' },
  window: (from, to) => (from && to ? `${from} – ${to}` : from ? `Từ ${from}` : to ? `Đến ${to}` : '–'),
  periods: {
    title: (year) => `Kỳ báo cáo năm ${year}`,
    caption: 'Các kỳ báo cáo của năm',
    name: 'Tên kỳ báo cáo',
    kind: 'Loại',
    dueOn: 'Hạn nộp',
    window: 'Số liệu',
    setBy: 'Đơn vị giao',
    actions: 'Thao tác',
    empty: 'Chưa có kỳ báo cáo nào trong năm.',
    delete: 'Xoá',
    deleteLabel: (title) => `Xoá kỳ báo cáo “${title}”`,
    confirmDelete: (title) => `Xoá kỳ báo cáo “${title}”? Các bản nháp đã lập cho kỳ này cũng bị xoá.`,
    deleted: (title) => `Đã xoá kỳ báo cáo “${title}”.`,
  },
  periodForm: {
    open: 'Thêm kỳ báo cáo',
    title: 'Thêm kỳ báo cáo',
    kind: 'Loại kỳ',
    name: 'Tên kỳ báo cáo',
    dueOn: 'Hạn nộp',
    dataFrom: 'Số liệu từ ngày',
    dataTo: 'Số liệu đến ngày',
    dateHint: 'dd/mm/yyyy',
    submit: 'Tạo kỳ báo cáo',
    submitting: 'Đang tạo…',
    cancel: 'Huỷ',
    created: (title) => `Đã tạo kỳ báo cáo “${title}”.`,
    defaultTitle: periodTitleVi,
    problems: {
      titleRequired: 'Nhập tên kỳ báo cáo.',
      tooLong: (max) => `Không quá ${max} ký tự.`,
      dueRequired: 'Nhập hạn nộp (dd/mm/yyyy).',
      dateInvalid: 'Ngày không hợp lệ, hãy viết dd/mm/yyyy.',
      windowOrder: 'Ngày kết thúc phải sau ngày bắt đầu.',
    },
    fixFields: 'Hãy sửa các ô được đánh dấu.',
  },
  timelinessTable: {
    title: (year) => `Tình hình nộp báo cáo năm ${year}`,
    periodHeading: (title) => title,
    due: (date) => `Hạn nộp ${date}`,
    caption: (title) => `Tình hình nộp báo cáo của các xã — ${title}`,
    expected: 'Số xã phải nộp',
    completeness: 'Tỷ lệ đã nộp',
    completenessOf: (percent) => `${percent}% đã nộp`,
    unit: 'Xã, thị trấn',
    standing: 'Tình trạng',
    submittedAt: 'Ngày nộp',
    report: 'Báo cáo',
    open: 'Xem báo cáo',
    openLabel: (unit) => `Xem báo cáo của ${unit}`,
    none: '–',
    empty: 'Không có xã nào phải nộp trong kỳ này.',
    noPeriods: 'Chưa có kỳ báo cáo nào trong năm: tạo kỳ báo cáo ở trên.',
    sheet: 'Tiến độ báo cáo',
    file: 'Tiến độ báo cáo',
  },
  homePanel: {
    title: (year) => `Tiến độ báo cáo năm ${year}`,
    planYear: 'Năm kế hoạch',
    noPeriods: 'Chưa có kỳ báo cáo nào trong năm.',
    notDueYet: 'Chưa đến hạn',
    completeness: (percent) => `${percent}% đã nộp`,
    lateMissing: (late, missing) => `Trễ hạn: ${late} · Chưa nộp: ${missing}`,
    caption: 'Tiến độ báo cáo của các kỳ trong năm',
    period: 'Kỳ báo cáo',
    open: 'Mở trang Báo cáo',
  },
  commune: {
    title: (year) => `Báo cáo năm ${year}`,
    caption: 'Các kỳ báo cáo và báo cáo của đơn vị',
    period: 'Kỳ báo cáo',
    report: 'Báo cáo',
    standing: 'Thời hạn',
    submittedAt: 'Ngày nộp',
    action: 'Thao tác',
    notStarted: 'Chưa lập',
    create: 'Lập báo cáo',
    creating: 'Đang lập…',
    open: 'Mở báo cáo',
    openLabel: (title) => `Mở báo cáo “${title}”`,
    empty: 'Huyện chưa giao kỳ báo cáo nào trong năm.',
    returned: (title) => `Báo cáo “${title}” bị trả lại: hãy sửa và nộp lại.`,
  },
  report: {
    pageTitle: (period, unit) => `${period} — ${unit}`,
    notFound: 'Không tìm thấy báo cáo, hoặc báo cáo ngoài phạm vi của bạn.',
    back: 'Về trang Báo cáo',
    print: 'In',
    facts: {
      label: 'Thông tin báo cáo',
      unit: 'Đơn vị',
      period: 'Kỳ báo cáo',
      dueOn: 'Hạn nộp',
      window: 'Số liệu',
      status: 'Trạng thái',
      standing: 'Thời hạn',
      submittedAt: 'Nộp lần đầu',
      version: 'Phiên bản',
      doneShare: 'Nhiệm vụ hoàn thành',
      doneOf: (done, total) => `${done}/${total}`,
      notSubmitted: 'Chưa nộp',
    },
    returnedTitle: 'Phòng Nội vụ đã trả lại báo cáo',
    returnedBody: (comment) => `Ý kiến: ${comment}`,
    returnedNoComment: 'Hãy sửa báo cáo và nộp lại.',
    submittedNote: 'Báo cáo đã nộp, đang chờ Phòng Nội vụ xem xét.',
    approvedNote: 'Báo cáo đã được Phòng Nội vụ duyệt.',
    items: {
      title: 'Kết quả thực hiện nhiệm vụ',
      caption: 'Kết quả thực hiện từng nhiệm vụ của kế hoạch',
      task: (position) => `Nhiệm vụ ${position}`,
      taskColumn: 'Nhiệm vụ',
      indicator: 'Chỉ số',
      target: 'Chỉ tiêu',
      timeline: 'Thời gian thực hiện',
      status: 'Tình trạng',
      result: 'Kết quả đạt được',
      kpiActual: 'Giá trị KPI đạt được',
      kpiHint: 'Một số, dấu phẩy thập phân (ví dụ 95,5).',
      evidence: 'Minh chứng',
      noEvidence: 'Chưa có minh chứng.',
      file: 'Tệp minh chứng',
      fileHint: 'Văn bản, ảnh, bảng tính… tối đa 10 MB.',
      upload: 'Tải lên',
      uploading: (percent) => `Đang tải lên… ${percent}%`,
      uploaded: (name) => `Đã tải lên “${name}”.`,
      link: 'Liên kết minh chứng',
      addLink: 'Thêm liên kết',
      removeLink: 'Bỏ',
      removeLinkLabel: (link) => `Bỏ liên kết ${link}`,
      empty: 'Kế hoạch của đơn vị không có nhiệm vụ nào.',
      readOnlyResult: 'Kết quả',
      size: (kilobytes) => `${kilobytes} KB`,
    },
    problems: {
      kpiInvalid: 'Nhập một số, ví dụ 95,5.',
      linkInvalid: 'Liên kết phải là địa chỉ web, bắt đầu bằng http:// hoặc https://.',
      tooLong: (max) => `Không quá ${max} ký tự.`,
      fileTooLarge: 'Tệp lớn hơn 10 MB.',
    },
    fixFields: 'Hãy sửa các ô được đánh dấu.',
    save: 'Lưu nháp',
    saving: 'Đang lưu…',
    saved: 'Đã lưu bản nháp.',
    submit: 'Nộp báo cáo',
    resubmit: 'Nộp lại báo cáo',
    submitting: 'Đang nộp…',
    submitted: 'Đã nộp báo cáo cho Phòng Nội vụ.',
    confirmSubmit: 'Nộp báo cáo cho Phòng Nội vụ? Sau khi nộp, báo cáo chỉ sửa được khi bị trả lại.',
    unsaved: 'Có thay đổi chưa lưu.',
    stale: 'Báo cáo vừa được thay đổi ở nơi khác. Tải lại để xem bản mới nhất (thay đổi chưa lưu sẽ mất).',
    reload: 'Tải lại',
    review: {
      title: 'Xem xét báo cáo',
      comment: 'Ý kiến của Phòng Nội vụ',
      commentHint: 'Bắt buộc khi trả lại, để xã biết cần sửa gì.',
      approve: 'Duyệt báo cáo',
      return: 'Trả lại',
      working: 'Đang gửi…',
      commentRequired: 'Nêu lý do trả lại để xã sửa.',
      approved: 'Đã duyệt báo cáo.',
      returned: 'Đã trả lại báo cáo cho xã.',
    },
    history: {
      title: 'Lịch sử nộp và duyệt',
      caption: 'Các lần nộp và xem xét báo cáo, mới nhất trước',
      version: 'Phiên bản',
      action: 'Hoạt động',
      at: 'Thời điểm',
      by: 'Người thực hiện',
      comment: 'Ý kiến',
      empty: 'Báo cáo chưa được nộp lần nào.',
      actions: { submitted: 'Nộp báo cáo', approved: 'Duyệt', returned: 'Trả lại' },
    },
  },
};

export const reportsEn: ReportsMessages = {
  pageTitle: 'Reports',
  intro: {
    district:
      'The reporting periods the district sets for its communes, and how each commune reported: on time, late, missing. Open a report to approve or return it.',
    commune: 'The reporting periods set by the district, your unit’s reports on its plan, and the district’s comments.',
    chooser: 'Choose a district (or province) to see its reporting periods and how its communes report.',
  },
  loading: 'Loading…',
  year: 'Year',
  unitPicker: {
    legend: 'Unit',
    empty: 'No unit chosen',
    hint: 'Districts set reporting periods for their communes.',
    searchHint: 'Type a district’s name, e.g. “Văn Lâm”.',
    clear: 'Clear',
  },
  chooseUnit: 'Choose a district to see how its communes report.',
  kinds: { half_year: 'Half-year', annual: 'Annual', other: 'Other' },
  timeliness: { on_time: 'On time', late: 'Late', missing: 'Missing', pending: 'Not yet due' },
  status: { draft: 'Draft', submitted: 'Submitted, awaiting review', approved: 'Approved', returned: 'Returned' },
  progress: { not_started: 'Not started', in_progress: 'In progress', done: 'Done' },
  window: (from, to) => (from && to ? `${from} – ${to}` : from ? `From ${from}` : to ? `Until ${to}` : '–'),
  periods: {
    title: (year) => `Reporting periods ${year}`,
    caption: 'Reporting periods of the year',
    name: 'Period',
    kind: 'Kind',
    dueOn: 'Due',
    window: 'Data',
    setBy: 'Set by',
    actions: 'Actions',
    empty: 'No reporting period in this year yet.',
    delete: 'Delete',
    deleteLabel: (title) => `Delete the reporting period “${title}”`,
    confirmDelete: (title) => `Delete the reporting period “${title}”? The drafts started for it are deleted too.`,
    deleted: (title) => `The reporting period “${title}” was deleted.`,
  },
  periodForm: {
    open: 'Add a reporting period',
    title: 'Add a reporting period',
    kind: 'Kind',
    name: 'Title',
    dueOn: 'Due',
    dataFrom: 'Data from',
    dataTo: 'Data until',
    dateHint: 'dd/mm/yyyy',
    submit: 'Create the period',
    submitting: 'Creating…',
    cancel: 'Cancel',
    created: (title) => `The reporting period “${title}” was created.`,
    defaultTitle: periodTitleEn,
    problems: {
      titleRequired: 'Enter a title.',
      tooLong: (max) => `At most ${max} characters.`,
      dueRequired: 'Enter the due date (dd/mm/yyyy).',
      dateInvalid: 'Not a date: write dd/mm/yyyy.',
      windowOrder: 'The end must come after the start.',
    },
    fixFields: 'Please correct the marked fields.',
  },
  timelinessTable: {
    title: (year) => `Reporting in ${year}`,
    periodHeading: (title) => title,
    due: (date) => `Due ${date}`,
    caption: (title) => `How the communes reported — ${title}`,
    expected: 'Communes to report',
    completeness: 'Reported',
    completenessOf: (percent) => `${percent}% reported`,
    unit: 'Commune',
    standing: 'Standing',
    submittedAt: 'Submitted',
    report: 'Report',
    open: 'Open the report',
    openLabel: (unit) => `Open the report of ${unit}`,
    none: '–',
    empty: 'No commune has to report in this period.',
    noPeriods: 'No reporting period in this year: create one above.',
    sheet: 'Reporting progress',
    file: 'Reporting progress',
  },
  homePanel: {
    title: (year) => `Reporting progress ${year}`,
    planYear: 'Plan year',
    noPeriods: 'No reporting period in this year.',
    notDueYet: 'Not yet due',
    completeness: (percent) => `${percent}% reported`,
    lateMissing: (late, missing) => `Late: ${late} · Missing: ${missing}`,
    caption: 'Reporting progress of the year’s periods',
    period: 'Period',
    open: 'Open Reports',
  },
  commune: {
    title: (year) => `Reports ${year}`,
    caption: 'Reporting periods and your unit’s reports',
    period: 'Period',
    report: 'Report',
    standing: 'Timeliness',
    submittedAt: 'Submitted',
    action: 'Action',
    notStarted: 'Not started',
    create: 'Start the report',
    creating: 'Starting…',
    open: 'Open the report',
    openLabel: (title) => `Open the report “${title}”`,
    empty: 'The district has set no reporting period in this year.',
    returned: (title) => `The report “${title}” was returned: correct it and submit it again.`,
  },
  report: {
    pageTitle: (period, unit) => `${period} — ${unit}`,
    notFound: 'No such report, or it is outside your scope.',
    back: 'Back to Reports',
    print: 'Print',
    facts: {
      label: 'About the report',
      unit: 'Unit',
      period: 'Period',
      dueOn: 'Due',
      window: 'Data',
      status: 'Status',
      standing: 'Timeliness',
      submittedAt: 'First submitted',
      version: 'Version',
      doneShare: 'Tasks done',
      doneOf: (done, total) => `${done} of ${total}`,
      notSubmitted: 'Not submitted',
    },
    returnedTitle: 'The district returned the report',
    returnedBody: (comment) => `Comment: ${comment}`,
    returnedNoComment: 'Correct the report and submit it again.',
    submittedNote: 'The report was submitted and awaits the district’s review.',
    approvedNote: 'The district approved the report.',
    items: {
      title: 'Results of the tasks',
      caption: 'What each task of the plan achieved',
      task: (position) => `Task ${position}`,
      taskColumn: 'Task',
      indicator: 'Indicator',
      target: 'Target',
      timeline: 'Timeline',
      status: 'Status',
      result: 'Result achieved',
      kpiActual: 'KPI achieved',
      kpiHint: 'A number (e.g. 95.5).',
      evidence: 'Evidence',
      noEvidence: 'No evidence yet.',
      file: 'Evidence file',
      fileHint: 'Documents, pictures, spreadsheets… at most 10 MB.',
      upload: 'Upload',
      uploading: (percent) => `Uploading… ${percent}%`,
      uploaded: (name) => `“${name}” was uploaded.`,
      link: 'Evidence link',
      addLink: 'Add the link',
      removeLink: 'Remove',
      removeLinkLabel: (link) => `Remove the link ${link}`,
      empty: 'The unit’s plan has no tasks.',
      readOnlyResult: 'Result',
      size: (kilobytes) => `${kilobytes} KB`,
    },
    problems: {
      kpiInvalid: 'Enter a number, e.g. 95.5.',
      linkInvalid: 'A link must be a web address starting with http:// or https://.',
      tooLong: (max) => `At most ${max} characters.`,
      fileTooLarge: 'The file is larger than 10 MB.',
    },
    fixFields: 'Please correct the marked fields.',
    save: 'Save the draft',
    saving: 'Saving…',
    saved: 'The draft was saved.',
    submit: 'Submit the report',
    resubmit: 'Submit again',
    submitting: 'Submitting…',
    submitted: 'The report was submitted to the district.',
    confirmSubmit: 'Submit the report to the district? Once submitted it can only be changed if it is returned.',
    unsaved: 'There are unsaved changes.',
    stale: 'The report was changed elsewhere. Reload to see the latest version (unsaved changes are lost).',
    reload: 'Reload',
    review: {
      title: 'Review',
      comment: 'The district’s comment',
      commentHint: 'Required to return the report, so the commune knows what to correct.',
      approve: 'Approve the report',
      return: 'Return',
      working: 'Sending…',
      commentRequired: 'Say why the report is returned.',
      approved: 'The report was approved.',
      returned: 'The report was returned to the commune.',
    },
    history: {
      title: 'Submissions and reviews',
      caption: 'Each submission and review of the report, newest first',
      version: 'Version',
      action: 'Action',
      at: 'When',
      by: 'By',
      comment: 'Comment',
      empty: 'The report has not been submitted yet.',
      actions: { submitted: 'Submitted', approved: 'Approved', returned: 'Returned' },
    },
  },
};

export const REPORTS_MESSAGES: Readonly<Record<Language, ReportsMessages>> = { vi: reportsVi, en: reportsEn };
