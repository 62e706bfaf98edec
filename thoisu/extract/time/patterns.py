"""The compiled regexes of the time tagger (`_Patterns`, built once from the lexicon by `_P()`)."""

from __future__ import annotations

import re
from functools import lru_cache

from thoisu.extract.time.lexicon import _alt, _lex, _norm_ws
from thoisu.text.numbers import NUMBER_WORDS_RE

_DAY_WORDS = ("ngày", "hôm", "thứ", "chủ", "mồng", "mùng", "từ")
_NUMBER_FIRST_WORDS = (
    "một hai ba bốn năm sáu bảy bẩy tám chín mười trăm nghìn ngàn vạn triệu tỷ tỉ chục cách".split()
)
_NOT_BEFORE_DURATION = frozenset("thứ ngày tháng năm quý hôm số lần hạng mồng mùng điều khoản giờ".split())


class _Patterns:
    def __init__(self) -> None:
        lx = _lex()
        self.lx = lx
        POD = _alt(lx["parts_of_day"])
        self.pod_kind = {_norm_ws(k): v for k, v in lx["parts_of_day"].items()}
        # First letters a match can start with (a cheap pre-check before the long patterns):
        # parts of the day, ngày/hôm, thứ/chủ, mồng/mùng, từ; number words and "cách đây".
        FW = "".join(sorted({w[0] for w in [*lx["parts_of_day"], *_DAY_WORDS]}))
        FN = "".join(sorted({w[0] for w in _NUMBER_FIRST_WORDS}))
        WD = rf"(?:thứ\s+{_alt([*lx['weekdays'], *lx['weekday_digits']])}|{_alt(lx['sunday'])})"
        D = r"(?:0?[1-9]|[12]\d|3[01])"
        M = r"(?:0?[1-9]|1[0-2])"
        Y = r"(?:1\d{3}|20\d{2}|2100)"
        L = r"(?<!\w)(?<!\w[-+.,/:])"  # a number not glued to a word, code or other number
        L2 = r"(?<!\w)(?<!\w[+.,/:])"  # the same, after the dash of a range ("18/4-25/4")
        R = r"(?!\w)(?![-+.,/:]\d)"
        CLOCK = (
            r"(?:[01]?\d|2[0-3])(?:(?::[0-5]\d)(?!\d)|h(?:[0-5]\d(?:\s+phút(?!\w))?)?(?![^\W\d_])(?!\d)"
            r"|\s+giờ(?:\s+(?:[0-5]?\d)(?:\s+phút)?)?(?!\w))"
        )
        self.CLOCK_RE = re.compile(
            r"(?P<h>\d{1,2})(?::(?P<m1>\d{2})|h(?P<m2>\d{2})?|\s+giờ(?:\s+(?P<m3>\d{1,2}))?)", re.I
        )
        REL_DAY = _alt(lx["relative_days"])
        REL_DAY_SUF = _alt(lx["relative_day_suffixes"])
        PAST = _alt(lx["past_markers"])
        # one-word markers ("tới", "này") only at a clause end: "tới" is also a verb
        FUT_LONG = _alt(w for w in lx["future_markers"] if " " in w)
        SHORT = _alt([w for w in lx["future_markers"] if " " not in w] + lx["this_markers"])
        MARK = rf"(?:{PAST}|{FUT_LONG}|{SHORT}(?=\s*(?:[,.;:!?)\"]|$|\s+(?:và|hoặc|,))))"
        REL_Y = _alt(lx["relative_allowed"]["year"])
        PARTS = _alt(lx["period_parts"])
        HALVES = _alt(lx["halves"])
        MONTH_NAMES = _alt(lx["month_names"])
        self.month_names = {k: v for k, v in lx["month_names"].items()}
        self.roman = lx["roman_numerals"]
        ROMAN = _alt(self.roman)
        UNITS = _alt(lx["duration_units"])
        NUMW = NUMBER_WORDS_RE.pattern.replace("(?<!\\w)", "", 1)
        # ``năm`` as five only before a unit it cannot be confused with ("năm năm", "năm ngày").
        NUM = rf"(?:\d+(?:,\d+)?(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?|{NUMW}|năm(?=\s+(?:năm|ngày|tuần|thế\s+kỷ|thập\s+kỷ|thập\s+niên)\b))"
        self.D, self.M, self.Y, self.L, self.R = D, M, Y, L, R

        # Prefix of a day expression: [clock [pod],] [pod] [ngày|hôm|hôm nay] [weekday [,(]] [ngày] [mồng]
        PFX = (
            rf"(?:(?P<clk>{CLOCK})(?:\s+(?P<clkpod>{POD}))?(?:\s*\(\s*giờ\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\))?\s*,?\s+)?"
            rf"(?:(?P<pod>{POD})\s+(?:(?P<podrel>nay|qua|hôm\s+nay|hôm\s+qua)(?:\s*(?P<podp>[,(])\s*|\s+))?)?"
            rf"(?:(?P<kw>{REL_DAY}|ngày|hôm)(?:\s*(?P<kwp>[,(])\s*|\s+))?"
            rf"(?:(?P<wd>{WD})(?:\s*(?P<wdp>[,(])\s*|\s+)(?:(?P<kw2>ngày|hôm)\s+)?)?"
            rf"(?:(?P<mong>mồng|mùng)\s+)?"
        )
        SUFFIX = (
            rf"(?P<close>\s*\))?"
            rf"(?:\s+(?:(?P<rely>năm\s+{REL_Y})(?!\s+(?:đó|nữa))|(?P<mark>{MARK})))?"
            rf"(?:\s*,?\s+(?:vào\s+)?lúc\s+(?P<clk2>{CLOCK})(?:\s+(?P<clk2pod>{POD}))?)?"
        )
        self.date = re.compile(
            rf"(?<!\w)(?=[\d{FW}]){PFX}{L}(?:"
            rf"(?P<d>{D})(?P<sep>[/.-])(?P<m>{M})(?:(?P=sep)(?P<y>{Y})|\s+năm\s+(?P<y2>{Y}))?"
            rf"|(?P<dt>{D})\s+tháng\s+(?P<mt>{M}|{MONTH_NAMES})(?:\s*(?:,|năm)\s*(?P<yt>{Y}))?"
            rf"){R}{SUFFIX}",
            re.I,
        )
        # "ngày 14 và 15/10": the first day takes the month of the second.
        self.day_pair = re.compile(
            rf"(?<!\w)(?P<kw>ngày|hôm)\s+(?P<d1>{D})(?P<j>\s*(?:,|và|hoặc|hay)\s*)(?:ngày\s+)?"
            rf"(?P<d2>{D})(?P<sep>[/-])(?P<m>{M})(?:(?P=sep)(?P<y>{Y}))?{R}",
            re.I,
        )
        self.day_only = re.compile(
            rf"(?<!\w)(?=[{FW}])(?:(?P<pod>{POD})\s+)?(?P<kw>ngày\s+mồng|ngày\s+mùng|ngày|hôm|mồng|mùng)\s+(?P<d>{D})"
            rf"(?!\w)(?!\s*[-+.,/:]\s*\d)(?!\s+(?:tháng|năm\s+\d|đến|tới|và\s+\d|tết|âm\s+lịch)(?!\w))"
            rf"(?:\s+(?P<mark>{MARK}))?",
            re.I,
        )
        self.range_days = re.compile(
            rf"(?<!\w)(?=[\d{FW}])(?:(?P<tu>từ)\s+)?(?:(?P<pod>{POD})\s+)?(?:(?P<kw>ngày|hôm)\s+)?{L}(?P<d1>{D})"
            rf"\s*(?P<conn>-|đến|tới|cho\s+đến)\s*(?:ngày\s+)?(?P<d2>{D})(?P<sep>[/.-])(?P<m>{M})"
            rf"(?:(?P=sep)(?P<y>{Y})|\s+năm\s+(?P<y2>{Y}))?{R}"
            rf"(?:\s+(?:năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w)|(?P<mark>{MARK})))?",
            re.I,
        )
        DX = rf"(?:ngày\s+|hôm\s+)?{L}{D}[/.-]{M}(?:[/.-]{Y})?(?!\w)(?![+.,/:]\d)"
        self.range_dates = re.compile(
            rf"(?<!\w)(?=[\d{FW}])(?:(?P<tu>từ)\s+)?(?P<a>(?:(?:{POD})\s+)?{DX})\s*(?:-|đến|tới|cho\s+đến)\s*"
            rf"(?P<b>(?:(?:{POD})\s+)?{DX.replace(L, L2)})(?:\s+năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w))?",
            re.I,
        )
        self.dx = re.compile(
            rf"(?:(?P<pod>{POD})\s+)?(?:(?P<kw>ngày|hôm)\s+)?(?P<d>\d+)(?P<sep>[/.-])(?P<m>\d+)(?:[/.-](?P<y>\d{{4}}))?",
            re.I,
        )
        MY = rf"(?:tháng\s+)?{L2}{M}(?:\s*[/.-]\s*{Y}|\s+năm\s+{Y})?"
        self.range_months = re.compile(
            rf"(?<!\w)(?:(?P<tu>từ)\s+)?(?P<a>tháng\s+{M}(?:\s*[/.-]\s*{Y}|\s+năm\s+{Y})?)"
            rf"\s*(?:-|đến|tới|cho\s+đến)\s*(?P<b>{MY})(?:\s+năm\s+(?P<rel>{REL_Y}))?{R}",
            re.I,
        )
        self.mx = re.compile(
            r"(?:tháng\s+)?(?P<m>\d+)(?:\s*[/.-]\s*(?P<y>\d{4})|\s+năm\s+(?P<y2>\d{4}))?", re.I
        )
        PERIOD_NOUNS = r"(?:giai\s+đoạn|thời\s+kỳ|thời\s+kì|nhiệm\s+kỳ|nhiệm\s+kì|niên\s+khóa|niên\s+khoá|năm\s+học|mùa\s+giải|mùa\s+bóng|kế\s+hoạch|chiến\s+lược|chương\s+trình|khóa|khoá)"
        self.range_years = re.compile(
            rf"(?<!\w)(?:(?P<noun>{PERIOD_NOUNS})\s+)?(?:(?P<tu>từ)\s+)?(?:(?P<nam>năm)\s+)?{L}(?P<y1>{Y})"
            rf"\s*(?P<conn>-|đến|tới|cho\s+đến)\s*(?:(?P<nam2>năm)\s+)?(?P<y2>{Y}|\d{{2}}){R}",
            re.I,
        )
        self.interval = re.compile(
            rf"(?<!\w)(?P<w>{_alt(lx['interval_words'])})\s+(?:(?P<nam>năm)\s+)?{L}(?P<y>{Y}){R}", re.I
        )
        self.year = re.compile(rf"(?<!\w)năm\s+{L}(?P<y>{Y}){R}", re.I)
        self.bare_year = re.compile(rf"{L}(?P<y>(?:19|20)\d\d|2100){R}")
        # "năm Tân Sửu (1601)", "Tết Nhâm Dần 2022", "xuân Tân Sửu": a year by its name in the cycle
        self.cycle_year = re.compile(
            rf"(?<!\w)(?:{_alt(lx['year_name_nouns'])}|(?i:năm))\s+(?P<stem>{_alt(lx['year_stems'])})"
            rf"\s+(?P<branch>{_alt(lx['year_branches'])})(?!\w)"
            rf"(?:\s*\(\s*(?:(?i:năm)\s+)?(?P<y>{Y})\s*\)|\s+(?P<y2>{Y}){R})?"
        )
        self.year_context = re.compile(rf"(?:^|\s){_alt(lx['year_context'])}$")
        self.date_context = re.compile(rf"(?:^|\s){_alt(lx['date_context'])}$")
        self.month = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS}|{HALVES})\s+)?tháng\s+(?P<m>{M}(?!\d)|{MONTH_NAMES}(?!\w))"
            rf"(?:\s*(?P<sep>[/.-])\s*(?P<y>{Y}){R}|\s*,?\s+năm\s+(?P<y2>{Y}){R}"
            rf"|\s+năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w)|\s+(?P<that>năm\s+(?:đó|ấy))(?!\w))?"
            rf"(?:\s+(?P<mark>{MARK}))?",
            re.I,
        )
        self.bare_month = re.compile(rf"{L}(?P<m>{M})/(?P<y>{Y}){R}")
        self.part_year = re.compile(
            rf"(?<!\w)(?P<part>{PARTS}|{HALVES})\s+(?:"
            rf"năm\s+{L}(?P<y>{Y}){R}|năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w)|năm\s+(?P<that>đó|ấy)(?!\w)"
            rf"|(?P<bare>năm)(?!\s*(?:{_alt(lx['not_calendar_year'])}|\d|{NUMW})(?!\w))(?!\w)|{L}(?P<by>{Y}){R})",
            re.I,
        )
        self.part_month_bare = re.compile(
            rf"(?<!\w)(?P<part>{PARTS}|{HALVES})\s+tháng(?:\s+(?P<rel>này|trước|tới|sau|qua))?(?!\s*\d)(?!\w)",
            re.I,
        )
        self.part_week = re.compile(
            rf"(?<!\w)(?P<part>{PARTS})\s+tuần(?:\s+(?P<rel>này|trước|tới|sau|qua|vừa\s+qua|rồi))?(?!\w)",
            re.I,
        )
        self.n_months_of_year = re.compile(
            rf"(?<!\w)(?=[\d{FN}])(?P<n>\d{{1,2}}|{NUMW})\s+tháng\s+(?P<side>đầu|cuối)\s+năm"
            rf"(?:\s+(?P<y>{Y}){R}|\s+(?P<rel>{REL_Y})(?!\w))?(?!\s*\w*\s*\d)",
            re.I,
        )
        self.quarter = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?quý\s+(?P<q>[1-4]|I{{1,3}}|IV)(?!\w)"
            rf"(?:\s*[/.-]\s*(?P<y>{Y}){R}|\s*,?\s+năm\s+(?P<y2>{Y}){R}|\s+năm\s+(?P<rel>{REL_Y})(?!\w))?",
            re.I,
        )
        self.rel_day = re.compile(
            rf"(?<!\w)(?=[{FW}])(?:(?P<pod>{POD})\s+(?P<suf>{REL_DAY_SUF})|(?:(?P<pod2>{POD})\s+)?(?P<rd>{REL_DAY}))(?!\w)",
            re.I,
        )
        self.rel_unit = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?(?P<u>năm|tháng|tuần)\s+(?P<off>nay|này|ngoái|trước|tới|sau|kia)(?!\w)"
            rf"(?!\s+(?:đó|nữa|khi|kia))",
            re.I,
        )
        self.weekday = re.compile(
            rf"(?<!\w)(?:(?P<pod>{POD})\s+)?(?:(?P<kw>hôm|ngày)\s+)?(?P<wd>{WD})(?!\w)"
            rf"(?:\s+(?P<wk>tuần\s+(?:này|trước|tới|sau|qua|vừa\s+qua|rồi)))?"
            rf"(?:\s+(?P<mark>{MARK}))?",
            re.I,
        )
        self.clock = re.compile(
            rf"(?<!\w)(?<!\w[-+.,/:])(?P<clk>{CLOCK})(?:\s+(?P<pod>{POD}))?"
            rf"(?:\s+(?P<suf>{REL_DAY_SUF}|{REL_DAY})(?!\w))?",
            re.I,
        )
        self.duration = re.compile(
            rf"(?<!\w)(?=[\d{FN}])(?<!\w[-+.,/:])(?P<n>{NUM})\s+(?P<u>{UNITS})(?!\w)(?:\s+(?P<half>rưỡi))?"
            rf"(?:\s+(?P<n2>\d{{1,2}})\s+phút(?!\w))?",
            re.I,
        )
        self.ago = re.compile(
            rf"(?<!\w)(?=[\d{FN}])(?:(?P<cach>cách\s+đây)\s+(?P<approx>(?:khoảng|hơn|gần|chừng|đúng|tròn)\s+)?)?"
            rf"{L}(?P<n>\d+|{NUMW})\s+(?P<u>năm|tháng|tuần|ngày)(?!\w)(?:\s+(?P<truoc>về\s+trước|trước))?",
            re.I,
        )
        self.decade = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?(?:thập\s+niên|thập\s+kỷ|thập\s+kỉ|những\s+năm)\s+(?:(?P<part2>{PARTS})\s+)?"
            rf"{L}(?P<dec>\d{{4}}|\d0)(?:s)?{R}"
            rf"(?:\s+(?:của\s+)?thế\s+kỷ\s+(?P<cent>trước|XX|XIX|XXI|20|19|21)(?!\w))?",
            re.I,
        )
        self.century = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?thế\s+kỷ\s+(?:thứ\s+)?(?:(?P<c>\d{{1,2}}|{ROMAN})(?!\w)"
            rf"|(?P<rel>trước|này|tới|sau)(?!\s+(?:đó|nữa))(?!\w))"
            rf"(?!\s+(?:trước\s+công\s+nguyên|TCN)(?!\w))",
            re.I,
        )
        # "cho đến nay", "tính tới nay", "từ trước tới nay": up to the present (not "từ 2011 đến nay")
        self.until_now = re.compile(
            r"(?<!\w)(?:(?:cho|tính|kể)\s+|từ\s+trước\s+)?(?:đến|tới)\s+nay(?!\w)",
            re.I,
        )
        self.season = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?mùa\s+(?P<s>{_alt(lx['seasons'])})\s+(?:năm\s+)?"
            rf"(?:{L}(?P<y>{Y}){R}|(?<=năm\s)(?P<rel>nay|ngoái|tới|sau|trước)(?!\w)(?!\s+(?:đó|nữa|khi))|(?P<rel2>nay|ngoái|tới)(?!\w))",
            re.I,
        )
        self.coord = re.compile(
            r"\s*(?:,|và|hoặc|hay|cũng\s+như|rồi)\s*(?:(?P<kw>ngày|hôm|năm|tháng)\s+)?", re.I
        )
        self.coord_day = re.compile(rf"{L}(?P<d>{D})(?P<sep>[/-])(?P<m>{M})(?:(?P=sep)(?P<y>{Y}))?{R}")
        self.coord_month = re.compile(rf"{L}(?P<m>{M})[/-](?P<y>{Y}){R}")
        self.coord_year = re.compile(rf"{L}(?P<y>(?:1[5-9]|20)\d\d){R}")
        self.units_after = re.compile(
            rf"^\s*{_alt(lx['unit_words'] + ['năm', 'tháng', 'tuần', 'ngày'])}(?!\w)(?!\s+thời)", re.I
        )  # "đồng" (VND) but not "đồng thời" (meanwhile)
        self.fraction_after = re.compile(rf"^\s*{_alt(lx['fraction_nouns'])}(?!\w)", re.I)
        self.score_before = re.compile(rf"(?:^|\s){_alt(lx['score_words'])}(?:\s+\w+)?$", re.I)
        self.ordinal_before = re.compile(rf"(?:^|\s){_alt(lx['ordinal_nouns'])}$", re.I)
        self.future_cue = re.compile(rf"(?<!\w){_alt(lx['future_cues'])}(?!\w)", re.I)
        self.not_hours_after = re.compile(rf"^\s*{_alt(lx['not_hours_after'])}(?!\w)", re.I)
        self.until_end_before = re.compile(r"(?:^|\s)(?<!tính )(?:đến|tới)\s+hết$", re.I)
        self.as_of_before = re.compile(rf"(?:^|\s){_alt(lx['as_of_words'])}$", re.I)
        self.number_before = re.compile(
            rf"(?:\d|(?<!\w){NUMW}|vài|mấy|nhiều|những|các|mỗi|hàng|hằng|bao|chục|trăm|nghìn|ngàn|triệu|mươi|mấy)$",
            re.I,
        )
        self.past_re = re.compile(rf"^{PAST}$", re.I)


@lru_cache(maxsize=1)
def _P() -> _Patterns:
    return _Patterns()
