"""The entity index and language-aware stems: a question that shares no word with a fact
but names the character who told it reaches it; the index forgets deleted posts."""

from __future__ import annotations

from pathlib import Path

from bot.engine.memory.entities import entity_keys
from bot.engine.memory.stemming import language_of, stems
from bot.engine.stopwords import guess_language
from bot.models import PostKind
from bot.store import Store
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, filler, request_kind, seat_table

FACT = "I pay the ferryman Osgood twelve crowns so he forgets he ever carried us."


async def test_a_question_to_a_character_reaches_what_they_introduced(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    try:
        await table.round({"ana": FACT, "ben": "I keep watch on the quay."})
        for n in range(12):
            await table.round(filler(n))
        await table.memory.drain()
        await table.round({"ana": "I stretch my legs.",
                           "ben": "Mira, what did you give the boatman for his silence?"})
    finally:
        await table.close()
    last = [r for r in fake_openai.requests if request_kind(r) == "narration"][-1]
    history = [m["content"] for m in last["messages"][1:-1]]
    assert not any(FACT in text for text in history)  # it left the window: only recall
    final = last["messages"][-1]["content"]
    assert "(round 1, Mira) " + FACT in final


async def test_the_index_forgets_a_deleted_post(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="T", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        kept = await store.posts.add(scene_id=scene.id, kind=PostKind.ACTION, author_id="ana",
                                     author_name="Ana", content="I greet Tamsin at the gate.",
                                     now=0.0)
        gone = await store.posts.add(scene_id=scene.id, kind=PostKind.ACTION, author_id="ben",
                                     author_name="Ben", content="I hide the key with Quillon.",
                                     now=0.0)
        await store.posts.add(scene_id=scene.id, kind=PostKind.OOC, author_id="ben",
                              author_name="Ben", content="ooc: Zephyr is my cat", now=0.0)
        assert await store.entities.index_all() == 3
        naming = await store.entities.posts_naming(campaign.id, ["tamsin"])
        assert [e.post_id for e in naming] == [kept.id]
        introduced = await store.entities.introductions(campaign.id, ["ben"])
        assert [e.post_id for e in introduced] == [gone.id]
        # ooc: never indexed
        assert await store.entities.posts_naming(campaign.id, ["zephyr"]) == []
        await store.posts.delete(gone.id, now=1.0)
        assert await store.entities.posts_naming(campaign.id, ["quillon"]) == []
        assert await store.entities.introductions(campaign.id, ["ben"]) == []
        assert await store.entities.index_new() == 0  # nothing new: the mark held
    finally:
        await store.close()


def test_entities_are_names_numbers_and_quotes_not_sentence_openers() -> None:
    keys = entity_keys("Yesterday I lent Wenna Crale forty marks. She said 'the heron sleeps'.")
    assert keys == ["wenna", "crale", "forty", "“the heron sleeps”"]


def test_stems_meet_inflections_in_the_text_s_language() -> None:
    assert guess_language("wo hat der junge das pferd".split()) == "german"
    assert guess_language("cómo se apellida la mujer del teatro".split()) == "spanish"
    assert stems("¿Cómo te apellidas?") & stems("Mi apellido es Montalbán, de la familia.")
    assert stems("Wo ist der Schlüssel des Jägers?") & stems("Der Jäger hat den Schlüssel.")


def test_a_name_that_is_a_word_in_another_language_stays_a_search_term() -> None:
    from bot.engine.memory.retrieval import query_terms

    # "Mira" is Spanish for "looks": only an English text's own stop words apply.
    assert "mira" in query_terms(["Where did Mira put the iron map? Tor searches for it."])
    assert "mira" not in query_terms(["Lucía mira la puerta del teatro."])


def test_french_elisions_do_not_glue_the_article_to_the_word() -> None:
    # "l'épée" is the article and "épée": it meets "une épée", and a name after "d'" is a name.
    assert stems("Où as-tu caché l'épée de ton père ?") & stems("J'ai enterré une épée.")
    assert stems("Il parle d'argent.") & stems("Trois pièces d'argent")
    assert {"yvon", "ankou"} <= set(entity_keys("La maison d'Yvon est près de l'Ankou."))
    # English possessives and contractions keep their apostrophe's meaning.
    assert "tobin" in entity_keys("I ask Tobin's sister about it.")


def test_recall_queries_search_the_word_behind_a_french_elision() -> None:
    from bot.engine.memory.retrieval import phrase_pairs, query_terms

    # The full-text index reads "l'épée" as "l" and "épée": a query for "lépée" finds nothing.
    terms = query_terms(["Yann, où as-tu caché l'épée d'argent de ton père ?"])
    assert "épée" in terms and "argent" in terms
    assert not any(t.startswith(("lé", "da")) for t in terms)
    assert "épée argent" in phrase_pairs("Il cache l'épée d'argent sous la dalle.")


def test_a_short_french_question_is_read_as_french() -> None:
    # "tu" is Spanish too: French words no other language uses settle it.
    for text in ("Combien d'argent dois-tu encore à Hervé ?",
                 "Pourquoi ça te fait peur, Yann ?",
                 "J'ai été chez Hervé depuis l'aube."):
        assert language_of(text) == "french", text
    assert language_of("¿Cuánto dinero le debes todavía a Gil?") == "spanish"
