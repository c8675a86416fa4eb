"""Who lives in the demo and what they say: four families, their carers, and the texts
the robot, the AI server and the disaster service write about them."""

from __future__ import annotations

from dataclasses import dataclass, field

IMAGE_HOST = "https://image.carebot.example"


@dataclass
class DemoPerson:
    email: str
    name: str
    birth: str
    gender: str
    address: str | None = None
    nickname: str | None = None


@dataclass
class DemoFamily:
    family_name: str
    elder: DemoPerson
    members: list[DemoPerson]
    silent_hours: int = 0  # the robot stopped reporting this long ago
    unseen_hours: float = 0.0  # the elder not seen this long, while the robot reports on
    temperature_offset: float = 0.0
    dust_offset: float = 0.0
    heart_offset: int = 0
    mood_offset: int = 0
    events: list[str] = field(default_factory=list)


CAREGIVER = DemoPerson(
    "jieun.park@carebot.example",
    "박지은",
    "1985-04-12",
    "female",
    "서울특별시 종로구",
    "요양보호사 박지은",
)

FAMILIES = [
    DemoFamily(
        "순자 할머니 댁",
        DemoPerson(
            "soonja.kim@carebot.example", "김순자", "1941-03-02", "female", "서울특별시 종로구"
        ),
        [
            DemoPerson(
                "minjung.lee@carebot.example",
                "이민정",
                "1968-09-21",
                "female",
                "경기도 성남시",
                "큰딸",
            ),
            DemoPerson(
                "junho.lee@carebot.example",
                "이준호",
                "1974-01-30",
                "male",
                "서울특별시 마포구",
                "막내아들",
            ),
            CAREGIVER,
        ],
        temperature_offset=-1.5,
        heart_offset=4,
        mood_offset=-8,
        events=["fall"],
    ),
    DemoFamily(
        "영수 할아버지 댁",
        DemoPerson(
            "youngsoo.park@carebot.example", "박영수", "1938-11-15", "male", "부산광역시 해운대구"
        ),
        [
            DemoPerson(
                "sungmin.park@carebot.example",
                "박성민",
                "1965-06-05",
                "male",
                "부산광역시 수영구",
                "아들",
            ),
            DemoPerson(
                "yuna.choi@carebot.example",
                "최유나",
                "1969-02-14",
                "female",
                "부산광역시 수영구",
                "며느리",
            ),
            CAREGIVER,
        ],
        silent_hours=7,
        temperature_offset=1.0,
        events=["fire"],
    ),
    DemoFamily(
        "옥희 할머니 댁",
        DemoPerson(
            "okhee.lee@carebot.example", "이옥희", "1945-07-08", "female", "대전광역시 서구"
        ),
        [
            DemoPerson(
                "daeun.jung@carebot.example",
                "정다은",
                "1996-12-03",
                "female",
                "대전광역시 유성구",
                "손녀",
            ),
            CAREGIVER,
        ],
        dust_offset=30,
        mood_offset=5,
        events=["disaster"],
    ),
    DemoFamily(
        "만석 할아버지 댁",
        DemoPerson(
            "mansuk.choi@carebot.example", "최만석", "1943-05-27", "male", "강원특별자치도 춘천시"
        ),
        [
            DemoPerson(
                "jihoon.choi@carebot.example",
                "최지훈",
                "1972-08-19",
                "male",
                "강원특별자치도 원주시",
                "아들",
            ),
            CAREGIVER,
        ],
        temperature_offset=-0.5,
        mood_offset=10,
        unseen_hours=2.5,
    ),
]

ACTIONS = [
    "산책",
    "식사",
    "TV 시청",
    "낮잠",
    "체조",
    "독서",
    "화분 물주기",
    "설거지",
    "라디오 듣기",
]
EMOTIONS = [
    ("긍정적", "손주 이야기를 하며 즐거워함"),
    ("긍정적", "산책 후 기분이 좋다고 말함"),
    ("긍정적", "옛날 노래를 함께 부르며 웃음"),
    ("중립", "날씨와 식사에 대해 담담하게 이야기함"),
    ("부정적", "무릎이 아프다고 호소함"),
    ("부정적", "혼자 있는 시간이 길어 외롭다고 표현함"),
]
STATES = [
    (75, "밝고 안정적인 상태", "대화에 적극적으로 참여하며 긍정적인 감정을 자주 표현합니다."),
    (
        55,
        "대체로 안정적이나 때때로 고독함을 느낌",
        "일상적인 대화를 즐기지만, 혼자 있는 시간에 대한 아쉬움을 드러냅니다.",
    ),
    (
        0,
        "기운이 없고 우울한 상태",
        "말수가 적고 부정적인 표현이 늘었습니다. 가족의 관심이 필요합니다.",
    ),
]
RECOMMENDATIONS = [
    "가족과의 영상 통화를 권해 보세요.",
    "가벼운 산책이나 체조를 함께 해 보세요.",
    "좋아하시는 옛날 노래를 틀어 드려 보세요.",
    "식사를 거르지 않으시도록 살펴 주세요.",
    "복지관 프로그램 참여를 권해 보세요.",
]
MESSAGES_TO_ELDER = [
    "어머니, 점심은 드셨어요?",
    "오늘 날씨가 추워요. 따뜻하게 입으세요.",
    "이번 주말에 찾아뵐게요!",
    "약 드시는 것 잊지 마세요.",
    "손주가 할머니 보고 싶대요.",
    "병원 예약은 목요일 오전 10시예요.",
    "사진 보내드려요. 잘 지내시죠?",
]
MESSAGES_FROM_ELDER = [
    "그래, 잘 먹었다. 너도 밥 잘 챙겨 먹어라.",
    "고맙다. 조심히 다녀라.",
    "오늘은 산책을 다녀왔단다.",
    "보고 싶구나.",
    "약 먹었다. 걱정 마라.",
]
DISASTERS = [
    (
        "대설",
        "안전안내",
        "오늘 새벽 강설로 도로 살얼음이 예상되니 외출을 자제하시고 낙상에 주의하세요. [{region}]",
    ),
    (
        "한파",
        "안전안내",
        "한파경보 발령. 노약자는 외출을 자제하고 보온에 유의하시기 바랍니다. [{region}]",
    ),
    (
        "미세먼지",
        "안전안내",
        "미세먼지 농도가 '나쁨'입니다. 창문을 닫고 실외 활동을 줄이세요. [{region}]",
    ),
]
