"""The operator's backends file, keys sealed at rest, and who picks which backend:
campaign, then server, then operator. Real SQLite, real loopback servers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from cryptography.fernet import Fernet
from pydantic import SecretStr

from bot.config import Settings
from bot.keybox import NO_SECRET_KEY, KeyBox, KeyBoxError
from bot.llm.base import RequestScope
from bot.llm.catalog import CatalogError, load_catalog
from bot.services.backends import BackendService
from bot.services.campaigns import ServiceError
from bot.store import Store
from tests.conftest import cli_command, cli_env
from tests.fakeopenai import FakeOpenAI

KEY = "sk-guild-key-0123456789abcdef"
SECRET = Fernet.generate_key().decode()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "backends.toml"
    path.write_text(text, encoding="utf-8")
    return path


def catalog_text(url: str, extra: str = "") -> str:
    return f"""
default = ["beta"]
[admin_endpoints]
allowed = true
schemes = ["https", "http"]
trusted_hosts = ["127.0.0.1"]
[[backend]]
name = "beta"
base_url = "{url}"
model = "fake"
context_window = 4096
cost_per_1k_input = 0.5
[backend.sampling]
temperature = 0.4
{extra}"""


def test_a_valid_file_is_read(tmp_path: Path) -> None:
    catalog = load_catalog(write(tmp_path, catalog_text("http://127.0.0.1:9/v1")))
    assert catalog.names == ["default", "beta"] and catalog.default == ["beta"]
    spec = catalog.named("beta")
    assert spec is not None and spec.sampling == {"temperature": 0.4}
    assert catalog.admin_endpoints.rules().trusts("127.0.0.1")


@pytest.mark.parametrize(("text", "said"), [
    ("default = [", "not valid TOML"),
    ('[[backend]]\nname = "x"\nbase_url = "https://a/v1"\ncolour = 1', "backend.0.colour"),
    ('[[backend]]\nname = "x"\nkind = "openai"', "kind openai needs base_url"),
    ('[[backend]]\nname = "x"\nbase_url = "https://a/v1"\napi_key_env = "LM_NOT_SET_ANYWHERE"',
     "LM_NOT_SET_ANYWHERE (its api_key_env) is not set"),
    ('default = ["nope"]', "unknown backend(s): nope"),
    ('[[backend]]\nname = "default"\nbase_url = "https://a/v1"', "give yours another name"),
    ('[[backend]]\nname = "Bad Name!"\nbase_url = "https://a/v1"', "is not a backend name"),
    ('[[backend]]\nname = "x"\nbase_url = "https://a/v1"\nsampling = {heat = 1}', "heat"),
    ('[admin_endpoints]\nschemes = ["gopher"]', "admin_endpoints.schemes"),
])
def test_a_wrong_file_is_one_clear_line(tmp_path: Path, text: str, said: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CatalogError) as raised:
        load_catalog(path)
    message = str(raised.value)
    assert message.startswith(str(path)) and said in message and "\n" not in message, message


async def test_the_bot_does_not_start_with_a_wrong_file(tmp_path: Path) -> None:
    path = write(tmp_path, 'default = ["nope"]')
    process = await asyncio.create_subprocess_exec(
        *cli_command("run"), env=cli_env(LOREMASTER_BACKENDS_FILE=str(path),
                                         DISCORD_TOKEN="x.y.z"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    assert "unknown backend(s): nope" in err.decode() and "Traceback" not in err.decode()


def test_keys_are_sealed_and_opened_and_the_operator_key_can_rotate() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed = KeyBox(SecretStr(old)).seal(KEY)
    assert KEY.encode() not in sealed
    assert KeyBox(SecretStr(f"{new},{old}")).open(sealed) == KEY
    with pytest.raises(KeyBoxError, match="cannot be opened"):
        KeyBox(SecretStr(new)).open(sealed)
    with pytest.raises(KeyBoxError, match=r"not a Fernet key.*generate_key"):
        KeyBox(SecretStr("hunter2"))
    with pytest.raises(KeyBoxError, match="LOREMASTER_SECRET_KEY"):
        KeyBox(None).seal(KEY)


@pytest.fixture
async def beta() -> AsyncIterator[FakeOpenAI]:
    fake = await FakeOpenAI(reply=lambda _r: "Beta speaks.").start()
    yield fake
    await fake.stop()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "db.sqlite")
    yield opened
    await opened.close()


def service_for(store: Store, tmp_path: Path, beta: FakeOpenAI,
                secret: str | None = SECRET) -> BackendService:
    settings = Settings(_env_file=None, max_retries=0, secret_key=secret)  # type: ignore[call-arg]
    catalog = load_catalog(write(tmp_path, catalog_text(beta.base_url)))

    class Default:
        context_window = 8192

    return BackendService(store, Default(), catalog, settings,  # type: ignore[arg-type]
                          clock=lambda: 5.0)


async def test_a_key_is_stored_only_sealed_and_removing_the_endpoint_deletes_it(
    store: Store, tmp_path: Path, beta: FakeOpenAI
) -> None:
    service = service_for(store, tmp_path, beta)
    saved = await service.add_endpoint(3, name="Mine", url=beta.base_url, model="", key=KEY,
                                       added_by="9")
    assert saved.name == "mine" and saved.model == "fake"  # the model it serves
    assert beta.keys == [KEY]  # the probe used it
    row = await store.backends.endpoint(3, "mine")
    assert row is not None and row.sealed_key is not None and KEY.encode() not in row.sealed_key
    await store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert not [f for f in sorted(tmp_path.glob("db.sqlite*"))  # noqa: ASYNC240 (a test)
                if KEY.encode() in f.read_bytes()]
    assert KEY not in "\n".join(await service.overview(3))
    await service.choose(3, None, "mine, beta")
    await service.remove_endpoint(3, "mine")
    assert await store.backends.endpoint(3, "mine") is None
    assert await store.backends.choice(3) == ["beta"]  # taken out of the choice too
    with pytest.raises(ServiceError, match="no endpoint called `mine`"):
        await service.remove_endpoint(3, "mine")


async def test_without_the_operator_secret_a_key_is_refused_and_nothing_saved(
    store: Store, tmp_path: Path, beta: FakeOpenAI
) -> None:
    service = service_for(store, tmp_path, beta, secret=None)
    with pytest.raises(ServiceError) as refused:
        await service.add_endpoint(3, name="mine", url=beta.base_url, model="", key=KEY,
                                   added_by="9")
    assert str(refused.value) == f"Not saved: {NO_SECRET_KEY}."
    assert await store.backends.endpoints(3) == [] and beta.keys == []


async def test_a_server_quoting_the_key_in_its_error_never_passes_it_on(
    store: Store, tmp_path: Path, beta: FakeOpenAI
) -> None:
    async def echo(request: web.Request) -> web.Response:
        said = request.headers.get("Authorization", "")
        return web.json_response({"error": {"message": f"bad key {said}"}}, status=401)

    app = web.Application()
    app.router.add_get("/v1/models", echo)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        with pytest.raises(ServiceError) as refused:
            await service_for(store, tmp_path, beta).add_endpoint(
                3, name="mine", url=f"http://127.0.0.1:{port}/v1", model="", key=KEY,
                added_by="9")
    finally:
        await runner.cleanup()
    assert "HTTP 401" in str(refused.value) and "[redacted]" in str(refused.value)
    assert KEY not in str(refused.value)


async def test_the_campaign_list_wins_then_the_server_then_the_operator(
    store: Store, tmp_path: Path, beta: FakeOpenAI
) -> None:
    service = service_for(store, tmp_path, beta)
    campaign = await store.campaigns.create(title="Ember", now=1.0, guild_id=3)
    other = await store.campaigns.create(title="Frost", now=1.0, guild_id=3)

    async def chosen(campaign_id: int | None) -> list[str]:
        routes = await service.routes_for(RequestScope(guild="3", campaign_id=campaign_id))
        return [r.label for r in routes]

    assert await chosen(campaign.id) == ["beta"]  # the operator's default
    await service.choose(3, None, "default")
    assert await chosen(campaign.id) == ["default"] and await chosen(None) == ["default"]
    assert await service.choose(3, campaign, " Beta ; default ") == ["beta", "default"]
    assert await chosen(campaign.id) == ["beta", "default"]
    assert await chosen(other.id) == ["default"]  # the server's choice
    await service.choose(3, campaign, "")
    assert await chosen(campaign.id) == ["default"]
    route = (await service.routes_for(RequestScope(campaign_id=other.id)))[0]
    assert route.key == "default"


@pytest.mark.parametrize(("listed", "said"), [
    ("beta, nope", "No backend is called nope"),
    ("beta, beta", "listed twice"),
    ("a, b, c, d, e", "at most 4"),
])
async def test_a_wrong_choice_is_refused_and_changes_nothing(
    store: Store, tmp_path: Path, beta: FakeOpenAI, listed: str, said: str
) -> None:
    service = service_for(store, tmp_path, beta)
    await service.choose(3, None, "beta")
    with pytest.raises(ServiceError, match=said):
        await service.choose(3, None, listed)
    assert await store.backends.choice(3) == ["beta"]


async def test_servers_cannot_add_endpoints_unless_the_operator_allows_it(
    store: Store, tmp_path: Path, beta: FakeOpenAI
) -> None:
    path = write(tmp_path, f'[[backend]]\nname = "beta"\nbase_url = "{beta.base_url}"')
    settings = Settings(_env_file=None, secret_key=SECRET)  # type: ignore[call-arg]

    class Default:
        context_window = 8192

    service = BackendService(store, Default(), load_catalog(path), settings,  # type: ignore[arg-type]
                             clock=lambda: 5.0)
    with pytest.raises(ServiceError, match="does not let servers add their own endpoints"):
        await service.add_endpoint(3, name="mine", url=beta.base_url, model="", key="",
                                   added_by="9")
    assert await service.names_on(3) == ["default", "beta"] and beta.keys == []
