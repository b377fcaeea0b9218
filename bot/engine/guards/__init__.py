"""Quality guards run on every narration before it is posted.

    report = check_narration(text, GuardContext(players=["Ana", "Bo"], previous=recent))
    if not report.passed:
        text = report.trimmed or <regenerate, a bounded number of times>

Each guard can be switched off per campaign through `enabled`. The guards
are pure functions of the text and context: no model, no I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .assistant_elsewhere import find_assistant_voice_elsewhere
from .assistant_phrases import find_lexicon_assistant_voice
from .assistant_voice import find_assistant_voice
from .impersonation import find_impersonation
from .judged import judged_findings
from .language import detect_language
from .lexicon import NO_LEXICON, load_lexicon
from .model import GUARD_NAMES, Cut, GuardContext, GuardFinding, GuardReport
from .names import name_variants
from .novelty import already_told
from .repair import repair
from .repetition import find_repetition
from .resolution import RESOLUTION_INSTRUCTION, ends_scene
from .structure import find_structural_impersonation
from .tally import GuardAction, GuardTally, next_action

__all__ = [
    "GUARD_NAMES",
    "RESOLUTION_INSTRUCTION",
    "Cut",
    "GuardAction",
    "GuardContext",
    "GuardFinding",
    "GuardReport",
    "GuardTally",
    "check_narration",
    "ends_scene",
    "next_action",
    "stop_strings",
]

def check_narration(
    text: str, ctx: GuardContext, enabled: Collection[str] = GUARD_NAMES,
    judged: dict[str, list[str]] | None = None,
) -> GuardReport:
    """`judged`: the optional model judge's answer ({PC: ["speaks", …]}), joined
    with the rules' findings when the impersonation guard is on."""
    unknown = set(enabled) - set(GUARD_NAMES)
    if unknown:
        raise ValueError(f"unknown guard(s): {', '.join(sorted(unknown))}")
    findings = _findings(text, ctx, enabled)
    if judged and "impersonation" in enabled:
        findings += judged_findings(text, ctx, judged, findings)
        findings.sort(key=lambda f: (f.start, f.guard))
    if not findings:
        return GuardReport(findings=[], trimmed=None)
    # Impersonation and assistant voice judge sentences in place, and every sentence
    # they flagged is cut (with a pronoun carrying a cut character on); only the
    # repetition guard weighs the narration as a whole, so only it judges again.
    again = [g for g in enabled if g == "repetition"]
    language = detect_language(text)  # what a repair keeps is still in this language
    fixed = repair(text, findings, load_lexicon(language),
                   lambda kept: bool(_findings(kept, ctx, again, language)))
    if fixed is None:
        return GuardReport(findings=findings, trimmed=None)
    return GuardReport(findings=findings, trimmed=fixed.text, cuts=fixed.cuts)


def _findings(text: str, ctx: GuardContext, enabled: Collection[str],
              language: str | None = None) -> list[GuardFinding]:
    findings: list[GuardFinding] = []
    language = language or detect_language(text)
    lexicon = load_lexicon(language)
    if "impersonation" in enabled:
        if language in ("en", None):  # its verb classes are English words
            findings += find_impersonation(text, ctx)
        # Without a lexicon only the rules that need no words run (script lines,
        # a reply right after a question to a PC).
        findings += find_structural_impersonation(
            text, ctx, lexicon or NO_LEXICON, subject_rule=lexicon is not None)
        findings = [f for f in findings if f.guard != "impersonation" or not already_told(
            text[f.start : f.end], text, ctx.previous, _named(f.reason, ctx.players))]
    if "assistant_voice" in enabled:
        findings += find_assistant_voice(text)
        findings += find_assistant_voice_elsewhere(text)
        if lexicon is not None:
            findings += find_lexicon_assistant_voice(text, lexicon)
    if "repetition" in enabled:
        stopwords = (lexicon.words("function_words")
                     if lexicon is not None and language != "en" else frozenset())
        findings += find_repetition(text, ctx.previous, ctx.players, stopwords)
    findings.sort(key=lambda f: (f.start, f.guard))
    return findings


def _named(reason: str, players: Sequence[str]) -> str:
    """The player character a finding's reason names ("" when none)."""
    return next((p for p in players if p in reason), "")


def stop_strings(players: Sequence[str]) -> list[str]:
    """Stop sequences that catch the model starting a player character's line.

    Ordered by importance (script-style `Name:` lines for every player
    first), so a caller limited to N stop strings keeps the first N.
    """
    first_forms: list[str] = []
    short_forms: list[str] = []
    for player in players:
        variants = name_variants(player)
        if not variants:
            continue
        full = " ".join(player.split())
        first_forms.append(full)
        words = [v for v in variants if " " not in v and v != full]
        # The first word after any title ("Sir Aldric Vane" → "Aldric") matters most.
        words.sort(key=lambda v: full.find(v))
        short_forms += words
    ordered: list[str] = []
    ordered += [f"\n{name}:" for name in first_forms]
    ordered += [f"\n{name}:" for name in short_forms]
    ordered += [f"\n**{name}" for name in first_forms]
    ordered += [f"\n{name} says" for name in first_forms]
    seen: set[str] = set()
    unique = []
    for stop in ordered:
        if stop not in seen:
            seen.add(stop)
            unique.append(stop)
    return unique
