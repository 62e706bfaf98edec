"""Named entities, role relations and quantities on invented sentences in diplomatic-news style.

Every expectation here follows from what the Vietnamese text means (docs/annotation.md), not from
what the recogniser happens to print: spans are exact character offsets into ``Doc.text``, ids are
the gazetteer's canonical ids.
"""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from conftest import span

from thoisu.extract.entity_spans import _vietnamese_syllable
from thoisu.extract.gazetteer import gazetteer
from thoisu.model import Doc


def mention(doc: Doc, surface: str, occ: int = 1):
    """The mention whose span is exactly that occurrence of ``surface`` (fails if there is none)."""
    start, end = span(doc, surface, occ)
    found = [m for m in doc.mentions if (m.start, m.end) == (start, end)]
    assert found, (
        f"no mention spans {surface!r} #{occ} at {start}-{end}; got {[(m.text, m.start, m.end) for m in doc.mentions]}"
    )
    m = found[0]
    assert doc.text[m.start : m.end] == m.text == surface
    return m


def triples(doc: Doc, sentence: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.entity_id) for m in doc.mentions if sentence is None or m.sentence == sentence]


# --- countries: short names, formal names, aliases, tone placement ------------------------------
def test_short_formal_and_alias_names_link_to_one_country(nlp):
    doc = nlp.from_text(
        "Ngày 12/3/2021, Liên bang Nga và Hoa Kỳ tổ chức tham vấn chiến lược tại Geneva. "
        "Phía Mỹ đánh giá cuộc tham vấn là thẳng thắn, còn Nga đánh giá tích cực."
    )
    assert triples(doc, 0) == [
        ("Liên bang Nga", "LOC", "RUS"),
        ("Hoa Kỳ", "LOC", "USA"),
        ("Geneva", "LOC", "city:geneva"),
    ]
    assert triples(doc, 1) == [("Mỹ", "LOC", "USA"), ("Nga", "LOC", "RUS")]
    m = mention(doc, "Liên bang Nga")
    assert (m.start, m.end) == (16, 29)
    assert mention(doc, "Hoa Kỳ").entity_id == mention(doc, "Mỹ").entity_id == "USA"
    assert mention(doc, "Nga", 2).entity_id == "RUS"  # the 1st "Nga" is inside "Liên bang Nga"
    # the canonical entity carries its English name and keeps the surface forms as aliases
    assert doc.entities["RUS"]["name"] == "Russia"
    assert doc.entities["USA"]["name"] == "United States"


@pytest.mark.parametrize(
    ("old", "new", "eid"),
    [
        ("Cộng hoà Liên bang Đức", "Cộng hòa Liên bang Đức", "DEU"),
        ("Uỷ ban châu Âu", "Ủy ban châu Âu", "org:european-commission"),
        ("Hoà Bình", "Hòa Bình", "vn:hoa-binh"),
    ],
)
def test_tone_placement_variants_are_one_entity(nlp, old, new, eid):
    doc = nlp.from_text(f"Đoàn đại biểu {old} làm việc tại Hà Nội. Sau đó, đoàn {new} lên đường về nước.")
    a, b = mention(doc, old), mention(doc, new)
    assert a.entity_id == b.entity_id == eid
    # the text keeps the placement as written; only matching unifies it
    assert doc.text[a.start : a.end] == old and doc.text[b.start : b.end] == new
    assert gazetteer().lookup(old) == gazetteer().lookup(new) == {eid}


# --- organisations and mechanisms ---------------------------------------------------------------
def test_organisations(nlp):
    doc = nlp.from_text(
        "Liên Hợp Quốc hoan nghênh vai trò của ASEAN trong việc duy trì hòa bình ở Đông Nam Á."
    )
    assert triples(doc) == [
        ("Liên Hợp Quốc", "ORG", "org:un"),
        ("ASEAN", "ORG", "org:asean"),
        ("Đông Nam Á", "LOC", "region:southeast-asia"),
    ]
    assert mention(doc, "Liên Hợp Quốc").start == 0


def test_a_ministry_abbreviated_with_an_ampersand_is_one_name(nlp):
    doc = nlp.from_text("Theo Bộ LĐ-TB&XH, Bộ GD&ĐT và Bộ VH-TT&DL sẽ phối hợp với Nhật Bản.")
    assert triples(doc) == [
        ("Bộ LĐ-TB&XH", "ORG", "org:vn-molisa"),
        ("Bộ GD&ĐT", "ORG", "org:vn-moet"),
        ("Bộ VH-TT&DL", "ORG", "org:vn-mocst"),
        ("Nhật Bản", "LOC", "JPN"),
    ]
    assert mention(doc, "Bộ LĐ-TB&XH").start == 5


def test_a_name_ending_in_a_company_word_is_an_organisation(nlp):
    doc = nlp.from_text(
        "Tại Bãi Sậy, Orion Group xây dựng khu nghỉ dưỡng cùng ông Karl Weber của Vardan Holdings."
    )
    assert triples(doc) == [
        ("Bãi Sậy", "LOC", "loc:bai-say"),  # the capital of "Tại" only opens the sentence
        ("Orion Group", "ORG", "org:orion-group"),
        ("Karl Weber", "PER", "per:karl-weber"),
        ("Vardan Holdings", "ORG", "org:vardan-holdings"),
    ]
    doc = nlp.from_text("EU trừng phạt Peru Mining Corporation (PEMCO).")
    assert triples(doc) == [
        ("EU", "ORG", "org:eu"),
        ("Peru Mining Corporation", "ORG", "org:peru-mining-corporation"),  # the country opens its name
        ("PEMCO", "ORG", "org:peru-mining-corporation"),
    ]


def test_a_hospital_is_an_organisation_and_a_disease_acronym_no_entity(nlp):
    doc = nlp.from_text(
        "Bệnh nhân mắc hội chứng KLS và nhiễm HIV được điều trị tại Bệnh viện Thanh Sơn cùng các bác sĩ WHO."
    )
    assert triples(doc) == [
        ("Bệnh viện Thanh Sơn", "ORG", "org:benh-vien-thanh-son"),
        ("WHO", "ORG", "org:who"),
    ]


def test_a_city_named_after_a_known_person_is_the_city(nlp):
    doc = nlp.from_text("Đoàn đến thành phố Hồ Chí Minh rồi thăm Bảo tàng Thành phố Hồ Chí Minh.")
    assert [t for t in triples(doc) if t[2] == "vn:ho-chi-minh"] == [
        ("thành phố Hồ Chí Minh", "LOC", "vn:ho-chi-minh"),
        ("Thành phố Hồ Chí Minh", "LOC", "vn:ho-chi-minh"),
    ]
    assert "per:ho-chi-minh" not in {m.entity_id for m in doc.mentions}


def test_a_name_abbreviated_with_periods_is_one_name(nlp):
    doc = nlp.from_text("Hội thảo tổ chức tại TP.HCM, sau đó đoàn tới TP. HCM rồi bay sang St. Petersburg.")
    assert triples(doc) == [
        ("TP.HCM", "LOC", "vn:ho-chi-minh"),
        ("TP. HCM", "LOC", "vn:ho-chi-minh"),
        ("St. Petersburg", "LOC", "city:saint-petersburg"),
    ]


def test_armed_forces_and_armed_groups(nlp):
    doc = nlp.from_text(
        "Hôm qua, lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC) và Liên đoàn Quốc gia Karen (KNU) cùng bị Taliban "
        "chỉ trích."
    )
    assert triples(doc) == [
        ("Vệ binh Cách mạng Hồi giáo Iran", "ORG", "org:irgc"),
        ("IRGC", "ORG", "org:irgc"),
        ("Liên đoàn Quốc gia Karen", "ORG", "org:knu"),
        ("KNU", "ORG", "org:knu"),
        ("Taliban", "ORG", "org:taliban"),
    ]


def test_a_head_word_opening_a_sentence_before_cua_is_no_name(nlp):
    # "Cuộc tập trận của Na Uy" opening a sentence is the description "cuộc tập trận của Na Uy"
    doc = nlp.from_text("Cuộc tập trận của Na Uy kéo dài 5 ngày. Cuộc tập trận Arctic Shield kết thúc.")
    assert triples(doc) == [
        ("Na Uy", "LOC", "NOR"),
        ("Cuộc tập trận Arctic Shield", "EVENT", "event:cuoc-tap-tran-arctic-shield"),
    ]


def test_a_class_of_ships_and_a_foreign_word_after_o_or_tai(nlp):
    doc = nlp.from_text("Nga có 6 tàu ngầm lớp Kilo. Chúng được đóng ở Kure và sửa chữa tại Sasebo.")
    assert triples(doc) == [
        ("Nga", "LOC", "RUS"),
        ("Kilo", "PRODUCT", "product:kilo"),
        ("Kure", "LOC", "loc:kure"),
        ("Sasebo", "LOC", "loc:sasebo"),
    ]


def test_a_company_named_after_its_trade(nlp):
    doc = nlp.from_text(
        "Đài Loan muốn mua tên lửa của tập đoàn quốc phòng Mỹ Lockheed Martin. "
        "Tập đoàn đa ngành Tata của Ấn Độ đã nhập khẩu container."
    )
    assert triples(doc) == [
        ("Đài Loan", "LOC", "TWN"),
        ("Mỹ", "LOC", "USA"),
        ("Lockheed Martin", "ORG", "org:lockheed-martin"),
        ("Tata", "ORG", "org:tata"),
        ("Ấn Độ", "LOC", "IND"),
    ]


def test_czech_is_the_czech_republic(nlp):
    doc = nlp.from_text("Czech trục xuất 18 nhà ngoại giao Nga.")
    assert triples(doc) == [("Czech", "LOC", "CZE"), ("Nga", "LOC", "RUS")]


def test_un_acronym_and_security_council(nlp):
    doc = nlp.from_text(
        "Đại diện LHQ và các thành viên Hội đồng Bảo an Liên Hợp Quốc đã thảo luận về tình hình."
    )
    assert mention(doc, "LHQ").entity_id == "org:un"
    assert (
        mention(doc, "Hội đồng Bảo an Liên Hợp Quốc").type,
        mention(doc, "Hội đồng Bảo an Liên Hợp Quốc").entity_id,
    ) == ("ORG", "org:unsc")
    assert not any(m.text == "Liên Hợp Quốc" for m in doc.mentions)  # no nesting


def test_mechanisms_pmc1_som_arf(nlp):
    doc = nlp.from_text("Các bộ trưởng dự PMC+1, SOM và ARF tại Viêng Chăn.")
    assert triples(doc) == [
        ("PMC+1", "MECHANISM", "mech:pmc1"),
        ("SOM", "MECHANISM", "mech:som"),
        ("ARF", "MECHANISM", "mech:arf"),
        ("Viêng Chăn", "LOC", "city:vientiane"),
    ]
    assert span(doc, "PMC+1") == (mention(doc, "PMC+1").start, mention(doc, "PMC+1").end) == (17, 22)


def test_mechanism_long_forms_with_acronyms(nlp):
    doc = nlp.from_text(
        "Hai bên cũng dự Hội nghị Quan chức Cao cấp ASEAN (SOM) và Diễn đàn Khu vực ASEAN (ARF)."
    )
    assert triples(doc) == [
        ("Hội nghị Quan chức Cao cấp ASEAN", "MECHANISM", "mech:som"),
        ("SOM", "MECHANISM", "mech:som"),
        ("Diễn đàn Khu vực ASEAN", "MECHANISM", "mech:arf"),
        ("ARF", "MECHANISM", "mech:arf"),
    ]


# --- names opened by a head word ----------------------------------------------------------------
def test_head_word_agreement_not_in_gazetteer(nlp):
    name = "Hiệp định Thương mại Tự do Việt Nam - Mông Cổ"
    doc = nlp.from_text(
        f"Việt Nam và Mông Cổ khởi động đàm phán {name}. Các nhà đàm phán hy vọng {name} sẽ sớm được ký."
    )
    first, second = mention(doc, name, 1), mention(doc, name, 2)
    assert first.type == second.type == "AGREEMENT"
    assert first.entity_id and first.entity_id == second.entity_id
    assert first.entity_id not in {"VNM", "MNG"}
    # the pair inside the name is not split out as separate mentions
    inside = [m for m in doc.mentions if first.start <= m.start and m.end <= first.end]
    assert inside == [first]
    assert triples(doc, 0)[:2] == [("Việt Nam", "LOC", "VNM"), ("Mông Cổ", "LOC", "MNG")]


def test_head_word_fund_in_gazetteer_and_spacing_variant(nlp):
    doc = nlp.from_text("Nga góp vốn cho Quỹ Hợp tác ASEAN - Nga. Quỹ Hợp tác ASEAN-Nga tài trợ nhiều dự án.")
    a, b = mention(doc, "Quỹ Hợp tác ASEAN - Nga"), mention(doc, "Quỹ Hợp tác ASEAN-Nga")
    assert (a.type, a.entity_id) == (b.type, b.entity_id) == ("FUND", "fund:asean-russia")
    assert not any(a.start < m.start < a.end or b.start < m.start < b.end for m in doc.mentions)


def test_head_word_fund_not_in_gazetteer(nlp):
    name = "Quỹ Hợp tác Mê Kông - Nhật Bản"
    doc = nlp.from_text(f"Nhật Bản thành lập {name}. {name} hoạt động từ năm 2008.")
    a, b = mention(doc, name, 1), mention(doc, name, 2)
    assert a.type == b.type == "FUND"
    assert a.entity_id and a.entity_id == b.entity_id


# --- people -------------------------------------------------------------------------------------
def test_person_after_title_and_later_partial_mention(nlp):
    doc = nlp.from_text(
        "Ngoại trưởng Nga Sergey Lavrov đã gặp Tổng Thư ký ASEAN tại Jakarta. "
        "Trong cuộc gặp, ông Lavrov khẳng định Nga coi trọng quan hệ với ASEAN."
    )
    assert triples(doc, 0) == [
        ("Nga", "LOC", "RUS"),
        ("Sergey Lavrov", "PER", "per:sergey-lavrov"),
        ("ASEAN", "ORG", "org:asean"),
        ("Jakarta", "LOC", "city:jakarta"),
    ]
    full = mention(doc, "Sergey Lavrov")
    assert (full.start, full.end) == (17, 30)  # the title and the country stay outside the name
    later = mention(doc, "Lavrov", 2)
    assert later.type == "PER" and later.entity_id == full.entity_id
    assert doc.text[later.start - 4 : later.start] == "ông "  # the honorific stays outside


def test_person_not_in_gazetteer_partial_mention_links_to_full_name(nlp):
    doc = nlp.from_text(
        "Đại sứ Nga tại Lào Pavel Sokolovsky trao quà cho học sinh Viêng Chăn. "
        "Theo ông Sokolovsky, Nga sẽ tiếp tục hỗ trợ Lào."
    )
    full = mention(doc, "Pavel Sokolovsky")
    later = mention(doc, "Sokolovsky", 2)
    assert full.type == later.type == "PER"
    assert full.entity_id and later.entity_id == full.entity_id
    assert mention(doc, "Nga").entity_id == "RUS" and mention(doc, "Lào").entity_id == "LAO"


def test_a_vietnamese_double_given_name_later_links_to_the_full_name(nlp):
    doc = nlp.from_text(
        "Bà Phạm Thị Thu Hà là giám đốc điều hành tại Mỹ. Theo bà Thu Hà, công ty sẽ mở văn phòng ở Texas."
    )
    full = mention(doc, "Phạm Thị Thu Hà")
    later = mention(doc, "Thu Hà", 2)
    assert full.type == later.type == "PER"
    assert (full.entity_id, later.entity_id) == ("per:pham-thi-thu-ha", "per:pham-thi-thu-ha")


def test_a_person_the_article_names_by_initials(nlp):
    doc = nlp.from_text("Theo lời chị L.T.H., anh N.V.T. đã vay tiền. Sau đó anh N.V.T. trở về nhà.")
    assert triples(doc) == [
        ("L.T.H", "PER", "per:l-t-h"),
        ("N.V.T", "PER", "per:n-v-t"),
        ("N.V.T", "PER", "per:n-v-t"),
    ]


def test_vietnamese_name_after_title(nlp):
    doc = nlp.from_text(
        "Hôm qua, Thứ trưởng Ngoại giao Nga Andrei Rudenko tiếp Đại sứ Việt Nam tại Nga Đặng Minh Khôi. "
        "Ông Khôi cho biết quan hệ hai nước phát triển tốt."
    )
    khoi = mention(doc, "Đặng Minh Khôi")
    assert khoi.type == "PER"
    assert mention(doc, "Khôi", 2).entity_id == khoi.entity_id
    assert mention(doc, "Andrei Rudenko").type == "PER"
    assert [m.entity_id for m in doc.mentions if m.text == "Nga"] == ["RUS", "RUS"]


def test_title_followed_by_a_word_is_no_person(nlp):
    """``Chính phủ``, ``An ninh`` and ``GTVT`` after a title are part of it, not a name; a lone
    ``Chính`` inside the word ``Chính phủ`` is no later mention of ``Phạm Minh Chính``."""
    doc = nlp.from_text(
        "Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp. Người đứng đầu Chính phủ nêu rõ yêu cầu. "
        "Bộ trưởng An ninh Nội địa Alejandro Mayorkas phát biểu. Bộ trưởng GTVT cho biết sẽ báo cáo "
        "Thủ tướng Chính phủ. Ông Chính đồng ý."
    )
    pm = mention(doc, "Phạm Minh Chính")
    assert mention(doc, "Chính", 5).entity_id == pm.entity_id  # "Ông Chính"
    assert [m.text for m in doc.mentions if m.type == "PER"] == [
        "Phạm Minh Chính",
        "Alejandro Mayorkas",
        "Chính",
    ]


def test_a_vietnamese_name_stops_before_the_capitalised_word_it_runs_into(nlp):
    """``Huân chương``, ``Huy chương`` written right after a full name open the award, not the name's
    fourth syllable — after a title or without one."""
    doc = nlp.from_text(
        "Đại sứ trao tặng PGS. Đỗ Minh Khoa Huân chương Công trạng. Ban tổ chức trao bà Vũ Thị Lan Huy chương Vàng."
    )
    assert [(m.text, m.type) for m in doc.mentions if m.type == "PER"] == [
        ("Đỗ Minh Khoa", "PER"),
        ("Vũ Thị Lan", "PER"),
    ]


def test_foreign_name_after_a_title_and_a_vietnamese_worded_party(nlp):
    doc = nlp.from_text(
        "Thượng nghị sĩ Đảng Lao động Kimberley Kitching cho biết. Ngoại trưởng Kubela cáo buộc Nga."
    )
    assert mention(doc, "Kimberley Kitching").type == "PER"
    assert mention(doc, "Kubela").type == "PER"  # the segmenter's "Kubela cáo" is no word


def test_unknown_name_listed_with_places_is_a_place(nlp):
    doc = nlp.from_text(
        "Các đơn vị trở về căn cứ ở Pskov, Ivanovo và vùng Krasnodar. Tàu đi qua eo biển Bosphorus và "
        "Dardanelles. Bác sĩ ở New Delhi, S. Chatterjee, cho biết. Hải quân có USS Ohio, USS Michigan và "
        "USS Florida. Nữ sĩ quan đầu tiên của Argentina, Eliana Krawczyk."
    )
    assert mention(doc, "Ivanovo").type == "LOC"
    assert mention(doc, "Dardanelles").type == "LOC"
    # an initial, an acronym before a name, a person in apposition: no places
    assert not [m for m in doc.mentions if m.text in ("S", "USS", "Eliana Krawczyk") and m.type == "LOC"]


def test_spaced_dash_closes_a_name_before_its_title(nlp):
    doc = nlp.from_text("Ông Joschka Fischer - Ngoại trưởng Đức cho biết. Tổng thống Moon Jae-in nói.")
    assert mention(doc, "Joschka Fischer").type == "PER"
    assert mention(doc, "Đức").entity_id == "DEU"
    assert mention(doc, "Moon Jae-in").type == "PER"  # an unspaced hyphen stays inside the name


def test_named_products_and_their_short_forms(nlp):
    doc = nlp.from_text(
        "Tàu ngầm KRI Nanggala 402 mất tích. Tàu KRI Nanggala được đóng năm 1977 và Nanggala chở 53 người. "
        "Nga bán hệ thống tên lửa S-400 cho Thổ Nhĩ Kỳ. Mỹ phản đối S-400. "
        "Pháp dùng vắc xin AstraZeneca, và AstraZeneca cam kết giao hàng. Mỹ chia sẻ vắc xin Covid-19."
    )
    ship = mention(doc, "KRI Nanggala 402")
    assert ship.type == "PRODUCT"
    assert mention(doc, "KRI Nanggala", 2).entity_id == ship.entity_id
    assert mention(doc, "Nanggala", 3).entity_id == ship.entity_id
    assert mention(doc, "S-400", 2).entity_id == mention(doc, "S-400").entity_id
    assert mention(doc, "S-400", 2).type == "PRODUCT"
    assert mention(doc, "AstraZeneca").type == "PRODUCT"  # the vaccine named by its maker …
    assert not any(m.type == "PRODUCT" and m.start == span(doc, "AstraZeneca", 2)[0] for m in doc.mentions)
    assert not any(m.text == "Covid-19" and m.type == "PRODUCT" for m in doc.mentions)  # a disease


def test_south_china_sea_features_have_their_international_names(nlp):
    doc = nlp.from_text(
        "Hơn 200 tàu neo đậu tại Đá Ba Đầu. Trung Quốc bồi đắp Đá Vành Khăn và Đảo Phú Lâm. Ông Phú Lâm nói."
    )
    assert mention(doc, "Đá Ba Đầu").entity_id == "region:whitsun-reef"
    assert mention(doc, "Đá Vành Khăn").entity_id == "region:mischief-reef"
    assert mention(doc, "Đảo Phú Lâm").entity_id == "region:woody-island"
    assert mention(doc, "Phú Lâm", 2).type == "PER"  # a short form that is also a personal name stays out
    assert gazetteer().entities["region:whitsun-reef"]["name"] == "Whitsun Reef"


def test_unknown_foreign_names_without_consonant_clusters(nlp):
    doc = nlp.from_text(
        "Cảnh sát đã bắt giữ Saki Sudo, 25 tuổi, vợ của Kosuke Nozaki. Bang Madhya Pradesh và Tây Bengal "
        "ghi nhận nhiều ca mắc. Cựu tổng thống Mỹ George W. Bush cho biết. Minh PhươngTheo Reuters"
    )
    assert mention(doc, "Saki Sudo").type == "PER"
    assert mention(doc, "Kosuke Nozaki").type == "PER"
    assert mention(doc, "Madhya Pradesh").entity_id == "region:madhya-pradesh"
    assert mention(doc, "Tây Bengal").entity_id == "region:west-bengal"
    assert not [m for m in doc.mentions if m.text in ("George W", "Minh PhươngTheo")]


def test_named_ships_and_the_canal_without_its_descriptor(nlp):
    doc = nlp.from_text(
        "Tàu hàng Ever Given chắn ngang kênh đào Suez. Ever Given chưa được phép rời Suez. "
        "Tàu khu trục Surcouf tới Địa Trung Hải."
    )
    ship = mention(doc, "Ever Given")
    assert ship.type == "PRODUCT" and mention(doc, "Ever Given", 2).entity_id == ship.entity_id
    assert mention(doc, "Suez").entity_id == mention(doc, "Suez", 2).entity_id == "region:suez-canal"
    assert mention(doc, "Surcouf").type == "PRODUCT"


def test_a_ship_named_after_an_officer_and_a_missile_after_its_kind(nlp):
    doc = nlp.from_text(
        "Hải quân Pháp phóng tên lửa hành trình Exocet tầm xa từ tàu khu trục Đô đốc Lebrun. "
        "Tàu Đô đốc Lebrun trở về cảng Brest, nơi Đô đốc Pierre Vandier đón đoàn. "
        "Tàu Trung Quốc cũng rời cảng."
    )
    missile = mention(doc, "Exocet")
    assert (missile.type, missile.entity_id) == ("PRODUCT", "product:exocet")
    ship = mention(doc, "Đô đốc Lebrun")
    assert ship.type == "PRODUCT" and mention(doc, "Đô đốc Lebrun", 2).entity_id == ship.entity_id
    # the officer himself stays a person; after a bare "tàu" a country is no ship
    assert mention(doc, "Pierre Vandier").type == "PER"
    assert mention(doc, "Trung Quốc").type == "LOC"


# --- acronyms defined in the text ---------------------------------------------------------------
def test_acronym_defined_in_parentheses_links_to_long_form_for_the_whole_document(nlp):
    long = "Trung tâm Nghiên cứu Chiến lược Mê Kông"
    doc = nlp.from_text(
        f"{long} (MSRC) vừa công bố báo cáo thường niên. Các chuyên gia của MSRC đánh giá cao vai trò của ASEAN. "
        "Năm tới, MSRC sẽ mở văn phòng tại Băng Cốc."
    )
    lf = mention(doc, long)
    assert lf.type == "ORG" and lf.entity_id
    for occ in (1, 2, 3):
        acr = mention(doc, "MSRC", occ)
        assert (acr.type, acr.entity_id) == ("ORG", lf.entity_id)
    assert "MSRC" in doc.entities[lf.entity_id]["aliases"]
    assert mention(doc, "Băng Cốc").entity_id == "city:bangkok"


def test_gazetteer_long_form_with_acronym(nlp):
    doc = nlp.from_text(
        "Hợp tác giữa Liên minh Kinh tế Á - Âu (EAEU) và ASEAN tiếp tục mở rộng. EAEU là đối tác quan trọng."
    )
    assert mention(doc, "Liên minh Kinh tế Á - Âu").entity_id == "org:eaeu"
    assert mention(doc, "EAEU", 1).entity_id == mention(doc, "EAEU", 2).entity_id == "org:eaeu"
    # the hyphenated name is one mention, not "Á" + "Âu"
    assert [m.text for m in doc.mentions if m.sentence == 0] == ["Liên minh Kinh tế Á - Âu", "EAEU", "ASEAN"]


# --- hyphenated pairs ---------------------------------------------------------------------------
@pytest.mark.parametrize("pair", ["Nga - ASEAN", "ASEAN-Nga", "Việt Nam - Lào"])
def test_hyphenated_pair_is_two_mentions(nlp, pair):
    doc = nlp.from_text(f"Quan hệ {pair} ngày càng phát triển.")
    left, right = [p.strip() for p in pair.split("-")]
    ids = {"Nga": "RUS", "ASEAN": "org:asean", "Việt Nam": "VNM", "Lào": "LAO"}
    a, b = mention(doc, left), mention(doc, right)
    assert (a.entity_id, b.entity_id) == (ids[left], ids[right])
    assert len(doc.mentions) == 2


# --- common words that are not entities ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "not_ids"),
    [
        ("Ý kiến của các chuyên gia về vấn đề này rất khác nhau.", {"ITA"}),
        ("Mỹ phẩm Hàn Quốc được ưa chuộng tại Việt Nam.", {"USA"}),
        ("Ý kiến của Nga về vấn đề này được nhiều nước ủng hộ.", {"ITA"}),
    ],
)
def test_common_words_are_not_countries(nlp, text, not_ids):
    doc = nlp.from_text(text)
    assert not {m.entity_id for m in doc.mentions} & not_ids
    assert not any(m.start == 0 for m in doc.mentions)


def test_cosmetics_sentence_keeps_the_real_countries(nlp):
    doc = nlp.from_text("Mỹ phẩm Hàn Quốc được ưa chuộng tại Việt Nam.")
    assert triples(doc) == [("Hàn Quốc", "LOC", "KOR"), ("Việt Nam", "LOC", "VNM")]


# --- role relations -----------------------------------------------------------------------------
def _roles(doc: Doc) -> set[tuple]:
    return {(r["kind"], r["subject"], r["role"], r["object"]) for r in doc.relations if r["kind"] == "role"}


def test_role_relations_after_titles(nlp):
    doc = nlp.from_text(
        "Tổng thống Hoa Kỳ Joe Biden gặp Tổng Thư ký Liên Hợp Quốc António Guterres. "
        "Ngoại trưởng Liên bang Nga Sergey Lavrov cũng có mặt."
    )
    roles = _roles(doc)
    assert ("role", "per:antonio-guterres", "Secretary-General", "org:un") in roles
    assert ("role", "per:sergey-lavrov", "Foreign Minister", "RUS") in roles
    lavrov = next(r for r in doc.relations if r["subject"] == "per:sergey-lavrov")
    assert lavrov["text"] == "Ngoại trưởng Liên bang Nga Sergey Lavrov"
    assert doc.text[lavrov["start"] : lavrov["end"]] == lavrov["text"]
    assert lavrov["sentence"] == 1


def test_role_relation_of_an_ambassador_with_place(nlp):
    doc = nlp.from_text("Đại sứ Việt Nam tại Nga Đặng Minh Khôi dự lễ kỷ niệm.")
    khoi = mention(doc, "Đặng Minh Khôi").entity_id
    rel = next(r for r in doc.relations if r["subject"] == khoi)
    assert (rel["kind"], rel["role"], rel["object"], rel.get("at")) == ("role", "Ambassador", "VNM", "RUS")


def test_role_relation_after_the_name(nlp):
    doc = nlp.from_text("Bà Maria Zakharova, người phát ngôn Bộ Ngoại giao Nga, bình luận về vấn đề này.")
    assert mention(doc, "Bộ Ngoại giao Nga").entity_id == "org:ru-mfa"
    assert ("role", "per:maria-zakharova", "Spokesperson", "org:ru-mfa") in _roles(doc)


def test_role_relation_after_the_name_set_off_by_a_dash_over_a_kind_of_place(nlp):
    # "Thống đốc tỉnh X": the kind of place belongs to the place, not to the title
    doc = nlp.from_text("Ông Somsak Phan - Thống đốc tỉnh Chiang Rai, Thái Lan, cho biết.")
    rel = next(r for r in doc.relations if r["subject"] == mention(doc, "Somsak Phan").entity_id)
    assert (rel["role"], rel["object"], rel["text"]) == (
        "Governor",
        mention(doc, "Chiang Rai").entity_id,
        "Somsak Phan - Thống đốc tỉnh Chiang Rai",
    )


def test_role_relation_of_a_military_spokesperson(nlp):
    doc = nlp.from_text("Người phát ngôn quân đội Na Uy Erik Dahl cho biết tàu đã mất tích.")
    assert ("role", mention(doc, "Erik Dahl").entity_id, "Military Spokesperson", "NOR") in _roles(doc)


def test_role_relation_of_a_title_opening_a_paragraph(nlp):
    doc = nlp.from_text("Hai bên đã thống nhất.\nPhát ngôn viên Điện Kremlin Dmitry Peskov cho hay như vậy.")
    rel = next(r for r in doc.relations if r["subject"] == "per:dmitry-peskov")
    assert (rel["role"], rel["object"], rel["text"]) == (
        "Spokesperson",
        "org:ru-kremlin",
        "Phát ngôn viên Điện Kremlin Dmitry Peskov",
    )
    assert doc.text[rel["start"] : rel["end"]] == rel["text"]


def test_role_relation_with_the_holder_set_off_by_an_honorific(nlp):
    doc = nlp.from_text(
        "Theo Người phát ngôn Bộ Ngoại giao Indonesia, ông Teuku Faizasyah, kế hoạch vẫn giữ nguyên."
    )
    assert ("role", "per:teuku-faizasyah", "Spokesperson", "org:id-mfa") in _roles(doc)
    # a bare comma separates listed names, not an office from its holder
    listed = nlp.from_text("Đoàn gồm đại diện Bộ Ngoại giao Indonesia, Teuku Faizasyah và nhiều người khác.")
    assert not _roles(listed)


# --- quantities ---------------------------------------------------------------------------------
def test_quantities_with_scale_unit_and_rate(nlp):
    doc = nlp.from_text(
        "Nga cam kết đóng góp 1,5 triệu USD mỗi năm cho Quỹ Hợp tác ASEAN-Nga và tặng Lào 100.000 liều vắc xin."
    )
    got = [(q.text, q.value, q.unit, q.per) for q in doc.quantities]
    assert got == [
        ("1,5 triệu USD mỗi năm", 1500000.0, "USD", "year"),
        ("100.000 liều", 100000.0, "dose", None),
    ]
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text
        assert q.sentence == 0
    assert mention(doc, "Quỹ Hợp tác ASEAN-Nga").entity_id == "fund:asean-russia"


def test_dates_and_ordinals_are_not_quantities(nlp):
    doc = nlp.from_text("Ngày 5/8/2022, Hội nghị Cấp cao ASEAN lần thứ 40 khai mạc tại Phnôm Pênh.")
    assert doc.quantities == []


# --- the gazetteer data -------------------------------------------------------------------------
_FILES = ("countries.tsv", "places.tsv", "organizations.tsv", "agreements.tsv", "persons.tsv")


def _tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("thoisu.extract.data").joinpath("gazetteer", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def test_gazetteer_files_are_consistent():
    g = gazetteer()
    rows = {name: _tsv(name) for name in _FILES}
    assert all(rows.values()), "every entity file has rows"

    # ids are unique within and across the files (they share one namespace in the gazetteer)
    ids = [r["id"] for name in _FILES for r in rows[name]]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert dupes == []
    assert all(ids), "no empty id"
    assert set(ids) <= set(g.entities)

    countries = {r["id"] for r in rows["countries.tsv"]}
    places = {r["id"] for r in rows["places.tsv"]}
    assert len(countries) >= 193
    assert sum(1 for e in g.entities.values() if e.get("kind") == "country") >= 193

    bad = [
        (r["id"], "capital", r["capital"])
        for r in rows["countries.tsv"]
        if r["capital"] and r["capital"] not in places
    ]
    bad += [
        (r["id"], "country", r["country"])
        for name in ("places.tsv", "persons.tsv")
        for r in rows[name]
        if r["country"] and r["country"] not in countries
    ]
    bad += [
        (r["id"], "parent", r["parent"])
        for name in ("organizations.tsv", "agreements.tsv")
        for r in rows[name]
        if r["parent"] and r["parent"] not in set(ids)
    ]
    assert bad == []

    # every row has its columns filled where they are required
    assert all(r["name_en"] and r["name_vi"] for name in _FILES for r in rows[name])
    assert {r["type"] for r in rows["places.tsv"]} <= {"CITY", "PROVINCE", "REGION"}


def test_gazetteer_lookup():
    g = gazetteer()
    assert g.lookup("Liên bang Nga") == {"RUS"}
    assert g.lookup("Nga") == {"RUS"}
    assert g.lookup("Hoa Kỳ") == g.lookup("Mỹ") == {"USA"}
    assert g.lookup("Liên Hợp Quốc") == {"org:un"}
    assert g.lookup("PMC+1") == {"mech:pmc1"}
    assert g.entities["RUS"]["capital"] == "city:moscow"
    assert g.entities["city:moscow"]["country"] == "RUS"
    assert g.lookup("Không có nước này") == set()


def test_a_country_ends_an_organisation_name_before_a_person(nlp):
    doc = nlp.from_text(
        "EU cấm người đứng đầu Ủy ban Điều tra của Nga Alexander Bastrykin và Tổng công tố viên Nga Igor Krasnov."
    )
    assert [(m.text, m.type) for m in doc.mentions] == [
        ("EU", "ORG"),
        ("Ủy ban Điều tra của Nga", "ORG"),
        ("Alexander Bastrykin", "PER"),
        ("Nga", "LOC"),
        ("Igor Krasnov", "PER"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Theo ông Banerjee, công ty Linde cung cấp 60 container.", [("Banerjee", "PER"), ("Linde", "ORG")]),
        ("Trả lời phỏng vấn tạp chí People, ông Bush cho biết.", [("People", "ORG"), ("Bush", "PER")]),
        ("Australia cấm tập đoàn Huawei.", [("Australia", "LOC"), ("Huawei", "ORG")]),
        ("Hải quân Indonesia treo cờ rủ.", [("Hải quân Indonesia", "ORG")]),
        # a product's cue may carry lower-case modifiers before the name; a place name after them is the
        # vessel's ("tàu ngầm hạt nhân Kursk"), and "của" is no modifier
        (
            "Tàu ngầm tấn công hạt nhân USS Scorpion của Mỹ và tàu ngầm hạt nhân Kursk đã chìm.",
            [("USS Scorpion", "PRODUCT"), ("Mỹ", "LOC"), ("Kursk", "PRODUCT")],
        ),
        ("Tàu ngầm của Indonesia mất tích.", [("Indonesia", "LOC")]),
        # a country after the cue is the maker or owner, not the product's name
        ("Máy bay vận tải Mỹ và xe tăng Ukraine.", [("Mỹ", "LOC"), ("Ukraine", "LOC")]),
        # places after a lower-case descriptor; a name the gazetteer knows keeps its own entry
        (
            "Máy bay cất cánh từ căn cứ quân sự Ramstein, gần mỏ Kiruna và cảng Hamburg.",
            [("Ramstein", "LOC"), ("Kiruna", "LOC"), ("Hamburg", "LOC")],
        ),
        # a city, a province, an island after its kind; a known place stops the run before a person
        (
            "Quỹ tặng thành phố Kasugai ở tỉnh Owari và đảo Tarawa. Thống đốc bang Victoria Daniel Andrews đến.",
            [
                ("Kasugai", "LOC"),
                ("Owari", "LOC"),
                ("Tarawa", "LOC"),
                ("Victoria", "LOC"),
                ("Daniel Andrews", "PER"),
            ],
        ),
    ],
)
def test_organisations_named_after_a_lower_case_descriptor_or_a_service(nlp, text, expected):
    assert [(m.text, m.type) for m in nlp.from_text(text).mentions] == expected


def test_a_named_act_is_an_agreement(nlp):
    doc = nlp.from_text(
        "Bà Payne cho rằng 4 thỏa thuận này không phù hợp theo Đạo luật Quan hệ Đối ngoại của Australia."
    )
    assert [(m.text, m.type) for m in doc.mentions] == [
        ("Payne", "PER"),
        ("Đạo luật Quan hệ Đối ngoại", "AGREEMENT"),
        ("Australia", "LOC"),
    ]


def test_a_body_named_with_its_country_is_meant_by_its_bare_name_later(nlp):
    doc = nlp.from_text(
        "Tổng thống Biden phát biểu trước Quốc hội Mỹ. Quốc hội đã thông qua dự luật. Bộ Ngoại giao Nga "
        "cho biết. Bộ Ngoại giao nói."
    )
    assert [(m.text, m.entity_id) for m in doc.mentions if m.type == "ORG"] == [
        ("Quốc hội Mỹ", "org:us-congress"),
        ("Quốc hội", "org:us-congress"),
        ("Bộ Ngoại giao Nga", "org:ru-mfa"),
        ("Bộ Ngoại giao", "org:ru-mfa"),
    ]
    # with no such full form first, the bare name keeps its default
    assert (
        mention(nlp.from_text("Quốc hội đã thông qua dự luật."), "Quốc hội").entity_id
        == "org:vn-national-assembly"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body's country closes its Vietnamese-worded name; the person starts after it
        (
            "Chủ tịch Liên đoàn Nông dân Peru Ana Quispe cho biết.",
            [("Liên đoàn Nông dân Peru", "ORG"), ("Ana Quispe", "PER")],
        ),
        # an acronym between the title and a full name is the body, not the person's first name
        ("Tham mưu trưởng NDF Lars Ekholm phát biểu.", [("NDF", "ORG"), ("Lars Ekholm", "PER")]),
    ],
)
def test_a_body_between_a_title_and_the_person_is_not_the_persons(nlp, text, expected):
    assert [(m.text, m.type) for m in nlp.from_text(text).mentions] == expected


def test_a_surname_led_name_where_a_place_is_written_is_a_place(nlp):
    # "ở Lâm Nghi": "Lâm" opens Vietnamese names, but "ở" writes a place (Linyi, which the gazetteer lacks)
    doc = nlp.from_text("Bảo tàng mở cửa trở lại ở Lâm Nghi, tỉnh Sơn Đông.")
    assert [(m.text, m.type) for m in doc.mentions] == [("Lâm Nghi", "LOC"), ("Sơn Đông", "LOC")]
    # a person after "ở" is still one when written with a marker: "ông Trần Văn Nam ở Hà Nội"
    doc = nlp.from_text("Ông Trần Văn Nam ở Hà Nội nói.")
    assert [(m.text, m.type) for m in doc.mentions] == [("Trần Văn Nam", "PER"), ("Hà Nội", "LOC")]


def test_a_name_written_as_an_address_is_no_person(nlp):
    # "số 2N Phạm Hữu Chí", "đường Lê Lợi": streets named after people are no mention of them
    doc = nlp.from_text("Phòng khám (số 2N Phạm Hữu Chí, Quận 5) và cửa hàng trên đường Lê Lợi bị phạt.")
    assert [(m.text, m.type) for m in doc.mentions if m.type == "PER"] == []
    # … while a figure before a name that no "số" opens is no house number
    doc = nlp.from_text("Năm 1975 Trần Văn Nam rời Huế.")
    assert [(m.text, m.type) for m in doc.mentions] == [("Trần Văn Nam", "PER"), ("Huế", "LOC")]


def test_chinese_cities_by_their_sino_vietnamese_names(nlp):
    doc = nlp.from_text(
        "Công viên ở Hồ Châu, tỉnh Chiết Giang, đã dỡ bức tượng. Tàu rời cảng Ninh Ba sáng nay."
    )
    assert (mention(doc, "Hồ Châu").entity_id, mention(doc, "Ninh Ba").entity_id) == (
        "city:huzhou",
        "city:ningbo",
    )
    assert mention(doc, "Chiết Giang").entity_id == "region:zhejiang"


def test_an_airline_named_after_its_country_is_the_airline(nlp):
    doc = nlp.from_text("Air India và Singapore Airlines đã tạm dừng các chuyến bay tới Dubai.")
    assert [(m.text, m.type, m.entity_id) for m in doc.mentions] == [
        ("Air India", "ORG", "org:air-india"),
        ("Singapore Airlines", "ORG", "org:singapore-airlines"),
        ("Dubai", "LOC", "city:dubai"),
    ]


def test_a_news_outlet_named_after_its_country_is_the_outlet(nlp):
    doc = nlp.from_text("Theo India Today, tòa án tối cao đã yêu cầu chính phủ giải trình.")
    assert [(m.text, m.type, m.entity_id) for m in doc.mentions][:1] == [
        ("India Today", "ORG", "org:media-india-today")
    ]


def test_foreign_names_whose_vowels_spell_no_vietnamese_syllable(nlp):
    # "Myo", "Aye", "Chue", "Kyi" have no consonant cluster, but no Vietnamese syllable is spelled so
    doc = nlp.from_text(
        "Theo hãng tin, Daw Kyi Myo đã bị bắt hôm qua. Chue Aye, em trai của Daw Kyi Myo, cho biết vậy. "
        "Giao tranh nổ ra đối diện vùng Mae Sot Laep của Thái Lan."
    )
    assert mention(doc, "Daw Kyi Myo").type == "PER"
    assert mention(doc, "Chue Aye").type == "PER"
    assert mention(doc, "Mae Sot Laep").type == "LOC"  # a place noun before it says what it is
    assert all(
        _vietnamese_syllable(w) for w in "Nguyễn Quyết Khuyến Huỳnh Thuở Giang Uỷ Tuấn Oanh gì".split()
    )
    assert not any(_vietnamese_syllable(w) for w in "Myo Aye Chue Kyi Suu Aung Ohio Ever Daw".split())


def test_a_body_after_a_title_is_no_persons_name(nlp):
    doc = nlp.from_text(
        "Giám đốc Viện KDI Christopher Wells hôm qua cho biết. Ông Wells là Giám đốc Viện KDI. "
        "Giám đốc Quỹ Tương lai Xanh là ai?"
    )
    assert mention(doc, "Christopher Wells").type == "PER"
    assert mention(doc, "Viện KDI", 2).type == "ORG"
    assert mention(doc, "Quỹ Tương lai Xanh").type == "FUND"
    assert not [m for m in doc.mentions if m.type == "PER" and m.text.startswith(("Viện", "Quỹ"))]


def test_a_list_of_places_runs_on_from_one_the_recogniser_found_itself(nlp):
    # "ở Tarvas": a place by its preposition; the names listed after it are places too
    doc = nlp.from_text("Nhiều bệnh viện ở Tarvas, Kelmor, Ostrand và Velbury đã quá tải.")
    assert [(m.text, m.type) for m in doc.mentions] == [
        ("Tarvas", "LOC"),
        ("Kelmor", "LOC"),
        ("Ostrand", "LOC"),
        ("Velbury", "LOC"),
    ]


def test_us_states_by_their_vietnamese_names(nlp):
    # "Tây Virginia", "Bắc Carolina": the compass point translated, the rest kept
    doc = nlp.from_text("Các bang Ohio và Tây Virginia mất 1 ghế, còn Bắc Carolina được thêm 1 ghế.")
    assert [(m.text, m.entity_id) for m in doc.mentions] == [
        ("Ohio", "region:ohio"),
        ("Tây Virginia", "region:west-virginia"),
        ("Bắc Carolina", "region:north-carolina"),
    ]


def test_an_abbreviated_head_opens_the_same_name(nlp):
    # "ĐH Lincoln" after "Đại học Lincoln", "BV Chợ Rẫy": the abbreviation (entity_heads.yaml) opens an
    # organisation's name as its full form does, and names the same organisation
    doc = nlp.from_text("Đại học Lincoln tọa lạc tại California. ĐH Lincoln được thành lập năm 1919.")
    assert [(m.text, m.entity_id) for m in doc.mentions] == [
        ("Đại học Lincoln", "org:dai-hoc-lincoln"),
        ("California", "region:california"),
        ("ĐH Lincoln", "org:dai-hoc-lincoln"),
    ]
    assert [(m.text, m.type) for m in nlp.from_text("Bệnh nhân được chuyển tới BV Chợ Rẫy.").mentions] == [
        ("BV Chợ Rẫy", "ORG")
    ]


def test_a_newspaper_named_after_its_classifier(nlp):
    # "tờ Guardian": "tờ", the classifier of newspapers, says the name after it is an organisation (the
    # gazetteer's, as "Guardian" alone); "một tờ giấy" names nothing
    doc = nlp.from_text("Ông nói trong cuộc phỏng vấn với tờ Guardian. Ông viết lên một tờ giấy.")
    assert [(m.text, m.entity_id) for m in doc.mentions] == [("Guardian", "org:media-guardian")]
