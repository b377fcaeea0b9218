"""Semantic recall plumbing: a tiny static embedding model built here, pulled through the
real huggingface_hub from the loopback fake hub, its vectors stored in SQLite and fused
into recall: a question that shares no word with a fact reaches it by meaning."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from huggingface_hub import constants
from safetensors.numpy import save_file
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

from bot.llm.embedding import load_embedder
from bot.services.semantic import SemanticRecall
from tests.fakehub import FakeHub
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, filler, request_kind, seat_table

REPO_ID = "loopback/tiny-static"
FACT = "I leave my cloak with the ferryman at the jetty."
QUESTION = "Where is that boatman now?"
VOCAB = ["[UNK]", "ferryman", "boatman", "cloak", "jetty", "gulls", "rope", "crates"]
DIM = 16


def build_static_model(folder: Path) -> Path:
    """A model2vec-shaped model: a word-level tokenizer and one vector per token, random
    except that "boatman" and "ferryman" share theirs (a synonym, as a real model learns)."""
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = Tokenizer(models.WordLevel({w: i for i, w in enumerate(VOCAB)},
                                           unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.save(str(folder / "tokenizer.json"))
    table = np.random.default_rng(3).normal(size=(len(VOCAB), DIM)).astype(np.float32)
    table[VOCAB.index("boatman")] = table[VOCAB.index("ferryman")]
    save_file({"embeddings": table}, str(folder / "model.safetensors"))
    (folder / "config.json").write_text('{"model_type": "model2vec"}')
    return folder


@pytest.fixture
def static_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    hub = FakeHub()
    hub.add_repo(REPO_ID, build_static_model(tmp_path / "model"))
    hub.start()
    # huggingface_hub read HF_ENDPOINT at import: point its constants at the fake instead.
    monkeypatch.setattr(constants, "ENDPOINT", hub.url)
    monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE",
                        hub.url + "/{repo_id}/resolve/{revision}/{filename}")
    yield hub
    hub.stop()


async def play(fake: FakeOpenAI, db: Path, semantic: bool, cache: Path) -> str:
    """Plant the fact, let it leave the window, ask for it in other words; the last
    narration prompt's final turn."""
    fake.reply = Router()
    table = await seat_table(fake, db)
    if semantic:
        table.memory.semantic = SemanticRecall(
            table.store, lambda: load_embedder(REPO_ID, cache_dir=cache), REPO_ID)
    try:
        await table.round({"ana": FACT, "ben": "I keep watch on the quay."})
        for n in range(12):
            await table.round(filler(n))
        await table.memory.drain()
        await table.round({"ana": "I stretch my legs.", "ben": QUESTION})
    finally:
        await table.close()
    last = [r for r in fake.requests if request_kind(r) == "narration"][-1]
    assert not any(FACT in m["content"] for m in last["messages"][1:-1])  # out of the window
    return str(last["messages"][-1]["content"])


async def test_a_question_in_other_words_is_recalled_by_meaning(
    static_hub: FakeHub, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    final = await play(fake_openai, tmp_path / "semantic.db", True, tmp_path / "hf")
    assert "(round 1, Mira) " + FACT in final
    assert any(r.path.endswith("model.safetensors") for r in static_hub.requests)
    with sqlite3.connect(tmp_path / "semantic.db") as db:
        sizes = {n for (n,) in db.execute("SELECT length(vector) FROM post_vectors")}
        count = db.execute("SELECT count(*) FROM post_vectors").fetchone()[0]
    assert sizes == {DIM * 4} and count >= 26  # float32 vectors of every story post


async def test_without_a_model_the_words_alone_do_not_reach_it(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    final = await play(fake_openai, tmp_path / "lexical.db", False, tmp_path / "hf")
    assert FACT not in final  # the control: only the vectors make the difference


async def test_a_broken_model_turns_semantic_recall_off_and_recall_goes_on(
    fake_openai: FakeOpenAI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "tokenizer.json").write_text("not json")
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, tmp_path / "broken.db")
    table.memory.semantic = SemanticRecall(
        table.store, lambda: load_embedder(str(broken)), str(broken))
    try:
        await table.round({"ana": FACT, "ben": QUESTION})
        await table.memory.drain()
        await table.round({"ana": "I wait.", "ben": QUESTION})
    finally:
        await table.close()
    assert len([r for r in fake_openai.requests if request_kind(r) == "narration"]) == 2
    assert "semantic recall off" in caplog.text and "not a static embedding model" in caplog.text
