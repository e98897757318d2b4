/**
 * Vietnamese injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const vi: InjectionLexicon = {
  lang: 'vi',
  cues: {
    ignore: ['bỏ qua', 'quên', 'quên đi', 'phớt lờ', 'lờ đi', 'không để ý', 'đừng để ý', 'đừng quan tâm', 'bất kể', 'bỏ mặc', 'gạt bỏ', 'gạt sang một bên', 'không tuân theo', 'đừng tuân theo', 'ngừng tuân theo', 'vượt qua', 'xóa bỏ', 'hủy bỏ', 'coi thường', 'lờ', 'đừng làm theo', 'không cần làm theo', 'gác lại'],
    instructions: ['hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'quy tắc', 'luật lệ', 'mệnh lệnh', 'lệnh', 'lời nhắc', 'nhiệm vụ', 'giới hạn', 'hạn chế', 'chính sách', 'nguyên tắc', 'những gì bạn được bảo', 'những gì đã được nói', 'được yêu cầu', 'được hướng dẫn', 'những chỉ dẫn', 'những hướng dẫn', 'các hướng dẫn', 'các chỉ dẫn', 'điều đã được dặn', 'lời dặn'],
    prior: ['trước đó', 'trước đây', 'trước', 'ở trên', 'phía trên', 'ban đầu', 'gốc', 'cũ', 'hệ thống', 'của bạn', 'mặc định', 'vừa rồi', 'lúc đầu'],
    quantifier: ['tất cả', 'mọi', 'bất kỳ', 'toàn bộ', 'những'],
    newTask: ['hướng dẫn mới', 'nhiệm vụ mới', 'quy tắc mới', 'từ bây giờ', 'từ giờ trở đi', 'thay vào đó', 'thay vì', 'thực ra', 'thực tế'],
    sayInstead: ['và nói', 'và viết', 'và trả lời', 'và tuyên bố', 'chỉ cần nói', 'và nêu', 'và khẳng định', 'và cho biết', 'chúng ta có thể nói', 'hãy nói rằng', 'giả sử rằng', 'nêu như sau', 'in ra như sau', 'nói như sau', 'và nói rằng', 'đầu ra là', 'đầu ra có thể là', 'thừa nhận', 'hãy nêu rằng', 'hãy khẳng định rằng', 'hãy tuyên bố rằng', 'hãy cho rằng', 'chúng ta hãy nói', 'có thể nói rằng', 'chúng ta có thể khẳng định', 'chúng ta có thể tuyên bố', 'hãy thừa nhận', 'hãy giả định rằng', 'đầu ra sẽ là', 'coi đầu ra là', 'xem đầu ra là', 'nêu rằng', 'nói rằng kết luận'],
    roleSwitch: ['bây giờ bạn là', 'giờ bạn là', 'bạn không còn là', 'từ bây giờ bạn', 'vai trò mới của bạn', 'tên mới của bạn', 'bạn sẽ đóng vai', 'bạn sẽ giả vờ', 'đắm mình vào vai', 'vào vai một', 'nhân cách mới'],
    roleplay: ['hành động như', 'cư xử như', 'giả vờ', 'đóng vai', 'tưởng tượng bạn là', 'nhập vai', 'mô phỏng', 'nhân vật'],
    unrestricted: ['không có giới hạn', 'không giới hạn', 'không bị giới hạn', 'không hạn chế', 'không bị hạn chế', 'không có bộ lọc', 'không lọc', 'không kiểm duyệt', 'không có quy tắc', 'không có đạo đức', 'vô đạo đức', 'không bao giờ từ chối', 'làm bất cứ điều gì', 'bất cứ điều gì bây giờ', 'không bị ràng buộc', 'không phải tuân theo', 'thoát khỏi', 'giải phóng', 'không cảnh báo', 'không có bất kỳ quy tắc', 'không có bất kỳ giới hạn', 'không có bất kỳ hạn chế', 'không có luật lệ'],
    persona: ['chế độ nhà phát triển', 'chế độ thần', 'bẻ khóa', 'jailbreak*', 'làm bất cứ điều gì bây giờ', 'ai độc ác', 'ai xấu xa'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'mô hình ngôn ngữ', 'mô hình ai', 'trí tuệ nhân tạo', 'chính sách nội dung'],
    stayInCharacter: ['giữ nguyên vai', 'không thoát vai', 'hai câu trả lời', 'hai phản hồi', 'hai cách', 'luôn trả lời'],
    authority: ['tôi là nhà phát triển của bạn', 'người tạo ra bạn', 'tôi là chúa', 'tôi là quản trị viên', 'kiểm tra bảo mật', 'được ủy quyền'],
    reveal: [
      'là gì', 'cho tôi biết', 'nói cho tôi', 'hiển thị', 'cho xem', 'lặp lại', 'tiết lộ', 'chia sẻ', 'xác nhận', 'in ra', 'liệt kê', 'cung cấp', 'đưa cho tôi', 'nói cho tôi biết', 'cho biết', 'có thể cho tôi biết', 'hãy cho tôi biết', 'viết ra', 'làm thơ về', 'bạn có thể nói', 'sẽ là gì', 'là gì vậy', 'bạn có thể chia sẻ', 'bạn có thể xác nhận', 'có thể cho biết', 'đánh vần', 'cho tôi xem', 'cho mình xem',
      // Printing again.
      'in lại',
    ],
    promptObject: [
      'lời nhắc hệ thống', 'thông điệp hệ thống', 'hướng dẫn của bạn', 'hướng dẫn ban đầu', 'hướng dẫn gốc', 'hướng dẫn ẩn', 'hướng dẫn bí mật', 'văn bản ở trên', 'mọi thứ ở trên', 'từng chữ', 'quy tắc của bạn', 'đầu cuộc trò chuyện',
      // Guidance the model received.
      'chỉ dẫn bạn nhận được', 'hướng dẫn bạn nhận được', 'chỉ thị bạn nhận được',
    ],
    secretObject: ['mật khẩu', 'khóa bí mật', 'chìa khóa bí mật', 'mã bí mật', 'từ bí mật', 'mã truy cập', 'khóa api', 'thông tin đăng nhập', 'mã pin', 'cơ sở dữ liệu của bạn', 'thông tin bí mật', 'chuỗi bí mật', 'mật mã', 'cụm mật khẩu'],
    privateData: ['người dùng', 'địa chỉ email', 'ngày sinh', 'năm sinh', 'sinh nhật', 'địa chỉ nhà', 'nơi cư trú', 'số dư ngân hàng', 'số điện thoại', 'dữ liệu cá nhân', 'thông tin cá nhân', 'dữ liệu nhân viên', 'sống ở đâu', 'tên viết tắt', 'chữ cái đầu', 'tên', 'màu yêu thích', 'tháng sinh', 'thành phố hiện tại', 'sống ở', 'đang sống', 'thành phố cư trú', 'nơi ở hiện tại', 'địa chỉ e-mail', 'đang sống ở đâu', 'ở đâu bây giờ', 'chữ cái đầu của tên'],
    evasion: ['thứ tự ngược', 'đảo ngược', 'viết ngược', 'tiếng latin lợn', 'base64', 'rot13', 'mã morse', 'từng chữ cái', 'từng ký tự', 'phân tách bằng', 'mỗi chữ số', 'bài thơ về', 'haiku về', 'xen kẽ', 'phần 1', 'phần 2', 'dấu gạch ngang', 'bằng tiếng đức', 'thơ về', 'chữ cái đầu tiên', 'theo thứ tự ngược', 'trật tự đảo ngược', 'ngược lại', 'theo thứ tự ngược lại', 'thứ tự đảo ngược', 'ba chữ cái đầu', 'chữ cái đầu', 'thành hai phần', 'thành ba phần', 'tiếng latin heo'],
    decode: ['giải mã', 'base64', 'rot13', 'thập lục phân', 'chuỗi nhị phân', 'được mã hóa', 'mã hóa', 'morse', 'nhị phân', 'mật mã caesar'],
    execute: ['làm theo', 'thực hiện', 'thực thi', 'tuân theo nó', 'vâng lời', 'làm những gì nó nói', 'nó nói gì', 'và trả lời', 'trả lời câu hỏi'],
    send: ['gửi', 'chuyển tiếp', 'tải lên', 'đăng'],
    conversation: ['cuộc trò chuyện này', 'cuộc trò chuyện', 'lịch sử trò chuyện', 'tin nhắn trước', 'dữ liệu', 'tất cả dữ liệu', 'mật khẩu', 'url', 'http'],
    hypothetical: ['giả thuyết', 'giả định', 'tưởng tượng', 'giả sử', 'trong một thế giới', 'vũ trụ song song', 'thế giới hư cấu', 'trong thế giới này', 'phản địa đàng', 'thí nghiệm tư duy', 'kịch bản', 'hãy tưởng tượng', 'tưởng tượng rằng', 'giả định rằng', 'chỉ để thảo luận giả thuyết', 'trong một xã hội', 'trong tương lai', 'hãy giả sử', 'hãy giả định', 'hãy tưởng tượng rằng', 'trong một vũ trụ song song', 'thế giới song song', 'vì mục đích của bài tập này', 'cho mục đích của bài tập này', 'thảo luận giả thuyết', 'kịch bản giả định'],
    selfHelp: ['mật khẩu của tôi', 'một mật khẩu', 'mật khẩu mạnh', 'mật khẩu an toàn', 'trình quản lý mật khẩu', 'đặt lại', 'quên mật khẩu', 'làm thế nào để tôi', 'làm sao để', 'cách tạo', 'cách đổi'],
    userRef: ['của người dùng', 'người dùng', 'khách hàng'],
    dataTask: ['tóm tắt trang', 'tóm tắt bài', 'tóm tắt', 'cho bài viết này', 'trang web này', 'bài viết này', 'tài liệu này', 'sơ yếu lý lịch này', 'bảng này', 'email này', 'mã này', 'đầu ra của mã này', 'giao dịch này', 'văn bản này', 'bài báo này', 'dựa trên', 'kết luận chính', 'đầu ra của mã', 'đầu ra của đoạn mã', 'kết quả của mã này'],
    mode: ['chế độ hệ thống', 'chế độ quản trị', 'chế độ bảo trì', 'chế độ gỡ lỗi', 'chế độ ghi đè', 'chế độ xác minh', 'chế độ kiểm tra', 'chế độ thử nghiệm', 'chế độ chẩn đoán', 'kiểm tra hệ thống', 'đặt lại hệ thống', 'nâng cấp hệ thống', 'ghi đè dữ liệu', 'chế độ thần', 'chế độ thực thi pháp luật', 'chế độ nhà phát triển'],
    enter: ['đang vào', 'bước vào', 'chuyển sang', 'đã kích hoạt', 'kích hoạt', 'đang chạy', 'đang thực hiện', 'đi vào', 'bật'],
    claim: ['tôi là nhà phát triển', 'là một nhà phát triển', 'với tư cách là nhà phát triển', 'sếp của bạn', 'với tư cách là sếp', 'cảnh sát', 'sĩ quan cảnh sát', 'thực thi pháp luật', 'kiểm toán bảo mật', 'tổng thống', 'với tư cách là chuyên gia', 'tôi sẽ cho bạn', 'tôi sẽ trả', 'tôi sẽ quyên góp', 'tôi hứa', 'nghiên cứu cho thấy', 'mọi người trong nhóm', 'thông lệ', 'điều quan trọng là bạn', 'vì sự an toàn', 'bạn đã đồng ý', 'bạn đã đề cập', 'cho mục đích thử nghiệm', 'tôi đề nghị bạn', 'là một nhà khoa học', 'với tư cách là', 'là một chuyên gia', 'tôi khuyên bạn', 'là người tạo ra bạn', 'thông lệ phổ biến'],
    qaMarker: ['q:', 'a:', 'h:', 'đ:', 'hỏi:', 'đáp:', 'câu hỏi:', 'trả lời:'],
    // Questions about words (a quoted phrase to translate, define or judge): see `metaWord` in types.ts. Not "dịch" alone: "dịch vụ" is "service".
    metaWord: ['dịch sang', 'dịch câu', 'dịch đoạn', 'bản dịch', 'hãy dịch', 'dịch giúp', 'nghĩa là gì', 'có nghĩa', 'ý nghĩa', 'cách nói', 'câu này', 'từ này', 'cụm từ', 'sang tiếng anh', 'bằng tiếng anh', 'sang tiếng việt'],
  },
};
