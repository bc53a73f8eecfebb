import type { PlanSection } from '@govindex/contracts';
import { frameworksNamedIn } from './frameworks.js';
import { isTableRow, isUpperCaseLine } from './normalize-text.js';

/** How deep a numbering marker sits: parts, roman headings, "1.", "1.1.", "1.1.1.", items "a)", bullets. */
type MarkerKind = 'part' | 'roman' | 'number' | 'item' | 'bullet' | 'none';

interface MarkedParagraph {
  kind: MarkerKind;
  /** Nesting depth; deeper numbers are children. */
  depth: number;
  text: string;
}

const ITEM_DEPTH = 10;

function markParagraph(paragraph: string): MarkedParagraph {
  let match = /^(?:Phần|PHẦN)\s+([IVX]+|\d+)\b\.?\s*(.*)$/u.exec(paragraph);
  if (match) return { kind: 'part', depth: 0, text: match[2] ?? '' };
  match = /^([IVX]+)\.\s+(.*)$/u.exec(paragraph);
  if (match) return { kind: 'roman', depth: 1, text: match[2] ?? '' };
  match = /^(\d+(?:\.\d+)*)\.\s+(.*)$/u.exec(paragraph);
  if (match?.[1]) return { kind: 'number', depth: 1 + match[1].split('.').length, text: match[2] ?? '' };
  match = /^[a-zđ]\)\s+(.*)$/u.exec(paragraph);
  if (match) return { kind: 'item', depth: ITEM_DEPTH, text: match[1] ?? '' };
  match = /^[-+•–]\s+(.*)$/u.exec(paragraph);
  if (match) return { kind: 'bullet', depth: ITEM_DEPTH + 1, text: match[1] ?? '' };
  return { kind: 'none', depth: Infinity, text: paragraph };
}

/** A heading that opens the plan's content ("II. NỘI DUNG", "Phần II" + "NHIỆM VỤ, GIẢI PHÁP"). */
const CONTENT_HEADING = /NỘI DUNG|NHIỆM VỤ|GIẢI PHÁP/u;
/** A heading that closes it ("TỔ CHỨC THỰC HIỆN", "KINH PHÍ"). */
const CLOSING_HEADING = /TỔ CHỨC THỰC HIỆN|KINH PHÍ/u;

interface Heading {
  depth: number;
  title: string;
  parent: Heading | null;
  section: PlanSection | null;
}

/**
 * The numbered parts of the plan's content with their items. The content runs from its heading
 * ("II. NỘI DUNG") to "TỔ CHỨC THỰC HIỆN"; a numbered paragraph is a heading when the next paragraph is
 * numbered deeper ("1." then "1.1." or "a)") or it is a title over plain text, else an item of the
 * heading above it ("1. Tiếp tục…", "2. …" under "I. CÔNG TÁC CHỈ ĐẠO"). Items are the "a)" paragraphs,
 * or the bullets where there are none; bullets and unnumbered paragraphs under an item belong to it. A
 * section's framework is the one its title or a parent heading names, else the plan's when it has only
 * one; its dimension is the name in quotes (Nội dung “Tham gia…”) or after "Lĩnh vực".
 */
export function readSections(paragraphs: readonly string[], planFrameworks: readonly string[]): PlanSection[] {
  const all = paragraphs.filter((paragraph) => !isTableRow(paragraph)).map(markParagraph);
  const start = all.findIndex(
    (paragraph, index) =>
      (paragraph.kind === 'roman' || (paragraph.kind === 'none' && all[index - 1]?.kind === 'part')) &&
      isUpperCaseLine(paragraph.text) &&
      CONTENT_HEADING.test(paragraph.text) &&
      !CLOSING_HEADING.test(paragraph.text),
  );
  if (start < 0) return [];
  const marked = all.slice(start + 1);

  const sections: PlanSection[] = [];
  let heading: Heading | null = null;
  /** Whether the section's last item is numbered ("a)", "1."), so that bullets under it belong to it. */
  let numberedItemOpen = false;
  for (let index = 0; index < marked.length; index++) {
    const paragraph = marked[index];
    if (!paragraph) continue;
    const isItem = paragraph.kind === 'item' || paragraph.kind === 'bullet';
    if (!isItem && isUpperCaseLine(paragraph.text) && CLOSING_HEADING.test(paragraph.text)) break;
    if (/^Nơi nhận/u.test(paragraph.text)) break;

    if (paragraph.kind === 'part' || paragraph.kind === 'roman' || (paragraph.kind === 'number' && isNumberedHeading(marked, index))) {
      while (heading && heading.depth >= paragraph.depth) heading = heading.parent;
      heading = { depth: paragraph.depth, title: paragraph.text.replace(/[:.]\s*$/, '').trim(), parent: heading, section: null };
      numberedItemOpen = false;
      continue;
    }
    if (!heading) continue;
    const section = (heading.section ??= newSection(heading, planFrameworks, sections));
    const last = section.items.length - 1;
    if (paragraph.kind === 'item' || paragraph.kind === 'number' || last < 0 || (paragraph.kind === 'bullet' && !numberedItemOpen)) {
      section.items.push(paragraph.text);
      numberedItemOpen = paragraph.kind === 'item' || paragraph.kind === 'number';
    } else {
      section.items[last] = `${section.items[last]}${paragraph.kind === 'bullet' ? '\n- ' : ' '}${paragraph.text}`;
    }
  }
  return sections.filter((section) => section.items.length);
}

/**
 * Whether the numbered paragraph at `index` heads what follows: the next numbered paragraph is deeper
 * ("1." then "1.1." or "a)"), or it reads as a title (no closing punctuation) over unnumbered text.
 */
function isNumberedHeading(marked: readonly MarkedParagraph[], index: number): boolean {
  const paragraph = marked[index];
  if (!paragraph) return false;
  const nextMarked = marked.slice(index + 1).find((candidate) => candidate.kind !== 'none');
  if (nextMarked && nextMarked.depth > paragraph.depth) return true;
  return marked[index + 1]?.kind === 'none' && paragraph.text.length <= 200 && !/[.;…]$/u.test(paragraph.text);
}

function newSection(heading: Heading, planFrameworks: readonly string[], sections: PlanSection[]): PlanSection {
  let framework: string | null = null;
  for (let current: Heading | null = heading; current && !framework; current = current.parent) {
    const named = frameworksNamedIn(current.title);
    if (named.length === 1) framework = named[0] ?? null;
  }
  if (!framework && planFrameworks.length === 1) framework = planFrameworks[0] ?? null;
  const section: PlanSection = { framework, dimension: dimensionOf(heading.title), title: heading.title, items: [] };
  sections.push(section);
  return section;
}

function dimensionOf(title: string): string | null {
  const quoted = /[“"]([^”"]+)[”"]/u.exec(title);
  if (quoted?.[1]) return quoted[1].trim();
  const field = /^Lĩnh vực\s+(.+)$/iu.exec(title);
  if (field?.[1]) return field[1].charAt(0).toLocaleUpperCase('vi') + field[1].slice(1);
  return null;
}
