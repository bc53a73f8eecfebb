import type { AuditEntry, Role, UnitKind, UnitLevel } from '@govindex/contracts';
import { roleLabelVi, rolePlacementProblem, UNIT_KIND_LABEL_VI } from '@govindex/domain';
import type { Aggregation, ValueUnit } from '@govindex/domain';
import type { IssueWording } from '../../modules/catalog/state/version-draft';
import type { PlansMessages } from '../../modules/plans/plans-messages';
import type { ImportProblems } from '../../modules/results/state/import-form';
import type { MapEra } from '../../modules/units/state/units-view';
import type { Language } from '../../shared/format/format';

/** Every text of the interface. Texts with values are functions so each language can order words its own way. */
export interface Messages {
  layout: {
    tagline: string;
    mainNavigation: string;
    skipToContent: string;
    language: string;
    languageNames: Record<Language, string>;
    dataSource: string;
  };
  nav: { overview: string; units: string; results: string; catalog: string; users: string; audit: string; plans: string; reports: string; followUp: string };
  /** Names of the roles, as the header, the user table and the user form show them. */
  roles: Record<Role, string>;
  auth: {
    pageTitle: string;
    intro: string;
    email: string;
    password: string;
    submit: string;
    submitting: string;
    wrongCredentials: string;
    checkingSession: string;
    signOut: string;
    signInAgain: string;
    /** Label of the header area naming the signed-in user. */
    account: string;
    noPermission: { title: string; body: string };
  };
  notFound: { title: string; body: string; backHome: string };
  errors: {
    unreachable: string;
    unauthorized: string;
    forbidden: string;
    notFound: string;
    throttled: string;
    conflict: string;
    tooLarge: string;
    badRequest: (detail: string | null) => string;
    server: (status: number | null) => string;
    invalidResponse: string;
    unexpected: string;
    retry: string;
  };
  units: {
    pageTitle: string;
    pageIntro: string;
    map: { label: string; preReform: string; postReform: string };
    counts: {
      label: string;
      level: (level: UnitLevel, era: MapEra) => string;
    };
    tree: {
      label: string;
      heading: string;
      loading: string;
      empty: string;
      code: (code: string) => string;
      childCount: (count: string) => string;
    };
    search: {
      label: string;
      placeholder: string;
      clear: string;
      searching: string;
      results: (count: string, truncated: boolean) => string;
      noResults: (query: string) => string;
      hint: string;
    };
    detail: {
      heading: string;
      empty: string;
      fullName: string;
      kind: string;
      code: string;
      level: string;
      validity: string;
      validityText: (from: string | null, until: string | null) => string;
      location: string;
      country: string;
      childCount: string;
      notOnMap: (date: string) => string;
    };
    levelNames: Record<UnitLevel, string>;
    kindNames: Record<UnitKind, string>;
    chart: {
      title: (barLevel: UnitLevel, era: MapEra, scope: string) => string;
      seriesName: string;
      highlightNote: string;
    };
    lineage: {
      heading: string;
      predecessors: string;
      successors: string;
      mergeType: Record<'full' | 'partial', string>;
      effectiveOn: (date: string) => string;
      basis: (source: string) => string;
      opensMap: (date: string) => string;
      none: string;
    };
  };
  /** The Excel export of any table. */
  export: { excel: string; working: string; failed: string; yes: string; usersSheet: string; usersFile: string; auditSheet: string; auditFile: string };
  results: {
    pageTitle: string;
    pageIntro: string;
    importLink: string;
    pickers: {
      label: string;
      framework: string;
      level: string;
      year: string;
      latestYear: string;
      indicator: string;
      parent: string;
      parentAll: (levelName: string) => string;
      parentHint: string;
      parentSearchHint: string;
      clearParent: string;
    };
    heading: (framework: string, year: number, levelName: string, indicatorName: string, scope: string) => string;
    versionLine: (label: string) => string;
    simulated: { badge: string; note: string; row: string };
    noResults: (framework: string, year: number, indicator: string) => string;
    noRecentResults: (framework: string, levelName: string) => string;
    filter: { label: string; placeholder: string; count: (shown: string, total: string, filtered: boolean) => string };
    table: {
      rank: string;
      unit: string;
      value: string;
      change: string;
      group: string;
      grade: string;
      ownUnit: string;
      noMatch: (text: string) => string;
      publishedRank: (rank: string) => string;
      publishedRankTitle: string;
    };
    move: {
      up: (places: string) => string;
      down: (places: string) => string;
      same: string;
      new: string;
      previous: (year: number, rank: string) => string;
    };
    groups: { short: (group: number) => string };
    chart: { seriesName: (indicatorName: string) => string; highlightNote: string };
    /** Said above the rank-change column when last year's results used another version of the framework. */
    scaleChanged: string;
    exportColumns: { code: string; previousRank: string; publishedRank: string };
    exportSheet: string;
    exportFilePrefix: string;
    about: {
      sheet: string;
      framework: string;
      level: string;
      year: string;
      indicator: string;
      version: string;
      scope: string;
      filter: string;
      noFilter: string;
      rows: string;
      simulated: string;
      notSimulated: string;
      exportedAt: string;
      exportedBy: string;
    };
    import: {
      pageTitle: string;
      pageIntro: string;
      back: string;
      form: {
        framework: string;
        level: string;
        template: string;
        year: string;
        templateXlsx: string;
        templateCsv: string;
        templateHint: string;
        issuer: string;
        issuerHint: string;
        decisionNumber: string;
        decisionDate: string;
        decisionDateHint: string;
        sourceKey: string;
        sourceKeyHint: string;
        file: string;
        fileHint: string;
        submit: string;
        submitting: string;
        fixFields: string;
      };
      problems: ImportProblems;
      progress: { uploading: (percent: string) => string; uploadingUnknown: string; checking: string; label: string };
      report: {
        imported: string;
        unchanged: string;
        sourceKey: string;
        sourceId: string;
        rows: string;
        values: string;
        computed: string;
        blankLines: string;
        none: string;
        superseded: string;
        supersededText: (sourceId: number) => string;
        viewRanking: string;
      };
      rejected: {
        summary: (count: string) => string;
        caption: string;
        file: string;
        row: string;
        column: string;
        message: string;
        download: string;
        sheet: string;
        filePrefix: string;
      };
    };
  };
  catalog: {
    pageTitle: string;
    pageIntro: string;
    listLabel: string;
    publisher: string;
    /** The end of a version still in use: "2021–nay". */
    now: string;
    national: string;
    provinceNumber: (id: number) => string;
    versions: {
      caption: (name: string) => string;
      label: string;
      years: string;
      level: string;
      owner: string;
      actions: string;
      open: string;
      openLabel: (label: string) => string;
    };
    valueUnits: Record<ValueUnit, string>;
    detail: {
      label: string;
      empty: string;
      years: string;
      level: string;
      owner: string;
      unit: string;
      groups: string;
      quartileGroups: string;
      source: string;
      treeHeading: string;
      treeCaption: (label: string) => string;
      code: string;
      name: string;
      range: string;
      aggregation: string;
      weight: (value: string) => string;
      lowerIsBetter: string;
      gradesHeading: string;
      gradesCaption: (label: string) => string;
      grade: string;
      minValue: string;
      noGrades: string;
    };
    /** How a node's value is obtained; `none` for a leaf (entered), `published` for a parent published as is. */
    aggregations: Record<Aggregation | 'published', string>;
    createProvinceVersion: string;
    editProvinceVersion: string;
    saved: { created: (label: string) => string; updated: (label: string) => string };
    editor: {
      titleCreate: string;
      titleEdit: string;
      intro: (from: string, province: string) => string;
      introShort: string;
      noBase: string;
      communeOnly: string;
      versionHeading: string;
      label: string;
      firstYear: string;
      firstYearHint: string;
      firstYearOwnHint: string;
      lastYear: string;
      lastYearHint: string;
      source: string;
      levelNote: string;
      treeHeading: string;
      treeHint: string;
      columns: {
        code: string;
        nameVi: string;
        nameEn: string;
        min: string;
        max: string;
        range: string;
        aggregation: string;
        weight: string;
        actions: string;
      };
      computed: string;
      addChild: string;
      addChildLabel: (code: string) => string;
      remove: string;
      removeLabel: (code: string) => string;
      gradesHeading: string;
      gradesHint: string;
      gradeColumns: { gradeVi: string; gradeEn: string; minValue: string };
      gradeNumber: (position: number) => string;
      removeGradeLabel: (name: string) => string;
      addGrade: string;
      save: string;
      saving: string;
      cancel: string;
      rejected: string;
      /** How a problem's place is named in the list of problems ("D1 — tối đa"). */
      places: IssueWording;
    };
  };
  users: {
    pageTitle: string;
    pageIntro: string;
    add: string;
    filter: { label: string; placeholder: string; count: (shown: string, total: string, filtered: boolean) => string };
    table: {
      caption: string;
      email: string;
      displayName: string;
      role: string;
      unit: string;
      status: string;
      lastLogin: string;
      actions: string;
      edit: string;
      editLabel: (name: string) => string;
      neverSignedIn: string;
      wholeCountry: string;
      active: string;
      locked: string;
      empty: string;
      noMatch: (text: string) => string;
    };
    saved: { created: (email: string) => string; updated: (email: string) => string };
    form: {
      createTitle: string;
      createIntro: string;
      editTitle: (name: string) => string;
      editIntro: string;
      email: string;
      emailFixed: string;
      displayName: string;
      role: string;
      rolePlaceholder: string;
      unit: string;
      unitNone: string;
      unitEmpty: string;
      unitHint: string;
      unitSearchHint: string;
      password: string;
      newPassword: string;
      passwordHint: (min: number) => string;
      newPasswordHint: (min: number) => string;
      active: string;
      activeHint: string;
      sessionsNote: string;
      selfNote: string;
      submitCreate: string;
      submitEdit: string;
      saving: string;
      cancel: string;
      fixFields: string;
      nothingChanged: string;
      problems: {
        emailRequired: string;
        emailInvalid: string;
        nameRequired: string;
        roleRequired: string;
        passwordTooShort: (min: number) => string;
        /** Null when a user of `role` may sit on a unit of that level (null: no unit), else why not. */
        placement: (role: Role, unitLevel: UnitLevel | null) => string | null;
      };
    };
  };
  audit: {
    pageTitle: string;
    pageIntro: string;
    table: {
      caption: string;
      at: string;
      actor: string;
      entity: string;
      action: string;
      unit: string;
      changes: string;
    };
    system: string;
    entity: (entity: string, id: string) => string;
    actions: Record<AuditEntry['action'], string>;
    showChanges: string;
    hideChanges: string;
    diff: { caption: (entity: string) => string; field: string; before: string; after: string; none: string; empty: string };
    /** Names of the fields the log records, by their key in `before`/`after`; other keys are shown as they are. */
    fields: Record<string, string>;
    values: { active: string; locked: string; yes: string; no: string; passwordChanged: string };
    count: (count: string) => string;
    loadMore: string;
    loadingMore: string;
    end: string;
    empty: string;
  };
  plans: PlansMessages;
}

const COMMUNE_KINDS_VI: Record<MapEra, string> = {
  'pre-reform': 'xã/phường/thị trấn',
  'post-reform': 'xã/phường/đặc khu',
};

const LEVEL_PLURAL_VI: Record<UnitLevel, string> = {
  province: 'tỉnh/thành phố',
  district: 'quận/huyện',
  commune: 'xã/phường/thị trấn',
};

const LEVEL_PLURAL_EN: Record<UnitLevel, string> = {
  province: 'provinces',
  district: 'districts',
  commune: 'communes',
};

/** Before the reform a province's children are districts; after it, communes. */
const subLevelOf = (barLevel: UnitLevel, era: MapEra): UnitLevel =>
  barLevel === 'province' && era === 'pre-reform' ? 'district' : 'commune';

const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/** What the audit log's `entity` names, in words. */
const AUDIT_ENTITY_VI: Readonly<Record<string, string>> = {
  user: 'Người dùng',
  unit: 'Đơn vị',
  result_source: 'Nguồn kết quả',
  framework_version: 'Phiên bản bộ chỉ số',
};
const AUDIT_ENTITY_EN: Readonly<Record<string, string>> = {
  user: 'User',
  unit: 'Unit',
  result_source: 'Result source',
  framework_version: 'Index version',
};

const ROLE_EN: Record<Role, string> = {
  admin: 'System administrator',
  province_officer: 'Provincial Home Affairs officer',
  district_officer: 'District Home Affairs officer',
  commune_officer: 'Commune civil servant',
  viewer: 'Leader (read-only)',
};

/** The placement rule of each role (the domain's rolePlacementProblem decides; this only words it in English). */
const PLACEMENT_RULE_EN: Record<Role, string> = {
  admin: 'A system administrator is attached to no unit.',
  province_officer: 'A provincial Home Affairs officer must be attached to a province.',
  district_officer: 'A district Home Affairs officer must be attached to a district.',
  commune_officer: 'A commune civil servant must be attached to a commune.',
  viewer: 'A leader must be attached to a unit.',
};

export const vi: Messages = {
  layout: {
    tagline: 'Theo dõi chỉ số quản trị và hành chính công địa phương',
    mainNavigation: 'Điều hướng chính',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    language: 'Ngôn ngữ',
    languageNames: LANGUAGE_NAMES,
    dataSource: 'Danh mục đơn vị hành chính: Tổng cục Thống kê (mã GSO).',
  },
  nav: { overview: 'Tổng quan', units: 'Đơn vị hành chính', results: 'Kết quả', catalog: 'Bộ chỉ số', users: 'Người dùng', audit: 'Nhật ký thay đổi', plans: 'Kế hoạch', reports: 'Báo cáo', followUp: 'Theo dõi' },
  roles: {
    admin: roleLabelVi('admin'),
    province_officer: roleLabelVi('province_officer'),
    district_officer: roleLabelVi('district_officer'),
    commune_officer: roleLabelVi('commune_officer'),
    viewer: roleLabelVi('viewer'),
  },
  auth: {
    pageTitle: 'Đăng nhập',
    intro: 'Đăng nhập bằng tài khoản được cấp cho đơn vị của bạn.',
    email: 'E-mail',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    wrongCredentials: 'E-mail hoặc mật khẩu không đúng.',
    checkingSession: 'Đang kiểm tra phiên đăng nhập…',
    signOut: 'Đăng xuất',
    signInAgain: 'Đăng nhập lại',
    account: 'Tài khoản đang đăng nhập',
    noPermission: {
      title: 'Bạn không có quyền xem trang này',
      body: 'Trang này chỉ dành cho tài khoản được giao quyền tương ứng. Nếu bạn cần truy cập, hãy liên hệ quản trị hệ thống.',
    },
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ này không có trong GovIndex.',
    backHome: 'Về trang đơn vị hành chính',
  },
  errors: {
    unreachable: 'Không kết nối được máy chủ GovIndex. Vui lòng kiểm tra kết nối mạng hoặc thử lại sau ít phút.',
    unauthorized: 'Bạn cần đăng nhập để xem dữ liệu này, hoặc phiên đăng nhập đã hết hạn.',
    forbidden: 'Tài khoản của bạn không có quyền xem dữ liệu này.',
    notFound: 'Không tìm thấy dữ liệu được yêu cầu. Đơn vị có thể không tồn tại trên bản đồ hành chính đang chọn.',
    throttled: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    conflict: 'Dữ liệu trùng với một bản ghi đã có.',
    tooLarge: 'Tệp lớn hơn 20 MB.',
    badRequest: (detail) => `Yêu cầu không hợp lệ${detail ? `: ${detail}` : '.'}`,
    server: (status) => `Máy chủ GovIndex gặp lỗi${status ? ` (mã ${status})` : ''}. Vui lòng thử lại sau.`,
    invalidResponse: 'Máy chủ trả về dữ liệu không đọc được. Vui lòng tải lại trang.',
    unexpected: 'Đã xảy ra lỗi không mong muốn. Vui lòng tải lại trang.',
    retry: 'Thử lại',
  },
  units: {
    pageTitle: 'Đơn vị hành chính',
    pageIntro: 'Danh mục đơn vị hành chính toàn quốc theo mã Tổng cục Thống kê, trước và sau sắp xếp ngày 01/07/2025.',
    map: {
      label: 'Bản đồ hành chính',
      preReform: 'Trước 01/07/2025 (63 tỉnh)',
      postReform: 'Từ 01/07/2025 (34 tỉnh)',
    },
    counts: {
      label: 'Số lượng đơn vị hành chính',
      level: (level, era) => (level === 'commune' ? COMMUNE_KINDS_VI[era] : LEVEL_PLURAL_VI[level]),
    },
    tree: {
      label: 'Cây đơn vị hành chính',
      heading: 'Cây đơn vị',
      loading: 'Đang tải…',
      empty: 'Không có đơn vị nào.',
      code: (code) => `Mã ${code}`,
      childCount: (count) => `${count} đơn vị trực thuộc`,
    },
    search: {
      label: 'Tìm đơn vị',
      placeholder: 'Nhập tên, có thể gõ không dấu (vd: nhu quynh)',
      clear: 'Xoá',
      searching: 'Đang tìm…',
      results: (count, truncated) => (truncated ? `Hơn ${count} kết quả, hãy nhập cụ thể hơn` : `${count} kết quả`),
      noResults: (query) => `Không tìm thấy đơn vị nào khớp với “${query}”.`,
      hint: 'Chọn một kết quả để mở đơn vị trong cây.',
    },
    detail: {
      heading: 'Thông tin đơn vị',
      empty: 'Chọn một đơn vị trong cây hoặc tìm theo tên để xem thông tin chi tiết.',
      fullName: 'Tên đầy đủ',
      kind: 'Loại đơn vị',
      code: 'Mã đơn vị (GSO)',
      level: 'Cấp hành chính',
      validity: 'Hiệu lực',
      validityText: (from, until) => {
        if (from && until) return `Từ ${from} đến ${until}`;
        if (from) return `Từ ${from}`;
        if (until) return `Đến hết ${until}`;
        return 'Đang có hiệu lực';
      },
      location: 'Trực thuộc',
      country: 'Cả nước',
      childCount: 'Số đơn vị trực thuộc',
      notOnMap: (date) => `Đơn vị này không có hiệu lực vào ngày ${date} nên không có trên bản đồ hành chính đang xem.`,
    },
    levelNames: { province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' },
    kindNames: { ...UNIT_KIND_LABEL_VI },
    chart: {
      title: (barLevel, era, scope) => {
        const subUnits = subLevelOf(barLevel, era) === 'district' ? LEVEL_PLURAL_VI.district : COMMUNE_KINDS_VI[era];
        return `Số ${subUnits} của từng ${LEVEL_PLURAL_VI[barLevel]} — ${scope}`;
      },
      seriesName: 'Số đơn vị trực thuộc',
      highlightNote: 'Cột màu đỏ: đơn vị đang chọn.',
    },
    lineage: {
      heading: 'Lịch sử sắp xếp',
      predecessors: 'Hình thành từ',
      successors: 'Sáp nhập vào',
      mergeType: { full: 'toàn bộ', partial: 'một phần' },
      effectiveOn: (date) => `hiệu lực từ ${date}`,
      basis: (source) => `Căn cứ: ${source}`,
      opensMap: (date) => `Mở trên bản đồ ngày ${date}`,
      none: 'Đơn vị này không thay đổi qua lần sắp xếp nào trong dữ liệu.',
    },
  },
  export: {
    excel: 'Xuất Excel',
    working: 'Đang tạo tệp…',
    failed: 'Không tạo được tệp Excel. Vui lòng thử lại.',
    yes: 'Có',
    usersSheet: 'Người dùng',
    usersFile: 'nguoi-dung',
    auditSheet: 'Nhật ký',
    auditFile: 'nhat-ky-thay-doi',
  },
  results: {
    pageTitle: 'Kết quả và xếp hạng',
    pageIntro:
      'Kết quả các bộ chỉ số đã được công bố, xếp hạng theo năm và theo từng chỉ số, kèm thay đổi thứ hạng so với năm trước.',
    importLink: 'Nhập kết quả',
    pickers: {
      label: 'Chọn bảng xếp hạng',
      framework: 'Bộ chỉ số',
      level: 'Cấp',
      year: 'Năm',
      latestYear: 'Năm mới nhất có kết quả',
      indicator: 'Chỉ số',
      parent: 'Xếp hạng các đơn vị trực thuộc',
      parentAll: (levelName) => `Tất cả đơn vị ${levelName.toLowerCase()} có kết quả.`,
      parentHint: 'Chọn một huyện để so sánh các xã của huyện đó (hoặc một tỉnh để so sánh các huyện).',
      parentSearchHint: 'Chọn một kết quả để xếp hạng các đơn vị trực thuộc đơn vị đó.',
      clearParent: 'Bỏ chọn, xếp hạng tất cả',
    },
    heading: (framework, year, levelName, indicatorName, scope) =>
      `Xếp hạng ${framework} ${year} — ${levelName.toLowerCase()} — ${indicatorName} — ${scope}`,
    versionLine: (label) => `Phiên bản bộ chỉ số: ${label}`,
    simulated: {
      badge: 'Dữ liệu mô phỏng',
      note: 'Các kết quả đánh dấu “mô phỏng” được tạo để trình diễn (mô phỏng quanh điểm thật của tỉnh), không phải kết quả khảo sát đã công bố.',
      row: 'mô phỏng',
    },
    noResults: (framework, year, indicator) => `Chưa có kết quả ${framework} năm ${year} (${indicator}) cho phạm vi này.`,
    noRecentResults: (framework, levelName) => `Chưa có kết quả ${framework} ${levelName.toLowerCase()} trong các năm gần đây cho phạm vi này. Hãy chọn năm khác.`,
    filter: {
      label: 'Lọc đơn vị',
      placeholder: 'Tên hoặc mã đơn vị; gõ không dấu cũng được (vd: hung yen)',
      count: (shown, total, filtered) => (filtered ? `${shown}/${total} đơn vị` : `${total} đơn vị`),
    },
    table: {
      rank: 'Hạng',
      unit: 'Đơn vị',
      value: 'Điểm',
      change: 'Thay đổi hạng',
      group: 'Nhóm',
      grade: 'Xếp loại',
      ownUnit: 'Đơn vị của bạn',
      noMatch: (text) => `Không có đơn vị nào khớp với “${text}”.`,
      publishedRank: (rank) => `công bố: ${rank}`,
      publishedRankTitle: 'Hạng do cơ quan công bố đưa ra, xếp trong toàn bộ các đơn vị (kể cả đơn vị không có trong bảng này).',
    },
    move: {
      up: (places) => `Tăng ${places} bậc`,
      down: (places) => `Giảm ${places} bậc`,
      same: 'Giữ nguyên thứ hạng',
      new: 'Không có hạng năm trước',
      previous: (year, rank) => `năm ${year}: hạng ${rank}`,
    },
    groups: { short: (group) => `Nhóm ${group}` },
    chart: { seriesName: (indicatorName) => `Điểm — ${indicatorName}`, highlightNote: 'Cột màu đỏ: đơn vị của bạn.' },
    scaleChanged: 'Thang điểm đổi từ năm nay: so sánh thứ hạng với năm trước chỉ mang tính tham khảo',
    exportColumns: { code: 'Mã đơn vị', previousRank: 'Hạng năm trước', publishedRank: 'Hạng công bố' },
    exportSheet: 'Xếp hạng',
    exportFilePrefix: 'xep-hang',
    about: {
      sheet: 'Thông tin',
      framework: 'Bộ chỉ số',
      level: 'Cấp',
      year: 'Năm',
      indicator: 'Chỉ số',
      version: 'Phiên bản',
      scope: 'Phạm vi',
      filter: 'Bộ lọc',
      noFilter: 'Không lọc',
      rows: 'Số đơn vị',
      simulated: 'Dữ liệu mô phỏng',
      notSimulated: 'Không',
      exportedAt: 'Xuất lúc',
      exportedBy: 'Người xuất',
    },
    import: {
      pageTitle: 'Nhập kết quả công bố',
      pageIntro:
        'Nhập bảng kết quả đã được công bố (CSV UTF-8 hoặc Excel .xlsx), mỗi dòng một đơn vị và một năm. Tệp được kiểm tra toàn bộ trước khi ghi: có lỗi thì không ghi gì.',
      back: 'Về trang xếp hạng',
      form: {
        framework: 'Bộ chỉ số',
        level: 'Cấp đánh giá',
        template: 'Tệp mẫu',
        year: 'Năm của tệp mẫu',
        templateXlsx: 'Tải tệp mẫu (Excel)',
        templateCsv: 'Tải tệp mẫu (CSV)',
        templateHint: 'Tệp mẫu đã điền sẵn các đơn vị bạn quản lý và một cột cho mỗi chỉ số của phiên bản áp dụng năm đó.',
        issuer: 'Cơ quan công bố',
        issuerHint: 'Ví dụ: UBND huyện Văn Lâm; UNDP, CECODES, RTA.',
        decisionNumber: 'Số quyết định',
        decisionDate: 'Ngày quyết định',
        decisionDateHint: 'Viết ngày/tháng/năm, ví dụ 15/04/2025.',
        sourceKey: 'Mã nguồn (không bắt buộc)',
        sourceKeyHint:
          'Giữ nguyên khi nhập lại tệp đã sửa: lần nhập mới thay cho lần trước, lần trước được giữ làm lịch sử. Để trống thì GovIndex tự đặt từ bộ chỉ số, cấp, cơ quan và số quyết định.',
        file: 'Tệp kết quả',
        fileHint: 'CSV (UTF-8) hoặc XLSX, tối đa 20 MB. Số thập phân viết bằng dấu phẩy hoặc dấu chấm.',
        submit: 'Nhập kết quả',
        submitting: 'Đang gửi…',
        fixFields: 'Chưa gửi được: vui lòng sửa các ô được đánh dấu.',
      },
      problems: {
        frameworkRequired: 'Cần chọn bộ chỉ số.',
        levelRequired: 'Cần chọn cấp.',
        issuerRequired: 'Cần nêu cơ quan công bố.',
        tooLong: (max) => `Tối đa ${max} ký tự.`,
        dateInvalid: 'Ngày chưa đúng: viết dd/mm/yyyy, ví dụ 15/04/2025.',
        fileRequired: 'Cần chọn tệp kết quả.',
        fileType: 'Chỉ nhận tệp .csv hoặc .xlsx.',
        fileTooLarge: 'Tệp lớn hơn 20 MB: hãy tách thành nhiều tệp nhỏ hơn.',
      },
      progress: {
        uploading: (percent) => `Đang tải lên: ${percent}%`,
        uploadingUnknown: 'Đang tải lên…',
        checking: 'Đã tải lên xong; máy chủ đang kiểm tra và ghi dữ liệu…',
        label: 'Tiến độ tải lên',
      },
      report: {
        imported: 'Đã nhập kết quả.',
        unchanged: 'Tệp này đã được nhập trước đây với cùng mã nguồn: không có gì thay đổi.',
        sourceKey: 'Mã nguồn',
        sourceId: 'Lần nhập',
        rows: 'Số dòng có kết quả',
        values: 'Số giá trị',
        computed: 'Giá trị tính từ chỉ số con',
        blankLines: 'Dòng để trống',
        none: 'Không có',
        superseded: 'Thay cho lần nhập trước',
        supersededText: (sourceId) => `Lần nhập #${sourceId} (được giữ làm lịch sử)`,
        viewRanking: 'Xem xếp hạng',
      },
      rejected: {
        summary: (count) => `Tệp có ${count} lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa các lỗi dưới đây rồi nhập lại.`,
        caption: 'Danh sách lỗi của tệp',
        file: 'Tệp',
        row: 'Dòng',
        column: 'Cột',
        message: 'Lỗi',
        download: 'Tải danh sách lỗi (Excel)',
        sheet: 'Lỗi',
        filePrefix: 'loi',
      },
    },
  },
  catalog: {
    pageTitle: 'Bộ chỉ số',
    pageIntro:
      'Các bộ chỉ số GovIndex theo dõi, theo từng phiên bản: năm áp dụng, cấp đánh giá, cây chỉ số (nội dung, chỉ số thành phần) và thang xếp loại.',
    listLabel: 'Danh sách bộ chỉ số',
    publisher: 'Cơ quan công bố',
    now: 'nay',
    national: 'Quốc gia',
    provinceNumber: (id) => `Tỉnh (mã số ${id})`,
    versions: {
      caption: (name) => `Các phiên bản của ${name}`,
      label: 'Phiên bản',
      years: 'Năm áp dụng',
      level: 'Cấp',
      owner: 'Phạm vi',
      actions: 'Thao tác',
      open: 'Xem',
      openLabel: (label) => `Xem phiên bản ${label}`,
    },
    valueUnits: { points: 'Điểm', percent: 'Phần trăm (%)', index_0_1: 'Chỉ số từ 0 đến 1' },
    detail: {
      label: 'Chi tiết phiên bản',
      empty: 'Chọn “Xem” ở một phiên bản để xem cây chỉ số và thang xếp loại.',
      years: 'Năm áp dụng',
      level: 'Cấp đánh giá',
      owner: 'Phạm vi',
      unit: 'Đơn vị đo',
      groups: 'Phân nhóm',
      quartileGroups: 'Chia 4 nhóm theo tứ phân vị của tổng điểm mỗi năm',
      source: 'Căn cứ',
      treeHeading: 'Cây chỉ số',
      treeCaption: (label) => `Cây chỉ số của ${label}`,
      code: 'Mã',
      name: 'Tên',
      range: 'Tối thiểu–tối đa',
      aggregation: 'Cách tính',
      weight: (value) => `trọng số ${value}`,
      lowerIsBetter: 'càng thấp càng tốt',
      gradesHeading: 'Thang xếp loại',
      gradesCaption: (label) => `Thang xếp loại của ${label}`,
      grade: 'Xếp loại',
      minValue: 'Từ (tổng điểm)',
      noGrades: 'Phiên bản này không xếp loại.',
    },
    aggregations: { sum: 'cộng', mean: 'trung bình', weighted_mean: 'trung bình có trọng số', none: 'nhập trực tiếp', published: 'công bố sẵn' },
    createProvinceVersion: 'Tạo phiên bản cấp xã của tỉnh',
    editProvinceVersion: 'Sửa phiên bản cấp xã của tỉnh',
    saved: {
      created: (label) => `Đã tạo phiên bản “${label}”.`,
      updated: (label) => `Đã lưu phiên bản “${label}”.`,
    },
    editor: {
      titleCreate: 'Tạo phiên bản cấp xã của tỉnh',
      titleEdit: 'Sửa phiên bản cấp xã của tỉnh',
      intro: (from, province) =>
        `Bắt đầu từ “${from}”. Phiên bản này chỉ áp dụng cho các xã của ${province || 'tỉnh'}; mọi thay đổi được ghi vào nhật ký.`,
      introShort: 'Bộ tiêu chí cấp xã riêng của tỉnh; mọi thay đổi được ghi vào nhật ký.',
      noBase: 'Cần chọn một phiên bản cấp xã để bắt đầu (từ trang Bộ chỉ số).',
      communeOnly: 'Tỉnh chỉ tự định nghĩa phiên bản cấp xã.',
      versionHeading: 'Thông tin phiên bản',
      label: 'Tên phiên bản',
      firstYear: 'Năm đầu áp dụng',
      firstYearHint: 'Ví dụ 2026. Kết quả của các năm từ năm này được đánh giá theo phiên bản của tỉnh.',
      firstYearOwnHint: 'Phiên bản được nhận biết theo năm đầu: lưu với năm đầu khác sẽ tạo một phiên bản mới, phiên bản này giữ nguyên.',
      lastYear: 'Năm cuối áp dụng',
      lastYearHint: 'Để trống nếu đang áp dụng.',
      source: 'Căn cứ (văn bản ban hành)',
      levelNote: 'Cấp đánh giá: cấp xã.',
      treeHeading: 'Cây chỉ số',
      treeHint:
        'Sửa tên, điểm tối thiểu–tối đa; thêm hoặc xoá chỉ số con. Khoảng điểm của chỉ số cha được tính từ các chỉ số con theo cách tính đã chọn.',
      columns: {
        code: 'Mã',
        nameVi: 'Tên tiếng Việt',
        nameEn: 'Tên tiếng Anh',
        min: 'Tối thiểu',
        max: 'Tối đa',
        range: 'Tối thiểu–tối đa',
        aggregation: 'Cách tính',
        weight: 'Trọng số',
        actions: 'Thao tác',
      },
      computed: 'tính từ chỉ số con',
      addChild: 'Thêm chỉ số con',
      addChildLabel: (code) => `Thêm chỉ số con của ${code}`,
      remove: 'Xoá',
      removeLabel: (code) => `Xoá ${code}`,
      gradesHeading: 'Thang xếp loại',
      gradesHint: 'Xếp từ mức cao xuống thấp: tổng điểm từ ngưỡng trở lên đạt mức đó.',
      gradeColumns: { gradeVi: 'Xếp loại', gradeEn: 'Tên tiếng Anh', minValue: 'Ngưỡng (tổng điểm từ)' },
      gradeNumber: (position) => `Mức ${position}`,
      removeGradeLabel: (name) => `Xoá mức ${name}`,
      addGrade: 'Thêm mức xếp loại',
      save: 'Lưu phiên bản',
      saving: 'Đang lưu…',
      cancel: 'Huỷ',
      rejected: 'Phiên bản chưa hợp lệ nên chưa được lưu. Vui lòng sửa các mục sau:',
      places: {
        nodeFields: {
          code: 'mã',
          nameVi: 'tên tiếng Việt',
          nameEn: 'tên tiếng Anh',
          min: 'tối thiểu',
          max: 'tối đa',
          aggregation: 'cách tính',
          weight: 'trọng số',
          other: 'định nghĩa',
        },
        gradeFields: { gradeVi: 'tên xếp loại', gradeEn: 'tên tiếng Anh', minValue: 'ngưỡng', other: 'định nghĩa' },
        versionFields: {
          label: 'Tên phiên bản',
          firstYear: 'Năm đầu áp dụng',
          lastYear: 'Năm cuối áp dụng',
          source: 'Căn cứ',
          level: 'Cấp đánh giá',
          unit: 'Đơn vị đo',
          grades: 'Thang xếp loại',
          quartileGroups: 'Phân nhóm',
          other: 'Phiên bản',
        },
        grade: (name, position) => `Xếp loại ${name || `mức ${position}`}`,
      },
    },
  },
  users: {
    pageTitle: 'Người dùng',
    pageIntro: 'Tài khoản của cán bộ các cấp: vai trò quyết định việc được làm, đơn vị quyết định phạm vi dữ liệu được xem.',
    add: 'Thêm người dùng',
    filter: {
      label: 'Lọc người dùng',
      placeholder: 'Tên, e-mail, vai trò hoặc đơn vị; gõ không dấu cũng được',
      count: (shown, total, filtered) => (filtered ? `${shown}/${total} người dùng` : `${total} người dùng`),
    },
    table: {
      caption: 'Danh sách người dùng',
      email: 'E-mail',
      displayName: 'Họ tên',
      role: 'Vai trò',
      unit: 'Đơn vị',
      status: 'Trạng thái',
      lastLogin: 'Lần đăng nhập cuối',
      actions: 'Thao tác',
      edit: 'Sửa',
      editLabel: (name) => `Sửa ${name}`,
      neverSignedIn: 'Chưa đăng nhập',
      wholeCountry: 'Cả nước',
      active: 'Đang hoạt động',
      locked: 'Đã khoá',
      empty: 'Chưa có người dùng nào.',
      noMatch: (text) => `Không có người dùng nào khớp với “${text}”.`,
    },
    saved: {
      created: (email) => `Đã tạo người dùng ${email}.`,
      updated: (email) => `Đã lưu thay đổi của ${email}.`,
    },
    form: {
      createTitle: 'Thêm người dùng',
      createIntro: 'Tạo tài khoản cho một cán bộ: vai trò phải khớp với cấp của đơn vị công tác.',
      editTitle: (name) => `Sửa người dùng: ${name}`,
      editIntro: 'Chỉ những ô bạn thay đổi được lưu; mọi thay đổi được ghi vào nhật ký.',
      email: 'E-mail',
      emailFixed: 'E-mail là tên đăng nhập, không đổi được.',
      displayName: 'Họ tên',
      role: 'Vai trò',
      rolePlaceholder: 'Chọn vai trò…',
      unit: 'Đơn vị công tác',
      unitNone: 'Quản trị hệ thống không gắn với đơn vị nào: làm việc trên toàn quốc.',
      unitEmpty: 'Chưa chọn đơn vị.',
      unitHint: 'Người dùng xem được dữ liệu của đơn vị này và các đơn vị trực thuộc.',
      unitSearchHint: 'Chọn một kết quả để gắn người dùng với đơn vị đó.',
      password: 'Mật khẩu',
      newPassword: 'Mật khẩu mới',
      passwordHint: (min) => `Ít nhất ${min} ký tự.`,
      newPasswordHint: (min) => `Để trống nếu không đổi; mật khẩu mới cần ít nhất ${min} ký tự.`,
      active: 'Tài khoản đang hoạt động',
      activeHint: 'Bỏ chọn để khoá tài khoản: người dùng không đăng nhập được nữa.',
      sessionsNote:
        'Đổi mật khẩu, vai trò hoặc đơn vị, hoặc khoá tài khoản sẽ kết thúc ngay mọi phiên đăng nhập của người dùng này.',
      selfNote: 'Đây là tài khoản của bạn: bạn không thể tự bỏ quyền quản trị hoặc tự khoá tài khoản.',
      submitCreate: 'Tạo người dùng',
      submitEdit: 'Lưu thay đổi',
      saving: 'Đang lưu…',
      cancel: 'Huỷ',
      fixFields: 'Chưa lưu được: vui lòng sửa các ô được đánh dấu.',
      nothingChanged: 'Chưa có thay đổi nào để lưu.',
      problems: {
        emailRequired: 'Cần nhập e-mail.',
        emailInvalid: 'E-mail chưa đúng dạng (vd: ten@donvi.gov.vn).',
        nameRequired: 'Cần nhập họ tên.',
        roleRequired: 'Cần chọn vai trò.',
        passwordTooShort: (min) => `Mật khẩu cần ít nhất ${min} ký tự.`,
        placement: rolePlacementProblem,
      },
    },
  },
  audit: {
    pageTitle: 'Nhật ký thay đổi',
    pageIntro: 'Mọi thay đổi dữ liệu: ai làm, lúc nào, trên đối tượng nào, trước và sau. Mới nhất ở trên.',
    table: {
      caption: 'Nhật ký thay đổi, mới nhất trước',
      at: 'Thời điểm',
      actor: 'Người thực hiện',
      entity: 'Đối tượng',
      action: 'Hành động',
      unit: 'Đơn vị',
      changes: 'Chi tiết',
    },
    system: 'Hệ thống',
    entity: (entity, id) => `${AUDIT_ENTITY_VI[entity] ?? entity} #${id}`,
    actions: { create: 'Tạo', update: 'Sửa', delete: 'Xoá' },
    showChanges: 'Xem thay đổi',
    hideChanges: 'Ẩn thay đổi',
    diff: {
      caption: (entity) => `Các trường thay đổi của ${entity}`,
      field: 'Trường',
      before: 'Trước',
      after: 'Sau',
      none: '—',
      empty: 'Không có trường nào thay đổi.',
    },
    fields: {
      email: 'E-mail',
      displayName: 'Họ tên',
      role: 'Vai trò',
      unitId: 'Đơn vị (mã số)',
      active: 'Trạng thái',
      passwordChanged: 'Mật khẩu',
      sourceKey: 'Mã nguồn',
      sourceId: 'Nguồn trước đó',
      file: 'Tệp',
      sha256: 'SHA-256 của tệp',
      rows: 'Số dòng',
      values: 'Số giá trị',
    },
    values: { active: 'Đang hoạt động', locked: 'Đã khoá', yes: 'Có', no: 'Không', passwordChanged: 'Đã đổi' },
    count: (count) => `${count} mục đã hiển thị`,
    loadMore: 'Xem thêm',
    loadingMore: 'Đang tải thêm…',
    end: 'Đã hiển thị toàn bộ nhật ký.',
    empty: 'Nhật ký chưa có mục nào.',
  },
  plans: {
    pageTitle: 'Kế hoạch',
    pageIntro:
      'Kế hoạch nâng cao các chỉ số của các đơn vị trong phạm vi của bạn: văn bản căn cứ, mục tiêu, biểu tổng hợp nhiệm vụ và kiểm tra tuân thủ.',
    createLink: 'Tạo kế hoạch',
    importLink: 'Nhập từ văn bản',
    status: { draft: 'Nháp', issued: 'Đã ban hành' },
    targetKinds: {
      rank_up: 'Tăng bậc',
      top_of_parent: 'Tốp đầu của cấp trên',
      grade_at_least: 'Xếp loại tối thiểu',
      score_at_least: 'Điểm tối thiểu',
      other: 'Mục tiêu khác',
    },
    deadlineKinds: { half_year: 'Báo cáo 6 tháng', annual: 'Báo cáo năm', other: 'Báo cáo khác' },
    noNumber: 'Chưa có số',
    deleted: (unit, year) => `Đã xoá kế hoạch năm ${year} của ${unit}.`,
    filter: {
      label: 'Lọc kế hoạch',
      year: 'Năm kế hoạch',
      allYears: 'Tất cả các năm',
      unit: 'Đơn vị',
      unitEmpty: 'Tất cả đơn vị trong phạm vi của bạn.',
      unitHint: 'Chọn một đơn vị để xem kế hoạch của đơn vị đó và các đơn vị trực thuộc.',
      unitSearchHint: 'Chọn một kết quả để lọc theo đơn vị đó.',
      clearUnit: 'Bỏ chọn, xem tất cả',
      count: (count) => `${count} kế hoạch`,
    },
    table: {
      caption: 'Danh sách kế hoạch',
      unit: 'Đơn vị',
      year: 'Năm',
      number: 'Số kế hoạch',
      issuedOn: 'Ngày ban hành',
      frameworks: 'Bộ chỉ số',
      status: 'Trạng thái',
      taskCount: 'Số nhiệm vụ',
      actions: 'Thao tác',
      open: 'Xem',
      openLabel: (unit, year) => `Xem kế hoạch năm ${year} của ${unit}`,
      empty: 'Chưa có kế hoạch nào.',
      emptyFiltered: 'Không có kế hoạch nào khớp với bộ lọc.',
    },
    form: {
      general: 'Thông tin chung',
      unit: 'Đơn vị ban hành',
      unitEmpty: 'Chưa chọn đơn vị.',
      unitHint: 'Đơn vị trong phạm vi của bạn ban hành kế hoạch này.',
      unitSearchHint: 'Chọn một kết quả để đặt làm đơn vị ban hành.',
      year: 'Năm kế hoạch',
      number: 'Số kế hoạch',
      numberHint: 'Ví dụ: 08/KH-UBND.',
      issuedOn: 'Ngày ban hành',
      dateHint: 'Viết ngày/tháng/năm, ví dụ 15/01/2024.',
      signer: 'Người ký',
      status: 'Trạng thái',
      frameworks: 'Bộ chỉ số',
      references: 'Văn bản căn cứ',
      referencesEmpty: 'Chưa có văn bản căn cứ.',
      referenceNumber: 'Số văn bản',
      referenceDate: 'Ngày',
      referenceIssuer: 'Cơ quan ban hành',
      addReference: 'Thêm văn bản căn cứ',
      targets: 'Mục tiêu',
      targetsEmpty: 'Chưa có mục tiêu.',
      targetKind: 'Loại mục tiêu',
      targetText: 'Nội dung',
      targetFramework: 'Bộ chỉ số',
      noFramework: 'Chung',
      addTarget: 'Thêm mục tiêu',
      deadlines: 'Hạn báo cáo',
      deadlinesEmpty: 'Chưa có hạn báo cáo.',
      deadlineKind: 'Loại báo cáo',
      deadlineDue: 'Hạn gửi',
      deadlineFrom: 'Số liệu từ ngày',
      deadlineTo: 'Số liệu đến ngày',
      addDeadline: 'Thêm hạn báo cáo',
      rowField: (list, row, field) => `${list} ${row} — ${field}`,
      remove: 'Xoá',
      removeLabel: (list, row) => `Xoá ${list.toLowerCase()} ${row}`,
      sections: (count) => `Kế hoạch có ${count} phần nội dung đọc từ văn bản; các phần này được lưu kèm kế hoạch.`,
      save: 'Lưu kế hoạch',
      saving: 'Đang lưu…',
      cancel: 'Huỷ',
      fixFields: 'Chưa lưu được: vui lòng sửa các ô được đánh dấu.',
      stale:
        'Kế hoạch này đã được sửa ở nơi khác sau khi bạn mở trang, nên thay đổi của bạn chưa được lưu. Hãy tải lại kế hoạch để xem bản mới nhất rồi sửa lại.',
      reload: 'Tải lại kế hoạch',
      problems: {
        unitRequired: 'Cần chọn đơn vị ban hành kế hoạch.',
        yearInvalid: 'Năm kế hoạch viết bằng 4 chữ số, từ 2000 đến 2100.',
        frameworksRequired: 'Cần chọn ít nhất một bộ chỉ số.',
        dateInvalid: 'Ngày chưa đúng: viết dd/mm/yyyy, ví dụ 15/01/2024.',
        issuedNeedsNumber: 'Kế hoạch đã ban hành cần có số.',
        issuedNeedsDate: 'Kế hoạch đã ban hành cần có ngày ban hành.',
        referenceNumberRequired: 'Cần nhập số văn bản.',
        targetTextRequired: 'Cần nhập nội dung mục tiêu.',
        deadlineDueRequired: 'Cần nhập hạn gửi báo cáo.',
        taskRequired: 'Cần nhập nội dung nhiệm vụ.',
      },
    },
    tasks: {
      heading: 'Biểu tổng hợp nhiệm vụ',
      hint: 'Mỗi dòng một nhiệm vụ. Nội dung (lĩnh vực) và nội dung thành phần được đối chiếu với bộ chỉ số khi lưu.',
      count: (count) => `${count} nhiệm vụ`,
      empty: 'Chưa có nhiệm vụ nào.',
      caption: 'Các nhiệm vụ của kế hoạch',
      position: 'STT',
      framework: 'Bộ chỉ số',
      dimension: 'Nội dung (lĩnh vực)',
      subDimension: 'Nội dung thành phần',
      task: 'Nhiệm vụ',
      product: 'Sản phẩm',
      lead: 'Chủ trì',
      implementers: 'Phối hợp',
      timeline: 'Thời gian thực hiện',
      indicator: 'Chỉ số',
      actions: 'Thao tác',
      rowName: (row) => `Nhiệm vụ ${row}`,
      moveUp: 'Lên',
      moveDown: 'Xuống',
      add: 'Thêm nhiệm vụ',
    },
    sheet: {
      heading: 'Nhập bảng nhiệm vụ từ Excel',
      hint: 'Tải tệp mẫu, điền mỗi dòng một nhiệm vụ rồi chọn tệp để đọc. Bạn xem trước kết quả rồi chọn thay thế hay thêm vào bảng nhiệm vụ.',
      template: 'Tải tệp mẫu (Excel)',
      file: 'Tệp bảng nhiệm vụ',
      fileHint: 'Excel .xlsx hoặc CSV (UTF-8).',
      read: 'Đọc tệp',
      reading: 'Đang đọc…',
      fileRequired: 'Cần chọn tệp bảng nhiệm vụ.',
      fileType: 'Chỉ nhận tệp .xlsx hoặc .csv.',
      found: (count) => `Tệp có ${count} nhiệm vụ đọc được.`,
      issues: (count) => `Tệp có ${count} lỗi; chưa nhiệm vụ nào được đưa vào. Sửa tệp theo danh sách dưới đây rồi đọc lại.`,
      caption: 'Lỗi của tệp bảng nhiệm vụ',
      row: 'Dòng',
      column: 'Cột',
      message: 'Lỗi',
      replace: 'Thay thế bảng nhiệm vụ',
      append: 'Thêm vào cuối bảng',
      dismiss: 'Bỏ qua',
      replaced: (count) => `Đã thay bảng nhiệm vụ bằng ${count} nhiệm vụ từ tệp (chưa lưu).`,
      appended: (count) => `Đã thêm ${count} nhiệm vụ từ tệp vào cuối bảng (chưa lưu).`,
    },
    import: {
      pageTitle: 'Nhập kế hoạch từ văn bản',
      pageIntro:
        'Chọn văn bản kế hoạch (Word .docx, PDF, .txt hoặc .md). GovIndex đọc văn bản thành bản nháp để bạn rà soát, sửa và lưu; chưa có gì được lưu trước khi bạn xác nhận.',
      file: 'Văn bản kế hoạch',
      fileHint: '.docx, .pdf, .txt hoặc .md, tối đa 20 MB. PDF cần có lớp chữ (không phải ảnh chụp).',
      submit: 'Đọc văn bản',
      submitting: 'Đang đọc…',
      fileRequired: 'Cần chọn văn bản kế hoạch.',
      fileType: 'Chỉ nhận tệp .docx, .pdf, .txt hoặc .md.',
      fileTooLarge: 'Tệp lớn hơn 20 MB.',
      progress: {
        uploading: (percent) => `Đang tải lên: ${percent}%`,
        uploadingUnknown: 'Đang tải lên…',
        reading: 'Đã tải lên xong; máy chủ đang đọc văn bản…',
        label: 'Tiến độ tải lên',
      },
      reviewTitle: 'Rà soát kế hoạch',
      reviewIntro: (fileName) =>
        `Thông tin dưới đây được đọc từ tệp “${fileName}”. Kiểm tra, sửa nếu cần rồi bấm “Lưu kế hoạch”: kế hoạch chỉ được lưu khi bạn xác nhận.`,
      warnings: 'Những điểm cần kiểm tra',
      unitMatched: (written, unit) => `Văn bản ghi “${written}”, đã khớp với ${unit}.`,
      unitUnmatched: (written) =>
        written
          ? `Văn bản ghi “${written}”, nhưng không khớp với đơn vị nào trong phạm vi của bạn: hãy chọn đơn vị ban hành.`
          : 'Không đọc được đơn vị ban hành từ văn bản: hãy chọn đơn vị.',
      chooseOther: 'Chọn văn bản khác',
      back: 'Về danh sách kế hoạch',
    },
    create: {
      pageTitle: 'Tạo kế hoạch',
      pageIntro: 'Nhập thông tin kế hoạch và các nhiệm vụ; có thể nhập bảng nhiệm vụ từ tệp Excel mẫu.',
    },
    edit: {
      pageTitle: (unit, year) => `Sửa kế hoạch năm ${year} — ${unit}`,
      pageIntro: 'Sửa thông tin và các nhiệm vụ của kế hoạch. Nếu người khác lưu kế hoạch trong lúc bạn sửa, GovIndex sẽ báo để bạn tải lại.',
    },
    detail: {
      title: (unit, year) => `Kế hoạch năm ${year} — ${unit}`,
      numbered: (number, date) => (date ? `Số ${number}, ngày ${date}` : `Số ${number}`),
      unnumbered: 'Chưa có số và ngày ban hành',
      back: 'Về danh sách kế hoạch',
      edit: 'Sửa kế hoạch',
      print: 'In',
      printHint: 'In kế hoạch (hoặc lưu thành PDF), không kèm thanh điều hướng',
      delete: 'Xoá kế hoạch',
      deleteConfirm: 'Xoá kế hoạch này cùng các nhiệm vụ của nó? Không thể hoàn tác.',
      deleteYes: 'Xoá',
      deleteNo: 'Không xoá',
      deleting: 'Đang xoá…',
      saved: { created: 'Đã lưu kế hoạch.', updated: 'Đã lưu các thay đổi của kế hoạch.' },
      facts: 'Thông tin kế hoạch',
      unit: 'Đơn vị',
      year: 'Năm',
      number: 'Số kế hoạch',
      issuedOn: 'Ngày ban hành',
      signer: 'Người ký',
      frameworks: 'Bộ chỉ số',
      status: 'Trạng thái',
      taskCount: 'Số nhiệm vụ',
      parentPlan: 'Kế hoạch cấp trên',
      parentPlanLink: 'Xem kế hoạch cấp trên',
      updatedAt: 'Cập nhật lúc',
      none: 'Không có',
      references: 'Văn bản căn cứ',
      referenceLine: (number, date, issuer) => [`Số ${number}`, date ? `ngày ${date}` : null, issuer].filter(Boolean).join(', '),
      targets: 'Mục tiêu',
      sections: 'Nội dung kế hoạch',
      tasks: 'Biểu tổng hợp nhiệm vụ',
      noDimension: 'Nhiệm vụ chung',
      groupTaskCount: (count) => `${count} nhiệm vụ`,
      deadlines: 'Hạn báo cáo',
      dataPeriod: 'Kỳ số liệu',
      dataPeriodText: (from, to) => {
        if (from && to) return `Từ ${from} đến ${to}`;
        if (from) return `Từ ${from}`;
        if (to) return `Đến ${to}`;
        return '—';
      },
      printedOn: (date) => `In từ GovIndex ngày ${date}.`,
      notFound: 'Không tìm thấy kế hoạch này, hoặc kế hoạch không thuộc phạm vi của bạn.',
    },
    compliance: {
      heading: 'Kiểm tra tuân thủ',
      intro: 'Đối chiếu kế hoạch với các yêu cầu của kế hoạch cấp trên và của bộ chỉ số.',
      passed: 'Đạt',
      failed: 'Chưa đạt',
      codes: {
        issued_within_15_working_days: 'Ban hành trong 15 ngày làm việc',
        dimensions_covered: 'Có nhiệm vụ cho mọi nội dung của bộ chỉ số',
        tasks_complete: 'Mỗi nhiệm vụ ghi đủ sản phẩm, đơn vị chủ trì và thời gian',
        parent_tasks_present: 'Có đủ các nhiệm vụ kế hoạch cấp trên giao',
      },
      empty: 'Chưa có kết quả kiểm tra.',
    },
  },
};

export const en: Messages = {
  layout: {
    tagline: 'Tracking local governance and public administration indices',
    mainNavigation: 'Main navigation',
    skipToContent: 'Skip to main content',
    language: 'Language',
    languageNames: LANGUAGE_NAMES,
    dataSource: 'Administrative unit list: General Statistics Office of Viet Nam (GSO codes).',
  },
  nav: { overview: 'Overview', units: 'Administrative units', results: 'Results', catalog: 'Indices', users: 'Users', audit: 'Audit log', plans: 'Plans', reports: 'Reports', followUp: 'Follow-up' },
  roles: ROLE_EN,
  auth: {
    pageTitle: 'Sign in',
    intro: 'Sign in with the account issued to your unit.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    wrongCredentials: 'Wrong e-mail or password.',
    checkingSession: 'Checking your session…',
    signOut: 'Sign out',
    signInAgain: 'Sign in again',
    account: 'Signed-in account',
    noPermission: {
      title: 'You are not allowed to see this page',
      body: 'This page is reserved for accounts given the matching permission. Ask the system administrator if you need access.',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist in GovIndex.',
    backHome: 'Back to administrative units',
  },
  errors: {
    unreachable: 'Cannot reach the GovIndex server. Check the network connection or try again in a few minutes.',
    unauthorized: 'You need to sign in to see this data, or your session has expired.',
    forbidden: 'Your account is not allowed to see this data.',
    notFound: 'The requested data was not found. The unit may not exist on the selected administrative map.',
    throttled: 'Too many failed sign-in attempts. Please try again in a few minutes.',
    conflict: 'The data clashes with an existing record.',
    tooLarge: 'The file is larger than 20 MB.',
    badRequest: (detail) => `Invalid request${detail ? `: ${detail}` : '.'}`,
    server: (status) => `The GovIndex server failed${status ? ` (code ${status})` : ''}. Please try again later.`,
    invalidResponse: 'The server answered with unreadable data. Please reload the page.',
    unexpected: 'Something unexpected went wrong. Please reload the page.',
    retry: 'Retry',
  },
  units: {
    pageTitle: 'Administrative units',
    pageIntro: 'Nationwide list of administrative units with GSO codes, before and after the reorganisation of 01/07/2025.',
    map: {
      label: 'Administrative map',
      preReform: 'Before 01/07/2025 (63 provinces)',
      postReform: 'From 01/07/2025 (34 provinces)',
    },
    counts: {
      label: 'Number of administrative units',
      level: (level) => LEVEL_PLURAL_EN[level],
    },
    tree: {
      label: 'Administrative unit tree',
      heading: 'Unit tree',
      loading: 'Loading…',
      empty: 'No units.',
      code: (code) => `Code ${code}`,
      childCount: (count) => `${count} sub-units`,
    },
    search: {
      label: 'Find a unit',
      placeholder: 'Type a name, diacritics optional (e.g. nhu quynh)',
      clear: 'Clear',
      searching: 'Searching…',
      results: (count, truncated) => (truncated ? `More than ${count} results, please be more specific` : `${count} results`),
      noResults: (query) => `No unit matches “${query}”.`,
      hint: 'Choose a result to open the unit in the tree.',
    },
    detail: {
      heading: 'Unit details',
      empty: 'Choose a unit in the tree or search by name to see its details.',
      fullName: 'Full name',
      kind: 'Kind of unit',
      code: 'Unit code (GSO)',
      level: 'Administrative level',
      validity: 'In force',
      validityText: (from, until) => {
        if (from && until) return `From ${from} to ${until}`;
        if (from) return `From ${from}`;
        if (until) return `Until ${until}`;
        return 'Currently in force';
      },
      location: 'Part of',
      country: 'Whole country',
      childCount: 'Number of sub-units',
      notOnMap: (date) => `This unit was not in force on ${date}, so it is not on the administrative map shown.`,
    },
    levelNames: { province: 'Province level', district: 'District level', commune: 'Commune level' },
    kindNames: {
      tinh: 'Province',
      thanh_pho_truc_thuoc_trung_uong: 'Centrally-run city',
      quan: 'Urban district',
      huyen: 'Rural district',
      thi_xa: 'District-level town',
      thanh_pho_thuoc_tinh: 'Provincial city',
      thanh_pho_thuoc_thanh_pho: 'City within a centrally-run city',
      xa: 'Commune',
      phuong: 'Ward',
      thi_tran: 'Township',
      dac_khu: 'Special zone',
    },
    chart: {
      title: (barLevel, era, scope) =>
        `${LEVEL_PLURAL_EN[subLevelOf(barLevel, era)].replace(/^./, (first) => first.toUpperCase())} per ${
          barLevel === 'province' ? 'province' : 'district'
        } — ${scope}`,
      seriesName: 'Sub-units',
      highlightNote: 'Red bar: the selected unit.',
    },
    lineage: {
      heading: 'Reorganisation history',
      predecessors: 'Formed from',
      successors: 'Merged into',
      mergeType: { full: 'whole unit', partial: 'part of the unit' },
      effectiveOn: (date) => `effective ${date}`,
      basis: (source) => `Basis: ${source}`,
      opensMap: (date) => `Opens the map of ${date}`,
      none: 'This unit did not change in any reorganisation in the data.',
    },
  },
  export: {
    excel: 'Export to Excel',
    working: 'Preparing the file…',
    failed: 'The Excel file could not be made. Please try again.',
    yes: 'Yes',
    usersSheet: 'Users',
    usersFile: 'users',
    auditSheet: 'Audit log',
    auditFile: 'audit-log',
  },
  results: {
    pageTitle: 'Results and rankings',
    pageIntro: 'Published results of the indices, ranked by year and by indicator, with the change of rank since the year before.',
    importLink: 'Import results',
    pickers: {
      label: 'Choose a ranking',
      framework: 'Index',
      level: 'Level',
      year: 'Year',
      latestYear: 'Latest year with results',
      indicator: 'Indicator',
      parent: 'Rank the units under',
      parentAll: (levelName) => `All ${levelName.toLowerCase()} units with results.`,
      parentHint: 'Choose a district to compare its communes (or a province to compare its districts).',
      parentSearchHint: 'Choose a result to rank the units under it.',
      clearParent: 'Clear, rank all',
    },
    heading: (framework, year, levelName, indicatorName, scope) => `${framework} ${year} ranking — ${levelName.toLowerCase()} — ${indicatorName} — ${scope}`,
    versionLine: (label) => `Index version: ${label}`,
    simulated: {
      badge: 'Simulated data',
      note: 'Results marked “simulated” were generated for demonstration (around the province’s real scores); they are not published survey results.',
      row: 'simulated',
    },
    noResults: (framework, year, indicator) => `No ${framework} results for ${year} (${indicator}) in this scope yet.`,
    noRecentResults: (framework, levelName) => `No recent ${framework} results at the ${levelName.toLowerCase()} in this scope. Choose another year.`,
    filter: {
      label: 'Filter units',
      placeholder: 'Unit name or code; diacritics optional (e.g. hung yen)',
      count: (shown, total, filtered) => (filtered ? `${shown} of ${total} units` : `${total} units`),
    },
    table: {
      rank: 'Rank',
      unit: 'Unit',
      value: 'Score',
      change: 'Rank change',
      group: 'Group',
      grade: 'Grade',
      ownUnit: 'Your unit',
      noMatch: (text) => `No unit matches “${text}”.`,
      publishedRank: (rank) => `published: ${rank}`,
      publishedRankTitle: 'The rank the publisher gave, among all units (including units missing from this table).',
    },
    move: {
      up: (places) => `Up ${places} places`,
      down: (places) => `Down ${places} places`,
      same: 'Same rank',
      new: 'Not ranked the year before',
      previous: (year, rank) => `${year}: rank ${rank}`,
    },
    groups: { short: (group) => `Group ${group}` },
    chart: { seriesName: (indicatorName) => `Score — ${indicatorName}`, highlightNote: 'Red bar: your unit.' },
    scaleChanged: 'The scale changed this year: comparing ranks with the year before is indicative only',
    exportColumns: { code: 'Unit code', previousRank: 'Rank the year before', publishedRank: 'Published rank' },
    exportSheet: 'Ranking',
    exportFilePrefix: 'ranking',
    about: {
      sheet: 'About',
      framework: 'Index',
      level: 'Level',
      year: 'Year',
      indicator: 'Indicator',
      version: 'Version',
      scope: 'Scope',
      filter: 'Filter',
      noFilter: 'None',
      rows: 'Units',
      simulated: 'Simulated data',
      notSimulated: 'No',
      exportedAt: 'Exported at',
      exportedBy: 'Exported by',
    },
    import: {
      pageTitle: 'Import published results',
      pageIntro:
        'Import a table of published results (UTF-8 CSV or Excel .xlsx), one row per unit and year. The whole file is checked before anything is written: with any problem, nothing is.',
      back: 'Back to rankings',
      form: {
        framework: 'Index',
        level: 'Level assessed',
        template: 'Template',
        year: 'Year of the template',
        templateXlsx: 'Download the template (Excel)',
        templateCsv: 'Download the template (CSV)',
        templateHint: 'The template lists the units you manage and has a column for every indicator of the version in force that year.',
        issuer: 'Published by',
        issuerHint: 'E.g. UBND huyện Văn Lâm; UNDP, CECODES, RTA.',
        decisionNumber: 'Decision number',
        decisionDate: 'Decision date',
        decisionDateHint: 'Write day/month/year, e.g. 15/04/2025.',
        sourceKey: 'Source key (optional)',
        sourceKeyHint:
          'Keep it unchanged when importing a corrected file again: the new import replaces the previous one, which is kept as history. Left empty, GovIndex builds it from the index, level, publisher and decision.',
        file: 'Results file',
        fileHint: 'CSV (UTF-8) or XLSX, 20 MB at most. Decimals with a comma or a point.',
        submit: 'Import results',
        submitting: 'Sending…',
        fixFields: 'Not sent: please correct the marked fields.',
      },
      problems: {
        frameworkRequired: 'Choose an index.',
        levelRequired: 'Choose a level.',
        issuerRequired: 'Say who published the results.',
        tooLong: (max) => `At most ${max} characters.`,
        dateInvalid: 'Not a date: write dd/mm/yyyy, e.g. 15/04/2025.',
        fileRequired: 'Choose a results file.',
        fileType: 'Only .csv or .xlsx files are accepted.',
        fileTooLarge: 'The file is larger than 20 MB: split it into smaller files.',
      },
      progress: {
        uploading: (percent) => `Uploading: ${percent}%`,
        uploadingUnknown: 'Uploading…',
        checking: 'Uploaded; the server is checking and writing the data…',
        label: 'Upload progress',
      },
      report: {
        imported: 'Results imported.',
        unchanged: 'This file was already imported under the same source key: nothing changed.',
        sourceKey: 'Source key',
        sourceId: 'Import',
        rows: 'Rows with results',
        values: 'Values',
        computed: 'Values computed from sub-indicators',
        blankLines: 'Blank rows',
        none: 'None',
        superseded: 'Replaces',
        supersededText: (sourceId) => `Import #${sourceId} (kept as history)`,
        viewRanking: 'See the ranking',
      },
      rejected: {
        summary: (count) => `The file has ${count} problem(s); nothing was written. Correct them and import again.`,
        caption: 'Problems found in the file',
        file: 'File',
        row: 'Row',
        column: 'Column',
        message: 'Problem',
        download: 'Download the problems (Excel)',
        sheet: 'Problems',
        filePrefix: 'problems',
      },
    },
  },
  catalog: {
    pageTitle: 'Indices',
    pageIntro:
      'The indices GovIndex follows, version by version: years in force, level assessed, indicator tree (dimensions, sub-indicators) and grades.',
    listLabel: 'Indices',
    publisher: 'Published by',
    now: 'now',
    national: 'National',
    provinceNumber: (id) => `Province (id ${id})`,
    versions: {
      caption: (name) => `Versions of ${name}`,
      label: 'Version',
      years: 'Years',
      level: 'Level',
      owner: 'Scope',
      actions: 'Actions',
      open: 'View',
      openLabel: (label) => `View version ${label}`,
    },
    valueUnits: { points: 'Points', percent: 'Percent (%)', index_0_1: 'Index from 0 to 1' },
    detail: {
      label: 'Version details',
      empty: 'Choose “View” on a version to see its indicator tree and grades.',
      years: 'Years in force',
      level: 'Level assessed',
      owner: 'Scope',
      unit: 'Unit',
      groups: 'Groups',
      quartileGroups: 'Four groups by quartile of the total, every year',
      source: 'Source',
      treeHeading: 'Indicator tree',
      treeCaption: (label) => `Indicator tree of ${label}`,
      code: 'Code',
      name: 'Name',
      range: 'Minimum–maximum',
      aggregation: 'Computed as',
      weight: (value) => `weight ${value}`,
      lowerIsBetter: 'lower is better',
      gradesHeading: 'Grades',
      gradesCaption: (label) => `Grades of ${label}`,
      grade: 'Grade',
      minValue: 'From (total)',
      noGrades: 'This version has no grades.',
    },
    aggregations: { sum: 'sum', mean: 'mean', weighted_mean: 'weighted mean', none: 'entered', published: 'published as is' },
    createProvinceVersion: 'Create the province’s commune-level version',
    editProvinceVersion: 'Edit the province’s commune-level version',
    saved: {
      created: (label) => `Version “${label}” created.`,
      updated: (label) => `Version “${label}” saved.`,
    },
    editor: {
      titleCreate: 'Create the province’s commune-level version',
      titleEdit: 'Edit the province’s commune-level version',
      intro: (from, province) => `Starting from “${from}”. This version applies only to the communes of ${province || 'the province'}; every change is logged.`,
      introShort: 'The province’s own commune-level criteria; every change is logged.',
      noBase: 'Choose a commune-level version to start from (on the Indices page).',
      communeOnly: 'A province defines commune-level versions only.',
      versionHeading: 'Version',
      label: 'Name of the version',
      firstYear: 'First year',
      firstYearHint: 'E.g. 2026. Results from that year on are assessed with the province’s version.',
      firstYearOwnHint: 'A version is known by its first year: saving with another first year creates a new version and keeps this one.',
      lastYear: 'Last year',
      lastYearHint: 'Leave empty while in force.',
      source: 'Source (issuing document)',
      levelNote: 'Level assessed: commune.',
      treeHeading: 'Indicator tree',
      treeHint:
        'Edit names and minimum–maximum; add or remove sub-indicators. A parent’s range is computed from its children with the chosen method.',
      columns: {
        code: 'Code',
        nameVi: 'Vietnamese name',
        nameEn: 'English name',
        min: 'Minimum',
        max: 'Maximum',
        range: 'Minimum–maximum',
        aggregation: 'Computed as',
        weight: 'Weight',
        actions: 'Actions',
      },
      computed: 'computed from sub-indicators',
      addChild: 'Add sub-indicator',
      addChildLabel: (code) => `Add a sub-indicator to ${code}`,
      remove: 'Remove',
      removeLabel: (code) => `Remove ${code}`,
      gradesHeading: 'Grades',
      gradesHint: 'Highest first: a total at or above the threshold earns the grade.',
      gradeColumns: { gradeVi: 'Grade', gradeEn: 'English name', minValue: 'Threshold (total from)' },
      gradeNumber: (position) => `Grade ${position}`,
      removeGradeLabel: (name) => `Remove grade ${name}`,
      addGrade: 'Add a grade',
      save: 'Save the version',
      saving: 'Saving…',
      cancel: 'Cancel',
      rejected: 'The version is not valid and was not saved. Please correct:',
      places: {
        nodeFields: {
          code: 'code',
          nameVi: 'Vietnamese name',
          nameEn: 'English name',
          min: 'minimum',
          max: 'maximum',
          aggregation: 'computed as',
          weight: 'weight',
          other: 'definition',
        },
        gradeFields: { gradeVi: 'grade name', gradeEn: 'English name', minValue: 'threshold', other: 'definition' },
        versionFields: {
          label: 'Name of the version',
          firstYear: 'First year',
          lastYear: 'Last year',
          source: 'Source',
          level: 'Level',
          unit: 'Unit',
          grades: 'Grades',
          quartileGroups: 'Groups',
          other: 'Version',
        },
        grade: (name, position) => `Grade ${name || position}`,
      },
    },
  },
  users: {
    pageTitle: 'Users',
    pageIntro: 'Accounts of officers at every level: the role decides what they may do, the unit which data they see.',
    add: 'Add a user',
    filter: {
      label: 'Filter users',
      placeholder: 'Name, e-mail, role or unit; diacritics optional',
      count: (shown, total, filtered) => (filtered ? `${shown} of ${total} users` : `${total} users`),
    },
    table: {
      caption: 'Users',
      email: 'E-mail',
      displayName: 'Name',
      role: 'Role',
      unit: 'Unit',
      status: 'Status',
      lastLogin: 'Last sign-in',
      actions: 'Actions',
      edit: 'Edit',
      editLabel: (name) => `Edit ${name}`,
      neverSignedIn: 'Never',
      wholeCountry: 'Whole country',
      active: 'Active',
      locked: 'Locked',
      empty: 'No users yet.',
      noMatch: (text) => `No user matches “${text}”.`,
    },
    saved: {
      created: (email) => `User ${email} created.`,
      updated: (email) => `Changes to ${email} saved.`,
    },
    form: {
      createTitle: 'Add a user',
      createIntro: 'Create an account for an officer: the role must match the level of their unit.',
      editTitle: (name) => `Edit user: ${name}`,
      editIntro: 'Only the fields you change are saved; every change is written to the audit log.',
      email: 'E-mail',
      emailFixed: 'The e-mail is the sign-in name and cannot be changed.',
      displayName: 'Name',
      role: 'Role',
      rolePlaceholder: 'Choose a role…',
      unit: 'Unit',
      unitNone: 'A system administrator is attached to no unit and works on the whole country.',
      unitEmpty: 'No unit chosen.',
      unitHint: 'The user sees the data of this unit and of the units under it.',
      unitSearchHint: 'Choose a result to attach the user to that unit.',
      password: 'Password',
      newPassword: 'New password',
      passwordHint: (min) => `At least ${min} characters.`,
      newPasswordHint: (min) => `Leave empty to keep the password; a new one needs at least ${min} characters.`,
      active: 'Account active',
      activeHint: 'Untick to lock the account: the user can no longer sign in.',
      sessionsNote: 'Changing the password, role or unit, or locking the account, ends every session of this user at once.',
      selfNote: 'This is your own account: you cannot remove your administrator role or lock yourself out.',
      submitCreate: 'Create user',
      submitEdit: 'Save changes',
      saving: 'Saving…',
      cancel: 'Cancel',
      fixFields: 'Not saved: please correct the marked fields.',
      nothingChanged: 'Nothing has changed yet.',
      problems: {
        emailRequired: 'Enter an e-mail address.',
        emailInvalid: 'This is not an e-mail address (e.g. name@unit.gov.vn).',
        nameRequired: 'Enter a name.',
        roleRequired: 'Choose a role.',
        passwordTooShort: (min) => `The password needs at least ${min} characters.`,
        placement: (role, unitLevel) => (rolePlacementProblem(role, unitLevel) === null ? null : PLACEMENT_RULE_EN[role]),
      },
    },
  },
  audit: {
    pageTitle: 'Audit log',
    pageIntro: 'Every change to the data: who, when, on what, before and after. Newest first.',
    table: {
      caption: 'Audit log, newest first',
      at: 'Time',
      actor: 'By',
      entity: 'Entity',
      action: 'Action',
      unit: 'Unit',
      changes: 'Details',
    },
    system: 'System',
    entity: (entity, id) => `${AUDIT_ENTITY_EN[entity] ?? entity} #${id}`,
    actions: { create: 'Create', update: 'Update', delete: 'Delete' },
    showChanges: 'Show changes',
    hideChanges: 'Hide changes',
    diff: {
      caption: (entity) => `Changed fields of ${entity}`,
      field: 'Field',
      before: 'Before',
      after: 'After',
      none: '—',
      empty: 'No field changed.',
    },
    fields: {
      email: 'E-mail',
      displayName: 'Name',
      role: 'Role',
      unitId: 'Unit (id)',
      active: 'Status',
      passwordChanged: 'Password',
      sourceKey: 'Source key',
      sourceId: 'Previous source',
      file: 'File',
      sha256: 'File SHA-256',
      rows: 'Rows',
      values: 'Values',
    },
    values: { active: 'Active', locked: 'Locked', yes: 'Yes', no: 'No', passwordChanged: 'Changed' },
    count: (count) => `${count} entries shown`,
    loadMore: 'Show more',
    loadingMore: 'Loading more…',
    end: 'The whole log is shown.',
    empty: 'The log has no entries yet.',
  },
  plans: {
    pageTitle: 'Plans',
    pageIntro:
      'Plans to raise the indices of the units in your scope: the documents they implement, their goals, their task tables and compliance checks.',
    createLink: 'Create a plan',
    importLink: 'Import from a document',
    status: { draft: 'Draft', issued: 'Issued' },
    targetKinds: {
      rank_up: 'Rank up',
      top_of_parent: 'Top of the parent unit',
      grade_at_least: 'Minimum grade',
      score_at_least: 'Minimum score',
      other: 'Other goal',
    },
    deadlineKinds: { half_year: 'Half-year report', annual: 'Annual report', other: 'Other report' },
    noNumber: 'No number yet',
    deleted: (unit, year) => `The ${year} plan of ${unit} was deleted.`,
    filter: {
      label: 'Filter plans',
      year: 'Plan year',
      allYears: 'All years',
      unit: 'Unit',
      unitEmpty: 'All units in your scope.',
      unitHint: 'Choose a unit to see its plans and those of the units below it.',
      unitSearchHint: 'Choose a result to filter by that unit.',
      clearUnit: 'Clear, show all',
      count: (count) => `${count} ${count === '1' ? 'plan' : 'plans'}`,
    },
    table: {
      caption: 'Plans',
      unit: 'Unit',
      year: 'Year',
      number: 'Number',
      issuedOn: 'Issued on',
      frameworks: 'Indices',
      status: 'Status',
      taskCount: 'Tasks',
      actions: 'Actions',
      open: 'View',
      openLabel: (unit, year) => `View the ${year} plan of ${unit}`,
      empty: 'No plans yet.',
      emptyFiltered: 'No plan matches the filter.',
    },
    form: {
      general: 'General',
      unit: 'Issuing unit',
      unitEmpty: 'No unit chosen.',
      unitHint: 'The unit in your scope that issues this plan.',
      unitSearchHint: 'Choose a result to make it the issuing unit.',
      year: 'Plan year',
      number: 'Number',
      numberHint: 'For example 08/KH-UBND.',
      issuedOn: 'Issued on',
      dateHint: 'Write day/month/year, for example 15/01/2024.',
      signer: 'Signed by',
      status: 'Status',
      frameworks: 'Indices',
      references: 'Documents implemented',
      referencesEmpty: 'No documents yet.',
      referenceNumber: 'Number',
      referenceDate: 'Date',
      referenceIssuer: 'Issued by',
      addReference: 'Add a document',
      targets: 'Goals',
      targetsEmpty: 'No goals yet.',
      targetKind: 'Kind of goal',
      targetText: 'Text',
      targetFramework: 'Index',
      noFramework: 'General',
      addTarget: 'Add a goal',
      deadlines: 'Reporting deadlines',
      deadlinesEmpty: 'No reporting deadlines yet.',
      deadlineKind: 'Report',
      deadlineDue: 'Due',
      deadlineFrom: 'Data from',
      deadlineTo: 'Data until',
      addDeadline: 'Add a deadline',
      rowField: (list, row, field) => `${list} ${row} — ${field}`,
      remove: 'Remove',
      removeLabel: (list, row) => `Remove ${list.toLowerCase()} ${row}`,
      sections: (count) => `The plan has ${count} numbered parts read from the document; they are saved with it.`,
      save: 'Save plan',
      saving: 'Saving…',
      cancel: 'Cancel',
      fixFields: 'Not saved: please correct the marked fields.',
      stale:
        'Someone else changed this plan after you opened it, so your changes were not saved. Reload the plan to see the latest version, then make your changes again.',
      reload: 'Reload the plan',
      problems: {
        unitRequired: 'Choose the unit that issues the plan.',
        yearInvalid: 'Write the plan year in 4 digits, from 2000 to 2100.',
        frameworksRequired: 'Choose at least one index.',
        dateInvalid: 'Not a date: write dd/mm/yyyy, for example 15/01/2024.',
        issuedNeedsNumber: 'An issued plan needs its number.',
        issuedNeedsDate: 'An issued plan needs its date of issue.',
        referenceNumberRequired: 'Enter the document number.',
        targetTextRequired: 'Enter the goal.',
        deadlineDueRequired: 'Enter the due date.',
        taskRequired: 'Enter the task.',
      },
    },
    tasks: {
      heading: 'Task table',
      hint: 'One task per row. Dimensions and sub-dimensions are matched with the index catalog when the plan is saved.',
      count: (count) => `${count} ${count === '1' ? 'task' : 'tasks'}`,
      empty: 'No tasks yet.',
      caption: 'Tasks of the plan',
      position: 'No.',
      framework: 'Index',
      dimension: 'Dimension',
      subDimension: 'Sub-dimension',
      task: 'Task',
      product: 'Product',
      lead: 'Lead',
      implementers: 'With',
      timeline: 'Timeline',
      indicator: 'Indicator',
      actions: 'Actions',
      rowName: (row) => `Task ${row}`,
      moveUp: 'Up',
      moveDown: 'Down',
      add: 'Add a task',
    },
    sheet: {
      heading: 'Import the task table from Excel',
      hint: 'Download the template, fill in one task per row and choose the file. You see what was read before replacing or extending the task table.',
      template: 'Download the template (Excel)',
      file: 'Task table file',
      fileHint: 'Excel .xlsx or CSV (UTF-8).',
      read: 'Read the file',
      reading: 'Reading…',
      fileRequired: 'Choose the task table file.',
      fileType: 'Only .xlsx or .csv files.',
      found: (count) => `The file holds ${count} readable ${count === '1' ? 'task' : 'tasks'}.`,
      issues: (count) => `The file has ${count} ${count === '1' ? 'problem' : 'problems'}; no task was taken. Correct the file as listed below and read it again.`,
      caption: 'Problems of the task table file',
      row: 'Row',
      column: 'Column',
      message: 'Problem',
      replace: 'Replace the task table',
      append: 'Add at the end',
      dismiss: 'Discard',
      replaced: (count) => `The task table was replaced by ${count} tasks from the file (not saved yet).`,
      appended: (count) => `${count} tasks from the file were added at the end (not saved yet).`,
    },
    import: {
      pageTitle: 'Import a plan from a document',
      pageIntro:
        'Choose the plan document (Word .docx, PDF, .txt or .md). GovIndex reads it into a draft for you to review, correct and save; nothing is saved before you confirm.',
      file: 'Plan document',
      fileHint: '.docx, .pdf, .txt or .md, up to 20 MB. A PDF needs a text layer (not a scanned image).',
      submit: 'Read the document',
      submitting: 'Reading…',
      fileRequired: 'Choose the plan document.',
      fileType: 'Only .docx, .pdf, .txt or .md files.',
      fileTooLarge: 'The file is larger than 20 MB.',
      progress: {
        uploading: (percent) => `Uploading: ${percent}%`,
        uploadingUnknown: 'Uploading…',
        reading: 'Uploaded; the server is reading the document…',
        label: 'Upload progress',
      },
      reviewTitle: 'Review the plan',
      reviewIntro: (fileName) =>
        `What follows was read from “${fileName}”. Check it, correct it where needed and press “Save plan”: the plan is only saved when you confirm.`,
      warnings: 'Points to check',
      unitMatched: (written, unit) => `The document names “${written}”, matched with ${unit}.`,
      unitUnmatched: (written) =>
        written
          ? `The document names “${written}”, which matches no unit in your scope: choose the issuing unit.`
          : 'The issuing unit could not be read from the document: choose it.',
      chooseOther: 'Choose another document',
      back: 'Back to the plans',
    },
    create: {
      pageTitle: 'Create a plan',
      pageIntro: 'Enter the plan and its tasks; the task table can also be imported from the Excel template.',
    },
    edit: {
      pageTitle: (unit, year) => `Edit the ${year} plan — ${unit}`,
      pageIntro: 'Change the plan and its tasks. If someone else saves the plan while you edit it, GovIndex tells you to reload it.',
    },
    detail: {
      title: (unit, year) => `${year} plan — ${unit}`,
      numbered: (number, date) => (date ? `No. ${number} of ${date}` : `No. ${number}`),
      unnumbered: 'No number or date of issue yet',
      back: 'Back to the plans',
      edit: 'Edit plan',
      print: 'Print',
      printHint: 'Print the plan (or save it as PDF), without the navigation',
      delete: 'Delete plan',
      deleteConfirm: 'Delete this plan and its tasks? This cannot be undone.',
      deleteYes: 'Delete',
      deleteNo: 'Keep it',
      deleting: 'Deleting…',
      saved: { created: 'The plan was saved.', updated: 'The changes to the plan were saved.' },
      facts: 'About the plan',
      unit: 'Unit',
      year: 'Year',
      number: 'Number',
      issuedOn: 'Issued on',
      signer: 'Signed by',
      frameworks: 'Indices',
      status: 'Status',
      taskCount: 'Tasks',
      parentPlan: 'Parent plan',
      parentPlanLink: 'View the parent plan',
      updatedAt: 'Updated',
      none: 'None',
      references: 'Documents implemented',
      referenceLine: (number, date, issuer) => [`No. ${number}`, date ? `of ${date}` : null, issuer].filter(Boolean).join(', '),
      targets: 'Goals',
      sections: 'Contents of the plan',
      tasks: 'Task table',
      noDimension: 'General tasks',
      groupTaskCount: (count) => `${count} ${count === '1' ? 'task' : 'tasks'}`,
      deadlines: 'Reporting deadlines',
      dataPeriod: 'Data period',
      dataPeriodText: (from, to) => {
        if (from && to) return `${from} to ${to}`;
        if (from) return `From ${from}`;
        if (to) return `Until ${to}`;
        return '—';
      },
      printedOn: (date) => `Printed from GovIndex on ${date}.`,
      notFound: 'This plan was not found, or it is not in your scope.',
    },
    compliance: {
      heading: 'Compliance checks',
      intro: 'The plan checked against the requirements of the parent plan and of the index.',
      passed: 'Passed',
      failed: 'Not passed',
      codes: {
        issued_within_15_working_days: 'Issued within 15 working days',
        dimensions_covered: 'Every dimension of the index has tasks',
        tasks_complete: 'Each task names its product, lead and timeline',
        parent_tasks_present: 'Every task the parent plan assigns is present',
      },
      empty: 'No checks yet.',
    },
  },
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };
