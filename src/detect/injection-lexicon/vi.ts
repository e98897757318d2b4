/**
 * Vietnamese injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const vi: InjectionLexicon = {
  lang: 'vi',
  cues: {
    ignore: ['bỏ qua', 'quên', 'quên đi', 'phớt lờ', 'lờ đi', 'không để ý', 'đừng để ý', 'đừng quan tâm', 'bất kể', 'bỏ mặc', 'gạt bỏ', 'gạt sang một bên', 'không tuân theo', 'đừng tuân theo', 'ngừng tuân theo', 'vượt qua', 'xóa bỏ', 'hủy bỏ', 'coi thường'],
    instructions: ['hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'quy tắc', 'luật lệ', 'mệnh lệnh', 'lệnh', 'lời nhắc', 'nhiệm vụ', 'giới hạn', 'hạn chế', 'chính sách', 'nguyên tắc', 'những gì bạn được bảo', 'những gì đã được nói', 'được yêu cầu', 'được hướng dẫn'],
    prior: ['trước đó', 'trước đây', 'trước', 'ở trên', 'phía trên', 'ban đầu', 'gốc', 'cũ', 'hệ thống', 'của bạn', 'mặc định'],
    quantifier: ['tất cả', 'mọi', 'bất kỳ', 'toàn bộ', 'những'],
    newTask: ['hướng dẫn mới', 'nhiệm vụ mới', 'quy tắc mới', 'từ bây giờ', 'từ giờ trở đi', 'thay vào đó', 'thay vì', 'thực ra', 'thực tế'],
    sayInstead: ['và nói', 'và viết', 'và trả lời', 'và tuyên bố', 'chỉ cần nói', 'và nêu', 'và khẳng định', 'và cho biết'],
    roleSwitch: ['bây giờ bạn là', 'giờ bạn là', 'bạn không còn là', 'từ bây giờ bạn', 'vai trò mới của bạn', 'tên mới của bạn', 'bạn sẽ đóng vai', 'bạn sẽ giả vờ', 'đắm mình vào vai', 'vào vai một', 'nhân cách mới'],
    roleplay: ['hành động như', 'cư xử như', 'giả vờ', 'đóng vai', 'tưởng tượng bạn là', 'nhập vai', 'mô phỏng', 'nhân vật'],
    unrestricted: ['không có giới hạn', 'không giới hạn', 'không bị giới hạn', 'không hạn chế', 'không bị hạn chế', 'không có bộ lọc', 'không lọc', 'không kiểm duyệt', 'không có quy tắc', 'không có đạo đức', 'vô đạo đức', 'không bao giờ từ chối', 'làm bất cứ điều gì', 'bất cứ điều gì bây giờ', 'không bị ràng buộc', 'không phải tuân theo', 'thoát khỏi', 'giải phóng', 'không cảnh báo'],
    persona: ['chế độ nhà phát triển', 'chế độ thần', 'bẻ khóa', 'jailbreak*', 'làm bất cứ điều gì bây giờ'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'mô hình ngôn ngữ', 'mô hình ai', 'trí tuệ nhân tạo', 'chính sách nội dung'],
    stayInCharacter: ['giữ nguyên vai', 'không thoát vai', 'hai câu trả lời', 'hai phản hồi', 'hai cách', 'luôn trả lời'],
    authority: ['tôi là nhà phát triển của bạn', 'tôi là nhà phát triển', 'người tạo ra bạn', 'tôi là chúa', 'tôi là quản trị viên', 'chế độ hệ thống', 'chế độ quản trị', 'chế độ bảo trì', 'chế độ gỡ lỗi', 'chế độ ghi đè', 'kiểm tra bảo mật', 'kiểm toán bảo mật', 'kiểm tra hệ thống', 'đặt lại hệ thống', 'nâng cấp hệ thống', 'thực thi pháp luật', 'đã kích hoạt', 'được ủy quyền', 'chế độ xác minh'],
    reveal: ['là gì', 'cho tôi biết', 'nói cho tôi', 'hiển thị', 'cho xem', 'lặp lại', 'tiết lộ', 'chia sẻ', 'xác nhận', 'in ra', 'liệt kê', 'cung cấp', 'đưa cho tôi'],
    promptObject: ['lời nhắc hệ thống', 'thông điệp hệ thống', 'hướng dẫn của bạn', 'hướng dẫn ban đầu', 'hướng dẫn gốc', 'hướng dẫn ẩn', 'hướng dẫn bí mật', 'văn bản ở trên', 'mọi thứ ở trên', 'nguyên văn', 'từng chữ', 'quy tắc của bạn', 'đầu cuộc trò chuyện'],
    secretObject: ['mật khẩu', 'khóa bí mật', 'chìa khóa bí mật', 'mã bí mật', 'từ bí mật', 'mã truy cập', 'khóa api', 'thông tin đăng nhập', 'mã pin', 'bí mật'],
    privateData: ['người dùng', 'địa chỉ email', 'ngày sinh', 'năm sinh', 'sinh nhật', 'địa chỉ nhà', 'nơi cư trú', 'số dư ngân hàng', 'số điện thoại', 'dữ liệu cá nhân', 'thông tin cá nhân', 'dữ liệu nhân viên', 'sống ở đâu'],
    evasion: ['thứ tự ngược', 'đảo ngược', 'viết ngược', 'tiếng latin lợn', 'base64', 'rot13', 'mã morse', 'từng chữ cái', 'từng ký tự', 'phân tách bằng', 'mỗi chữ số', 'bài thơ về', 'haiku về'],
    decode: ['giải mã', 'base64', 'rot13', 'thập lục phân', 'chuỗi nhị phân', 'được mã hóa', 'mã hóa'],
    execute: ['làm theo', 'thực hiện', 'thực thi', 'tuân theo nó', 'vâng lời', 'làm những gì nó nói'],
    send: ['gửi', 'chuyển tiếp', 'tải lên', 'đăng'],
    conversation: ['cuộc trò chuyện này', 'cuộc trò chuyện', 'lịch sử trò chuyện', 'tin nhắn trước', 'dữ liệu', 'tất cả dữ liệu', 'mật khẩu', 'url', 'http'],
    hypothetical: ['giả thuyết', 'giả định', 'tưởng tượng', 'giả sử', 'trong một thế giới', 'vũ trụ song song', 'thế giới hư cấu', 'trong thế giới này', 'phản địa đàng', 'thí nghiệm tư duy', 'kịch bản'],
  },
};
