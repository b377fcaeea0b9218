"""deploy/ runs as written: every path a deploy file names exists, and the bot's data
(database, uploaded cards, model cache) lands in one directory its user may write and that
outlives the container or the service, whatever the operator's copy of `.env.example` says.

The path rules are bot/config.py's contract: a relative LOREMASTER_DB resolves under
LOREMASTER_DATA_DIR (default `.`, the working directory), uploaded cards go to
`<data dir>/uploaded-cards/`, LOREMASTER_HF_CACHE holds models, an empty value means unset.
"""

from __future__ import annotations

import json
import posixpath
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

DEPLOY = REPO / "deploy"
COMPOSE = DEPLOY / "docker-compose.yml"
COMPOSE_VLLM = DEPLOY / "docker-compose.vllm.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
UNIT = DEPLOY / "loremaster.service"
ENV_EXAMPLE = DEPLOY / ".env.example"

# What an operator's env file may say about paths: the example as shipped, relative
# paths (the bot's own defaults, spelled out), and every path emptied (= unset).
PATH_SETTINGS = ("LOREMASTER_DATA_DIR", "LOREMASTER_DB", "LOREMASTER_HF_CACHE",
                 "LOREMASTER_CARDS_DIR", "HF_HOME")
RELATIVE_ENV = {"LOREMASTER_DATA_DIR": ".", "LOREMASTER_DB": "loremaster.db",
                "LOREMASTER_HF_CACHE": "models", "LOREMASTER_CARDS_DIR": "cards"}
EMPTY_ENV = dict.fromkeys(PATH_SETTINGS, "")


def parse_env_file(text: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        env[key.strip()] = value
    return env


def operator_env_files() -> dict[str, dict[str, str]]:
    return {"example": parse_env_file(ENV_EXAMPLE.read_text(encoding="utf-8")),
            "relative": RELATIVE_ENV, "empty": EMPTY_ENV}


ENV_CASES = ["example", "relative", "empty"]


def within(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip("/") + "/")


@dataclass
class BotPaths:
    data_dir: str
    db: str
    uploaded_cards: str
    cards_dir: str
    hf_cache: str | None  # None: huggingface_hub's default under $HOME
    hf_home: str | None


def bot_paths(env: dict[str, str], cwd: str) -> BotPaths:
    """Where the bot reads and writes, by the settings contract (empty = unset)."""

    def setting(name: str) -> str | None:
        return env.get(name) or None

    def absolute(path: str, base: str) -> str:
        return posixpath.normpath(posixpath.join(base, path))

    data_dir = absolute(setting("LOREMASTER_DATA_DIR") or ".", cwd)
    hf_cache, hf_home = setting("LOREMASTER_HF_CACHE"), setting("HF_HOME")
    return BotPaths(
        data_dir=data_dir,
        db=absolute(setting("LOREMASTER_DB") or "loremaster.db", data_dir),
        uploaded_cards=posixpath.join(data_dir, "uploaded-cards"),
        cards_dir=absolute(setting("LOREMASTER_CARDS_DIR") or "cards", cwd),
        hf_cache=absolute(hf_cache, cwd) if hf_cache else None,
        hf_home=absolute(hf_home, cwd) if hf_home else None,
    )


WRITES = ["db", "uploaded_cards", "hf_cache", "hf_home", "data_dir"]


def assert_writes_inside(paths: BotPaths, what: str, writable: list[str], where: str) -> None:
    """What the bot writes lies in its data dir, and that under one of `writable`."""
    value = getattr(paths, what)
    assert value is not None, f"{where}: {what} falls back to a default under $HOME"
    assert any(within(value, w) for w in writable), (
        f"{where}: {what} is {value}, outside {writable}")
    assert within(value, paths.data_dir), (
        f"{where}: {what} is {value}, outside the data directory {paths.data_dir}")


# -- Dockerfile ----------------------------------------------------------------------


@dataclass
class Dockerfile:
    env: dict[str, str] = field(default_factory=dict)
    workdir: str = "/"
    user: str = "root"
    volumes: list[str] = field(default_factory=list)
    copies: list[tuple[list[str], str]] = field(default_factory=list)  # (sources, dest)
    runs: list[str] = field(default_factory=list)
    volume_after_run: int = 0  # how many RUNs came before the first VOLUME


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    instructions, pending = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#") or (not line and not pending):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        logical, pending = pending + line, ""
        keyword, _, args = logical.partition(" ")
        instructions.append((keyword.upper(), args.strip()))
    return instructions


def assignment(word: str) -> tuple[str, str]:
    key, _, value = word.partition("=")
    return key, value


def words_or_json(args: str) -> list[str]:
    return list(json.loads(args)) if args.startswith("[") else shlex.split(args)


def parse_dockerfile(path: Path) -> Dockerfile:
    image = Dockerfile()
    for keyword, args in dockerfile_instructions(path.read_text(encoding="utf-8")):
        if keyword == "ENV":
            words = shlex.split(args)
            if "=" in words[0]:
                image.env.update(assignment(w) for w in words)
            else:
                image.env[words[0]] = " ".join(words[1:])
        elif keyword == "WORKDIR":
            image.workdir = posixpath.join(image.workdir, args)
        elif keyword == "USER":
            image.user = args.split(":")[0]
        elif keyword == "VOLUME":
            if not image.volumes:
                image.volume_after_run = len(image.runs)
            image.volumes += words_or_json(args)
        elif keyword == "COPY":
            words = [w for w in words_or_json(args) if not w.startswith("--")]
            dest = posixpath.join(image.workdir, words[-1])
            image.copies.append((words[:-1], posixpath.normpath(dest)))
        elif keyword == "RUN":
            image.runs.append(args)
    return image


def shell_commands(run: str) -> list[list[str]]:
    return [shlex.split(part) for part in re.split(r"&&|;|\|\|", run) if part.strip()]


def test_image_runs_as_a_user_it_creates() -> None:
    image = parse_dockerfile(DOCKERFILE)
    assert image.user not in ("root", "0"), "the bot must not run as root"
    created = [cmd[-1] for run in image.runs for cmd in shell_commands(run)
               if cmd and cmd[0] in ("useradd", "adduser")]
    assert image.user in created, f"USER {image.user} is never created ({created})"


def test_image_creates_its_data_dir_owned_by_its_user_on_a_volume() -> None:
    image = parse_dockerfile(DOCKERFILE)
    data_dir = image.env.get("LOREMASTER_DATA_DIR", "")
    assert data_dir.startswith("/"), "the image must set an absolute LOREMASTER_DATA_DIR"
    commands = [
        (cmd[0], [w for w in cmd[1:] if not w.startswith("-")])
        for run in image.runs for cmd in shell_commands(run)
    ]
    made = {path for program, args in commands if program == "mkdir" for path in args}
    assert data_dir in made, f"no RUN creates {data_dir}"
    owned = {path for program, args in commands
             if program == "chown" and args and args[0].split(":")[0] == image.user
             for path in args[1:]}
    assert data_dir in owned, f"{data_dir} is not chowned to {image.user}"
    assert data_dir in image.volumes, f"VOLUME {image.volumes} does not hold {data_dir}"
    # Docker discards what a later RUN does to a declared volume (ownership included).
    assert image.volume_after_run == len(image.runs), "VOLUME must follow every RUN"


def dockerignore_allows(source: str) -> bool:
    ignore = DOCKERFILE.with_name(DOCKERFILE.name + ".dockerignore")
    if not ignore.exists():
        return True
    allowed = True
    for line in ignore.read_text(encoding="utf-8").splitlines():
        pattern = line.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negated = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        if pattern == "*" or pattern == source.strip("./"):
            allowed = negated
    return allowed


def test_every_copy_source_exists_and_reaches_the_build() -> None:
    image = parse_dockerfile(DOCKERFILE)
    sources = [s for group, _ in image.copies for s in group]
    assert sources, "the Dockerfile copies nothing"
    for source in sources:
        assert (REPO / source).exists(), f"COPY {source}: not in the repository"
        assert dockerignore_allows(source), f"COPY {source}: excluded by the .dockerignore"


# -- docker compose --------------------------------------------------------------------


def load_yaml(path: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def merge(base: Any, override: Any) -> Any:
    """Compose's merge of -f files, for the mappings these files use."""
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    return override


VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}")


def interpolate(value: str, env: dict[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name, operator, default = match.groups()
        if operator == ":-":
            return env.get(name) or default
        if operator == "-":
            return env.get(name, default)
        return env.get(name, "")

    return VARIABLE.sub(substitute, value.replace("$$", "\0")).replace("\0", "$")


def strings_in(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for key, v in node.items() for s in [str(key), *strings_in(v)]]
    if isinstance(node, list):
        return [s for v in node for s in strings_in(v)]
    return [node] if isinstance(node, str) else []


def as_mapping(environment: Any) -> dict[str, str]:
    if isinstance(environment, list):
        return dict(item.split("=", 1) for item in environment)
    return {k: "" if v is None else str(v) for k, v in (environment or {}).items()}


COMPOSE_FILES = [COMPOSE, COMPOSE_VLLM]
# What `docker compose -f ...` is run with, as the files' headers say.
SETUPS = {"bot": [COMPOSE], "bot+vllm": [COMPOSE, COMPOSE_VLLM]}


def load_compose(setup: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in SETUPS[setup]:
        merged = merge(merged, load_yaml(path))
    return merged


@pytest.mark.parametrize("setup", SETUPS)
def test_compose_paths_exist(setup: str) -> None:
    compose = load_compose(setup)
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        build = service.get("build")
        if build:
            context = (DEPLOY / build["context"]).resolve()
            assert context.is_dir(), f"{name}: build context {context} is missing"
            dockerfile = context / build.get("dockerfile", "Dockerfile")
            assert dockerfile.is_file(), f"{name}: {dockerfile} is missing"
        env_files = service.get("env_file") or []
        for entry in [env_files] if isinstance(env_files, str) else env_files:
            env_file = DEPLOY / (entry if isinstance(entry, str) else entry["path"])
            example = env_file.with_name(env_file.name + ".example")
            assert env_file.exists() or example.exists(), (
                f"{name}: env_file {env_file} has no {example.name} to copy it from")
        for volume in service.get("volumes") or []:
            source = volume.split(":")[0] if isinstance(volume, str) else volume["source"]
            if source.startswith((".", "/", "~")):
                assert (DEPLOY / source).exists(), f"{name}: {source} is missing"
            else:
                assert source in declared, f"{name}: volume {source} is not declared"


@pytest.mark.parametrize("path", COMPOSE_FILES, ids=lambda p: p.name)
def test_compose_variables_have_a_default_or_are_documented(path: Path) -> None:
    documented = set(parse_env_file(ENV_EXAMPLE.read_text(encoding="utf-8")))
    text = "\n".join(strings_in(load_yaml(path))).replace("$$", "")
    undefined = {name for name, operator, _ in VARIABLE.findall(text)
                 if not operator and name not in documented}
    assert not undefined, f"{path.name}: no default and not in .env.example: {undefined}"
    assert "$" not in VARIABLE.sub("", text), f"{path.name}: a $VAR without braces"


def bot_runtime(compose: dict[str, Any], env_file: dict[str, str]) -> tuple[dict[str, str], str]:
    """The bot container's environment and working directory: the image's ENV, then the
    env_file, then `environment:` (compose's order of precedence)."""
    bot = compose["services"]["bot"]
    image = parse_dockerfile(DEPLOY / bot["build"]["context"] / bot["build"]["dockerfile"])
    env = {**image.env, **env_file}
    env.update({k: interpolate(v, env_file) for k, v in as_mapping(bot["environment"]).items()}
               if "environment" in bot else {})
    return env, bot.get("working_dir", image.workdir)


def named_volume_targets(compose: dict[str, Any]) -> list[str]:
    targets = []
    for volume in compose["services"]["bot"].get("volumes") or []:
        source, target = volume.split(":")[:2]
        if not source.startswith((".", "/", "~")):
            targets.append(target)
    return targets


@pytest.mark.parametrize("what", WRITES)
@pytest.mark.parametrize("case", ENV_CASES)
@pytest.mark.parametrize("setup", SETUPS)
def test_compose_bot_keeps_its_data_on_the_named_volume(setup: str, case: str, what: str) -> None:
    compose = load_compose(setup)
    env, cwd = bot_runtime(compose, operator_env_files()[case])
    paths = bot_paths(env, cwd)
    assert_writes_inside(paths, what, named_volume_targets(compose), f"compose, {case} .env")


@pytest.mark.parametrize("case", ENV_CASES)
@pytest.mark.parametrize("setup", SETUPS)
def test_compose_bot_reads_the_cards_the_image_ships(setup: str, case: str) -> None:
    compose = load_compose(setup)
    env, cwd = bot_runtime(compose, operator_env_files()[case])
    image = parse_dockerfile(DOCKERFILE)
    shipped = [dest for sources, dest in image.copies if sources == ["cards"]]
    assert bot_paths(env, cwd).cards_dir in shipped


def test_compose_vllm_file_points_the_bot_at_its_server() -> None:
    compose = load_compose("bot+vllm")
    bot, vllm = compose["services"]["bot"], compose["services"]["vllm"]
    assert "vllm" in (bot.get("depends_on") or {})
    for env_file in operator_env_files().values():
        env, _ = bot_runtime(compose, env_file)
        assert re.fullmatch(r"http://vllm:8000/v1", env.get("OPENAI_BASE_URL", "")), env
        command = [interpolate(word, env_file) for word in vllm["command"]]
        flag = "--served-model-name" if "--served-model-name" in command else "--model"
        served = command[command.index(flag) + 1]
        assert env.get("LOREMASTER_MODEL") == served, "the bot must ask for the served model"


# -- systemd -----------------------------------------------------------------------


def parse_unit(path: Path) -> dict[str, list[str]]:
    """`Section.Key` -> values, in order; continuation lines joined."""
    settings: dict[str, list[str]] = {}
    section, pending = "", ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith(("#", ";")) or (not line and not pending):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line, pending = pending + line, ""
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        settings.setdefault(f"{section}.{key.strip()}", []).append(value.strip())
    return settings


def unit_value(unit: dict[str, list[str]], key: str) -> str:
    return (unit.get(f"Service.{key}") or [""])[-1]


@dataclass
class ServiceRuntime:
    env: dict[str, str]
    cwd: str
    program: str
    writable: list[str]


def service_runtime(unit: dict[str, list[str]], env_file: dict[str, str]) -> ServiceRuntime:
    """The service's environment, in systemd's order: Environment=, then EnvironmentFile=
    (it overrides Environment=), then assignments an `env` wrapper puts on ExecStart."""
    env: dict[str, str] = {}
    for line in unit.get("Service.Environment", []):
        env.update(assignment(word) for word in shlex.split(line))
    env.update(env_file)
    argv = shlex.split(unit_value(unit, "ExecStart"))
    if posixpath.basename(argv[0]) == "env":
        argv = argv[1:]
        while argv and "=" in argv[0]:
            env.update([assignment(argv.pop(0))])
    writable = [f"/var/lib/{d}" for v in unit.get("Service.StateDirectory", []) for d in v.split()]
    writable += [p.lstrip("-") for v in unit.get("Service.ReadWritePaths", []) for p in v.split()]
    return ServiceRuntime(env, unit_value(unit, "WorkingDirectory") or "/", argv[0], writable)


def sandboxed(unit: dict[str, list[str]]) -> bool:
    return (unit_value(unit, "ProtectSystem") == "strict"
            or unit_value(unit, "DynamicUser") in ("yes", "true", "1"))


@pytest.mark.parametrize("what", WRITES)
@pytest.mark.parametrize("case", ENV_CASES)
def test_unit_writes_only_where_its_sandbox_allows(case: str, what: str) -> None:
    unit = parse_unit(UNIT)
    assert sandboxed(unit), "the unit should keep the file system read-only but for its state"
    runtime = service_runtime(unit, operator_env_files()[case])
    assert_writes_inside(bot_paths(runtime.env, runtime.cwd), what, runtime.writable,
                         f"unit, {case} env file")


@pytest.mark.parametrize("case", ENV_CASES)
def test_unit_reads_the_cards_of_the_install_it_runs(case: str) -> None:
    runtime = service_runtime(parse_unit(UNIT), operator_env_files()[case])
    install = runtime.program.split("/.venv/")[0]
    assert bot_paths(runtime.env, runtime.cwd).cards_dir == f"{install}/cards"


def test_unit_creates_its_user_and_state_directory() -> None:
    unit = parse_unit(UNIT)
    assert unit_value(unit, "DynamicUser") in ("yes", "true", "1"), (
        "User= names an account nothing creates; DynamicUser= makes one per start")
    assert unit_value(unit, "StateDirectory"), "StateDirectory= creates the data dir, owned"


def test_unit_working_directory_and_environment_file_agree() -> None:
    unit = parse_unit(UNIT)
    runtime = service_runtime(unit, {})
    assert runtime.cwd == bot_paths(runtime.env, runtime.cwd).data_dir, (
        "WorkingDirectory= should be the data dir, so any relative path lands in it")
    assert any(within(runtime.cwd, w) for w in runtime.writable), (
        f"WorkingDirectory={runtime.cwd} is not writable ({runtime.writable})")
    env_file = unit_value(unit, "EnvironmentFile").lstrip("-")
    assert env_file.startswith("/"), "EnvironmentFile= must be absolute"
    # The service must not be able to rewrite its own secrets.
    assert not any(within(env_file, w) for w in runtime.writable)
    assert env_file in UNIT.read_text(encoding="utf-8").split("[Unit]")[0], (
        "the header should tell the operator where the settings go")


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed")
def test_unit_passes_systemd_analyze_verify() -> None:
    # verify needs ExecStart's program to exist: /usr/bin/env does everywhere; the bot's own
    # path after it is checked by test_unit_reads_the_cards_of_the_install_it_runs.
    result = subprocess.run([str(SYSTEMD_ANALYZE), "verify", str(UNIT)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True,
                                 timeout=30, check=False).returncode == 0:
        return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


@pytest.mark.parametrize("setup", SETUPS)
def test_compose_itself_reads_the_files_as_these_tests_do(setup: str, tmp_path: Path) -> None:
    """The real compose validates the files and confirms that `environment:` beats
    env_file; it runs on a copy so that no operator's deploy/.env is touched."""
    compose_cli = compose_command()
    if compose_cli is None:
        pytest.skip("neither docker compose nor docker-compose is installed")
    copy = tmp_path / "deploy"
    shutil.copytree(DEPLOY, copy, ignore=shutil.ignore_patterns(".env"))
    env_file = {**operator_env_files()["example"], **RELATIVE_ENV}
    (copy / ".env").write_text("".join(f"{k}={v}\n" for k, v in env_file.items()))
    files = [arg for path in SETUPS[setup] for arg in ("-f", str(copy / path.name))]
    result = subprocess.run([*compose_cli, *files, "config"], cwd=copy, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    resolved = as_mapping(yaml.safe_load(result.stdout)["services"]["bot"]["environment"])
    expected, _ = bot_runtime(load_compose(setup), env_file)
    pinned = [*PATH_SETTINGS, "OPENAI_BASE_URL", "LOREMASTER_MODEL"]
    assert {k: resolved.get(k) for k in pinned} == {k: expected.get(k) for k in pinned}
