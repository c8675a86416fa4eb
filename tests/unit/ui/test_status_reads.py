"""The overview re-orders its rows with each alert, and the family chooser then chooses the
family shown again: that must read nothing (Status re-read its whole period 3 s later,
hidden: in the soak a month of readings every 20 s). Status shown again after a while
reads its period again, with the readings since."""

from __future__ import annotations

import carebot_desktop.ui.status.status_page as status_page
from carebot_desktop.services import dashboard
from tests.unit.ui.conftest import idle, signed_in


def _counting_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = dashboard.status_bundle

    def status_bundle(api, family_id, start, end):
        reads.append(family_id)  # (a worker thread: list.append is atomic)
        return real(api, family_id, start, end)

    monkeypatch.setattr(dashboard, "status_bundle", status_bundle)
    return reads


def test_the_same_family_chosen_again_reads_nothing(qtbot, window, context, monkeypatch):
    monkeypatch.setattr(status_page, "PRELOAD_AFTER_MS", 50)
    reads = _counting_reads(monkeypatch)
    window.start_session(signed_in(context))
    qtbot.waitUntil(lambda: len(reads) == 1 and idle(window), timeout=30_000)  # the preload
    family = window.family_chooser.current_id()
    assert reads == [family]
    for _ in range(3):
        window.family_chooser.select(family)  # what a re-ordered overview does
    qtbot.wait(300)
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)
    assert reads == [family]
    assert not window.status_page.stale

    other = next(f for f in window.family_ids if f != family)
    window.select_family(other)  # another family: read, unseen, a little later
    qtbot.waitUntil(lambda: len(reads) == 2 and idle(window), timeout=20_000)
    assert reads == [family, other]
    window.shutdown()
    context.runner.wait()


def test_status_shown_again_after_a_while_reads_its_period_again(
    qtbot, window, context, monkeypatch
):
    reads = _counting_reads(monkeypatch)
    window.start_session(signed_in(context))
    qtbot.waitUntil(lambda: window.family_chooser.count() > 0 and idle(window), timeout=30_000)
    window.go_to("status")
    qtbot.waitUntil(lambda: len(reads) == 1 and idle(window), timeout=20_000)
    window.go_to("overview")
    window.go_to("status")  # at once: nothing new to read
    qtbot.wait(200)
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)
    assert len(reads) == 1
    window.go_to("overview")
    monkeypatch.setattr(status_page, "FRESH_FOR_S", 0.0)  # (as if a minute had passed)
    window.go_to("status")
    qtbot.waitUntil(lambda: len(reads) == 2 and idle(window), timeout=20_000)
    window.shutdown()
    context.runner.wait()


def test_the_family_screen_shown_is_not_read_again_for_the_same_family(
    qtbot, window, context, monkeypatch
):
    """(A re-ordered overview re-read the Family screen the person was looking at.)"""
    import carebot_desktop.ui.family.family_page as family_page

    reads: list[str] = []
    real = family_page.load_family

    def load_family(api, user_id, role, family_id):
        reads.append(family_id)
        return real(api, user_id, role, family_id)

    monkeypatch.setattr(family_page, "load_family", load_family)
    window.start_session(signed_in(context))
    qtbot.waitUntil(lambda: window.family_chooser.count() > 0 and idle(window), timeout=30_000)
    window.go_to("family")
    qtbot.waitUntil(lambda: len(reads) == 1 and idle(window), timeout=20_000)
    family = window.family_chooser.current_id()
    for _ in range(3):
        window.family_chooser.select(family)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)
    assert reads == [family]
    window.shutdown()
    context.runner.wait()
