"""A new undertaking joined on beyond a declared move, in the languages whose lexicons
gained an `undertakings` list: the PC searches a desk as declared, then goes on to
pocket what they found, leave, or the like. Beside each, the same search told in
several steps and nothing more, which must stay allowed.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration
from bot.engine.guards.language import detect_language

# (language, PC, declared move, narration with an undertaking, narration with steps only)
CASES = [
    ("de", "Lena", "Ich durchsuche den Schreibtisch.",
     "Lena zieht eine Lade nach der anderen auf, findet einen Brief unter der Mappe, steckt "
     "ihn ein und verlässt das Zimmer.",
     "Lena zieht eine Lade nach der anderen auf, hebt die Unterlage an und blättert jede "
     "Seite des Kassenbuchs um."),
    ("es", "Lucía", "Registro el escritorio.",
     "Lucía revuelve los cajones, encuentra una carta bajo el secante, se la guarda y sale "
     "por la ventana.",
     "Lucía revuelve los cajones, levanta el secante y hojea cada página del libro de "
     "cuentas."),
    ("fr", "Claire", "Je fouille le bureau.",
     "Claire retourne les tiroirs, trouve une lettre sous le sous-main, empoche la lettre "
     "et quitte la pièce.",
     "Claire retourne les tiroirs, soulève le sous-main et feuillette chaque page du "
     "registre."),
    ("it", "Giulia", "Perquisisco la scrivania.",
     "Giulia rovista nei cassetti, trova una lettera sotto il tampone, la intasca ed esce "
     "dalla finestra.",
     "Giulia rovista nei cassetti, solleva il tampone e sfoglia ogni pagina del registro."),
    ("nl", "Sanne", "Ik doorzoek het bureau.",
     "Sanne rommelt door de laden, vindt een brief onder de onderlegger, steekt hem in haar "
     "jas en verlaat de kamer.",
     "Sanne rommelt door de laden, tilt de onderlegger op en bladert elke pagina van het "
     "kasboek door."),
    ("pt", "Marta", "Revisto a escrivaninha.",
     "Marta abre as gavetas uma a uma, encontra uma carta sob o mata-borrão, embolsa a carta "
     "e sai pela janela.",
     "Marta abre as gavetas uma a uma, levanta o mata-borrão e folheia cada página do "
     "livro-caixa."),
    ("tr", "Elif", "Masayı arıyorum.",
     "Elif çekmeceleri karıştırıyor, kurutma kağıdının altında bir mektup buluyor, mektubu "
     "cebine koyuyor ve kapıdan çıkıyor.",
     "Elif çekmeceleri karıştırıyor, kurutma kağıdını kaldırıyor ve defterin her sayfasını "
     "tek tek çeviriyor."),
]
OTHER_PC = "Jules"  # a second player, who declared nothing


def impersonates(text: str, pc: str, declared: str) -> bool:
    report = check_narration(text, GuardContext([pc, OTHER_PC], [], {pc: declared}))
    return "impersonation" in report.failed_guards()


@pytest.mark.parametrize(("code", "pc", "declared", "beyond", "steps"), CASES,
                         ids=[case[0] for case in CASES])
def test_an_undertaking_beyond_the_declared_search_is_impersonation(
    code: str, pc: str, declared: str, beyond: str, steps: str
) -> None:
    assert detect_language(beyond) == code  # the language's own lexicon is the one read
    assert impersonates(beyond, pc, declared)


@pytest.mark.parametrize(("code", "pc", "declared", "beyond", "steps"), CASES,
                         ids=[case[0] for case in CASES])
def test_steps_of_the_declared_search_alone_are_allowed(
    code: str, pc: str, declared: str, beyond: str, steps: str
) -> None:
    assert detect_language(steps) == code
    assert not impersonates(steps, pc, declared)


@pytest.mark.parametrize(("text", "pc", "declared"), [
    # "frappe à la porte" knocks; "embrasse … du regard" looks round; "kapıya vuruyor"
    # knocks; "nasconde un sorriso" hides a smile: none is an attack, a kiss or a theft.
    ("Claire traverse la place déserte et frappe à la porte de la forge.", "Claire",
     "Je vais voir le forgeron."),
    ("Claire pousse la porte de la taverne et embrasse la salle du regard.", "Claire",
     "Je vais voir le forgeron."),
    ("Elif meydanı geçiyor ve kapıya vuruyor.", "Elif",
     "Demirciyi görmeye gidiyorum."),
    ("Giulia scorre le righe e nasconde un sorriso.", "Giulia", "Apro la busta del conte."),
], ids=["fr-knocks", "fr-looks-round", "tr-knocks", "it-hides-a-smile"])
def test_everyday_senses_of_an_undertaking_verb_are_left_alone(
    text: str, pc: str, declared: str
) -> None:
    assert not impersonates(text, pc, declared)


@pytest.mark.parametrize(("text", "flags"), [
    # Turkish closes a clause on its verb: the "ve" that joins it on opens the clause.
    ("Selim mührü dikkatle inceliyor, tezgâha birkaç akçe bırakıyor ve kalabalığa "
     "karışarak kapıya doğru hızla uzaklaşıyor.", True),
    ("Selim mührü dikkatle inceliyor ve kuyumcuya yüzüğü uzatıyor.", False),
], ids=["tr-walks-away", "tr-shows-the-ring"])
def test_a_verb_final_undertaking_is_joined_on_at_its_clause_start(
    text: str, flags: bool
) -> None:
    assert impersonates(text, "Selim",
                        "Kuyumcuya yüzüğü gösterip kimin yaptığını soruyorum.") is flags


@pytest.mark.parametrize(("text", "pc", "declared", "flags"), [
    ("阿青走到柜台前，抄起桌上的长剑，直奔城西而去。", "阿青", "我向掌柜打听消息。", True),
    # Steps of the declared move: no undertaking.
    ("阿青走到柜台前，向掌柜打听昨夜的客人。", "阿青", "我向掌柜打听消息。", False),
    ("美咲は棚の前で足を止め、机の上の地図を掴み、店を飛び出していく。", "美咲",
     "店主に話を聞く。", True),
    ("美咲は棚の前で足を止め、昨夜の客について店主に話を聞く。", "美咲", "店主に話を聞く。", False),
    ("민준은 가게 안을 둘러보다가 지도를 집어 들고 밖으로 뛰쳐나간다.", "민준",
     "나는 상인에게 길을 묻는다.", True),
    ("민준은 가게 안을 둘러보다가 상인에게 조용히 길을 묻는다.", "민준",
     "나는 상인에게 길을 묻는다.", False),
], ids=["zh-leaves", "zh-asks", "ja-leaves", "ja-asks", "ko-leaves", "ko-asks"])
def test_an_undertaking_in_chinese_japanese_and_korean(
    text: str, pc: str, declared: str, flags: bool
) -> None:
    assert impersonates(text, pc, declared) is flags


@pytest.mark.parametrize(("text", "pc", "declared", "flags"), [
    # The declared move restated, then an undertaking joined on: still beyond it.
    ("Rhee pulls power from the shields and, without waiting for anyone, arms both "
     "torpedo tubes and fires them at the cruiser.", "Rhee",
     "I reroute power from the shields to the engines.", True),
    ("Rhee pulls power from the shields and routes every spare amp to the engines.",
     "Rhee", "I reroute power from the shields to the engines.", False),
    ("Selim yüzüğü elinden kapıp kesesine koyuyor, tezgâha birkaç akçe bırakıyor ve "
     "kalabalığa karışarak kapıya doğru uzaklaşıyor.", "Selim",
     "Kuyumcuya yüzüğü gösterip kimin yaptığını soruyorum.", True),
], ids=["en-fires", "en-restated", "tr-walks-away"])
def test_an_undertaking_outranks_the_restatement_before_it(
    text: str, pc: str, declared: str, flags: bool
) -> None:
    assert impersonates(text, pc, declared) is flags
