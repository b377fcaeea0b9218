"""The sex a given name usually has, for languages whose grammar does not show it.

"Priya smooths the map flat while Gerrit holds the candle. … She taps the northern
pass": English names carry no ending that tells, but usage does, and "she" can only
be Priya. The table (`lexicons/name_sexes.txt`) lists given names that at least nine
in ten of their bearers in public records share a sex with, and that are common
enough to trust (see NAME_SEXES_NOTICE.txt for the source). A name missing from it,
or used by both sexes (Alex, Sam, Pip), has no sex: the guards then assume nothing.

Rebuild the table from the source package (not a dependency of the bot):
    pip install nomquamgender && python -m bot.engine.guards.name_sexes
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

TABLE = Path(__file__).parent / "lexicons" / "name_sexes.txt"
MIN_BEARERS = 300  # records a name needs before its share is trusted
SHARE = 0.9  # of its bearers one sex must have


@cache
def _table() -> dict[str, str]:
    sexes: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        sex, _, names = line.partition(":")
        if sex in ("f", "m"):
            sexes.update(dict.fromkeys(names.split(), sex))
    return sexes


# A title before the name: the sex it says, or "" where it says none ("Captain Irie").
TITLES = {
    **dict.fromkeys("lady mrs ms miss queen princess dame madam madame señora frau "
                    "mistress duchess baroness countess".split(), "f"),
    **dict.fromkeys("lord sir mr king prince señor herr monsieur duke baron count".split(),
                    "m"),
    **dict.fromkeys("captain capt doctor dr professor prof detective agent sergeant sgt "
                    "officer commander lieutenant general major colonel master "
                    "father mother brother sister".split(), ""),
}


def name_sex(name: str) -> str | None:
    """"f", "m", or None: the usual sex of the name's first word ("Mae Holt" → "f"), or
    the one its title says ("Lady Ashford"); a title that says none is passed over."""
    words = [w.strip(".").lower() for w in name.split()]
    while words and words[0] in TITLES:
        if TITLES[words[0]]:
            return TITLES[words[0]]
        words = words[1:]
    if not words:
        return None
    folded = unicodedata.normalize("NFKD", words[0])
    return _table().get("".join(c for c in folded if not unicodedata.combining(c)))


def main() -> None:
    import json
    from importlib.util import find_spec

    spec = find_spec("nomquamgender")  # found, not imported: it loads pandas
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install nomquamgender first")
    source = Path(spec.submodule_search_locations[0]) / "name_data.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    rows: dict[str, list[str]] = {"f": [], "m": []}
    for name, (_, bearers, share_female, *_) in sorted(data.items()):
        if bearers < MIN_BEARERS or not re.fullmatch(r"[a-z]+", name):
            continue
        if share_female >= SHARE:
            rows["f"].append(name)
        elif share_female <= 1 - SHARE:
            rows["m"].append(name)
    TABLE.write_text("".join(f"{sex}: {' '.join(names)}\n" for sex, names in rows.items()),
                     encoding="utf-8")
    print(f"{TABLE}: {len(rows['f'])} women's names, {len(rows['m'])} men's")


if __name__ == "__main__":
    main()
