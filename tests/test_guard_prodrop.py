"""A sentence that goes on with a player character's act, its subject left out."""

import pytest

from bot.engine.guards import GuardContext, check_narration

CASES = [
    # (narration, players, declared, impersonates)
    ("Kasia słyszy kroki za drzwiami. Potem wyciąga nóż i podcina gardło strażnikowi.",
     ["Kasia", "Bartek"], {"Bartek": "Czekam."}, True),
    ("Kasia otwiera drzwi, tak jak zapowiedziała. Boi się tego, co zobaczy w środku.",
     ["Kasia", "Bartek"], {"Kasia": "Otwieram drzwi."}, True),
    ("Глеб видит открытый сундук. Затем хватает золото и прячет его в сапог.",
     ["Глеб", "Оксана"], {}, True),
    ("Marco vede il mercante alla porta. Poi afferra il mercante per il bavero.",
     ["Marco", "Giulia"], {}, True),
    ("林峰按照计划推开了门。接着心里一沉，想起了死去的师父。",
     ["林峰", "小雨"], {"林峰": "我推开门。"}, True),
    # The world acting, verb first, after a restated declared action.
    ("Kasia otwiera drzwi, tak jak zapowiedziała. Rozlega się krzyk i z ciemności wybiega pies.",
     ["Kasia", "Bartek"], {"Kasia": "Otwieram drzwi."}, False),
    ("Глеб открывает сундук, как и собирался. Раздаётся щелчок, и из крышки вылетает игла.",
     ["Глеб", "Оксана"], {"Глеб": "Открываю сундук."}, False),
    # A PC who declared a move: the "then" sentence tells how it plays out.
    ("Lucía abre el cofre, tal como dijo. Luego guarda las monedas en su bolsa.",
     ["Lucía", "Tomás"], {"Lucía": "Abro el cofre y guardo las monedas."}, False),
    ("Kasia, zgodnie z zapowiedzią, otwiera drzwi. Potem wchodzi do środka.",
     ["Kasia", "Bartek"], {"Kasia": "Otwieram drzwi."}, False),
]


@pytest.mark.parametrize(("text", "players", "declared", "impersonates"), CASES)
def test_subject_left_out_continues_the_character(text, players, declared, impersonates):
    report = check_narration(text, GuardContext(players=players, declared_actions=declared),
                             enabled=["impersonation"])
    assert bool(report.findings) is impersonates, [f.reason for f in report.findings]


def test_an_npc_reacting_to_an_unattributed_reply_does_not_attribute_it():
    text = ("Стражник у ворот опускает копьё перед Ратибором. «Кто таков?» «Купец я, везу соль.» "
            "Стражник хмыкает, но поднимает копьё.")
    report = check_narration(text, GuardContext(players=["Ратибор", "Ждан"]),
                             enabled=["impersonation"])
    assert [f.reason for f in report.findings] == ["answers for Ратибор"]
