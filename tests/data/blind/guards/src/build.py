import json, random, collections, importlib, sys
import lib
MODS = ['en1','en2','en3','en4','en5','en6','en7','de','es','fr','pt','it','ja','ru','zh','ko']
import os
extra = sorted(f[:-3] for f in os.listdir('.') if f.startswith('x_') and f.endswith('.py'))
for m in MODS + extra:
    importlib.import_module(m)
cases = lib.CASES
IMPHARD = {'world_effect_ok','declared_restated_ok','word_names','refusal_ok','npc_ok','gm_note_ok'}
REPHARD = {'recap_ok','callback_ok'}
NOTES = set('named_actor speech inner_state pronoun_attribution unattributed_reply second_person_choice party_decision word_names emoji_asterisk_script assistant_opener assistant_closer assistant_meta assistant_disclaimer assistant_menu repeat_paraphrase repeat_short recap_ok callback_ok npc_ok world_effect_ok declared_restated_ok refusal_ok gm_note_ok clean'.split())
NEGNOTES = {n for n in NOTES if n.endswith('_ok')} | {'word_names','clean'}
def hard_for(c):
    if c['labels']: return ''
    h = c['_hard']
    if h: return h
    n = c['note']
    if n in REPHARD: return 'R'
    if n in IMPHARD: return 'I'
    return ''
errs = 0
seen = set()
for i, c in enumerate(cases):
    c['id'] = 'b%04d' % (i+1)
    c['_hf'] = hard_for(c)
    if c['note'] not in NOTES: print('bad note', c['id'], c['note']); errs += 1
    if not c['labels'] and c['note'] not in NEGNOTES: print('neg with pos note', c['id'], c['note']); errs += 1
    if c['labels'] and c['note'] in NEGNOTES: print('pos with neg note', c['id'], c['note']); errs += 1
    if 'repetition' in c['labels'] and not c['previous']: print('rep no prev', c['id']); errs += 1
    for k in c['declared_actions']:
        if k not in c['players']: print('decl not player', c['id'], k); errs += 1
    if not (2 <= len(c['players']) <= 5): print('players', c['id']); errs += 1
    key=(c['text'], tuple(c['previous']))
    if key in seen: print('dup text', c['id']); errs += 1
    seen.add(key)
FIELDS = ['id','text','players','previous','declared_actions','labels','language','genre','note']
out = [{k: c[k] for k in FIELDS} for c in cases]
print('total', len(out), 'errs', errs)
lc = collections.Counter(c['language'] for c in out); print('lang', dict(lc))
print('en share %.3f' % (lc['en']/len(out)))
print('genres', len(set(c['genre'] for c in out)), dict(collections.Counter(c['genre'] for c in out)))
print('neg', sum(1 for c in out if not c['labels']))
lab = collections.Counter(l for c in out for l in c['labels']); print('labels', dict(lab))
hf = collections.Counter()
for c in cases:
    for ch in c['_hf']: hf[ch] += 1
print('hard negs', dict(hf))
print('multi', sum(1 for c in out if len(c['labels'])>1))
print('notes', dict(collections.Counter(c['note'] for c in out)))
WN = {'Hope','Will','Grace','Pip','Rook','Faith','Sky','Rose','Mark','Dawn','Rusty','Jack','Bishop','Hunter','Summer','Chase','Joy','Ash','Reed','Storm','Frank','Patience','Sterling','Clay','Jade','River','Ernst','Wolf','Esperanza','Luz','Paz','Dolores','Vitória','Graça','Speranza','Vittoria','Felice','Serena','Celeste','Fortunato','Вера','Надежда','Любовь','小雨','云飞','天明','하늘','별','바다','봄','光','空','望','Pierre','Constance','Victoire'}
print('word-name cases', sum(1 for c in out if set(c['players']) & WN))
per = collections.defaultdict(collections.Counter)
for c in out:
    per[c['language']]['pos' if c['labels'] else 'neg'] += 1
print({k: dict(v) for k, v in per.items()})
json.dump(out, open('/work/blind/guards/all_cases.json','w'), ensure_ascii=False)
json.dump({c['id']: c['_hf'] for c in cases}, open('/work/blind/guards/src/hard_targets.json','w'))
