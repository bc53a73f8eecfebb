import type { UnitKind, UnitLevel } from '@govindex/contracts';
import { UNIT_KIND_LABEL_VI } from '@govindex/domain';
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
  nav: { units: string };
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
  };
  notFound: { title: string; body: string; backHome: string };
  errors: {
    unreachable: string;
    unauthorized: string;
    forbidden: string;
    notFound: string;
    throttled: string;
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

export const vi: Messages = {
  layout: {
    tagline: 'Theo dõi chỉ số quản trị và hành chính công địa phương',
    mainNavigation: 'Điều hướng chính',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    language: 'Ngôn ngữ',
    languageNames: LANGUAGE_NAMES,
    dataSource: 'Danh mục đơn vị hành chính: Tổng cục Thống kê (mã GSO).',
  },
  nav: { units: 'Đơn vị hành chính' },
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
  nav: { units: 'Administrative units' },
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
  },
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };
