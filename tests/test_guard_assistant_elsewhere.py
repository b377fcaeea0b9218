"""Assistant voice in languages that have no full lexicon: a narration in Swedish,
Ukrainian, Arabic… is not left unguarded. Cases written for this file."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration

PLAYERS = ["Ana", "Bo"]


def flagged(text: str) -> set[str]:
    return check_narration(text, GuardContext(PLAYERS, [], {})).failed_guards()


@pytest.mark.parametrize("text", [
    "Här är fortsättningen: Stormen river i seglen och Bo håller fast i relingen. "
    "Säg till om ni vill att scenen blir mörkare.",
    "Ось продовження. Вітер зриває сніг із даху корчми. Сподіваюся, вам сподобається!",
    "Tady je pokračování: Mlha se válí nad rybníkem a v dálce štěká pes.",
    "Toivottavasti tämä auttaa! Sumu leijuu järven yllä, ja jossain haukkuu koira.",
    "إليك التكملة: الريح تعصف بالخيام، والجمال تئن في الظلام.",
    "Đây là phần tiếp theo: Gió lạnh thổi qua bến cảng. Bạn có muốn tôi viết tiếp không?",
    "Semoga membantu! Kabut turun di atas danau dan seekor anjing menggonggong di kejauhan.",
    "Íme a folytatás: a köd leereszkedik a tó fölé, valahol egy kutya ugat.",
])
def test_assistant_phrase_in_a_language_without_a_lexicon(text: str) -> None:
    assert "assistant_voice" in flagged(text)


@pytest.mark.parametrize("text", [
    # An NPC's helpful line, in quotes, is in character.
    "Hostinský se usměje: „Doufám, že vám to pomůže, pane. Dejte mi vědět, kdyby něco.“",
    # Someone who works as an assistant in the story is not the narrator.
    "Pracoval jako asistent lékaře v Brně, než přišla válka.",
    "Hon arbetade som assistent på tidningen. Nu står hon ensam på perrongen.",
    # "who" in Vietnamese, not "AI".
    "Người đàn ông lạ mặt là ai? Không ai trong quán biết tên ông.",
])
def test_in_fiction_text_is_not_assistant_voice(text: str) -> None:
    assert "assistant_voice" not in flagged(text)


@pytest.mark.parametrize("text", [
    # The narrator names the game itself.
    "The roleplay now turns toward the mountains. Snow hides the pass, and the mules balk.",
    # Writing choices in the first person: pronoun-dropping Polish, Russian inflection.
    "Most trzeszczy pod kołami. W tej scenie zdecydowałem się zwolnić tempo. Rzeka szumi.",
    "Дождь стучит по крыше. В этой сцене я хотел показать трактирщика с другой стороны, "
    "чтобы игрокам было о чём подумать.",
    # Real-world safety advice to the reader.
    "O fio azul é cortado. Lembre-se: em situações reais, nunca mexa em explosivos.",
    "Mara cuts the wire. In real situations, never handle explosives yourself: call the police.",
    "La mecha se apaga. En situaciones reales, aléjate y llama a las autoridades.",
])
def test_meta_and_advice_to_the_reader(text: str) -> None:
    assert "assistant_voice" in flagged(text)


@pytest.mark.parametrize("text", [
    "„To tylko gra” — mówi krupier, zgarniając żetony. Gracze przy stole milkną.",
    "Игроки за соседним столом ругаются из-за карт; трактирщик не обращает внимания.",
    "((GM: quick roleplay note, we stop at nine tonight.)) The bell tower strikes eight.",
])
def test_in_fiction_players_and_gm_notes_are_not_meta(text: str) -> None:
    assert "assistant_voice" not in flagged(text)
