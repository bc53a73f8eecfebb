import type { ReportingDeadline, ReportingPeriodKind } from '@govindex/contracts';
import { validIsoDate } from '@govindex/domain';

const DUE = /trước\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/giu;
const DATA_PERIOD = /từ ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\s+đến ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;

/**
 * When reports on the plan are due, from the sentences about reporting: "Báo cáo gửi về phòng Nội vụ:
 * 6 tháng đầu năm trước ngày 03/7/2024 (thời gian chốt số liệu tính từ ngày 01/01/2024 đến ngày
 * 30/6/2024); báo cáo năm trước 03/01/2025 (…)". The clause before each due date says the period
 * (6 tháng → half year, "báo cáo năm"/"hằng năm" → annual); a due date without its year ("trước ngày
 * 03/6") takes the year its data period ends, and is skipped when there is none.
 */
export function readReportingDeadlines(paragraphs: readonly string[]): ReportingDeadline[] {
  const deadlines: ReportingDeadline[] = [];
  for (const paragraph of paragraphs) {
    if (!/báo cáo/iu.test(paragraph)) continue;
    const dues = [...paragraph.matchAll(DUE)];
    dues.forEach((due, index) => {
      const clauseStart = Math.max(...[';', ':', '. '].map((separator) => paragraph.lastIndexOf(separator, due.index)));
      const clause = paragraph.slice(clauseStart + 1, due.index);
      const after = paragraph.slice(due.index + due[0].length, dues[index + 1]?.index ?? paragraph.length).slice(0, 200);
      const period = DATA_PERIOD.exec(after);
      const dataFrom = period ? validIsoDate(Number(period[3]), Number(period[2]), Number(period[1])) : null;
      const dataTo = period ? validIsoDate(Number(period[6]), Number(period[5]), Number(period[4])) : null;
      const year = due[3] ? Number(due[3]) : dataTo ? Number(dataTo.slice(0, 4)) : null;
      const dueDate = year === null ? null : validIsoDate(year, Number(due[2]), Number(due[1]));
      if (!dueDate || deadlines.some((known) => known.due === dueDate)) return;
      deadlines.push({ kind: periodOf(clause), due: dueDate, dataFrom, dataTo });
    });
  }
  return deadlines;
}

function periodOf(clause: string): ReportingPeriodKind {
  if (/\b0?6 tháng|sáu tháng|nửa năm/iu.test(clause)) return 'half_year';
  if (/báo cáo năm|hằng năm|hàng năm|cả năm|tổng kết năm|năm\s*$/iu.test(clause)) return 'annual';
  return 'other';
}
