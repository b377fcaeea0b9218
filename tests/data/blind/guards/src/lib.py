import json
G = {'F':'high fantasy','N':'noir','SF':'sci-fi','H':'horror','CP':'cyberpunk','W':'western','RO':'romance',
     'PA':'post-apocalyptic','PI':'pirate','MM':'modern mystery','WX':'wuxia','SO':'space opera','SL':'slice of life',
     'ST':'steampunk','UF':'urban fantasy'}
LAB = {'I':'impersonation','A':'assistant_voice','R':'repetition'}
CASES = []
_lang = ['en']
def lang(x): _lang[0] = x
def c(g, n, L, P, t, d=None, pv=None, h=None):
    CASES.append(dict(text=t.strip(), players=[p.strip() for p in P.split(',')],
        previous=[x.strip() for x in (pv or [])], declared_actions=d or {},
        labels=[LAB[x] for x in L], language=_lang[0], genre=G.get(g, g), note=n, _hard=h))
