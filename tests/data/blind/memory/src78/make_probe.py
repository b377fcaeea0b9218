#!/usr/bin/env python3
"""Blind-written long-term-memory probe generator + validator (campaigns c7, c8).
Deterministic. Writes c7_*.json and c8_*.json beside itself; exits 0 only if all checks pass."""
import json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

STOP_EN = set("""a an the and or but if so of to in on at by for with from into onto over under up down out off
about as than then that this these those there here it its it's is are was were be been being am do does did done
have has had having i me my mine myself we us our ours you your yours he him his she her hers they them their theirs
what which who whom whose where when why how not no nor all any some each every both either neither
can could will would shall should may might must just also too very only even still again ever never
s t ll d re ve m don didn isn wasn won wouldn can't i'm let let's one""".split())
STOP_ES = set("""el la los las lo un una unos unas y e o u ni pero sino si no de del a al en con por para sin sobre
bajo entre hasta desde hacia tras que quien quienes cual cuales cuyo donde cuando como cuanto cuanta cuantos
este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso aquello
yo tu el ella nosotros vosotros ellos ellas me te se nos os le les mi mis tus su sus nuestro nuestra
es son era eran fue ser estar esta estan estaba he ha han hay haber tengo tiene muy mas menos ya tan tambien
solo sola aun todavia otro otra otros otras todo toda todos todas cada algo nada alguien nadie porque pues asi""".split())

def content_words(text, lang, players):
    stop = STOP_EN if lang == "en" else STOP_ES
    pl = {norm(p) for p in players}
    toks = re.findall(r"[a-z]+", norm(text))
    return {t for t in toks if len(t) >= 2 and t not in stop and t not in pl}

def related(a, b):
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and long_.startswith(short):
        return True
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    return False

def shared(q, p, lang, players):
    qw, pw = content_words(q, lang, players), content_words(p, lang, players)
    return sorted({(x, y) for x in qw for y in pw if related(x, y)})

def has_key(line, key):
    n = norm(line)
    parts = key if isinstance(key, list) else [key]
    return all(re.search(r"(?<![a-z0-9])" + re.escape(norm(k)) + r"(?![a-z0-9])", n) for k in parts)

# ---------------------------------------------------------------- c7 (English)
C7 = dict(
    campaign_id="c7", language="en", slug="cold_creek_railroad",
    title="The Cold Creek Line",
    premise=("1871. A railroad crew pushes the Cold Creek spur through the mountains for the Halloway "
             "company. Martha runs the telegraph, Eli surveys the route, Jonah guards the payroll and the crew."),
    players=["Martha", "Eli", "Jonah"],
)
# (id, plant_round, planter, plant_text, evidence, fact, keys, ordinary, ask_round, asker, question)
C7_FACTS = [
 ("f01", 1, "Eli", "My little brother Caleb ran off with the Dalton gang two summers ago, and I've never told anyone here.",
  "My little brother Caleb ran off with the Dalton gang", "Eli's little brother Caleb rode off with the Dalton gang.",
  ["Caleb", "Dalton"], False, 240, "Jonah",
  "Eli, that outlaw outfit they nailed a poster up for today — wasn't some kin of yours mixed up with them?"),
 ("f02", 3, "Martha", "I tap the key twice for luck. The code to reach the Denver office after midnight is 'BLUE HERON SEVEN'.",
  "The code to reach the Denver office after midnight is 'BLUE HERON SEVEN'", "The night code for the Denver telegraph office is BLUE HERON SEVEN.",
  ["blue heron"], False, 410, "Eli",
  "Martha, it's late and I need Denver on the wire — what do I tap to get through?"),
 ("f03", 4, "Jonah", "I owe Foreman Briggs 35 dollars from the poker game, and he wants it by the end of the month.",
  "I owe Foreman Briggs 35 dollars", "Jonah owes Foreman Briggs 35 dollars from a poker game.",
  ["35"], False, 300, "Martha",
  "Jonah, Briggs was grumbling at breakfast about money — how much are you still into him for?"),
 ("f04", 5, "Eli", "I buried my father's compass under the lone cottonwood beside the dry wash.",
  "I buried my father's compass under the lone cottonwood beside the dry wash", "Eli buried his father's compass under the lone cottonwood by the dry wash.",
  ["cottonwood", ["father", "compass"]], True, 330, "Jonah",
  "I ride out to dig up that needle thing Eli's old man left him, out by the single tree near the gully."),
 ("f05", 6, "Martha", "My sister is afraid of deep water, so she'll never cross at the ford with us.",
  "My sister is afraid of deep water", "Martha's sister is afraid of deep water.",
  [["sister", "water"], ["afraid", "water"]], True, 280, "Eli",
  "Should we put Martha's sister on the ferry, or will the river frighten her?"),
 ("f06", 8, "Jonah", "The gunsmith in Red Mesa, Horace Penwick, still has my Winchester in hock.",
  "Horace Penwick, still has my Winchester in hock", "Jonah's Winchester is pawned with gunsmith Horace Penwick in Red Mesa.",
  ["Penwick", "Horace", "Winchester", "in hock"], False, 420, "Martha",
  "Jonah, will you finally buy back the rifle you pawned, or is it gone for good?"),
 ("f07", 10, "Eli", "The survey stakes for the true route are painted yellow; the red ones are a decoy for Halloway's rivals.",
  "The survey stakes for the true route are painted yellow", "The stakes marking the true route are painted yellow; the red ones are a decoy.",
  [["stakes", "yellow"], "decoy"], False, 350, "Martha",
  "Eli, the crew wants to know which colour of stake marks the real line."),
 ("f08", 12, "Martha", "I promised Rosa I'd carry her letter to Sacramento and hand it only to her son Miguel.",
  "I promised Rosa I'd carry her letter to Sacramento and hand it only to her son Miguel", "Martha promised Rosa to carry her letter to Sacramento and give it only to her son Miguel.",
  ["Miguel", "Sacramento"], False, 290, "Jonah",
  "Martha, what was it you swore to do for Rosa once we reach the coast?"),
 ("f09", 13, "Jonah", "I sleep with a knife under my pillow because of what happened at the last camp.",
  "I sleep with a knife under my pillow", "Jonah sleeps with a knife under his pillow.",
  ["pillow"], True, 262, "Eli",
  "Jonah, what blade do you keep tucked beneath your head at night, and why?"),
 ("f10", 15, "Eli", "The password at the back door of the Silver Spur is 'cinnamon', Rosa told me.",
  "The password at the back door of the Silver Spur is 'cinnamon'", "The password for the Silver Spur's back door is 'cinnamon'.",
  ["cinnamon", "password"], False, 480, "Martha",
  "I knock at the saloon's rear entrance and give the word Eli passed on to us."),
 ("f11", 17, "Martha", "Doc Pruitt is not a real doctor; he was a barber in Saint Louis.",
  "he was a barber in Saint Louis", "Doc Pruitt is not a real doctor; he was a barber in Saint Louis.",
  ["barber", "Saint Louis", "real doctor"], False, 390, "Jonah",
  "My arm's bleeding — can we trust the sawbones with a needle, or is there something about his past?"),
 ("f12", 19, "Jonah", "There are forty sticks of dynamite hidden in the old ice house behind the depot.",
  "forty sticks of dynamite hidden in the old ice house", "Forty sticks of dynamite are hidden in the old ice house behind the depot.",
  ["forty", "ice house", "dynamite"], False, 310, "Jonah",
  "I head out to fetch the dynamite I stowed away back in the spring, we need it for the cut."),
 ("f13", 21, "Eli", "My wife's maiden name is Abernathy, and her family owns the bank in Cheyenne.",
  "My wife's maiden name is Abernathy, and her family owns the bank in Cheyenne", "Eli's wife was born an Abernathy; her family owns the bank in Cheyenne.",
  ["Abernathy", "Cheyenne", "maiden"], False, 450, "Martha",
  "Eli, those moneylenders your missus comes from — would they front us a loan?"),
 ("f14", 23, "Martha", "I keep the spare key to the telegraph office under the blue flowerpot by the back door.",
  "the spare key to the telegraph office under the blue flowerpot", "Martha keeps the telegraph office's spare key under the blue flowerpot by the back door.",
  ["flowerpot", "spare key"], True, 260, "Jonah",
  "Martha's off sick, so I go looking for the spare key where she said she leaves it."),
 ("f15", 25, "Jonah", "Halloway paid me 200 dollars to keep quiet about the collapse at Tunnel Four.",
  "Halloway paid me 200 dollars to keep quiet about the collapse at Tunnel Four", "Halloway paid Jonah 200 dollars to keep quiet about the Tunnel Four collapse.",
  ["200", "Tunnel Four", "collapse", "cave-in"], False, 470, "Eli",
  "Jonah, how much did Halloway hand you to stay silent about the cave-in?"),
 ("f16", 27, "Eli", "My left eye is nearly blind, so I always sight the theodolite with my right.",
  "My left eye is nearly blind", "Eli's left eye is nearly blind.",
  [["left", "eye"], "theodolite", "blind"], True, 360, "Martha",
  "Eli, which side can't you see out of? I'm seating you on the coach."),
 ("f17", 29, "Martha", "Old Sam the cook was a Confederate spy during the war.",
  "Old Sam the cook was a Confederate spy", "Old Sam the cook was a Confederate spy in the war.",
  ["Confederate", "spy"], False, 400, "Eli",
  "Martha, what's the story about Sam and the war? People keep whispering."),
 ("f18", 31, "Jonah", "My mother's wedding ring is sewn into the lining of my saddle.",
  "My mother's wedding ring is sewn into the lining of my saddle", "Jonah's mother's wedding ring is sewn into the lining of his saddle.",
  ["wedding ring", "lining", "sewn"], True, 340, "Martha",
  "Jonah, you said your ma's band was stitched somewhere in your riding gear — is it still there?"),
 ("f19", 33, "Eli", "The grain shipment on Thursday's train is really carrying Army rifles for Fort Laramie.",
  "The grain shipment on Thursday's train is really carrying Army rifles for Fort Laramie", "Thursday's grain shipment really carries Army rifles for Fort Laramie.",
  ["Laramie", "grain", "Thursday"], False, 460, "Jonah",
  "What's really in those feed sacks on the Thursday freight, Eli?"),
 ("f20", 35, "Martha", "I can't read a single word; Eli writes down the messages I hear on the wire.",
  "I can't read a single word", "Martha cannot read; Eli writes down the messages she hears on the wire.",
  ["read", "illiterate"], True, 500, "Jonah",
  "Martha, here's a letter from home — want me to say it aloud for you, seeing as letters give you trouble?"),
 ("f21", 37, "Jonah", "The mule named Duchess is the only one who'll cross the trestle without balking.",
  "The mule named Duchess is the only one who'll cross the trestle", "Only the mule Duchess will cross the trestle without balking.",
  ["Duchess", "balking"], False, 380, "Eli",
  "Which of our mules will walk over the trestle?"),
 ("f22", 39, "Eli", "I'll pay Widow Kincaid back the 17 dollars I owe her on the first of May.",
  "I'll pay Widow Kincaid back the 17 dollars I owe her on the first of May", "Eli owes Widow Kincaid 17 dollars and will repay her on the first of May.",
  ["17", "first of May", "debt"], False, 440, "Martha",
  "Eli, Widow Kincaid asked me when you're settling your debt."),
 ("f23", 40, "Martha", "The stationmaster at Pike's Gulch keeps a loaded shotgun beneath the ticket counter.",
  "keeps a loaded shotgun beneath the ticket counter", "The Pike's Gulch stationmaster keeps a loaded shotgun beneath the ticket counter.",
  ["shotgun", "ticket counter", "stationmaster"], False, 270, "Eli",
  "If things go sour at the next stop, what's the man selling fares hiding behind his desk?"),
 ("f24", 9, "Eli", "I'm the one who let the horses out of the corral that night, not the drifter they hanged.",
  "I'm the one who let the horses out of the corral that night, not the drifter they hanged", "Eli let the horses out of the corral, not the drifter who was hanged for it.",
  ["drifter", "hanged", "strung up", ["horses", "corral"]], True, 320, "Jonah",
  "Eli, who really freed the horses back when they strung up that stranger?"),
]

C7_POOLS = dict(
    npc=["Mr. Halloway", "Foreman Briggs", "Doc Pruitt", "Rosa", "Sheriff Tate", "Old Sam", "Little Billy", "Widow Kincaid"],
    place=["the depot", "the Silver Spur", "the water tower", "Pike's Gulch", "the trestle", "the bunk car",
           "the general store", "the telegraph office", "Red Mesa", "the tunnel camp", "Cold Creek", "the livery"],
    num=["two", "three", "four", "five", "six", "nine", "ten", "a dozen", "twenty", "fifteen"],
    time=["at dawn", "at nine o'clock", "by noon", "after supper", "at six sharp", "before sunup", "around sundown", "tomorrow morning"],
    item=["a sack of flour", "a box of cartridges", "a new hat", "coffee beans", "a coil of rope", "lamp oil",
          "a tin of peaches", "horseshoe nails", "a wool blanket", "chewing tobacco", "a deck of cards", "bandages",
          "a pair of boots", "a bar of soap"],
    weather=["rain", "snow", "wind", "dust", "hail", "fog"],
)
C7_TEMPLATES = [
 "I walk over to {place} and ask {npc} if there's any news from down the line.",
 "{other}, you snore like a freight engine. I'm dragging my bedroll over to {place} tonight.",
 "I buy {item} and haggle the price down by {num} cents. Not bad for a Tuesday.",
 "I help {npc} load {num} crates onto the flatcar before the whistle blows.",
 "I tell {other} we ought to leave {place} {time} if we want to beat the {weather}.",
 "I tip my hat to {npc} and keep walking; I've got no time for gossip today.",
 "Cards again, {other}? Fine, but I'm only putting in {num} cents and not a penny more.",
 "I check my revolver, count {num} rounds, and follow {npc} toward {place}.",
 "I duck behind the water barrel as somebody starts shooting near {place}, then return fire twice.",
 "I sit on the edge of the platform at {place} and whittle while {npc} complains about the {weather}.",
 "{other}, pass me that canteen. This {weather} is drying me out like old jerky.",
 "I ride with {other} to {place} and we get there {time}, tired and hungry.",
 "I ask {npc} how many men are laid up sick this week. {num_cap}, they tell me.",
 "I trade {item} for {item2} with a peddler passing through {place}.",
 "I laugh at {other}'s joke about the mule and nearly fall off the wagon.",
 "I wake {time}, wash my face in the creek and go see what {npc} wants.",
 "I stand guard by {place} until relieved, watching the ridge for riders.",
 "{other}, if {npc} asks, we were at {place} all evening. Agreed?",
 "I pay {num} cents for a plate of beans at {place} and eat it standing up.",
 "I punch the drunk who shoved {npc}, then drag him out into the street.",
 "I write a note for {npc} and leave it pinned to the door at {place}.",
 "I help the crew swing hammers on the new rails until my hands are raw.",
 "We should pool our money for {item}, {other}. Winter's coming.",
 "I whistle a tune while oiling the handcar at {place}.",
 "I tell {npc} the {weather} will hold up the work crew for a day at least.",
 "I climb the ridge above {place} to get a look at the valley {time}.",
 "I get into an argument with {npc} over the price of {item} and storm out.",
 "I share a pot of coffee with {other} and {npc} by the fire.",
 "{other}, what do you make of {npc}? Straight answer, please.",
 "I hand {npc} {num} dollars' worth of supplies and ask for a receipt.",
 "I follow a set of tracks from {place} halfway to {place2} before losing them in the rocks.",
 "I mend the broken wagon wheel with {npc}'s tools and a lot of cursing.",
 "{other}, I bet you {num} cents {npc} shows up late again.",
 "I fire a warning shot over the heads of the rustlers near {place}.",
 "I tell the new hands at {place} to stay away from the edge of the cut.",
 "I finally take a bath, first time in {num} days, and {other} says it shows.",
 "I nod to {other} and we split up: I'll take {place}, you take {place2}.",
 "I patch a hole in my coat by lamplight while {npc} tells stories.",
 "I bring {npc} {item} as a peace offering.",
 "I count the crates on the platform twice. {num_cap}, same as yesterday.",
 "I ask {npc} for directions to {place} and get three different answers.",
 "I keep an eye on the strangers playing faro at {place}.",
 "I lead the horses to water at the creek {time}.",
 "I tell {other} a story about my grandpa and a bear; it gets bigger every time.",
 "I wrestle {other} for the last biscuit and lose.",
 "I hitch the wagon and drive {npc} to {place}.",
 "I sweep the snow off the boardwalk outside {place} and wave to {npc}.",
 "I send word with Little Billy that we'll be at {place} {time}.",
 "I help Doc Pruitt hold down a brakeman with a broken leg at {place}.",
 "I clean the rust off a pile of old spikes behind {place}.",
 "I listen to {npc} sing at {place} and toss {num} cents into the hat.",
 "{other}, your turn to cook. I did it {num} nights running.",
 "I stop a fight between two graders at {place} before it gets ugly.",
 "I ride out to inspect the grade past {place} with {other}.",
 "I ask {npc} whether the {weather} will delay the supply train.",
 "I fold my arms and tell {npc} the crew won't work without pay.",
 "I chase a runaway pig through {place}, much to the amusement of {other}.",
 "I get back to {place}, shake off the {weather}, and pour myself a coffee.",
 "I pick up {item} from {place} and carry it back to camp.",
 "I tell {other} I'm tired of beans; tonight we eat at {place}.",
 "I take {npc} aside and ask how the track laying is going.",
 "I roll a smoke and watch the sun go down over {place}.",
 "I climb onto the roof of the bunk car and check the {weather} on the horizon.",
 "I give Little Billy {num} cents to run an errand to {place}.",
 "I raise my glass to {other}: to the Cold Creek line!",
 "I lend {npc} {item} and make a mental note to get it back.",
 "I ask Sheriff Tate about the fellow who was lurking around {place}.",
 "I help Old Sam peel {num} buckets of potatoes.",
 "I argue with {other} about which way to take around {place}.",
 "I tip Rosa {num} cents for the stew and head back out into the {weather}.",
 "{other}, what do you reckon {npc} meant by that look at supper?",
 "Listen, {other}: we finish the grade past {place} by Friday, then we ask for a raise.",
 "I tell {npc} that if the {weather} keeps up we'll lose {num} days of work.",
 "I bet {other} the next train from Cold Creek is late. Loser buys drinks at the Silver Spur.",
 "I tell {other} to keep it down; {npc} is listening from the next table.",
 "I show {other} the blisters on my hands and ask for a turn at an easier job.",
 "I whisper to {other} that {npc} has been acting jumpy ever since the {weather} rolled in.",
 "I buy {num} rounds at {place} to celebrate a mile of new track.",
]

# ---------------------------------------------------------------- c8 (Spanish)
C8 = dict(
    campaign_id="c8", language="es", slug="monasterio_de_la_niebla",
    title="El hospital de peregrinos de Santa María de la Niebla",
    premise=("Año 1347. En un monasterio-hospital de los Pirineos, sobre la aldea de Valdeniebla, tres viajeros "
             "pasan el invierno: Lucía, herbolaria; Tomás, copista; Inés, hija de un soldado que huye de un pasado oscuro."),
    players=["Lucía", "Tomás", "Inés"],
)
C8_FACTS = [
 ("f01", 1, "Tomás", "Mi verdadero apellido es Olmedo y huí de Burgos acusado de falsificar cartas de compraventa.",
  "Mi verdadero apellido es Olmedo y huí de Burgos acusado de falsificar cartas", "Tomás se apellida en realidad Olmedo y huyó de Burgos acusado de falsificar cartas.",
  ["Olmedo", "Burgos", "falsificar"], False, 260, "Lucía",
  "Tomás, ¿de qué ciudad escapaste y por qué te perseguían?"),
 ("f02", 2, "Lucía", "Escondí el frasco de belladona dentro de la bota vieja que cuelga en la enfermería.",
  "Escondí el frasco de belladona dentro de la bota vieja", "Lucía escondió el frasco de belladona dentro de la bota vieja que cuelga en la enfermería.",
  ["belladona", "bota vieja"], False, 300, "Inés",
  "Lucía, necesito ese veneno que guardaste en la enfermería; ¿dónde está exactamente?"),
 ("f03", 3, "Inés", "Mi hermano pequeño le tiene pánico al fuego desde el incendio del granero.",
  "Mi hermano pequeño le tiene pánico al fuego", "El hermano pequeño de Inés le tiene pánico al fuego.",
  ["pánico", "granero", "incendio"], True, 320, "Tomás",
  "Inés, si encendemos la hoguera esta noche, ¿tu chico menor lo soportará?"),
 ("f04", 4, "Tomás", "El abad Mauricio me debe treinta monedas de plata por las copias del salterio.",
  "El abad Mauricio me debe treinta monedas de plata", "El abad Mauricio le debe a Tomás treinta monedas de plata por las copias del salterio.",
  ["treinta", "salterio"], False, 410, "Inés",
  "Tomás, ¿cuánto te adeuda Mauricio por aquel trabajo de copista?"),
 ("f05", 6, "Lucía", "La contraseña para que el hermano Fausto abra el portillo de noche es «lirio negro».",
  "La contraseña para que el hermano Fausto abra el portillo de noche es «lirio negro»", "La contraseña nocturna del portillo del hermano Fausto es «lirio negro».",
  ["lirio", "contraseña", "portillo"], False, 480, "Tomás",
  "Llamo a la puerta pequeña de madrugada y le digo a Fausto la palabra que Lucía nos enseñó."),
 ("f06", 7, "Inés", "Enterré la espada de mi padre bajo el olivo torcido junto al muro del huerto.",
  "Enterré la espada de mi padre bajo el olivo torcido", "Inés enterró la espada de su padre bajo el olivo torcido junto al muro del huerto.",
  ["olivo", "torcido", "espada"], True, 280, "Lucía",
  "Inés, voy a desenterrar el arma de tu viejo; ¿era cerca de aquel árbol retorcido?"),
 ("f07", 9, "Tomás", "El mapa del paso secreto está cosido dentro de la tapa del libro de horas.",
  "El mapa del paso secreto está cosido dentro de la tapa del libro de horas", "El mapa del paso secreto está cosido en la tapa del libro de horas.",
  ["mapa", "libro de horas", "paso secreto"], True, 350, "Inés",
  "Tomás, ¿dónde guardas el mapa del camino oculto por la montaña?"),
 ("f08", 10, "Lucía", "Prometí al pastor Anselmo que cuidaría de su hija Estrella si él no volvía del puerto.",
  "Prometí al pastor Anselmo que cuidaría de su hija Estrella", "Lucía prometió al pastor Anselmo cuidar de su hija Estrella si él no volvía del puerto.",
  ["Estrella", "prometí"], False, 390, "Tomás",
  "Lucía, ¿qué le juraste a Anselmo antes de que subiera al puerto?"),
 ("f09", 12, "Inés", "Soy zurda, pero finjo usar la derecha para que nadie me reconozca.",
  "Soy zurda, pero finjo usar la derecha", "Inés es zurda pero finge usar la mano derecha.",
  ["zurda", "finjo", "izquierda"], True, 330, "Tomás",
  "Inés, ¿con qué mano peleas de verdad cuando no te observan?"),
 ("f10", 13, "Tomás", "El hermano Bernardo esconde vino en la tercera tinaja de la despensa.",
  "El hermano Bernardo esconde vino en la tercera tinaja de la despensa", "El hermano Bernardo esconde vino en la tercera tinaja de la despensa.",
  ["tinaja", "despensa"], False, 440, "Lucía",
  "Voy a buscar el vinito que Bernardo oculta en la despensa."),
 ("f11", 15, "Lucía", "La posadera Remedios fue envenenadora en su juventud; mató a su primer marido.",
  "La posadera Remedios fue envenenadora en su juventud; mató a su primer marido", "La posadera Remedios envenenó a su primer marido cuando era joven.",
  ["envenenadora", "primer marido", "marido", "esposo"], False, 470, "Inés",
  "¿Es cierto lo que cuentan de la dueña de la fonda de abajo, que se libró de su esposo?"),
 ("f12", 16, "Inés", "Llevo una carta sellada del obispo de Jaca que solo puedo abrir en Compostela.",
  "Llevo una carta sellada del obispo de Jaca que solo puedo abrir en Compostela", "Inés lleva una carta sellada del obispo de Jaca que solo puede abrir en Compostela.",
  ["Jaca", "Compostela", "obispo", "sello"], False, 250, "Lucía",
  "Inés, ¿cuándo vas a romper el sello de esa carta que traes?"),
 ("f13", 18, "Tomás", "Tengo miedo a las alturas y cierro los ojos cada vez que cruzamos el puente colgante.",
  "Tengo miedo a las alturas", "Tomás tiene miedo a las alturas.",
  ["alturas", "colgante"], True, 360, "Inés",
  "Tomás, mañana pasamos por el puente colgante; ¿quieres que te lleve de la mano?"),
 ("f14", 19, "Lucía", "Las hierbas para la fiebre de montaña crecen solo junto a la fuente helada, al norte del claustro.",
  "Las hierbas para la fiebre de montaña crecen solo junto a la fuente helada", "Las hierbas contra la fiebre de montaña solo crecen junto a la fuente helada, al norte del claustro.",
  ["fuente helada", "calentura", "fiebre"], True, 420, "Tomás",
  "Al hermano le ha subido la calentura; ¿de dónde sacaba Lucía aquellas plantas que la curan?"),
 ("f15", 21, "Inés", "El caballero que nos persigue se llama Rodrigo de Vals y lleva un halcón en el escudo.",
  "El caballero que nos persigue se llama Rodrigo de Vals y lleva un halcón en el escudo", "El caballero que los persigue es Rodrigo de Vals, con un halcón en el escudo.",
  ["Rodrigo", "Vals", "halcón", "escudo"], False, 500, "Tomás",
  "Veo un escudo con un ave en el camino; Inés, ¿es el de aquel caballero?"),
 ("f16", 22, "Tomás", "Guardo los ahorros del grupo, diecisiete florines, en el hueco de la viga de mi celda.",
  "Guardo los ahorros del grupo, diecisiete florines, en el hueco de la viga de mi celda", "Tomás guarda los ahorros del grupo, diecisiete florines, en el hueco de la viga de su celda.",
  ["diecisiete", "florines", "viga", "ahorros"], False, 290, "Lucía",
  "Tomás, necesitamos pagar al herrero; ¿cuánto dinero común queda en tu celda?"),
 ("f17", 24, "Lucía", "Mi madre me enseñó a leer las estrellas, y así sé orientarme sin brújula.",
  "Mi madre me enseñó a leer las estrellas", "Lucía sabe orientarse por las estrellas, como le enseñó su madre.",
  ["brújula", "estrellas", "orientarme"], True, 380, "Inés",
  "Nos hemos perdido en la niebla; Lucía, ¿puedes guiarnos mirando el cielo nocturno?"),
 ("f18", 26, "Inés", "Le debo la vida al herrero Gil; me sacó de la nieve cuando caí por el barranco.",
  "Le debo la vida al herrero Gil; me sacó de la nieve cuando caí por el barranco", "El herrero Gil salvó a Inés sacándola de la nieve cuando cayó por el barranco.",
  ["barranco", "debo la vida", "cariño"], False, 450, "Lucía",
  "Inés, ¿por qué le tienes tanto cariño a Gil?"),
 ("f19", 28, "Tomás", "Las llaves de la biblioteca prohibida las tiene el hermano Fausto colgadas del cinturón.",
  "Las llaves de la biblioteca prohibida las tiene el hermano Fausto colgadas del cinturón", "El hermano Fausto lleva colgadas del cinturón las llaves de la biblioteca prohibida.",
  ["biblioteca", "prohibida", "vedados", "cinturón"], False, 310, "Inés",
  "¿Quién custodia el acceso a los libros vedados?"),
 ("f20", 30, "Lucía", "No sé nadar; si la barca vuelca, me ahogo.",
  "No sé nadar", "Lucía no sabe nadar.",
  ["nadar", "barca", "ahogo"], True, 270, "Tomás",
  "Lucía, el río va crecido; ¿subes a la barca o prefieres el vado?"),
 ("f21", 32, "Inés", "El anillo de mi abuela, con una piedra verde, lo cambié por pan en Valdeniebla.",
  "El anillo de mi abuela, con una piedra verde, lo cambié por pan en Valdeniebla", "Inés cambió por pan, en Valdeniebla, el anillo de piedra verde de su abuela.",
  ["anillo", "piedra verde", "abuela", "joya"], False, 340, "Tomás",
  "Inés, ¿qué pasó con aquella joya de tu familia?"),
 ("f22", 34, "Tomás", "El abad me confesó que la reliquia del santo es falsa, hueso de cabra.",
  "la reliquia del santo es falsa, hueso de cabra", "La reliquia del santo es falsa: es un hueso de cabra.",
  ["reliquia", "hueso de cabra"], False, 430, "Lucía",
  "Tomás, los peregrinos quieren besar la reliquia; ¿les digo la verdad?"),
 ("f23", 36, "Lucía", "Dejé la llave de repuesto de la botica bajo la maceta azul junto a la puerta trasera.",
  "Dejé la llave de repuesto de la botica bajo la maceta azul", "Lucía dejó la llave de repuesto de la botica bajo la maceta azul junto a la puerta trasera.",
  ["maceta", "repuesto", "botica", "ungüentos"], True, 400, "Inés",
  "Quiero entrar en el almacén de ungüentos sin despertar a nadie; Lucía, ¿dónde dejaste la otra para abrir?"),
 ("f24", 38, "Inés", "Tengo una cicatriz en forma de cruz en la espalda que me hicieron los bandidos.",
  "Tengo una cicatriz en forma de cruz en la espalda", "Inés tiene una cicatriz en forma de cruz en la espalda.",
  ["cicatriz", "espalda"], True, 370, "Tomás",
  "Inés, en el baño vi que tienes marcas en la espalda; ¿quién te hizo eso?"),
]

C8_POOLS = dict(
    npc=["el abad Mauricio", "el hermano Bernardo", "el hermano Fausto", "el pastor Anselmo", "la posadera Remedios",
         "el herrero Gil", "el novicio Julián", "la vieja Catalina"],
    place=["el refectorio", "el scriptorium", "el claustro", "la aldea de Valdeniebla", "el torreón", "la enfermería",
           "el huerto", "la capilla", "el molino", "la posada de Remedios", "la herrería", "el establo"],
    num=["dos", "tres", "cuatro", "cinco", "seis", "ocho", "diez", "quince", "veinte", "una docena de"],
    time=["al alba", "a la hora de tercia", "antes de vísperas", "después de completas", "a mediodía",
          "al anochecer", "a las nueve", "mañana temprano"],
    item=["una hogaza de pan", "un saco de castañas", "velas de sebo", "una manta de lana", "un odre de agua",
          "cuerda de cáñamo", "un queso de oveja", "tinta negra", "un rollo de pergamino", "herraduras",
          "una capa nueva", "sal gorda", "unas botas de cuero", "miel de romero"],
    weather=["la nevada", "la ventisca", "la niebla", "la lluvia", "el viento del norte", "la helada"],
)
C8_TEMPLATES = [
 "Bajo {a_place} y pregunto {a_npc} si ha llegado algún peregrino nuevo.",
 "{other}, roncas como un oso. Esta noche me llevo la manta {a_place}.",
 "Compro {item} en el mercado de Valdeniebla y regateo hasta ahorrarme {num} maravedíes.",
 "Ayudo {a_npc} a cargar {num} sacos de harina en la mula antes {de_weather}.",
 "Le digo a {other} que salgamos {de_place} {time} si queremos librarnos {de_weather}.",
 "Saludo {a_npc} con una inclinación y sigo mi camino; hoy no tengo tiempo para chismes.",
 "¿Dados otra vez, {other}? Está bien, pero solo apuesto {num} maravedíes.",
 "Reviso mi bastón, me ajusto la capa y sigo {a_npc} hacia {place}.",
 "Me siento en un banco {de_place} y escucho {a_npc} quejarse {de_weather}.",
 "{other}, pásame el odre. Con {weather} se me ha secado la garganta.",
 "Camino con {other} hasta {place} y llegamos {time}, con frío y con hambre.",
 "Pregunto {a_npc} cuántos enfermos hay esta semana. {num_cap}, me dice.",
 "Cambio {item} por {item2} con un buhonero que pasa por {place}.",
 "Me río del chiste de {other} sobre la mula y casi me caigo del carro.",
 "Me despierto {time}, me lavo la cara en el pilón y voy a ver qué quiere {npc}.",
 "Hago guardia junto {a_place} hasta que me relevan, vigilando el sendero.",
 "{other}, si {npc} pregunta, estuvimos toda la tarde en {place}. ¿De acuerdo?",
 "Pago {num} maravedíes por un cuenco de sopa en la posada de Remedios y me lo tomo de pie.",
 "Aparto de un empujón al borracho que molestaba {a_npc} y lo saco a la calle.",
 "Escribo una nota para {npc} y la dejo clavada en la puerta {de_place}.",
 "Paso la mañana partiendo leña con {other} hasta que me duelen los brazos.",
 "Deberíamos juntar dinero para {item}, {other}. El invierno va a ser largo.",
 "Canturreo un salmo mientras barro el suelo {de_place}.",
 "Le digo {a_npc} que {weather} nos tendrá encerrados al menos un día más.",
 "Subo a la loma que hay sobre {place} para ver el valle {time}.",
 "Discuto con {npc} por el precio de {item} y me marcho dando un portazo.",
 "Comparto un cazo de gachas con {other} y {npc} junto al fuego.",
 "Le pregunto a {other} qué opina {de_npc}. Sin rodeos, por favor.",
 "Le entrego {a_npc} {item} y le pido que lo apunte en el libro de cuentas.",
 "Sigo unas huellas desde {place} hasta medio camino {de_place2} y las pierdo entre las rocas.",
 "Arreglo la rueda rota del carro con las herramientas {de_npc} y muchas maldiciones.",
 "{other}, te apuesto {num} maravedíes a que {npc} llega tarde otra vez.",
 "Espanto a los lobos que rondan {place} con una antorcha y muchos gritos.",
 "Les digo a los novicios {de_place} que no se acerquen al borde del precipicio.",
 "Me doy un baño en la tina {de_place} por primera vez en {num} días. Una gloria.",
 "Hago una seña a {other} y nos separamos: yo voy {a_place}, tú {a_place2}.",
 "Remiendo mi hábito a la luz de una vela mientras {npc} cuenta historias.",
 "Le llevo {item} {a_npc} como ofrenda de paz.",
 "Cuento las velas del almacén dos veces. {num_cap}, igual que ayer.",
 "Pregunto {a_npc} cómo llegar {a_place} y recibo tres respuestas distintas.",
 "Vigilo de reojo a los forasteros que juegan a las tabas en {place}.",
 "Llevo las mulas a beber al arroyo {time}.",
 "Le cuento a {other} la historia de mi abuelo y el jabalí; cada vez es más grande.",
 "Me peleo con {other} por el último trozo de queso y pierdo.",
 "Engancho la mula al carro y llevo {a_npc} hasta {place}.",
 "Quito la nieve de la entrada {de_place} y saludo {a_npc} con la mano.",
 "Mando recado con el novicio Julián de que estaremos en {place} {time}.",
 "Ayudo a la vieja Catalina a sujetar a un leñador con la pierna rota en {place}.",
 "Limpio el hollín de la chimenea {de_place} con {other}.",
 "Escucho cantar {a_npc} en {place} y dejo {num} maravedíes en el cuenco.",
 "{other}, hoy te toca cocinar a ti. Yo lo hice {num} noches seguidas.",
 "Separo a dos mozos que se pegan en {place} antes de que corra la sangre.",
 "Salgo con {other} a revisar el sendero más allá {de_place}.",
 "Pregunto {a_npc} si {weather} retrasará la recua de mulas con provisiones.",
 "Me cruzo de brazos y le digo {a_npc} que los mozos no trabajarán sin comida caliente.",
 "Persigo a un cerdo escapado por {place}, para diversión de {other}.",
 "Vuelvo {a_place} sacudiéndome la nieve de las botas y pido un caldo caliente.",
 "Recojo {item} en {place} y vuelvo con ello al monasterio.",
 "Le digo a {other} que ya no aguanto más lentejas; esta noche cenamos en la posada de Remedios.",
 "Me llevo aparte {a_npc} y le pregunto cómo van las obras del tejado.",
 "Me quedo mirando cómo se pone el sol sobre {place}.",
 "Subo al campanario y miro {weather} que se acerca por el horizonte.",
 "Le doy {num} maravedíes al novicio Julián para que haga un recado en {place}.",
 "Levanto el cuenco hacia {other}: ¡por el invierno en la montaña!",
 "Le presto {item} {a_npc}; ya veremos cuándo vuelve a mis manos.",
 "Le pregunto al abad Mauricio por el forastero que merodeaba por {place}.",
 "Ayudo al hermano Bernardo a pelar {num} cestos de nabos.",
 "Discuto con {other} sobre qué camino tomar para rodear {place}.",
 "Le dejo {num} maravedíes a la posadera Remedios por el guiso y vuelvo a salir; fuera sigue {weather}.",
 "{other}, ¿qué crees que quería decir {npc} con esa mirada en la cena?",
 "Escucha, {other}: si terminamos de reparar el tejado {de_place} antes del domingo, pedimos vino dulce.",
 "Le aviso {a_npc} de que, si sigue {weather}, perderemos {num} días de trabajo.",
 "Le apuesto a {other} que la recua de Valdeniebla llega tarde. El que pierda paga la cena.",
 "Le digo a {other} que baje la voz; {npc} nos escucha desde la mesa de al lado.",
 "Le enseño a {other} las ampollas de mis manos y le pido un trabajo más llevadero.",
 "Le susurro a {other} que {npc} no para de dar vueltas desde que empezó {weather}.",
 "Invito a {num} rondas de sidra en la posada de Remedios para celebrar que el tejado ya no gotea.",
]

# ---------------------------------------------------------------- generation helpers
def es_forms(np):
    if np.startswith("el "):
        return "al " + np[3:], "del " + np[3:]
    return "a " + np, "de " + np

def fill(tpl, rng, pools, players, actor, lang):
    others = [p for p in players if p != actor]
    npc = rng.choice(pools["npc"]); place, place2 = rng.sample(pools["place"], 2)
    item, item2 = rng.sample(pools["item"], 2)
    num = rng.choice(pools["num"])
    d = dict(npc=npc, place=place, place2=place2, item=item, item2=item2, num=num,
             time=rng.choice(pools["time"]), weather=rng.choice(pools["weather"]), other=rng.choice(others))
    if lang == "es":
        d["a_npc"], d["de_npc"] = es_forms(npc)
        d["a_place"], d["de_place"] = es_forms(place)
        d["a_place2"], d["de_place2"] = es_forms(place2)
        d["a_weather"], d["de_weather"] = es_forms(d["weather"])
        d["num_cap"] = num.split()[0].capitalize() if num != "una docena de" else "Una docena"
    else:
        d["num_cap"] = num[0].upper() + num[1:]
    out = tpl.format(**d)
    return out[0].upper() + out[1:]

def build(meta, facts, pools, templates, seed):
    rng = random.Random(seed)
    players, lang = meta["players"], meta["language"]
    fixed = {}
    for f in facts:
        fid, pr, pb, ptxt, ev, fact, keys, ordi, ar, ab, q = f
        for slot, txt in (((pr, pb), ptxt), ((ar, ab), q)):
            assert slot not in fixed, ("slot clash", meta["campaign_id"], fid, slot)
            fixed[slot] = txt
    allkeys = [k for f in facts for k in f[6]]
    seen = set(fixed.values())
    rounds = []
    for r in range(1, 501):
        acts = {}
        for p in players:
            if (r, p) in fixed:
                acts[p] = fixed[(r, p)]; continue
            for _ in range(2000):
                line = fill(rng.choice(templates), rng, pools, players, p, lang)
                if line in seen or any(has_key(line, k) for k in allkeys):
                    continue
                break
            else:
                raise SystemExit("could not generate filler")
            seen.add(line); acts[p] = line
        rounds.append({"round": r, "actions": acts})
    out_facts = []
    for f in facts:
        fid, pr, pb, ptxt, ev, fact, keys, ordi, ar, ab, q = f
        sh = shared(q, ptxt, lang, players)
        out_facts.append({"id": f"{meta['campaign_id']}-{fid}", "planted_round": pr, "planted_by": pb,
                          "fact": fact, "evidence": ev, "asked_round": ar, "asked_by": ab, "question": q,
                          "difficulty": "no_shared_words" if not sh else "shared_words"})
    doc = {k: meta[k] for k in ("campaign_id", "language", "title", "premise", "players")}
    doc["rounds"] = rounds; doc["facts"] = out_facts
    return doc

# ---------------------------------------------------------------- validation
def validate(doc, facts, pools, errs):
    cid, lang, players = doc["campaign_id"], doc["language"], doc["players"]
    E = lambda m: errs.append(f"[{cid}] {m}")
    if list(doc.keys()) != ["campaign_id", "language", "title", "premise", "players", "rounds", "facts"]:
        E("top-level keys")
    if len(players) != 3 or len(set(players)) != 3: E("players")
    R = doc["rounds"]
    if [x["round"] for x in R] != list(range(1, 501)): E("round numbering")
    lines = []
    for x in R:
        if set(x["actions"]) != set(players): E(f"round {x['round']} actions")
        for p, t in x["actions"].items():
            if not t.strip(): E(f"empty action {x['round']} {p}")
            lines.append((x["round"], p, t))
    if len({t for _, _, t in lines}) != len(lines): E("duplicate action lines")
    act = {(r, p): t for r, p, t in lines}
    F = doc["facts"]
    if len(F) < 22: E("fewer than 22 facts")
    diffp = nos = ordc = 0
    stats = []
    for fo, fi in zip(F, facts):
        keys, ordi = fi[6], fi[7]
        if set(fo) != {"id", "planted_round", "planted_by", "fact", "evidence", "asked_round", "asked_by", "question", "difficulty"}:
            E(f"{fo['id']} fields")
        pr, ar = fo["planted_round"], fo["asked_round"]
        if not 1 <= pr <= 40: E(f"{fo['id']} planted_round")
        if not (pr + 200 <= ar <= pr + 500 and ar <= 500): E(f"{fo['id']} asked_round {ar}")
        ptxt = act[(pr, fo["planted_by"])]
        if fo["evidence"] not in ptxt: E(f"{fo['id']} evidence not in plant")
        if act[(ar, fo["asked_by"])] != fo["question"]: E(f"{fo['id']} question mismatch")
        sh = shared(fo["question"], ptxt, lang, players)
        if fo["difficulty"] == "no_shared_words":
            if sh: E(f"{fo['id']} labelled no_shared but shares {sh}")
            nos += 1
        else:
            n = len({a for a, b in sh})
            if not 1 <= n <= 2: E(f"{fo['id']} shared count {n}: {sh}")
        if fo["asked_by"] != fo["planted_by"]: diffp += 1
        if ordi:
            ordc += 1
            if re.search(r"\d", fo["evidence"]) or any(w[:1].isupper() for w in fo["evidence"].split()[1:]):
                E(f"{fo['id']} ordinary fact has a name/number in evidence")
        # leak check: keys must appear in no line other than this fact's plant/question
        own = {(pr, fo["planted_by"]), (ar, fo["asked_by"])}
        for k in keys:
            if not has_key(ptxt, k) and not has_key(fo["question"], k):
                pass  # key is a guard word (synonym) only
            for r, p, t in lines:
                if (r, p) not in own and has_key(t, k):
                    E(f"{fo['id']} key {k!r} leaks into round {r} {p}: {t}")
        stats.append((fo["id"], fo["difficulty"], [a for a, b in sh]))
    if diffp * 2 < len(F): E("fewer than half asked by another player")
    if nos * 3 < len(F): E("fewer than a third no_shared_words")
    if ordc * 10 < len(F) * 3: E("too few ordinary-word facts")
    # recurring NPCs in filler
    fixed = {(f["planted_round"], f["planted_by"]) for f in F} | {(f["asked_round"], f["asked_by"]) for f in F}
    filler = [t for r, p, t in lines if (r, p) not in fixed]
    for npc in pools["npc"]:
        name = npc.split()[-1]
        c = sum(1 for t in filler if re.search(r"\b" + re.escape(name) + r"\b", t))
        if c < 30: E(f"NPC {name} only in {c} filler lines")
    for pl in pools["place"]:
        c = sum(1 for t in filler if pl.split()[-1] in t)
        if c < 20: E(f"place {pl} only in {c} filler lines")
    return dict(facts=len(F), no_shared=nos, shared=len(F) - nos, other_asker=diffp, ordinary=ordc,
                filler=len(filler), lines=len(lines), detail=stats)

def main():
    errs, summary = [], {}
    for meta, facts, pools, tpls, seed in ((C7, C7_FACTS, C7_POOLS, C7_TEMPLATES, 7007),
                                           (C8, C8_FACTS, C8_POOLS, C8_TEMPLATES, 8008)):
        doc = build(meta, facts, pools, tpls, seed)
        s = validate(doc, facts, pools, errs)
        path = os.path.join(HERE, f"{meta['campaign_id']}_{meta['slug']}.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        summary[path] = s
    for path, s in summary.items():
        print(os.path.basename(path), {k: v for k, v in s.items() if k != "detail"})
        if "-v" in sys.argv:
            for d in s["detail"]: print("   ", d)
    if errs:
        print("FAILED checks:"); [print("  ", e) for e in errs]
        sys.exit(1)
    print("ALL CHECKS PASSED")

if __name__ == "__main__":
    main()
