"""Russian and Polish people named only by a role ("охраннице", "barmana Zenka"): the
guard must see them, in any case, and know their sex where the noun shows it.

Seen, a role noun keeps a pronoun after it from being read as the PC's ("Вика протягивает
охраннице пропуск. Она…": "она" may be the guard). Sexed, it leaves the PC as the only
one a pronoun of the other sex can mean ("…кивает бармену Гоше. Она заказывает…").

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from tests.guard_helpers import impersonates

RU = ["Аня", "Тимофей", "Вика"]
PL = ["Ola", "Bartek", "Kasia"]



@pytest.mark.parametrize(("text", "players", "declared"), [
    # A woman guard, named in the dative: "она" may be her.
    ("Вика протягивает охраннице пропуск. Она долго разглядывает фотографию и кивает "
     "на турникет.", RU, {"Вика": "Я показываю пропуск на входе."}),
    # A man dealer, slang, in the dative: "он" may be him.
    ("Тимофей отдаёт барыге конверт. Он пересчитывает купюры и прячет их в карман.", RU,
     {"Тимофей": "Я отдаю конверт."}),
    # An orphan, of either sex: "она" may be the child.
    ("Аня отдаёт сироте последний сухарь. Она жадно ест и шепчет слова благодарности.", RU,
     {"Аня": "Я отдаю сухарь ребёнку."}),
    # A shop assistant in the dative (the same form as her nominative).
    ("Kasia podaje sprzedawczyni banknot. Ona przelicza resztę i wydaje paragon.", PL,
     {"Kasia": "Płacę za zakupy."}),
    # A security man in the dative.
    ("Bartek pokazuje ochroniarzowi przepustkę. On ogląda ją pod światło i odsuwa "
     "barierkę.", PL, {"Bartek": "Pokazuję przepustkę."}),
])
def test_a_role_noun_in_any_case_is_someone_else(
    text: str, players: list[str], declared: dict[str, str]
) -> None:
    assert not impersonates(text, players, declared)


@pytest.mark.parametrize(("text", "players", "declared", "flags"), [
    # The barman is a man (dative), so "она" can only be Аня, who declared no order.
    ("Аня садится за стойку и кивает бармену Гоше. Она заказывает двойной эспрессо и "
     "говорит, что спешит.", RU, {"Аня": "Я сажусь за стойку и киваю бармену."}, True),
    ("Аня садится за стойку и кивает бармену Гоше. Он наливает ей двойной эспрессо и "
     "говорит, что сегодня тихо.", RU, {"Аня": "Я сажусь за стойку и киваю бармену."},
     False),
    # The same in Polish, the barman in the accusative.
    ("Ola podchodzi do baru i kiwa na barmana Zenka. Ona zamawia piwo i mówi, że czeka "
     "na przyjaciółkę.", PL, {"Ola": "Podchodzę do baru."}, True),
    ("Ola podchodzi do baru i kiwa na barmana Zenka. On nalewa jej piwo i mówi, że dziś "
     "spokojnie.", PL, {"Ola": "Podchodzę do baru."}, False),
    # A slang role noun tells the named dealer's sex a sentence after the PC's name.
    ("Аня заходит в подсобку. За прилавком сидит барыга Гоша и пересчитывает деньги. "
     "Она кладёт на прилавок чип и говорит, что торговаться не будет.", RU,
     {"Аня": "Я захожу в подсобку."}, True),
])
def test_a_sexed_role_noun_leaves_the_pc_for_the_other_pronoun(
    text: str, players: list[str], declared: dict[str, str], flags: bool
) -> None:
    assert impersonates(text, players, declared) is flags
