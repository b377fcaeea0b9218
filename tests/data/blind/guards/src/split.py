# Stratified random split, run once with a fixed seed.
# Within each exact label set (negatives: by the label they are a hard negative for), cases are ordered by (language, note, random key) and
# systematic sampling with a random start assigns 40% to dev; this stratifies by
# label set and, within it, by language (and roughly by note).
import json, random, collections, math
SEED = 20261129
FRAC = 0.4
cases = json.load(open('/work/blind/guards/all_cases.json'))
rng = random.Random(SEED)
for c in cases:
    c['_r'] = rng.random()
HARD = json.load(open('/work/blind/guards/src/hard_targets.json'))  # which label a negative is a hard negative for
groups = collections.defaultdict(list)
for c in cases:
    groups['+'.join(sorted(c['labels'])) or ('none|' + HARD[c['id']])].append(c)
dev, test = [], []
for g in sorted(groups):
    rows = sorted(groups[g], key=lambda c: (c['language'], c['note'], c['_r']))
    u = rng.random()
    for i, c in enumerate(rows):
        (dev if math.floor(u + (i + 1) * FRAC) - math.floor(u + i * FRAC) == 1 else test).append(c)
dev.sort(key=lambda c: c['id']); test.sort(key=lambda c: c['id'])
FIELDS = ['id','text','players','previous','declared_actions','labels','language','genre','note']
for name, rows in (('dev', dev), ('test', test)):
    with open(f'/work/blind/guards/{name}.jsonl', 'w') as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + '\n')
print(len(dev), len(test), 'seed', SEED)
