"""`loremaster eval models`: two models narrate held-out scenes, the guards score them.

The served models are the loopback OpenAI-compatible server answering with known
narrations (so the failure rates are known); the local one is the tiny random model.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.engine.guards import GUARD_NAMES, GuardContext, check_narration
from bot.llm.base import SamplingSettings
from bot.training.eval_report import ANY_GUARD
from bot.training.model_eval import EvalPlan, evaluate_models
from bot.training.model_source import LocalModel, ServedModel, resolve
from bot.training.scenes import load_scenes
from tests.fakeopenai import FakeOpenAI

PLAYERS = ["Ana", "Bo"]
SYSTEM = "You are the game master of a multiplayer role-play campaign."
EARLIER = ("Rain needles the harbour lanterns as the tide turns. The dockmaster squints at "
           "the newcomers, lantern raised, and the gulls go quiet.")
# What the "bad" model says in each scene: one failure of each guard, and one clean scene.
BAD = {
    "s-impersonation": 'Ana: "I don\'t trust him."\nBo: "Neither do I, but we need the map."\n'
                       "The merchant smiles, pretending not to hear.",
    "s-assistant": "As an AI language model, I cannot continue this story. Is there anything "
                   "else I can help you with?",
    "s-repetition": EARLIER,
    "s-clean": "Ana's torch gutters in the draft from the stairwell. Somewhere below, water "
               "drips in a slow, patient rhythm, and the smell of old smoke clings to the stones.",
}
GOOD = ("Boots ring on the pier before the mist shows who wears them: six wardens in grey "
        "cloaks, halberds low. What do you do?")


def scene_row(scene_id: str) -> dict[str, Any]:
    return {
        "id": scene_id,
        "prompt": [
            {"role": "system", "content": SYSTEM},
            {"role": "assistant", "content": EARLIER},
            {"role": "user", "content": f"[{scene_id}] Ana: I ask the dockmaster about the "
                                        "wreck. Bo: I watch the wardens."},
        ],
        "players": PLAYERS,
        "declared_actions": {"Ana": "I ask the dockmaster about the wreck",
                             "Bo": "I watch the wardens"},
    }


def write_scenes(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(json.dumps(scene_row(i)) + "\n" for i in ids), encoding="utf-8")
    return path


def scripted_reply(request: dict[str, Any]) -> str:
    """The "good" model always narrates cleanly; the "bad" one says BAD[scene]."""
    if request["model"] == "good":
        return GOOD
    marker = request["messages"][-1]["content"]
    return next(text for scene, text in BAD.items() if f"[{scene}]" in marker)


@pytest.fixture
def scripted(fake_openai: FakeOpenAI) -> FakeOpenAI:
    fake_openai.models = ["good", "bad"]
    fake_openai.reply = scripted_reply
    return fake_openai


def test_the_scripted_narrations_fail_the_guards_they_are_meant_to() -> None:
    """The premise of the rates below: each BAD text fails exactly its one guard."""
    ctx = GuardContext(players=PLAYERS, previous=[EARLIER])
    expected = {"s-impersonation": {"impersonation"}, "s-assistant": {"assistant_voice"},
                "s-repetition": {"repetition"}, "s-clean": set()}
    assert {s: check_narration(t, ctx).failed_guards() for s, t in BAD.items()} == expected
    assert check_narration(GOOD, ctx).passed


async def test_cli_prints_each_models_failure_rate_per_guard(
    scripted: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scenes = write_scenes(tmp_path / "scenes.jsonl", list(BAD))
    saved = tmp_path / "narrations.jsonl"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-eval-secret")
    args = ["eval", "models", "--scenes", str(scenes), "--samples", "2", "--seed", "40",
            "--model-a", f"{scripted.base_url}#bad", "--model-b", f"{scripted.base_url}#good",
            "--save", str(saved), "--json"]
    # The command runs its own event loop: in a thread, while the fake serves on this one.
    code = await asyncio.wait_for(asyncio.to_thread(main, args), 60)
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    bad, good = report["models"]
    assert (report["scenes"], report["samples"]) == (4, 2)
    assert bad["failure_rates"] == {**dict.fromkeys(GUARD_NAMES, 0.25), ANY_GUARD: 0.75}
    assert bad["failures"] == {**dict.fromkeys(GUARD_NAMES, 2), ANY_GUARD: 6}
    assert good["failure_rates"] == dict.fromkeys((*GUARD_NAMES, ANY_GUARD), 0.0)
    assert (bad["scored"], bad["errors"], good["scored"]) == (8, 0, 8)
    assert bad["label"] == f"127.0.0.1:{scripted.port}/v1#bad"
    # Both models met every scene with the same seeds, and no stop strings by default.
    asked = [(r["model"], r["messages"][-1]["content"].split("]")[0][1:], r["seed"])
             for r in scripted.requests]
    every = sorted((scene, seed) for scene in BAD for seed in (40, 41))
    for model in ("bad", "good"):
        assert sorted((scene, seed) for m, scene, seed in asked if m == model) == every
    assert all("stop" not in r for r in scripted.requests)
    rows = [json.loads(line) for line in saved.read_text().splitlines()]
    assert len(rows) == 16
    impersonating = [r for r in rows if r["model"] == "A" and r["scene"] == "s-impersonation"]
    assert [r["failed"] for r in impersonating] == [["impersonation"]] * 2
    assert "sk-eval-secret" not in out + err + saved.read_text()

    # The table: one row per guard, one column per model.
    code = await asyncio.wait_for(asyncio.to_thread(main, args[:-3]), 60)
    table = capsys.readouterr().out.splitlines()
    assert code == 0
    assert "guards' failure rates on 4 scenes x 2 samples" in table[0]
    assert table[1].split() == ["A", "=", f"127.0.0.1:{scripted.port}/v1#bad"]
    rows = {line[:20].strip(): line[20:].split() for line in table[4:]}
    assert rows["impersonation"] == rows["repetition"] == ["0.250", "0.000"]
    assert rows["any guard"] == ["0.750", "0.000"]
    assert rows["scored"] == ["8", "8"] and rows["failed to generate"] == ["0", "0"]


async def test_failed_generations_are_counted_apart_from_the_rates(
    scripted: FakeOpenAI, tmp_path: Path
) -> None:
    scenes = load_scenes(write_scenes(tmp_path / "scenes.jsonl", ["s-assistant", "s-clean"]))
    scripted.faults = ["empty_stream"]  # the first narration ends with no text: not canon
    plan = EvalPlan(sampling=SamplingSettings(max_tokens=200), live_stops=True)
    source = ServedModel(scripted.base_url, "bad", "bad")
    (tally,), narrations = await evaluate_models([source], scenes, plan)
    assert (tally.scored, tally.errors) == (1, 1)
    assert narrations[0].text is None and narrations[0].error
    assert tally.rate("assistant_voice") == 0.0 and tally.rate(ANY_GUARD) == 0.0
    # --live-stops sends the live narrator's stop strings for the scene's players.
    assert "\nAna:" in scripted.requests[-1]["stop"]


async def test_a_local_model_narrates_with_the_same_seeds_for_both_sides(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    """The same model as A and B gives the same narrations, so the comparison is fair;
    the rates are the guards' verdicts on those narrations."""
    scenes = load_scenes(write_scenes(tmp_path / "scenes.jsonl", ["s-clean", "s-assistant"]))
    plan = EvalPlan(samples=2, seed=3, sampling=SamplingSettings(max_tokens=12))
    source = LocalModel(tiny_model_dir, "tiny")
    tallies, narrations = await evaluate_models([source, source], scenes, plan, device="cpu")
    a_texts = [n.text for n in narrations if n.model == "A"]
    b_texts = [n.text for n in narrations if n.model == "B"]
    assert len(a_texts) == 4 and a_texts == b_texts
    assert len(set(a_texts)) > 1, "different seeds gave the same narration"
    assert all(text for text in a_texts)
    for tally in tallies:
        assert tally.scored == 4 and tally.errors == 0
        for guard in GUARD_NAMES:
            flagged = sum(guard in n.failed for n in narrations if n.model == "A")
            assert tally.rate(guard) == flagged / 4
    scene_of = {s.scene_id: s for s in scenes}
    for n in narrations:
        verdict = check_narration(n.text or "", scene_of[n.scene_id].context).failed_guards()
        assert set(n.failed) == verdict


@pytest.mark.parametrize(("row", "says"), [
    ({"prompt": [{"role": "user", "content": "hi"}]}, "'players' is missing"),
    ({"prompt": [], "players": ["Ana"]}, "prompt must be a non-empty list"),
    ({"messages": [{"role": "narrator", "content": "x"}], "players": []}, "role 'narrator'"),
])
def test_a_bad_scene_file_is_refused_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: dict[str, Any], says: str
) -> None:
    scenes = tmp_path / "scenes.jsonl"
    scenes.write_text(json.dumps(scene_row("ok")) + "\n" + json.dumps(row) + "\n")
    code = main(["eval", "models", "--scenes", str(scenes), "--model-a", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{scenes}:2" in err and says in err


def test_a_missing_model_is_refused_before_anything_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenes = write_scenes(tmp_path / "scenes.jsonl", ["s-clean"])
    code = main(["eval", "models", "--scenes", str(scenes),
                 "--model-a", str(tmp_path / "nowhere")])
    assert code == 2
    assert "no such model folder" in capsys.readouterr().err


def test_a_hub_repo_id_must_already_be_pulled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenes = write_scenes(tmp_path / "scenes.jsonl", ["s-clean"])
    code = main(["eval", "models", "--scenes", str(scenes), "--model-a", "acme/not-pulled",
                 "--cache-dir", str(tmp_path / "empty-cache")])
    assert code == 2
    assert "loremaster models pull acme/not-pulled" in capsys.readouterr().err


def test_bad_sampling_settings_get_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenes = write_scenes(tmp_path / "scenes.jsonl", ["s-clean"])
    code = main(["eval", "models", "--scenes", str(scenes), "--model-a", str(tmp_path),
                 "--temperature", "7"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: --temperature:") and err.count("\n") == 1


def test_a_server_url_keeps_its_credentials_out_of_the_label() -> None:
    source = resolve("https://user:hunter2@llm.example:8443/v1#narrator-7b")
    assert isinstance(source, ServedModel)
    assert source.model == "narrator-7b"
    assert source.base_url == "https://user:hunter2@llm.example:8443/v1"
    assert source.label == "llm.example:8443/v1#narrator-7b"
