import type { PlanDraft, PlanSection, PlanTaskDraft, TaskTimeline } from '@govindex/contracts';
import { leadingDate } from './dates.js';
import {
  dateFromHeading,
  issuingBodyFromHeading,
  numberFromHeading,
  readHeading,
  signerOf,
  unitFromHeading,
  unitInText,
  unitIssuingInText,
  type UnitMention,
} from './document-header.js';
import { planFrameworks } from './frameworks.js';
import { parseKpiTargets, parseTimeline } from '@govindex/domain';
import { joinParagraphs, normalizeLines, PARAGRAPH_MARKER } from './normalize-text.js';
import { DOCUMENT_SYMBOL, findReferences } from './references.js';
import { readReportingDeadlines } from './reporting.js';
import { readSections } from './sections.js';
import { readTargets } from './targets.js';
import { readTaskTable } from './task-table.js';

export interface ParsePlanOptions {
  /** The plan's year when the document names none (e.g. the year the user chose on upload). */
  year?: number;
}

/** Where the appendix starts: "Phụ lục" alone on its line, or the task table's title. */
const APPENDIX_START = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]+)?\s*$|^BIỂU\s+T[ỔỐO]NG\s+HỢP/u;
/** The attachment line of an appendix: "(Kèm theo Kế hoạch số 08/KH-UBND ngày 11/01/2024 của UBND thị trấn Như Quỳnh)". */
const ATTACHED_TO = new RegExp(
  `Kèm theo\\s+(?:Kế hoạch|Quyết định|Chỉ thị|Nghị quyết)\\s+(?:số\\s+)?(${DOCUMENT_SYMBOL})(.*)$`,
  'iu',
);
/** How the opening paragraph after the title starts ("Thực hiện Chỉ thị…", "Căn cứ…"). */
const OPENING_START = /^(?:Thực hiện|Căn cứ|Để|Nhằm|Xét|Theo|Trên cơ sở|Thời gian qua|Triển khai)(?=[\s,])/u;

/**
 * Reads a plan document's text (as {@link readPlanDocument} gives it, or pasted) into a draft for a
 * person to review: issuing unit, year, number, date, signer, frameworks, references, targets, content
 * sections, the task table, reporting deadlines, and warnings for whatever it could not find or was
 * unsure of. Pure: the same text always gives the same draft.
 */
export function parsePlanText(text: string, options: ParsePlanOptions = {}): PlanDraft {
  const warnings: string[] = [];
  const lines = normalizeLines(text);
  const appendixStart = lines.findIndex((line, index) => index > 0 && APPENDIX_START.test(line));
  const bodyLines = appendixStart > 0 ? lines.slice(0, appendixStart) : lines;
  const appendixLines = appendixStart > 0 ? lines.slice(appendixStart) : [];

  const heading = readHeading(lines);
  const isPlan = heading.type === null || heading.type === 'KẾ HOẠCH';
  if (heading.type && !isPlan) warnings.push(`Văn bản là ${heading.type.toLocaleLowerCase('vi')}, không phải kế hoạch.`);
  if (!heading.type) warnings.push('Không thấy tiêu đề “KẾ HOẠCH”: hãy kiểm tra đây có phải là kế hoạch.');

  const paragraphs = joinParagraphs(heading.typeLine >= 0 ? bodyLines.slice(heading.typeLine + 1) : bodyLines);
  const title = titleOf(paragraphs);
  const opening = [title, ...paragraphs.slice(0, Math.max(0, paragraphs.findIndex((paragraph) => PARAGRAPH_MARKER.test(paragraph))))].join(
    ' ',
  );
  const attached = attachmentOf(appendixLines.slice(0, 12).join(' '));

  const headingNumber = numberFromHeading(heading.lines);
  const number = headingNumber.number ?? attached?.number ?? null;
  if (!number) warnings.push(headingNumber.blank ? 'Số kế hoạch để trống (bản chưa ban hành?).' : 'Không tìm thấy số kế hoạch.');

  const headingDate = dateFromHeading(heading.lines);
  const issuedOn = headingDate.date ?? attached?.date ?? null;
  if (!issuedOn) {
    const partial = headingDate.partial;
    warnings.push(partial ? `Ngày ban hành để trống (chỉ có tháng ${partial.month}/${partial.year}).` : 'Không tìm thấy ngày ban hành.');
  }

  const unit: UnitMention | null =
    unitFromHeading(heading.lines) ??
    attached?.unit ??
    unitIssuingInText(opening) ??
    unitInText(title) ??
    issuingBodyFromHeading(heading.lines);
  if (!unit) warnings.push('Không tìm thấy đơn vị ban hành.');

  const year = yearOf(title) ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : null) ?? headingDate.partial?.year ?? options.year ?? null;
  if (year === null) warnings.push('Không xác định được năm của kế hoạch.');

  const signer = signerOf(bodyLines) ?? signerOf(lines);
  if (!signer) warnings.push('Không tìm thấy người ký.');

  const bodyText = paragraphs.join('\n');
  const frameworks = planFrameworks(opening, bodyText);
  if (!frameworks.length) warnings.push('Văn bản không nêu chỉ số nào (PAPI, PAR INDEX, SIPAS, DTI, Dân vận chính quyền, PCI).');

  const references = findReferences(
    [...paragraphs, ...appendixLines.filter((line) => !ATTACHED_TO.test(line))].join('\n'),
    [number, attached?.number ?? null],
  );
  const tableContext = { year, frameworks };
  const table = (appendixLines.length ? readTaskTable(appendixLines, tableContext) : null) ?? readTaskTable(lines, tableContext);
  if (!table) warnings.push('Không tìm thấy bảng nhiệm vụ (Biểu tổng hợp nhiệm vụ).');
  else warnings.push(...table.warnings);

  const sections = isPlan ? readSections(paragraphs, frameworks) : [];
  // Plans without a task table (seeds 000 and 004) still list what is to be done, item by item, under
  // each content part: those items become the draft's tasks, with what they lack left for the reviewer.
  const tasks = table?.tasks ?? tasksFromSections(sections, year);
  if (!table && tasks.length > 0) {
    warnings.push(`Đã lấy ${tasks.length} nhiệm vụ từ các mục nội dung: cần bổ sung sản phẩm, đơn vị chủ trì và thời gian thực hiện.`);
  }

  const reportingDeadlines = readReportingDeadlines(paragraphs);
  if (isPlan && !reportingDeadlines.length) warnings.push('Không tìm thấy thời hạn báo cáo kết quả thực hiện.');

  return {
    unit: { name: unit?.name ?? null, level: unit?.level ?? null },
    year,
    number,
    issuedOn,
    signer,
    frameworks,
    references,
    // Goals and content parts are a plan's; a decision's criteria and forms would only look like them.
    targets: isPlan ? readTargets(paragraphs, frameworks) : [],
    sections,
    tasks,
    reportingDeadlines,
    warnings,
  };
}

function tasksFromSections(sections: readonly PlanSection[], year: number | null): PlanTaskDraft[] {
  return sections.flatMap((section) =>
    section.items.map((item) => ({
      framework: section.framework,
      dimension: section.dimension,
      subDimension: null,
      task: item,
      product: null,
      lead: null,
      implementers: null,
      timeline: timelineInItem(item, year),
      kpis: parseKpiTargets(item),
    })),
  );
}

/** A time the item states outright ("…, hoàn thành trong Quý II"), else none: the reviewer fills it in. */
function timelineInItem(item: string, year: number | null): TaskTimeline {
  const stated = /(thường xuyên|hằng năm|quý\s+[IV1-4]+(?:\/\d{4})?|trước ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?)\s*[.;]?\s*$/iu.exec(item);
  return stated?.[1] ? parseTimeline(stated[1], year) : { kind: 'unspecified', text: '' };
}

/** The title under "KẾ HOẠCH": the paragraphs before the opening ("Thực hiện…") or the first numbering. */
function titleOf(paragraphs: readonly string[]): string {
  const title: string[] = [];
  for (const paragraph of paragraphs.slice(0, 3)) {
    if (OPENING_START.test(paragraph) || PARAGRAPH_MARKER.test(paragraph)) break;
    title.push(paragraph);
  }
  return title.join(' ');
}

function yearOf(title: string): number | null {
  const years = [...title.matchAll(/năm\s+(\d{4})\b/giu)].map((match) => Number(match[1]));
  return years.length ? (years[years.length - 1] ?? null) : null;
}

function attachmentOf(text: string): { number: string; date: string | null; unit: UnitMention | null } | null {
  const match = ATTACHED_TO.exec(text.replace(/\s+/g, ' '));
  if (!match?.[1]) return null;
  const rest = match[2] ?? '';
  const date = leadingDate(rest);
  const owner = /^\s*của\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.*)$/iu.exec(date ? rest.slice(date.length) : rest);
  return { number: match[1], date: date?.iso ?? null, unit: owner?.[1] ? unitInText(owner[1]) : null };
}
