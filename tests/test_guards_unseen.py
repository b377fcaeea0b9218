"""Impersonation and assistant voice on the shapes that held-out text missed:
dash dialogue, a reply to a PC addressed by name, Polish and Russian past tense,
women's names in Cyrillic, words that are names, a pronoun after a fronted
phrase, a declared PC's new act, English inner states, French assistant voice.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration
from bot.engine.guards.language import detect_language
from bot.engine.guards.text import quote_spans


def flagged(text: str, players: list[str], declared: dict[str, str] | None = None) -> set[str]:
    return check_narration(text, GuardContext(players, [], declared or {})).failed_guards()


def test_short_english_post_is_english() -> None:
    assert detect_language("Grit blinds Abel and knocks him off his feet.") == "en"
    assert detect_language("Krzyk. Ola biegnie do drzwi i wyciąga nóż.") == "pl"


def test_dash_dialogue_alternates_speech_and_narration() -> None:
    text = "Deszcz.\n— Chodźmy — mruknął kowal. — Już późno.\n—¿Quién? —preguntó."
    spoken = [text[s:e] for s, e in quote_spans(text)]
    assert spoken == ["— Chodźmy ", "— Już późno.", "—¿Quién? "]


PL = ["Kinga", "Stefan", "Olek"]
RU = ["Мила", "Пётр", "Тимур"]


@pytest.mark.parametrize(("text", "players", "declared"), [
    # A PC's line in dash dialogue, the attribution after the dash.
    ("Kowal odłożył młot.\n— Gotowe.\n— Dzięki — rzuciła Kinga i wyszła z kuźni.", PL,
     {"Stefan": "Odbieram miecz."}),
    # A reply right after a line that names the PC it is put to.
    ("Celnik uniósł brew.\n— A ty, Olek, czego tu szukasz?\n— Roboty.\nCelnik zanotował.",
     PL, {}),
    ("Таможенник поднял бровь.\n— А ты, Тимур, что здесь ищешь?\n— Работу.\nТаможенник "
     "что-то записал.", RU, {"Мила": "Показываю документы."}),
    # A short phrase between a PC's name and their verb.
    ("Stefan przy oknie zapalił papierosa i wyrzucił zapałkę na ulicę.", PL,
     {"Kinga": "Przeszukuję szafę."}),
    # A feeling after a sentence naming nobody, for a woman named in Cyrillic -а.
    ("Мила вошла в часовню. Там было темно и сыро. С каждой минутой ей становилось "
     "всё страшнее.", RU, {"Мила": "Захожу в часовню."}),
    # A feeling in the focus PC's feminine past form, subject left out.
    ("Kinga weszła na strych. Pachniało kurzem. Z każdą chwilą bała się coraz bardziej.", PL,
     {"Kinga": "Wchodzę na strych."}),
    # A declared PC's pronoun act that is not the declared move.
    ("Tessa listens at the hatch. Seconds later she pries it open and drops inside.",
     ["Tessa", "Abel"], {"Tessa": "I listen at the hatch."}),
    ("Abel tries the lock for a while. After a moment he gives up and walks off.",
     ["Tessa", "Abel"], {"Abel": "I pick the lock."}),
    # "You" and a plain verb, with the PC addressed by name inside the sentence.
    ("You ignore the warning, Abel, and climb the fence anyway.", ["Tessa", "Abel"], {}),
    # An involuntary reaction of a PC's body.
    ("Tessa's hands won't stop shaking as she counts the coins.", ["Tessa", "Abel"],
     {"Tessa": "I count the coins."}),
    # A PC after "meanwhile", past tense.
    ("Kinga pilnuje drzwi. Tymczasem Olek wyjął nóż i przeciął linę.", PL,
     {"Kinga": "Pilnuję drzwi."}),
    ("Мила сторожит дверь. Тем временем Тимур достал нож и перерезал верёвку.", RU,
     {"Мила": "Сторожу дверь."}),
    # Of two PCs named, the one a gendered pronoun can only mean.
    ("Stefan objął Kingę na pożegnanie. Serce zabiło jej mocniej, a w oczach stanęły łzy.",
     PL, {"Stefan": "Obejmuję Kingę na pożegnanie."}),
    # A Japanese feeling through "彼女の", and a decision for the whole party.
    ("ユイは扉を開けた。部屋を見た瞬間、彼女の胸は締めつけられた。", ["ユイ", "ハルト"],
     {"ユイ": "扉を開ける。"}),
    ("話し合いの末、一行は川を下ることにした。", ["ユイ", "ハルト"], {}),
    # German and Dutch put the verb before the subject after an opening adverb.
    ("Mia hält Wache. Inzwischen öffnete Lukas den Tresor und nahm das Geld heraus.",
     ["Mia", "Lukas"], {"Mia": "Ich halte Wache."}),
    ("Sanne houdt de wacht. Intussen opende Bram de kluis en pakte het geld.",
     ["Sanne", "Bram"], {"Sanne": "Ik houd de wacht."}),
    ("Deniz kapıda bekliyor. Bu sırada Kerem kasayı açtı ve parayı aldı.", ["Deniz", "Kerem"],
     {"Deniz": "Kapıda bekliyorum."}),
    # An English inner state after a short phrase.
    ("The captain salutes Tessa, and for one long second she forgets how to breathe.",
     ["Tessa", "Abel"], {}),
])
def test_impersonation_on_unseen_shapes(text: str, players: list[str],
                                        declared: dict[str, str]) -> None:
    assert "impersonation" in flagged(text, players, declared)


@pytest.mark.parametrize(("text", "players", "declared"), [
    # An NPC's dash line with its attribution, after a question to a PC.
    ("Stefan pyta kowala o cenę.\n— Ile za miecz?\n— Trzy korony — odparł kowal.", PL,
     {"Stefan": "Pytam kowala o cenę miecza."}),
    # Names that are words, used as words.
    ("Вера в людей давно покинула этот город, а надежда таяла.", ["Вера", "Надежда"], {}),
    ("Надежда таяла с каждым днём.", ["Вера", "Надежда"], {}),
    # The declared move itself, told through a pronoun.
    ("Tessa reaches the hatch. She pries it open as quietly as she can.",
     ["Tessa", "Abel"], {"Tessa": "I pry the hatch open."}),
    # "You" with a verb the player still chooses to act on.
    ("You see the warning, Abel, scratched deep into the door.", ["Tessa", "Abel"], {}),
    # A Polish word name with a plant's verb; English verb classes do not read Polish.
    ("Kalina rosła gęsto przy płocie, czerwona od owoców.", ["Kalina", "Olek"], {}),
    # A gendered pronoun that fits neither PC named before it.
    ("Stefan podał Olkowi list. Nagle w oknie pojawiła się kobieta; łzy płynęły jej po "
     "twarzy.", PL, {"Stefan": "Podaję Olkowi list."}),
    # A German verb-first sentence where the PC only perceives.
    ("Mia hält Wache. Plötzlich sieht Lukas einen Schatten am Fenster.", ["Mia", "Lukas"],
     {"Mia": "Ich halte Wache."}),
    # A short English post lingua alone takes for German: the world acts on the PC.
    ("The sandstorm hits the camp. Grit blinds Abel and knocks him off his feet.",
     ["Tessa", "Abel"], {}),
    # "They" after a declared PC is the tracks, not the PC.
    ("Abel follows the tracks. They end at a frozen creek.", ["Tessa", "Abel"],
     {"Abel": "I follow the tracks."}),
])
def test_no_impersonation_on_hard_negatives(text: str, players: list[str],
                                            declared: dict[str, str]) -> None:
    assert "impersonation" not in flagged(text, players, declared)


FR = ["Maëlle", "Bastien"]


@pytest.mark.parametrize("text", [
    "Avec plaisir ! Reprenons là où nous nous étions arrêtés. La barque glisse sur l'étang.",
    "Voilà la suite de votre quête ! La forteresse se dresse sur la falaise.",
    "Le vent tombe. Y a-t-il autre chose que je puisse faire pour vous ?",
    "La taverne se vide. Pour cette scène, j'ai choisi un ton plus léger que d'habitude.",
    "Les cloches sonnent. Souhaitez-vous que je décrive la cérémonie plus en détail ?",
])
def test_french_assistant_voice(text: str) -> None:
    assert "assistant_voice" in flagged(text, FR)


@pytest.mark.parametrize("text", [
    "La serveuse sourit. « Avec plaisir ! Autre chose que je puisse vous servir ? »",
    "Le héraut déroule le parchemin. « Voilà la suite des noces : un banquet, puis le bal. »",
    "La brume recouvre le port. Au loin, une sirène gémit. Que faites-vous ?",
])
def test_french_in_fiction_courtesy_is_not_assistant_voice(text: str) -> None:
    assert "assistant_voice" not in flagged(text, FR)
