import type { AuditEntry, Role, UnitKind, UnitLevel } from '@govindex/contracts';
import { roleLabelVi, rolePlacementProblem, UNIT_KIND_LABEL_VI } from '@govindex/domain';
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
  nav: { units: string; users: string; audit: string };
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
const AUDIT_ENTITY_VI: Readonly<Record<string, string>> = { user: 'Người dùng', unit: 'Đơn vị', result_source: 'Nguồn kết quả' };
const AUDIT_ENTITY_EN: Readonly<Record<string, string>> = { user: 'User', unit: 'Unit', result_source: 'Result source' };

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
  nav: { units: 'Đơn vị hành chính', users: 'Người dùng', audit: 'Nhật ký thay đổi' },
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
  nav: { units: 'Administrative units', users: 'Users', audit: 'Audit log' },
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
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };
