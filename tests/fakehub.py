"""A loopback fake of the Hugging Face Hub's download API, for offline tests.

It serves directories as model repos at one commit each: the revision API,
the tree API, and HEAD/GET on `resolve` URLs with the headers the real
`huggingface_hub` client needs (X-Repo-Commit, ETag, Content-Length) and
Range requests. Knobs: gated repos that need a token, and cutting the next
download of a file at a byte offset to exercise resume. It runs on its own
event loop in a thread, so subprocesses and sync code can reach it too.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

LFS_SUFFIXES = (".safetensors", ".bin", ".gguf")


@dataclass
class FakeRepo:
    files: dict[str, bytes]
    sha: str
    tokens: frozenset[str] = frozenset()  # non-empty = gated; these tokens are granted

    @property
    def gated(self) -> bool:
        return bool(self.tokens)


@dataclass
class Request:
    method: str
    path: str
    range: str | None
    authorization: str | None


@dataclass
class FakeHub:
    repos: dict[str, FakeRepo] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    # (repo_id, filename) -> byte offset at which the next GET is cut.
    cuts: dict[tuple[str, str], int] = field(default_factory=dict)
    url: str = ""
    _loop: asyncio.AbstractEventLoop | None = None
    _runner: web.AppRunner | None = None
    _thread: threading.Thread | None = None

    def add_repo(
        self, repo_id: str, directory: Path, *, tokens: frozenset[str] = frozenset(),
        sha: str | None = None,
    ) -> FakeRepo:
        """Serve `directory` as `repo_id`; `sha` pins its commit id (else derived from it)."""
        files = {
            p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*"))
            if p.is_file()
        }
        digest = hashlib.sha1(repo_id.encode())
        for name, data in files.items():
            digest.update(name.encode() + data)
        repo = FakeRepo(files=files, sha=sha or digest.hexdigest(), tokens=tokens)
        self.repos[repo_id] = repo
        return repo

    # --- lifecycle ---------------------------------------------------------

    def start(self) -> FakeHub:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def serve() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._start_server())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, name="fakehub", daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise RuntimeError("fake hub did not start")
        return self

    def stop(self) -> None:
        if self._loop is None or self._runner is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop.close()
        self._loop = None

    async def _start_server(self) -> None:
        app = web.Application()
        app.router.add_get("/api/models/{org}/{name}/revision/{revision}", self._revision)
        app.router.add_get("/api/models/{org}/{name}/tree/{revision}", self._tree)
        # add_get also answers HEAD with the same handler.
        app.router.add_get("/{org}/{name}/resolve/{revision}/{path:.+}", self._resolve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    # --- handlers ----------------------------------------------------------

    def _log(self, request: web.Request) -> None:
        self.requests.append(
            Request(
                request.method,
                request.path,
                request.headers.get("Range"),
                request.headers.get("Authorization"),
            )
        )

    def _lookup(self, request: web.Request) -> tuple[str, FakeRepo]:
        repo_id = f"{request.match_info['org']}/{request.match_info['name']}"
        repo = self.repos.get(repo_id)
        if repo is None:
            raise _error(401, "RepoNotFound", "Repository not found")
        if repo.gated:
            auth = request.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ").strip()
            if token not in repo.tokens:
                status = 401 if not token else 403
                raise _error(status, "GatedRepo", f"Access to model {repo_id} is restricted.")
        revision = request.match_info["revision"]
        if revision not in ("main", repo.sha):
            raise _error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
        return repo_id, repo

    async def _revision(self, request: web.Request) -> web.Response:
        self._log(request)
        repo_id, repo = self._lookup(request)
        return web.json_response({"id": repo_id, "modelId": repo_id, "sha": repo.sha})

    async def _tree(self, request: web.Request) -> web.Response:
        self._log(request)
        _, repo = self._lookup(request)
        entries = []
        for name, data in repo.files.items():
            entry: dict[str, object] = {
                "type": "file",
                "path": name,
                "size": len(data),
                "oid": _git_oid(data),
            }
            if name.endswith(LFS_SUFFIXES):
                entry["lfs"] = {"oid": _sha256(data), "size": len(data), "pointerSize": 134}
            entries.append(entry)
        return web.json_response(entries)

    async def _resolve(self, request: web.Request) -> web.StreamResponse:
        self._log(request)
        repo_id, repo = self._lookup(request)
        name = request.match_info["path"]
        data = repo.files.get(name)
        if data is None:
            raise _error(404, "EntryNotFound", f"{name} does not exist")
        etag = _sha256(data) if name.endswith(LFS_SUFFIXES) else _git_oid(data)
        headers = {"X-Repo-Commit": repo.sha, "ETag": f'"{etag}"', "Accept-Ranges": "bytes"}
        if request.method == "HEAD":
            headers["Content-Length"] = str(len(data))
            return web.Response(status=200, headers=headers)

        start = _range_start(request.headers.get("Range"))
        body = data[start:]
        status = 206 if start else 200
        if start:
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        headers["Content-Length"] = str(len(body))
        cut_at = self.cuts.pop((repo_id, name), None)
        response = web.StreamResponse(status=status, headers=headers)
        await response.prepare(request)
        if cut_at is not None:
            # Send the bytes up to the cut, then drop the connection mid-body.
            await response.write(data[start:cut_at])
            await asyncio.sleep(0.05)
            assert request.transport is not None
            request.transport.close()
            return response
        await response.write(body)
        await response.write_eof()
        return response


def _error(status: int, code: str, message: str) -> web.HTTPException:
    headers = {"X-Error-Code": code, "X-Error-Message": message}
    cls = {401: web.HTTPUnauthorized, 403: web.HTTPForbidden, 404: web.HTTPNotFound}[status]
    return cls(headers=headers, text=message)


def _range_start(header: str | None) -> int:
    if not header or not header.startswith("bytes="):
        return 0
    return int(header.removeprefix("bytes=").split("-", 1)[0] or 0)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _git_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
