"""The optional model-judged impersonation check, against the loopback OpenAI server:
its request (strict JSON schema), how its answer joins the rules, and that a timeout,
an HTTP error or garbage falls back to the rules without holding up a narration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.engine.guards import GuardContext, check_narration
from bot.engine.guards.judged import JUDGE_SCHEMA, JudgeAnswerError, parse_answer
from bot.llm.openai_compat import OpenAICompatBackend
from bot.services.guard_judge import judge_enabled, judge_narration
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, table

# Clean for the rules: nobody is named doing anything; only a reader sees that Bo answers.
SUBTLE = ("The dockmaster leans on his ledger. \"Who vouches for you?\" A moment passes. "
          "Then a voice from the back says the harbour-master does, and the dockmaster nods.")
CTX = GuardContext(["Ana", "Bo"], declared_actions={"Ana": "I look around."})


def _is_judge(request: dict[str, Any]) -> bool:
    return (request.get("response_format") or {}).get("json_schema", {}).get(
        "schema") == JUDGE_SCHEMA


def _answer(**flags: dict[str, bool]) -> str:
    return json.dumps({"characters": [
        {"name": name, **{k: v.get(k, False) for k in ("acts", "speaks", "thinks", "feels")}}
        for name, v in flags.items()]})


@pytest.fixture
async def backend(fake_openai: FakeOpenAI):
    client = OpenAICompatBackend(base_url=fake_openai.base_url, api_key="sk-test",
                                 model="fake", max_retries=0)
    yield client
    await client.aclose()


async def test_the_request_asks_for_strict_json_and_names_the_characters(
    fake_openai: FakeOpenAI, backend: OpenAICompatBackend
) -> None:
    fake_openai.reply = lambda request: _answer(Bo={"speaks": True})
    result = await judge_narration(backend, SUBTLE, CTX)
    [request] = fake_openai.requests
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["schema"] == JUDGE_SCHEMA
    prompt = "\n".join(m["content"] for m in request["messages"])
    assert "Ana, Bo" in prompt and "I look around." in prompt and SUBTLE in prompt
    assert result.error is None and result.verdict == {"Bo": ["speaks"]}
    assert result.prompt_tokens > 0 and result.completion_tokens > 0 and result.ms > 0


async def test_its_answer_is_joined_with_the_rules(
    fake_openai: FakeOpenAI, backend: OpenAICompatBackend
) -> None:
    assert check_narration(SUBTLE, CTX).passed  # the rules alone miss it
    fake_openai.reply = lambda request: _answer(Bo={"speaks": True}, Ana={"acts": True})
    result = await judge_narration(backend, SUBTLE, CTX)
    report = check_narration(SUBTLE, CTX, judged=result.verdict)
    # Bo spoke; Ana only acted, and her player declared a move this round.
    assert [f.reason for f in report.findings] == ["the model judge: speaks for Bo"]


@pytest.mark.parametrize(("setup", "why"), [
    (lambda fake: setattr(fake, "fail_next", [500]), "backend error"),
    (lambda fake: setattr(fake, "reply", lambda r: "Sure! Bo speaks."), "unusable answer"),
    (lambda fake: setattr(fake, "reply", lambda r: '{"characters": [{"name": "Bo"}]}'),
     "unusable answer"),
    (lambda fake: setattr(fake, "first_chunk_delay", 5.0), "no answer within"),
])
async def test_a_failed_judge_leaves_the_rules_alone(
    fake_openai: FakeOpenAI, backend: OpenAICompatBackend, setup: Any, why: str
) -> None:
    setup(fake_openai)
    result = await judge_narration(backend, SUBTLE, CTX, limit_s=0.5)
    assert result.error is not None and result.error.startswith(why)
    assert result.verdict == {}
    assert check_narration(SUBTLE, CTX, judged=result.verdict).passed


def test_answers_outside_the_schema_are_refused() -> None:
    for raw in ("[]", '{"characters": "Bo"}', '{"characters": [{"name": "Bo", "acts": "yes",'
                ' "speaks": false, "thinks": false, "feels": false}]}'):
        with pytest.raises(JudgeAnswerError):
            parse_answer(raw, ["Bo"])
    # Names it does not know are ignored; case and spacing are not.
    assert parse_answer(_answer(**{" bo ": {"thinks": True}, "Zed": {"acts": True}}),
                        ["Bo"]) == {"Bo": ["thinks"]}


def test_it_is_off_unless_a_campaign_turns_it_on() -> None:
    assert not judge_enabled({})
    assert not judge_enabled({"guards": {"impersonation": True}})
    assert not judge_enabled({"guards": {"model_judge": "yes"}})
    assert judge_enabled({"guards": {"model_judge": True}})


async def test_a_campaign_with_the_judge_counts_its_cost_in_the_post_meta(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    good = ("Rain needles the harbour lanterns as the tide turns. The dockmaster squints at "
            "the newcomers. Somewhere below the pier, a bell tolls twice.")
    fake_openai.reply = lambda r: (_answer(**{"Mira Vale": {}, "Tobin Reed": {}})
                                   if _is_judge(r) else good)
    async with table(db_path, fake_openai) as t:
        await t.store.campaigns.update(t.scene.campaign_id,
                                       settings={"guards": {"model_judge": True}})
        await t.act("ana", "I look around.")
        await t.act("bo", "I wait.")
        sink = RecordingSink()
        await t.service.narrate(await t.fresh_scene(), sink)
        assert sink.finished == [good]  # one post
        [post] = [p for p in await t.store.posts.recent(t.scene.id, 10)
                  if p.kind.value == "narration"]
    [judged] = post.meta["model_judge"]
    assert judged["prompt_tokens"] > 0 and judged["completion_tokens"] > 0
    assert judged["ms"] >= 0 and judged["flagged"] == {} and "error" not in judged
    assert sum(_is_judge(r) for r in fake_openai.requests) == 1


async def test_without_the_setting_no_judge_request_is_made(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    async with table(db_path, fake_openai) as t:
        await t.act("ana", "I look around.")
        await t.act("bo", "I wait.")
        await t.service.narrate(await t.fresh_scene(), RecordingSink())
    assert not any(_is_judge(r) for r in fake_openai.requests)
