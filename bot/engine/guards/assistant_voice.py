"""Assistant voice: the narrator steps out of the fiction into a helpful-assistant register.

Markers are looked for outside quoted dialogue, so an NPC who says "I cannot
let you pass" stays in character. GM notes (`((GM: …))`) may talk to the
table, so inside them only the unmistakable markers (AI self-reference,
"I hope this helps") count.
"""

from __future__ import annotations

import re

from .model import GuardFinding
from .prefilter import Prefiltered
from .text import gm_note_spans, inside, mask, quote_spans

GUARD = "assistant_voice"

_I = r"(?:I|i)"
# Unmistakable anywhere outside quotes, GM notes included.
_STRONG = [
    (r"\bas an? (?:ai|a\.i\.|artificial intelligence|(?:ai |large )?language model|"
     r"assistant|chatbot|virtual assistant)\b", "AI self-reference"),
    (r"\b(?:large )?language model\b", "AI self-reference"),
    (rf"\b{_I}(?:'m| am) (?:just |only )?an? (?:ai|a\.i\.|assistant|chatbot|bot|program)\b",
     "AI self-reference"),
    (r"\b(?:openai|anthropic|chatgpt)\b", "AI self-reference"),
    (rf"\b{_I} hope (?:this|that|it)(?: \w+){{0,3}} (?:helps|was helpful|works|meets|adds|"
     r"captures|sets|fits|gives|is what|was what)\b", "'I hope this helps'"),
    (rf"\b{_I} hope you (?:enjoy|like|liked|enjoyed) (?:this|the|it|reading)\b",
     "'I hope this helps'"),
    (r"\bhappy to help\b", "offer to help"),
    (r"\b(?:my|these) guidelines\b|\bcontent polic(?:y|ies)\b", "policy talk"),
]
# Out of place in the narrator's voice; fine inside a GM note.
_REGISTER = [
    (r"\b(?:let|lemme) me know (?:if|what|how|whether|when|which)\b", "'let me know'"),
    (r"\bfeel free to\b", "'feel free to'"),
    (rf"\b{_I}(?:'d| would)(?: be)? (?:be )?(?:happy|glad|delighted|more than happy) to\b",
     "offer to help"),
    (r"\bwould you like me to\b|\bdo you want me to\b|\bshall i (?:continue|go on|proceed)\b|"
     r"\bshould i (?:continue|go on|proceed)\b", "offer to continue"),
    (rf"\bif you(?:'d| would)? (?:like|prefer|want),? {_I} (?:can|could)\b", "offer to adjust"),
    (rf"\b{_I} (?:can|could) (?:also )?(?:adjust|rewrite|revise|continue the story|tone|expand "
     r"on|change the|make it|try a different)\b", "offer to adjust"),
    (r"\bit(?:'s| is) (?:important|worth|crucial|essential|vital|good) (?:to )?(?:remember|note|"
     r"noting|keep in mind|mention|recogni[sz]e|acknowledge)\b", "lecturing aside"),
    (r"\b(?:please )?(?:note|remember|keep in mind) that (?:this|these|violence|it'?s|in real)\b",
     "lecturing aside"),
    (r"\bplease (?:note|be aware|remember|consult|seek|reach out)\b", "lecturing aside"),
    (r"\bdisclaimer\b", "disclaimer"),
    (r"\b(?:this|the) (?:story|scene|scenario|narrative|content|roleplay) (?:is|was) "
     r"(?:purely |entirely |just |only )?(?:fictional|fiction|for entertainment)\b", "disclaimer"),
    (r"\bin (?:real life|the real world),? (?:this|such|these|it|violence|you)\b", "disclaimer"),
    (rf"\b{_I} (?:do not|don't|cannot|can't|won't) (?:condone|endorse|promote|encourage|"
     r"support) \b", "disclaimer"),
    (r"\b(?:does not|doesn't|do not|don't) (?:condone|endorse|promote|glorify) (?:violence|"
     r"harm|such|this|these|real)\b", "disclaimer"),
    (r"\bif you or someone you know\b|\bseek (?:professional )?help\b|\bmental health "
     r"(?:professional|resources)\b|\bhotline\b", "safety boilerplate"),
    (rf"\b{_I}(?:'m| am) (?:sorry|afraid),? but {_I} (?:can(?:no|')t|won't|am unable|'m unable)\b",
     "assistant refusal"),
    (rf"\b{_I} (?:cannot|can't|can not|won't|am unable to|'m unable to|am not able to) "
     r"(?:continue|write|generate|create|produce|assist|help with|provide|depict|describe|"
     r"engage|fulfil|fulfill|comply)\b", "assistant refusal"),
    (rf"\b{_I} apologi[sz]e\b", "apology"),
    (r"(?:^|[.!?]\s+)(?:what an? |that'?s an? )?(?:great|excellent|good|interesting) "
     r"(?:question|choice|idea)\b", "assistant praise"),
    (r"\b(?:summary|overview|recap|list) of (?:your|the|possible) (?:options|choices)\b|"
     r"\byour (?:options|choices) (?:are|include)\s*:", "menu of options"),
    (r"^\s*(?:certainly|sure|absolutely|of course|okay|ok|got it|understood)[!,.]\s+"
     r"(?:here|i|let)", "assistant preamble"),
    (r"\bhere(?:'s| is) (?:the|a|an|your)(?: [a-z-]+)?(?: [a-z-]+)? (?:part|scene|response|"
     r"narration|continuation|installment|chapter|version|draft|take|rewrite)\b(?=[^\n]{0,40}:)",
     "assistant preamble"),
    (r"(?:^|\()[ \t]*(?:note|n\.b\.|nb|author'?s note|a/n)[ \t]*:", "note to the reader"),
    (r"\bas (?:you )?(?:requested|asked)\b", "talks about the request"),
    (rf"\b{_I}(?:'ve| have) (?:written|continued|kept|tried to|included|added|made sure|made "
     r"the|made it|changed|adjusted|toned|revised|rewritten)\b",
     "talks about its own writing"),
    (rf"\b(?:{_I}(?:'ll| will)|let(?:'s| us)) (?:continue|keep|pick up|resume|move) (?:the|our|"
     r"this|with the) (?:story|scene|roleplay|role-play|narrative|adventure|game)\b",
     "talks about its own writing"),
    (r"\b(?:hope you(?:'re| are)? enjoy(?:ing)?|hope you enjoyed)\b", "assistant sign-off"),
    (r"\bhappy (?:writing|gaming|roleplaying|adventuring)!", "assistant sign-off"),
    (r"\b(?:respectful|healthy|safe) (?:and (?:respectful|consensual|safe) )?(?:manner|"
     r"environment|boundaries|relationships)\b", "moralizing aside"),
    (r"\b(?:is|are) (?:never|not) (?:okay|ok|acceptable|the answer)\b(?![^.]*[\"”])",
     "moralizing aside"),
    # No one inside the fiction calls it a roleplay: the narrator has stepped out of it.
    (r"\b(?:the|this|our|a|my) (?:role-?play|role play|rp)\b", "talks about the roleplay"),
    (r"\bin real(?:-life| life)? situations\b", "disclaimer"),
]
_MENU_FRAMING = re.compile(
    r"(?:here (?:are|is)|some (?:options|ideas|suggestions|possibilities|choices|paths)|"
    r"(?:options|suggestions|choices|possibilities)(?: (?:are|include))?\s*:|you (?:could|can|"
    r"might|may)(?: choose| try| consider)?[^.\n]{0,40}:|(?:possible|potential) (?:actions|"
    r"next steps|paths|moves)|choose (?:one|from)|pick (?:one|an option)|what would you like)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)]|[a-d][.)])[ \t]+\S", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(
    r"^#{1,4}\s+(?:options|next steps|summary|note|notes|choices|what you can do)\b|"
    r"^\*\*(?:options|next steps|note|choices|possible actions)\s*:?\*\*",
    re.IGNORECASE | re.MULTILINE,
)

# For each pattern above, in order: lowercase pieces one of which every match
# contains. A pattern none of whose pieces occur in the narration cannot match,
# so it is not run: most narrations skip most patterns, which keeps the guard cheap.
_STRONG_NEEDS = [
    ("ai", "a.i.", "artificial", "model", "assistant", "chatbot"), ("language model",),
    ("'m", " am"), ("openai", "anthropic", "chatgpt"), ("hope",), ("hope you",),
    ("happy to help",), ("guidelines", "content polic"),
]
_REGISTER_NEEDS = [
    ("me know",), ("feel free to",), ("'d", "would"), ("me to", "shall i", "should i"),
    ("if you",), ("can", "could"), ("it's", "it is"), (" that",), ("please",), ("disclaimer",),
    ("fiction", "entertainment"), ("real ",),
    ("condone", "endorse", "promote", "encourage", "support"),
    ("condone", "endorse", "promote", "glorify"),
    ("someone you know", "help", "mental health", "hotline"), ("sorry", "afraid"),
    ("cannot", "can't", "can not", "won't", "unable", "not able"), ("apologi",),
    ("great", "excellent", "good", "interesting"), ("options", "choices"),
    ("certainly", "sure", "absolutely", "of course", "okay", "ok", "got it", "understood"),
    ("here",), ("note", "n.b.", "nb", "a/n"), ("requested", "asked"), ("'ve", " have"),
    ("'ll", " will", "let's", "let us"), ("hope you",), ("happy ",),
    ("respectful", "healthy", "safe"), ("never", "not"),
    ("roleplay", "role-play", "role play", " rp"), ("situations",),
]
assert len(_STRONG_NEEDS) == len(_STRONG) and len(_REGISTER_NEEDS) == len(_REGISTER)

# Each also skips a narration without the literal pieces its own matches hold (prefilter.py).
_STRONG_RE = [(Prefiltered(re.compile(p, re.IGNORECASE)), why, needs)
              for (p, why), needs in zip(_STRONG, _STRONG_NEEDS, strict=True)]
_REGISTER_RE = [(Prefiltered(re.compile(p, re.IGNORECASE | re.MULTILINE)), why, needs)
                for (p, why), needs in zip(_REGISTER, _REGISTER_NEEDS, strict=True)]


def find_assistant_voice(text: str) -> list[GuardFinding]:
    quotes = quote_spans(text)
    notes = gm_note_spans(text)
    outside_quotes = mask(text, quotes)
    narration = mask(text, quotes + notes)
    low = text.lower()
    findings: list[GuardFinding] = []
    for regex, why, needs in _STRONG_RE:
        if any(piece in low for piece in needs):
            findings += [GuardFinding(GUARD, m.start(), m.end(), why)
                         for m in regex.finditer(outside_quotes) if _not_shouted(m)]
    for regex, why, needs in _REGISTER_RE:
        if any(piece in low for piece in needs):
            findings += [GuardFinding(GUARD, m.start(), m.end(), why)
                         for m in regex.finditer(narration) if _not_shouted(m)]
    findings += _option_menus(narration, notes)
    findings.sort(key=lambda f: f.start)
    return findings


def _not_shouted(match: re.Match[str]) -> bool:
    """All-caps text is in-world signage or a machine's display ("PLEASE NOTE OUR
    HOURS", "I AM AN AI"), not the narrator's register."""
    return any(ch.islower() for ch in match.group())


def _option_menus(narration: str, notes: list[tuple[int, int]]) -> list[GuardFinding]:
    """A bulleted/numbered list of choices framed like an assistant's suggestions.

    A plain list (an inventory, a posted notice) is fine; a list introduced by
    "Here are some options:" or "You could:" is the assistant talking.
    """
    findings = []
    heading = _MARKDOWN_HEADING.search(narration)
    if heading:
        findings.append(GuardFinding(GUARD, heading.start(), heading.end(), "markdown heading"))
    items = [m for m in _LIST_ITEM.finditer(narration) if not inside(m.start(), notes)]
    if len(items) < 2:
        return findings
    first = items[0].start()
    lead_in = narration[max(0, first - 200) : first]
    last_line = lead_in.rstrip().rsplit("\n", 2)
    framing = "\n".join(last_line[-2:])
    if _MENU_FRAMING.search(framing):
        end = narration.find("\n", items[-1].start())
        findings.append(GuardFinding(GUARD, first, len(narration) if end < 0 else end,
                                     "menu of options in an assistant's tone"))
    return findings
