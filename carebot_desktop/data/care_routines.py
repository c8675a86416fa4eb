"""The care desk's definer procedures for per-person logins (``provisioning.secure_database``
makes them beside ``login_routines``): the state of an alert changes only as ``data.care``
changes it, under the caller's own account and name, at the server's time.

A login reads the care tables through its read views and writes none of them directly:
taking, resolving, giving back and escalating go through these procedures, which check
what the desktop checks (an alert of one of the caller's families, ``warn`` or ``crit``,
the state machine new -> taken -> resolved, a take-over recorded, an outcome of
``OUTCOMES``, a note of at most ``TEXT_MAX`` characters) on rows they lock in the order the
desktop locks them (the notification, then its care row). Notes and handovers are plain
rows: their write views (``login_views``) say whose and when; a changed emergency contact
is stamped by a trigger (``stamp_triggers``).
"""

from __future__ import annotations

from carebot_desktop.data.care import OUTCOMES
from carebot_desktop.data.care_escalation import (
    CARE_CENTRE_ACCOUNT,
    CARE_DEFAULTS,
    ESCALATION_HORIZON,
    TELLS_FAMILY,
)
from carebot_desktop.data.care_log import TEXT_MAX
from carebot_desktop.data.login_routines import definer_procedure, me_sql, signal

CARE_PROCEDURES = ("desk_care_take", "desk_care_resolve", "desk_care_release", "desk_escalate")

_OUTCOME_LIST = ", ".join(f"'{o}'" for o in OUTCOMES)
# Variables every alert procedure uses (the locked alert, its care row, the caller's name).
_ALERT_DECLARES = (
    "DECLARE v_family CHAR(16) DEFAULT NULL; DECLARE v_grade VARCHAR(8) DEFAULT NULL; "
    "DECLARE v_read TINYINT DEFAULT NULL; DECLARE v_name VARCHAR(32) DEFAULT NULL; "
    "DECLARE v_state VARCHAR(10) DEFAULT NULL; DECLARE v_by CHAR(16) DEFAULT NULL; "
    "DECLARE v_by_name VARCHAR(32) DEFAULT NULL; DECLARE v_at DATETIME DEFAULT NULL; "
    "DECLARE v_done_by VARCHAR(32) DEFAULT NULL; DECLARE v_done_at DATETIME DEFAULT NULL; "
    "DECLARE v_now DATETIME DEFAULT UTC_TIMESTAMP(); DECLARE v_msg VARCHAR(255) DEFAULT ''; "
)


def _when(column: str) -> str:
    """A time as ``data.care._when`` writes it."""
    return f"IFNULL(DATE_FORMAT({column}, '%Y-%m-%d %H:%i UTC'), 'an unknown time')"


def _mine(b: str, family: str) -> str:
    """``family`` is one the caller may read: its main user or a member."""
    return (
        f"(EXISTS (SELECT 1 FROM {b}.memberrelations m WHERE m.family_id = {family} AND "
        f"m.user_id = v_me) OR EXISTS (SELECT 1 FROM {b}.families f WHERE f.id = {family} "
        "AND f.main_user = v_me))"
    )


def _lock_alert(b: str) -> str:
    """The alert, its row locked (as ``Care._alert`` locks it): desks acting on one alert
    take turns here."""
    return (
        "SELECT n.family_id, n.notification_grade, n.is_read INTO v_family, v_grade, v_read "
        f"FROM {b}.notifications n WHERE n.`index` = p_index AND {_mine(b, 'n.family_id')} "
        "FOR UPDATE; "
        f"IF v_family IS NULL THEN {signal('notfound', 'no such notification')}; END IF; "
        "IF v_grade IS NULL OR v_grade NOT IN ('WARN', 'CRIT') THEN "
        f"{signal('invalid', 'index: only warn and crit alerts are taken')}; END IF; "
        f"SELECT a.user_name INTO v_name FROM {b}.accounts a WHERE a.id = v_me; "
    )


def _raise(message_sql: str) -> str:
    return f"SET v_msg = {message_sql}; SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_msg; "


def _event(b: str, kind: str, detail: str = "NULL") -> str:
    return (
        f"INSERT INTO {b}.desktop_alert_events (notification_index, family_id, kind, "
        f"actor_id, actor_name, at, detail) VALUES (p_index, v_family, '{kind}', v_me, "
        f"v_name, v_now, LEFT({detail}, 200)); "
    )


def _claim(b: str) -> str:
    """A new alert is taken by the caller (marked read, its first acknowledgement the
    caller's); else the row of whoever took it (``Care._claim``: the insert first, so that
    no gap of the table is locked); a resolved one is refused as ``data.care._resolved``
    refuses it."""
    resolved = _raise(
        "CONCAT('conflict: this alert was already resolved by ', IFNULL(v_done_by, "
        f"'someone'), ' at ', {_when('v_done_at')}, '; it cannot be taken or resolved again')"
    )
    return (
        f"INSERT IGNORE INTO {b}.desktop_alert_care (notification_index, family_id, state, "
        "taken_by, taken_by_name, taken_at) VALUES (p_index, v_family, 'taken', v_me, v_name, "
        "v_now); "
        "IF ROW_COUNT() = 1 THEN " + _event(b, "take") + "IF v_read IS NOT TRUE THEN "
        f"UPDATE {b}.notifications SET is_read = 1 WHERE `index` = p_index; "
        f"INSERT IGNORE INTO {b}.desktop_acknowledgements (notification_index, family_id, "
        "user_id, user_name, acknowledged_at) VALUES (p_index, v_family, v_me, v_name, v_now); "
        "END IF; "
        "SET v_state = 'taken', v_by = v_me, v_by_name = v_name, v_at = v_now; "
        "ELSE "
        "SELECT c.state, c.taken_by, c.taken_by_name, c.taken_at, c.resolved_by_name, "
        "c.resolved_at INTO v_state, v_by, v_by_name, v_at, v_done_by, v_done_at "
        f"FROM {b}.desktop_alert_care c WHERE c.notification_index = p_index FOR UPDATE; "
        f"IF v_state <> 'taken' THEN {resolved}END IF; "
        "END IF; "
    )


def care_routines(b: str, v: str) -> list[str]:
    """The care procedures' definitions (``b`` the base schema, ``v`` the views schema)."""
    taken_by_other = _raise(
        "CONCAT('conflict: ', IFNULL(NULLIF(v_by_name, ''), 'someone else'), "
        f"' has taken this alert since ', {_when('v_at')})"
    )
    return [
        # "I'm on it": the first taker holds it; someone else's only with p_take_over,
        # which is recorded with whom it was taken from.
        definer_procedure(
            b,
            v,
            "desk_care_take",
            "p_index INT, p_take_over BOOLEAN",
            _ALERT_DECLARES,
            _lock_alert(b)
            + _claim(b)
            + "IF NOT (v_by <=> v_me) THEN "
            + f"IF p_take_over IS NOT TRUE THEN {taken_by_other}END IF; "
            f"UPDATE {b}.desktop_alert_care SET taken_by = v_me, taken_by_name = v_name, "
            "taken_at = v_now WHERE notification_index = p_index; "
            + _event(
                b, "take_over", "CONCAT('from ', COALESCE(NULLIF(v_by_name, ''), v_by, 'nobody'))"
            )
            + "END IF;",
        ),
        # Closed with an outcome and a note; an alert nobody took is taken and closed.
        definer_procedure(
            b,
            v,
            "desk_care_resolve",
            "p_index INT, p_outcome VARCHAR(24), p_note TEXT",
            _ALERT_DECLARES,
            f"IF p_outcome IS NULL OR p_outcome NOT IN ({_OUTCOME_LIST}) THEN "
            f"{signal('invalid', 'outcome: not one of the outcomes')}; END IF; "
            f"IF CHAR_LENGTH(IFNULL(p_note, '')) > {TEXT_MAX} THEN "
            f"{signal('invalid', f'note: must be at most {TEXT_MAX:,} characters')}; END IF; "
            + _lock_alert(b)
            + _claim(b)
            + f"UPDATE {b}.desktop_alert_care SET state = 'resolved', outcome = p_outcome, "
            "note = NULLIF(TRIM(p_note), ''), resolved_by = v_me, resolved_by_name = v_name, "
            "resolved_at = v_now WHERE notification_index = p_index; "
            + _event(b, "resolve", "p_outcome"),
        ),
        # Taken alerts given back to the others, each with a release event, their levels
        # cleared (they escalate again from now): one's own, or those of a holder away
        # for longer than the care centre's setting (no session of theirs active within
        # it), as Care.expire_holds finds them; a NULL holder: every holder away, in one
        # call (a login sees only its own sessions, so it cannot pick them out itself).
        # Answers the number given back and ``index:family:holder,...``.
        definer_procedure(
            b,
            v,
            "desk_care_release",
            "p_holder CHAR(16), p_index INT, p_reason VARCHAR(40)",
            "DECLARE v_name VARCHAR(32) DEFAULT NULL; DECLARE v_count INT DEFAULT 0; "
            "DECLARE v_now DATETIME DEFAULT UTC_TIMESTAMP(); DECLARE v_cutoff DATETIME; "
            "DECLARE v_list MEDIUMTEXT DEFAULT NULL; ",
            f"SET v_cutoff = v_now - INTERVAL {_setting(b, 'hold_release_seconds')} SECOND; "
            "IF NOT (p_holder <=> v_me) THEN SET p_reason = 'away'; END IF; "
            f"SELECT a.user_name INTO v_name FROM {b}.accounts a WHERE a.id = v_me; "
            "DROP TEMPORARY TABLE IF EXISTS desk_released; "
            "CREATE TEMPORARY TABLE desk_released (notification_index INT PRIMARY KEY) "
            # both rows locked, the notification's first (as a take locks them)
            f"SELECT n.`index` AS notification_index FROM {b}.notifications n JOIN "
            f"{b}.desktop_alert_care c ON c.notification_index = n.`index` WHERE "
            "(p_holder IS NULL OR c.taken_by = p_holder) AND c.taken_by IS NOT NULL AND "
            "c.state = 'taken' AND (p_index IS NULL OR "
            f"c.notification_index = p_index) AND {_mine(b, 'n.family_id')} AND "
            "(p_holder <=> v_me OR (c.taken_at <= v_cutoff AND NOT EXISTS (SELECT 1 FROM "
            f"{b}.loginsessions s WHERE s.user_id = c.taken_by AND s.last_active >= v_cutoff))) "
            "ORDER BY n.`index` FOR UPDATE; "
            f"INSERT INTO {b}.desktop_alert_events (notification_index, family_id, kind, "
            "actor_id, actor_name, at, detail) SELECT c.notification_index, c.family_id, "
            "'release', v_me, v_name, v_now, LEFT(CONCAT('from ', "
            "COALESCE(NULLIF(c.taken_by_name, ''), c.taken_by), IF(p_reason IS NULL OR "
            "p_reason = '', '', CONCAT(' (', p_reason, ')'))), 200) "
            f"FROM {b}.desktop_alert_care c JOIN desk_released r ON r.notification_index = "
            "c.notification_index ORDER BY c.notification_index; "
            "SET SESSION group_concat_max_len = 1048576; "
            "SELECT GROUP_CONCAT(CONCAT(c.notification_index, ':', c.family_id, ':', "
            f"c.taken_by) ORDER BY c.notification_index) INTO v_list FROM {b}.desktop_alert_care "
            "c JOIN desk_released r ON r.notification_index = c.notification_index; "
            f"DELETE c FROM {b}.desktop_alert_care c JOIN desk_released r ON "
            "r.notification_index = c.notification_index; SET v_count = ROW_COUNT(); "
            f"DELETE e FROM {b}.desktop_escalations e JOIN desk_released r ON "
            "r.notification_index = e.notification_index; "
            "DROP TEMPORARY TABLE desk_released; "
            "SELECT v_count AS released, v_list AS given_back;",
        ),
        _escalate(b, v),
    ]


def stamp_triggers(b: str) -> list[str]:
    """A contact changed through a login is stamped with that login's account and the
    server's time, whatever the statement says: a write view's rule holds before a write
    as after, so one on the last writer would lock everyone else's contacts out (the
    administrator's and the watcher's writes, from no login, are kept as written). On a
    table only the desktop uses."""
    return [
        f"CREATE OR REPLACE TRIGGER {b}.desktop_contacts_login_stamp BEFORE UPDATE ON "
        f"{b}.desktop_contacts FOR EACH ROW BEGIN DECLARE v_me CHAR(16) DEFAULT NULL; "
        f"SET v_me = ({me_sql(b)}); IF v_me IS NOT NULL THEN SET NEW.updated_by = v_me, "
        "NEW.updated_at = UTC_TIMESTAMP(); END IF; END"
    ]


def _setting(b: str, name: str) -> str:
    """A care-centre setting as ``Care._settings`` reads it (digits only, else its default)."""
    return (
        f"COALESCE((SELECT CAST(TRIM(s.value) AS UNSIGNED) FROM {b}.desktop_care_settings s "
        f"WHERE s.name = '{name}' AND TRIM(s.value) REGEXP '^[0-9]+$'), {CARE_DEFAULTS[name]})"
    )


def family_message_sql(elder: str, headline: str, since: str, at: str) -> str:
    """``care_escalation.family_message`` as SQL over these expressions (a test compares
    the two): what the family's people read at level 2."""
    local = f"({since} + INTERVAL 9 HOUR)"
    waited = f"GREATEST(1, FLOOR(TIMESTAMPDIFF(SECOND, {since}, {at}) / 60))"  # minutes
    hours, minutes = f"FLOOR({waited} / 60)", f"MOD({waited}, 60)"
    return (
        "CONCAT('[돌봄센터 알림] ', "
        f"IF(IFNULL({elder}, '') = '', '어르신', CONCAT({elder}, '님')), "
        f"'께 위급 알림(', IFNULL(NULLIF(LEFT(TRIM({headline}), 60), ''), '위급 알림'), "
        f"')이 있었습니다. ', MONTH({local}), '월 ', DAY({local}), '일 ', "
        f"DATE_FORMAT({local}, '%H:%i'), '부터 ', CONCAT_WS(' ', IF({hours} > 0, "
        f"CONCAT({hours}, '시간'), NULL), IF({minutes} > 0 OR {hours} = 0, CONCAT({minutes}, "
        "'분'), NULL)), '째 돌봄 데스크에서 아무도 맡지 않았습니다. 어르신께 바로 연락해 "
        "안부를 확인해 주세요.')"
    )


def _tell_family(b: str) -> str:
    """Level 2's effect (``CareEscalation._tell_family``): a message from the care centre's
    account (the setting's, if it names an account; else the first system account) to
    each of the family's people but that account."""
    return (
        "SET v_sender = NULL; "
        f"SELECT a.id INTO v_sender FROM {b}.desktop_care_settings s JOIN {b}.accounts a "
        f"ON a.id = s.value WHERE s.name = '{CARE_CENTRE_ACCOUNT}'; "
        "IF v_sender IS NULL THEN "
        f"SELECT MIN(a.id) INTO v_sender FROM {b}.accounts a WHERE a.role = 'SYSTEM'; "
        "END IF; "
        "IF v_sender IS NOT NULL THEN "
        f"SELECT a.user_name INTO v_elder FROM {b}.families f JOIN {b}.accounts a ON "
        "a.id = f.main_user WHERE f.id = v_fam; "
        f"INSERT INTO {b}.messages (from_id, to_id, content, created_at, is_read) "
        f"SELECT v_sender, p.person, "
        + family_message_sql("v_elder", "v_headline", "v_start", "v_at")
        + ", UTC_TIMESTAMP(), 0 FROM ("
        f"SELECT f.main_user AS person FROM {b}.families f WHERE f.id = v_fam UNION "
        f"SELECT m.user_id FROM {b}.memberrelations m WHERE m.family_id = v_fam) p "
        "WHERE p.person <> v_sender ORDER BY p.person; END IF; "
    )


def _escalate(b: str, v: str) -> str:
    """Every escalation due now among the caller's families (``CareEscalation.escalate``:
    an alert read before anyone took it is not raised unless it was given back; a level
    counts from the alert's creation or from when it was last given back), each
    level once however many call at once (the primary key; INSERT IGNORE), raised in the
    caller's name with its effects. ``p_now``: None, or the server's clock within a
    minute (a login does not choose the time). Answers one row: ``raised``
    (``index:level:family,`` for each level this call raised) and ``at``."""
    horizon = int(ESCALATION_HORIZON.total_seconds())

    def level(which: str) -> str:
        """Raise level ``v_l<which>`` of the fetched alert if its delay has passed."""
        return (
            f"IF v_start <= v_at - INTERVAL v_d{which} SECOND THEN "
            f"INSERT IGNORE INTO {b}.desktop_escalations (notification_index, level, family_id, "
            f"raised_at, raised_by) VALUES (v_index, v_l{which}, v_fam, v_at, v_me); "
            "IF ROW_COUNT() = 1 THEN "
            f"SET v_raised = CONCAT(v_raised, v_index, ':', v_l{which}, ':', v_fam, ','); "
            f"INSERT INTO {b}.desktop_alert_events (notification_index, family_id, kind, "
            "actor_id, actor_name, at, detail) VALUES (v_index, v_fam, 'escalate', v_me, "
            f"v_name, v_at, CONCAT('level ', v_l{which})); "
            f"IF v_l{which} = {TELLS_FAMILY} THEN " + _tell_family(b) + "END IF; "
            "END IF; END IF; "
        )

    start = (
        f"COALESCE((SELECT MAX(r.at) FROM {b}.desktop_alert_events r WHERE "
        "r.notification_index = n.`index` AND r.kind = 'release'), n.created_at)"
    )

    def not_raised(which: str) -> str:
        return (
            f"(NOT EXISTS (SELECT 1 FROM {b}.desktop_escalations e WHERE e.notification_index "
            f"= n.`index` AND e.level = v_l{which}) AND {start} <= v_at - INTERVAL v_d{which} "
            "SECOND)"
        )

    # The caller's families first, then each one's alerts of the day by the (family_id,
    # created_at) index: a per-row family check would read every family's alerts.
    due = (
        f"SELECT n.`index`, n.family_id, {start}, n.descriptions FROM (SELECT m.family_id "
        f"FROM {b}.memberrelations m WHERE m.user_id = v_me UNION SELECT f.id FROM "
        f"{b}.families f WHERE f.main_user = v_me) mine JOIN {b}.notifications n ON "
        f"n.family_id = mine.family_id WHERE n.created_at >= v_at - INTERVAL {horizon} SECOND "
        "AND n.created_at <= v_at - INTERVAL v_d1 SECOND AND n.notification_grade = 'CRIT' "
        f"AND NOT EXISTS (SELECT 1 FROM {b}.desktop_alert_care c WHERE c.notification_index "
        f"= n.`index`) AND (n.is_read = 0 OR n.is_read IS NULL OR EXISTS (SELECT 1 FROM "
        f"{b}.desktop_alert_events g WHERE g.notification_index = n.`index` AND g.kind = "
        f"'release')) AND ({not_raised('1')} OR {not_raised('2')}) ORDER BY n.`index`"
    )
    first = _setting(b, "escalation_level_1_seconds")
    second = _setting(b, "escalation_level_2_seconds")
    return definer_procedure(
        b,
        v,
        "desk_escalate",
        "p_now DATETIME",
        "DECLARE v_at DATETIME DEFAULT UTC_TIMESTAMP(); DECLARE v_d1 INT DEFAULT 0; "
        "DECLARE v_d2 INT DEFAULT 0; DECLARE v_l1 INT DEFAULT 1; DECLARE v_l2 INT DEFAULT 2; "
        "DECLARE v_index INT; DECLARE v_fam CHAR(16); DECLARE v_start DATETIME; "
        "DECLARE v_headline TEXT; DECLARE v_name VARCHAR(32) DEFAULT NULL; "
        "DECLARE v_sender CHAR(16) DEFAULT NULL; DECLARE v_elder VARCHAR(32) DEFAULT NULL; "
        "DECLARE v_raised TEXT DEFAULT ''; DECLARE v_done INT DEFAULT 0; "
        f"DECLARE due CURSOR FOR {due}; "
        "DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = 1; ",
        "IF p_now IS NOT NULL AND ABS(TIMESTAMPDIFF(SECOND, p_now, v_at)) > 60 THEN "
        f"{signal('invalid', 'now: through a person’s own login the database’s clock decides')}"
        "; END IF; "
        f"SELECT a.user_name INTO v_name FROM {b}.accounts a WHERE a.id = v_me; "
        # the levels in the order their delays pass (as care_escalation._delays sorts them)
        f"SET v_d1 = {first}, v_d2 = {second}; "
        f"IF v_d2 < v_d1 THEN SET v_l1 = 2, v_l2 = 1, v_d1 = v_d2, v_d2 = {first}; END IF; "
        "SET v_done = 0; OPEN due; "
        "fetching: LOOP FETCH due INTO v_index, v_fam, v_start, v_headline; "
        "IF v_done = 1 THEN LEAVE fetching; END IF; "
        + level("1")
        + level("2")
        + "SET v_done = 0; END LOOP; CLOSE due; SELECT v_raised AS raised, v_at AS at;",
    )
