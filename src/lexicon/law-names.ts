/**
 * Names of laws and codes, as their official titles are enacted by the National
 * Assembly, that reports cite without a number (`Luật Cán bộ, công chức`, `Luật
 * Phòng, chống tham nhũng`, `Bộ luật Lao động`). Data only.
 *
 * The list lets a name run across a comma (`Cán bộ, công chức`), keep its
 * capitals (`Tổ chức Chính phủ`) and end where the name ends (`Luật Viên chức
 * trong …`). Names not listed are read by the generic pattern: a capitalized
 * word and the lower-case words after it. Spelled with the traditional tone
 * placement of the match view (`Hòa giải`, `ma túy`), matched in any case.
 */

/** The names after `Luật`. */
export const LAW_NAMES: readonly string[] = [
  // Organisation of the state and the civil service
  'Cán bộ, công chức',
  'Viên chức',
  'Tổ chức chính quyền địa phương',
  'Tổ chức Quốc hội',
  'Tổ chức Chính phủ',
  'Tổ chức Tòa án nhân dân',
  'Tổ chức Viện kiểm sát nhân dân',
  'Mặt trận Tổ quốc Việt Nam',
  'Công đoàn',
  'Thanh niên',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Ban hành văn bản quy phạm pháp luật',
  'Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân',
  'Thực hiện dân chủ ở cơ sở',
  'Thi đua, khen thưởng',
  'Tín ngưỡng, tôn giáo',
  'Thủ đô',
  'Lưu trữ',
  'Thống kê',
  // Inspection, complaints, anti-corruption, justice
  'Phòng, chống tham nhũng',
  'Thực hành tiết kiệm, chống lãng phí',
  'Thanh tra',
  'Tiếp công dân',
  'Khiếu nại',
  'Tố cáo',
  'Xử lý vi phạm hành chính',
  'Hòa giải ở cơ sở',
  'Hòa giải, đối thoại tại Tòa án',
  'Phổ biến, giáo dục pháp luật',
  'Trợ giúp pháp lý',
  'Tiếp cận thông tin',
  'Thi hành án dân sự',
  'Thi hành án hình sự',
  'Hộ tịch',
  'Cư trú',
  'Căn cước',
  'Căn cước công dân',
  // Finance, investment, enterprises
  'Ngân sách nhà nước',
  'Đầu tư công',
  'Đầu tư',
  'Đầu tư theo phương thức đối tác công tư',
  'Đấu thầu',
  'Quản lý, sử dụng tài sản công',
  'Quản lý nợ công',
  'Quản lý thuế',
  'Phí và lệ phí',
  'Kế toán',
  'Kiểm toán nhà nước',
  'Doanh nghiệp',
  'Hợp tác xã',
  'Hỗ trợ doanh nghiệp nhỏ và vừa',
  'Các tổ chức tín dụng',
  'Ngân hàng Nhà nước Việt Nam',
  // Land, construction, environment, agriculture
  'Đất đai',
  'Xây dựng',
  'Nhà ở',
  'Kinh doanh bất động sản',
  'Quy hoạch',
  'Quy hoạch đô thị',
  'Quy hoạch đô thị và nông thôn',
  'Bảo vệ môi trường',
  'Tài nguyên nước',
  'Khoáng sản',
  'Đa dạng sinh học',
  'Lâm nghiệp',
  'Bảo vệ và phát triển rừng',
  'Thủy sản',
  'Thủy lợi',
  'Đê điều',
  'Trồng trọt',
  'Chăn nuôi',
  'Thú y',
  'Bảo vệ và kiểm dịch thực vật',
  'Phòng, chống thiên tai',
  'Khí tượng thủy văn',
  'Điện lực',
  'Giao thông đường bộ',
  'Trật tự, an toàn giao thông đường bộ',
  'Đường bộ',
  'Đường sắt',
  'Giao thông đường thủy nội địa',
  // Society, health, education, culture
  'Giáo dục',
  'Giáo dục đại học',
  'Giáo dục nghề nghiệp',
  'Giáo dục quốc phòng và an ninh',
  'Khám bệnh, chữa bệnh',
  'Phòng, chống bệnh truyền nhiễm',
  'An toàn thực phẩm',
  'Dược',
  'Bảo hiểm xã hội',
  'Bảo hiểm y tế',
  'Việc làm',
  'An toàn, vệ sinh lao động',
  'Người cao tuổi',
  'Người khuyết tật',
  'Trẻ em',
  'Bình đẳng giới',
  'Hôn nhân và gia đình',
  'Phòng, chống bạo lực gia đình',
  'Phòng, chống mua bán người',
  'Phòng, chống ma túy',
  'Phòng, chống tác hại của rượu, bia',
  'Phòng, chống tác hại của thuốc lá',
  'Phòng cháy và chữa cháy',
  'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Di sản văn hóa',
  'Du lịch',
  'Thể dục, thể thao',
  'Báo chí',
  'Xuất bản',
  'Thư viện',
  'Khoa học và công nghệ',
  'Chuyển giao công nghệ',
  'Sở hữu trí tuệ',
  'Công nghệ thông tin',
  'Giao dịch điện tử',
  'An ninh mạng',
  'Bảo vệ quyền lợi người tiêu dùng',
  'Chất lượng sản phẩm, hàng hóa',
  // Defence and security
  'Quốc phòng',
  'An ninh quốc gia',
  'Nghĩa vụ quân sự',
  'Dân quân tự vệ',
  'Phòng thủ dân sự',
  'Công an nhân dân',
  'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
  'Biên phòng Việt Nam',
  'Biên giới quốc gia',
  'Biển Việt Nam',
];

/** The names after `Bộ luật`. */
export const CODE_NAMES: readonly string[] = ['Lao động', 'Hình sự', 'Dân sự', 'Tố tụng hình sự', 'Tố tụng dân sự', 'Hàng hải Việt Nam'];

/**
 * Names after `Pháp lệnh` whose words the grammar would cut (a function word
 * inside: `Ưu đãi người có công với cách mạng`), as in the ordinances' titles.
 */
export const ORDINANCE_NAMES: readonly string[] = [
  'Ưu đãi người có công với cách mạng',
  'Phí và lệ phí',
  'Xử lý vi phạm hành chính',
  'Chống tham nhũng',
  'Dân số',
  'Tín ngưỡng, tôn giáo',
  'Bảo vệ công trình quốc phòng và khu quân sự',
  'Quản lý thị trường',
  'Chi phí tố tụng',
  'Giám định tư pháp',
];

/**
 * Heads of law names that run on across a comma even when the name is not in
 * the list (`Luật Phòng, chống xâm hại trẻ em`): `Phòng` alone names no law.
 */
export const LAW_NAME_COMMA_HEADS: readonly string[] = ['Phòng, chống'];

/**
 * Abbreviations writers use inside a law's subject (`Luật thuế GTGT`), and
 * what they stand for in the official name (`Luật Thuế giá trị gia tăng`).
 * Data only; the keys are matched as whole words, case as written.
 */
export const LAW_SUBJECT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  GTGT: 'giá trị gia tăng',
  TNDN: 'thu nhập doanh nghiệp',
  TNCN: 'thu nhập cá nhân',
  TTĐB: 'tiêu thụ đặc biệt',
  XNK: 'xuất khẩu, thuế nhập khẩu',
  BVMT: 'bảo vệ môi trường',
  SDĐNN: 'sử dụng đất nông nghiệp',
  SDĐPNN: 'sử dụng đất phi nông nghiệp',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  BHTN: 'bảo hiểm thất nghiệp',
  NSNN: 'ngân sách nhà nước',
  XLVPHC: 'xử lý vi phạm hành chính',
  VPHC: 'vi phạm hành chính',
  VBQPPL: 'văn bản quy phạm pháp luật',
  QPPL: 'quy phạm pháp luật',
  PCCC: 'phòng cháy và chữa cháy',
  KBCB: 'khám bệnh, chữa bệnh',
  GTĐB: 'giao thông đường bộ',
  HĐND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  CBCC: 'cán bộ, công chức',
  MTTQ: 'Mặt trận Tổ quốc',
  PCTN: 'phòng, chống tham nhũng',
  BLHS: 'Bộ luật Hình sự',
  BLDS: 'Bộ luật Dân sự',
  BLLĐ: 'Bộ luật Lao động',
  BLTTHS: 'Bộ luật Tố tụng hình sự',
  BLTTDS: 'Bộ luật Tố tụng dân sự',
};

/**
 * The codes (`Bộ luật`) by their abbreviations, as the press and legal commentary cite them (`BLHS năm 2015`):
 * every code of CODE_NAMES that has one in use. Data only.
 */
export const CODE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  BLHS: 'Hình sự',
  BLDS: 'Dân sự',
  BLLĐ: 'Lao động',
  BLTTHS: 'Tố tụng hình sự',
  BLTTDS: 'Tố tụng dân sự',
};
