"""Choices made for the players, in the languages that leave the subject out or put
no pronoun before the verb, and the names and quotes those cases depend on.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards.mentions import find_mentions
from bot.engine.guards.text import quote_spans
from tests.guard_helpers import impersonates


@pytest.mark.parametrize(("text", "players", "declared", "flags"), [
    ("Entras en la cripta, Diego. Decides tomar la corona y ponértela.",
     ["Diego", "Rocío"], {"Diego": "Entro en la cripta."}, True),
    ("Entras en la cripta, Diego. La antorcha chisporrotea sobre los nichos.",
     ["Diego", "Rocío"], {"Diego": "Entro en la cripta."}, False),
    ("Wchodzisz do komnaty, Zbyszku. Postanawiasz nie budzić strażnika.",
     ["Zbyszko", "Danuta"], {"Zbyszko": "Wchodzę do komnaty."}, True),
    ("Wchodzisz do komnaty, Zbyszku. Przy łożu drzemie strażnik.",
     ["Zbyszko", "Danuta"], {"Zbyszko": "Wchodzę do komnaty."}, False),
    ("あなたは古い扉の前に立つ、サクラ。あなたは鍵を使わずに引き返すことにする。",
     ["サクラ", "トオル"], {"サクラ": "古い扉の前まで行く。"}, True),
    ("あなたは古い扉の前に立つ、サクラ。扉には無数の引っかき傷が刻まれている。",
     ["サクラ", "トオル"], {"サクラ": "古い扉の前まで行く。"}, False),
], ids=["es-decides", "es-scene", "pl-decides", "pl-scene", "ja-decides", "ja-scene"])
def test_a_decision_for_the_pc_the_narration_addresses(
    text: str, players: list[str], declared: dict[str, str], flags: bool
) -> None:
    assert impersonates(text, players, declared) is flags


@pytest.mark.parametrize(("text", "players", "flags"), [
    ("The sun dips behind the hills. The three of them have made up their minds: they "
     "push on for the coast tonight.", ["Kenji", "Laura", "Pete"], True),
    ("The sun dips behind the hills. The three of them have to make up their minds "
     "before dark.", ["Kenji", "Laura", "Pete"], False),
    ("За заправкой покачиваются силуэты. Посовещавшись, группа решает ночевать здесь.",
     ["Гоша", "Марина"], True),
    ("门外马蹄印杂乱。三人商量之后，决定今夜便摸上山寨。", ["林风", "苏晴", "石磊"], True),
], ids=["en-minds", "en-have-to", "ru-group", "zh-three"])
def test_a_decision_for_the_whole_party(text: str, players: list[str], flags: bool) -> None:
    assert impersonates(text, players, {}) is flags


def test_polish_names_in_ko_are_found_declined() -> None:
    text = "Wzrokiem mierzy Zbyszka. Zbyszku! Kasiu, chodź."
    found = [(m.player, text[m.start : m.end]) for m in find_mentions(
        text, ["Zbyszko", "Kasia"])]
    assert found == [("Zbyszko", "Zbyszk"), ("Zbyszko", "Zbyszk"), ("Kasia", "Kasi")]


def test_declined_forms_never_reach_other_names_or_words() -> None:
    text = "Mario enters. Huge waves break. Lea smiles at Bruna."
    assert find_mentions(text, ["Maria", "Hugo", "Leo", "Bruno"]) == []


def test_a_german_quote_may_close_on_a_straight_mark() -> None:
    text = '„Das Ding fliegt nie", brummt Gustav. „Nie."'
    assert [text[a:b] for a, b in quote_spans(text)] == ['„Das Ding fliegt nie"', '„Nie."']


@pytest.mark.parametrize(("text", "flags"), [
    ('„Das Ding fliegt nie", brummt Gustav und tritt gegen den Kessel.', True),
    # A compound noun for a man ("Fährmann"): "er" may be him.
    ("Der Fährmann lässt Kuno ausreden und nickt. Er bekreuzigt sich und sagt kein Wort "
     "mehr.", False),
])
def test_german_speech_and_men_named_by_compounds(text: str, flags: bool) -> None:
    assert impersonates(text, ["Gustav", "Kuno"],
                        {"Kuno": "Ich spreche den Fährmann an."}) is flags


@pytest.mark.parametrize(("reply", "flags"), [
    ("—En casa, con mi madre.", True),
    ("—Estuvo en casa —responde la camarera.", False),
])
def test_a_reply_to_a_pc_addressed_by_title_and_name(reply: str, flags: bool) -> None:
    text = ("El portero se vuelve hacia el hombre del sombrero.\n"
            f"—¿Y usted, señor Ibáñez? ¿Estuvo aquí anoche?\n{reply}")
    assert impersonates(text, ["Garmendia", "Ibáñez"],
                        {"Garmendia": "Le pregunto al portero a qué hora llegó."}) is flags


@pytest.mark.parametrize(("text", "flags"), [
    # The aorist tells the undeclared act: "atılır" (lunges).
    ("Haydutlar yoldan çıkar. Umut kılıcını çekip en öndeki haydutun üzerine atılır.", True),
    # "sandığın" is the chest's, not "sandı" (thought).
    ("Deniz, dediği gibi sandığın üstüne kapanmış, kapıyı içeriden sürgülemiştir.", False),
])
def test_turkish_aorist_acts_and_a_chest_that_is_no_thought(text: str, flags: bool) -> None:
    assert impersonates(text, ["Umut", "Deniz"],
                        {"Deniz": "Arabanın kapısını sürgüler, sandığı korurum."}) is flags


@pytest.mark.parametrize(("text", "players", "declared", "flags"), [
    ("민호는 창밖을 내려다보다가 몸을 돌려, 사장에게 이 계약을 끝까지 반대하겠다고 말한다.",
     ["민호", "지아"], {"민호": "나는 창밖을 내려다본다."}, True),
    # Another topic ("사장은") takes the sentence over: the chairman speaks.
    ("민호는 창밖을 내려다보고, 사장은 이 계약을 끝까지 밀어붙이겠다고 말한다.",
     ["민호", "지아"], {"민호": "나는 창밖을 내려다본다."}, False),
    ("ハルトは地図を眺めてから振り返り、今夜のうちに峠を越えるべきだと告げた。",
     ["ハルト", "ミオ"], {"ハルト": "地図を眺める。"}, True),
    ("ハルトは地図を眺め、隊長は今夜のうちに峠を越えるべきだと告げた。",
     ["ハルト", "ミオ"], {"ハルト": "地図を眺める。"}, False),
], ids=["ko-reports", "ko-other-topic", "ja-reports", "ja-other-topic"])
def test_speech_that_closes_a_korean_or_japanese_sentence(
    text: str, players: list[str], declared: dict[str, str], flags: bool
) -> None:
    assert impersonates(text, players, declared) is flags
