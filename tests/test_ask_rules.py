"""`thoisu ask` on sentences written to exercise one answering rule each, through the real CLI (one
test reads the question's entities through the Python API, where the CLI cannot tell the rule apart).

One store holds every document; each test asks the questions its rule decides, and the tempting
ones it must leave open."""

from __future__ import annotations

import pytest
from conftest import CLI, ingested

DOCS = {
    "figures.txt": "# date = 20210421\n"
    "Trong năm nay, Hải quân Pháp đã 3 lần đưa 3 tàu khu trục tới Địa Trung Hải cùng lúc.\n"
    "Paris cho biết hạn ngạch phóng viên Đức ở Pháp là 120, trong khi Berlin mới chỉ có 75 người.\n"
    "Khoản hỗ trợ 2.500 EUR đã đến với nhiều gia đình Đức.\n"
    "Ngoại trưởng Peru Eric Anderson ngày 2/3 cho biết Peru ưu tiên nhập khẩu vắc xin.\n"
    "Ông cho biết thêm, cho đến nay, 25 nước đã cam kết cung cấp vắc xin cho Peru.\n"
    "Trung Quốc nhiều lần hối thúc Mỹ tuân thủ 3 thông cáo chung Mỹ - Trung.\n",
    "roles.txt": "# date = 20210422\n"
    "Hai bên đã thống nhất lịch trình.\n"
    "Phát ngôn viên Điện Kremlin Dmitry Peskov cho hay quyết định được đưa ra hôm qua.\n"
    "Theo Người phát ngôn Bộ Ngoại giao Indonesia, ông Teuku Faizasyah, kế hoạch vẫn giữ nguyên.\n",
    "nouns.txt": "# date = 20210320\n"
    "Thủ tướng Pháp Jean Castex nói trong cuộc họp báo tại Lyon ngày 12/3 rằng kế hoạch sẽ tiếp tục.\n"
    "Ông Castex đã tiến hành một cuộc mít tinh ở phía nam Lyon hôm 14/3.\n"
    "Scotland quyết định ở lại sau cuộc trưng cầu ý dân vào tháng 9/2014.\n"
    "Pháp đã gia nhập trở lại Tổ chức Y tế Thế giới.\n"
    "Tàu khu trục Surcouf của Pháp đã mất liên lạc khi đang tập trận cùng 3 tàu khác trên vùng biển Okinawa.\n"
    "Bà Florence Parly đã lệnh cho các lực lượng mặt đất của Pháp trở lại các căn cứ ở Lyon và Marseille, "
    "trong khi các đơn vị hải quân trở về căn cứ ở Brest, Lorient và vùng Toulon.\n"
    "Jean Dupont, một nhà phân tích chính trị tại Lyon, nhận định căng thẳng đã qua và Tổng thống "
    "Emmanuel Macron đã đạt được mục tiêu.\n"
    "Chính sách của ông Olaf Scholz với Nga đã rõ, còn bà Angela Merkel tuyên bố sẽ cứng rắn hơn ông Olaf Scholz "
    "về Nga nhưng ít đối đầu hơn.\n"
    "Mặc dù Công đảng Anh chưa từng giành chiến thắng ở Surrey kể từ năm 1950 nhưng đặt cược vào Surrey không "
    "phải một nước đi tệ.\n",
    "horizon.txt": "# date = 20210425\n"
    "Trong cuộc phỏng vấn, ông Mike Pompeo - Ngoại trưởng Mỹ từ 2018-2021 - cảnh báo về châu Âu.\n"
    "Không rõ liệu EU có hỗ trợ Moldova nếu căng thẳng leo thang hay không, vì Moldova đã nộp đơn xin gia nhập "
    "EU nhưng chưa phải là thành viên của khối này.\n"
    "Theo báo cáo của Bộ Y tế do Bộ trưởng Nguyễn Thanh Thể trình bày, Bộ Y tế đã lập 3 quy hoạch ngành thời kỳ "
    "2021-2030, tầm nhìn đến năm 2045 gồm quy hoạch tổng thể hệ thống bệnh viện và mạng lưới cấp cứu hàng không.\n"
    '"Chúng ta nên làm ăn với Nga", cựu Thủ tướng Italy Silvio Berlusconi nói trong cuộc phỏng vấn với tạp chí Oggi.\n'
    "Tuần trước, Pháp đã cam kết với đặc phái viên của Tổng thống Mỹ về khí hậu John Kerry về việc ủng hộ hội nghị.\n"
    "Con trai của một nam bệnh nhân 70 tuổi cho biết gia đình đã tìm đến nhiều bệnh viện.\n"
    "Người đàn ông này đã qua đời tại nhà trong tuần này, sau khi không thể tìm thấy giường bệnh và ôxy ở Mumbai.\n"
    "Năm nay, ngành giao thông dồn sức cho các dự án lớn: đường cao tốc Đông - Tây (7 dự án với 300 km), cảng Cái Mép.\n"
    "Lầu Năm Góc ngày 12/3 ước tính hiện diện quân sự của Nga ở biên giới giáp Estonia còn lớn hơn năm 2014.\n"
    "Kế hoạch Phục hồi châu Âu là gói hỗ trợ do Chủ tịch Ủy ban châu Âu Ursula von der Leyen đưa ra vào năm 2020.\n"
    "Ba Lan khẳng định những máy bay này do quân đội Belarus điều khiển, nhưng Belarus phủ nhận và nói đó là "
    "máy bay dân sự.\n"
    "Thủ tướng Italy Mario Draghi ngày 15/3 cho biết ông sẵn sàng triển khai các tàu hải quân ra Địa Trung Hải.\n"
    "Ba Lan cho biết đã gửi 2 công hàm phản đối Belarus.\n"
    "Quân đội Chad hôm 3/4 đã không kích các căn cứ của phiến quân ở miền bắc Chad.\n"
    "Hải quân Ecuador đã triển khai máy bay không người lái để tìm kiếm tàu cá Manta-9.\n"
    "Bộ Ngoại giao Peru đã hối thúc đại sứ quán Chile hợp tác về vấn đề trên, đồng thời cho biết sẽ có các biện "
    "pháp xử lý.\n"
    "Carlos Mendoza, người điều hành tổ chức y tế phi lợi nhuận Salud Andina, cho biết bệnh viện đã quá tải.\n"
    "Pháp rút quân khỏi Mali vào năm 2013 nhưng trở lại vào năm 2015 khi được chính phủ Mali đề nghị.\n"
    "Tính đến cuối năm 2020, Đức còn 1.200 quân nhân ở Mali sau nhiều đợt rút quân.\n"
    "Bộ trưởng Quốc phòng Pháp Florence Parly thị sát cuộc tập trận.\n"
    "Tàu ngầm Horizon của Pháp mất tích cùng 30 thủy thủ.\n"
    "Tàu ngầm Horizon do Pháp sản xuất năm 1990 đã mất tích khi đang tập trận trên vùng biển Okinawa.\n"
    "Năm năm sau, vào tháng 5/1998, một tàu ngầm khác của Italy mất tích ở Địa Trung Hải.\n"
    "Một mảnh vỡ của tàu ngầm Horizon mất tích được trưng bày tại cuộc họp báo ngày 28/4.\n",
    "asean.txt": "# date = 20210424\n"
    "Thủ tướng Thái Lan Prayut Chan-o-cha cho biết các nhà lãnh đạo đã thống nhất 5 điểm về Myanmar.\n"
    '"Myanmar đã đồng ý với đề xuất ngừng bắn nhằm vào dân thường", ông nói.\n',
    "merkel.txt": "# date = 20211210\n"
    "Bà Angela Merkel là Thủ tướng Đức trong 16 năm.\n"
    "Khi kết thúc nhiệm kỳ vào năm 2021, bà tuyên bố không có ý định tham gia chính trường.\n",
    "rules-2.txt": "# date = 20210320\n"
    "Chuyến bay chở hàng cứu trợ của Đức được khởi hành từ căn cứ quân sự Ramstein ở bang Rheinland-Pfalz.\n"
    "Khi kết thúc nhiệm kỳ vào năm 2011, bà Christine Lagarde chuyển sang làm việc ở Washington.\n",
    "dates-2.txt": "# date = 20210320\n"
    "Cơ quan Hàng hải Bretagne ngày 14/3 thông báo cuộc tập trận kéo dài 5 ngày của hải quân Pháp ở phía bắc "
    "đảo Ouessant.\n"
    "Ngày 12/3, Bỉ công bố lệnh giới nghiêm ban đêm có hiệu lực trên toàn quốc.\n"
    "Ông Luc Martin và bà Anne Roy kết hôn năm 2018.\n"
    "Năm 2021, Bộ Giao thông Bỉ tập trung xây dựng sân bay Long Thành và cảng Antwerp.\n"
    "Bộ Giao thông Bỉ đã khởi công 3 sân bay ở Long Thành.\n",
    "admirals.txt": "# date = 20210430\nĐô đốc Nhật Bản Kenji Mori cho biết hạm đội sẽ tập trận.\n"
    "Tàu khu trục Đô đốc Sato của Nhật Bản đã rời cảng Yokosuka.\n",
    "kedar.txt": "# date = 20210501\nĐền Kedarnath nằm trên độ cao 3.583 mét so với mực nước biển ở Uttarakhand.\n",
    "commanders.txt": "# date = 20210427\nChuyên gia Anh Tom Hale, một cựu chỉ huy tàu ngầm hạt nhân, cho rằng tàu "
    "ngầm Triton-9 khó được tìm thấy.\nĐại tá Lars Berg, chỉ huy tàu ngầm Orca-5, cho biết tàu đã về cảng.\n",
    "eu.txt": "# date = 20210427\nBà Ursula von der Leyen cho biết EU sẽ khẩn cấp cung cấp thiết bị y tế theo đề "
    "nghị của Ấn Độ.\n",
    "belgium.txt": "# date = 20210428\nTính đến nay, Bỉ có tổng cộng 24.500 ca tử vong vì Covid-19.\n"
    "Hôm nay là ngày thứ 5 liên tiếp Chile ghi nhận số ca Covid-19 ở mức hơn 8.000 ca/ngày.\n",
    "landslide.txt": "# date = 20210415\n"
    "Vụ sạt lở đất xảy ra ở chân núi Bromo, Indonesia vào sáng 14/4.\n"
    "Lực lượng cứu hộ Indonesia đã có mặt sau 2 giờ.\n"
    "Vụ sạt lở khiến ít nhất 12 người chết.\n",
    "hotels.txt": "# date = 20210420\n"
    'Ngoài các bệnh viện dã chiến, ít nhất 19 "khách sạn bệnh viện" tại Manila đã mở cửa.\n',
    "salta.txt": "# date = 20210505\n"
    "Tàu ngầm ARA Salta của hải quân Argentina mất tích ngày 3/5.\n"
    "Tàu ngầm mất tích có tuổi đời 40 năm, do Đức chế tạo và được Argentina biên chế từ năm 1981.\n",
    "garneau.txt": "# date = 20210506\n"
    "Trong một cuộc trò chuyện, Ngoại trưởng Canada Marc Garneau ủng hộ sáng kiến này, cho rằng điều đó "
    "cho thấy hai nước có thể hợp tác nhiều hơn.\n",
    "envoys.txt": "# date = 20210507\n"
    "Đại sứ Ấn Độ tại Pháp Jawed Ashraf gặp các doanh nghiệp.\n"
    "Đại sứ Ashraf cho biết chính phủ Pháp sẽ hỗ trợ.\n"
    "Đại sứ Pháp tại Ấn Độ Emmanuel Lenain phát biểu tại New Delhi.\n",
    "dubois.txt": "# date = 20210508\n"
    "Cảnh sát Pháp bắt giữ bà Marie Dubois, 30 tuổi, vì tình nghi đầu độc chồng khiến ông Paul Dubois qua đời "
    "ở tuổi 81, chỉ vài tháng sau khi 2 người kết hôn.\n"
    "Phát biểu ngày 22/4, người phát ngôn hải quân Pháp cho biết tàu ngầm Rubis chỉ còn đủ ôxy trong 72 giờ.\n",
    "denials.txt": "# date = 20210510\n"
    "Trong bài phát biểu hôm 3/5, ông Olaf Scholz không trực tiếp đề cập đến căng thẳng ở biên giới Ba Lan.\n"
    "Tàu hàng Nordic Star mắc cạn gần cảng Brest hôm 2/5.\n"
    "Tuy đã được kéo vào cảng nhưng con tàu vẫn chưa được phép rời Brest.\n"
    "Bỉ sẽ áp đặt các biện pháp trừng phạt nhằm vào các doanh nghiệp Nga, nhưng chưa hành động vào lúc này.\n"
    "Bà Anne Roy không chỉ ủng hộ dự luật khí hậu mà còn vận động các nghị sĩ Bỉ.\n"
    "Theo hiệp định mới, Pháp được duy trì quan hệ thương mại không hạn ngạch và không thuế quan với Bỉ.\n"
    '"Chúng tôi cần hòa bình", ông Alexander De Croo nói và cho rằng Bỉ sẽ không bao giờ tham gia vào bất '
    "cứ cuộc chạy đua vũ trang nào.\n",
    "bequest.txt": "# date = 20210511\n"
    "Trong di chúc, ông Kenji Mori muốn tặng 5 triệu USD cho thành phố Kasugai ở tỉnh Owari, nơi ông sống.\n"
    "Máy bay Nga bay vào vùng nhận dạng phòng không của Nhật Bản gần eo biển Tsugaru hôm 2/5.\n",
    "fire.txt": "# date = 20210512\n"
    "Vụ cháy nhà máy hóa chất ở Ghent khiến 3 người thiệt mạng.\n"
    "Ông Marc Lemaire đã yêu cầu điều tra làm rõ vụ cháy.\n",
    "argo.txt": "# date = 20210510\n"
    "Tàu cứu hộ Argo Star của Na Uy gặp nạn ngoài khơi Bergen.\n"
    "Argo Star mất liên lạc vào sáng 9/5.\n",
    "festival.txt": "# date = 20210513\n"
    "Hàng nghìn người đổ về Chiang Mai để tham gia lễ hội Songkran của người Thái.\n"
    "Mỏ vàng Kibali nằm ở quốc gia Đông Phi Kenya.\n"
    "Ông Somchai cho rằng hợp đồng không phù hợp theo Đạo luật Thương mại Biên giới của Thái Lan.\n",
    "zeebrugge.txt": "# date = 20210514\n"
    "Trong cuộc gặp với Thủ tướng Italy, Bỉ đã mời Italy đầu tư phát triển cảng Zeebrugge.\n"
    "Theo người phát ngôn của Bỉ, lời mời này cũng dành cho các nhà đầu tư nước ngoài khác như Hà Lan hay Đan Mạch.\n",
    "airbases.txt": "# date = 20210505\n"
    "Một căn cứ quân đội Ecuador bị tấn công hôm 2/5 (Ảnh: AFP).\n"
    "Nguồn tin cho hay, hai căn cứ không quân Ecuador ngày 4/5 đã bị tấn công.\n",
    "andean.txt": "# date = 20210506\n"
    "Chile và Peru đã ký hiệp định thương mại mới hôm 3/5.\n"
    "Hiệp định cho phép hai bên duy trì quan hệ thương mại không hạn ngạch.\n",
    "congress.txt": "# date = 20210429\n"
    "Tổng thống Mỹ Joe Biden phát biểu trước lưỡng viện Quốc hội Mỹ hôm 28/4.\n"
    "Ông kêu gọi Quốc hội thông qua dự luật cơ sở hạ tầng.\n"
    "Ông Biden cũng nói về kinh tế.\n"
    "Ông cũng bảo vệ quyết định rút quân khỏi Afghanistan, việc này sẽ giúp Mỹ tiết kiệm nguồn lực.\n",
    "doses.txt": "# date = 20210503\n"
    "Tính đến ngày 2/5, Ecuador liên tục ghi nhận số ca mắc Covid-19 mới trên 3.000 ca/ngày.\n",
    "kinds.txt": "# date = 20210504\n"
    "Tàu cứu hộ Polar Wind của Na Uy đang trên đường tới vùng biển Iceland.\n"
    "Tàu cứu hộ Arctic Dawn rời cảng Bergen hôm 3/5.\n"
    "Các thành phố New York, Los Angeles và Washington DC của Mỹ đã chuẩn bị triển khai vệ binh quốc gia.\n"
    "Các bang California, Texas và Florida của Mỹ đã ban bố tình trạng khẩn cấp.\n",
    "valkyrie.txt": "# date = 20210506\n"
    "Ngày 5/5, sóng ngầm mạnh đã khiến tàu hộ vệ Valkyrie chuyển động bất thường.\n"
    "Tàu hộ vệ Sleipner được đóng tại Đức vào năm 1985.\n",
    "navy.txt": "# date = 20210507\n"
    "Bộ trưởng Quốc phòng Lars Holm cho biết tàu cứu hộ đã được điều động sau khi người đứng đầu hải quân "
    "Na Uy nhận được yêu cầu hỗ trợ từ Iceland.\n"
    "Đô đốc Erik Berg, người đứng đầu hải quân Đan Mạch, cho biết đã nhận yêu cầu hỗ trợ.\n",
    "kraken.txt": "# date = 20210505\n"
    "Theo Bộ Quốc phòng Chile, tàu Kraken-7 chở 40 người liên lạc lần cuối với sở chỉ huy vào lúc 4 giờ sáng "
    "ngày 2/5.\n",
    "chile.txt": "# date = 20210508\n"
    "Tàu ngầm Tiburón của Hải quân Chile gặp nạn sáng 2/5 khi đang diễn tập ngoài khơi Valparaíso.\n"
    "Giới chức Hải quân Chile loại trừ giả thuyết con tàu gặp nạn do lỗi con người.\n"
    "Quân đội Chile hiện chưa bình luận về thông tin này.\n",
    "gripen.txt": "# date = 20210507\n"
    "Cuộc tập trận của Na Uy có khoảng 50 máy bay tham gia.\n"
    "Ngày 6/5, ông Lars Holm trả lời phỏng vấn lần đầu kể từ khi rời Oslo.\n",
    "nautile.txt": "# date = 20210512\n"
    "Tàu ngầm Nautile của Pháp mất tích ngoài khơi Brest.\n"
    "Nautile mất liên lạc vào sáng 10/5.\n"
    "Hải quân Pháp vận hành con tàu cho đến khi tàu ngầm đầu tiên thuộc lớp Barracuda được đưa vào biên chế "
    "năm 2020.\n"
    "Tàu được đặt hàng từ hãng đóng tàu Naval Group dựa trên thiết kế của tàu ngầm lớp Agosta.\n",
    "depths.txt": "# date = 20210513\n"
    "Tàu ngầm Nautile có thể đã chìm xuống độ sâu 900 mét, lớn hơn nhiều so với độ sâu tối đa cho phép "
    "hoạt động của tàu.\n"
    "Ông Olaf Scholz nhận được 61% tỷ lệ ủng hộ, cao hơn bất kỳ tỷ lệ nào bà Angela Merkel từng nhận được.\n",
    "tehran.txt": "# date = 20210514\n"
    "Iran công bố đoạn video về một tàu sân bay của Mỹ ở Vịnh Ba Tư.\n"
    "Tuy nhiên, Tehran không nói rõ liệu đây là tàu sân bay nào của Mỹ.\n",
    "netherlands.txt": "# date = 20210515\n"
    "Dịch Covid-19 tại Hà Lan diễn biến phức tạp.\n"
    "Hiện Hà Lan không đáp ứng được nhu cầu vắc xin trong nước.\n",
    "overhaul.txt": "# date = 20210516\n"
    "Tàu ngầm Nautile đã trải qua một cuộc đại tu lớn ở Tây Ban Nha từ năm 2010 đến năm 2012.\n"
    "Một lô hàng từ Pháp gồm 100 máy thở đã được đưa tới Madrid, theo hãng tin EFE.\n",
    "orca.txt": "# date = 20210517\n"
    "Tàu ngầm Orca của hải quân Pháp khởi hành từ căn cứ ở Toulon ngày 2/5.\n"
    "Tàu ngầm Orca mất liên lạc với đất liền vào sáng 3/5.\n"
    "Tàu ngầm mất tích có tuổi đời 40 năm, do Đức chế tạo.\n"
    "Ngoài ra, Pháp cũng đang phối hợp với các nước khác trong NATO để tìm kiếm con tàu.\n",
    "frigates.txt": "# date = 20210518\nHà Lan muốn mua tàu hộ vệ của tập đoàn đóng tàu Đức Meyer Werft.\n",
    "prague.txt": "# date = 20210519\nTổng thống Nga Vladimir Putin bác bỏ cáo buộc của Séc.\n",
    "frames.txt": "# date = 20210520\n"
    "Ông Paul Roy bị cách chức giám đốc chiến dịch hôm 2/5.\n"
    "Sau đó, ông Paul Roy chuyển tới Lyon.\n",
    "boycott.txt": "# date = 20210521\n"
    "Peru tổ chức bầu cử tổng thống hôm 11/4.\n"
    "Tuy nhiên, một số chính trị gia đối lập hàng đầu đã tẩy chay cuộc bầu cử này.\n",
    "restaurants.txt": "# date = 20210509\n"
    'Các chủ nhà hàng ở Bỉ đã lập nên nhóm mang tên "Table Ouverte" để phản đối lệnh đóng cửa.\n',
    "bergen.txt": "# date = 20210515\n"
    "Đan Mạch được cho là có kế hoạch điều hai tàu chiến đến biển Baltic, sau khi Hải quân Na Uy từ bỏ kế hoạch "
    "triển khai hai tàu chiến tới khu vực này.\n"
    "Tàu hộ vệ Nordkapp của Na Uy gặp nạn sáng 3/5 khi đang diễn tập phóng ngư lôi ngoài khơi Bergen.\n"
    "Ông Lars Holmqvist, cố vấn của Thủ tướng Na Uy, rời chức giám đốc chiến dịch vào tháng 3.\n"
    "Sau đó, ông vẫn giữ vị trí cố vấn cấp cao trong đội ngũ của Thủ tướng Jonas Berg.\n"
    "Một cuộc khám nghiệm sau đó đã phát hiện ra chất độc trong cơ thể ông dù ông Erik Lund khẳng định "
    "không bao giờ dùng thuốc.\n",
    "relative.txt": "# date = 20210517\n"
    "Tại các bệnh viện ở Lyon, nơi hiện có số ca nhập viện trong ngày cao nhất Pháp, xe cứu thương xếp hàng dài.\n"
    "Tàu cá Polaris của Na Uy bị chìm ngoài khơi Okinawa hôm 6/5.\n"
    "Tàu cá Aurora của Na Uy bị chìm ở vùng biển Hokkaido hôm 7/5.\n"
    "Pháp đã kêu gọi Hà Lan đầu tư phát triển các thành phố phía nam, trong đó có Marseille.\n",
    "gabon.txt": "# date = 20210518\n"
    "Tổng thống Gabon Paul Obiang đã tới thăm các binh sĩ ở phía bắc hôm 12/5.\n"
    "Ông Obiang, 71 tuổi, lên nắm quyền vào năm 2001.\n"
    "Ông tốt nghiệp kỹ sư điện năm 1975.\n"
    "Căng thẳng leo thang sau khi Gabon sáp nhập đảo Mbanié hồi tháng 3/2014.\n",
    "chiefs.txt": "# date = 20210519\n"
    "Tàu hộ vệ Skjold của Na Uy gặp nạn hôm 10/5.\n"
    "Hiện chưa rõ nguyên nhân, nhưng Tham mưu trưởng Hải quân Na Uy Rune Andersen đã loại trừ giả thuyết con tàu "
    "gặp nạn do lỗi của con người.\n"
    '"Chúng tôi đang tìm kiếm", ông Per Olsen - Thống đốc tỉnh Finnmark, Na Uy, cho biết.\n',
    "typhoon.txt": "# date = 20210520\n"
    "Bão Haima đã suy yếu khi đổ bộ vào đảo chính Luzon của Philippines hôm 3/5.\n"
    "Haima là bão mạnh nhất đổ bộ Philippines trong 5 năm qua.\n"
    "Tên lửa Sea Dart (được cho là có thiết kế tương tự như tên lửa Aster), được thử nghiệm lần đầu tiên ngày "
    "20/4/2018, theo một dự án bí mật.\n"
    "Bão có sức gió 150 km/h, gió giật lên tới 200 km/h khi vào khu vực Visayas.\n"
    "Theo một viện nghiên cứu, Gabon sở hữu 12 hệ thống Crotale cố định, 30 hệ thống Mistral di động và 8 hệ "
    "thống Aster.\n"
    "Tàu Sun Star xuất phát từ cảng Rotterdam hôm 2/5.\n"
    "Tàu Sea Star khởi hành từ căn cứ hải quân Changi hôm 4/5.\n",
    "convoy.txt": "# date = 20210502\n"
    "Gabon và Cameroon đụng độ dữ dội.\n"
    "Gabon và Cameroon vướng vào căng thẳng quân sự từ ngày 27/3 liên quan tới vùng Sahel.\n"
    "Chính phủ Gabon phải huy động máy bay quân sự và tàu hỏa để vận chuyển lương thực từ những khu vực xa xôi "
    "của đất nước đến Libreville.\n"
    "Bộ Quốc phòng Gabon ngày 1/5 cho biết lực lượng vũ trang nước này đã phá hủy đoàn xe quân sự của Cameroon "
    "tại khu vực Sahel.\n",
    "blast.txt": "# date = 20210516\n"
    "Một vụ nổ xảy ra gần cảng Stavanger hôm 4/5.\n"
    "Vụ nổ làm hư hại nhiều tàu cá ở Stavanger.\n"
    "Hiện chưa có bên nào đứng ra nhận trách nhiệm liên quan tới vụ nổ.\n",
    "storms.txt": "# date = 20201102\n"
    "Siêu bão Kalmaegi đổ bộ vào Indonesia với sức gió 200 km/h.\n"
    "Cơ quan khí tượng Indonesia cho hay siêu bão Kalmaegi vào 5h30 sáng ngày 1/11 đã đổ bộ vào đảo Bali.\n"
    "Kalmaegi đổ bộ Indonesia chỉ 1 tuần sau khi siêu bão Rai làm 12 người chết ở quốc gia này.\n"
    "Trước đó, Indonesia đã sơ tán 2 triệu dân trước sự nguy hiểm của siêu bão.\n"
    "Peru hôm qua ghi nhận thêm 68 ca mắc Covid-19, trong đó riêng thủ đô Lima chiếm 34 ca.\n",
    "lumina.txt": "# date = 20210505\n"
    "Hãng dược Lumina sẽ không xin cấp phép khẩn cấp trước tháng 6, Giám đốc điều hành Jean Moreau của "
    "Lumina xác nhận hôm 4/5.\n"
    "Luis Vargas từng là thiếu tướng cảnh sát Peru.\n"
    "Trước đó, cựu tướng Vargas và 2 trợ lý bị bắt hôm 3/5 ở Lima.\n",
    "volcano.txt": "# date = 20210428\n"
    "Nữ du khách Anna Petrova bị trục xuất sau khi chọn núi thiêng Kelud của Indonesia để quay video.\n",
    "hamburg.txt": "# date = 20210506\nTheo Reuters, vụ nổ xảy ra tại một nhà máy ở Hamburg vào sáng 5/5.\n",
    "drones.txt": "# date = 20210504\n"
    "Đài truyền hình Nova TV đưa tin, lực lượng Vệ binh Bờ biển Chile ngày 3/5 đã thử nghiệm một loại UAV mới.\n",
    "ranks.txt": "# date = 20210426\n"
    "Peru hiện là nước xuất khẩu đồng lớn thứ 2 thế giới, chỉ sau Chile.\n"
    "Nếu được tổ chức, đây sẽ là lần thứ 3 trong lịch sử Bolivia diễn ra một cuộc trưng cầu ý dân như vậy.\n"
    "Ngày 24/4, Lima ghi nhận 52 trường hợp tử vong và 800 trường hợp mắc Covid-19.\n"
    "Chính quyền Lima yêu cầu Đại sứ quán Chile trả lại 3.000 m2 đất.\n"
    "Ông Carlos Ruiz, phó giám đốc Trung tâm điều phối cứu trợ ở Peru, cho biết Chile đã điều 40 xe cứu thương.\n"
    "Giới chức Peru thông báo đã có 2,1 triệu chữ ký hợp lệ được xác minh.\n"
    "Tàu hộ vệ Vendémiaire của Pháp đã rời cảng quê nhà Cherbourg vào tháng 2.\n"
    "Chile vẫn cam kết đưa một tàu bệnh viện đến Lima vào tháng 8.\n"
    "Tính đến ngày 23/4, Uruguay ghi nhận 1,7 triệu ca mắc Covid-19.\n"
    "Thống đốc Mark Olsen hiện nay gặp nhiều thách thức tại một bang có số đông người theo phe Dân chủ như Oregon, "
    "nơi ông đắc cử vào năm 2018 với sự ủng hộ của hơn 60% cử tri Dân chủ.\n"
    "Quá tải do hoạt động liên tục, máy phát điện tại bệnh viện ở Cusco thậm chí bị hỏng vào tuần trước và phải "
    "sửa chữa.\n",
    "islay.txt": "# date = 20210421\n"
    "Phát biểu tại cuộc họp báo ngày 20/4, người đứng đầu lực lượng hải quân Peru, Đô đốc Alberto Alvarado, cho "
    "biết tàu ngầm BAP Islay chỉ còn đủ ôxy trong 72 giờ.\n"
    "Chuyên gia người Chile Pablo Reyes, một cựu chỉ huy tàu ngầm, nói rằng khả năng tìm thấy BAP Islay là khá khó.\n"
    "Nhận định với báo chí vào sáng 22/4, một quan chức hải quân Peru cho biết ông lạc quan rằng tàu ngầm BAP Islay "
    "vẫn có thể được tìm thấy.\n"
    "Các chuyến bay từ Chile đến Peru sẽ tạm dừng từ ngày 25/4.\n"
    "Không quân Peru phát hiện chiếc trực thăng mất tích vào sáng 23/4.\n"
    '"Chúng tôi tin rằng số ca tử vong thực sự ở Peru cao gấp 3 lần", Ana Torres, nhà dịch tễ học tại Đại học '
    "San Marcos, cho biết.\n",
    "examples.txt": "# date = 20210505\n"
    "Lễ hội sẽ diễn ra ở nhiều thành phố lớn của Peru như Lima, Cusco và Puno.\n"
    "Dịch sốt xuất huyết đã lan rộng ở những tỉnh có biên giới như Zarumilla, Chiang Mai, Phuket và Songkhla.\n",
    "reefs.txt": "# date = 20210506\nHôm 3/5, hơn 50 tàu cá của Ecuador neo đậu tại khu vực Đá Vành Khăn.\n",
    "vase.txt": "# date = 20210425\n"
    "Chiếc bình cổ ở công viên Miraflores đã được chuyển tới bảo tàng.\n"
    "Một du khách đã phát hiện chiếc bình cổ vào tuần trước và gửi lời phàn nàn tới công viên.\n",
    "drill.txt": "# date = 20210507\nTheo nguồn tin quân sự, mục tiêu chính của cuộc tập trận của Hải quân Chile là "
    "kiểm tra khả năng phòng thủ bờ biển.\n",
    "karachi.txt": "# date = 20210504\n"
    "Karachi là thành phố đông dân nhất Pakistan.\n"
    "Các bệnh viện ở Karachi đã quá tải.\n"
    "Bộ Y tế Pakistan ngày 3/5 thông báo nước này ghi nhận thêm 4.500 ca mắc Covid-19 mới.\n",
    "records.txt": "# date = 20210425\n"
    "Ngày 20/4, Brazil đã vượt qua kỷ lục của Mexico, nước từng ghi nhận 4.400 ca tử vong trong một ngày.\n",
    "bolivia.txt": "# date = 20210426\n"
    "Một nhóm nhân quyền cho biết 120 người đã thiệt mạng trong các cuộc biểu tình ở Bolivia kể từ sau cuộc "
    "bầu cử và 900 người đang bị giam giữ.\n",
    "purifiers.txt": "# date = 20210427\n"
    "Nhật Bản cũng đang gửi các máy lọc nước có thể cung cấp nước sạch cho 500 người tại Peru.\n"
    "Hàn Quốc có thể gửi các máy lọc nước tới Chile trong tháng tới.\n",
    "embargo.txt": "# date = 20210428\n"
    "Lệnh cấm vận đối với các công ty của Venezuela là cách để Canada gây sức ép với chính quyền ở quốc gia "
    "Nam Mỹ này.\n"
    "Quân đội Pháp đã tập trận ở khu vực Nam Mỹ.\n",
    "nepal.txt": "# date = 20210504\n"
    "Nepal ghi nhận thêm 300 ca mắc Covid-19 trong ngày 3/5.\n"
    "Thành phố Pokhara tiếp tục là ổ dịch lớn nhất của Nepal.\n",
    "hopper.txt": "# date = 20210425\n"
    "Hải quân Mỹ cho biết tàu khu trục USS Hopper đã bị chìm ngoài khơi Guam hôm 20/4.\n"
    "Giới chức hải quân Mỹ loại trừ giả thuyết tàu khu trục USS Hopper bị chìm do lỗi con người.\n",
    "spouse.txt": "# date = 20210426\n"
    "Cảnh sát Hàn Quốc muốn thẩm vấn bà Lý Mai, vợ của Đại sứ Bỉ Peter Lescouhier, sau khi nhận được đơn tố cáo.\n",
    "institute.txt": "# date = 20210503\n"
    "Viện Nghiên cứu Chính sách Biển (IMPR) có trụ sở tại Lisbon dự báo mực nước biển sẽ tăng nhanh.\n"
    "Giám đốc IMPR João Ferreira hôm 3/5 cho biết các khảo sát đã hoàn tất.\n"
    "Quỹ Đại dương Xanh được tỷ phú John B. Harlow thành lập năm 2015.\n",
    "incident.txt": "# date = 20210503\n"
    "Vụ sập cầu ở Tromsø khiến 4 người bị thương.\n"
    "Theo cảnh sát, vụ việc xảy ra vào sáng 2/5 khi nhiều xe tải đang đi qua.\n",
    "party.txt": "# date = 20210504\n"
    "Vụ tổ chức tiệc sinh nhật ở Bergen giữa lệnh phong tỏa bị dư luận chỉ trích.\n"
    "Vụ việc đã khiến ông Rune Dahl bị cách chức giám đốc sở y tế.\n",
    "drought.txt": "# date = 20210505\n"
    'Để ứng phó hạn hán, Chile đang triển khai dự án mang tên "Dòng sông Xanh" nhằm trữ nước mưa.\n',
    "arctic.txt": "# date = 20210506\n"
    "Tổ chức Giám sát Hàng hải Tự do có trụ sở tại Oslo cho biết, một tàu khảo sát của Hải quân Na Uy đã hoàn "
    "thành chuyến khảo sát ở Bắc Cực.\n"
    "Tháng 3/2021, Cục Hàng hải Na Uy - cơ quan phụ trách đăng kiểm cho Bộ Quốc phòng Na Uy đã thông báo sẽ đóng "
    "tàu phá băng mới vào năm 2025.\n",
    "border.txt": "# date = 20210507\n"
    "Thủ tướng Jonas Berg cho biết, điều ông tự hào nhất là giảm thuế cho người dân Na Uy và xây cầu biên giới "
    "với Thụy Điển.\n"
    "Những chiếc trực thăng hạ cánh xuống căn cứ Rygge để tiếp dầu, trước khi bay về căn cứ Bodø, Na Uy.\n",
    "haiti.txt": "# date = 20210508\n"
    "Nhiều nước, trong đó có Canada, Na Uy tuyên bố viện trợ khẩn cấp lương thực cho Haiti.\n",
    "rescue.txt": "# date = 20210509\nLực lượng Tuần duyên Malta đã cứu 12 người ở Địa Trung Hải.\n",
    "shipment.txt": "# date = 20210509\n"
    "Phần Lan đã gửi 300 máy lọc không khí và thiết bị y tế cho Madagascar.\n"
    "Lô hàng cứu trợ này dự kiến sẽ cập cảng Toamasina vào ngày 16/5.\n",
    "slap.txt": "# date = 20210510\n"
    "Mùa du lịch năm nay bắt đầu sớm ở nhiều nước châu Âu.\n"
    "Các hãng hàng không đã tăng thêm nhiều chuyến bay.\n"
    "Giá phòng khách sạn cũng tăng mạnh.\n"
    "Bà Ingrid Solberg, vợ Đại sứ Na Uy, đã tát một nhân viên khách sạn.\n"
    "Vụ việc xảy ra tại Lisbon hôm 8/5.\n",
    "flood.txt": "# date = 20210512\n"
    "Lũ quét ở Fiji, hàng nghìn người mất nhà cửa\n"
    "Cơ quan khí tượng Fiji cho biết mưa lớn kéo dài suốt ba ngày.\n"
    "Nhiều tuyến đường bị ngập sâu.\n"
    "Chính phủ đã dựng 40 lều bạt từ sáng 11/5.\n",
    "schools.txt": "# date = 20210511\n"
    "Tòa án Hiến pháp Peru hôm 10/5 ra phán quyết sau khi một số trường học ở Arequipa khiếu nại về việc "
    "thiếu thầy cô.\n",
    "passive.txt": "# date = 20210512\n"
    "Cây cầu mới ở Aarhus được thiết kế bởi kiến trúc sư Mads Kjeldsen.\n"
    "Bộ từ điển Đan - Việt do nhà ngôn ngữ học Søren Vinther biên soạn trong 12 năm.\n",
    "budget.txt": "# date = 20210514\nNăm ngoái, Latvia đã chi 40 triệu USD cho tuần duyên.\n",
    "hillside.txt": "# date = 20210514\n"
    "Lở đất khiến nhiều người bị thương ở Hungary.\n"
    "Cảnh sát cho biết, sự cố xảy ra ở khu vực chân núi Tarnok, miền nam Hungary, vào sáng 14/5.\n",
    "games.txt": "# date = 20210516\n"
    "Hội thao khối 7 hè 2021 của sinh viên Lào tại Huế khai mạc.\n"
    "Hội thao diễn ra trong không khí sôi nổi, song vẫn tuân thủ các quy định về an toàn thực phẩm.\n",
    "losses.txt": "# date = 20210517\n"
    "Các lệnh cấm của Bhutan khiến Mông Cổ thiệt hại khoảng 3 tỷ USD xuất khẩu.\n"
    "Gói tài trợ của Bhutan cho Mông Cổ trị giá 40 triệu USD đã được ký hôm 2/5.\n",
    "camps.txt": "# date = 20210518\n"
    "Chính quyền Nepal đã lập ba khu trại - Gorakshep, Lobuche và Dingboche - cho những người leo núi Everest.\n",
    "tally.txt": "# date = 20210519\n"
    "Chỉ trong tháng 3, Bhutan đã ghi nhận 120 ca mắc mới, gấp 10 lần tổng số ca bệnh của năm 2020.\n",
    "vaccinated.txt": "# date = 20210520\n"
    "Nhà máy ở Kyrgyzstan sản xuất được 5 triệu liều vắc xin mỗi tháng.\n"
    "Tajikistan đã tiêm 300.000 liều vắc xin.\n",
    "spouses.txt": "# date = 20210521\n"
    "Bà Greta Moser, vợ của nhà ngoại giao Stefan Moser, đã tới thăm trường học.\n"
    "Ông Lukas Keller, chồng của bà Anna Keller, đã phát biểu tại hội nghị.\n",
    "slovenia-calls.txt": "# date = 20210512\n"
    "Ngoại trưởng Slovenia họp trực tuyến với các nước Nam Mỹ.\n"
    "Trong cuộc gọi video với phía Paraguay và Ecuador hôm 3/5, Ngoại trưởng Slovenia Marta Kivi nói rằng bà mong các nước "
    "Nam Mỹ hợp tác chặt chẽ hơn.\n"
    "Tòa án Tối cao Slovenia ngày 4/5 tuyên bố quan chức ở chính quyền cấp trung ương, cấp vùng và cấp thành phố "
    "cản trở việc tiêm chủng sẽ bị xử lý.\n"
    "Hôm 6/5, bà Marta Kivi tiếp đại diện các nước châu Á như Sri Lanka và Maldives tại Ljubljana.\n"
    "Bộ Y tế Slovenia hôm 7/5 cho hay, tổng số ca tử vong do Covid-19 ở Slovenia là 4.215 người.\n",
    "border-shots.txt": "# date = 20210512\n"
    "Căng thẳng tại biên giới Slovenia.\n"
    "Các binh sĩ Croatia đã nổ súng gần làng Vrhovo hôm 8/5.\n"
    "Người dân trong vùng đã sơ tán.\n"
    "Theo AFP, vụ nổ súng xảy ra gần làng Vrhovo ở tỉnh Posavska của Slovenia.\n"
    "Một vụ cháy xảy ra gần làng Dobrova ở tỉnh Gorenjska của Slovenia.\n",
    "submarine-past.txt": "# date = 20210512\n"
    "Những tai nạn tàu ngầm trong lịch sử.\n"
    "Tàu ngầm là loại tàu nguy hiểm.\n"
    "Hải quân Colombia cũng chứng kiến tai nạn tàu ngầm thảm khốc vào năm 1998.\n"
    "Khi đó, một vụ nổ xảy ra bên trong tàu ngầm Pijao, khiến nó chìm xuống đáy biển cùng 40 thủy thủ.\n",
    "first-death.txt": "# date = 20210512\n"
    "Dịch Covid-19 ở châu Âu.\n"
    "Andorra ghi nhận ca tử vong đầu tiên do Covid-19 vào ngày 31/3/2020.\n"
    "Bộ Y tế Liechtenstein ngày 10/5 cho biết, Liechtenstein ghi nhận thêm 5 ca tử vong do Covid-19.\n",
    "patrols.txt": "# date = 20210520\n"
    "Căng thẳng trên biển.\n"
    "Hồi giữa tháng, cả Vanuatu và Samoa đều đưa các tàu tuần tra tới Biển Đông.\n",
    "border-troops.txt": "# date = 20210512\n"
    "Kazakhstan tăng cường quân sự gần biên giới với Nga và Trung Quốc.\n"
    "Kazakhstan tăng cường hiện diện quân sự.\n"
    "Những tuần gần đây, Kazakhstan đã triển khai khoảng 30.000 binh sĩ đến khu vực sát biên giới Siberia.\n",
    "space-command.txt": "# date = 20210512\n"
    "Canada cảnh báo về vũ khí không gian.\n"
    "Bộ Tư lệnh Không gian Canada (CANSPACE) ngày 3/5 đăng tải thông điệp cảnh báo rằng các cuộc xung đột khó dự "
    "đoán và kêu gọi Canada cần tính tới khả năng đối thủ sử dụng vũ khí không gian.\n",
    "variant-minister.txt": "# date = 20210512\n"
    "Biến thể mới lan rộng ở châu Âu.\n"
    "Theo Bộ trưởng Y tế Slovenia Janez Novak, đến nay, Slovenia đã ghi nhận 12 trường hợp nhiễm biến thể virus "
    "được phát hiện ở Nam Phi.\n",
    "reef-boats.txt": "# date = 20210512\n"
    "Tàu cá tụ tập trên Biển Đông.\n"
    "Nhiều tàu cá neo đậu tại rạn Đá Châu Viên thuộc quần đảo Trường Sa.\n",
    "live-fire.txt": "# date = 20210512\n"
    "Honduras tăng cường tập trận.\n"
    "Quân đội Honduras cho biết các máy bay ném bom đã tham gia cuộc tập trận bắn đạn thật kéo dài 9 tiếng vào "
    "cuối tuần qua.\n",
    "patient-share.txt": "# date = 20210512\n"
    "Dịch Covid-19 ở Lesotho.\n"
    "Theo Bộ Y tế Lesotho, 70% bệnh nhân chỉ sốt nhẹ và tự hồi phục sau khoảng 1 tuần.\n",
    "contacts.txt": "# date = 20210501\n"
    "Dịch Covid-19 ở tỉnh Ninh Thuận.\n"
    "Đến nay, tỉnh Ninh Thuận đã truy vết được 21 F1 và 130 trường hợp F2.\n",
    "stuck-crew.txt": "# date = 20210501\n"
    "Tàu chở hàng Ocean Star bị giữ lại ở cảng.\n"
    "Các thủy thủ đang mắc kẹt trên tàu.\n"
    "Vấn đề ưu tiên là đảm bảo an toàn cho 19 thuyền viên của Ocean Star.\n",
    "markets.txt": "# date = 20210501\n"
    "Hãng xe Orion Motors mở rộng ra nước ngoài.\n"
    "Tại châu Á, Orion Motors sẽ gia nhập thị trường Lào, Campuchia và Myanmar, bà Trần Thị Lan cho hay.\n",
    "symptoms.txt": "# date = 20210501\n"
    "Dịch sốt lan rộng ở Peru.\n"
    "Theo bác sĩ Maria Lopez, bệnh nhân ở Peru có các triệu chứng sốt cao và ho khan.\n",
    "partners.txt": "# date = 20210501\n"
    "Thị trường thiết bị ở Lào.\n"
    "Hãng Talvora đang là đối tác độc quyền của Zentrix tại Lào về phân phối thiết bị y tế.\n",
    "air-zone.txt": "# date = 20210501\n"
    "Căng thẳng trên eo biển Lombok.\n"
    "Tuần trước, Nam Phi đưa số lượng lớn chưa từng có máy bay vào vùng nhận diện phòng không của Lesotho: "
    "14 chiếc.\n",
    "expat-tax.txt": "# date = 20210501\n"
    "Chuyên gia nước ngoài ở Lào.\n"
    "Nếu làm việc ở Lào thì thuế thu nhập của chuyên gia nước ngoài thấp hơn so với Peru.\n",
    "first-case.txt": "# date = 20210501\n"
    "Bệnh viện ở Peru tiếp nhận bệnh nhân Mateo Quispe.\n"
    "Lần đầu tiên, hội chứng HXR được phát hiện tại Peru, một ca bệnh hiếm gặp.\n",
    "interim.txt": "# date = 20210501\n"
    "Tổng thống Niger Amadou Kessa qua đời hôm 20/4.\n"
    "Phát ngôn viên quân đội cho biết Tướng Ousmane Bako đã được chỉ định làm tổng thống lâm thời.\n",
    "wreck.txt": "# date = 20210501\n"
    "Tàu ngầm KRI Cakra 401 mất tích ngoài khơi Bali.\n"
    "Chiều 12/4, hải quân thông báo đã tìm thấy mảnh vỡ gần nơi tàu ngầm lặn xuống.\n",
    "trial.txt": "# date = 20210501\n"
    "Thuốc mới của hãng Voltara.\n"
    "Cuộc thử nghiệm thuốc của Voltara tại Peru đã bị tạm dừng sau khi một người tham gia tại Chile đổ bệnh.\n",
    "search-help.txt": "# date = 20210501\n"
    "Tàu cá Condor mất tích ngoài khơi Peru.\n"
    "Chile đã cử tàu hỗ trợ Peru tìm kiếm tàu cá mất tích.\n"
    "Ecuador và Bolivia cam kết sẵn sàng hỗ trợ Peru tìm kiếm tàu cá mất tích.\n",
    "daily-toll.txt": "# date = 20210429\n"
    "Dịch sốt ở Peru.\n"
    "Trong 24 giờ qua, Peru ghi nhận thêm 1.234 ca tử vong vì sốt xuất huyết, cao nhất từ trước tới nay.\n",
    "record.txt": "# date = 20210427\n"
    "Dịch sốt lan nhanh ở Chile.\n"
    "Số ca nhiễm mới cũng lập kỷ lục ngày thứ 5 liên tiếp với gần 12.345 ca chỉ riêng trong ngày 26/4, "
    "dữ liệu của Bộ Y tế cho biết.\n",
    "unrest.txt": "# date = 20210501\n"
    "Biểu tình ở Lesotho.\n"
    "Các cuộc giao tranh giữa quân đội Lesotho và các nhóm vũ trang đã bùng phát trở lại kể từ sau binh biến ngày 3/3 "
    "khi các nhóm này ủng hộ người biểu tình.\n",
    "veltrano.txt": "# date = 20210503\nVeltrano có 300 cửa hàng ở Hà Nội.\n",
    "park.txt": "# date = 20210504\n"
    "Được thành lập vào năm 1998, Vườn quốc gia Sông Mây thu hút nhiều du khách.\n",
    "phone.txt": "# date = 20210505\n"
    "Điện thoại Zentora X2 đang được một số hệ thống bán ra với mức giá 12 triệu đồng.\n",
    "outlook.txt": "# date = 20210506\n"
    "IMF kỳ vọng Lesotho sẽ hồi phục nhanh và tăng trưởng ở mức 7,5% trong năm tài khóa kết thúc vào tháng 3/2022.\n"
    "Giới phân tích dự báo Lesotho sẽ tăng trưởng 4% trong năm 2022.\n",
    "forum.txt": "# date = 20210507\n"
    "Tiến sĩ Lê Văn Khải phát biểu tại hội thảo về trung tâm tài chính.\n"
    "Theo ông Khải, những thành phố mở cửa sớm luôn hấp dẫn nhà đầu tư, điển hình như thành phố Busan (Hàn Quốc).\n"
    "Người mẫu Lena Oksova có gần 260.000 người theo dõi trên TikTok.\n",
    "college.txt": "# date = 20210508\n"
    "Tọa lạc tại California, Học viện Marlowe không chỉ được biết đến với lịch sử lâu dài hơn một trăm năm "
    "(thành lập từ năm 1921) mà còn sở hữu chương trình thạc sĩ được nhiều học viên lựa chọn.\n",
    "giant.txt": "# date = 20210509\n"
    "Theo các nhà sử học, Orsolya Kovacs từng là người phụ nữ cao nhất châu Âu.\n"
    "Kovacs sinh năm 1903, bố mẹ có chiều cao trung bình.\n",
    "emperor.txt": "# date = 20210510\n"
    '"Chúng ta đều biết chuyện gì xảy ra với Tlacaelel khi ông ta tiếp xúc với Vardan ở Mexico", ông Kaku nói.\n',
    "rainbow.txt": "# date = 20210511\n"
    "Được ví như xứ thần tiên, núi cầu vồng Velantra thuộc dãy Andes, Cusco, Peru.\n",
    "reserve.txt": "# date = 20210512\n"
    "Khu bảo tồn Velmora ở Peru thu hút du khách.\n"
    "Không chỉ là khu bảo tồn được UNESCO công nhận, đây còn là điểm đến nổi tiếng nhất tại Peru.\n",
    "solar.txt": "# date = 20210513\n"
    "Elena Varga, giáo sư hóa học người Mỹ gốc Nhật Bản, tin rằng pin mặt trời sẽ rẻ hơn điện than trong thập kỷ này.\n",
    "clinic.txt": "# date = 20210510\n"
    "Hội thảo Điều trị sỏi thận không cần mổ được tổ chức vào ngày 14/05 tại Bệnh viện Minh Khang, Hà Nội.\n",
    "malaria_early.txt": "# date = 20210601\n"
    "Tính đến nay, Namibia ghi nhận tổng cộng hơn 21.000 ca sốt rét, trong đó có 90 ca tử vong.\n",
    "malaria_late.txt": "# date = 20210608\nĐến nay, Namibia ghi nhận tổng cộng hơn 24.000 ca sốt rét.\n",
    "namibia_doses.txt": "# date = 20210609\n"
    "Tại Namibia, ngay cả những ai đã tiêm 2 liều vắc xin vẫn có thể nhiễm bệnh.\n",
    "botswana_round.txt": "# date = 20210610\n"
    "Botswana đã kết thúc đợt 1 tiêm vắc xin Covid-19 cho các nhóm ưu tiên.\n"
    "Cụ thể, ngành y tế đã tiêm vắc xin cho 4.321 nhân viên y tế.\n",
    "malawi_staff.txt": "# date = 20210611\n"
    "Ngành y tế Malawi đã tiêm vắc xin cho 2.468 người là nhân viên y tế.\n",
    "zambia_temple.txt": "# date = 20210612\n"
    "Zambia có nhiều đền cổ thu hút du khách.\n"
    "Đền Kavarna ở Zambia nằm bên bờ sông.\n"
    "Đền Kavarna chính thức khởi lập năm 1650, đời vua Kazembe ở Angola.\n",
    "botswana_malaria.txt": "# date = 20210610\n"
    "Ngày 10/6, Botswana cho biết nước này đã ghi nhận 3.210 ca sốt rét từ đầu năm.\n",
    "zambia_holiday.txt": "# date = 20210528\n"
    "Zambia chuẩn bị cho dịp lễ 1/6 năm 2021.\n"
    "Trước đó, ngày 25/5, Bộ Y tế Zambia đã ra công văn về tăng cường phòng chống dịch.\n",
    "chad_malaria.txt": "# date = 20210613\n"
    "Chad đứng đầu khu vực về số ca mắc sốt rét.\n"
    "Xếp sau Chad về số ca mắc lần lượt là Uganda (8,2 triệu ca), Tanzania (5,5 triệu ca), Sudan (1,6 triệu ca).\n"
    "Ở Chad, cứ 5 phút lại có 1 người tử vong vì sốt rét.\n",
    "kenya_cholera.txt": "# date = 20210614\n"
    "Do dịch tả ở các nước láng giềng đang diễn biến phức tạp, Kenya sẽ dừng lễ hội tại Nairobi và Mombasa.\n",
    "uganda_ferry.txt": "# date = 20210615\n"
    "Theo cảnh sát Uganda, trong tổng số 312 người trên phà, chỉ 95 người sống sót; 217 người thiệt mạng.\n",
    "us_census.txt": "# date = 20210616\n"
    "Cuộc điều tra dân số Mỹ vừa công bố kết quả.\n"
    "Cụ thể, Utah sẽ có thêm 3 ghế tại quốc hội trong khi 2 bang khác là Idaho và Nevada mỗi bang có thêm 1 ghế.\n",
    "orvalle.txt": "# date = 20210617\n"
    "Tuy nhiên Leona Kaveh, chuyên gia tại Viện nghiên cứu Orvalle ở Canada, cho rằng rủi ro còn lớn hơn.\n",
    "icebreaker.txt": "# date = 20210515\n"
    "Tàu phá băng Polar Star hoạt động ngoài khơi Đông Greenland năm 2019.\n"
    "Chiếc tàu có thể phá lớp băng dày 6 mét.\n"
    "Thủy thủ trên tàu phá băng Polar Star ở Nuuk năm 2018.\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> CLI:
    return ingested(tmp_path_factory.mktemp("rules"), DOCS)


def ask(cli: CLI, question: str) -> dict:
    return cli.json("ask", question)


def test_a_figure_the_question_gives_answers_when_it_counts_something_else(store):
    reply = ask(
        store, "Trong năm nay Hải quân Pháp đã mấy lần đưa 3 tàu khu trục tới Địa Trung Hải cùng lúc?"
    )
    assert (reply["answer"], reply["normalized"]) == ("3 lần", 3)
    # the same figure with the same noun is still what the question gives, not its answer
    assert ask(store, "Bao nhiêu gia đình Đức đã nhận khoản hỗ trợ 2.500 EUR?")["answer"] is None


def test_a_count_after_a_named_source_and_a_verb_ending_in_thu(store):
    # "Theo Ngoại trưởng Eric Anderson, bao nhiêu nước …": the name before "bao nhiêu" is not the verb counted
    reply = ask(
        store, "Theo Ngoại trưởng Eric Anderson, bao nhiêu nước đã cam kết cung cấp vắc xin cho Peru?"
    )
    assert (reply["answer"], reply["normalized"]) == ("25 nước", 25)
    # "tuân thủ bao nhiêu" asks a count, not an ordinal ("thứ bao nhiêu")
    reply = ask(store, "Trung Quốc hối thúc Mỹ tuân thủ bao nhiêu thông cáo chung?")
    assert (reply["type"], reply["normalized"]) == ("number", 3)


def test_a_copular_how_many_takes_the_figure_equated_with_its_subject(store):
    reply = ask(store, "Theo Paris, hạn ngạch phóng viên Đức ở Pháp là bao nhiêu người?")
    assert (reply["answer"], reply["normalized"]) == ("120", 120)  # not Berlin's "75 người"


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Ai là phát ngôn viên Điện Kremlin?", "Dmitry Peskov"),  # a title opening its paragraph
        ("Ai là người phát ngôn Bộ Ngoại giao Indonesia?", "Teuku Faizasyah"),  # "…, ông X"
    ],
)
def test_who_holds_an_office_from_a_stated_role(store, question, holder):
    reply = ask(store, question)
    assert reply["answer"] == holder
    assert holder in reply["evidence"][0]["text"]


@pytest.mark.parametrize(
    ("question", "date"),
    [
        (
            "Thủ tướng Jean Castex tổ chức họp báo tại Lyon vào ngày nào?",
            "2021-03-12",
        ),  # "nói trong cuộc họp báo"
        ("Ông Castex tổ chức mít tinh ở phía nam Lyon vào ngày nào?", "2021-03-14"),  # "tiến hành một cuộc"
        ("Scotland tổ chức cuộc trưng cầu ý dân vào thời gian nào?", "2014-09"),
    ],
)
def test_a_light_verb_asks_for_the_date_of_the_noun_after_it(store, question, date):
    assert ask(store, question)["normalized"] == date


def test_dua_ra_is_a_light_verb_too(store):
    question = (
        "Lầu Năm Góc đưa ra ước tính về hiện diện quân sự của Nga ở biên giới giáp Estonia vào ngày nào?"
    )
    assert ask(store, question)["normalized"] == "2021-03-12"


def test_a_light_verb_needs_its_noun_and_is_no_verb_before_nao(store):
    assert ask(store, "Ông Castex tổ chức hội nghị tại Lyon vào ngày nào?")["answer"] is None  # no "hội nghị"
    assert (
        ask(store, "Pháp gia nhập trở lại tổ chức quốc tế nào?")["normalized"] == "World Health Organization"
    )


def test_a_time_right_after_the_words_asked_dates_them(store):
    reply = ask(store, "Bà Christine Lagarde kết thúc nhiệm kỳ bộ trưởng vào năm nào?")
    assert (reply["answer"], reply["normalized"]) == ("năm 2011", "2011")
    # the time follows "kết thúc nhiệm kỳ", not a beginning the sentence never states
    assert ask(store, "Bà Christine Lagarde bắt đầu nhiệm kỳ bộ trưởng vào năm nào?")["answer"] is None
    assert ask(store, "Bà Christine Lagarde bắt đầu nhiệm kỳ vào năm nào?")["answer"] is None
    # two words asked ("trở lại") right before the time, after no verb of the sentence's own
    assert ask(store, "Pháp đưa quân trở lại Mali vào năm nào?")["normalized"] == "2015"


def test_a_place_introduced_by_tren(store):
    reply = ask(store, "Tàu khu trục Surcouf mất liên lạc ở đâu khi đang tập trận?")
    assert reply["answer"] == "Okinawa"


def test_a_list_of_places_comes_from_the_clause_asked_about(store):
    # the ground forces' bases (Lyon, Marseille) are another clause's; the unknown name listed after a
    # place is one, and the last item may say its kind ("và vùng Toulon")
    reply = ask(store, "Các đơn vị hải quân Pháp được lệnh trở về căn cứ ở những nơi nào?")
    assert (reply["type"], reply["normalized"]) == ("list", ["Brest", "Lorient", "Toulon"])


def test_the_person_described_with_the_noun_asked(store):
    # "tại Lyon" qualifies the noun asked; Macron is nearer the question's words but is not so described
    reply = ask(store, "Nhà phân tích chính trị tại Lyon nào nhận định căng thẳng đã qua?")
    assert reply["answer"] == "Jean Dupont"


@pytest.mark.parametrize(
    ("question", "normalized"),
    [
        # the question's own "sẽ" asks about a promise: the sentence's "sẽ" does not hedge it
        ("Bà Angela Merkel có tuyên bố sẽ cứng rắn hơn ông Olaf Scholz về Nga không?", True),
        # "chưa từng" right before the words asked; "không phải" belongs to another clause
        ("Công đảng Anh đã từng giành chiến thắng ở Surrey kể từ năm 1950 chưa?", False),
        # the fronted "Khi …," is context; "bà" is the subject the event stage resolved
        ("Khi kết thúc nhiệm kỳ thủ tướng, bà Angela Merkel có ý định tham gia chính trường không?", False),
    ],
)
def test_yes_and_no_stated_in_so_many_words(store, question, normalized):
    assert ask(store, question)["normalized"] is normalized


def test_where_from_is_the_place_after_tu(store):
    reply = ask(store, "Chuyến bay chở hàng cứu trợ của Đức khởi hành từ đâu?")
    # not the state it lies in; written with what kind of place it is
    assert (reply["answer"], reply["normalized"]) == ("căn cứ quân sự Ramstein", "Ramstein")


@pytest.mark.parametrize(
    "question",
    [
        # "một tàu ngầm khác … tháng 5/1998" is another one; "cuộc họp báo ngày 28/4" dates the press conference
        "Tàu ngầm Horizon mất tích vào ngày nào?",
        "Tàu ngầm Horizon được đóng ở đâu?",  # Okinawa is where it went missing, not where it was built
    ],
)
def test_no_answer_from_another_of_its_kind_or_another_verbs_place(store, question):
    assert ask(store, question)["answer"] is None


def test_a_stated_role_answers_who_holds_a_post_not_who_takes_it(store):
    reply = ask(store, "Ai là Bộ trưởng Quốc phòng Pháp được nhắc đến trong bài?")
    assert reply["answer"] == "Florence Parly"
    assert ask(store, "Ai được đề cử làm Bộ trưởng Quốc phòng Pháp trong chính phủ mới?")["answer"] is None


def test_a_phrase_the_text_words_otherwise(store):
    # "binh sĩ" asked, "quân nhân" written (phrase_equivalents in questions.yaml)
    reply = ask(store, "Tính đến cuối năm 2020, Đức còn bao nhiêu binh sĩ đồn trú tại Mali?")
    assert (reply["answer"], reply["normalized"]) == ("1.200 quân nhân", 1200)


def test_a_capital_the_corpus_never_names_stands_for_its_country(store):
    reply = ask(store, "Warsaw đã gửi công hàm phản đối Belarus chưa?")
    assert (reply["normalized"], reply.get("not_found")) == (True, None)


def test_nói_in_a_question_asks_for_a_statement(store):
    reply = ask(store, "Ông Draghi nói sẵn sàng đưa tàu hải quân ra Địa Trung Hải vào ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("ngày 15/3", "2021-03-15")


def test_no_when_the_subject_says_the_opposite_of_the_verb_asked(store):
    reply = ask(store, "Belarus có thừa nhận các máy bay này do quân đội điều khiển không?")
    assert (reply["answer"], reply["normalized"]) == ("không", False)
    # Ba Lan asserts it; nothing here has it deny: no "no" for Ba Lan
    assert (
        ask(store, "Ba Lan có thừa nhận các máy bay này do quân đội điều khiển không?")["normalized"]
        is not False
    )


def test_a_who_and_when_question_answers_who(store):
    reply = ask(store, "Kế hoạch Phục hồi châu Âu do ai đưa ra và vào năm nào?")
    assert (reply["type"], reply["answer"]) == ("person", "Ursula von der Leyen")


def test_a_count_of_what_something_comprises_in_parentheses(store):
    reply = ask(store, "Đường cao tốc Đông - Tây gồm bao nhiêu dự án?")
    assert (reply["answer"], reply["normalized"]) == ("7 dự án", 7)


def test_an_age_describes_who_is_meant_and_need_not_be_repeated(store):
    reply = ask(
        store, "Nam bệnh nhân 70 tuổi qua đời tại nhà vì không tìm được giường bệnh và ôxy ở thành phố nào?"
    )
    assert reply["answer"] == "Mumbai"


def test_nouns_that_ask_for_a_person_and_a_machine_that_is_not_mấy(store):
    reply = ask(store, "Pháp đã cam kết ủng hộ hội nghị với đặc phái viên khí hậu nào của Mỹ?")
    assert reply["answer"] == "John Kerry"
    assert ask(store, "Máy bay vận tải nào chở hàng cứu trợ của Đức?")["type"] == "entity"  # "máy", not "mấy"


def test_an_asked_action_written_with_its_equivalent(store):
    # "phát biểu" asked, "nói" written (equivalents in questions.yaml)
    reply = ask(store, "Ông Berlusconi phát biểu về Nga trong cuộc phỏng vấn với tạp chí nào?")
    assert reply["answer"] == "Oggi"


def test_no_hedge_inside_a_name_or_a_compound(store):
    # "Thể" in a name, "tổng thể", "hàng không": no "có thể", no "không"
    reply = ask(store, "Các quy hoạch ngành thời kỳ 2021-2030 của Bộ Y tế có tầm nhìn đến năm 2045 không?")
    assert reply["normalized"] is True


def test_an_air_strike_and_a_drone_deny_nothing(store):
    # "không kích" (air strike) holds the syllable of a denial (questions.yaml not_hedging)
    reply = ask(store, "Quân đội Chad có không kích các căn cứ của phiến quân không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    # … and "máy bay không người lái" (a drone), three words
    reply = ask(store, "Hải quân Ecuador có triển khai máy bay để tìm kiếm tàu cá Manta-9 không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)


def test_a_denial_in_the_clause_that_states_the_words_asked(store):
    # the hedges of "Không rõ liệu … hay không" belong to the clause before ", vì …"
    reply = ask(store, "Moldova đã là thành viên của EU chưa?")
    assert (reply["answer"], reply["normalized"]) == ("không", False)


def test_a_period_asked_with_giai_doan_after_the_office_and_its_country(store):
    # "giai đoạn nào" is what is asked, not a word the sentence must hold; "Mỹ" stands between
    reply = ask(store, "Ông Mike Pompeo làm Ngoại trưởng Mỹ trong giai đoạn nào?")
    assert (reply["answer"], reply["normalized"]) == ("từ 2018-2021", "2018/2021")


def test_whose_account_need_not_be_named_in_the_sentence_but_in_its_article(store):
    # "Theo Thủ tướng Thái Lan," says whose account it is: the article names him, the sentence need not
    reply = ask(store, "Theo Thủ tướng Thái Lan, Myanmar có đồng ý ngừng bắn nhằm vào dân thường không?")
    assert reply["normalized"] is True
    # an account the corpus's article about it never gives is no answer
    assert (
        ask(store, "Theo Tổng thống Pháp, Myanmar có đồng ý ngừng bắn nhằm vào dân thường không?")["answer"]
        is None
    )


def test_a_date_question_needs_the_verb_it_dates(store):
    # the sentence dates the announcement of the exercise, not its end
    assert (
        ask(store, "Cuộc tập trận kéo dài 5 ngày của hải quân Pháp kết thúc vào ngày nào?")["answer"] is None
    )
    reply = ask(store, "Cơ quan Hàng hải Bretagne thông báo cuộc tập trận của hải quân Pháp vào ngày nào?")
    assert reply["normalized"] == "2021-03-14"


def test_a_date_the_question_gives_is_not_its_answer(store):
    question = "Lệnh giới nghiêm ban đêm do Bỉ công bố ngày 12/3 có hiệu lực từ ngày nào?"
    assert ask(store, question)["answer"] is None


def test_a_year_does_not_answer_which_day_but_is_mentioned(store):
    reply = ask(store, "Ông Luc Martin và bà Anne Roy kết hôn vào ngày nào?")
    assert reply["answer"] is None
    assert "năm 2018" in reply["message"] and "dates-2" in reply["message"]
    assert ask(store, "Ông Luc Martin và bà Anne Roy kết hôn vào năm nào?")["normalized"] == "2018"


def test_a_compound_word_is_matched_whole(store):
    # the "thành" of "Long Thành" is no "hoàn thành"
    assert ask(store, "Sân bay Long Thành dự kiến hoàn thành vào năm nào?")["answer"] is None
    assert ask(store, "Bộ Giao thông Bỉ đã hoàn thành bao nhiêu sân bay?")["answer"] is None
    assert ask(store, "Bộ Giao thông Bỉ đã khởi công bao nhiêu sân bay?")["normalized"] == 3


def test_a_month_the_question_frames_is_the_month_its_article_was_written(store):
    question = "Tính đến cuối tháng 4/2021, Bỉ có tổng cộng bao nhiêu ca tử vong vì Covid-19?"
    assert ask(store, question)["normalized"] == 24500
    # an article of April says nothing of the end of March
    assert ask(store, question.replace("tháng 4/2021", "tháng 3/2021"))["answer"] is None


def test_a_name_the_recogniser_does_not_know_is_left_to_the_article_like_a_known_one(store):
    reply = ask(store, "Vụ sạt lở ở núi Bromo, Indonesia khiến ít nhất bao nhiêu người chết?")
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == (12, "landslide")
    # a mountain the article never names
    assert (
        ask(store, "Vụ sạt lở ở núi Semeru, Indonesia khiến ít nhất bao nhiêu người chết?")["answer"] is None
    )


def test_a_quoted_unit_after_how_many(store):
    reply = ask(store, 'Có ít nhất bao nhiêu "khách sạn bệnh viện" đã mở cửa tại Manila?')
    assert (reply["answer"], reply["normalized"]) == ('19 "khách sạn bệnh viện"', 19)


def test_a_sentence_leaving_the_subject_to_its_article_may_miss_one_word_in_five(store):
    reply = ask(store, "Tàu ngầm ARA Salta của hải quân Argentina do nước nào chế tạo?")
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == ("Germany", "salta")


def test_yes_from_the_verb_and_object_asked_written_together(store):
    question = "Ngoại trưởng Canada Marc Garneau có ủng hộ sáng kiến của các doanh nghiệp Canada không?"
    assert ask(store, question)["normalized"] is True  # the later clause's "có thể" hedges only itself
    assert ask(store, question.replace("ủng hộ", "phản đối"))["answer"] is None


def test_a_post_written_in_full_elsewhere_belongs_to_its_own_country(store):
    # "Đại sứ Ashraf" in a sentence naming Pháp is India's ambassador, not France's
    assert ask(store, "Ai là Đại sứ Pháp tại Ấn Độ?")["answer"] == "Emmanuel Lenain"
    assert ask(store, "Ai là Đại sứ Ấn Độ tại Pháp?")["answer"] == "Jawed Ashraf"
    # the posting asked must be stated with the role: France's ambassador to India is not the one to Belgium
    assert ask(store, "Ai là Đại sứ Pháp tại Bỉ?")["answer"] is None


def test_a_designation_asked_must_be_written(store):
    # "C-17A" asked: a count of aircraft in an article that never names it is of other aircraft
    assert ask(store, "Có bao nhiêu máy bay C-17A tham gia cuộc tập trận của Na Uy?")["answer"] is None
    assert ask(store, "Có bao nhiêu máy bay tham gia cuộc tập trận của Na Uy?")["normalized"] == 50


def test_a_date_is_not_of_a_verb_in_a_clause_of_another_time(store):
    # "kể từ khi rời Oslo": the date is of the interview, not of leaving
    assert ask(store, "Ông Lars Holm rời Oslo vào ngày nào?")["answer"] is None
    question = "Ông Lars Holm trả lời phỏng vấn lần đầu kể từ khi rời Oslo vào ngày nào?"
    assert ask(store, question)["normalized"] == "2021-05-06"


def test_the_figure_after_the_noun_asked_and_never_a_date_part(store):
    reply = ask(store, "Ông Paul Dubois qua đời ở tuổi bao nhiêu?")
    assert reply["normalized"] == 81  # not "2 người", not "30 tuổi"
    # "22/4, người phát ngôn": the month of a date counts no one
    assert ask(store, "Tàu ngầm Rubis chở bao nhiêu người?")["answer"] is None


def test_a_name_asked_is_the_name_the_sentence_gives(store):
    reply = ask(store, "Các chủ nhà hàng ở Bỉ đã lập nên nhóm mang tên gì?")
    assert (reply["answer"], reply["normalized"]) == ("Table Ouverte", "Table Ouverte")


@pytest.mark.parametrize(
    ("question", "doc"),
    [
        # a denial three words before the verb asked, adverb between
        ("Ông Olaf Scholz có đề cập trực tiếp đến căng thẳng ở biên giới Ba Lan không?", "denials"),
        # "vẫn chưa được phép rời" in a clause after "nhưng", the ship left to the sentence before
        ("Tàu hàng Nordic Star đã được phép rời Brest chưa?", "denials"),
        # "… đã … chưa?" against "sẽ áp đặt": not yet done
        ("Bỉ đã áp đặt các biện pháp trừng phạt nhằm vào doanh nghiệp Nga chưa?", "denials"),
        # "loại trừ" is the opposite of "cho rằng"; "gặp nạn" is no meeting that could say yes
        ("Hải quân Chile có cho rằng con tàu gặp nạn do lỗi con người không?", "chile"),
        # "lên tiếng bình luận" asked, "chưa bình luận" written
        ("Quân đội Chile đã lên tiếng bình luận về thông tin này chưa?", "chile"),
    ],
)
def test_no_from_a_denial_an_opposite_or_a_future_before_the_verb_asked(store, question, doc):
    reply = ask(store, question)
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == (False, doc)


def test_denials_that_deny_nothing_asked(store):
    # "không chỉ ủng hộ" (not only) does not deny "ủng hộ"
    assert ask(store, "Bà Anne Roy có ủng hộ dự luật khí hậu không?")["normalized"] is not False
    # the question's own "không thuế quan", written so in the sentence, is what is asked, not a denial
    reply = ask(store, "Pháp có được duy trì quan hệ thương mại không thuế quan với Bỉ không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)


def test_the_place_written_after_the_kind_of_place_asked(store):
    # "ở tỉnh Owari" is introduced as a place, but the question asks for a city
    reply = ask(store, "Ông Kenji Mori muốn tặng 5 triệu USD cho thành phố nào?")
    assert (reply["answer"], reply["normalized"]) == ("thành phố Kasugai", "Kasugai")
    # "gần eo biển nào": typed a place question, answered by the name after "eo biển"
    reply = ask(store, "Máy bay Nga bay vào vùng nhận dạng phòng không của Nhật Bản gần eo biển nào?")
    assert (reply["type"], reply["answer"]) == ("place", "eo biển Tsugaru")


def test_a_country_written_before_a_person_only_says_who_the_person_is(store):
    # the sentence names Marc Lemaire alone; "Bỉ" in the question is his nationality, not a second entity
    reply = ask(store, "Thủ tướng Bỉ Marc Lemaire có yêu cầu điều tra vụ cháy không?")
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == (True, "fire")


def test_the_kind_of_product_before_its_name_need_not_be_repeated(store):
    # "Tàu cứu hộ" says what Argo Star is; the sentence that dates it names it alone
    reply = ask(store, "Tàu cứu hộ Argo Star mất liên lạc vào ngày nào?")
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == ("2021-05-09", "argo")
    # "của Na Uy" after its name says whose ship it is: the sentence need not name Na Uy
    reply = ask(store, "Tàu cứu hộ Argo Star của Na Uy mất liên lạc vào ngày nào?")
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == ("2021-05-09", "argo")


def test_the_name_written_after_the_words_asked(store):
    # "lễ hội nào" ← "lễ hội Songkran": no entity type is asked, the name after the same words is
    assert ask(store, "Hàng nghìn người đổ về Chiang Mai để tham gia lễ hội nào?")["answer"] == "Songkran"
    # the last name of "quốc gia Đông Phi Kenya" is the country
    assert ask(store, "Mỏ vàng Kibali nằm ở quốc gia nào?")["normalized"] == "Kenya"
    # words asked that begin the name ("theo Đạo luật …") give no part of it
    reply = ask(store, "Ông Somchai cho rằng hợp đồng không phù hợp theo đạo luật nào của Thái Lan?")
    assert reply["answer"] == "Đạo luật Thương mại Biên giới"


def test_besides_sets_a_name_aside_and_a_list_is_the_enumeration(store):
    # "Ngoài Italy, …": Italy is neither required nor an answer; "người phát ngôn của Bỉ" is no item of the list
    reply = ask(store, "Ngoài Italy, lời mời đầu tư vào Zeebrugge còn dành cho những nhà đầu tư nước nào?")
    assert reply["normalized"] == ["Netherlands", "Denmark"]


def test_a_compound_with_a_common_word_and_the_action_in_its_own_words(store):
    # "không quân" is no "quân đội"; "đã bị tấn công" states the action asked even without an event read
    reply = ask(store, "Hai căn cứ không quân của Ecuador bị tấn công vào ngày nào?")
    assert (reply["normalized"], reply["evidence"][0]["sentence"]) == ("2021-05-04", 1)


def test_yes_from_a_sentence_leaving_the_subject_to_its_article(store):
    # "hai bên": the sentence names no one, its article names Chile and Peru first
    reply = ask(
        store, "Hiệp định có cho phép Chile và Peru duy trì quan hệ thương mại không hạn ngạch không?"
    )
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == (True, "andean")


def test_a_reply_without_an_answer_points_to_the_nearest_sentences(store):
    # Okinawa is where Horizon went missing, not where it was built: no answer, but the sentences are shown
    reply = ask(store, "Tàu ngầm Horizon được đóng ở đâu?")
    assert reply["answer"] is None and reply["evidence"] == []
    assert reply["message"].startswith("Có câu liên quan")
    assert 1 <= len(reply["related"]) <= 3 and {r["doc"] for r in reply["related"]} == {"horizon"}
    code, out, _ = store("ask", "Tàu ngầm Horizon được đóng ở đâu?")
    assert code == 0 and f"gần nhất — horizon #{reply['related'][0]['sentence']}" in out
    # nothing about it at all: nothing to point to
    assert "related" not in ask(store, "Tàu ngầm Horizon được hạ thủy ở cảng nào vào năm 1985?")


def test_a_body_named_as_the_corpus_names_it_and_an_entity_the_sentence_names_itself(store):
    # "Quốc hội" is what the article calls the US Congress; the last sentence leaves Biden and Congress
    # to its article (prominent there) and names Afghanistan itself (named once, late); the "sẽ" of its
    # next clause hedges only that clause; the framing "Trong bài phát biểu …," is the setting
    question = "Trong bài phát biểu trước lưỡng viện Quốc hội, ông Biden có bảo vệ quyết định rút quân khỏi Afghanistan không?"
    reply = ask(store, question)
    assert (reply["normalized"], reply["evidence"][0]["sentence"]) == (True, 3)


def test_a_figure_of_another_unit_counts_nothing_asked(store):
    # doses asked; the sentence gives cases a day
    assert (
        ask(store, "Ecuador đã tiêm được bao nhiêu liều vắc xin Covid-19 tính đến ngày 2/5?")["answer"]
        is None
    )
    # the same sentence does answer for its own unit
    reply = ask(store, "Tính đến ngày 2/5, Ecuador ghi nhận bao nhiêu ca mắc Covid-19 mới mỗi ngày?")
    assert reply["normalized"] == 3000


def test_a_kind_of_place_asked_is_answered_by_a_place_of_that_kind(store):
    # a port is written as one: "tới vùng biển Iceland" names none
    assert ask(store, "Tàu cứu hộ Polar Wind của Na Uy khởi hành từ cảng nào?")["answer"] is None
    assert ask(store, "Tàu cứu hộ Arctic Dawn rời cảng nào?")["answer"] == "cảng Bergen"
    # states asked: cities are none
    assert ask(store, "Những bang nào của Mỹ đã chuẩn bị triển khai vệ binh quốc gia?")["answer"] is None
    reply = ask(store, "Những bang nào của Mỹ đã ban bố tình trạng khẩn cấp?")
    assert reply["normalized"] == ["California", "Texas", "Florida"]


def test_a_dated_verb_written_with_its_marks_is_no_other_syllable(store):
    # "đóng" asked; "chuyển động" folds to the same letters but is another word
    assert ask(store, "Tàu hộ vệ Valkyrie được đóng vào năm nào?")["answer"] is None
    assert ask(store, "Tàu hộ vệ Sleipner được đóng vào năm nào?")["normalized"] == "1985"


def test_a_post_written_without_its_holder_names_no_one(store):
    # the sentence writes the post asked whole but names no one with it: Lars Holm is someone else
    question = "Ai là người đứng đầu hải quân Na Uy đã nhận yêu cầu hỗ trợ từ Iceland?"
    assert ask(store, question)["answer"] is None
    # the holder written right before the post, in apposition
    assert ask(store, "Ai là người đứng đầu hải quân Đan Mạch?")["answer"] == "Erik Berg"


def test_a_word_asked_with_its_marks_is_no_other_syllable(store):
    # "lặn" (dive) asked; "lần cuối" (last time) folds to the same letters
    assert ask(store, "Tàu ngầm Kraken-7 được cho phép lặn xuống biển vào lúc mấy giờ?")["answer"] is None
    # asked in the sentence's own words, the hour is found
    assert ask(store, "Tàu Kraken-7 liên lạc lần cuối với sở chỉ huy vào lúc mấy giờ?")["normalized"] == 4


def test_a_class_named_in_the_subjects_place_is_another_ship(store):
    # the sentence leaves Nautile to its article; "tàu ngầm đầu tiên thuộc lớp Barracuda" is another ship
    assert ask(store, "Tàu ngầm Nautile được đưa vào biên chế năm nào?")["answer"] is None
    # a class the ship follows ("thiết kế của tàu ngầm lớp Agosta") stands in nobody's place
    assert ask(store, "Tàu ngầm Nautile được đặt hàng từ hãng đóng tàu nào?")["answer"] == "Naval Group"


def test_a_count_of_another_kind_of_case_does_not_answer(store):
    # "24.500 ca tử vong" counts deaths, not infections
    assert ask(store, "Tính đến nay, Bỉ có tổng cộng bao nhiêu ca mắc Covid-19?")["answer"] is None
    assert (
        ask(store, "Tính đến nay, Bỉ có tổng cộng bao nhiêu ca tử vong vì Covid-19?")["normalized"] == 24500
    )
    # "8.000 ca/ngày" in a sentence that says nowhere its cases are deaths: not a count of deaths
    assert ask(store, "Chile ghi nhận bao nhiêu ca tử vong do Covid-19 mỗi ngày?")["answer"] is None
    assert ask(store, "Chile ghi nhận bao nhiêu ca Covid-19 mỗi ngày?")["normalized"] == 8000


def test_a_figure_is_not_of_what_the_sentence_compares_it_with(store):
    question = "Độ sâu tối đa cho phép hoạt động của tàu ngầm Nautile là bao nhiêu mét?"
    assert ask(store, question)["answer"] is None
    assert ask(store, "Tàu ngầm Nautile có thể đã chìm xuống độ sâu bao nhiêu mét?")["normalized"] == 900
    assert ask(store, "Tỷ lệ ủng hộ bà Angela Merkel là bao nhiêu phần trăm?")["answer"] is None
    assert ask(store, "Tỷ lệ ủng hộ ông Olaf Scholz là bao nhiêu phần trăm?")["normalized"] == 61


def test_a_yes_no_question_around_an_embedded_which_denied_by_the_capital(store):
    # "… có nói rõ đó là tàu sân bay nào … không?" asks yes or no; Tehran speaks for Iran
    reply = ask(store, "Iran có nói rõ đó là tàu sân bay nào của Mỹ không?")
    assert (reply["type"], reply["normalized"]) == ("yesno", False)


def test_the_figure_of_a_designation_need_only_be_in_the_article(store):
    # "Covid-19" is named by the article; the sentence that answers need not repeat its "19"
    reply = ask(store, "Hà Lan hiện có đáp ứng được nhu cầu vắc xin Covid-19 trong nước không?")
    assert reply["normalized"] is False
    # a designation the article never names still keeps the sentence out
    assert ask(store, "Hà Lan có đáp ứng được nhu cầu vắc xin H5N1 trong nước không?")["answer"] is None


def test_a_period_given_by_its_years_and_a_place_after_toi(store):
    # "trong giai đoạn 2010-2012": the years say it; the sentence need not write "giai đoạn"
    reply = ask(store, "Tàu ngầm Nautile đã được đại tu lớn ở nước nào trong giai đoạn 2010-2012?")
    assert reply["normalized"] == "Spain"
    # "đưa tới Madrid": a place introduced by "tới", as by "đến"
    reply = ask(store, "Lô máy thở từ Pháp được đưa tới thành phố nào của Tây Ban Nha?")
    assert reply["answer"] == "Madrid"


def test_a_country_asked_is_never_a_city_and_the_noun_asked_is_no_action(store):
    # "do nước nào chế tạo": Toulon, a city of the sentence naming Orca, is no country
    reply = ask(store, "Tàu ngầm Orca của hải quân Pháp do nước nào chế tạo?")
    assert (reply["answer"], reply["normalized"]) == ("Đức", "Germany")
    # "tổ chức nào" asks for an organisation; it is not the verb "tổ chức" (to hold an event)
    reply = ask(store, "Pháp đang phối hợp với nhiều nước trong tổ chức nào để tìm kiếm con tàu?")
    assert reply["normalized"] == "North Atlantic Treaty Organization"


def test_a_company_asked_as_tap_doan(store):
    reply = ask(store, "Tàu hộ vệ mà Hà Lan muốn mua do tập đoàn nào sản xuất?")
    assert reply["answer"] == "Meyer Werft"


def test_a_denial_whose_object_refers_back_to_the_news(store):
    # "chưa bình luận về thông tin này": the news asked about, in other words
    question = "Quân đội Chile đã lên tiếng bình luận về việc tàu ngầm Tiburón gặp nạn chưa?"
    assert ask(store, question)["normalized"] is False


def test_a_count_is_written_with_its_whole_noun(store):
    reply = ask(store, "Tàu ngầm Horizon mất tích cùng bao nhiêu thủy thủ?")
    assert (reply["answer"], reply["normalized"]) == ("30 thủy thủ", 30)


def test_an_office_belongs_to_the_country_named_right_after_its_title(store):
    # "Tổng thống Séc, người chỉ trích Nga, …": Russia's president is not the Czech one
    assert ask(store, "Tổng thống Séc, người chỉ trích Nga, là ai?")["answer"] is None
    assert ask(store, "Tổng thống Nga, người bác bỏ cáo buộc của Séc, là ai?")["answer"] == "Vladimir Putin"


def test_a_fronted_sau_khi_clause_is_the_setting(store):
    # "Sau khi bị cách chức …,": what happened before; the sentence that answers need not repeat it
    reply = ask(store, "Sau khi bị cách chức giám đốc chiến dịch, ông Paul Roy chuyển tới đâu?")
    assert reply["answer"] == "Lyon"


def test_a_noun_with_nay_stands_for_the_qualifiers_asked(store):
    # "cuộc bầu cử này" is the presidential election the question names
    reply = ask(store, "Phe đối lập ở Peru có tẩy chay cuộc bầu cử tổng thống không?")
    assert reply["normalized"] is True


@pytest.mark.parametrize(
    "question",
    [
        # the verb asked is "từ bỏ"; the deployment is only its object, done by another in the sentence
        "Hải quân Na Uy có từ bỏ kế hoạch đưa hai tàu chiến tới biển Baltic không?",
        # "có đang": the verb after its aspect, written together with "phóng" between
        "Tàu hộ vệ Nordkapp có đang diễn tập ngư lôi khi gặp nạn không?",
        # a bare surname the store knows, and "có còn" for "vẫn"
        "Sau khi rời chức giám đốc chiến dịch, Holmqvist có còn giữ vị trí cố vấn cấp cao cho ông Jonas Berg không?",
        # the subject named only in a later clause ("dù ông Erik Lund …"), whose "không" denies nothing asked
        "Khám nghiệm tử thi ông Erik Lund có phát hiện chất độc trong cơ thể ông không?",
    ],
)
def test_yes_from_the_verb_asked_whatever_its_aspect_object_or_clause(store, question):
    assert ask(store, question)["normalized"] is True


def test_no_from_a_denial_that_such_a_thing_exists(store):
    question = "Đã có bên nào nhận trách nhiệm về vụ nổ gần cảng Stavanger chưa?"
    reply = ask(store, question)
    assert (reply["normalized"], reply["evidence"][0]["text"]) == (
        False,
        "Hiện chưa có bên nào đứng ra nhận trách nhiệm liên quan tới vụ nổ.",
    )
    # nothing denies, nor states, an arrest
    assert ask(store, "Đã có ai bị bắt giữ sau vụ nổ gần cảng Stavanger chưa?")["answer"] is None


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # the place a "nơi …" clause describes, though the sentence goes on about something else
        ("Thành phố nào của Pháp đang có số ca nhập viện mới trong ngày cao nhất cả nước?", "Lyon"),
        # "ngoài khơi" introduces a place; "vùng biển nào" asks for one
        ("Tàu cá Polaris bị chìm ở đâu?", "Okinawa"),
        ("Tàu cá Aurora bị chìm ở vùng biển nào?", "Hokkaido"),
        # every word asked, and one place of the kind asked: the place, however it is introduced
        ("Pháp kêu gọi Hà Lan đầu tư phát triển thành phố nào?", "Marseille"),
    ],
)
def test_a_place_described_by_noi_off_a_coast_or_alone_in_the_sentence(store, question, place):
    reply = ask(store, question)
    assert (reply["type"], reply["answer"]) == ("place", place)


def test_a_title_before_the_person_asked_need_not_be_repeated(store):
    reply = ask(store, "Tổng thống Gabon Paul Obiang bao nhiêu tuổi?")
    assert (reply["answer"], reply["normalized"]) == ("71 tuổi", 71)


def test_a_year_asked_is_answered_at_that_granularity(store):
    reply = ask(store, "Gabon sáp nhập đảo Mbanié vào năm nào?")
    assert (reply["answer"], reply["normalized"]) == ("tháng 3/2014", "2014")


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # the chief of staff of the navy named: a role stored as "Tham mưu trưởng" of "Hải quân Na Uy"
        ("Tham mưu trưởng Hải quân Na Uy là ai?", "Rune Andersen"),
        # "PERSON - Thống đốc tỉnh X": a role stated after the name
        ("Thống đốc tỉnh Finnmark của Na Uy là ai?", "Per Olsen"),
    ],
)
def test_an_office_held_in_an_organisation_or_after_the_name(store, question, person):
    assert ask(store, question)["answer"] == person


def test_an_organisation_before_a_person_only_says_who_the_person_is(store):
    # the subject is Rune Andersen, who rules out what is asked ("loại trừ"), not the navy itself
    question = (
        "Tham mưu trưởng Hải quân Na Uy Rune Andersen có cho rằng tàu gặp nạn do lỗi của con người không?"
    )
    assert ask(store, question)["normalized"] is False


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # "vào" introduces a place, and the island is one the gazetteer knows
        ("Bão Haima đổ bộ vào đảo nào của Philippines?", "Luzon"),
        # "từ cảng nào": where from, written as a port
        ("Tàu Sun Star xuất phát từ cảng nào?", "cảng Rotterdam"),
        # "bị" (passive) is no word the answer's sentence must hold
        ("Đoàn xe quân sự Cameroon bị quân đội Gabon phá hủy ở khu vực nào?", "khu vực Sahel"),
        # a naval base is no port
        ("Tàu Sea Star khởi hành từ cảng nào?", None),
    ],
)
def test_a_place_entered_or_left(store, question, place):
    assert ask(store, question)["answer"] == place


@pytest.mark.parametrize(
    "question",
    [
        # "cơn bão": a classifier the text need not write
        "Haima có phải là cơn bão mạnh nhất đổ bộ Philippines trong 5 năm qua không?",
        # the title before the person asked about is no word the answer's sentence must write
        "Tổng thống Gabon Paul Obiang có phải tốt nghiệp kỹ sư điện không?",
    ],
)
def test_yes_without_the_classifier_or_the_title_asked(store, question):
    assert ask(store, question)["normalized"] is True


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Gió giật của bão Haima mạnh tới bao nhiêu km/h?", ("200 km/h", 200)),
        ("Gabon sở hữu bao nhiêu hệ thống Mistral di động?", ("30 hệ thống", 30)),
    ],
)
def test_of_several_figures_of_the_unit_asked_the_one_whose_phrase_says_what_is_asked(
    store, question, answer
):
    reply = ask(store, question)
    assert (reply["answer"], reply["normalized"]) == answer


def test_a_first_time_dated_right_after_lan_dau_tien(store):
    reply = ask(store, "Tên lửa Sea Dart được thử nghiệm lần đầu khi nào?")
    assert reply["normalized"] == "2018-04-20"


def test_a_start_asked_with_bat_dau_is_the_time_after_tu(store):
    # "bắt đầu từ ngày nào" asks when what its subject names began, not for a founding event
    reply = ask(store, "Căng thẳng quân sự giữa Gabon và Cameroon quanh vùng Sahel bắt đầu từ ngày nào?")
    assert reply["normalized"] == "2021-03-27"


def test_toi_before_the_place_asked_is_a_direction_not_a_visit(store):
    reply = ask(
        store, "Chính phủ Gabon huy động máy bay quân sự và tàu hỏa chở lương thực tới thành phố nào?"
    )
    assert reply["answer"] == "Libreville"


def test_a_title_inside_a_ships_name_is_no_post_asked(store):
    # "Đô đốc Sato" is a destroyer: its commander is not Japan's admiral Kenji Mori
    assert (
        ask(store, "Ai là chỉ huy tàu khu trục Đô đốc Sato trong cuộc tập trận ở Nhật Bản?")["answer"] is None
    )
    assert ask(store, "Tàu khu trục Đô đốc Sato của Nhật Bản đã rời cảng nào?")["answer"] == "cảng Yokosuka"


def test_a_height_above_what_the_question_itself_compares_with(store):
    # "so với mực nước biển" in both: the comparison the question asks with, not another figure's
    reply = ask(store, "Đền Kedarnath nằm ở độ cao bao nhiêu mét so với mực nước biển?")
    assert (reply["answer"], reply["normalized"]) == ("3.583 mét", 3583)


def test_a_post_written_of_another_thing_names_no_holder(store):
    # "một cựu chỉ huy tàu ngầm hạt nhân": Tom Hale commanded a nuclear submarine, not Triton-9
    assert ask(store, "Ai là chỉ huy tàu ngầm Triton-9?")["answer"] is None
    assert ask(store, "Ai là chỉ huy tàu ngầm Orca-5?")["answer"] == "Lars Berg"


def test_a_ship_asked_without_the_prefix_its_articles_write(tmp_path):
    # "Cakra-401" is the "KRI Cakra-401" the article names, though no entity is stored by that name
    from thoisu.ingest import ingest_paths
    from thoisu.pipeline import Pipeline
    from thoisu.query.question_entities import named_in_question
    from thoisu.store import open_store

    (tmp_path / "cakra.txt").write_text(
        "# date = 20210426\nTàu ngầm KRI Cakra-401 được đưa vào biên chế năm 1981.\n"
    )
    store = open_store(str(tmp_path / "t.db"))
    ingest_paths(store, [str(tmp_path / "cakra.txt")])
    question = "Tàu ngầm Cakra-401 được tân trang ở nước nào?"
    qdoc = Pipeline(["sentences", "tokens", "entities"]).from_text(question, name="question")
    assert named_in_question(store, question, qdoc).groups == [{"product:kri-cakra-401"}]
    # a prefix is dropped, never a name's own first word
    other = "Tàu ngầm Cakra được tân trang ở nước nào?"
    qdoc = Pipeline(["sentences", "tokens", "entities"]).from_text(other, name="question")
    assert named_in_question(store, other, qdoc).groups == []


def test_an_official_of_the_country_asked_is_no_one_of_another(store):
    # von der Leyen, whom the gazetteer knows as German, is no Indian official (but is an official)
    assert ask(store, "Quan chức Ấn Độ nào đã đề nghị EU cung cấp thiết bị y tế?")["answer"] is None
    reply = ask(store, "Quan chức nào cho biết EU sẽ cung cấp thiết bị y tế cho Ấn Độ?")
    assert reply["normalized"] == "Ursula von der Leyen"


def test_a_time_of_day_answers_the_day_asked(store):
    # "vào 5h30 sáng ngày 1/11" is finer than the day asked, not coarser; the sentence names Indonesia
    # through its weather agency, and Bali (on Indonesia) is no other country in its place
    reply = ask(store, "Siêu bão Kalmaegi đổ bộ vào Indonesia ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("5h30 sáng ngày 1/11", "2020-11-01")


def test_another_unknown_name_after_the_same_word_is_another_one(store):
    # "siêu bão Kalmaegi" answers nothing of "siêu bão Rai", which the article also names
    assert ask(store, "Siêu bão Rai đổ bộ vào Indonesia ngày nào?")["answer"] is None


def test_a_national_body_speaks_for_its_country_not_its_city(store):
    assert ask(store, "Karachi ghi nhận bao nhiêu ca mắc Covid-19 mới trong ngày 3/5?")["answer"] is None
    reply = ask(store, "Pakistan ghi nhận bao nhiêu ca mắc Covid-19 mới trong ngày 3/5?")
    assert (reply["answer"], reply["normalized"]) == ("4.500 ca mắc", 4500)


def test_a_first_time_asked_is_no_place_asked():
    # "lần đầu vào thời điểm nào": "đầu" (first) folds like "đâu" (where) but asks no place
    from thoisu.query.question import _answer_types, _words

    assert _answer_types(_words("Biến chủng này được phát hiện lần đầu vào thời điểm nào?"), "date") == set()
    assert _answer_types(_words("Tàu ngầm được đóng ở đâu?"), "place") == {"LOC"}


def test_the_holder_named_inside_the_post_asked(store):
    # "Giám đốc điều hành Jean Moreau của Lumina": the name stands inside the description asked
    assert ask(store, "Giám đốc điều hành của Lumina là ai?")["normalized"] == "Jean Moreau"


def test_a_description_opening_the_question_need_not_be_repeated(store):
    # "Cựu thiếu tướng cảnh sát Peru …" says who is meant; the answer calls him "cựu tướng Vargas"
    reply = ask(store, "Cựu thiếu tướng cảnh sát Peru Luis Vargas bị bắt vào ngày nào?")
    assert reply["normalized"] == "2021-05-03"
    # "Vợ của Đại sứ …" is someone else: the title describes whose wife, not who is asked
    from thoisu.pipeline import Pipeline
    from thoisu.query.question import person_title_positions

    question = "Vợ của Đại sứ Bỉ Jean Moreau bao nhiêu tuổi?"
    qdoc = Pipeline(["sentences", "tokens", "entities"]).from_text(question, name="question")
    assert 0 not in person_title_positions(question, qdoc.mentions)


def test_a_figure_of_another_unknown_name_of_the_kind_asked(store):
    # "sau khi siêu bão Rai làm 12 người chết": Rai's dead, not Kalmaegi's
    assert ask(store, "Siêu bão Kalmaegi đã làm bao nhiêu người thiệt mạng ở Indonesia?")["answer"] is None
    assert ask(store, "Siêu bão Rai đã làm bao nhiêu người chết ở Indonesia?")["normalized"] == 12


def test_cases_at_the_end_of_a_sentence_are_still_of_their_kind(store):
    # "… chiếm 34 ca." counts cases of infection (the sentence says nothing of deaths)
    assert ask(store, "Peru đã ghi nhận tổng cộng bao nhiêu ca tử vong vì Covid-19?")["answer"] is None


def test_the_kind_of_place_asked_need_not_be_written(store):
    # "hòn đảo nào" ← "đổ bộ vào đảo Bali": "hòn" is how the question names the kind
    assert ask(store, "Siêu bão Kalmaegi đổ bộ vào hòn đảo nào của Indonesia?")["normalized"] == "Bali"


def test_a_place_the_recogniser_does_not_know_after_the_kind_asked(store):
    # "núi thiêng Kelud": an unknown name right after the noun of the kind asked (and one word about it)
    reply = ask(store, "Nữ du khách Anna Petrova quay video trên ngọn núi nào của Indonesia?")
    assert (reply["answer"], reply["normalized"]) == ("núi thiêng Kelud", "Kelud")


def test_the_agency_whose_account_the_sentence_gives(store):
    # "Theo Reuters, vụ nổ …" is Reuters reporting on it, though the sentence writes no "đưa tin"
    assert ask(store, "Hãng tin nào đưa tin về vụ nổ ở Hamburg?")["normalized"] == "Reuters"


def test_neither_a_cut_word_nor_the_reporter_is_the_doer(store):
    # "lực lượng Vệ binh …": "Vệ" is the start of a word, no name; Nova TV only tells the news
    assert ask(store, "Lực lượng nào của Chile đã thử nghiệm UAV mới?")["answer"] is None


def test_a_closing_clause_of_time_need_not_be_repeated(store):
    # "… trước khi siêu bão Kalmaegi đổ bộ?" frames the question; "2 triệu dân" counts "người dân"
    reply = ask(store, "Indonesia đã sơ tán bao nhiêu người dân trước khi siêu bão Kalmaegi đổ bộ?")
    assert (reply["answer"], reply["normalized"]) == ("2 triệu dân", 2000000)


def test_ranked_below_first_is_not_the_first(store):
    # "lớn thứ 2 thế giới, chỉ sau Chile" ranks Peru second, and says nothing of Chile's rank
    reply = ask(store, "Peru có phải là nước xuất khẩu đồng lớn nhất thế giới không?")
    assert (reply["answer"], reply["normalized"]) == ("không", False)
    assert ask(store, "Chile có phải là nước xuất khẩu đồng lớn nhất thế giới không?")["answer"] is None
    # "lần thứ 3 trong lịch sử Bolivia": not the first time
    reply = ask(store, "Đây có phải lần đầu tiên Bolivia tổ chức trưng cầu ý dân không?")
    assert reply["normalized"] is False


def test_a_unit_the_sentence_words_otherwise(store):
    # "ca" counted as "trường hợp", each of its kind; "mét vuông" written "m2"
    reply = ask(store, "Ngày 24/4, Lima có bao nhiêu ca tử vong?")
    assert (reply["answer"], reply["normalized"]) == ("52 trường hợp", 52)
    assert ask(store, "Ngày 24/4, Lima có bao nhiêu ca mắc Covid-19?")["normalized"] == 800
    reply = ask(store, "Chính quyền Lima yêu cầu Đại sứ quán Chile trả lại bao nhiêu mét vuông đất?")
    assert (reply["answer"], reply["normalized"]) == ("3.000 m2", 3000)


def test_the_owner_ending_a_described_post_need_not_be_written(store):
    # "… cứu trợ ở Peru của Chile là ai?": the post is described without whose it is
    assert (
        ask(store, "Phó giám đốc Trung tâm điều phối cứu trợ ở Peru của Chile là ai?")["normalized"]
        == "Carlos Ruiz"
    )


def test_a_count_of_a_noun_of_two_words_the_question_writes(store):
    # "2,1 triệu chữ ký": the noun as the question writes it, not its first syllable
    reply = ask(store, "Giới chức Peru đã xác minh bao nhiêu chữ ký hợp lệ đòi trưng cầu ý dân?")
    assert (reply["answer"], reply["normalized"]) == ("2,1 triệu chữ ký", 2100000)


def test_a_port_the_recogniser_does_not_know_after_two_words_about_it(store):
    reply = ask(store, "Tàu hộ vệ Vendémiaire của Pháp đã rời cảng nào vào tháng 2?")
    assert (reply["answer"], reply["normalized"]) == ("cảng quê nhà Cherbourg", "Cherbourg")


def test_every_word_asked_in_another_order_and_a_repair_that_hedges_nothing(store):
    # "Quá tải do …, máy phát điện … bị hỏng … và phải sửa chữa": "chữa" is no "chưa"
    reply = ask(store, "Máy phát điện ở bệnh viện Cusco có bị hỏng do quá tải không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    assert ask(store, "Máy phát điện ở bệnh viện Cusco có bị cháy do quá tải không?")["answer"] is None


def test_what_follows_a_comma_or_khi_in_a_described_post_may_be_worded_otherwise(store):
    question = "Ai là người đứng đầu lực lượng hải quân Peru khi tàu ngầm BAP Islay mất tích?"
    assert ask(store, question)["normalized"] == "Alberto Alvarado"
    question = "Ai là người đứng đầu lực lượng không quân Peru khi tàu ngầm BAP Islay mất tích?"
    assert ask(store, question)["answer"] is None  # the post before "khi" is still to be written
    question = "Chuyên gia người Chile, cựu chỉ huy tàu ngầm, bình luận về khả năng tìm thấy BAP Islay là ai?"
    assert ask(store, question)["normalized"] == "Pablo Reyes"


def test_a_time_after_the_words_asked_and_where_they_go_dates_them(store):
    # the commitment read there is undated; "tháng 8" dates the voyage asked about, ahead of April
    reply = ask(store, "Chile cam kết đưa tàu bệnh viện tới Lima vào thời gian nào?")
    assert (reply["answer"], reply["normalized"]) == ("tháng 8", "2021-08")


def test_the_date_a_count_is_given_at_dates_no_event(store):
    # "Tính đến ngày 23/4" bounds the count; it is not when anything happened
    assert ask(store, "Uruguay ghi nhận ca mắc Covid-19 vào ngày nào?")["answer"] is None
    reply = ask(store, "Tính đến ngày nào Uruguay đã ghi nhận 1,7 triệu ca mắc Covid-19?")
    assert reply["normalized"] == "2021-04-23"


def test_a_share_answers_only_a_question_asking_for_one(store):
    assert ask(store, "Dân số bang Oregon hiện nay là bao nhiêu?")["answer"] is None
    question = "Thống đốc Mark Olsen đắc cử năm 2018 với sự ủng hộ của bao nhiêu phần trăm cử tri Dân chủ?"
    assert ask(store, question)["normalized"] == 60


def test_a_verb_said_possible_is_not_dated_by_the_sentence(store):
    # "vẫn có thể được tìm thấy" on 22/4: said that day, found on no day
    assert ask(store, "Tàu ngầm BAP Islay được tìm thấy vào ngày nào?")["answer"] is None
    # a plan keeps its date
    reply = ask(store, "Các chuyến bay từ Chile đến Peru tạm dừng từ ngày nào?")
    assert reply["normalized"] == "2021-04-25"
    # "Không quân" (air force) denies nothing
    assert ask(store, "Chiếc trực thăng mất tích được phát hiện vào ngày nào?")["normalized"] == "2021-04-23"


def test_a_person_asked_by_trade_before_nao(store):
    # "Nhà dịch tễ học nào …": a person, as "Quan chức nào …" is
    question = "Nhà dịch tễ học nào ở Đại học San Marcos cho rằng số ca tử vong thực sự ở Peru cao gấp 3 lần?"
    assert ask(store, question)["normalized"] == "Ana Torres"


def test_a_day_asked_with_its_year_in_a_sentence_of_that_year_without_it(store):
    # "ngày 3/5" in an article of 2021 is 3/5/2021: its time says the year the question writes
    reply = ask(store, "Pakistan ghi nhận bao nhiêu ca mắc Covid-19 mới trong ngày 3/5/2021?")
    assert (reply["answer"], reply["normalized"]) == ("4.500 ca mắc", 4500)
    assert (
        ask(store, "Pakistan ghi nhận bao nhiêu ca mắc Covid-19 mới trong ngày 3/5/2020?")["answer"] is None
    )


def test_a_list_of_places_given_as_examples_of_the_kind_asked(store):
    # "như" (such as) after the noun asked opens the list, even where its first names are unknown (and
    # the unknown "Puno" listed after two places is one too)
    reply = ask(store, "Lễ hội sẽ diễn ra ở những thành phố lớn nào của Peru?")
    assert reply["answer"] == ["Lima", "Cusco", "Puno"]
    reply = ask(store, "Dịch sốt xuất huyết đã lan rộng ở những tỉnh nào?")
    assert reply["answer"] == ["Chiang Mai", "Phuket", "Songkhla"]


def test_a_reef_asked_by_kind_whose_name_says_it(store):
    # "Đá …" is a reef whatever stands before it (questions.yaml place_kinds_in_names)
    reply = ask(store, "Hơn 50 tàu cá của Ecuador neo đậu ở rạn san hô nào?")
    assert reply["normalized"] == "Mischief Reef"
    assert ask(store, "Hơn 50 tàu cá của Ecuador neo đậu ở cảng nào?")["answer"] is None


def test_never_before_the_verb_asked_is_a_no(store):
    # "sẽ không bao giờ tham gia": the denial stands before "bao giờ" (never), then the verb asked (no
    # event read in the sentence: "cho rằng" is no trigger)
    reply = ask(store, "Ông Alexander De Croo có nói Bỉ sẽ tham gia chạy đua vũ trang không?")
    assert (reply["answer"], reply["normalized"]) == ("không", False)


def test_a_plan_in_a_later_clause_leaves_the_event_asked_a_yes(store):
    # "sẽ có các biện pháp" is said in the clause after "đồng thời": the urging asked was done
    reply = ask(store, "Bộ Ngoại giao Peru có hối thúc đại sứ quán Chile hợp tác không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)


def test_a_description_asked_with_a_word_the_sentence_adds(store):
    # "tổ chức y tế phi lợi nhuận" describes "tổ chức phi lợi nhuận": its head as one phrase, the rest anywhere
    assert (
        ask(store, "Ai là người điều hành tổ chức phi lợi nhuận Salud Andina?")["answer"] == "Carlos Mendoza"
    )
    assert ask(store, "Ai là người sáng lập tổ chức phi lợi nhuận Salud Andina?")["answer"] is None


def test_an_unknown_name_before_khi_nao_is_no_verb_dated(store):
    # "Miraflores" (a name the recogniser does not know) is not what the date is of: "phát hiện" is
    reply = ask(store, "Du khách phát hiện chiếc bình cổ ở công viên Miraflores khi nào?")
    assert (reply["answer"], reply["normalized"]) == ("tuần trước", "2021-W15")


def test_what_the_sentence_equates_with_every_word_asked_before_la_gi(store):
    reply = ask(store, "Mục tiêu chính của cuộc tập trận của Hải quân Chile là gì?")
    assert reply["answer"] == "kiểm tra khả năng phòng thủ bờ biển"
    # the words asked must all stand before "là": "mục tiêu phụ" is not written
    assert ask(store, "Mục tiêu phụ của cuộc tập trận của Hải quân Chile là gì?")["answer"] is None


def test_a_time_before_a_clause_opened_by_tung_does_not_date_what_that_clause_asks(store):
    # "từng" (had once): the record Mexico set is earlier than the day Brazil passed it
    assert (
        ask(store, "Mexico ghi nhận kỷ lục 4.400 ca tử vong trong một ngày vào ngày nào?")["answer"] is None
    )
    reply = ask(store, "Brazil vượt qua kỷ lục của Mexico vào ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("Ngày 20/4", "2021-04-20")


def test_a_count_says_what_it_counts_after_its_tense_and_voice(store):
    # "120 người đã thiệt mạng … và 900 người đang bị giam giữ": the dead are not the detained
    assert ask(store, "Bao nhiêu người đã bị bắt giữ ở Bolivia kể từ cuộc bầu cử?")["normalized"] == 900
    assert ask(store, "Bao nhiêu người đã thiệt mạng ở Bolivia kể từ cuộc bầu cử?")["normalized"] == 120


def test_an_ability_written_after_every_word_asked_is_the_objects_not_a_hedge(store):
    # "máy lọc nước có thể cung cấp …": what the purifiers can do; the sending is stated
    reply = ask(store, "Nhật Bản có gửi máy lọc nước sang Peru không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    # "có thể gửi": the sending itself is only possible
    assert ask(store, "Hàn Quốc có gửi máy lọc nước sang Chile không?")["answer"] is None


def test_a_country_is_asked_and_a_region_does_not_answer_but_this_country_of_it_refers_back(store):
    # "ở quốc gia Nam Mỹ này": the one country the sentence has named
    reply = ask(store, "Canada gây sức ép với chính quyền ở nước nào?")
    assert (reply["answer"], reply["normalized"]) == ("Venezuela", "Venezuela")
    assert ask(store, "Quân đội Pháp đã tập trận ở nước nào?")["answer"] is None  # a region is no country


def test_the_disease_an_article_names_is_left_to_it_when_that_is_all_a_sentence_leaves_out(store):
    reply = ask(store, "Ổ dịch Covid-19 lớn nhất của Nepal nằm ở đâu?")
    assert (reply["answer"], reply["normalized"]) == ("Thành phố Pokhara", "Pokhara")
    # "hiện nay" is not written either: the disease alone may be left to the article
    assert ask(store, "Ổ dịch Covid-19 lớn nhất của Nepal hiện nay nằm ở đâu?")["answer"] is None


def test_the_subject_written_in_lower_case_says_the_opposite_of_the_verb_asked(store):
    # "Giới chức hải quân Mỹ loại trừ …": the navy, which the recogniser reads only as "Hải quân Mỹ"
    reply = ask(store, "Hải quân Mỹ có cho rằng tàu khu trục USS Hopper bị chìm do lỗi con người không?")
    assert (reply["answer"], reply["normalized"]) == ("không", False)


def test_the_name_of_someone_a_question_opens_with_is_a_persons(store):
    reply = ask(store, "Vợ của Đại sứ Bỉ Peter Lescouhier tên là gì?")
    assert (reply["answer"], reply["normalized"]) == ("Lý Mai", "Lý Mai")
    from thoisu.query.question import question_type

    # a ship's or a programme's name is not a person's; "Ba" (three) is not "Bà"
    assert question_type("Con tàu mắc kẹt ở kênh Suez tên là gì?") == "entity"
    assert question_type("Ba tàu chiến của Pháp có tên là gì?") == "entity"
    assert question_type("Bà Lý Mai có con trai tên là gì?") == "person"


def test_a_body_by_its_kind_and_acronym_and_a_person_without_a_middle_initial(store):
    # "Viện IMPR": the article names the institute by its acronym alone
    reply = ask(store, "Giám đốc Viện IMPR là ai?")
    assert (reply["answer"], reply["normalized"]) == ("João Ferreira", "João Ferreira")
    assert ask(store, "Giám đốc Viện KDI là ai?")["answer"] is None  # another institute
    # "John Harlow" is "John B. Harlow"; "John Harrow" is nobody the corpus names
    reply = ask(store, "Tỷ phú John Harlow thành lập Quỹ Đại dương Xanh vào năm nào?")
    assert (reply["answer"], reply["normalized"]) == ("năm 2015", "2015")
    assert ask(store, "Tỷ phú John Harrow thành lập Quỹ Đại dương Xanh vào năm nào?")["not_found"] == [
        "John Harrow"
    ]


def test_the_incident_a_sentence_refers_back_to_is_described_by_its_article(store):
    # "vụ việc xảy ra …": the collapse the article is about
    reply = ask(store, "Vụ sập cầu ở Tromsø xảy ra vào ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("sáng 2/5", "2021-05-02")
    assert ask(store, "Vụ cháy chợ ở Tromsø xảy ra vào ngày nào?")["answer"] is None  # not what it is about
    # "sau vụ tổ chức tiệc sinh nhật": the event the question names is the one "vụ việc" refers to
    reply = ask(store, "Ông Rune Dahl có bị cách chức sau vụ tổ chức tiệc sinh nhật không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    assert ask(store, "Ông Rune Dahl có bị cách chức sau vụ tổ chức họp báo không?")["answer"] is None


def test_the_name_a_sentence_gives_to_the_noun_asked(store):
    # "dự án … nào" ← "dự án mang tên "Dòng sông Xanh"": the project's name, in its quotes
    reply = ask(store, "Chile đang triển khai dự án trữ nước nào để ứng phó hạn hán?")
    assert (reply["answer"], reply["normalized"]) == ("Dòng sông Xanh", "Dòng sông Xanh")
    # a programme was asked: the sentence names a project
    assert ask(store, "Chile đang triển khai chương trình trữ nước nào để ứng phó hạn hán?")["answer"] is None


def test_who_did_what_a_question_asks_before_its_verb_is_the_events_actor(store):
    # "Tổ chức có trụ sở tại Oslo nào": the organisation, qualified by its seat, asked as the subject
    # (and "tổ chức" a noun, not the verb "to organise")
    reply = ask(store, "Tổ chức có trụ sở tại Oslo nào đã cho biết về chuyến khảo sát ở Bắc Cực?")
    assert reply["answer"] == "Tổ chức Giám sát Hàng hải Tự do"
    # the one who announced, not the ministry it works for
    assert (
        ask(store, "Cơ quan nào thông báo sẽ đóng tàu phá băng mới vào năm 2025?")["answer"]
        == "Cục Hàng hải Na Uy"
    )


def test_the_place_written_right_after_the_words_the_question_puts_before_the_noun_asked(store):
    # "biên giới với nước nào" ← "biên giới với Thụy Điển", not the country nearer the other words
    reply = ask(store, "Ông Jonas Berg tự hào đã xây cầu biên giới với nước nào?")
    assert (reply["answer"], reply["normalized"]) == ("Thụy Điển", "Sweden")
    # "bay về căn cứ nào" ← "bay về căn cứ Bodø", not the base they landed at
    reply = ask(store, "Sau khi tiếp dầu, các chiếc trực thăng bay về căn cứ nào của Na Uy?")
    assert (reply["answer"], reply["normalized"]) == ("căn cứ Bodø", "Bodø")


def test_the_subject_listed_among_the_doers_with_trong_do_co(store):
    # "Nhiều nước, trong đó có Canada, Na Uy tuyên bố …": Canada is among those who declared
    reply = ask(store, "Canada có tuyên bố viện trợ khẩn cấp lương thực cho Haiti không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    assert ask(store, "Mexico có tuyên bố viện trợ khẩn cấp lương thực cho Haiti không?")["answer"] is None


def test_a_country_the_corpus_names_only_inside_a_longer_name_is_in_the_corpus(store):
    # "Lực lượng Tuần duyên Malta": Malta is never a mention of its own, but it is no stranger
    reply = ask(store, "Lực lượng tuần duyên của Malta đã cứu bao nhiêu người?")
    assert (reply["answer"], reply["normalized"]) == ("12 người", 12)
    assert ask(store, "Lực lượng tuần duyên của Síp đã cứu bao nhiêu người?")["not_found"] == ["Síp"]


def test_the_words_a_sentence_leaves_to_the_sentence_before_it(store):
    # "Lô hàng cứu trợ này": the shipment of medical equipment the sentence before names
    reply = ask(store, "Lô hàng thiết bị y tế của Phần Lan dự kiến cập cảng Toamasina vào ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("ngày 16/5", "2021-05-16")
    # no sentence there names a shipment of vaccines
    assert (
        ask(store, "Lô hàng vắc xin của Phần Lan dự kiến cập cảng Toamasina vào ngày nào?")["answer"] is None
    )


def test_an_entity_only_the_sentence_before_names(store):
    # Na Uy is named once, late in its article: "Vụ việc xảy ra tại Lisbon" follows the sentence naming it
    reply = ask(store, "Vụ vợ Đại sứ Na Uy tát nhân viên khách sạn xảy ra ở thành phố nào?")
    assert (reply["answer"], reply["normalized"]) == ("Lisbon", "Lisbon")
    assert (
        ask(store, "Vụ vợ Đại sứ Thụy Điển tát nhân viên khách sạn xảy ra ở thành phố nào?")["answer"] is None
    )


def test_the_words_a_sentence_leaves_to_its_articles_headline(store):
    # "lũ quét" is in the headline only, the tents in the fourth sentence
    reply = ask(store, "Sau lũ quét, chính phủ Fiji đã dựng bao nhiêu lều bạt?")
    assert (reply["answer"], reply["normalized"]) == ("40 lều bạt", 40)
    assert ask(store, "Sau động đất, chính phủ Fiji đã dựng bao nhiêu lều bạt?")["answer"] is None


def test_where_the_subject_asked_lies_is_the_place_written_with_o_after_it(store):
    # "Các trường học … nằm ở thành phố nào?" ← "một số trường học ở Arequipa khiếu nại …"
    asked = "khiếu nại về tình trạng thiếu giáo viên trước phán quyết của tòa án nằm ở thành phố nào?"
    reply = ask(store, "Các trường học " + asked)
    assert (reply["answer"], reply["normalized"]) == ("Arequipa", "Arequipa")
    assert ask(store, "Các bệnh viện " + asked)["answer"] is None  # the schools complained, not hospitals


def test_the_person_a_question_describes_by_an_act_written_in_the_passive(store):
    # "người thiết kế" ← "được thiết kế bởi …", "người biên soạn" ← "do … biên soạn"
    reply = ask(store, "Ai là người thiết kế cây cầu mới ở Aarhus?")
    assert (reply["answer"], reply["normalized"]) == ("Mads Kjeldsen", "Mads Kjeldsen")
    reply = ask(store, "Ai là người biên soạn bộ từ điển Đan - Việt?")
    assert (reply["answer"], reply["normalized"]) == ("Søren Vinther", "Søren Vinther")
    # another act: the sentences name no builder, no publisher
    assert ask(store, "Ai là người xây dựng cây cầu mới ở Aarhus?")["answer"] is None
    assert ask(store, "Ai là người xuất bản bộ từ điển Đan - Việt?")["answer"] is None


def test_a_year_asked_is_stated_by_a_sentence_that_writes_it_relative_to_its_article(store):
    # "Năm 2020, …" ← "Năm ngoái, …" in an article of 2021
    reply = ask(store, "Năm 2020, Latvia đã chi bao nhiêu tiền cho tàu tuần duyên?")
    assert (reply["answer"], reply["normalized"]) == ("40 triệu USD", 40000000)
    assert ask(store, "Năm 2019, Latvia đã chi bao nhiêu tiền cho tàu tuần duyên?")["answer"] is None


def test_a_word_left_to_the_headline_is_written_there_with_its_marks(store):
    # "được đóng" (built) asked: the headline's "Đông Greenland" holds no "đóng", so the photo caption
    # "… ở Nuuk" does not say where the ship was built
    assert ask(store, "Tàu phá băng Polar Star được đóng ở đâu?")["answer"] is None
    reply = ask(store, "Tàu phá băng Polar Star hoạt động ở đâu năm 2019?")
    assert reply["answer"] == "Greenland"  # the headline itself states it


def test_a_place_the_recogniser_left_unclaimed_after_a_kind_of_place_that_o_introduces(store):
    # "xảy ra ở khu vực chân núi Tarnok": no known place but the question's own country
    reply = ask(store, "Vụ lở đất khiến nhiều người bị thương ở Hungary xảy ra ở đâu?")
    assert (reply["answer"], reply["normalized"]) == ("khu vực chân núi Tarnok", "Tarnok")
    # a province is asked: an unknown name is not known to be one
    assert ask(store, "Vụ lở đất khiến nhiều người bị thương ở Hungary xảy ra ở tỉnh nào?")["answer"] is None


def test_a_figure_of_a_description_left_to_the_headline(store):
    # "Hội thao khối 7" named in the headline, "Hội thao" in the sentence that answers
    reply = ask(store, "Hội thao khối 7 có tuân thủ các quy định về an toàn thực phẩm không?")
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    assert (
        ask(store, "Hội thao khối 8 có tuân thủ các quy định về an toàn thực phẩm không?")["answer"] is None
    )


def test_an_amount_asked_with_no_unit_and_as_the_extractor_reads_it(store):
    # "bao nhiêu về xuất khẩu": "về" opens what the loss is of, not a unit
    reply = ask(store, "Các lệnh cấm của Bhutan khiến Mông Cổ thiệt hại bao nhiêu về xuất khẩu?")
    assert (reply["answer"], reply["normalized"]) == ("3 tỷ USD", 3e9)
    # "trị giá bao nhiêu" ← "trị giá 40 triệu USD": the amount with its currency, not the noun before it
    reply = ask(store, "Gói tài trợ của Bhutan cho Mông Cổ trị giá bao nhiêu?")
    assert (reply["answer"], reply["normalized"]) == ("40 triệu USD", 4e7)


def test_names_the_recogniser_left_unclaimed_listed_right_after_the_noun_asked(store):
    # "lập ba khu trại - Gorakshep, Lobuche và Dingboche -": the camps, though no name is known
    reply = ask(store, "Chính quyền Nepal lập những khu trại nào cho người leo núi Everest?")
    assert reply["answer"] == ["Gorakshep", "Lobuche", "Dingboche"]
    # the sentence lists camps, not hospitals
    assert (
        ask(store, "Chính quyền Nepal lập những bệnh viện nào cho người leo núi Everest?")["answer"] is None
    )


def test_a_year_the_question_writes_never_answers_it(store):
    # "gấp 10 lần cả năm 2020, trong tháng nào?": the month, not the year the question compares with
    reply = ask(store, "Bhutan ghi nhận 120 ca mắc mới, gấp 10 lần cả năm 2020, trong tháng nào?")
    assert (reply["answer"], reply["normalized"]) == ("tháng 3", "2021-03")


def test_the_verb_counted_over_is_the_one_before_duoc(store):
    # "đã tiêm được bao nhiêu liều": doses given, which a plant's output ("sản xuất được") does not count
    assert ask(store, "Kyrgyzstan đã tiêm được bao nhiêu liều vắc xin?")["answer"] is None
    reply = ask(store, "Tajikistan đã tiêm được bao nhiêu liều vắc xin?")
    assert (reply["answer"], reply["normalized"]) == ("300.000 liều", 300000)


def test_a_kinship_asked_is_read_the_other_way_beside_the_person_asked_about(store):
    # "Chồng của bà X là ai?" ← "Bà X, vợ của nhà ngoại giao Y"
    reply = ask(store, "Chồng của bà Greta Moser là ai?")
    assert (reply["answer"], reply["normalized"]) == ("Stefan Moser", "Stefan Moser")
    # "Ông Lukas Keller, chồng của bà Anna Keller" is Anna Keller's husband, not Stefan Moser's wife
    assert ask(store, "Vợ của ông Stefan Moser là ai?")["answer"] is None


def test_a_count_stated_by_the_things_counted_listed_in_a_closed_list(store):
    # "với phía bao nhiêu nước?" ← "với phía Paraguay và Ecuador"
    reply = ask(
        store, "Trong cuộc gọi video hôm 3/5, bà Marta Kivi nói chuyện với phía bao nhiêu nước Nam Mỹ?"
    )
    assert (reply["answer"], reply["normalized"]) == ("2 (Paraguay và Ecuador)", 2)
    # items each led by the noun counted
    reply = ask(store, "Tuyên bố của Tòa án Tối cao Slovenia nhắm tới quan chức ở bao nhiêu cấp chính quyền?")
    assert (reply["answer"], reply["normalized"]) == ("3 (cấp trung ương, cấp vùng và cấp thành phố)", 3)
    # "các nước như …" names examples, not all of them
    assert ask(store, "Hôm 6/5, bà Marta Kivi tiếp đại diện bao nhiêu nước châu Á?")["answer"] is None


def test_what_a_body_made_public_is_dated_by_its_statement(store):
    # "công bố … vào ngày nào?" ← "… hôm 7/5 cho hay, …": the statement is the announcement asked
    reply = ask(store, "Bộ Y tế Slovenia công bố tổng số ca tử vong do Covid-19 là 4.215 người vào ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("hôm 7/5", "2021-05-07")


def test_an_incident_a_sentence_names_shorter_with_words_of_the_question(store):
    # "vụ nổ súng xảy ra …" for "Vụ binh sĩ Croatia nổ súng … xảy ra": who fired is the article's
    reply = ask(store, "Vụ binh sĩ Croatia nổ súng gần làng Vrhovo xảy ra ở tỉnh nào của Slovenia?")
    assert reply["answer"] == "tỉnh Posavska"
    # "vụ cháy" is another incident
    assert (
        ask(store, "Vụ binh sĩ Croatia nổ súng gần làng Dobrova xảy ra ở tỉnh nào của Slovenia?")["answer"]
        is None
    )


def test_a_sentence_opening_with_khi_do_is_of_the_country_and_year_the_sentence_before_names(store):
    # "Hải quân Colombia … vào năm 1998. Khi đó, … tàu ngầm Pijao …": the navy speaks of Colombia
    assert (
        ask(store, "Tàu ngầm nào của Colombia chìm xuống đáy biển cùng 40 thủy thủ năm 1998?")["answer"]
        == "Pijao"
    )
    assert (
        ask(store, "Tàu ngầm nào của Colombia chìm xuống đáy biển cùng 40 thủy thủ năm 2001?")["answer"]
        is None
    )


def test_an_embassy_in_a_country_is_no_voice_of_that_country():
    from thoisu.query.candidates import country_ending

    assert country_ending("Bộ Y tế Ấn Độ") == "IND"
    assert country_ending("Đại sứ quán Mỹ tại Nga") is None


def test_the_first_asked_is_stated_by_a_sentence_saying_which_was_the_first(store):
    reply = ask(store, "Andorra ghi nhận ca tử vong đầu tiên do Covid-19 vào ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("ngày 31/3/2020", "2020-03-31")
    # a sentence counting deaths does not say which was the first
    assert (
        ask(store, "Liechtenstein ghi nhận ca tử vong đầu tiên do Covid-19 vào ngày nào?")["answer"] is None
    )


def test_the_month_asked_is_stated_by_a_time_resolved_to_it(store):
    # "Giữa tháng 5, …" ← "Hồi giữa tháng, …" in an article of May
    reply = ask(store, "Giữa tháng 5, Vanuatu và Samoa cùng đưa tàu tuần tra tới khu vực nào?")
    assert reply["answer"] == "Biển Đông"
    assert (
        ask(store, "Giữa tháng 3, Vanuatu và Samoa cùng đưa tàu tuần tra tới khu vực nào?")["answer"] is None
    )


def test_a_part_of_the_country_asked_names_no_rival_of_it(store):
    # "biên giới Siberia" for Russia's border: Siberia is part of Russia, not another place in its stead
    reply = ask(store, "Kazakhstan đã triển khai khoảng bao nhiêu binh sĩ đến gần biên giới Nga?")
    assert (reply["answer"], reply["normalized"]) == ("30.000 binh sĩ", 30000)
    # … but not of China
    assert (
        ask(store, "Kazakhstan đã triển khai khoảng bao nhiêu binh sĩ đến gần biên giới Trung Quốc?")[
            "answer"
        ]
        is None
    )


def test_a_question_with_a_compound_holding_khong_asks_no_yes_or_no():
    from thoisu.query.question import question_type

    assert question_type("Những đối thủ nào có thể sử dụng vũ khí không gian?") == "list"
    assert question_type("Hãng hàng không nào bay tới Dubai?") == "entity"
    assert question_type("Canada có phát triển vũ khí không gian không?") == "yesno"


def test_the_country_a_body_the_question_names_speaks_for_is_not_listed(store):
    # "Bộ Tư lệnh Không gian Canada … kêu gọi Canada …": Canada is the asker, not one of its rivals
    reply = ask(store, "Những đối thủ nào được CANSPACE nêu tên là có thể sử dụng vũ khí không gian?")
    assert (reply["type"], reply["answer"]) == ("list", None)


def test_an_account_attributed_with_theo_is_what_its_source_said(store):
    # "Bộ trưởng … nào cho biết …?" ← "Theo Bộ trưởng … Janez Novak, …"
    reply = ask(
        store,
        "Bộ trưởng Y tế Slovenia nào cho biết Slovenia đã ghi nhận các ca nhiễm biến thể virus phát hiện ở Nam Phi?",
    )
    assert reply["answer"] == "Janez Novak"


def test_where_a_place_lies_is_stated_by_a_sentence_naming_it_with_the_kind_asked(store):
    # "Đá X nằm trong quần đảo nào?" asks nothing but its names and the kind of place
    assert ask(store, "Đá Châu Viên nằm trong quần đảo nào?")["answer"] == "quần đảo Trường Sa"
    # a sentence without that kind of place does not say it
    assert ask(store, "Đá Châu Viên nằm trong tỉnh nào?")["answer"] is None


def test_dien_ra_asks_no_action_of_the_event_before_it(store):
    # "Cuộc tập trận … diễn ra khi nào?" ← "… tham gia cuộc tập trận … vào cuối tuần qua"
    reply = ask(store, "Cuộc tập trận bắn đạn thật của máy bay ném bom Honduras diễn ra khi nào?")
    assert reply["answer"] == "cuối tuần qua"


def test_a_share_of_the_things_asked_does_not_count_them(store):
    # "70% bệnh nhân" says what part of the patients, not how many there are
    # (a share asked is still answered by one: test_a_share_answers_only_a_question_asking_for_one)
    assert ask(store, "Lesotho đã ghi nhận bao nhiêu bệnh nhân Covid-19?")["answer"] is None


def test_a_count_of_cases_is_of_the_kind_the_question_asks_written_after_a_two_syllable_noun(store):
    # "trường hợp F2" counts no F1 contacts, and "21 F1" counts the F1 ones without the noun;
    # "đang mắc kẹt" asks no count of infections
    assert ask(store, "Ninh Thuận đã truy vết được bao nhiêu trường hợp F2?")["normalized"] == 130
    reply = ask(store, "Ninh Thuận đã truy vết được bao nhiêu trường hợp F1?")
    assert (reply["answer"], reply["normalized"]) == ("21 F1", 21)
    assert ask(store, "Tàu Ocean Star có bao nhiêu thuyền viên đang mắc kẹt?")["normalized"] == 19


def test_a_market_asked_is_a_place_not_the_mayor_its_folded_form_also_spells(store):
    # "thị trường" (a market) and "thị trưởng" (a mayor) fold alike: the marks tell them apart
    reply = ask(store, "Tại châu Á, Orion Motors sẽ gia nhập những thị trường nào?")
    assert reply["normalized"] == ["Laos", "Cambodia", "Myanmar"]


def test_a_list_of_things_no_type_names_is_no_list_of_people(store):
    # "những triệu chứng nào": every noun for people is a known answer type; this one asks for none
    assert ask(store, "Bệnh nhân ở Peru có những triệu chứng nào?")["answer"] is None
    assert ask(store, "Những ai cho biết bệnh nhân ở Peru có triệu chứng sốt cao?")["normalized"] == [
        "Maria Lopez"
    ]


def test_a_name_written_in_the_place_of_the_noun_asked(store):
    # "… của tổ chức nào tại Lào …" ← "… của Zentrix tại Lào …": the noun asked is left out
    question = "Talvora là đối tác độc quyền của tổ chức nào tại Lào về phân phối thiết bị y tế?"
    assert ask(store, question)["answer"] == "Zentrix"


def test_aircraft_counted_with_their_classifier(store):
    # "bao nhiêu máy bay" ← "…: 14 chiếc"
    reply = ask(store, "Nam Phi đã đưa bao nhiêu máy bay vào vùng nhận diện phòng không của Lesotho?")
    assert (reply["answer"], reply["normalized"]) == ("14 chiếc", 14)


def test_a_condition_the_question_states_hedges_nothing(store):
    # "Nếu làm việc ở Lào thì …": the question's own case, asked with "làm việc ở Lào"
    question = "Thuế thu nhập của chuyên gia nước ngoài làm việc ở Lào có thấp hơn so với Peru không?"
    assert ask(store, question)["normalized"] is True
    # without that condition the sentence says it only if it holds
    question = "Thuế thu nhập của chuyên gia nước ngoài ở Lào có thấp hơn so với Peru không?"
    assert ask(store, question)["answer"] is None


def test_a_predicate_asked_with_co_phai_is_read_apart_from_its_subject(store):
    # "Ca bệnh của X có phải lần đầu tiên …": what is asked is the predicate, written in order; the
    # subject's words ("ca bệnh") come later in the sentence
    question = "Ca bệnh của Mateo Quispe có phải lần đầu tiên hội chứng HXR được phát hiện tại Peru không?"
    assert ask(store, question)["normalized"] is True
    question = "Ca bệnh của Mateo Quispe có phải lần đầu tiên hội chứng HXR được điều trị tại Peru không?"
    assert ask(store, question)["answer"] is None


def test_an_event_after_which_the_one_asked_came_need_not_be_written(store):
    # "… sau cái chết của ông X?": the event before the one asked, written as a noun, frames the question
    question = "Ai được chỉ định làm tổng thống lâm thời Niger sau cái chết của ông Amadou Kessa?"
    assert ask(store, question)["answer"] == "Ousmane Bako"
    # … but a name there says which event: an article that never names it is about another
    question = "Ai được chỉ định làm tổng thống lâm thời Niger sau vụ đảo chính Tessalit?"
    assert ask(store, question)["answer"] is None


def test_the_head_a_question_opens_with_is_no_word_to_leave_out(store):
    # "Xác tàu ngầm …" (the wreck) ← "… tìm thấy mảnh vỡ …" (debris): a sentence leaving the submarine to
    # its article must still write what the question asks about
    assert (
        ask(store, "Mảnh vỡ tàu ngầm KRI Cakra 401 được tìm thấy vào ngày nào?")["normalized"] == "2021-04-12"
    )
    assert ask(store, "Xác tàu ngầm KRI Cakra 401 được tìm thấy vào ngày nào?")["answer"] is None


def test_the_place_nearest_the_verb_a_place_is_asked_of(store):
    # "… bị đổ bệnh ở nước nào?": the place written with "đổ bệnh", not the trial's
    question = "Người tham gia thử nghiệm thuốc của Voltara bị đổ bệnh ở nước nào?"
    assert ask(store, question)["answer"] == "Chile"


def test_the_verb_the_ones_asked_for_did_is_written(store):
    # "Những nước nào đã cử tàu hỗ trợ …": those who only pledged help did not send ships
    question = "Những nước nào đã cử tàu hỗ trợ Peru tìm kiếm tàu cá Condor?"
    assert ask(store, question)["answer"] == ["Chile"]


def test_a_designations_digits_are_no_figure():
    # "vì Covid-19, cao nhất": the 19 of a name counts nothing (it answered "19, ca" for a count of cases)
    from thoisu.query.answer_numbers import _NUM

    text = "3.645 ca tử vong vì Covid-19, tiêm kích F-16 và 2-3 tỷ liều"
    assert [m.group() for m in _NUM.finditer(text)] == ["3.645", "2", "3 tỷ"]


def test_an_article_of_the_day_asked_need_not_name_it(store):
    # "Theo Bộ Y tế Peru ngày 29/4, … trong 24 giờ qua?" ← an article of 29/4: "Trong 24 giờ qua, …"
    question = "Theo Bộ Y tế Peru ngày {}, nước này ghi nhận thêm bao nhiêu ca tử vong vì sốt xuất huyết trong 24 giờ qua?"
    assert ask(store, question.format("29/4"))["normalized"] == 1234
    assert ask(store, question.format("28/4"))["answer"] is None


def test_a_figure_of_thousands_the_question_names_says_which_fact(store):
    # "… gần 12.345 ca nhiễm mới …, vào ngày nào?" ← a sentence leaving Chile to its article, with the figure
    question = "Chile ghi nhận gần 12.345 ca nhiễm mới, mức kỷ lục, vào ngày nào?"
    assert ask(store, question)["normalized"] == "2021-04-26"


def test_an_event_noun_after_sau_is_dated_by_the_time_after_it(store):
    # "kể từ sau binh biến ngày 3/3": "sau" says when about the coup, and "ngày 3/3" dates the coup
    assert ask(store, "Cuộc binh biến ở Lesotho diễn ra vào ngày nào?")["normalized"] == "2021-03-03"


def test_a_name_opening_the_question_must_be_in_the_article(store):
    # "Veltrano được thành lập …": the first word of every sentence is capitalised, but one no Vietnamese
    # syllable spells is a name — an article that never writes it (a national park's) does not answer
    assert ask(store, "Veltrano có bao nhiêu cửa hàng?")["normalized"] == 300
    assert ask(store, "Veltrano được thành lập vào năm nào?")["answer"] is None


def test_money_does_not_count_things_counted_with_their_classifier(store):
    # "bao nhiêu chiếc Zentora X2" asks how many phones: their price is no count
    assert ask(store, "Các hệ thống đã bán được bao nhiêu chiếc Zentora X2?")["answer"] is None
    assert ask(store, "Điện thoại Zentora X2 được bán ra với mức giá bao nhiêu?")["normalized"] == 12000000


def test_the_kind_of_account_a_named_source_gives_may_be_its_verb(store):
    # "Theo dự báo của IMF, …" ← "IMF kỳ vọng …": the source gives its forecast
    # in its own verb; the analysts' forecast, which names no such source, is not the one asked
    question = "Theo dự báo của IMF, kinh tế Lesotho sẽ tăng trưởng bao nhiêu phần trăm trong năm tài khóa kết thúc vào tháng 3/2022?"
    assert ask(store, question)["normalized"] == 7.5


def test_a_persons_academic_marker_need_not_be_repeated(store):
    # "Theo Tiến sĩ Lê Văn Khải, …" ← "Theo ông Khải, …": the marker says who is meant, as a title does
    question = "Theo Tiến sĩ Lê Văn Khải, thành phố nào của Hàn Quốc là ví dụ điển hình về nơi luôn hấp dẫn nhà đầu tư?"
    assert ask(store, question)["answer"] == "thành phố Busan"


def test_no_amount_of_another_unit_says_an_age(store):
    # "bao nhiêu tuổi" is answered by "N tuổi", never by a count of followers
    assert ask(store, "Người mẫu Lena Oksova bao nhiêu tuổi?")["answer"] is None


def test_the_words_asked_dated_by_a_time_from_which(store):
    # "(thành lập từ năm 1921)": "từ" between the words asked and the time still dates them
    question = (
        "Học viện Marlowe ở California, trường sở hữu chương trình thạc sĩ nổi tiếng, được thành lập năm nào?"
    )
    assert ask(store, question)["normalized"] == "1921"


def test_an_apposition_after_a_person_says_who_is_meant(store):
    # "Orsolya Kovacs, người phụ nữ từng cao nhất châu Âu, sinh năm nào?" ← "Kovacs sinh năm 1903": the
    # description between commas need not be repeated by the sentence that names her
    question = "Orsolya Kovacs, người phụ nữ từng được xem là cao nhất châu Âu, sinh năm nào?"
    assert ask(store, question)["normalized"] == "1903"


def test_a_name_the_corpus_writes_unrecognised_is_not_reported_missing(store):
    # "… với Tlacaelel khi …": the recogniser took it for no name there, but the corpus writes it, so the
    # reply must not say the corpus does not know it
    reply = ask(store, "Theo ông Kaku, hoàng đế Tlacaelel đã gặp ai?")
    assert "not_found" not in reply
    assert "not_found" in ask(store, "Theo ông Kaku, hoàng đế Itzcoatl đã gặp ai?")


def test_the_country_ending_the_places_a_thing_is_in(store):
    # "thuộc dãy Andes, Cusco, Peru": "thuộc" introduces where it lies, smallest first; "nước nào" asks the
    # country, the last of them
    assert ask(store, "Núi cầu vồng Velantra nằm ở nước nào?")["answer"] == "Peru"


def test_a_place_written_with_o_is_not_the_yes_no_subject(store):
    # "Khu bảo tồn Velmora ở Peru có …?": Peru says where the reserve is; the sentence naming Peru only
    # after the words asked still answers for the reserve
    assert ask(store, "Khu bảo tồn Velmora ở Peru có được UNESCO công nhận không?")["normalized"] is True


def test_the_noun_a_question_opens_with_says_what_its_far_nao_asks(store):
    # "Giáo sư hóa học người Mỹ gốc Nhật Bản nào …": a person, though the words right before "nào" name a country
    question = "Giáo sư hóa học người Mỹ gốc Nhật Bản nào tin rằng pin mặt trời sẽ rẻ hơn điện than?"
    assert ask(store, question)["answer"] == "Elena Varga"


def test_a_denial_the_question_writes_too_is_what_it_asks_about(store):
    # "… không cần mổ vào ngày nào?": the workshop's name says no surgery is needed; it hedges no date
    question = "Bệnh viện Minh Khang tổ chức Hội thảo Điều trị sỏi thận không cần mổ vào ngày nào?"
    assert ask(store, question)["normalized"] == "2021-05-14"


def test_how_things_stand_now_is_the_newest_articles_figure(store):
    # "tính đến nay" asks the figure as it now stands: the later article's total, though the earlier
    # one words it a little more like the question
    reply = ask(store, "Namibia đã ghi nhận tổng cộng bao nhiêu ca sốt rét tính đến nay?")
    assert (reply["normalized"], reply["evidence"][0]["doc"]) == (24000, "malaria_late")


def test_a_figure_describing_people_is_no_count_of_what_they_had(store):
    # "những ai đã tiêm 2 liều" says which people, not how many doses the country gave
    reply = ask(store, "Namibia đã tiêm được bao nhiêu liều vắc xin?")
    assert reply["answer"] is None


def test_a_figure_numbering_a_round_may_be_left_to_the_sentence_before(store):
    # "đợt 1" names the round the question is about; "Cụ thể, …" goes on about the one just named
    reply = ask(store, "Trong đợt 1 tiêm vắc xin, ngành y tế Botswana đã tiêm cho bao nhiêu nhân viên y tế?")
    assert (reply["answer"], reply["normalized"]) == ("4.321 nhân viên", 4321)


def test_people_said_to_be_what_is_counted(store):
    # "2.468 người là nhân viên y tế" counts the staff
    reply = ask(store, "Ngành y tế Malawi đã tiêm vắc xin cho bao nhiêu nhân viên y tế?")
    assert (reply["answer"], reply["normalized"]) == ("2.468 người", 2468)


def test_a_place_that_only_locates_a_name_has_no_rival_where_the_name_is_written(store):
    # "Đền Kavarna ở Zambia": a sentence writing "Đền Kavarna" is about it, though it names Angola
    reply = ask(store, "Đền Kavarna ở Zambia được khởi lập vào năm nào?")
    assert (reply["normalized"], reply["evidence"][0]["text"][:10]) == ("1650", "Đền Kavarn")


def test_tinh_den_says_until_when_and_asks_no_visit(store):
    # "Tính đến ngày 10/6": "đến" is no VISIT the sentence must hold
    reply = ask(store, "Tính đến ngày 10/6, Botswana đã ghi nhận bao nhiêu ca sốt rét?")
    assert (reply["answer"], reply["normalized"]) == ("3.210 ca", 3210)


def test_an_occasion_named_by_its_day_is_left_to_the_article(store):
    # "trước dịp lễ 1/6": the sentence dating the dispatch need not name the holiday its article is about
    reply = ask(
        store,
        "Bộ Y tế Zambia ra công văn về tăng cường phòng chống dịch trước dịp lễ 1/6 năm 2021 vào ngày nào?",
    )
    assert reply["normalized"] == "2021-05-25"


def test_a_count_before_the_noun_asked_asks_for_a_list(store):
    reply = ask(store, "Ba nước nào xếp ngay sau Chad về số ca mắc sốt rét?")
    assert reply["normalized"] == ["Uganda", "Tanzania", "Sudan"]


def test_a_rate_is_no_count(store):
    # "cứ 5 phút lại có 1 người tử vong" says how often, not how many
    assert ask(store, "Chad có bao nhiêu người tử vong vì sốt rét?")["answer"] is None


def test_the_neighbouring_countries_asked_are_countries_not_the_cities_named(store):
    reply = ask(store, "Kenya nêu những nước láng giềng nào đang có dịch tả diễn biến phức tạp?")
    assert reply["answer"] is None


def test_the_figure_whose_phrase_says_what_is_counted(store):
    # "bao nhiêu người thiệt mạng": the people killed, not those aboard; only "người", the noun counted,
    # is no word to look for around each figure
    reply = ask(store, "Theo cảnh sát Uganda, bao nhiêu người thiệt mạng trong vụ lật phà?")
    assert (reply["answer"], reply["normalized"]) == ("217 người", 217)


def test_a_question_opening_with_the_kind_of_place_asks_for_the_subject(store):
    # "Bang nào được thêm 3 ghế": the state the sentence opens its clause with; "2 bang khác" are the others
    # beside it, not a sign that the sentence is about another state than the one asked
    reply = ask(store, "Bang nào được thêm 3 ghế tại quốc hội Mỹ?")
    assert (reply["answer"], reply["evidence"][0]["doc"]) == ("Utah", "us_census")


def test_where_a_place_described_by_a_noi_clause_stands(store):
    # "nơi chuyên gia … làm việc" says which institute is meant; "Viện nghiên cứu Orvalle ở Canada" writes
    # its name alone before "ở"
    reply = ask(store, "Viện Orvalle nơi chuyên gia Leona Kaveh làm việc đặt ở nước nào?")
    assert (reply["answer"], reply["normalized"]) == ("Canada", "Canada")
