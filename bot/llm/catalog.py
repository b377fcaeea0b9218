"""The operator's named backends: a TOML file (LOREMASTER_BACKENDS_FILE), validated.

The backend configured by the environment (OPENAI_BASE_URL or the local model) is
always there, named `default`; the file adds others that servers and campaigns may
pick, and says whether server admins may add their own endpoints. Keys of named
backends come from environment variables the file names, never from the file.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.config import Settings
from bot.llm.base import LLMBackend, LLMError, SamplingSettings
from bot.llm.ssrf import EndpointRules

DEFAULT_NAME = "default"
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
MAX_FAILOVER = 4  # backends one campaign may list


class CatalogError(ValueError):
    """The backends file is wrong; the message names the file and the field."""


def valid_name(name: str) -> str:
    name = name.strip().lower()
    if not NAME_PATTERN.fullmatch(name):
        raise ValueError(f"{name!r} is not a backend name (a-z, 0-9, - and _, at most 32)")
    return name


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BackendSpec(_Strict):
    name: str
    kind: Literal["openai", "local"] = "openai"
    base_url: str | None = None  # the server's /v1 URL (openai)
    model: str | None = None  # unset: the server's own model / the embedded default
    revision: str | None = None  # local models: a branch, tag or commit
    context_window: int = Field(default=8192, ge=512, le=2_000_000)
    api_key_env: str | None = None  # the environment variable holding its key
    sampling: dict[str, Any] = Field(default_factory=dict)  # where card and campaign say nothing
    cost_per_1k_input: float = Field(default=0.0, ge=0)  # in the operator's currency
    cost_per_1k_output: float = Field(default=0.0, ge=0)
    request_timeout: float | None = Field(default=None, gt=0)
    first_byte_timeout: float | None = Field(default=None, gt=0, le=600)
    max_retries: int | None = Field(default=None, ge=0, le=20)

    @field_validator("name")
    @classmethod
    def _valid_name(cls, value: str) -> str:
        return valid_name(value)

    @field_validator("sampling")
    @classmethod
    def _known_sampling(cls, value: dict[str, Any]) -> dict[str, Any]:
        SamplingSettings(**value)  # unknown keys and out-of-range values fail here
        return value

    @model_validator(mode="after")
    def _server_has_url(self) -> BackendSpec:
        if self.kind == "openai" and not self.base_url:
            raise ValueError(f"backend {self.name}: kind openai needs base_url")
        if self.api_key_env and not os.environ.get(self.api_key_env):
            raise ValueError(f"backend {self.name}: environment variable "
                             f"{self.api_key_env} (its api_key_env) is not set")
        return self

    def api_key(self) -> str:
        return os.environ.get(self.api_key_env, "") if self.api_key_env else ""


Scheme = Literal["https", "http"]


def _https_only() -> list[Scheme]:
    return ["https"]


class AdminEndpoints(_Strict):
    """Whether server admins may add OpenAI-compatible endpoints of their own, and where."""

    allowed: bool = False
    schemes: list[Scheme] = Field(default_factory=_https_only)
    # Hosts trusted whatever they resolve to (a model server on your network; tests).
    trusted_hosts: list[str] = Field(default_factory=list)
    per_server: int = Field(default=3, ge=0, le=25)

    def rules(self) -> EndpointRules:
        return EndpointRules.of(self.schemes, self.trusted_hosts)


class BackendCatalog(_Strict):
    default: list[str] = Field(default_factory=lambda: [DEFAULT_NAME], min_length=1,
                               max_length=MAX_FAILOVER)
    backends: list[BackendSpec] = Field(default_factory=list, alias="backend")
    admin_endpoints: AdminEndpoints = Field(default_factory=AdminEndpoints)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _names_make_sense(self) -> BackendCatalog:
        names = [b.name for b in self.backends]
        if DEFAULT_NAME in names:
            raise ValueError(f"'{DEFAULT_NAME}' names the backend set by the environment; "
                             "give yours another name")
        if len(set(names)) != len(names):
            raise ValueError("two backends share a name")
        unknown = [n for n in self.default if n != DEFAULT_NAME and n not in names]
        if unknown:
            raise ValueError(f"default names unknown backend(s): {', '.join(unknown)}")
        return self

    def named(self, name: str) -> BackendSpec | None:
        return next((b for b in self.backends if b.name == name), None)

    @property
    def names(self) -> list[str]:
        return [DEFAULT_NAME, *(b.name for b in self.backends)]

    def secrets(self) -> list[str]:
        """The keys of named backends, for the log's redaction filter."""
        return [key for b in self.backends if (key := b.api_key())]


def load_catalog(path: Path | None) -> BackendCatalog:
    """The catalog in the file, or the default catalog without one; CatalogError says
    what is wrong in one line."""
    if path is None:
        return BackendCatalog()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: not valid TOML ({exc})") from None
    try:
        return BackendCatalog.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(part) for part in err["loc"]) or "file"
        raise CatalogError(f"{path}: {where}: {err['msg']}") from None


async def build_named(spec: BackendSpec, settings: Settings) -> LLMBackend:
    """The backend a spec describes (a local model is loaded here, on first use)."""
    if spec.kind == "local":
        try:  # heavy and optional, as for the default backend
            from bot.llm.local import LocalBackend
        except ImportError:
            raise LLMError(f"backend {spec.name} is a local model, which needs "
                           "pip install -e '.[local]'") from None
        local = settings.model_copy(update={
            "model": spec.model, "model_revision": spec.revision,
            "context_window": spec.context_window})
        return await LocalBackend.from_settings(local)
    from bot.llm.openai_compat import OpenAICompatBackend

    assert spec.base_url is not None
    return OpenAICompatBackend(
        base_url=spec.base_url, api_key=spec.api_key() or "not-needed", model=spec.model,
        context_window=spec.context_window,
        timeout=spec.request_timeout or settings.request_timeout,
        first_byte_timeout=spec.first_byte_timeout or settings.first_byte_timeout,
        max_retries=settings.max_retries if spec.max_retries is None else spec.max_retries,
    )
