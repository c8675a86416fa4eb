from datetime import date

import pytest

from carebot_desktop.data import ConflictError, NotFoundError, ValidationError
from carebot_desktop.data.tools import NEWS_CATEGORIES
from tests.factories import make_family


def test_regions(db):
    masters = db.tools.get_all_master_region()
    assert len(masters) == 17
    assert {"region_name": "서울특별시", "region_type": "특별시"} in masters
    subs = db.tools.get_all_sub_region()
    assert len(subs) == 228
    seoul = db.tools.get_all_sub_region("서울특별시")
    assert {"main_region": "서울특별시", "sub_region_name": "종로구", "region_type": "구"} in seoul
    assert all(r["main_region"] == "서울특별시" for r in seoul)
    assert db.tools.get_all_sub_region("아틀란티스") == []


def test_news_has_every_category(db, backend):
    news = db.tools.get_news("2025-02-12")
    assert set(news) == set(NEWS_CATEGORIES)
    if backend == "legacy":  # the reference rows are there
        assert sum(len(v) for v in news.values()) > 0
        item = next(i for items in news.values() for i in items)
        assert item["pub_date"] == date(2025, 2, 12)
        assert set(item) == {
            "id",
            "title",
            "link",
            "pub_date",
            "image_url",
            "category",
            "created_at",
        }
    else:
        assert all(v == [] for v in news.values())
    with pytest.raises(ValidationError):
        db.tools.get_news("12/02/2025")


def test_settings(db):
    family_id, _ = make_family(db)
    assert (
        db.tools.update_settings(family_id, {"is_alarm_enabled": True, "is_camera_enabled": 1})
        is True
    )
    settings = db.tools.get_settings(family_id)
    assert settings["is_alarm_enabled"] is True and settings["is_camera_enabled"] is True
    assert settings["is_microphone_enabled"] is False
    with pytest.raises(ValidationError):
        db.tools.update_settings(family_id, {"is_alarm_enabled": "maybe"})
    with pytest.raises(ValidationError):
        db.tools.update_settings(family_id, {"is_teleport_enabled": True})
    with pytest.raises(ValidationError):
        db.tools.update_settings(family_id, {})
    with pytest.raises(ConflictError):
        db.tools.create_settings({"family_id": family_id})
    assert db.tools.delete_settings(family_id) is True
    with pytest.raises(NotFoundError):
        db.tools.get_settings(family_id)
    with pytest.raises(NotFoundError):
        db.tools.update_settings(family_id, {"is_alarm_enabled": True})
    with pytest.raises(NotFoundError):
        db.tools.delete_settings(family_id)
    assert (
        db.tools.create_settings({"family_id": family_id, "is_driving_enabled": True}) == family_id
    )
    assert db.tools.get_settings(family_id)["is_driving_enabled"] is True
    with pytest.raises(ValidationError):
        db.tools.create_settings({"family_id": "FNOSUCHFAMILY00"})


def test_backgrounds(db):
    family_id, main = make_family(db)
    with pytest.raises(NotFoundError):
        db.backgrounds.get_latest_background(family_id)
    first = db.backgrounds.add_background(
        {"family_id": family_id, "uploader_id": main, "image_url": "https://image.example.kr/1.jpg"}
    )
    second = db.backgrounds.add_background(
        {"family_id": family_id, "uploader_id": main, "image_url": "https://image.example.kr/2.jpg"}
    )
    assert db.backgrounds.get_latest_background(family_id)["index"] == second
    assert [b["index"] for b in db.backgrounds.get_backgrounds(family_id)] == [second, first]
    assert db.backgrounds.get_one_background(first) == {
        "index": first,
        "family_id": family_id,
        "uploader_id": main,
        "image_url": "https://image.example.kr/1.jpg",
    }
    assert db.backgrounds.delete_background(second) is True
    assert db.backgrounds.get_latest_background(family_id)["index"] == first
    with pytest.raises(NotFoundError):
        db.backgrounds.get_one_background(second)
    with pytest.raises(ValidationError):
        db.backgrounds.add_background(
            {
                "family_id": family_id,
                "uploader_id": "UNOSUCHACCOUNT0",
                "image_url": "https://image.example.kr/3.jpg",
            }
        )
    with pytest.raises(ValidationError):
        db.backgrounds.add_background({"family_id": family_id, "uploader_id": main})
