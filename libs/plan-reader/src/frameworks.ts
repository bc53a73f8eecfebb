/**
 * How documents name each index framework, by catalog code. `strict` patterns name the index itself
 * (its acronym or "Chỉ số …"); `loose` ones name its subject ("chuyển đổi số" for DTI) and count only in
 * a document's title and opening, where they say what the plan is about.
 */
const FRAMEWORK_NAMES: ReadonlyArray<{ code: string; strict: RegExp; loose?: RegExp }> = [
  {
    code: 'PAPI',
    strict: /\bPAPI\b/u,
    loose: /hiệu quả quản trị và hành chính công|hiệu quả quản trị hành chính công/iu,
  },
  {
    code: 'PAR_INDEX',
    strict: /\bPAR[\s_-]*INDEX\b|chỉ số cải cách hành chính/iu,
  },
  {
    code: 'SIPAS',
    strict: /\bSIPAS\b|chỉ số (?:đánh giá )?(?:mức độ )?hài lòng/iu,
  },
  {
    code: 'DTI',
    strict: /\bDTI\b|chỉ số chuyển đổi số/iu,
    loose: /chuyển đổi số/iu,
  },
  {
    code: 'DAN_VAN',
    strict: /dân vận chính quyền/iu,
  },
  {
    code: 'PCI',
    strict: /\bPCI\b|năng lực cạnh tranh cấp tỉnh/iu,
  },
];

/** Framework codes a text names, in the order it first names them. */
export function frameworksNamedIn(text: string, { loose = false } = {}): string[] {
  const found: Array<{ code: string; at: number }> = [];
  for (const { code, strict, loose: loosePattern } of FRAMEWORK_NAMES) {
    const positions = [strict.exec(text)?.index, loose ? loosePattern?.exec(text)?.index : undefined].filter(
      (index): index is number => index !== undefined,
    );
    if (positions.length) found.push({ code, at: Math.min(...positions) });
  }
  return found.sort((a, b) => a.at - b.at).map(({ code }) => code);
}

/**
 * The frameworks a plan is about: those its title and opening name (loosely), else those the rest of
 * it names as indices. A plan that only mentions "Dân vận chính quyền" among related work in its body
 * is not thereby a "Dân vận chính quyền" plan, which is why the opening wins.
 */
export function planFrameworks(opening: string, body: string): string[] {
  const fromOpening = frameworksNamedIn(opening, { loose: true });
  return fromOpening.length ? fromOpening : frameworksNamedIn(body);
}
