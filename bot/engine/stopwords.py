"""The one list of words too common to tell texts apart, by language.

Everything that compares texts on their content words (the guards, the secret
check, long-term memory recall) draws its stop words from here, so a word is
noise in the same way everywhere. Each user takes the sets it needs:

- `FUNCTION_WORDS[lang]`: articles, pronouns, prepositions, auxiliaries;
- `TABLE_VERBS[lang]`: the verbs every role-play action is made of ("I look", "I ask"),
  noise for recall but not for the guards, which read who does what (`noise(lang)`
  is both, for recall);
- `SECRECY_WORDS`: how a secret is announced ("the secret leader" is the leader).
"""

from __future__ import annotations

from collections.abc import Iterable

_ENGLISH = """a an the and or but if then than so as at by for from in into of off on onto out
    over to up upon with within without about above across after against along among around
    before behind below beneath beside between beyond down during except inside near outside
    past since through throughout toward towards under underneath until unto via is are was
    were be been being am do does did done has have had having will would shall should can
    could may might must it its it's this that these those there here where when while which
    who whom whose what why how i me my mine we us our ours you your yours he him his she her
    hers they them their theirs one ones not no nor too very just only also still even yet
    again ever all any both each every few more most other some such own same s t don now
    like back away once"""
_SPANISH = """el la los las lo un una unos unas y e o u ni que de del al a en por para con sin
    sobre entre hasta desde hacia según es son era eran fue fueron ser estar está están estaba
    he ha han había hay se su sus mi mis tu tus nuestro nuestra nuestros nuestras me te le les
    nos os yo tú él ella ellos ellas usted ustedes este esta estos estas ese esa esos esas aquel
    aquella esto eso como cuando donde dónde qué quién quiénes cuál cuánto cuánta cuántos
    cuántas cómo cuándo muy más menos ya no sí también pero porque si aunque mientras todo toda
    todos todas otro otra otros otras algo nada"""
_GERMAN = """der die das den dem des ein eine einen einem einer eines und oder aber denn sondern
    doch ist sind war waren bin bist sein seine seinen seinem seiner hat haben hatte hatten
    wird werden wurde wurden kann können muss müssen soll sollen will wollen ich du er sie es
    wir ihr mich mir dich dir ihn ihm uns euch ihnen mein meine meinen meinem meiner dein deine
    unser unsere euer eure ihre ihren ihrem von zu zum zur mit bei nach aus auf an in im am um
    für über unter vor hinter neben zwischen durch gegen ohne bis seit nicht kein keine keinen
    auch noch schon nur sehr so wie wo wer was wann warum wieso welche welcher welches dass ob
    wenn als da dort hier dies diese dieser dieses jener alle alles etwas nichts man sich"""
_FRENCH = """le la les l un une des du de d et ou mais donc car ni que qui quoi dont où est
    sont était étaient être avoir a ont avait je tu il elle nous vous ils elles me te se lui
    leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces au aux
    dans sur sous avec pour par sans chez entre vers pas ne plus très aussi comme quand si
    à ça cela moi toi eux été suis sommes êtes ai avons avez peut tous toute toutes rien quel
    quelle quels quelles depuis avant après derrière devant près ici là puis alors pourquoi
    combien parce lorsque puisque"""

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "english": frozenset(_ENGLISH.split()),
    "spanish": frozenset(_SPANISH.split()),
    "german": frozenset(_GERMAN.split()),
    "french": frozenset(_FRENCH.split()),
}

TABLE_VERBS: dict[str, frozenset[str]] = {
    "english": frozenset("""get got go goes going make made say says said see sees take takes
        tell toward well yes ask asks asked try tries turn turns want wants know knows think
        look looks let shall round""".split()),
    "spanish": frozenset("""digo dice dijo veo voy va hago hace pregunto pregunta miro mira quiero
        quiere sé sabe""".split()),
    "german": frozenset("sage sagt frage fragt gehe geht sehe sieht mache macht weiß".split()),
    "french": frozenset("dis dit vais va fais fait demande regarde veux veut sais".split()),
}

SECRECY_WORDS = frozenset("secret secretly hidden true truly real really actually".split())

ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())


def noise(language: str) -> frozenset[str]:
    """A language's stop words for recall: only its own, so a name that is a word in
    another language ("Mira", Spanish for "looks") stays a name."""
    return _NOISE.get(language, _NOISE["english"])


_NOISE = {lang: FUNCTION_WORDS[lang] | TABLE_VERBS[lang] for lang in FUNCTION_WORDS}


def guess_language(words: Iterable[str]) -> str:
    """The language whose function words the (lower-cased) words use most; English on a tie."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    for word in words:
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += 1
    best = max(counts, key=lambda language: (counts[language], language == "english"))
    return best if counts[best] else "english"


_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)
