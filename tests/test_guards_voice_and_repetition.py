"""Assistant voice found by shape more than by phrase: the narrator naming the
role-play it writes, a Polish "I" carried by the verb's ending, an inflected
"scene"/"chapter" in Russian and Polish, real-world disclaimers in several languages;
and repetition as a beat-for-beat retelling in other words.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration


def flagged(text: str, players: list[str]) -> set[str]:
    return check_narration(text, GuardContext(players, [], {})).failed_guards()


@pytest.mark.parametrize(("text", "players"), [
    ("Our roleplay turns darker from here. The lighthouse door stands open and the lamp is "
     "dead.", ["Mara", "Tobias"]),
    ("Karczma pustoszeje. W tej scenie skróciłem opis bitwy, żeby utrzymać tempo. Bartek "
     "dopija piwo.", ["Kasia", "Bartek"]),
    ("Поезд тормозит. В этой главе я решил больше внимания уделить атмосфере. За окном "
     "темнеет.", ["Аня", "Глеб"]),
    ("O barco balança. Lembre-se: em situações reais, nunca mergulhe sozinho à noite. A água "
     "está gelada.", ["Tiago", "Marta"]),
    ("El barco se inclina. En situaciones reales, nunca bucee solo de noche. El agua está "
     "helada.", ["Lucía", "Mateo"]),
])
def test_assistant_voice_by_shape(text: str, players: list[str]) -> None:
    assert "assistant_voice" in flagged(text, players)


@pytest.mark.parametrize(("text", "players"), [
    ("Aktorzy kłaniają się, a na scenie gaśnie światło. Kasia klaszcze.", ["Kasia", "Bartek"]),
    ("Глава гильдии встречает вас у ворот: «Сцена готова, актёры ждут».", ["Аня", "Глеб"]),
    ("Na sessão de hoje do conselho, o velho juiz dorme na cadeira.", ["Tiago", "Marta"]),
])
def test_stories_about_stages_and_councils_are_fiction(text: str, players: list[str]) -> None:
    assert "assistant_voice" not in flagged(text, players)


def test_a_beat_for_beat_retelling_in_other_words_is_repetition() -> None:
    previous = ("Туман стелется над болотом. Старая гать уходит в камыши и теряется из виду. "
                "Где-то впереди ухает филин. Фонарь у Глеба мигает и гаснет.")
    retold = ("Над болотом всё так же висит туман. Гать из старых брёвен исчезает среди "
              "камышей. Впереди снова кричит филин. Фонарь в руке Глеба моргает и тухнет.")
    callback = ("Вы выходите к мельнице. Туман стелется над болотом, как и вчера, но здесь "
                "сухо: под ногами хрустит гравий, а у двери висит свежий венок. Из трубы "
                "поднимается дым, и пахнет хлебом.")
    players = ["Аня", "Глеб"]
    ctx = GuardContext(players, [previous], {})
    assert "repetition" in check_narration(retold, ctx).failed_guards()
    assert "repetition" not in check_narration(callback, ctx).failed_guards()
