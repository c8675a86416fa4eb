"""Session tokens: what the user holds versus what the database stores.

The user (and the keyring) hold a random token of 256 bits; the database stores only its
SHA-256 digest (as the 32-character ``xid``), so neither the embedded database file nor a
dump of the server lets anyone take over a session.
"""

from __future__ import annotations

import hashlib
import re
import secrets

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,128}$")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_to_xid(token: object) -> str | None:
    """The stored id of a token, or None for anything that cannot be a token."""
    if not isinstance(token, str) or not _TOKEN.match(token):
        return None
    return hashlib.sha256(token.encode("ascii")).hexdigest()[:32]
