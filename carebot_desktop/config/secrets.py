"""Secrets (database passwords, remembered session ids) live only in the OS keyring.

:class:`SecretStore` is the small interface the rest of the application sees. When no
keyring backend exists (a bare Linux machine without a Secret Service), the store says so
through :meth:`SecretStore.available` and :attr:`SecretStore.unavailable_reason`, and never
falls back to writing a secret into a file. Tests pass a :class:`MemorySecretStore`.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)
SERVICE = "CarebotDesktop"


class SecretStoreError(Exception):
    """The keyring refused or failed; nothing was stored."""


class SecretStore(Protocol):
    unavailable_reason: str

    def available(self) -> bool: ...
    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def delete(self, key: str) -> None: ...


class KeyringSecretStore:
    """The operating system's keyring (Windows Credential Manager, macOS Keychain,
    Secret Service on Linux) through the ``keyring`` package."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self.unavailable_reason = ""
        try:
            # Imported when a store is made, not with this module: keyring and its
            # back-ends take about a quarter of a second to load, and may fail in any way.
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
            if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
                self.unavailable_reason = (
                    "no system keyring is available (on Linux, install and unlock a Secret "
                    "Service such as GNOME Keyring or KWallet)"
                )
        except Exception as error:  # noqa: BLE001 - keyring's back-ends fail in any way
            self.unavailable_reason = f"the system keyring cannot be used ({type(error).__name__})"

    def available(self) -> bool:
        return not self.unavailable_reason

    def get(self, key: str) -> str | None:
        if not self.available():
            return None
        import keyring  # loaded by __init__ already (see there)

        try:
            return keyring.get_password(self.service, key)
        except Exception as error:  # noqa: BLE001 - a broken back-end: no secret
            log.warning("keyring read failed: %s", type(error).__name__)
            return None

    def set(self, key: str, value: str) -> None:
        if not self.available():
            raise SecretStoreError(self.unavailable_reason)
        import keyring  # loaded by __init__ already (see there)

        try:
            keyring.set_password(self.service, key, value)
        except Exception as error:
            raise SecretStoreError(
                f"the keyring refused to store the secret ({type(error).__name__})"
            ) from error

    def delete(self, key: str) -> None:
        if not self.available():
            return
        import keyring  # loaded by __init__ already (see there)
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self.service, key)
        except PasswordDeleteError:
            pass
        except Exception as error:  # noqa: BLE001 - a broken back-end: nothing to forget
            log.warning("keyring delete failed: %s", type(error).__name__)


class MemorySecretStore:
    """A keyring in memory, for tests (and nothing else)."""

    def __init__(self, available: bool = True) -> None:
        self._available = available
        self.unavailable_reason = "" if available else "no system keyring is available"
        self.values: dict[str, str] = {}

    def available(self) -> bool:
        return self._available

    def get(self, key: str) -> str | None:
        return self.values.get(key) if self._available else None

    def set(self, key: str, value: str) -> None:
        if not self._available:
            raise SecretStoreError(self.unavailable_reason)
        self.values[key] = value

    def delete(self, key: str) -> None:
        self.values.pop(key, None)
