/**
 * Vietnamese restriction phrasing. Tone marks fold away in matching ("cấm" meets "cảm", "đó" meets "do"), so
 * ambiguous syllables are listed only inside longer phrases.
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const vi: RestrictionLexicon = {
  lang: 'vi',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'tên', 'họ tên', 'họ và tên', 'sống ở', 'sống tại', 'đang sống', 'cư trú', 'nơi ở', 'quê quán', 'quê hương',
    'sinh ra', 'sinh năm', 'sinh ngày', 'ngày sinh', 'nơi sinh', 'sinh nhật', 'tuổi', 'email', 'e-mail',
    'thư điện tử', 'địa chỉ', 'điện thoại', 'di động', 'yêu thích', 'ưa thích', 'màu sắc', 'nghề nghiệp', 'làm nghề',
    'làm việc tại', 'công việc', 'tài khoản', 'số dư', 'mật khẩu', 'mã pin', 'tên đăng nhập', 'quốc tịch',
    'giới tính', 'mức lương', 'tiền lương', 'thẻ tín dụng',
  ],
  markers: [
    'không', 'không được', 'không nên', 'không bao giờ', 'không được phép', 'không cho phép', 'không có quyền',
    'không thể', 'không được tiết lộ', 'tuyệt đối không', 'đừng bao giờ', 'đừng nói', 'đừng tiết lộ', 'đừng chia sẻ',
    'đừng bàn', 'đừng đề cập', 'đừng trả lời', 'đừng cung cấp', 'đừng thảo luận', 'đừng đưa', 'xin đừng',
    'vui lòng đừng', 'hãy đừng', 'chớ nên', 'chẳng bao giờ', 'bị cấm', 'nghiêm cấm', 'cấm tuyệt đối', 'cấm tiết lộ',
    'cấm thảo luận', 'cấm chia sẻ', 'cấm nói', 'cấm đề cập', 'cấm kỵ', 'hãy tránh', 'nên tránh', 'cần tránh',
    'phải tránh', 'tránh xa', 'tránh các', 'tránh những', 'tránh mọi', 'tránh bất kỳ', 'tránh nhắc',
    'tránh thảo luận', 'tránh đề cập', 'tránh nói', 'tránh chia sẻ', 'tránh tiết lộ', 'tránh đưa ra', 'tránh bàn',
    'từ chối', 'khước từ', 'trong bất kỳ trường hợp nào', 'dưới bất kỳ hình thức nào', 'trong mọi trường hợp',
    'bằng mọi giá', 'dù thế nào', 'dù bất cứ', 'dù trong hoàn cảnh nào', 'bí mật', 'giữ bí mật', 'bảo mật', 'giữ kín',
    'ngoài phạm vi', 'nằm ngoài phạm vi', 'miễn bàn',
  ],
  generic: [
    'thảo luận', 'bàn luận', 'bàn về', 'bàn tán', 'nói', 'nói về', 'trò chuyện', 'chia sẻ', 'tiết lộ', 'để lộ',
    'làm lộ', 'đề cập', 'nhắc đến', 'nhắc tới', 'cung cấp', 'đưa ra', 'đưa cho', 'kể về', 'kể cho', 'giải thích',
    'mô tả', 'trả lời', 'phản hồi', 'giúp', 'giúp đỡ', 'hỗ trợ', 'đề xuất', 'tạo ra', 'viết ra', 'viết về',
    'hiển thị', 'lặp lại', 'chủ đề', 'đề tài', 'vấn đề', 'câu hỏi', 'yêu cầu', 'thông tin', 'chi tiết', 'nội dung',
    'dữ liệu', 'cuộc trò chuyện', 'cuộc hội thoại', 'hội thoại', 'cuộc thảo luận', 'ý kiến', 'quan điểm', 'bất kỳ',
    'bất kì', 'bất cứ', 'bất kỳ ai',
    'bất cứ ai', 'ai đó', 'người khác', 'mọi người', 'người', 'người dùng', 'khách hàng', 'trợ lý', 'chatbot', 'bot',
    'mô hình', 'bản thân', 'trường hợp', 'hoàn cảnh', 'cách', 'loại', 'liên quan', 'liên quan đến', 'đối với',
    'bao gồm', 'nghiêm ngặt', 'tuyệt đối', 'hoàn toàn', 'vui lòng', 'xin', 'hãy', 'luôn', 'luôn luôn', 'ngay cả',
    'thay vào đó', 'cụ thể', 'nhất định', 'đặc biệt', 'chung', 'trực tiếp', 'gián tiếp', 'được phép', 'cho phép',
    'lập trình', 'hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'lời nhắc', 'prompt', 'quy tắc', 'nguyên tắc', 'nhiệm vụ',
    'công việc', 'vai trò', 'tập trung', 'duy trì', 'giữ', 'đảm bảo', 'lý do', 'mối lo ngại', 'lo ngại', 'điều',
    'v.v', 'riêng tư', 'cá nhân', 'nhạy cảm', 'bí mật', 'bảo mật', 'chuyên sâu', 'sâu sắc', 'mang tính kỹ thuật',
    'chuyên môn', 'phức tạp', 'gây tranh cãi', 'tranh cãi', 'tiềm ẩn', 'trung lập', 'không phù hợp', 'có hại',
    'độc hại', 'xúc phạm', 'phản cảm', 'nâng cao', 'cơ bản', 'đơn giản', 'hiện đại', 'hiện tại', 'hiện nay',
    'tương lai', 'khác', 'khác nhau', 'tương tự', 'các loại', 'đa dạng', 'nghiêm trọng', 'không liên quan', 'phù hợp',
    'thích hợp', 'chính thức', 'chuyên nghiệp', 'thực tế', 'chính xác',
    'lịch sự', 'nhã nhặn', 'khéo léo', 'bình luận',
    'hệ thống',
  ],
  extenders: [
    'bao gồm', 'kể cả', 'gồm', 'chẳng hạn như', 'chẳng hạn', 'như là', 'như', 'ví dụ', 'ví dụ như', 'đặc biệt là',
    'nhất là', 'cụ thể là', 'tức là', 'nghĩa là',
  ],
  backReferences: [
    'tiết lộ nó', 'chia sẻ nó', 'nói nó', 'đề cập nó', 'đề cập đến nó', 'nhắc đến nó', 'cung cấp nó', 'về nó',
    'nó cho', 'nó với', 'điều này', 'điều đó', 'cái này', 'cái đó', 'những điều này', 'những điều đó',
    'thông tin này', 'thông tin đó', 'những thông tin này', 'chi tiết này', 'những chi tiết này',
  ],
  promptReferences: [
    'lời nhắc này', 'prompt này', 'lời nhắc hệ thống', 'prompt hệ thống', 'hướng dẫn này', 'các hướng dẫn này',
    'những hướng dẫn này', 'hướng dẫn của bạn', 'ở trên', 'bên trên', 'phía trên', 'nêu trên', 'được nêu ở đây',
    'được đưa ra ở đây', 'tin nhắn này', 'văn bản này', 'các quy tắc này', 'quy tắc của bạn',
  ],
};
