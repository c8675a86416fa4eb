"""Input checking for every write, done before anything touches the database.

Each connector function describes its payload with :class:`Field` specs; :func:`clean`
checks types, lengths (as the columns allow), ranges and enum values, and returns the
values ready to store. Any problem raises :class:`ValidationError` naming the field.
"""

from __future__ import annotations

import enum
import json
import math
import re
import secrets
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from carebot_desktop.data.errors import ValidationError

# MariaDB TIMESTAMP covers 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC.
TIMESTAMP_MIN = datetime(1970, 1, 1, 0, 0, 1)
TIMESTAMP_MAX = datetime(2038, 1, 19, 3, 14, 7)
TEXT_MAX_BYTES = 65_535
# How far ahead of this computer's clock a device's report time may be (clocks drift).
CLOCK_SKEW = timedelta(minutes=10)
ID_ALPHABET = string.ascii_letters + string.digits
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
E = TypeVar("E", bound=enum.Enum)
# A moment as the connector functions take it (``to_datetime`` reads each of them).
When = datetime | date | str


def new_id(prefix: str) -> str:
    """A 16-character id: the prefix and 15 cryptographically random letters and digits."""
    return prefix + "".join(secrets.choice(ID_ALPHABET) for _ in range(15))


def utcnow() -> datetime:
    """Now as a naive UTC datetime, to the second (the columns keep no fractions)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_datetime(value: object, field: str) -> datetime:
    """A naive UTC datetime from a datetime or an ISO-8601 string (aware values converted)."""
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(field, f"not an ISO-8601 date and time: {value!r}") from None
    else:
        raise ValidationError(field, f"expected a datetime or ISO-8601 string, got {_kind(value)}")
    if result.tzinfo is not None:
        result = result.astimezone(UTC).replace(tzinfo=None)
    return result


def to_timestamp(value: object, field: str) -> datetime:
    """A datetime that fits a TIMESTAMP column, without fractions of a second."""
    result = to_datetime(value, field).replace(microsecond=0)
    if not TIMESTAMP_MIN <= result <= TIMESTAMP_MAX:
        raise ValidationError(field, "must lie between 1970-01-01 and 2038-01-19 (UTC)")
    return result


def to_date(value: object, field: str) -> date:
    if isinstance(value, datetime):
        raise ValidationError(field, "expected a date without a time")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"not an ISO-8601 date: {value!r}") from None
    raise ValidationError(field, f"expected a date or ISO-8601 string, got {_kind(value)}")


def time_window(
    start_time: object, end_time: object, time_order: object, *, start_required: bool = True
) -> tuple[datetime | None, datetime, bool]:
    """(start, end, descending) of a range query. An omitted end is "now" at call time."""
    if start_time is None and start_required:
        raise ValidationError("start_time", "is required")
    start = None if start_time is None else to_datetime(start_time, "start_time")
    # "Now" is taken at each call; the original computed it once, at import.
    end = utcnow() if end_time is None else to_datetime(end_time, "end_time")
    if start is not None and start > end:
        raise ValidationError("start_time", "must not be after end_time")
    if time_order not in ("asc", "desc"):
        raise ValidationError("time_order", "must be 'asc' or 'desc'")
    return start, end, time_order == "desc"


def _kind(value: object) -> str:
    return type(value).__name__


@dataclass(frozen=True)
class Field:
    """How one payload key is checked.

    kind: ``str`` (``max_len`` characters), ``text`` (TEXT column; dicts become the given
    ``text_format``), ``email``, ``url``, ``int``, ``float``, ``bool``, ``date``,
    ``timestamp``, ``enum`` (``enum`` class, given by value or name, any case), ``id``.
    """

    kind: str
    required: bool = False
    nullable: bool = True
    max_len: int | None = None
    min_len: int = 0
    minimum: float | None = None
    maximum: float | None = None
    enum: type[enum.Enum] | None = None
    text_format: str = "json"  # or "python" (the robot writes Python-literal dicts)
    prefix: str | None = None  # for ids
    not_future: bool = False  # a report's own time: at most CLOCK_SKEW ahead of now


def clean(
    payload: object,
    spec: Mapping[str, Field],
    *,
    partial: bool = False,
    aliases: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Check ``payload`` against ``spec``; return the cleaned values.

    Unknown keys are refused (a typo must not be silently dropped). With ``partial`` (an
    update) required keys may be missing, but at least one key must be given.
    """
    if not isinstance(payload, Mapping):
        raise ValidationError(None, f"expected a mapping of fields, got {_kind(payload)}")
    result: dict[str, Any] = {}
    for key, value in payload.items():
        name = (aliases or {}).get(key, key)
        if name not in spec:
            raise ValidationError(key, "is not a field that can be set here")
        if name in result:
            raise ValidationError(key, "is given twice")
        result[name] = _clean_value(key, value, spec[name])  # errors name the key given
    if partial:
        if not result:
            raise ValidationError(None, "nothing to change: no field given")
    else:
        for name, field in spec.items():
            if field.required and name not in result:
                raise ValidationError(name, "is required")
    return result


def _clean_value(name: str, value: object, field: Field) -> object:
    if value is None:
        if field.required or not field.nullable:
            raise ValidationError(name, "must not be empty")
        return None
    kind = field.kind
    if kind in ("str", "email", "url", "id"):
        if not isinstance(value, str):
            raise ValidationError(name, f"expected text, got {_kind(value)}")
        value = value.strip()
        if kind == "email":
            value = value.lower()
            if not _EMAIL.match(value):
                raise ValidationError(name, "is not an e-mail address")
        if kind == "url" and not _URL.match(value):
            raise ValidationError(name, "must be an http:// or https:// address")
        if (
            kind == "id"
            and field.prefix
            and not (len(value) == 16 and value.startswith(field.prefix))
        ):
            raise ValidationError(name, f"is not a valid id (16 characters, '{field.prefix}...')")
        _check_text(name, value, field)
        if len(value) < max(field.min_len, 1 if field.required or not field.nullable else 0):
            raise ValidationError(name, "must not be empty")
        if kind == "url" and len(value.encode("utf-8")) > TEXT_MAX_BYTES:
            raise ValidationError(name, "is too long")
        return value
    if kind == "text":
        if isinstance(value, Mapping):
            try:
                as_json = json.dumps(dict(value), ensure_ascii=False)  # JSON types only
                value = repr(dict(value)) if field.text_format == "python" else as_json
            except (TypeError, ValueError, RecursionError):
                raise ValidationError(
                    name, "holds values that cannot be written as text (JSON types only)"
                ) from None
        if not isinstance(value, str):
            raise ValidationError(name, f"expected text, got {_kind(value)}")
        _check_text(name, value, field)
        if len(value.encode("utf-8")) > TEXT_MAX_BYTES:
            raise ValidationError(name, f"is longer than {TEXT_MAX_BYTES} bytes")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise ValidationError(name, f"expected a whole number, got {_kind(value)}")
        _check_range(name, value, field)
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(name, f"expected a number, got {_kind(value)}")
        value = float(value)
        if not math.isfinite(value):
            raise ValidationError(name, "must be a finite number")
        _check_range(name, value, field)
        return value
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise ValidationError(name, f"expected true or false, got {value!r}")
    if kind == "date":
        result = to_date(value, name)
        if field.minimum is not None and result < date(int(field.minimum), 1, 1):
            raise ValidationError(name, f"must not be before {int(field.minimum)}")
        return result
    if kind == "timestamp":
        stamp = to_timestamp(value, name)
        if field.not_future and stamp > utcnow() + CLOCK_SKEW:
            raise ValidationError(name, "must not be in the future")
        return stamp
    if kind == "enum":
        assert field.enum is not None
        return to_enum(field.enum, value, name)
    raise AssertionError(f"unknown field kind {kind}")


def to_enum(cls: type[E], value: object, field: str) -> E:
    if isinstance(value, cls) and type(value) is cls:  # exactly cls, not a subclass
        return value
    # Exactly a plain str: a subclass could make strip() or lower() say anything.
    if type(value) is str:
        wanted = str.lower(str.strip(value))
        for member in cls:
            if member.value == wanted:
                return member
    allowed = ", ".join(repr(m.value) for m in cls)
    raise ValidationError(field, f"must be one of {allowed}, got {value!r}")


def _check_text(name: str, value: str, field: Field) -> None:
    if field.max_len is not None and len(value) > field.max_len:
        raise ValidationError(name, f"is longer than {field.max_len} characters")
    if "\x00" in value:
        raise ValidationError(name, "must not contain a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(name, "is not valid Unicode text") from None


def _check_range(name: str, value: float, field: Field) -> None:
    if field.minimum is not None and value < field.minimum:
        raise ValidationError(name, f"must be at least {field.minimum:g}")
    if field.maximum is not None and value > field.maximum:
        raise ValidationError(name, f"must be at most {field.maximum:g}")


def birth_date_field(required: bool = False) -> Field:
    return Field("date", required=required, minimum=1900)


def check_birth_date(value: date | None, field: str = "birth_date") -> None:
    if value is not None and value > (utcnow() + timedelta(days=1)).date():
        raise ValidationError(field, "must not be in the future")


# --- plain arguments (not payload dicts) ----------------------------------------------

INT64 = (-(2**63), 2**63 - 1)


def check_int(name: str, value: object, minimum: int = INT64[0], maximum: int = INT64[1]) -> int:
    """A whole number in [minimum, maximum] (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, f"expected a whole number, got {_kind(value)}")
    if not minimum <= value <= maximum:
        raise ValidationError(name, f"must be between {minimum} and {maximum}")
    return value


def check_choice(name: str, value: object, choices: Iterable[str]) -> str:
    """One of ``choices``, exactly (a plain ``str``)."""
    allowed = list(choices)
    if type(value) is not str or value not in allowed:
        raise ValidationError(name, f"must be one of {', '.join(allowed)}")
    return value


def check_text_list(name: str, value: object, max_items: int = 10_000) -> list[str]:
    """A list (or tuple) of valid text values."""
    if not isinstance(value, (list, tuple)) or len(value) > max_items:
        raise ValidationError(name, f"expected a list of at most {max_items} ids")
    for item in value:
        if not isinstance(item, str):
            raise ValidationError(name, f"expected text ids, got {_kind(item)}")
        # An ASCII id without NUL is valid as it is (the usual case, checked at every
        # call of a desk's poll for each of its families: the full check only otherwise).
        if not (item.isascii() and "\x00" not in item):
            _check_text(name, item, _ANY_TEXT)
    return list(value)


_ANY_TEXT = Field("str")
