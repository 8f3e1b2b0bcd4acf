/**
 * How Vietnamese news sites and government portals lay out an article page:
 * the containers that hold the article body, and the class/id words that
 * mark page furniture. Data only; src/io/html/ uses them.
 */

/**
 * Article body containers, most specific first. The first selector whose
 * best match holds enough text wins; otherwise a text-density search decides.
 * Liferay (`journal-content-article`) and DNN/SharePoint portals run most
 * provincial sites; the `detail`/`fck_detail`/`cms-body` families are the
 * national newspapers; `toanvancontent`/`content1` are legal-document sites.
 */
export const ARTICLE_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '.journal-content-article',
  '.detail-content',
  '.detail__content',
  '.article-content',
  '.article-body',
  '.article__body',
  '.news-content',
  '.content-detail',
  '.news-detail',
  '.detail-news',
  '.post-content',
  '.entry-content',
  '.fck_detail',
  '.cms-body',
  '.singular-content',
  '.noidung',
  '.chitiet',
  '.tin-chi-tiet',
  '.ArticleContent',
  '#content-detail',
  '#toanvancontent',
  '.toanvancontent',
  '.fulltext',
  '.content1',
  'article',
  '[role="main"]',
  'main',
];

/**
 * Words in a class or id that mark furniture: menus, sidebars, related
 * lists, comments, sharing, counters, ads, footers. Matched against the
 * class/id with separators removed (`tin-lien-quan`, `tinLienQuan` and
 * `tin_lien_quan` all become `tinlienquan`).
 */
export const FURNITURE_CLASS_WORDS: readonly string[] = [
  'menu', 'navbar', 'navigation', 'breadcrumb', 'sidebar', 'footer', 'banner',
  'related', 'lienquan', 'tinkhac', 'othernews', 'morenews', 'xemnhieu', 'mostview', 'mostread', 'docnhieu', 'tinmoi', 'latestnews',
  'comment', 'binhluan', 'ykien', 'feedback',
  'share', 'social', 'sharing', 'facebook', 'zalo',
  'counter', 'thongke', 'visitor', 'truycap', 'luotxem', 'online',
  'quangcao', 'advert', 'adsbygoogle', 'sponsor',
  'login', 'dangnhap', 'search', 'timkiem',
  'toolbar', 'fontsize', 'cochu', 'print', 'intrang',
  'tags', 'tukhoa', 'keyword', 'rating', 'vote', 'paging', 'pagination',
  'popup', 'modal', 'cookie', 'backtotop', 'gotop', 'lentop',
];

/** Class/id words of the parts of an article header that may sit outside the body container: date line and lead. */
export const HEADER_CLASS_WORDS: readonly string[] = [
  'sapo', 'lead', 'summary', 'description', 'intro', 'chapeau', 'tomtat', 'trichyeu',
  'date', 'time', 'ngay', 'publish', 'postmeta', 'articlemeta', 'detailtime', 'ngaydang', 'capnhat',
];

/** Elements that never hold article text. */
export const DROPPED_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'button', 'input', 'textarea', 'link', 'meta', 'head', 'title', 'map',
];

/** Elements dropped inside the article body as furniture, whatever their class. */
export const FURNITURE_TAGS: readonly string[] = ['nav', 'aside', 'footer', 'form', 'menu'];

/**
 * A block of links inside the body is furniture whatever its class (related
 * articles, "Tin cùng chuyên mục", tag lists): one of these containers with at
 * least `minLinks` links whose text is at least `minDensity` of its text.
 */
export const LINK_LIST = {
  tags: ['ul', 'ol', 'dl', 'div', 'section', 'table', 'tbody', 'p'],
  minLinks: 3,
  minDensity: 0.7,
} as const;

/** Roles that mark furniture. */
export const FURNITURE_ROLES: readonly string[] = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar'];

/** Elements that start a new line of text. */
export const BLOCK_TAGS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
];

/** Elements that start a new line but not a new paragraph: list items, table rows and row groups. */
export const LINE_TAGS: readonly string[] = ['li', 'tr', 'dt', 'dd', 'thead', 'tbody', 'tfoot'];

/** `<title>` suffixes that name the site, not the article ("… - Báo Phú Thọ", "… | Cổng TTĐT tỉnh Vĩnh Long"). */
export const SITE_NAME_MARKERS: readonly string[] = ['báo', 'thư viện', 'cổng', 'trang', 'portal', 'cttđt', 'ttđt', '.vn', '.gov', '.com', 'online', 'điện tử'];

/** JSON-LD types that describe an article. */
export const ARTICLE_LD_TYPES: readonly string[] = ['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'Report', 'ScholarlyArticle', 'Legislation'];
