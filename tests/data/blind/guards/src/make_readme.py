import json, collections
FIELDS = ['id','text','players','previous','declared_actions','labels','language','genre','note']
LABELS = {'impersonation','assistant_voice','repetition'}
WN = set('Hope Will Grace Pip Rook Faith Sky Rose Mark Dawn Storm Joy Ash Reed Summer Chase Hunter Frank Patience Sterling Clay Jade River Bishop Rusty Ernst Wolf Esperanza Luz Paz Vitória Graça Speranza Vittoria Felice Serena Celeste Fortunato Вера Надежда Любовь 小雨 云飞 天明 하늘 별 바다 봄 光 空 望 Pierre Constance Roos Fleur Jagoda Róża Kalina Umut Deniz Barış Yıldız'.split())
IMPHARD = {'world_effect_ok','declared_restated_ok','word_names','refusal_ok','npc_ok','gm_note_ok'}
data = {}
for split in ('dev','test'):
    rows = []
    for i, line in enumerate(open(f'/work/blind/guards/{split}.jsonl')):
        o = json.loads(line)
        assert list(o.keys()) == FIELDS, (split, i)
        assert isinstance(o['text'], str) and o['text']
        assert isinstance(o['players'], list) and 2 <= len(o['players']) <= 5
        assert isinstance(o['previous'], list) and all(isinstance(x, str) for x in o['previous'])
        assert isinstance(o['declared_actions'], dict)
        assert set(o['labels']) <= LABELS and len(set(o['labels'])) == len(o['labels'])
        rows.append(o)
    data[split] = rows
ids = [r['id'] for s in data.values() for r in s]
assert len(ids) == len(set(ids))
allrows = data['dev'] + data['test']
def table(rows_by, keyf, title):
    keys = sorted({k for rows in rows_by.values() for r in rows for k in keyf(r)})
    out = [f'| {title} | dev | test | total |', '|---|---:|---:|---:|']
    for k in keys:
        d = sum(1 for r in rows_by['dev'] if k in keyf(r)); t = sum(1 for r in rows_by['test'] if k in keyf(r))
        out.append(f'| {k} | {d} | {t} | {d+t} |')
    out.append(f"| **all cases** | {len(rows_by['dev'])} | {len(rows_by['test'])} | {len(rows_by['dev'])+len(rows_by['test'])} |")
    return '\n'.join(out)
lab = lambda r: r['labels'] or ['(none)']
lang_lab = lambda r: [f"{r['language']} / {'+'.join(sorted(r['labels'])) or '(none)'}"]
md = []
md.append(table(data, lambda r: [r['language']], 'language'))
md.append(table(data, lab, 'label (a case may carry several)'))
md.append(table(data, lambda r: ['+'.join(sorted(r['labels'])) or '(none)'], 'exact label set'))
md.append(table(data, lambda r: [r['note']], 'note'))
md.append(table(data, lambda r: [r['genre']], 'genre'))
md.append(table(data, lang_lab, 'language / label set'))
wn_cases = [r for r in allrows if set(r['players']) & WN]
wn_pos = sum(1 for r in wn_cases if r['labels']); wn_neg = len(wn_cases) - wn_pos
open('/work/blind/guards/counts.md','w').write('\n\n'.join(md) + '\n')
print('\n\n'.join(md[:4]))
print('word-name player cases', len(wn_cases), 'pos', wn_pos, 'neg', wn_neg, 'word_names note', sum(1 for r in allrows if r['note']=='word_names'))
