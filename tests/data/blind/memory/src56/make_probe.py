#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator + validator for the blind long-term-memory probe (campaigns c5, c6).
Deterministic (seeded). Writes c5_city_watch.json and c6_village_breton.json next to
this file and exits 0 only if every check passes."""
import json, os, re, sys, random, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts_data import C5_FACTS, C6_FACTS, NS, SH
from filler_pools import EN, FR

N_ROUNDS = 500
TEMPLATE_CAP = 30
SLOTLESS_CAP = 6

CAMPAIGNS = [
 dict(campaign_id="c5", language="en", slug="city_watch", seed=5505,
      title="The Lantern Watch of Corvath",
      premise=("Three members of the city watch of Corvath, a foggy river port, hunt the killer of a "
               "clerk found in the canal, and are drawn into a web of smugglers, forgers, a crooked "
               "gang in the Lowgate and the secrets of respectable people."),
      players=["Mara", "Tobin", "Ilse"], facts=C5_FACTS, pools=EN),
 dict(campaign_id="c6", language="fr", slug="village_breton", seed=6606,
      title="Les Brumes de Ker-Avel",
      premise=("En 1893, dans un port sardinier du Finistère, trois habitants enquêtent aux côtés de la "
               "gendarmerie sur un noyé repêché près de la cale, et découvrent contrebandiers, "
               "naufrageurs, faussaires et vieux secrets du bourg."),
      players=["Yann", "Maëlle", "Corentin"], facts=C6_FACTS, pools=FR),
]

# ---------------------------------------------------------------- text utils
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")

def tokens(s):
    return re.findall(r"[a-z0-9]+", norm(s))

STOP_EN = set("""i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves what which who whom whose this that
these those am is are was were be been being have has had having do does did doing a an the and but if or
because as until while of at by for with about against between into through during before after above below
to from up down in out on off over under again further then once here there when where why how all any both
each few more most other some such no nor not only own same so than too very s t can will just don should
now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn
weren won wouldn would could us shall may might must let""".split())

STOP_FR = set("""au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me
meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous c d j l a m n s t y ete etee etees etes etant suis es est sommes sont serai seras sera serons
serez seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut ai as avons avez ont
aurai auras aura aurons aurez auront aurais aurait avais avait avions aviez avaient eu eue eus eut ayant avoir
etre cet cette ca ci la lorsqu jusqu quelqu puisqu presqu si ni or donc car quoi dont tout tous toute toutes
comme quand comment combien quel quelle quels quelles y est-ce ceci cela celui celle ceux celles ici
deja bien tres plus moins""".split())

def content_words(s, lang, players):
    stop = STOP_EN if lang == "en" else STOP_FR
    pn = set()
    for p in players:
        pn.update(tokens(p))
    out = []
    for w in tokens(s):
        if w in stop or w in pn:
            continue
        if len(w) < 2 and not w.isdigit():
            continue
        out.append(w)
    return out

def same_word(a, b):
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and long_.startswith(short):
        return True
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    return False

def shared_content(question, plant, lang, players):
    qw = set(content_words(question, lang, players))
    pw = set(content_words(plant, lang, players))
    q_side = sorted(w for w in qw if any(same_word(w, p) for p in pw))
    p_side = sorted(w for w in pw if any(same_word(w, q) for q in qw))
    return q_side, p_side

def key_regex(key):
    return re.compile(r"(?<![a-z0-9])" + re.escape(norm(key)) + r"(?![a-z0-9])")

# ---------------------------------------------------------------- filler
def fill(tpl, pools, rng, others, lang):
    def rep(m):
        k = m.group(1)
        if k == "O":
            return rng.choice(others)
        return rng.choice(pools[k])
    out = re.sub(r"\{([A-Z])\}", rep, tpl)
    if lang == "fr":  # French contractions after slot filling
        out = re.sub(r"\bà le ", "au ", out)
        out = re.sub(r"\bde le ", "du ", out)
        out = re.sub(r"\bà les ", "aux ", out)
        out = re.sub(r"\bde les ", "des ", out)
    return out

def attribute(s, attrib, lang):
    """Turn a bare quoted line into quote + speech tag."""
    if lang == "en":
        if not (s.startswith('"') and s.endswith('"')) or '" I' in s:
            return None
        if s.endswith('."'):
            return s[:-2] + '," ' + attrib
        return s + " " + attrib
    if not (s.startswith("« ") and s.endswith(" »")) or "», " in s:
        return None
    if s.endswith(". »"):
        return s[:-3] + " », " + attrib
    return s + " " + attrib

def cap(s):
    return s[0].upper() + s[1:] if s else s

class Filler:
    def __init__(self, pools, players, rng, lang, cap_per_sentence=3):
        self.p, self.players, self.rng, self.lang = pools, players, rng, lang
        self.used_lines = set()
        self.sent_count = Counter()
        self.tpl_count = Counter()
        self.cap = cap_per_sentence

    def _sent(self, kind, player, first):
        others = [x for x in self.players if x != player]
        # balance template usage: a template with no slot may give at most
        # SLOTLESS_CAP identical sentences; any template at most TEMPLATE_CAP uses.
        base_cap = self.cap if kind == "A" else 2 * self.cap
        live = [t for t in self.p[kind]
                if self.tpl_count[t] < (TEMPLATE_CAP if "{" in t else SLOTLESS_CAP)]
        if not live:
            live = self.p[kind]
        for _ in range(80):
            tpl = self.rng.choice(live)
            s = fill(tpl, self.p, self.rng, others, self.lang)
            if self.sent_count[s] < base_cap:
                break
        self.sent_count[s] += 1
        self.tpl_count[tpl] += 1
        if kind == "B" and self.rng.random() < 0.45:
            tags = self.p["attrib"]
            if any(o in s for o in others):  # quote already names someone: no second addressee
                tags = [t for t in tags if "{O}" not in t]
            tag = fill(self.rng.choice(tags), self.p, self.rng, others, self.lang)
            t = attribute(s, tag, self.lang)
            if t:
                s = t
        if kind == "A":
            if first and self.rng.random() < 0.25:
                s = self.rng.choice(self.p["prefix"]) + s
            elif self.lang == "fr":
                s = cap(s)
        return s

    def line(self, player):
        for _ in range(500):
            kind = self.rng.choices(["A", "AB", "BA", "B", "AA"], weights=[33, 33, 14, 12, 8])[0]
            parts = []
            for i, k in enumerate(kind):
                s = self._sent(k, player, i == 0)
                if k == "A" and i > 0:
                    # a second narrative sentence: plain, capitalised
                    s = cap(s) if self.lang == "fr" else s
                parts.append(s)
            text = " ".join(parts)
            if kind == "AA" and parts[0][:12] == parts[1][:12]:
                continue
            if text not in self.used_lines:
                self.used_lines.add(text)
                return text
        raise RuntimeError("could not make a unique filler line")

# ---------------------------------------------------------------- build
def build(camp):
    rng = random.Random(camp["seed"])
    players, lang = camp["players"], camp["language"]
    fixed = {}
    facts_out, meta = [], []
    for i, f in enumerate(camp["facts"], 1):
        (pr, pb, plant, ev, fact, akeys, skeys, ar, ab, q, diff, plain) = f
        fid = "%s-f%02d" % (camp["campaign_id"], i)
        for key in [(pr, pb), (ar, ab)]:
            if key in fixed:
                raise SystemExit("slot collision %s %s" % (fid, key))
        fixed[(pr, pb)] = plant
        fixed[(ar, ab)] = q
        facts_out.append({"id": fid, "planted_round": pr, "planted_by": pb, "fact": fact,
                          "evidence": ev, "asked_round": ar, "asked_by": ab, "question": q,
                          "difficulty": diff})
        meta.append(dict(id=fid, answer_keys=akeys, subject_keys=skeys, plain=plain))
    filler = Filler(camp["pools"], players, rng, lang)
    rounds = []
    for r in range(1, N_ROUNDS + 1):
        acts = {}
        for p in players:
            acts[p] = fixed.get((r, p)) or filler.line(p)
        rounds.append({"round": r, "actions": acts})
    doc = {"campaign_id": camp["campaign_id"], "language": lang, "title": camp["title"],
           "premise": camp["premise"], "players": players, "rounds": rounds, "facts": facts_out}
    return doc, meta, set(fixed.values())

# ---------------------------------------------------------------- validate
def validate(doc, meta, fixed_texts, camp):
    errs, info = [], {}
    E = errs.append
    players, lang = doc["players"], doc["language"]
    if list(doc.keys()) != ["campaign_id", "language", "title", "premise", "players", "rounds", "facts"]:
        E("top-level keys")
    if len(players) != 3:
        E("players != 3")
    rounds = doc["rounds"]
    if [r["round"] for r in rounds] != list(range(1, N_ROUNDS + 1)):
        E("round numbering")
    for r in rounds:
        if set(r) != {"round", "actions"} or list(r["actions"]) != players:
            E("round %d shape" % r["round"])
        for p, t in r["actions"].items():
            if not t.strip():
                E("empty action r%d %s" % (r["round"], p))
    act = {(r["round"], p): t for r in rounds for p, t in r["actions"].items()}
    facts = doc["facts"]
    fkeys = ["id", "planted_round", "planted_by", "fact", "evidence", "asked_round", "asked_by",
             "question", "difficulty"]
    if len(facts) < 22:
        E("fewer than 22 facts")
    n_ns = n_other = n_plain = 0
    gaps, per_fact = [], []
    for f, m in zip(facts, meta):
        fid = f["id"]
        if list(f.keys()) != fkeys:
            E(fid + " keys")
        if not re.fullmatch(r"c[56]-f\d\d", fid):
            E(fid + " id format")
        pr, ar = f["planted_round"], f["asked_round"]
        if not (1 <= pr <= 40):
            E(fid + " planted_round out of 1-40")
        if not (200 <= ar - pr <= 500 and ar <= N_ROUNDS):
            E(fid + " gap/asked_round")
        gaps.append(ar - pr)
        if f["planted_by"] not in players or f["asked_by"] not in players:
            E(fid + " bad player")
        plant = act[(pr, f["planted_by"])]
        if f["evidence"] not in plant:
            E(fid + " evidence not substring of planting action")
        if act[(ar, f["asked_by"])] != f["question"]:
            E(fid + " question != asking action")
        if f["asked_by"] != f["planted_by"]:
            n_other += 1
        if len(re.findall(r"[.!?]\s", f["fact"].strip())) > 0 and lang == "en":
            E(fid + " fact not one sentence")
        # evidence must carry a key
        ev_n = norm(f["evidence"])
        if not any(key_regex(k).search(ev_n) for k in m["answer_keys"] + m["subject_keys"]):
            E(fid + " evidence carries none of its keys")
        # difficulty
        q_side, p_side = shared_content(f["question"], plant, lang, players)
        n_sh = max(len(q_side), len(p_side))
        got = NS if n_sh == 0 else SH
        if got != f["difficulty"]:
            E("%s difficulty labelled %s but computed %s (%s)" % (fid, f["difficulty"], got, q_side))
        if got == SH and n_sh > 2:
            E("%s shares %d content words (>2): %s / %s" % (fid, n_sh, q_side, p_side))
        if got == NS:
            n_ns += 1
            # strict re-check, independent of the stop-word lists: no shared token of
            # 4+ letters except a handful of pure function words
            tiny = {"from", "that", "what", "with", "this", "have", "your", "they", "them",
                    "elle", "nous", "vous", "pour", "dans", "avec", "cette", "quoi"}
            pn = {w for p in players for w in tokens(p)}
            qt = {w for w in tokens(f["question"]) if len(w) >= 4 and w not in pn}
            pt = {w for w in tokens(plant) if len(w) >= 4 and w not in pn}
            strict = sorted(w for w in qt if any(same_word(w, x) for x in pt) and w not in tiny)
            if strict:
                E("%s no_shared_words but strict check finds %s" % (fid, strict))
        per_fact.append((fid, f["difficulty"], q_side, m["plain"]))
        # plain facts: no digits / no proper names other than player names / sentence starts
        if m["plain"]:
            n_plain += 1
            if re.search(r"\d", plant):
                E(fid + " plain fact has a digit")
            words = list(re.finditer(r"[A-ZÀ-ÖØ-Ý][\w'’-]*", plant))
            for w in words:
                before = plant[:w.start()].rstrip()
                word = w.group(0)
                if before == "" or before[-1] in ".!?":
                    continue
                if word in ("I", "I've", "I'm", "I'd", "I'll") or word.rstrip("'s") in players or word in players:
                    continue
                E("%s plain fact has capitalised word %r" % (fid, word))
        # leak check
        q_key = (ar, f["asked_by"])
        p_key = (pr, f["planted_by"])
        for k in m["answer_keys"]:
            rx = key_regex(k)
            if not rx.search(norm(plant)):
                E("%s answer key %r not in planting action" % (fid, k))
            for loc, t in act.items():
                if loc != p_key and rx.search(norm(t)):
                    E("%s LEAK answer key %r at r%d %s" % (fid, k, loc[0], loc[1]))
        for k in m["subject_keys"]:
            rx = key_regex(k)
            if not rx.search(norm(plant)):
                E("%s subject key %r not in planting action" % (fid, k))
            for loc, t in act.items():
                if loc not in (p_key, q_key) and rx.search(norm(t)):
                    E("%s LEAK subject key %r at r%d %s" % (fid, k, loc[0], loc[1]))
    nf = len(facts)
    if n_ns * 3 < nf:
        E("no_shared_words < 1/3")
    if n_other * 2 < nf:
        E("asked-by-other < 1/2")
    if n_plain * 10 < nf * 3:
        E("plain (no name/number/code) facts < 30%")
    # one plant/question per slot and distinct asked rounds
    if len({f["asked_round"] for f in facts}) != nf:
        E("asked rounds not distinct")
    # filler uniqueness
    filler = [t for t in act.values() if t not in fixed_texts]
    dup = [t for t, c in Counter(filler).items() if c > 1]
    if dup:
        E("duplicate filler lines: %d" % len(dup))
    if len(filler) + 2 * nf != len(act):
        E("filler line count mismatch (a filler line equals a plant/question?)")
    # NPC recurrence
    npc_counts = {n: sum(1 for t in filler if re.search(r"\b%s\b" % re.escape(n), t)) for n in camp["pools"]["npcs"]}
    for n, c in npc_counts.items():
        if c < 15:
            E("NPC %s mentioned only %d times" % (n, c))
    place_counts = {pl: sum(1 for t in filler if re.sub(r"^(the|le|la) ", "", pl) in t) for pl in camp["pools"]["P"]}
    info.update(n_facts=nf, n_no_shared=n_ns, n_shared=nf - n_ns, n_plain=n_plain,
                n_asked_by_other=n_other, gap_min=min(gaps), gap_max=max(gaps),
                gap_mean=round(sum(gaps) / nf, 1), n_filler=len(filler),
                n_distinct_filler=len(set(filler)), npc_mentions=npc_counts,
                place_mentions=place_counts, per_fact=per_fact)
    return errs, info

def main():
    ok = True
    summary = {}
    for camp in CAMPAIGNS:
        doc, meta, fixed = build(camp)
        doc2, _, _ = build(camp)
        errs, info = validate(doc, meta, fixed, camp)
        if json.dumps(doc, ensure_ascii=False) != json.dumps(doc2, ensure_ascii=False):
            errs.append("non-deterministic build")
        path = os.path.join(HERE, "%s_%s.json" % (camp["campaign_id"], camp["slug"]))
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        # re-read and re-validate what was written
        with open(path, encoding="utf-8") as fh:
            back = json.load(fh)
        if back != doc:
            errs.append("round-trip mismatch")
        print("== %s -> %s" % (camp["campaign_id"], path))
        for k, v in info.items():
            if k == "per_fact":
                for row in v:
                    print("   %s %-16s shared=%s plain=%s" % row)
            else:
                print("   %s: %s" % (k, v))
        for e in errs:
            print("   ERROR:", e)
        ok = ok and not errs
        summary[camp["campaign_id"]] = {k: v for k, v in info.items() if k != "per_fact"}
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, ensure_ascii=False, indent=1)
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
