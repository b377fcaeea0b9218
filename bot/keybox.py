"""API keys entered in Discord, encrypted at rest with the operator's key.

The operator's key (LOREMASTER_SECRET_KEY) never reaches the database, so a copied
database file holds no usable key. Several keys, comma-separated, newest first,
let the operator rotate: new keys are sealed with the first, old ones still open.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pydantic import SecretStr

NO_SECRET_KEY = (
    "this bot cannot store keys: its operator has not set LOREMASTER_SECRET_KEY "
    "(keys entered in Discord are kept encrypted with it)"
)
KEY_HINT = ('make one with: python -c "from cryptography.fernet import Fernet; '
            'print(Fernet.generate_key().decode())"')


class KeyBoxError(ValueError):
    """The operator's key is missing or wrong, or a sealed key cannot be opened."""


class KeyBox:
    def __init__(self, secret_key: SecretStr | None) -> None:
        self._fernet: MultiFernet | None = None
        if secret_key is None or not secret_key.get_secret_value().strip():
            return
        try:
            keys = [Fernet(k.strip()) for k in secret_key.get_secret_value().split(",")
                    if k.strip()]
        except ValueError:
            raise KeyBoxError("LOREMASTER_SECRET_KEY is not a Fernet key (32 bytes, url-safe "
                              f"base64); {KEY_HINT}") from None
        self._fernet = MultiFernet(keys)

    @property
    def ready(self) -> bool:
        return self._fernet is not None

    def seal(self, key: str) -> bytes:
        if self._fernet is None:
            raise KeyBoxError(NO_SECRET_KEY)
        return self._fernet.encrypt(key.encode())

    def open(self, sealed: bytes) -> str:
        if self._fernet is None:
            raise KeyBoxError(NO_SECRET_KEY)
        try:
            return self._fernet.decrypt(sealed).decode()
        except InvalidToken:
            raise KeyBoxError("a stored key cannot be opened with LOREMASTER_SECRET_KEY "
                              "(was the key changed?); remove and add the endpoint again") \
                from None
