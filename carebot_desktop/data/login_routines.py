"""The definer routines of the per-person views schema (``provisioning.secure_database``
makes them): the writes a view's rules cannot state, each checking what the desktop checks.

SQL text only, apart from the administrator's steps that run it, so that a rule of a
procedure can be read next to the others. A refusal is a ``SIGNAL`` whose text starts
with its kind (``denied: ...``), which ``driver_errors`` maps to the desktop's error.
"""

from __future__ import annotations

from carebot_desktop.data.login_views import EMAIL_CHANGE_LIMIT, FIND_FAMILY_LIMIT


def me_sql(base: str) -> str:
    """The account id the connected login stands for (``desktop_db_logins``), as SQL."""
    return (
        f"SELECT l.account_id FROM {base}.desktop_db_logins l WHERE l.login = "
        "CONVERT(SUBSTRING_INDEX(SESSION_USER(), '@', 1) USING utf8mb4) COLLATE utf8mb4_bin"
    )


# What sign-in accepts as an e-mail (data.validation._EMAIL), for the database's own check.
_EMAIL_PATTERN = "^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$"
PROCEDURES = (
    "desk_find_family",
    "desk_create_family",
    "desk_request_to_join",
    "desk_withdraw_request",
    "desk_decide_request",
    "desk_change_email",
    "desk_delete_account",
    "desk_failed_login",
    "desk_failed_logins_since",
    "desk_clear_failed_logins",
)
FUNCTIONS = ("desk_me",)


def signal(kind: str, text_: str) -> str:
    """A refusal the desktop maps to its error (``driver_errors._signalled``)."""
    return f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{kind}: {text_}'"


def definer_procedure(b: str, v: str, name: str, params: str, declares: str, body: str) -> str:
    """A procedure of the views schema run with the definer's rights: ``declares``
    (variables, then cursors and handlers) come first, then ``v_me``, the caller's account
    (a login that stands for none is refused), then ``body``."""
    who = (
        f"SELECT ({me_sql(b)}) INTO v_me; "
        f"IF v_me IS NULL THEN {signal('denied', 'this login has no Carebot account')}; END IF; "
    )
    return (
        f"CREATE OR REPLACE PROCEDURE {v}.{name}({params}) SQL SECURITY DEFINER "
        f"BEGIN DECLARE v_me CHAR(16) DEFAULT NULL; {declares}{who}{body} END"
    )


def routines(b: str, v: str) -> list[str]:
    """The definer procedures: each checks what the desktop checks, as one statement of
    the caller's transaction, on rows it locks."""

    def procedure(name: str, params: str, declares: str, body: str) -> str:
        return definer_procedure(b, v, name, params, declares, body)

    own_identifier = (
        f"(SELECT {v}.desk_identifier(LOWER(a.email)) FROM {b}.accounts a WHERE a.id = v_me)"
    )
    return [
        f"CREATE OR REPLACE FUNCTION {v}.desk_me() RETURNS CHAR(16) CHARSET utf8mb4 "
        f"COLLATE utf8mb4_bin NOT DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER "
        f"RETURN ({me_sql(b)})",
        procedure(
            "desk_find_family",
            "p_name VARCHAR(32), p_birth DATE, p_gender VARCHAR(8), p_address VARCHAR(128)",
            "",
            f"IF (SELECT COUNT(*) FROM {b}.desktop_auditlog WHERE actor_id = v_me AND "
            "operation = 'find_family' AND occurred_at >= UTC_TIMESTAMP() - INTERVAL 1 HOUR) "
            f">= {FIND_FAMILY_LIMIT} THEN {signal('throttled', 'too many family searches')}; "
            "END IF; "
            f"INSERT INTO {b}.desktop_auditlog (occurred_at, actor_id, action, target_type, "
            "operation, outcome, host) VALUES (UTC_TIMESTAMP(), v_me, 'search', 'family', "
            "'find_family', 'ok', 'database'); "
            f"SELECT f.id AS family_id, f.family_name FROM {b}.families f JOIN {b}.accounts a "
            "ON a.id = f.main_user WHERE a.user_name = p_name AND a.birth_date = p_birth AND "
            "a.gender = UPPER(p_gender) AND a.address = p_address ORDER BY f.id;",
        ),
        # A family: by a main account that has none (its row locked: two at once make one).
        procedure(
            "desk_create_family",
            "p_id CHAR(16), p_name VARCHAR(32)",
            "DECLARE v_role VARCHAR(8) DEFAULT NULL; ",
            "IF p_id IS NULL OR p_id NOT REGEXP BINARY '^F[A-Za-z0-9]{15}$' THEN "
            f"{signal('invalid', 'not a family id')}; END IF; "
            f"SELECT role INTO v_role FROM {b}.accounts WHERE id = v_me FOR UPDATE; "
            "IF v_role IS NULL OR v_role <> 'MAIN' THEN "
            f"{signal('denied', 'only an elder (a main account) has a family')}; END IF; "
            f"IF EXISTS (SELECT 1 FROM {b}.families WHERE main_user = v_me) THEN "
            f"{signal('conflict', 'this main user already has a family')}; END IF; "
            f"INSERT INTO {b}.families (id, main_user, family_name) VALUES (p_id, v_me, p_name); "
            f"INSERT INTO {b}.settings (family_id, is_alarm_enabled, is_camera_enabled, "
            "is_microphone_enabled, is_driving_enabled) VALUES (p_id, 0, 0, 0, 0);",
        ),
        # A request: by a sub account that is neither a member nor waiting already.
        procedure(
            "desk_request_to_join",
            "p_family CHAR(16), p_nickname VARCHAR(32)",
            "DECLARE v_role VARCHAR(8) DEFAULT NULL; ",
            f"SELECT role INTO v_role FROM {b}.accounts WHERE id = v_me FOR UPDATE; "
            "IF v_role IS NULL OR v_role <> 'SUB' THEN "
            f"{signal('denied', 'only accounts with the sub role join families')}; END IF; "
            f"IF NOT EXISTS (SELECT 1 FROM {b}.families WHERE id = p_family) THEN "
            f"{signal('invalid', 'no family with this id')}; END IF; "
            f"IF EXISTS (SELECT 1 FROM {b}.memberrelations WHERE family_id = p_family AND "
            f"user_id = v_me) THEN {signal('conflict', 'already a member of the family')}; "
            "END IF; "
            f"IF EXISTS (SELECT 1 FROM {b}.desktop_join_requests WHERE family_id = p_family "
            "AND user_id = v_me AND status = 'pending') THEN "
            f"{signal('conflict', 'a request to join this family is already waiting')}; "
            "END IF; "
            f"INSERT INTO {b}.desktop_join_requests (family_id, user_id, nickname, "
            "requested_at, status) VALUES (p_family, v_me, p_nickname, UTC_TIMESTAMP(), "
            "'pending'); "
            "SELECT LAST_INSERT_ID() AS request_index;",
        ),
        procedure(
            "desk_withdraw_request",
            "p_index INT",
            "DECLARE v_status VARCHAR(10) DEFAULT NULL; ",
            f"SELECT status INTO v_status FROM {b}.desktop_join_requests WHERE `index` = "
            "p_index AND user_id = v_me FOR UPDATE; "
            f"IF v_status IS NULL THEN {signal('notfound', 'no such join request')}; END IF; "
            "IF v_status <> 'pending' THEN SET @desk_msg = CONCAT('conflict: this request was "
            "already ', v_status); SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = @desk_msg; "
            "END IF; "
            f"UPDATE {b}.desktop_join_requests SET status = 'withdrawn', decided_at = "
            "UTC_TIMESTAMP(), decided_by = v_me WHERE `index` = p_index;",
        ),
        # The family's main user approves (the requester, still a sub account, becomes a
        # member under p_member) or denies; a request is decided once.
        procedure(
            "desk_decide_request",
            "p_index INT, p_decision VARCHAR(10), p_member CHAR(16)",
            "DECLARE v_status VARCHAR(10) DEFAULT NULL; DECLARE v_family CHAR(16); "
            "DECLARE v_user CHAR(16); DECLARE v_nickname VARCHAR(32); "
            "DECLARE v_role VARCHAR(8) DEFAULT NULL; ",
            "IF p_decision IS NULL OR p_decision NOT IN ('approved', 'denied') THEN "
            f"{signal('invalid', 'approved or denied')}; END IF; "
            "SELECT r.status, r.family_id, r.user_id, r.nickname INTO v_status, v_family, "
            f"v_user, v_nickname FROM {b}.desktop_join_requests r JOIN {b}.families f ON "
            "f.id = r.family_id WHERE r.`index` = p_index AND f.main_user = v_me FOR UPDATE; "
            f"IF v_status IS NULL THEN {signal('notfound', 'no such join request')}; END IF; "
            "IF v_status <> 'pending' THEN SET @desk_msg = CONCAT('conflict: this request was "
            "already ', v_status); SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = @desk_msg; "
            "END IF; "
            "IF p_decision = 'approved' THEN "
            f"SELECT role INTO v_role FROM {b}.accounts WHERE id = v_user FOR UPDATE; "
            "IF v_role IS NULL OR v_role <> 'SUB' THEN "
            f"{signal('invalid', 'members must be accounts with the sub role')}; END IF; "
            "IF p_member IS NULL OR p_member NOT REGEXP BINARY '^M[A-Za-z0-9]{15}$' THEN "
            f"{signal('invalid', 'not a member id')}; END IF; "
            f"IF NOT EXISTS (SELECT 1 FROM {b}.memberrelations WHERE family_id = v_family "
            "AND user_id = v_user) THEN "
            f"INSERT INTO {b}.memberrelations (id, family_id, user_id, nickname) VALUES "
            "(p_member, v_family, v_user, v_nickname); END IF; "
            "END IF; "
            f"UPDATE {b}.desktop_join_requests SET status = p_decision, decided_at = "
            "UTC_TIMESTAMP(), decided_by = v_me WHERE `index` = p_index;",
        ),
        # One's e-mail: in the form sign-in compares, at most EMAIL_CHANGE_LIMIT tries an
        # hour, each audited; a taken address answers 'taken' (after the same work).
        procedure(
            "desk_change_email",
            "p_email VARCHAR(128)",
            "DECLARE v_outcome VARCHAR(16) DEFAULT 'ok'; "
            "DECLARE CONTINUE HANDLER FOR 1062 SET v_outcome = 'taken'; ",
            "IF p_email IS NULL OR p_email <> LOWER(TRIM(p_email)) OR p_email NOT REGEXP "
            f"'{_EMAIL_PATTERN}' THEN {signal('invalid', 'email: is not an e-mail address')}; "
            "END IF; "
            f"IF (SELECT COUNT(*) FROM {b}.desktop_auditlog WHERE actor_id = v_me AND "
            "operation = 'change_email' AND occurred_at >= UTC_TIMESTAMP() - INTERVAL 1 HOUR) "
            f">= {EMAIL_CHANGE_LIMIT} THEN "
            f"{signal('throttled', 'too many e-mail changes')}; END IF; "
            f"IF EXISTS (SELECT 1 FROM {b}.accounts WHERE email = p_email AND id <> v_me) THEN "
            "SET v_outcome = 'taken'; "
            f"ELSE UPDATE {b}.accounts SET email = p_email WHERE id = v_me; END IF; "
            f"INSERT INTO {b}.desktop_auditlog (occurred_at, actor_id, action, target_type, "
            "target_id, operation, outcome, host) VALUES (UTC_TIMESTAMP(), v_me, 'update', "
            "'account', v_me, 'change_email', IF(v_outcome = 'ok', 'ok', 'conflict'), "
            "'database'); "
            "SELECT v_outcome AS outcome;",
        ),
        # One's own account and all that hangs on it; the export records stay (the privacy
        # law keeps them), their actor anonymised.
        procedure(
            "desk_delete_account",
            "p_pseudonym CHAR(16)",
            "",
            "IF p_pseudonym IS NULL OR p_pseudonym NOT REGEXP BINARY '^X[A-Za-z0-9]{15}$' "
            f"THEN {signal('invalid', 'not a pseudonym')}; END IF; "
            f"UPDATE {b}.desktop_exports SET actor_id = p_pseudonym WHERE actor_id = v_me; "
            f"DELETE FROM {b}.accounts WHERE id = v_me;",
        ),
        # Failed sign-ins at one's own e-mail only, at the server's time.
        procedure(
            "desk_failed_login",
            "p_typed TEXT",
            "",
            f"IF {v}.desk_identifier(p_typed) = {own_identifier} THEN "
            f"INSERT INTO {b}.desktop_loginattempts (email, attempted_at) VALUES "
            f"({v}.desk_identifier(p_typed), UTC_TIMESTAMP()); END IF;",
        ),
        procedure(
            "desk_failed_logins_since",
            "p_typed TEXT, p_since DATETIME",
            "",
            f"SELECT attempted_at FROM {b}.desktop_loginattempts WHERE email = "
            f"{v}.desk_identifier(p_typed) AND {v}.desk_identifier(p_typed) = {own_identifier} "
            "AND attempted_at >= p_since AND attempted_at <= UTC_TIMESTAMP() + INTERVAL 1 MINUTE "
            "ORDER BY attempted_at;",
        ),
        procedure(
            "desk_clear_failed_logins",
            "p_typed TEXT",
            "",
            f"IF {v}.desk_identifier(p_typed) = {own_identifier} THEN "
            f"DELETE FROM {b}.desktop_loginattempts WHERE email = {v}.desk_identifier(p_typed); "
            "END IF;",
        ),
    ]
