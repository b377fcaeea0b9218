"""Settings from the environment and an optional `.env` file.

Loremaster's own settings use the `LOREMASTER_` prefix; the ecosystem's
names (OPENAI_BASE_URL, OPENAI_API_KEY, DISCORD_TOKEN, HF_TOKEN) are read as
they are, so an existing setup works unchanged. Every field is documented in
`deploy/.env.example`, which works when copied as it is: an empty value means
"unset" for every setting.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.cards.shelf import CardShelf

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY = "wss://gateway.discord.gg/"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LOREMASTER_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        env_ignore_empty=True,  # `KEY=` in a copied .env.example means unset
    )

    # Storage: one data directory holds the database and uploaded cards.
    data_dir: Path = Path(".")
    db: Path = Field(default=Path("loremaster.db"), description="SQLite database file")

    # Generation backend. auto: OPENAI_BASE_URL set → that server; else the local model.
    backend: Literal["auto", "openai", "local"] = "auto"
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_BASE_URL", "LOREMASTER_OPENAI_BASE_URL"),
    )
    openai_api_key: SecretStr = Field(
        default=SecretStr("not-needed"),
        validation_alias=AliasChoices("OPENAI_API_KEY", "LOREMASTER_OPENAI_API_KEY"),
    )
    # Unset: the server's own model (asked at /v1/models), or the embedded local default.
    model: str | None = None
    model_revision: str | None = None
    context_window: int = Field(default=8192, ge=512, le=2_000_000)
    request_timeout: float = Field(default=60.0, gt=0)  # longest silence mid-stream
    first_byte_timeout: float = Field(default=60.0, gt=0, le=600)  # wait for the first text
    max_retries: int = Field(default=4, ge=0, le=20)
    # Named backends (TOML; see README "Named backends"); unset: only the backend above.
    backends_file: Path | None = None
    # Fernet key(s), comma-separated (newest first), that encrypt keys entered in Discord.
    secret_key: SecretStr | None = None

    # Local backend (transformers)
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"
    device: str = "auto"
    concurrency: int = Field(default=4, ge=1, le=256)
    hf_cache: Path | None = None
    hf_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("HF_TOKEN", "LOREMASTER_HF_TOKEN")
    )

    # Semantic recall: a static embedding model (Hub id or folder); unset = lexical only.
    embedding_model: str | None = None

    # Discord
    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "LOREMASTER_DISCORD_TOKEN")
    )
    dev_guild_id: int | None = None
    discord_api_base: str = DISCORD_API_BASE
    discord_gateway: str = DISCORD_GATEWAY
    guild_ready_timeout: float = Field(default=2.0, ge=0, le=60)
    stream_edit_interval: float = Field(default=1.0, ge=0, le=30)  # seconds between edits
    shutdown_grace: float = Field(default=20.0, ge=0, le=300)  # wait for narrations on SIGTERM

    # Narration
    cards_dir: Path = Path("cards")
    narrator_card: str = "narrator.json"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("model")
    @classmethod
    def _default_means_unset(cls, value: str | None) -> str | None:
        # Older set-ups wrote the literal `default`; it always meant "pick for me".
        return None if value is None or value.strip().lower() in ("", "default") else value

    @model_validator(mode="after")
    def _db_in_data_dir(self) -> Settings:
        # A relative LOREMASTER_DB lives in the data directory, wherever the bot is started.
        if not self.db.is_absolute() and self.data_dir != Path("."):
            self.db = self.data_dir / self.db
        return self

    @property
    def uploads_dir(self) -> Path:
        """Where cards set from Discord are written (the packaged cards dir may be read-only)."""
        return self.data_dir / "uploaded-cards"

    @property
    def card_shelf(self) -> CardShelf:
        return CardShelf(self.cards_dir, self.uploads_dir)

    @property
    def resolved_backend(self) -> Literal["openai", "local"]:
        if self.backend != "auto":
            return self.backend
        return "openai" if self.openai_base_url else "local"


class ConfigError(SystemExit):
    """Start-up stops with one line naming the bad setting and exit code 2."""

    def __init__(self, message: str) -> None:
        print(f"loremaster: configuration error: {message}", file=sys.stderr)
        super().__init__(2)


def _env_name(settings_field: str) -> str:
    field = Settings.model_fields.get(settings_field)
    alias = field.validation_alias if field else None
    if isinstance(alias, AliasChoices):
        return str(alias.choices[0])
    return f"LOREMASTER_{settings_field.upper()}"


def load_settings(**overrides: object) -> Settings:
    """Read settings, or stop start-up with one clear line (exit code 2)."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = str(err["loc"][0]) if err["loc"] else "?"
        raise ConfigError(f"{_env_name(loc)}: {err['msg']}") from None
