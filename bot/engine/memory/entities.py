"""What a post names: the keys of the entity index.

Proper names (a capitalised word that does not open a sentence: "Tamsin",
"Gullhaven"), numbers (digits, or number words in English, Spanish, German and
French) and quoted terms. Keys are folded (lower case, no accents) so a question
in other case or without accents still meets them. German capitalises every
noun, so its keys include common nouns; the index's frequencies tell the rare
ones (a name seen once) from the everyday ones.
"""

from __future__ import annotations

import re

from bot.engine.memory.stemming import fold, unelide
from bot.engine.stopwords import ALL_FUNCTION_WORDS

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[.!?¡¿:;\"“”«»]", re.UNICODE)
_QUOTED = re.compile(r"[\"“«']([^\"”»'\n]{3,60})[\"”»'](?![A-Za-z])")
_SENTENCE_OPENERS = set(".!?¡¿:;\"“”«»")
NUMBER_WORDS_OF: dict[str, frozenset[str]] = {
    "english": frozenset("""one two three four five six seven eight nine ten eleven twelve
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
        sixty seventy eighty ninety hundred thousand""".split()),
    "spanish": frozenset("""uno una dos tres cuatro cinco seis siete ocho nueve diez once doce
        trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta
        cincuenta sesenta setenta ochenta noventa cien ciento doscientos trescientos
        quinientos mil""".split()),
    "german": frozenset("""eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
        zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert
        tausend""".split()),
    "french": frozenset("""deux trois quatre cinq six sept huit neuf dix onze douze treize
        quatorze quinze vingt trente quarante cinquante soixante cent mille""".split()),
}
# Without the text's language, a word that is a number in any of them ("seize", sixteen in
# French, is left out: the English verb would become a number everywhere).
NUMBER_WORDS = frozenset().union(*NUMBER_WORDS_OF.values())
_NOT_NAMES = ALL_FUNCTION_WORDS | {"i", "lord", "lady", "sir", "saint", "san", "don", "doña",
                                   "herr", "frau", "señor", "señora"}
MAX_KEYS = 24


def entity_keys(text: str, language: str = "") -> list[str]:
    """The entities the text names, folded, in order of first mention, at most MAX_KEYS.
    Given the text's `language`, only its own number words are numbers ("once" is eleven
    in Spanish, not in English)."""
    numbers = NUMBER_WORDS_OF.get(language, NUMBER_WORDS)
    keys: dict[str, None] = {}
    opener = True  # the first word of a sentence is capitalised whatever it is
    for match in _TOKEN.finditer(text):
        token = unelide(match.group(0))
        if token in _SENTENCE_OPENERS:
            opener = True
            continue
        low = token.casefold().replace("’", "'").split("'")[0]
        if token.isdigit() or low in numbers:
            keys.setdefault(fold(low))
        elif token[0].isupper() and not opener and low not in _NOT_NAMES and len(low) >= 3:
            keys.setdefault(fold(low))
        opener = False
    for quoted in _QUOTED.finditer(text):
        keys.setdefault("“" + fold(quoted.group(1).casefold().strip()) + "”")
    return list(keys)[:MAX_KEYS]
