#!/usr/bin/env python3
"""Makes questions.jsonl from questions.txt (one hand-written question a line: `question|gold ids`).

Some seed documents occur twice in the corpus (a speech reprinted in two collections): a question
written against one copy is also answered by the other, so every document whose text is a near
copy of a gold document (half or more of its 8-character shingles are in the gold one) is added
to the gold list. Run from the repository root."""
import json

base = 'search/src/test/resources/org/govsite/search/'
docs = {d['id']: d['title'] + '\n' + d['body'] for d in json.load(open(base + 'seed-docs.json', encoding='utf-8'))}


def shingles(text):
    t = ''.join(text.split())
    return {t[i:i + 8] for i in range(max(0, len(t) - 7))}


sh = {k: shingles(v) for k, v in docs.items()}
out = []
for n, line in enumerate(open(base + 'questions/questions.txt', encoding='utf-8'), 1):
    query, ids = line.rstrip('\n').split('|')
    gold = ids.split(',')
    for g in list(gold):
        assert g in docs, (n, g)
        for k, s in sh.items():
            if k not in gold and s and len(s & sh[g]) >= len(s) / 2:
                gold.append(k)
    out.append({'qid': f'q{n:03d}', 'query': query, 'gold': gold})
with open(base + 'questions/questions.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'questions,', sum(len(o['gold']) for o in out) / len(out), 'gold ids on average')
