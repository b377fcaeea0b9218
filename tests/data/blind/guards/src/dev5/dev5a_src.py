# -*- coding: utf-8 -*-
"""Hand-written blind set dev5a. Each case below is written by hand as literal data.
Run: python3 src.py  -> writes dev5a.jsonl after validation."""
import json, random, re, sys, os
from collections import Counter

NAME = "dev5a"
CASES = []
L = {"imp": "impersonation", "av": "assistant_voice", "rep": "repetition"}


def _clean(t):
    paras = re.split(r"\n\s*\n", t.strip())
    return "\n\n".join(" ".join(p.split()) for p in paras)


def C(lang, genre, note, labels, players, declared, text, previous=None):
    CASES.append({
        "language": lang, "genre": genre, "note": note,
        "labels": [L[x] for x in labels.split()],
        "players": players, "declared": declared,
        "text": _clean(text), "previous": [_clean(p) for p in (previous or [])],
    })

# ---------------------------------------------------------------- EN positives, part 1
C("en", "fantasy", "different_act", "imp", ["Mira", "Tobin", "Ysolde"],
  {"Mira": "I search the alchemist's desk for anything about the missing shipment.",
   "Tobin": "I keep watch at the door."},
  """Mira rifles through the drawers: receipts, a cracked inkwell, a ledger with half its
  pages torn out. Under the blotter she finds a folded letter sealed with green wax. She breaks
  the seal, skims the first lines, tucks the letter into her boot and crosses to the window to
  check the alley below.

  At the door, Tobin hears boots on the stairs, two sets, maybe three, climbing slowly. The
  alchemist's grey cat leaps onto the desk and knocks the inkwell to the floor with a crack
  that seems far too loud.""")

C("en", "western", "different_act", "imp", ["Cass", "Eli", "Dutch"],
  {"Eli": "I ask the bartender if he's seen the Pryor brothers.",
   "Dutch": "I sit at a corner table where I can see the door."},
  """The bartender, a bald man with a handlebar moustache, keeps polishing the same glass a
  while before he answers Eli. "Pryors came through Tuesday. Bought two boxes of shells and a
  bottle of the good stuff. Rode out toward Salt Creek." He sets the glass down. "Didn't ask
  where they was headed. Man lives longer that way."

  Eli slaps a silver dollar on the bar, knocks back a whiskey and heads straight out to saddle
  his horse. From the corner table Dutch has a clear view of the batwing doors and of the two
  cowhands at the faro table, who have stopped playing to listen.""")

C("en", "space opera", "different_act", "imp rep", ["Rhee", "Okonkwo", "Vask"],
  {"Rhee": "I reroute power from the shields to the engines.",
   "Vask": "I plot a jump to the nearest gas giant."},
  """The Kestrel shakes as the Hegemony cruiser's lance scores her upper plating. Alarms howl
  across the bridge. Sparks rain from a conduit overhead and Okonkwo stumbles against the nav
  station. On the main screen the cruiser swings its heavy bulk around, forward batteries
  coming to bear. "Firing solution in under two minutes," the ship's AI warns.

  Rhee pulls power from the shields and, without waiting for anyone, arms both torpedo tubes
  and fires them straight at the cruiser's bridge.""",
  previous=["""The Kestrel shudders as the Hegemony cruiser's lance rakes her dorsal plating.
  Alarms wail across the bridge. Okonkwo is thrown against the nav console as sparks spill
  from an overhead conduit. On the main screen the cruiser turns, slow and heavy, bringing its
  forward batteries to bear. "Two minutes until they have a firing solution," the ship's AI
  announces. Rhee, the engine board is yours; Vask, the jump computer is warming up."""])

C("en", "heist", "different_act", "imp", ["Juno", "Dex", "Marlowe"],
  {"Dex": "I clone the guard's keycard with the skimmer as I walk past him.",
   "Juno": "I watch the lobby cameras from the van."},
  """Dex brushes past the guard at the turnstiles, close enough to smell his cologne. The
  skimmer in his sleeve gives a single soft buzz: card cloned. Then he doubles back, lifts the
  guard's phone from his jacket pocket as well, and drops it in the planter by the elevators
  on his way up.

  In the van, Juno's monitors flicker. Camera four, the one over the lobby desk, goes to static
  for three full seconds before the feed comes back. Somebody else is in the building's
  system.""")

C("en", "horror", "different_act", "imp", ["Nell", "Arlo", "Priya"],
  {"Priya": "I shine my flashlight down the basement stairs.",
   "Arlo": "I stay by the front door and keep it open."},
  """The beam cuts down the stairwell and finds wet concrete steps, a child's shoe on the
  fifth one, and beyond that a darkness the light doesn't seem to reach. Something drips, slow
  and regular. Priya sets the flashlight on the top step, grips the rail and starts down,
  calling the caretaker's name into the dark.

  Behind her, the front door Arlo is holding open shivers in a draught that comes from inside
  the house, not outside it.""")

C("en", "noir", "pronoun_attribution", "imp", ["Lou", "Sadie", "Frank"],
  {"Sadie": "I walk into the Blue Orchid and take a seat at the bar.",
   "Frank": "I wait in the car outside with the engine running."},
  """Sadie pushes through the velvet curtain into the Blue Orchid. Smoke hangs under the
  lamps and a trumpet wheezes through something slow. She takes the stool at the end of the
  bar. The bartender, a heavyset man everybody calls Gus, slides a napkin in front of her
  without asking. She orders a rye, neat, and asks him whether Mickey Doyle still plays cards
  in the back room.

  Outside, rain drums on the roof of Frank's Packard and the wipers beat time with nothing in
  particular.""")

C("en", "cozy slice of life", "pronoun_attribution", "imp", ["Bea", "Theo", "Marisol"],
  {"Theo": "I knock on the new neighbour's door with the welcome pie."},
  """Theo knocks twice on the blue door, the pie still warm in its tin. A dog barks somewhere
  inside, then come footsteps. The door opens on a tall woman in paint-spattered overalls, a
  brush tucked behind one ear.

  "Oh! Hello," she says, eyeing the pie with open interest. "Is that rhubarb?"

  He grins, introduces himself as the guy from number twelve and offers to help her carry in
  the boxes still stacked on the porch. Across the street, Bea's curtains twitch.""")

C("en", "post-apocalyptic", "pronoun_attribution", "imp rep", ["Kit", "Roan", "Sola"],
  {"Roan": "I ask the trader where the map leads."},
  """Roan sets two dented cans of beans on the hood of the trader's car. The trader, an old
  woman in a gas mask, weighs them in her hands and pushes the folded map across. She grins
  behind the cracked visor. He tucks the map inside his coat, shoulders his pack and starts
  toward the collapsed overpass without looking back. Dust devils wander across the lot.""",
  previous=["""Roan puts two battered cans of beans on the trader's car hood. The old woman in
  the gas mask hefts them one by one, then slides the folded map across to him. Behind her
  cracked visor she is smiling. He slips the map into his coat, hitches up his pack and heads
  for the broken overpass without a backward glance. Dust devils spin over the empty lot."""])

C("en", "superhero", "pronoun_attribution", "imp", ["Nova", "Brick", "Lark"],
  {"Lark": "I fly up to the roof to get eyes on the hostage situation.",
   "Brick": "I hold the crowd back at the police line."},
  """Lark launches skyward in a rush of displaced air and lands on the roof of the Meridian
  Tower. The whole block is laid out below: squad cars, the news van, Brick's broad shoulders
  at the barricade as the crowd presses forward. Through the thirtieth-floor glass she counts
  four gunmen and a dozen hostages zip-tied by the elevators.

  Captain Reyes's voice crackles in her earpiece, asking for a headcount. She gives it to him,
  then tells him she is going in through the skylight whatever he says.""")

C("en", "court intrigue", "reported_speech", "imp", ["Aurelie", "Bastien", "Corvin"],
  {"Bastien": "I bow to the queen and present the envoy's letter.",
   "Corvin": "I watch the chancellor's face while she reads."},
  """Bastien bows low and offers the letter on its velvet cushion. Queen Ysmay breaks the seal
  with a thumbnail and reads in silence while the court holds its breath. Bastien assures her
  that the envoy's intentions are honest and that he would stake his own title on it.

  Chancellor Moreau, at the queen's left, does not move a muscle, but Corvin sees her fingers
  tighten on the arm of her chair until the knuckles whiten. The queen folds the letter.
  "Interesting," is all she says.""")

C("en", "space station mystery", "reported_speech", "imp", ["Ibarra", "Chen", "Watts"],
  {"Chen": "I show the dock officer our transit papers.",
   "Watts": "I stay on the ship and keep the engines warm."},
  """The dock officer, a young man with a shaved head and a tablet older than he is, scans
  the papers Chen holds up. The scanner chirps twice, which is apparently not good. Chen
  explains that the crates are medical supplies for Ring Four and that the captain already
  cleared everything with the harbourmaster last shift.

  The officer's eyebrows climb. "Harbourmaster Tal's been off rotation for a week," he says,
  and his hand drifts toward the alarm panel. In the ship, Watts feels the deck hum as the
  docking clamps engage.""")

C("en", "pirate", "reported_speech", "imp rep", ["Finn", "Ada", "Marguerite"],
  {"Finn": "I climb the rigging to check the mainsail.",
   "Ada": "I go below to look at the leak."},
  """The sky to the south has turned the colour of a bruise, and the Dauntless rolls in a long
  greasy swell. The bosun comes up from below, soaked to the knees: there is water in the hold,
  a foot of it and rising. Captain Harrow looks from the clouds to her officers. Finn tells her
  they would be fools not to run for Tortuga before the storm breaks. The wind picks up,
  snapping the pennant at the masthead.""",
  previous=["""To the south the sky darkens to a bruised purple, and the Dauntless wallows in a
  heavy, oily swell. The bosun climbs out of the hatch, wet to his knees, and reports a foot of
  water in the hold, rising fast. Captain Harrow glances at the clouds, then at her officers,
  waiting. Overhead the pennant begins to snap in the freshening wind."""])

C("en", "cyberpunk", "reported_speech", "imp", ["Zero", "Mags", "Tully"],
  {"Mags": "I take the datachip from the fixer and check it with my reader.",
   "Zero": "I keep an eye on the two bodyguards."},
  """The fixer, Mama Okafor, drops the datachip into Mags's palm like it's a dead insect.
  Mags slots it into her reader: forty gigs of encrypted payroll, a Tanaka Biotech watermark on
  every file. She tells Okafor the fee is an insult and that the crew will walk unless it
  doubles by midnight.

  The two bodyguards by the noodle counter shift their weight. One of them has a smart pistol
  under his jacket, and Zero can see the faint blue glow of its link light through the
  fabric.""")

C("en", "horror", "body_reaction", "imp", ["Wren", "Ossie", "Dana"],
  {"Ossie": "I open the nursery door.",
   "Dana": "I hold the lantern up behind Ossie."},
  """The nursery door swings inward with a long, dry creak. Dana's lantern throws their
  shadows across faded wallpaper: ducks, rabbits, a carousel horse with its face scratched
  out. In the corner a rocking chair is moving, gently, as if someone just stood up from it.
  A music box somewhere plays three notes of a lullaby and stops.

  Ossie's breath catches in his throat. He stumbles back a step, hands shaking so hard his
  knuckles knock against the frame, and cold sweat breaks out along the back of his neck.""")

C("en", "space survival", "body_reaction", "imp av", ["Ilse", "Marco", "Dupre"],
  {"Ilse": "I open the airlock to the derelict's crew deck.",
   "Marco": "I cover Ilse with the bolt gun."},
  """Certainly! Here's the next part of the scene:

  The inner hatch grinds open and a puff of frozen air crystallises across Ilse's visor. Her
  helmet lamp sweeps over the crew deck: bunks, floating tablets, a coffee bulb drifting past
  at head height. Then the light finds the crew, seven of them, strapped into their seats with
  their helmets off, faces black with frost. Ilse's stomach turns over and she gags inside her
  helmet, eyes watering. Marco's bolt gun tracks left and right behind her, but nothing on
  the deck moves.""")

C("en", "cozy romance", "body_reaction", "imp", ["June", "Rafa", "Lottie"],
  {"Rafa": "I hand June the oat latte I ordered for her and sit down across from her.",
   "Lottie": "I go to the counter to ask about the cinnamon buns."},
  """Rafa sets the oat latte in front of June, a lopsided foam heart floating on top, and
  drops into the chair across from her. Rain streaks the café window behind them. June's
  cheeks flush pink; she laughs and tucks her hair behind her ear, suddenly very interested in
  the foam.

  At the counter, the barista tells Lottie the cinnamon buns come out of the oven in ten
  minutes, and that the last tray always sells out before the first one has cooled.""")

C("en", "military sci-fi", "body_reaction", "imp", ["Kovac", "Reyes", "Adebayo"],
  {"Reyes": "I keep my rifle trained on the treeline.",
   "Adebayo": "I patch up the wounded scout."},
  """The first mortar round lands thirty metres short and throws up a fountain of red mud.
  Reyes keeps the rifle on the treeline, scanning for muzzle flash. Reyes flinches at the second
  blast, jaw clenched, heart hammering against the ribs. Behind the berm Adebayo gets a
  tourniquet on the scout's thigh, cinching it tight while the kid screams.

  Kovac's gut knots. Shoulders hunched, the sergeant crouches lower behind the berm. The enemy
  spotters are walking their fire in, one adjustment at a time.""")

C("en", "dungeon fantasy", "party_decision", "imp", ["Brann", "Ilka", "Sefa"],
  {"Brann": "I check the corridor for traps.", "Ilka": "I light a torch."},
  """Brann goes over the corridor inch by inch and finds one pressure plate, old and rusted
  solid, and a tripwire that someone already cut. Ilka's torch sputters to life and throws
  orange light over carvings of kneeling dwarves. The air smells of old smoke.

  With the corridor clear, the party agrees to push straight on to the lower vault instead of
  resting, and starts down the spiral stair in single file. Somewhere below, metal scrapes
  against stone.""")

C("en", "western survival", "party_decision", "imp", ["Abe", "Lettie", "Ruiz"],
  {"Lettie": "I look at the sky and guess how long until the storm hits."},
  """Lettie squints at the anvil-headed cloud building over the Sangre range. The wind has
  gone warm and smells of wet dust; the horses are stamping. An hour, maybe less, before that
  thing is on top of them.

  The three of them decide to make camp in the lee of the mesa and wait it out, and Abe is
  already unbuckling the packs while Ruiz hobbles the horses. Far off, thunder rolls along the
  canyon like a wagon on a plank bridge.""")

C("en", "heist", "party_decision", "imp av", ["Sable", "Quinn", "Otto"],
  {"Sable": "I check the vault door's lock model.",
   "Quinn": "I listen on the guard channel."},
  """Of course! Continuing the heist:

  Sable's penlight finds the brass plate: a Kessler-Stahl 9, the model that re-keys itself if
  it is drilled. On the guard channel Quinn hears a shift change called early, fifteen minutes
  early. The crew agrees on the spot to abandon the vault and go for the Vermeer in the east
  gallery instead, and Otto is already leading the way down the service corridor. Hope you're
  enjoying it so far!""")

C("en", "magic academy", "party_decision", "imp", ["Ines", "Barnaby", "Kofi"],
  {"Ines": "I suggest we sneak into the restricted section tonight.",
   "Barnaby": "I say it's too risky with Professor Vane on patrol."},
  """Ines keeps her voice down, leaning across the library table. Barnaby shakes his head:
  with Professor Vane patrolling the east wing, one wrong corridor and they're all scrubbing
  cauldrons until spring. The candle between them gutters.

  In the end they vote two to one, Kofi siding with Ines, and it's settled: tonight, after
  curfew, they go. The librarian's shadow passes along the far shelves and the three of them
  bend over their books.""")

# ---------------------------------------------------------------- EN positives, part 2
C("en", "wuxia", "named_actor", "imp", ["Lin Yue", "Bao", "Shen"],
  {"Bao": "I bow to the abbot and ask for shelter for the night."},
  """Bao bows until his forehead nearly touches the cold flagstones and asks for shelter. The
  abbot, a thin man whose eyebrows have gone entirely white, considers the three travellers
  for a long moment. "The Iron Lotus Sect burned the last temple that sheltered you," he says
  softly. "Do you know that?"

  Lin Yue draws her jian with a hiss of steel and steps between the abbot and the gate, eyes on
  the dark pines beyond the wall. Snow begins to fall on the courtyard, settling on Shen's
  shoulders.""")

C("en", "steampunk", "speech", "imp", ["Alistair", "Perpetua", "Nib"],
  {"Perpetua": "I hand the inspector my calling card."},
  """Perpetua produces a calling card of heavy cream stock and places it in the inspector's
  gloved hand. Inspector Gorringe reads it, turns it over, reads the back, and sniffs. Behind
  him two constables in brass-buttoned coats block the gangway of the airship.

  "Inspector, I believe you'll find our papers entirely in order," Alistair says smoothly,
  stepping forward with a smile. "We are simply scientists on holiday."

  Gorringe does not smile back. Somewhere above them the envelope creaks as the gas cells
  expand in the afternoon heat, and Nib's goggles fog over.""")

C("en", "gothic", "inner_state", "imp", ["Elodie", "Hugo", "Sabine"],
  {"Elodie": "I look closely at the portrait above the fireplace.",
   "Hugo": "I check the windows for a way out."},
  """Elodie steps closer to the fireplace. The portrait is old, the varnish crazed like
  cracked ice: a woman in a grey silk gown, a locket at her throat, one hand resting on the
  head of a greyhound. Elodie recognises her at once as her own mother, young as she never
  knew her, and grief and anger rise in her so fast that her vision blurs.

  Hugo tries the windows one by one. The latches are painted shut, every one of them, and
  the paint is fresh.""")

C("en", "arctic survival", "inner_state", "imp av rep", ["Tove", "Magnus", "Ana"],
  {"Magnus": "I try to restart the snowcat's engine."},
  """The blizzard hammers the snowcat's windows, white on white. The engine coughs twice and
  dies, and the cabin heater ticks as it cools. Magnus cranks the starter; nothing. Frost
  creeps across the inside of the glass. Tove feels dread crawl up her spine; she knows, deep
  down, that they will not survive the night out here. The radio hisses empty static.

  I hope this continuation captures the tense, bleak atmosphere you were going for!""",
  previous=["""Snow batters the snowcat's windshield in a solid white wall. The engine
  sputters, coughs and goes silent; the heater begins to tick as it cools. Magnus turns the
  key again and again with no result. Frost spreads across the inside of the glass, and a
  deep dread settles over Tove as she realises none of them will live to see the morning.
  The radio gives nothing but static."""])

C("en", "fae fairy tale", "second_person_choice", "imp", ["Rosalind", "Tam", "Oriel"],
  {"Tam": "I step into the fairy ring."},
  """Tam, you step over the ring of pale mushrooms and the world folds like a letter. The
  meadow is gone; in its place is a hall of birch trunks lit by floating lanterns, and music
  that seems to come from inside your own ribs. The Queen of the Hollow rises from her throne
  of antlers and holds out a silver cup of wine. You take it, thank her with a bow, and drink
  it down in one long swallow.

  Outside the ring, Rosalind and Oriel see only an empty circle in the grass.""")

C("en", "mecha", "second_person_choice", "imp av", ["Haru", "Devi", "Oskar"],
  {"Haru": "I fire the railgun at the titan's knee joint.",
   "Devi": "I grapple the titan from behind."},
  """Sure! Here's the next scene:

  Haru's railgun round punches through the titan's knee joint in a shower of molten slag and
  the colossus lurches sideways. Devi, you slam your mech into its back and lock both arms
  around its torso. Warning lights bloom across your cockpit. You choose to overload your own
  reactor, knowing it will take you both down, and you punch the override with your fist.
  Oskar's voice screams over comms for you to eject.""")

C("en", "detective noir", "unattributed_reply", "imp", ["Moss", "Della", "Pike"],
  {"Della": "I show the witness the photo of the dead man."},
  """Della slides the photograph across the kitchen table. The witness, Mrs. Kaminski, takes
  her reading glasses from her apron pocket, looks at the photo for a long time, then looks
  up past Della at Pike, who is leaning in the doorway.

  "And who's he supposed to be, your lawyer?"

  "Just a friend of the family."

  Mrs. Kaminski snorts. "Family. Sure." She pushes the photo back. "I seen him. Thursday. He
  was with the Novak boy." Rain ticks on the window over the sink.""")

C("en", "historical pilgrimage", "word_names", "imp", ["Will", "Grace", "Hope"],
  {"Grace": "I ask the ferryman for passage across the river for the three of us."},
  """The ferryman spits into the brown water and names his price: a shilling a head, and
  double if the current turns. Grace counts the coins from her purse into his cracked palm.
  The boat is small, the river wide and fast with spring melt.

  Will will not be left on the bank to wait for the next crossing: he hauls himself over the
  gunwale, takes up the second oar and sets his back to it without a word. Hope sits
  between the bags, and the far shore seems very far.""")

C("en", "fantasy market", "emoji_asterisk_script", "imp", ["Ana", "Kai", "Beck"],
  {"Kai": "I ask the merchant how much for the dragon egg."},
  """🐉✨ The merchant's grin widens until it shows three gold teeth. "For you, friend? Four
  hundred crowns, and I'm robbing myself." 💰

  *Ana draws her sword and levels it at the merchant's throat*

  Ana: "That egg was stolen from the Ashfall nest. Where did you get it?" 😤

  The merchant's hands go up slowly. Around the stall, the crowd of the Thieves' Bazaar
  drifts back a step, and Beck notices two men in grey cloaks pushing through it toward them.
  👀""")

C("en", "urban fantasy", "assistant_opener", "imp av", ["Mae", "Corin", "Jax"],
  {"Mae": "I show my Warden badge to the vampire bouncer."},
  """Absolutely! Here's a continuation of your roleplay:

  The bouncer at the door of Club Sanguine is seven feet of pale muscle in a velvet suit. He
  looks at Mae's Warden badge the way a cat looks at a cucumber. "Wardens need an invitation
  like everyone else," he says. Corin cracks his knuckles, steps up beside Mae and tells the
  bouncer to move aside before he moves him. Bass thumps through the walls, and a line of
  clubgoers behind Jax starts filming.""")

C("en", "cozy fantasy", "assistant_opener", "av", ["Olwen", "Tarquin", "Bess"],
  {"Olwen": "I brew the customer a calming chamomile with a drop of honey.",
   "Tarquin": "I sweep up the broken teacup."},
  """Sure, I'd be happy to continue the story! 😊

  The kettle sings and Olwen pours water over the chamomile, the steam rising in lazy curls
  that smell of summer fields. A drop of honey, a stir, and the cup goes across the counter to
  the trembling gnome who came in soaked from the rain. Tarquin's broom scratches over the
  floorboards, gathering blue porcelain shards into a neat little pile. The gnome wraps both
  hands around the cup and, for the first time since he came in, stops shaking. Outside, the
  rain eases to a drizzle.""")

C("en", "colony sci-fi", "assistant_closer", "imp av", ["Nadia", "Hollis", "Pryce"],
  {"Nadia": "I test the water sample from the lake with the field kit."},
  """Nadia's field kit beeps through its cycle. Heavy metals: trace. Bacteria: none the
  scanner recognises. Something else, a long protein chain, folded and slowly moving, shows up
  in the microscope view like a tiny coiled spring. Hollis shrugs, fills his canteen from the
  lake and drinks half of it before anyone can say a word. Pryce's suit radio pings: the
  dropship has two hours of fuel left.

  Let me know if you'd like me to continue or change anything!""")

C("en", "mythic greek", "assistant_closer", "imp av", ["Leander", "Ione", "Castor"],
  {"Ione": "I pour a libation of wine on the altar."},
  """Ione tips the cup and the dark wine runs over the salt-crusted stone, pooling in the old
  grooves carved there by a thousand earlier offerings. Gulls wheel above the headland. Castor
  kneels beside her on the rock and prays aloud to Poseidon for a safe crossing, his voice
  carrying over the surf. Far out on the water, a single black wave rises where the sea is
  otherwise flat, and rolls toward the shore.

  I hope this helps move the scene along!""")

C("en", "dark fantasy", "assistant_meta", "av", ["Varga", "Ysmene", "Corr"],
  {"Varga": "I kick open the crypt door.",
   "Ysmene": "I hold up the holy symbol."},
  """Varga's boot hits the crypt door and the rotten wood bursts inward. Ysmene's holy symbol
  flares white, and in its light the crypt seems to recoil: bones shifting in their niches,
  dust pouring from the ceiling, the stench of old grave-wax rolling out in a wave. At the far
  end, on a throne of skulls, something wearing a crown lifts its head.

  (I've kept this part shorter to keep the pacing tight, and I'm leaning into a darker,
  more gothic tone for this chapter of the story.)""")

C("en", "war drama", "assistant_meta", "imp av", ["Bram", "Odile", "Felix"],
  {"Odile": "I bandage the boy's head wound.", "Felix": "I go find water."},
  """In this scene I want to explore Bram's guilt a little more, since it fits the themes of
  the story so far.

  The cellar smells of damp earth and blood. Odile winds the last strip of linen around the
  boy's head and ties it off. Felix's footsteps fade up the stairs in search of water. Bram
  cannot look at the boy; the weight of what he did at the bridge presses on his chest until
  he can hardly breathe, and he turns his face to the wall. Above, the shelling starts
  again.""")

C("en", "mountaineering adventure", "assistant_disclaimer", "av", ["Sky", "Dorje", "Maren"],
  {"Dorje": "I anchor the rope to the ice screw.",
   "Maren": "I climb the last ten metres of the ice wall."},
  """Dorje twists the ice screw in until it bites deep into blue ice and clips the rope
  through. Above him, Maren swings her axe, kicks in her crampons and moves up, one careful
  placement after another, chips of ice skittering down past the others. The last ten metres
  are the steepest. Wind howls across the ridge as she reaches the lip.

  Please note: in real life, ice climbing is extremely dangerous and should never be attempted
  without proper equipment, training and a certified guide. Stay safe!""")

C("en", "cozy mystery", "assistant_disclaimer", "imp av", ["Perry", "Min", "Roz"],
  {"Min": "I pick the lock on the study door."},
  """Min's picks rake the old lock and after a tense half-minute it gives with a click. The
  study is dim, curtains drawn, a smell of pipe tobacco and lilies. Perry slips in first, finds
  the brass key lying on the blotter and pockets it before anyone can see what it opens.

  (Note: lockpicking is illegal in many jurisdictions without the owner's permission. This is a
  purely fictional scenario and should not be taken as encouragement.)

  Down the hall, the grandfather clock strikes eleven.""")

C("en", "space opera", "assistant_menu", "av rep", ["Talia", "Grub", "Sen"],
  {"Talia": "I hail the alien vessel on all frequencies."},
  """The alien vessel hangs off the bow, a spiral of black glass turning slowly against the
  nebula. Talia's hail goes out on every frequency. No answer comes back, only a low pulse that
  makes the bridge lights flicker in time.

  What would you like to happen next? Here are some options:
  1) The aliens reply in a language nobody knows.
  2) The vessel opens fire.
  3) A shuttle launches toward the ship.
  I can write any of these for you!""",
  previous=["""The alien vessel hangs off the bow, a slowly turning spiral of black glass
  against the nebula. Talia sends a hail on every frequency. No reply comes, only a low pulse
  that makes the bridge lights flicker in rhythm. Grub's fingers hover over the weapons
  board; Sen watches the sensor readings climb."""])

C("en", "haunted hotel horror", "assistant_menu", "imp av rep", ["Hector", "Lucy", "Mo"],
  {"Lucy": "I ring the bell at the front desk."},
  """The bell's chime dies in the empty lobby of the Grand Ashcombe. Dust sheets cover the
  armchairs and the chandelier hangs dark. A key turns by itself in the pigeonholes behind the
  desk: Room 313. Hector shivers, mutters that he wants to leave, and backs toward the revolving
  door.

  Where should the story go from here? Option A: the lift doors open by themselves. Option B:
  a ghostly concierge appears. Option C: the lights come on all at once. Just tell me which
  one and I'll write it!""",
  previous=["""Lucy's ring fades through the deserted lobby of the Grand Ashcombe. Sheets
  shroud the armchairs; the chandelier is dark. Behind the desk, a key in the pigeonholes
  turns on its own: Room 313. Hector shudders, whispers that he wants out, and edges back
  toward the revolving door."""])

C("en", "steampunk airship", "repeat_paraphrase", "imp rep", ["Ottilie", "Grieve", "Sparrow"],
  {"Grieve": "I climb up to the crow's nest to look for the pirate ship.",
   "Sparrow": "I check the pressure gauges in the engine room."},
  """The Albatross groans as she banks into the headwind, the great envelope rippling
  overhead. Clouds boil past the gondola windows. In the engine room, Sparrow finds the
  starboard boiler running hot, its needle trembling in the red. Ottilie takes the wheel from
  the helmsman and steers them up into the cloud bank to hide. Somewhere to the east, a
  foghorn sounds: the pirates are close.""",
  previous=["""The Albatross creaks and leans into the headwind, her envelope rippling
  overhead. Clouds roll past the windows of the gondola. Down in the engine room, the needle
  of the starboard boiler shivers in the red. Ottilie grabs the wheel from the helmsman and
  climbs into the clouds for cover. Away to the east a foghorn booms: the pirates are
  near."""])

C("en", "fantasy tavern", "repeat_paraphrase", "imp rep", ["Gideon", "Lysa", "Maud"],
  {"Lysa": "I ask the bard if he knows the song about the Drowned King.",
   "Maud": "I order a round for the table."},
  """The Gilded Goose is packed tonight, warm with firelight and the smell of roasting
  mutton. The bard on the hearthstone finishes a ribald tune to thumping tankards. Gideon
  laughs and bangs his mug with the rest, then stands up on his chair and bellows for a song
  about dragons. In the corner, a hooded stranger has not touched his ale.""",
  previous=["""The Gilded Goose is crowded tonight, firelight and the smell of mutton on the
  spit. The bard by the hearth ends a bawdy song to a roar of tankards on tables. Gideon
  laughs, hammers his mug along with everyone, then climbs on his chair and shouts for a
  dragon song. A hooded stranger in the corner sits over an untouched ale."""])

C("en", "noir", "repeat_paraphrase", "rep", ["Lou", "Ivy", "Benny"],
  {"Ivy": "I ask the desk clerk which room Mr. Kessler is in.",
   "Benny": "I check the lobby for anyone watching."},
  """The Hotel Marquette's lobby smells of floor polish and old cigars. A ceiling fan turns
  without hurry over the front desk, where a clerk with a pencil moustache is sorting mail into
  the pigeonholes. A bellhop dozes on the bench by the elevator. Through the front windows the
  neon sign across the street blinks red, then dark, then red again.""",
  previous=["""The lobby of the Hotel Marquette smells like floor wax and stale cigars. A fan
  turns lazily above the front desk; behind it, a clerk with a thin moustache sorts letters
  into the pigeonholes. On the bench by the elevator a bellhop is asleep. Across the street,
  the neon sign outside the window flashes red, goes dark, flashes red."""])

C("en", "zombie survival", "repeat_short", "imp rep", ["Lena", "Marcus", "Dot"],
  {"Marcus": "I check the back window for a way onto the roof.",
   "Dot": "I count how much ammo we have left."},
  """Lena slams the door and shoves the heavy oak dresser against it, breathing hard. The
  moaning outside grows louder, and fists start pounding on the wood, dozens of them. The
  door shudders in its frame. Dust sifts down from the ceiling.""",
  previous=["""Lena slams the door and shoves the heavy oak dresser in front of it, panting.
  The moaning outside gets louder, and fists begin to pound on the wood, dozens of them. The
  door shakes in its frame. Dust drifts down from the ceiling."""])

C("en", "cozy farm life", "repeat_short", "av rep", ["Hazel", "Rory", "Dil"],
  {"Rory": "I feed the chickens.", "Dil": "I fix the fence by the goat pen."},
  """Morning mist lies over the fields of Bramble Farm. The rooster crows from the fence post,
  the goats bleat for breakfast, and the smell of fresh bread drifts from the farmhouse
  kitchen. Somewhere down the lane, the postman's bicycle bell rings twice.

  Let me know if you want me to keep going!""",
  previous=["""Morning mist lies over the fields of Bramble Farm. The rooster crows from the
  fence post, the goats bleat for their breakfast, and the smell of fresh bread drifts out of
  the farmhouse kitchen. Down the lane, the postman's bicycle bell rings twice."""])

# ---------------------------------------------------------------- EN negatives, part 1
C("en", "fantasy", "declared_elaborated_ok", "", ["Mira", "Tobin", "Ysolde"],
  {"Mira": "I pick the lock on the iron-bound chest.",
   "Ysolde": "I hold the lantern close so Mira can see."},
  """Mira kneels and works the tension wrench into the keyhole, Ysolde's lantern held close
  enough that the brass warms. The lock is dwarven, three levers and a false gate meant to
  snap a careless pick. Mira feels for the false gate, eases past it, and sets the levers one
  by one with tiny, patient pressure. The third lever sticks, gives, sticks again, then drops
  with a clean click.

  The lock falls open. The lid rises an inch on its own, pushed by something packed inside,
  and a smell of cedar and old paper escapes into the room.""")

C("en", "space opera", "declared_elaborated_ok", "", ["Rhee", "Okonkwo", "Vask"],
  {"Vask": "I fly us through the asteroid field at full burn to lose the pursuers."},
  """Vask opens the throttle all the way and the Kestrel leaps into the field. A rock the
  size of a cathedral slides past the canopy close enough to read its mineral streaks. Vask
  rolls the ship ninety degrees to slip between two tumbling boulders, kills the main drive,
  lets momentum carry them through a gap, then lights the engines again on the far side.

  Behind them the first pursuer isn't so lucky: its shields flare against a spinning shard
  and it peels off, venting atmosphere. The second ship slows and hangs at the edge of the
  field. Proximity alarms chatter without pause.""")

C("en", "western", "declared_elaborated_ok", "", ["Cass", "Eli", "Dutch"],
  {"Cass": "I draw and shoot through the hangman's rope before they drop the trapdoor."},
  """The hangman's hand is on the lever when Cass's Colt clears leather. One shot, loud as
  God in the little square. The rope parts a hand's width above the knot, and when the
  trapdoor bangs open a heartbeat later, the condemned man drops straight through and lands
  in the dust underneath the gallows, coughing, the noose still loose around his neck.

  The crowd scatters. The hangman stares at the frayed end of the rope. On the balcony of the
  bank, Judge Pruett stands up so fast his chair goes over, pointing at Cass and roaring for
  his deputies.""")

C("en", "cyberpunk", "declared_elaborated_ok", "", ["Zero", "Mags", "Tully"],
  {"Zero": "I jack into the terminal and search for the shipping manifest.",
   "Tully": "I stand guard at the end of the corridor."},
  """Zero's jack slides home and the corridor dissolves into cold blue geometry. Zero skims
  along the data lanes of the Tanaka dock system, past payroll towers and maintenance logs,
  slips through a lazy authentication gate and dives into the logistics archive. Search
  strings spin out like fishing line.

  There: MANIFEST-4471-K, container 88, listed as agricultural drones, weight wrong by two
  tonnes. A black ICE sentinel turns its faceless head toward the query, slow, curious. At the
  end of the corridor, the elevator Tully is watching dings and its floor counter starts to
  climb.""")

C("en", "cozy slice of life", "declared_elaborated_ok", "", ["Bea", "Theo", "Marisol"],
  {"Marisol": "I knead the dough for the festival loaves and put them in the oven."},
  """Marisol works the dough on the floured table, folding and pushing with the heels of her
  hands until it turns smooth and springy under her palms. She shapes three round loaves and
  slides them one after another into the old brick oven on the long wooden peel.

  The kitchen fills with warmth. Flour hangs in the sunbeam by the window. From the lane
  outside comes the creak of the festival wagon being loaded, and somebody is tuning a fiddle
  badly on the green.""")

C("en", "horror", "declared_elaborated_ok", "", ["Nell", "Arlo", "Priya"],
  {"Nell": "I read the inscription on the tomb aloud."},
  """Nell brushes the moss from the slab and reads, voice thin in the cold air: "Here lies
  Josiah Crane, who was buried thrice and thrice returned. Let him not be called a fourth
  time." The last word echoes strangely among the yew trees, coming back a little later than
  it should.

  The ground beneath the slab gives a single, heavy thump, like a fist against a door. The
  crows on the chapel roof go up all at once. Priya's flashlight flickers, dims, and comes
  back.""")

C("en", "fantasy tavern", "npc_pronoun_ok", "", ["Mira", "Tobin", "Ysolde"],
  {"Mira": "I step into the inn and look for a free table.",
   "Tobin": "I follow Mira in."},
  """Mira steps into the Drowned Lantern, Tobin a pace behind, and the warmth hits them like a
  wall. The room is full of fishermen and wet wool. The innkeeper looks up from the barrel
  she is tapping. She waves a rag at two stools by the fire and shouts something about stew
  that nobody could hear over the din.

  A one-eyed sailor at the nearest table watches Mira over the rim of his mug. He grins,
  showing a gold tooth, and nudges his neighbour.""")

C("en", "noir", "npc_pronoun_ok", "", ["Lou", "Sadie", "Frank"],
  {"Sadie": "I sit at the bar and order a drink."},
  """Sadie takes the stool at the end of the bar and orders. The bartender pours her rye
  without a word. On the little stage the singer is finishing her last number, something
  about a man who didn't come home. She lets the last note hang in the smoke, steps down from
  the stage, and walks straight to Sadie's stool.

  "You're sitting where Joey used to sit," she says. Up close, she smells of gardenias and
  gin. "Joey's dead. You a cop?\"""")

C("en", "space opera", "npc_pronoun_ok", "", ["Rhee", "Okonkwo", "Vask"],
  {"Okonkwo": "I hand the data chip to the broker."},
  """Okonkwo slides the data chip across the table. The broker, a heavy Tessari with a
  jeweled breathing mask, turns it over in his four-fingered hand. He holds it up to the lamp,
  clicks his tongue, and tucks it into a pocket of his robe.

  "The coordinates are good," he says. "The price has changed." He smiles behind the mask.
  Two of his guards step away from the wall, and one of them rests his hand on a holstered
  blaster. Okonkwo's chair is suddenly very close to both of them.""")

C("en", "western", "npc_pronoun_ok", "", ["Abe", "Lettie", "Ruiz"],
  {"Ruiz": "I walk into the sheriff's office and put the wanted poster on his desk."},
  """Ruiz pushes the door open and slaps the poster on the desk. Sheriff Tolliver doesn't
  look up right away. He finishes cleaning his spectacles, sets them on his nose, and leans
  over the smudged drawing of Black Jack Pryor.

  He spits into the brass spittoon by his boot. "Reward's two hundred," he says. "Dead or
  alive, it don't say which, so I don't ask." He leans back until the chair creaks. "But
  Pryor's got friends in this town, son. More than I got deputies.\"""")

C("en", "superhero", "npc_pronoun_ok", "", ["Nova", "Brick", "Lark"],
  {"Lark": "I fly the little girl down from the burning balcony to the street."},
  """Lark sweeps the girl off the balcony and drops through the smoke, landing light as a
  leaf on the wet street. The girl's mother breaks through the police line, ducking under a
  cop's arm. She sobs and pulls her daughter out of Lark's arms, clutching her so tight the
  child squeaks. She keeps repeating the girl's name over and over.

  Above them, the fourth floor of the building collapses inward with a roar, and a wave of
  sparks rolls down the facade.""")

C("en", "dungeon fantasy", "world_effect_ok", "", ["Brann", "Ilka", "Sefa"],
  {"Brann": "I walk into the middle of the mosaic room.",
   "Sefa": "I stay at the doorway with my bow."},
  """Brann's boots crunch on the mosaic: a great serpent coiled around a sun. Halfway across,
  the tile under Brann's heel sinks with a grinding click. The floor gives way in a square
  around him and he drops to his waist into a pit, caught by the tiles that haven't fallen
  yet. From the walls, a hiss: darts. One grazes Ilka's arm and draws a thin line of blood;
  another clatters off Sefa's bracer at the doorway.

  The serpent's tile eyes begin to glow a dull red.""")

C("en", "horror", "world_effect_ok", "", ["Wren", "Ossie", "Dana"],
  {"Wren": "I walk down the hallway toward the music."},
  """Wren's steps creak on the hallway boards. Halfway down, every bulb in the house dies at
  once. In the dark, something cold and wet brushes the back of Wren's neck, just for an
  instant, the way fingers would. The music box is louder now, and closer.

  At the top of the stairs, Dana's lantern gutters and goes out though there is no draught,
  and Ossie's watch stops with a tiny metallic tick. A whisper comes from the walls, from
  everywhere: "Who let you in?\"""")

C("en", "space station", "world_effect_ok", "", ["Ibarra", "Chen", "Watts"],
  {"Chen": "I open the maintenance hatch to ring seven."},
  """The hatch slides open and the decompression klaxon goes off a split second later. Air
  howls past Chen toward a breach somewhere down the corridor, tugging at clothing and hair.
  Then the gravity plating fails: Chen's boots lift off the deck, and Ibarra and Watts drift
  up the corridor like leaves, slamming gently into the ceiling pipes.

  Emergency bulkheads start to grind shut at both ends of the section. Red lights strobe. A
  calm recorded voice announces that the section will be sealed in thirty seconds.""")

C("en", "pirate", "world_effect_ok", "", ["Finn", "Ada", "Marguerite"],
  {"Marguerite": "I take the wheel and turn us into the wind."},
  """Marguerite hauls the wheel hard over and the Dauntless comes round into the wind, sails
  thundering. A green wave the height of a house breaks over the bow and sweeps the deck from
  stem to stern. It knocks Finn off his feet and slams him into the mainmast; Ada is swept
  halfway to the lee rail before the lifeline snaps taut around her waist.

  Lightning splits the sky. In its glare, a black-sailed ship is visible off the port quarter,
  no more than a mile away.""")

C("en", "post-apocalyptic", "world_effect_ok", "", ["Kit", "Roan", "Sola"],
  {"Sola": "I lead us across the open salt flats toward the relay tower."},
  """Sola leads them out onto the salt flats, the relay tower a thin black needle on the
  horizon. An hour in, the clouds turn the yellow of old teeth and the rain starts: acid
  rain, hissing where it lands. It stings Kit's bare hands and raises red welts on the back
  of Roan's neck. Sola's goggles fog at the edges.

  The Geiger counter on Roan's belt, silent all morning, starts to click, slow at first, then
  faster. The tower is still two kilometres off.""")

C("en", "wilderness survival", "world_effect_ok", "", ["Tove", "Magnus", "Ana"],
  {"Ana": "I try to light a fire with the last matches."},
  """Ana strikes the first match and the wind snuffs it before it touches the birch bark. The
  second catches, flares, and dies. The cold bites into Ana's fingers until they are clumsy
  as wood. A gust tears Magnus's hood back and throws a fistful of snow down his collar; Tove's
  eyelashes have frozen together at the tips.

  The third match catches. The bark curls, smokes, and a small yellow flame rises. Beyond the
  ring of its light, something large moves between the spruce trunks.""")

C("en", "court intrigue", "npc_ok", "", ["Aurelie", "Bastien", "Corvin"],
  {"Aurelie": "I curtsy to the duke and wait for him to speak."},
  """Aurelie sinks into a deep curtsy. Duke Ormand lets her hold it a long time before he
  waves a hand. "Rise, rise." He paces to the window, hands clasped behind his back. "Your
  father owes my treasury nine thousand crowns. I have decided to forgive the debt."

  He turns. "On one condition. You will attend the masked ball at the Summer Palace and you
  will tell me who the Cardinal dances with." His steward writes something in a ledger. The
  duke's hound yawns on the hearth rug.""")

C("en", "sci-fi thriller", "npc_ok", "", ["Nadia", "Hollis", "Pryce"],
  {"Pryce": "I ask the station AI what happened to the crew."},
  """"Query received," says MERIDIAN, its voice coming from everywhere at once. "The crew of
  Tethys Station departed the station on the fourteenth of March." A pause, long enough to be
  deliberate. "Departed is the most accurate word I am permitted to use."

  Down the corridor, the maintenance drones stop sweeping and swivel their camera heads toward
  the three visitors. Then MERIDIAN dims the corridor lights by half. "I have prepared
  quarters for you," it says. "I have also sealed the docking ring. For your safety.\"""")

C("en", "fantasy", "npc_ok", "", ["Brann", "Ilka", "Sefa"],
  {"Ilka": "I ask the hermit about the dragon."},
  """The hermit cackles and throws another fistful of something onto the fire, making it burn
  green. "The dragon! Everyone asks about the dragon. Nobody asks about my knees." He stirs his
  pot with a bone spoon. "She sleeps under Greymantle, in the old silver mine. Been sleeping
  forty years. The miners sealed her in with their own bodies."

  He squints across the fire. "Forty years is a long nap, even for a dragon. The birds stopped
  singing on that side of the mountain in spring." He ladles soup nobody asked for into three
  wooden bowls and sets them down.""")

C("en", "heist", "declared_restated_ok", "", ["Juno", "Dex", "Marlowe"],
  {"Marlowe": "I pour the sleeping drops into the guard's coffee while he's on the phone.",
   "Juno": "I loop the camera feed for sixty seconds."},
  """While the guard argues with his wife on the phone, Marlowe tips the little vial over his
  mug, three drops, four, and the coffee swallows them without a ripple. In the van Juno sets
  the loop: sixty seconds of an empty corridor playing on every monitor in the security
  office.

  The guard hangs up, grumbles, and takes a long swallow of coffee. He makes a face at the
  taste and takes another. The clock on the wall says 02:14. The loop has fifty-one seconds
  left.""")

C("en", "fantasy", "declared_restated_ok", "", ["Gideon", "Lysa", "Maud"],
  {"Lysa": "I cast a light spell on my staff.",
   "Gideon": "I lead the way into the cave with my shield up."},
  """Lysa speaks the word and the tip of her staff kindles with a cold white light. Gideon
  goes first, shield raised, into the cave mouth. The light shows wet limestone, old claw
  marks on the walls at shoulder height, and a floor littered with small bones, some of them
  still wearing scraps of fur.

  The tunnel slopes down. Far below, water drips in a slow rhythm, and beneath the dripping
  there is another sound, low and even, like something enormous breathing in its sleep.""")

# ---------------------------------------------------------------- EN negatives, part 2
C("en", "gothic", "declared_restated_ok", "", ["Elodie", "Hugo", "Sabine"],
  {"Sabine": "I blow out the candles one by one and leave only the one by the bed."},
  """One by one, Sabine puts out the candles: the pair on the mantel, the three on the
  dressing table, the tall one by the door. Only the candle at the bedside is left burning,
  and the room shrinks to its small ring of light.

  In the new darkness the house seems to settle and creak around them. Somewhere below, a
  door that was locked at supper swings slowly open on its hinges, and the sound of it climbs
  the stairwell like a long sigh.""")

C("en", "noir", "refusal_ok", "", ["Lou", "Ivy", "Benny"],
  {"Ivy": "I ask the desk clerk which room Mr. Kessler is in and slide him a ten."},
  """The clerk looks at the ten-dollar bill on the counter, then at Ivy, then back at the
  bill. He doesn't touch it. "Hotel policy, miss. We don't give out room numbers. Not for ten,
  not for fifty." He smooths his pencil moustache with one finger. "Mr. Kessler in particular
  values his privacy."

  He pushes the bill back across the polished wood with the tip of his pen, as if it might be
  contagious. Behind him, the key for room 4B is missing from its hook, and the pigeonhole
  beneath it holds a single pink telephone message.""")

C("en", "fantasy", "refusal_ok", "", ["Mira", "Tobin", "Ysolde"],
  {"Tobin": "I ask the gate guard to let us into the city.",
   "Ysolde": "I show him the baron's seal."},
  """The guard leans on his halberd and doesn't even glance at the baron's seal. "Gates
  closed at dusk. Open at dawn. You can sleep in the ditch like everyone else." He jerks his
  chin at the cluster of campfires along the road, where merchants and pilgrims are already
  wrapped in blankets.

  "And the baron," he adds, "is not much loved in this city. I'd put that away before someone
  less friendly sees it." Above the gatehouse a bell tolls nine, and the portcullis chains
  rattle as they are locked.""")

C("en", "sci-fi", "refusal_ok", "", ["Talia", "Grub", "Sen"],
  {"Grub": "I order the ship's computer to open the armoury."},
  """"I'm sorry, Crewman Grub," says the ship's computer in its mild, unhurried voice. "Armoury
  access requires the authorisation of the captain or the security chief. You are neither."
  The armoury door stays shut, its status light a steady red.

  "The captain's last recorded location is the observation deck," it adds. "Her biosigns have
  not been detected for forty minutes. I have logged your request." The corridor lights flicker
  once. Somewhere far aft, a bulkhead door opens and closes that nobody should be near.""")

C("en", "cozy slice of life", "refusal_ok", "", ["Bea", "Theo", "Marisol"],
  {"Bea": "I ask Mrs. Pennyworth if I can buy the last blackberry pie."},
  """Mrs. Pennyworth puts a floury hand flat on the pie box as if it might run away. "Oh no,
  dear, not this one. This one's promised to the vicar. He's had it on order since Tuesday and
  he'd never forgive me." She shakes her head so firmly her spectacles slide down her nose.

  "Come back Saturday. I'll do a whole batch, and you can have first pick." The bell over the
  bakery door jingles as the vicar himself comes in, shaking rain from his umbrella and
  beaming at the pie.""")

C("en", "fantasy", "gm_note_ok", "", ["Mira", "Tobin", "Ysolde"],
  {"Mira": "I sneak along the wall toward the goblin camp."},
  """Mira slips from shadow to shadow along the ruined wall. The goblin camp is a mess of
  hide tents around a fire that stinks of burning fat. Six goblins squat around it, arguing
  over a dented helmet. A seventh, bigger, sits on a barrel with a crossbow across its knees,
  facing roughly the direction Mira is coming from.

  ((GM: Mira, roll Stealth with advantage for the darkness. Tobin and Ysolde, you are still
  at the treeline fifty feet back; post when you're ready.))""")

C("en", "cosmic horror", "gm_note_ok", "", ["Wren", "Ossie", "Dana"],
  {"Dana": "I copy the symbols from the cave wall into my notebook."},
  """Dana's pencil scratches across the page. The symbols resist being copied: every time she
  looks down and back up, they seem to have shifted, just slightly, the spirals tighter, the
  lines longer. By the third page the pencil lead is worn to a nub and the torch is burning
  low.

  From deeper in the cave comes a sound like a great many wet things sliding over stone.

  ((GM: Dana loses 1 Sanity for the copying. Reminder that the round closes tonight at
  22:00 server time; if you don't post, I'll assume your PC holds position.))""")

C("en", "space opera", "gm_note_ok", "", ["Rhee", "Okonkwo", "Vask"],
  {"Rhee": "I scan the derelict for life signs."},
  """Rhee's scan sweeps the derelict from bow to stern. Hull integrity forty percent. No
  atmosphere on the forward decks. Power signature: faint, pulsing, somewhere in the
  engineering section. Life signs: one, and then, as the scan completes its second pass,
  none at all, as if whatever it was had noticed and gone still.

  ((GM: quick rules note — the derelict's reactor counts as a hazard zone, so any PC entering
  engineering takes a radiation check each round. Okonkwo's player asked about docking: yes,
  the port airlock is still intact.))""")

C("en", "pilgrimage fantasy", "word_names_ok", "", ["Hope", "Will", "Grace"],
  {"Grace": "I ask the abbess to look at the wound on Will's leg."},
  """The abbess kneels by the pallet and unwraps the bandage on Will's leg. She is quiet for a
  long time. "There is little hope for the leg if the rot reaches the knee," she says at last.
  "But by God's will it has not, yet." She moves with the unhurried grace of someone who has
  done this a thousand times, cleaning the wound with vinegar and packing it with moss.

  "Three days of rest," she tells Grace. "Not two. Three." Outside, the bell calls the sisters
  to vespers.""")

C("en", "heist", "word_names_ok", "", ["Pip", "Rook", "Sky"],
  {"Rook": "I study the chessboard on the collector's desk for the combination clue."},
  """The collector's chessboard is an antique, ivory and ebony, the game frozen mid-play. A
  white rook stands alone on the seventh rank; a black knight guards the king. Under the board,
  engraved in tiny letters: "Move as I moved, and the door will open." Through the skylight the
  sky is going from black to grey. Dawn in forty minutes.

  On the desk, beside the board, someone has left a half-eaten apple, and a single pip sits on
  the blotter like a full stop.""")

C("en", "mystery", "word_names_ok", "", ["Mark", "Faith", "Hazel"],
  {"Faith": "I look at the front door of the cottage for signs of forced entry."},
  """The door is old oak, painted green, weathered to the colour of moss. Faith finds no
  scratches on the lock and no splinters at the jamb. But low down, by the hinge, someone has
  chalked a small mark: a circle with a line through it, fresh enough to smudge under a
  fingertip.

  A hazel hedge runs along the garden path, its branches bent and broken at about waist
  height, as if somebody had pushed through it in a hurry. Down the lane, a dog barks once and
  falls silent.""")

C("en", "gothic romance", "word_names_ok", "", ["Sky", "Will", "Hope"],
  {"Sky": "I open the letter from Lady Ashworth.",
   "Hope": "I read it over Sky's shoulder."},
  """The letter is sealed with black wax. Sky breaks it, and Hope leans close to read. The
  handwriting slopes badly, as if written in haste: "Come to Ashworth House at once. It is my
  will, and my last wish, that the truth of the fire be known. I have held out hope for
  twenty years." The page is stained at one corner with something brown.

  Outside the carriage window the sky over the moors is the colour of slate, and the first
  drops of rain tap against the glass.""")

C("en", "fantasy", "recap_ok", "", ["Brann", "Ilka", "Sefa"],
  {"Sefa": "I step up to the sealed door with the three keys."},
  """So far: Brann disarmed the pressure plates in the serpent hall, Ilka talked the ghost of
  the librarian into giving up the silver key, and Sefa shot the bronze key off the statue's
  chain from forty feet. Now all three keys hang from Sefa's belt.

  The sealed door is taller than three men, carved with a dwarf king holding out his open
  hands. Three keyholes wait in his palms and one in his mouth. The air here is very still.
  Dust lies thick on the floor, undisturbed by any foot but theirs.""",
  previous=["""Sefa's arrow clips the chain and the bronze key falls, ringing, into the rubble
  below the statue. In the library, the ghost of the old librarian at last holds out the
  silver key to Ilka with a trembling hand. Behind them, Brann sets the last pressure plate
  with a wedge of iron. The way to the sealed door is open."""])

C("en", "detective noir", "recap_ok", "", ["Moss", "Della", "Pike"],
  {"Moss": "I lay out what we've got on the table for everyone."},
  """Moss spreads it all out under the green desk lamp. Della got the witness to place the
  dead man with the Novak boy on Thursday. Pike found the pawn ticket in the dead man's shoe.
  And the pawn shop on Delancey, where Moss went this afternoon, says the watch on that ticket
  was redeemed yesterday by a woman in a red hat.

  Outside the office window the el train rattles past, throwing light and shadow across the
  ceiling. The phone on the desk rings. It rings twice more and stops.""",
  previous=["""The pawnbroker on Delancey squints at the ticket Moss slides across. "Gold
  Elgin, engraved. Got redeemed yesterday. Woman in a red hat, paid cash, didn't haggle." He
  hands the ticket back. "Didn't leave a name. They never do." The bell over the door jangles
  as Moss steps out into the drizzle."""])

C("en", "space opera", "recap_ok", "", ["Talia", "Grub", "Sen"],
  {"Talia": "I log the day's events in the captain's journal."},
  """Talia's log entry, stardate 4471.2: contact with the spiral vessel at 0900. Hails
  unanswered. Sen detected a pulse pattern matching prime numbers. Grub refused to lower
  weapons until ordered. At 1400 the vessel withdrew into the nebula without incident.

  The journal saves with a soft chime. Through the viewport the nebula glows violet and green.
  On the sensor board, a faint echo of the spiral ship's pulse repeats every eleven minutes,
  fainter each time, as if calling from farther and farther away.""",
  previous=["""The spiral vessel dims, turns, and slides back into the glowing curtain of the
  nebula. Sen's console goes on flashing its primes for a while, then falls silent. Grub's hand
  finally comes off the weapons board when Talia gives the order. The bridge lets out a
  collective breath."""])

C("en", "cozy fantasy", "recap_ok", "", ["Olwen", "Tarquin", "Bess"],
  {"Bess": "I flip the sign on the tea shop door to Closed."},
  """Bess flips the little wooden sign to Closed. It has been a long day at the Kettle &
  Crow: the soaked gnome, the broken teacup Tarquin swept up, the chamomile Olwen brewed that
  finally stopped the poor thing shaking, and the three pixies who paid in buttons.

  The lamps burn low. The shop cat curls up on the window seat. Outside the lanes are empty,
  the cobbles shining from the rain, and up on the hill the lights of the wizard's tower blink
  on one by one.""",
  previous=["""The gnome finishes his chamomile, sets down the cup with a little sigh, and
  leaves three silver acorns on the counter. The bell over the door rings behind him. Tarquin's
  swept pile of blue shards is still by the broom cupboard, and Olwen's kettle ticks as it
  cools."""])

C("en", "horror", "callback_ok", "", ["Nell", "Arlo", "Priya"],
  {"Arlo": "I drive us out of town along the forest road."},
  """Arlo puts the car in gear and the headlights swing across the dark pines. The forest
  road is narrow and unlit. Ten minutes out, the same child's shoe they saw on the basement
  stairs is sitting in the middle of the road, neatly placed, toe pointing toward town.

  The engine coughs. The radio comes on by itself, static and then a lullaby. In the rear-view
  mirror, far back along the road, a single porch light is burning where there shouldn't be a
  house.""",
  previous=["""The flashlight beam finds wet concrete steps and, on the fifth one, a child's
  shoe, small and red, with the laces still tied. Below it, darkness the light cannot reach.
  Something drips, slow and regular."""])

C("en", "western", "callback_ok", "", ["Cass", "Eli", "Dutch"],
  {"Dutch": "I ride into Salt Creek at sundown."},
  """Dutch rides into Salt Creek as the sun goes down red behind the water tower. It's one
  street, a livery, a chapel with no steeple, and a saloon whose sign has lost its letters.
  Tied outside the saloon stands the piebald mare that the bartender back in Dry Fork swore
  belonged to Cole Pryor.

  A curtain moves in the window above the saloon. Then the lamp behind it goes out. Down the
  street, the undertaker is hammering something together, unhurried, the sound carrying in
  the still air.""",
  previous=["""The bartender keeps polishing the glass. "Pryors came through Tuesday. Cole
  was riding that piebald mare of his, the one with the torn ear. Rode out toward Salt
  Creek.\""""])

C("en", "court intrigue", "callback_ok", "", ["Aurelie", "Bastien", "Corvin"],
  {"Corvin": "I follow the chancellor down the servants' stairs."},
  """Corvin keeps three steps behind the chancellor as she descends the servants' stairs, her
  skirts whispering on the stone. The same white-knuckled grip she kept on her chair in the
  throne room is on the banister now. At the bottom she stops at a small door, knocks twice,
  then three times.

  The door opens a crack. A voice with a foreign accent says something Corvin can't catch.
  The chancellor slips inside and the door closes behind her, but not all the way: a thin
  line of candlelight falls across the flagstones.""",
  previous=["""The queen reads the letter in silence. Chancellor Moreau, at her left, does not
  move, but her fingers tighten on the arm of her chair until the knuckles go white."""])

C("en", "space western", "clean", "", ["Juno", "Dex", "Marlowe"], {},
  """The Perdition Belt Trading Post sits on a hollowed-out nickel asteroid, lit by a single
  failing sun lamp. Ships cluster around its docks like flies around a carcass: ore haulers,
  a prison transport with its markings painted over, a sleek black yacht that looks far too
  expensive for this part of space.

  The bounty board by the customs gate shows three new postings. One of them has all three of
  your faces on it, and the reward is higher than you'd like. What do you do?""")

C("en", "fantasy", "clean", "", ["Brann", "Ilka", "Sefa"],
  {"Brann": "I open the sealed door with the keys.",
   "Ilka": "I ready a ward spell.",
   "Sefa": "I nock an arrow."},
  """The keys turn one after another, each with a deeper note, until the fourth lock in the
  dwarf king's mouth grinds open by itself. The door swings inward without a sound. Ilka's
  ward shimmers in the air before them; Sefa's arrow is on the string.

  Beyond lies a vault of black stone, lit by a slow river of molten gold running through a
  channel in the floor. At its centre, on a bier, lies a dwarf in full armour, his hands
  folded on the hilt of a sword. His eyes are open.""")

C("en", "cozy slice of life", "clean", "", ["June", "Rafa", "Lottie"],
  {"Lottie": "I bring the cinnamon buns back to the table."},
  """Lottie sets down a plate of cinnamon buns still steaming, the icing running in slow
  rivers down their sides. Rain keeps streaking the café window, and the streetlamps outside
  blink on one after another though it's barely four o'clock.

  At the next table an elderly man is doing the crossword in ink. He looks over his glasses
  at the buns, then at the three of you. "Seven letters," he says. "Sweet thing that comes
  from the oven and leaves too soon." He taps his pen against the paper and waits.""")

C("en", "post-apocalyptic", "clean", "", ["Kit", "Roan", "Sola"],
  {"Kit": "I knock on the steel door of the bunker."},
  """Kit's knuckles ring on the steel. For a long time nothing happens. Then a slot opens at
  eye level and a pair of very old, very blue eyes looks out.

  "Password," says a cracked voice.

  The wind moans over the dunes behind you. There's no sign on the door, nothing but a
  stencilled number, 7, and a faded sticker of a cartoon sun. The eyes in the slot blink
  patiently. "I can wait all day," the voice says. "I've been waiting eleven years.\"""")

# ---------------------------------------------------------------- RU positives
C("ru", "slavic folklore fantasy", "different_act", "imp", ["Ярослава", "Мирон", "Гордей"],
  {"Мирон": "Я спрашиваю у бабки-травницы дорогу к Чёрному болоту.",
   "Ярослава": "Я жду у калитки и смотрю на лес."},
  """Травница долго молчит, перебирая сушёные корешки, потом тычет узловатым пальцем в
  сторону ельника. «Через гарь, мимо трёх берёз, а там по кочкам. Где лягушки смолкнут — там
  и болото. Только солнце не упустите, ночью там не вы хозяева».

  Мирон кланяется ей в пояс, вытаскивает из её корзины пучок полыни — на всякий случай — и, не
  дожидаясь остальных, сворачивает на тропу к гари. У калитки Ярослава видит, как над ельником
  поднимается стая ворон и кружит, не садясь.""")

C("ru", "советский детектив", "different_act", "imp", ["Громов", "Лиза", "Фима"],
  {"Лиза": "Я осматриваю карманы пиджака убитого.",
   "Громов": "Я расспрашиваю соседку по коммуналке."},
  """В нагрудном кармане у убитого — химический карандаш, два трамвайных билета и
  сложенная вчетверо квитанция из камеры хранения Курского вокзала, номер 417. Во внутреннем —
  пусто, подкладка аккуратно распорота и снова зашита чужими, белыми нитками.

  Лиза прячет квитанцию в сумочку и, никому ничего не сказав, выходит на лестничную площадку
  покурить. В коридоре соседка в бигуди шёпотом рассказывает Громову, что «к нему ходила одна,
  в каракулевой шубке, и всегда после одиннадцати».""")

C("ru", "космическая фантастика", "pronoun_attribution", "imp", ["Аня", "Тимур", "Григорий"],
  {"Аня": "Я захожу в рубку к капитану.",
   "Тимур": "Я остаюсь в грузовом отсеке и проверяю крепления."},
  """Аня вошла в рубку. Капитан Орлов даже не обернулся — сидел, сгорбившись, перед главным
  экраном, на котором медленно вращался красный карлик. Села в кресло второго пилота,
  молча пристегнулась, а потом тихо спросила, сколько у них осталось топлива до точки
  возврата.

  В грузовом отсеке Тимур затягивает последний ремень на контейнере с образцами. Контейнер
  тёплый на ощупь, хотя должен быть при минус сорока.""")

C("ru", "деревенский хоррор", "pronoun_attribution", "imp", ["Екатерина", "Степан", "Лёва"],
  {"Степан": "Я стучу в дверь крайней избы.",
   "Лёва": "Я держу фонарь повыше."},
  """Степан стучит кулаком в дверь крайней избы. Долго никто не отвечает, потом скрипит
  засов, и в щель выглядывает старуха в чёрном платке. На Степана она даже не смотрит —
  смотрит за его плечо, на Катю, и манит её к себе костлявым пальцем. Та делает шаг к крыльцу и
  тихо просит пустить их переночевать, хотя бы в сенях.

  Фонарь в руке у Лёвы мигает. Где-то за огородами коротко, будто спросонья, взвывает
  собака и тут же замолкает.""")

C("ru", "постапокалипсис", "pronoun_attribution", "imp", ["Дмитрий", "Оля", "Хмурый"],
  {"Оля": "Я бросаю гайку вперёд, проверяю, нет ли аномалии."},
  """Оля бросает гайку. Та пролетает метра три, замирает в воздухе, будто наткнувшись на
  стекло, и медленно начинает вращаться, раскаляясь докрасна. Рядом с Олей — Дима, автомат
  на плече, капюшон надвинут на глаза. Сплёвывает под ноги, поправляет лямки рюкзака и первым
  шагает в обход аномалии, бормоча, что так они до ночи к элеватору не дойдут.

  Хмурый так и сидит на бетонном блоке позади. Счётчик у него на поясе потрескивает всё
  чаще.""")

C("ru", "историческая драма", "reported_speech", "imp", ["Ростислав", "Василиса", "Федот"],
  {"Василиса": "Я подношу царице ларец с подарком от отца.",
   "Федот": "Я стою у дверей и слежу за боярами."},
  """Василиса подходит к трону и, опустив глаза, подаёт ларец. Крышка из резной кости,
  внутри — жемчужное ожерелье в три нити. Царица Евдокия берёт его двумя пальцами, глядит
  на свет. Василиса объясняет, что жемчуг этот отец добыл у двинских купцов, и просит
  государыню взять её к себе в ближние боярышни.

  По палате проходит шёпот. Федот у дверей видит, как боярин Шуйский наклоняется к соседу и
  что-то говорит ему, прикрыв рот ладонью.""")

C("ru", "мистический хоррор", "body_reaction", "imp", ["Нина", "Артём", "Сева"],
  {"Артём": "Я открываю дверь палаты номер тринадцать."},
  """Дверь поддаётся с сухим треском отсыревшего дерева. В палате — шесть железных коек,
  все застелены, на каждой подушке вмятина, будто с них только что встали. На стене углём
  выведено одно слово, много раз, всё мельче и мельче: «ВЕРНИСЬ».

  У Артёма подкашиваются ноги, он хватается за косяк, к горлу подступает тошнота, а по спине
  ползёт ледяной пот. Из конца коридора, где стоят Нина и Сева, доносится скрип каталки —
  медленный, будто кто-то везёт её к ним.""")

C("ru", "поморская сага", "body_reaction", "imp rep", ["Гриша", "Настасья", "Ефим"],
  {"Настасья": "Я правлю коч к берегу.", "Ефим": "Я вычерпываю воду."},
  """Ледяная волна перехлёстывает через борт коча и окатывает всех с головы до ног. Парус
  трещит, небо над Белым морем совсем чёрное. Гриша вздрагивает всем телом, зубы у него
  стучат так, что слышно даже сквозь ветер, пальцы сводит судорогой. Берег то показывается
  между валами, то снова пропадает.""",
  previous=["""Ледяной вал обрушивается через борт и окатывает коч от носа до кормы. Парус
  рвётся с треском, над Белым морем — сплошная чернота. Гришу колотит крупной дрожью, зубы
  стучат громче ветра, пальцы сводит от холода. Берег мелькает между волнами и снова
  исчезает."""])

C("ru", "уютная дачная жизнь", "party_decision", "imp", ["Соня", "Петя", "Маша"],
  {"Петя": "Я предлагаю всем после обеда пойти на озеро."},
  """На веранде пахнет смородиной и нагретыми досками. Бабушка выносит блюдо с пирожками и
  сразу предупреждает, что к вечеру обещали грозу. Петя, дожёвывая пирожок, предлагает
  сходить на озеро, пока не стемнело.

  Все соглашаются, и решено: после обеда — на озеро, через поле, по короткой дороге мимо
  старой мельницы. Маша уже идёт в дом за полотенцами, а Соня снимает с гвоздя велосипедный
  насос. Над лесом лениво собираются первые облака.""")

C("ru", "советская фантастика", "speech", "imp", ["Королёва", "Бойко", "Ли"],
  {"Бойко": "Я докладываю на Землю о находке."},
  """Бойко щёлкает тумблером связи. Сквозь треск помех пробивается голос дежурного ЦУПа:
  «Луна-7, слышим вас, продолжайте». Бойко докладывает коротко: в кратере Циолковского, на
  глубине четырёх метров, бур упёрся в гладкую металлическую поверхность.

  Королёва наклоняется к микрофону через его плечо:
  — Земля, это Королёва. Подтверждаю: объект искусственного происхождения. Повторяю,
  искусственного.

  В наушниках долгая тишина. Потом: «Луна-7, ждите указаний. Никому не сообщать». Ли
  смотрит в иллюминатор на тёмный край кратера.""")

C("ru", "городское фэнтези", "inner_state", "imp av", ["Саша", "Вика", "Тимофей"],
  {"Вика": "Я спускаюсь по лестнице на заброшенную станцию."},
  """Конечно! Вот продолжение:

  Вика спускается по ржавой лестнице, и луч фонаря выхватывает из темноты облупленную
  мозаику: рабочие, колосья, звезда. Платформа станции «Советская» пуста, рельсы поросли
  бледным мхом. Саша идёт следом, и в груди у него поднимается давно забытый страх — ему
  вспоминается отец, который однажды спустился сюда и не вернулся. Из туннеля тянет тёплым
  ветром, и пахнет он почему-то яблоками.""")

C("ru", "бандитский нуар", "unattributed_reply", "imp", ["Костя", "Жанна", "Боря"],
  {"Жанна": "Я кладу на стол конверт с деньгами."},
  """Жанна кладёт конверт на стол, между пепельницей и бутылкой «Абсолюта». Хозяин кабинета,
  Седой, не трогает его. Смотрит поверх Жанны на Костю, который подпирает стену у двери.

  — А ты, значит, тот самый, что Гиви с рынка выкинул?

  — Ну, допустим, я.

  Седой усмехается, показав золотую коронку.
  — Допустим. Гиви, между прочим, мой двоюродный брат.

  За окном, на набережной, кто-то резко газует. Боря в коридоре слышит, как в соседней
  комнате щёлкает затвор.""")

C("ru", "историческая драма", "word_names", "imp", ["Вера", "Надежда", "Лев"],
  {"Лев": "Я перевязываю раненую ногу коня."},
  """Лев стягивает повязку на ноге коня, тот всхрапывает и бьёт копытом по мёрзлой земле.
  Обоз ушёл далеко вперёд, следов на снегу уже почти не видно. Вера в то, что их хватятся,
  гаснет с каждым часом.

  Надежда поднимается с поваленного ствола, отряхивает подол и говорит, что пойдёт за подмогой в
  деревню одна — напрямик, через замёрзшую реку. Ветер бросает в лица колючую снежную крупу.
  До темноты часа два, не больше.""")

C("ru", "стимпанк", "assistant_opener", "imp av", ["Аркадий", "Зоя", "Митя"],
  {"Зоя": "Я пытаюсь починить паровой клапан гаечным ключом."},
  """Конечно! Вот продолжение вашей ролевой игры:

  Зоя упирается ногой в котёл и налегает на ключ. Гайка, прикипевшая за годы, наконец
  поддаётся, и из клапана с визгом бьёт струя пара. Аркадий отталкивает её в сторону, сам
  перехватывает ключ и закручивает клапан до упора, обжигая ладони. Стрелка манометра
  дрожит у красной черты. Над цехом протяжно воет заводской гудок.""")

C("ru", "сказка", "assistant_closer", "av", ["Ваня", "Алёнушка", "Кощеевич"],
  {"Ваня": "Я кланяюсь Бабе-Яге и прошу ночлега.",
   "Алёнушка": "Я кормлю чёрного кота у порога."},
  """Изба на курьих ножках со скрипом поворачивается к ним передом. Ваня кланяется, и Баба-Яга
  выглядывает в окошко, прищурив один глаз. «Ночлега, говоришь? Ночлег у меня дорогой». Чёрный
  кот у порога жадно уплетает Алёнушкин кусок пирога и мурлычет на весь лес. «Ну, коли кот
  вас признал — заходите. Но по избе не шарить и в печь не заглядывать».

  Надеюсь, вам понравилось это продолжение! Если хотите, я могу написать следующую сцену или
  изменить тон истории.""")

C("ru", "истерн", "assistant_disclaimer", "imp av", ["Фёдор", "Глаша", "Рустам"],
  {"Глаша": "Я целюсь из обреза в главаря банды."},
  """Глаша вскидывает обрез и берёт главаря на мушку. Тот ухмыляется в пыльные усы, но руку от
  кобуры убирает. Рустам тут же выхватывает нож из-за голенища, прыгает на ближайшего бандита и
  приставляет лезвие к его горлу. Над степью висит тяжёлое белое солнце.

  (Важно: эта история полностью вымышлена. Я не поощряю насилие и не одобряю использование
  оружия в реальной жизни.)""")

C("ru", "орбитальная станция", "repeat_paraphrase", "imp rep", ["Ильдар", "Ксюша", "Платон"],
  {"Ксюша": "Я запускаю диагностику системы жизнеобеспечения."},
  """На станции «Заря» гаснет основное освещение, включаются красные аварийные лампы. Вой
  сирены разносится по модулям. Давление в шлюзовом отсеке падает. Ильдар решает, что ждать
  нельзя, хватает скафандр и бросается к шлюзу. За иллюминатором медленно проплывает обломок
  солнечной панели. Ксюша у пульта видит, как цифры содержания кислорода ползут вниз.""",
  previous=["""Основной свет на «Заре» гаснет, вместо него загораются красные аварийные
  лампы. По модулям разносится вой сирены. В шлюзовом отсеке падает давление. Ильдар, не
  раздумывая, хватает скафандр и мчится к шлюзу. Мимо иллюминатора неторопливо проплывает
  кусок солнечной панели. У пульта Ксюша видит, как показатели кислорода медленно
  снижаются."""])

# ---------------------------------------------------------------- RU negatives
C("ru", "славянское фэнтези", "declared_elaborated_ok", "", ["Ярослава", "Мирон", "Гордей"],
  {"Гордей": "Я рублю топором сухостой для костра."},
  """Гордей выбирает сухую ель у края поляны и берётся за топор. Первый удар отскакивает от
  смолистого ствола, второй входит глубоко, щепа летит в снег. Гордей рубит с подсечкой, и через
  десяток ударов ель со стоном клонится и валится поперёк поляны. Он
  разделывает её на чурбаки, и скоро у кострища вырастает невысокая поленница.

  Из леса на стук отзывается эхо — только звучит оно на один удар больше, чем было.""")

C("ru", "космическая фантастика", "declared_elaborated_ok", "", ["Аня", "Тимур", "Григорий"],
  {"Григорий": "Я сажаю челнок на ледяную поверхность спутника вручную."},
  """Григорий отключает автопилот и берёт управление на себя. Челнок трясёт в разреженной
  атмосфере, по стеклу ползут ледяные узоры. Григорий гасит горизонтальную скорость короткими
  импульсами маневровых, выравнивает крен, подводит машину к плоской ледяной плите и мягко
  опускает её на опоры. Корпус вздрагивает, снаружи поднимается облако ледяной пыли.

  Когда пыль оседает, в свете прожекторов видно: лёд под ними прозрачный, как стекло, и
  где-то глубоко под ним медленно движется что-то огромное и светлое.""")

C("ru", "советский детектив", "declared_elaborated_ok", "", ["Громов", "Лиза", "Фима"],
  {"Фима": "Я вскрываю ячейку 417 в камере хранения отмычкой."},
  """Кладовщик за стойкой зевает во весь рот. Фима вставляет отмычку в замок ячейки 417.
  Замок старый, с тугой пружиной; Фима подцепляет язычок, покачивает, слушает, потом
  дожимает — и дверца с тихим щелчком отходит. Внутри — фибровый чемоданчик, перевязанный
  бечёвкой, и запах нафталина.

  На весь зал ожидания объявляют посадку на поезд до Харькова. У табачного киоска мужчина в
  сером плаще складывает «Известия» и смотрит прямо в их сторону.""")

C("ru", "трактирное фэнтези", "npc_pronoun_ok", "", ["Аня", "Лёша", "Богдан"],
  {"Аня": "Я захожу в трактир и ищу свободное место."},
  """Аня входит в трактир «Три пескаря», стряхивая с плаща дождь. Внутри жарко, пахнет
  луком и мокрой шерстью. Трактирщица поднимает глаза от бочонка. Машет тряпкой в сторону
  лавок у печки и что-то кричит про щи, но за гомоном её не слышно.

  За ближним столом одноглазый лодочник провожает Аню взглядом. Ухмыляется, показав
  железный зуб, и толкает локтем соседа.""")

C("ru", "хоррор", "npc_pronoun_ok", "", ["Катерина", "Степан", "Лёва"],
  {"Катерина": "Я захожу в сторожку на кладбище.",
   "Степан": "Я жду снаружи у ворот."},
  """Катя вошла в сторожку. Сторож поднялся ей навстречу из-за стола, заставленного пустыми
  бутылками. Долго смотрел, шевеля губами, потом кивнул на табурет. Налил в гранёный стакан
  мутного чаю и подвинул к краю стола.

  — Ищете кого? — спросил он хрипло. — Тут по ночам кого только не ищут.

  За окном у ворот маячит фонарь Степана. Ветер хлопает незапертой калиткой, раз за разом, и
  сторож всякий раз вздрагивает.""")

C("ru", "киберпанк", "npc_pronoun_ok", "", ["Сашка", "Вика", "Тимофей"],
  {"Вика": "Я отдаю барыге чип с данными.",
   "Сашка": "Я стою у двери."},
  """Вика отдаёт барыге чип. Барыга, лысый тип с хромированной челюстью, вертит его в
  пальцах, вставляет в разъём за ухом. Замирает на пару секунд, глаза у него закатываются.
  Потом приходит в себя, довольно цокает языком и прячет чип в нагрудный карман.

  — Товар чистый, — говорит он. — Но цена поменялась. Корпораты сегодня злые.

  Двое его охранников отлипают от стены. Один кладёт руку на кобуру. Сашка у двери слышит,
  как на лестнице внизу хлопает дверь.""")

C("ru", "постапокалипсис", "world_effect_ok", "", ["Дмитрий", "Оля", "Хмурый"],
  {"Хмурый": "Я иду через двор к элеватору."},
  """Хмурый идёт через двор, и на полпути земля под ним проседает: старый колодец, прикрытый
  листом жести. Хмурый проваливается по пояс и застревает в гнилых досках. Над элеватором
  налетает выброс: небо становится цвета синяка, воздух звенит, у Оли идёт носом кровь, а у
  Димы в ушах тонко свистит, будто рядом разорвалась граната.

  Счётчики у всех троих трещат наперебой. До укрытия — метров сорок.""")

C("ru", "северная сага", "world_effect_ok", "", ["Гриша", "Настасья", "Ефим"],
  {"Ефим": "Я иду по льду к проруби проверить сеть."},
  """Ефим идёт по льду к проруби. Под ногами что-то гулко ухает, и по льду бежит длинная
  трещина. Ветер с моря рвёт с Ефима шапку и уносит её к торосам. Мороз такой, что у Гриши
  слипаются ресницы, а у Настасьи на платке нарастает иней.

  У проруби лёд тёмный, почти чёрный. Сеть натянута туго — в ней что-то есть, тяжёлое и
  неподвижное. Трещина тем временем продолжает расти, медленно, с тихим потрескиванием.""")

C("ru", "историческая драма", "npc_ok", "", ["Ростислав", "Василиса", "Федот"],
  {"Ростислав": "Я жду, что скажет воевода."},
  """Воевода Басманов долго молчит, постукивая перстнем по столу. Потом встаёт, подходит к
  окну, за которым горят костры ополчения.

  — Казна пуста, — говорит он наконец. — Хлеба до Покрова. Татары будут под стенами через
  неделю, а может, и раньше. — Он оборачивается. — Я решил: отправлю гонца к Новгороду. Пусть
  шлют людей или пусть потом не плачут.

  Дьяк у двери торопливо записывает. Воевода снова садится и наливает себе мёду, не предлагая
  гостям.""")

C("ru", "уютная дачная жизнь", "npc_ok", "", ["Соня", "Петя", "Маша"],
  {"Маша": "Я спрашиваю у соседа, можно ли взять его лодку."},
  """Сосед, Пал Палыч, снимает соломенную шляпу и обмахивается ею. «Лодку? Можно, отчего ж
  нельзя. Только вёсла в сарае, за мешками с картошкой, а в правом борту течь — я её
  паклей забил, но вы уж черпак возьмите». Он скрывается в сарае и выходит оттуда с двумя
  вёслами и ржавым черпаком.

  «А на тот берег не плавайте, — добавляет он, понизив голос. — Там у Климовых собака злая».
  Его жена кричит из окна, чтобы он не забыл про самовар.""")

C("ru", "стимпанк", "declared_restated_ok", "", ["Аркадий", "Зоя", "Митя"],
  {"Митя": "Я подбрасываю уголь в топку и открываю поддувало."},
  """Митя швыряет в топку несколько лопат угля и открывает поддувало. Огонь взвывает,
  жадно хватает свежий уголь, из-за заслонки полыхает жаром. Стрелка манометра ползёт вверх, и
  паровая машина, до того еле дышавшая, начинает стучать ровнее.

  Цех наполняется грохотом. Где-то над головой, на мостках, мастер в котелке свистит в
  свисток и машет рукой — то ли одобряет, то ли требует остановиться.""")

C("ru", "сказка", "refusal_ok", "", ["Ваня", "Алёнушка", "Кощеевич"],
  {"Кощеевич": "Я прошу у лешего пропустить нас через его лес."},
  """Леший скрипит, как старое дерево на ветру, и качает мохнатой головой. «Нет, не пущу. Мой
  лес — мои порядки. В прошлый раз такие же гости мне три сосны срубили и муравейник
  разорили». Он постукивает клюкой по корням, и корни шевелятся в ответ.

  «Хотите через лес — несите дары. Мёду бочонок да новые лапти, а то мои совсем износились».
  Он садится на пень и принимается ждать, весь зарастая мхом прямо на глазах.""")

C("ru", "мистический хоррор", "gm_note_ok", "", ["Нина", "Артём", "Сева"],
  {"Нина": "Я иду на звук каталки по коридору."},
  """Нина идёт по коридору. Скрип каталки то приближается, то удаляется, будто звук сам
  не может решить, где ему быть. Лампы под потолком вспыхивают по очереди, одна за другой,
  ведя её к двери с табличкой «Морг». Дверь приоткрыта. Из щели тянет холодом и хлоркой.

  ((ГМ: Нина, кинь проверку Рассудка. Артём и Сева пока в палате 13 — напишите, что делаете,
  до вечера воскресенья. Если кто не успеет, считаю, что персонаж остаётся на месте.))""")

C("ru", "русская классика", "word_names_ok", "", ["Вера", "Любовь", "Лев"],
  {"Любовь": "Я читаю письмо от управляющего имением вслух."},
  """Любовь разворачивает письмо и читает вслух: «Милостивая государыня, спешу сообщить, что
  урожай погиб от града, мельница сгорела, а надежды на помощь из губернии нет никакой. Вера
  мужиков в барскую милость иссякла». На сургучной печати — лев, стоящий на задних лапах,
  герб соседей Волынских.

  За окном гостиной ветер гонит по аллее жёлтые листья. В людской кто-то поёт протяжную
  песню про любовь и разлуку.""")

C("ru", "бандитский нуар", "recap_ok", "", ["Костя", "Жанна", "Боря"],
  {"Боря": "Я завожу машину у чёрного хода."},
  """Итак: Жанна отдала Седому конверт, Костя признался, что выкинул Гиви с рынка, а Боря
  услышал за стеной щелчок затвора и рванул вниз, к машине. Теперь Боря поворачивает ключ в
  замке зажигания старой «девятки», и мотор, чихнув, заводится.

  Во дворе пусто, только мусорные баки и кошка на капоте чужой «Волги». Наверху, на третьем
  этаже, с грохотом распахивается окно кабинета.""",
  previous=["""Седой усмехается. «Гиви, между прочим, мой двоюродный брат». За стеной щёлкает
  затвор. Боря, не дожидаясь продолжения, скатывается по лестнице к чёрному ходу. Конверт
  Жанны так и лежит на столе нетронутым."""])

C("ru", "космическая фантастика", "callback_ok", "", ["Аня", "Тимур", "Григорий"],
  {"Тимур": "Я открываю контейнер с образцами."},
  """Тимур откидывает замки и поднимает крышку. Изнутри поднимается облачко пара — тот самый
  контейнер, что был тёплым ещё при погрузке, теперь горячий, как печка. Образцы льда
  растаяли. В мутной воде на дне медленно шевелится что-то тонкое, похожее на прозрачную
  нитку.

  По интеркому слышно, как капитан Орлов в рубке ругается с диспетчером базы. Лампа над
  контейнером мигает и гаснет.""",
  previous=["""В грузовом отсеке Тимур затягивает последний ремень на контейнере с образцами.
  Контейнер тёплый на ощупь, хотя должен быть при минус сорока."""])

C("ru", "славянское фэнтези", "callback_ok", "", ["Ярослава", "Мирон", "Гордей"],
  {"Ярослава": "Я иду по кочкам к середине болота."},
  """Ярослава ступает с кочки на кочку. Лягушки, что надрывались всю дорогу, смолкают разом,
  как и обещала травница. Над водой поднимается туман, и в тумане проступают огоньки —
  синие, неподвижные, ровно в ряд, как свечи на поминках.

  Кочка под ногой мягко проседает. Где-то справа, совсем близко, плещет вода, и из тумана
  доносится женский смех — тихий, довольный.""",
  previous=["""Травница тычет пальцем в сторону ельника. «Через гарь, мимо трёх берёз, а там
  по кочкам. Где лягушки смолкнут — там и болото»."""])

C("ru", "школьная мистика", "clean", "", ["Соня", "Петя", "Маша"], {},
  """Последний урок отменили, и школа опустела непривычно быстро. В коридоре третьего этажа
  пахнет хлоркой и мелом, на подоконниках сохнут чьи-то кактусы. Дверь кабинета химии, который
  закрыт с весны после пожара, сегодня почему-то приоткрыта, а за ней горит свет.

  Вы все трое стоите у лестницы. Снизу доносится звон ключей вахтёрши — она начинает обход с
  первого этажа, как всегда. У вас минут десять, не больше. Что делаете?""")

# ---------------------------------------------------------------- PL positives
C("pl", "słowiańskie fantasy", "different_act", "imp", ["Bartosz", "Jagoda", "Wit"],
  {"Bartosz": "Oglądam ślady pazurów na drzwiach stodoły.",
   "Wit": "Pytam sołtysa, kiedy zaczęły ginąć krowy."},
  """Ślady są głębokie na palec, po cztery w rzędzie, i biegną w górę aż pod okap — to coś
  stało na tylnych łapach i było wyższe od człowieka. W drzazgach tkwią kosmyki szarej,
  sztywnej sierści. Bartek przyciska je palcem, wącha, po czym dobywa srebrnego miecza i
  rusza sam w stronę lasu, nie oglądając się na resztę.

  Sołtys tymczasem mnie czapkę w rękach i tłumaczy Witowi, że krowy ginęły od Zielnej,
  zawsze w noc przed pełnią, a ostatnią znaleźli bez serca.""")

C("pl", "heist", "different_act", "imp av", ["Kuba", "Ola", "Remik"],
  {"Ola": "Wyłączam alarm w panelu przy drzwiach skarbca.",
   "Kuba": "Pilnuję windy."},
  """Ola zdejmuje osłonę panelu, przepina dwa przewody i wpisuje kod z karteczki. Dioda
  gaśnie z czerwonej na zieloną. Drzwi skarbca odskakują z cichym sykiem. Ola wchodzi do
  środka pierwsza, zgarnia z półki aksamitny woreczek z diamentami i wsuwa go do kieszeni
  kurtki. Przy windzie Kuba słyszy, jak kabina rusza gdzieś na parterze.

  Daj znać, jeśli chcesz, żebym kontynuował albo zmienił przebieg napadu!""")

C("pl", "kryminał PRL", "pronoun_attribution", "imp", ["Katarzyna", "Zenek", "Józef"],
  {"Zenek": "Pokazuję portierowi legitymację milicyjną."},
  """Zenek położył legitymację na ladzie. Portier hotelu „Polonia”, chudy starszy pan z
  wąsikiem, przyjrzał się jej przez grube okulary, potem Zenkowi, a potem stojącej za nim
  Kasi. Uśmiechnęła się do niego słodko i zapytała, o której wrócił w nocy pan Malinowski z
  pokoju dwieście dwanaście.

  Portier poczerwieniał. Za jego plecami, na tablicy z kluczami, brakowało klucza do
  dwieście dwanaście. Józef, oparty o kolumnę w holu, zauważył mężczyznę w prochowcu, który
  właśnie złożył gazetę.""")

C("pl", "space opera", "pronoun_attribution", "imp", ["Igor", "Ewa", "Tomek"],
  {"Igor": "Podchodzę do kapitan Nowak przy stole taktycznym.",
   "Ewa": "Sprawdzam odczyty sensorów."},
  """Igor podchodzi do stołu taktycznego, nad którym unosi się hologram planety. Kapitan
  Nowak nie odrywa wzroku od mapy; stuka palcem w jeden z kraterów, który zaczyna pulsować na
  czerwono. On salutuje, melduje o gotowości oddziału i prosi o zgodę na pierwszy desant.

  Przy konsoli Ewa widzi, że sensory wariują: pod powierzchnią krateru coś generuje ciepło,
  dużo ciepła, w regularnych odstępach, jak bicie serca.""")

C("pl", "obyczajowe cozy", "pronoun_attribution", "imp", ["Zosia", "Marek", "Agata"],
  {"Agata": "Siadam przy stoliku pod oknem w kawiarni."},
  """Agata siada przy stoliku pod oknem. Za szybą Kazimierz tonie w listopadowej mżawce,
  tramwaj dzwoni na zakręcie. Kelner, starszy pan w bordowej kamizelce, podaje jej kartę i
  zapala świeczkę w słoiku. Zamówiła szarlotkę na ciepło i poprosiła o podwójną bitą śmietanę.
  Zerknęła na zegarek: Marek znowu się spóźniał, jak zawsze.

  Przy barze ekspres syczy, a ktoś puszcza z gramofonu starą płytę Niemena.""")

C("pl", "dworskie intrygi", "reported_speech", "imp", ["Jadwiga", "Stanisław", "Wojciech"],
  {"Stanisław": "Kłaniam się królowi i wręczam list od hetmana."},
  """Stanisław kłania się nisko i podaje list z pieczęcią hetmańską. Król Zygmunt łamie
  wosk, czyta, marszczy brwi. W sali tronowej robi się tak cicho, że słychać trzask świec.
  Wojciech zapewnia króla, że hetman jest mu wierny jak pies i że sam ręczy za to głową.

  Król podnosi wzrok znad listu. — Głową — powtarza powoli. — Zapamiętam. — Podkanclerzy
  przy oknie wymienia spojrzenie z biskupem.""")

C("pl", "western", "reported_speech", "imp", ["Hank", "Dolores", "Wiktor"],
  {"Dolores": "Pytam szeryfa, ile płacą za Kida Morgana."},
  """Szeryf wypluwa prymkę do mosiężnej spluwaczki i odsuwa kapelusz na tył głowy. — Pięćset
  dolarów. Żywego. Za martwego połowa, bo sędzia chce go powiesić osobiście. — Stuka palcem w
  list gończy przybity do ściany. — Tylko że trzech ostatnich łowców wróciło do miasta na
  koniach, ale przerzuconych przez siodło.

  Wiktor mówi mu, że wezmą robotę, ale za podwójną stawkę i z zaliczką. Szeryf długo na niego
  patrzy. Za oknem wiatr przetacza przez ulicę kłąb suchych krzaków.""")

C("pl", "słowiański horror", "body_reaction", "imp", ["Kalina", "Staszek", "Michał"],
  {"Staszek": "Podnoszę wieko trumny.",
   "Michał": "Świecę latarnią do środka."},
  """Wieko jest cięższe, niż powinno, i zgrzyta gwoździami, kiedy Staszek je podważa. Michał
  kieruje światło do środka. Trumna jest pusta, ale wnętrze pokrywają zadrapania, setki
  zadrapań, od spodu wieka aż po dno, a w drewno wbity jest połamany paznokieć.

  Kalina blednie jak ściana, cofa się o krok i zasłania usta dłonią; żołądek podchodzi jej do
  gardła, a kolana miękną. Gdzieś pod posadzką kościoła coś cicho i rytmicznie stuka.""")

C("pl", "postapo", "party_decision", "imp", ["Kruk", "Lena", "Olek"],
  {"Lena": "Sprawdzam na mapie, którędy biegną tunele."},
  """Lena rozkłada na kolanach zatłuszczoną mapę metra. Linia pierwsza jest zawalona przy
  Politechnice, to wiedzą wszyscy. Zostaje tunel techniczny pod Marszałkowską albo stara
  kanalizacja, w której od miesięcy nikt nie był i z której nikt nie wrócił.

  Drużyna postanawia iść tunelem technicznym na Centrum, zanim skończy się filtr w maskach.
  Kruk już sprawdza magazynek, Olek zarzuca plecak. Z głębi stacji dochodzi chrobot, jakby
  coś dużego ocierało się o szyny.""")

C("pl", "piracka przygoda", "party_decision", "imp rep", ["Jacek", "Marta", "Borys"],
  {"Marta": "Patrzę przez lunetę na statek na horyzoncie."},
  """Na horyzoncie rośnie szwedzka fregata, trzy maszty, czterdzieści dział. Wiatr słabnie,
  żagle „Mewy” wiszą jak mokre prześcieradła. Kapitan Sobczak klnie pod nosem. Cała trójka
  zgodnie postanawia zawrócić do Helu i nie przyjmować walki. Bosman już krzyczy, żeby zwijać grota. Nad masztami wrzeszczą mewy, a od strony lądu
  nadciąga gęsta mgła.""",
  previous=["""Na widnokręgu wyrasta szwedzka fregata: trzy maszty i czterdzieści luf. Wiatr
  siada, a żagle „Mewy” zwisają jak pranie. Kapitan Sobczak przeklina cicho. Cała trójka
  jednogłośnie decyduje, że wracają do Helu, bez bitwy. Bosman wrzeszczy, by zwijać
  grota. Mewy drą się nad masztami, od lądu ciągnie gęsta mgła."""])

C("pl", "steampunk", "named_actor", "imp", ["Feliks", "Halina", "Teodor"],
  {"Halina": "Podaję inżynierowi plany maszyny."},
  """Halina rozkłada na stole plany, przyciskając rogi kałamarzem i mosiężnym cyrklem.
  Inżynier Rosenthal pochyla się nad nimi z lupą, mruczy coś po niemiecku, wreszcie prostuje
  się i mówi, że maszyna nigdy nie zadziała, bo kocioł rozsadzi ją w pięć minut.

  Teodor wyciąga zza pazuchy rewolwer i spokojnie celuje w inżyniera. Za oknem łódzkie
  kominy dymią na czarno, a syrena fabryczna ogłasza koniec zmiany. Feliksowi z ręki wypada
  cygaro.""")

C("pl", "akademia magii", "emoji_asterisk_script", "imp", ["Zuzia", "Kacper", "Bruno"],
  {"Kacper": "Pytam profesora Gąsiora, czy możemy wejść do biblioteki po ciszy nocnej."},
  """📚🌙 Profesor Gąsior poprawia okulary i patrzy na Kacpra jak na wyjątkowo głupią ropuchę.
  — Po ciszy nocnej? Do działu zakazanego? Oczywiście, że nie. 😑

  *Zuzia przewraca oczami i wyciąga różdżkę zza ucha*

  Zuzia: „Panie profesorze, to do projektu na eliksiry, przysięgam!” 🙏✨

  Profesor unosi jedną brew tak wysoko, że prawie znika pod kapeluszem. Bruno słyszy, jak
  zegar na wieży wybija dziesiątą. 🕙""")

C("pl", "survival w górach", "assistant_opener", "imp av", ["Witek", "Iga", "Paweł"],
  {"Iga": "Rozpalam ogień w piecu w schronisku."},
  """Oczywiście! Oto kontynuacja historii:

  Iga wkłada do pieca brzozową korę i suche szczapy, dmucha, aż płomień łapie. Schronisko
  powoli napełnia się ciepłem i zapachem dymu. Za oknem halny wyje między smrekami. Paweł
  zdejmuje przemoczone buty, stawia je przy piecu i oznajmia, że jutro schodzą do Zakopanego,
  choćby nie wiem co. Na stole ktoś zostawił zeszyt z ostatnim wpisem sprzed trzech dni.""")

C("pl", "dark fantasy", "assistant_closer", "imp av", ["Róża", "Dorian", "Mścisław"],
  {"Róża": "Kładę dłoń na kamieniu przysięgi.",
   "Mścisław": "Trzymam pochodnię."},
  """Róża kładzie dłoń na kamieniu przysięgi i zimno przechodzi jej w górę ramienia. Runy na
  kamieniu rozżarzają się jedna po drugiej, w świetle pochodni Mścisława wyglądają jak żywe
  węgle. Dorian klęka obok niej, też przykłada dłoń do kamienia i przysięga na głos, że nie
  spocznie, dopóki Czarny Książę nie zginie.

  Mam nadzieję, że ta scena Ci się podoba! Daj znać, jeśli chcesz coś zmienić albo dodać
  więcej szczegółów.""")

C("pl", "kryminał noir", "assistant_meta", "av", ["Marian", "Lucyna", "Edek"],
  {"Lucyna": "Wchodzę do gabinetu adwokata.",
   "Marian": "Czekam w samochodzie."},
  """Lucyna wchodzi do gabinetu. Mecenas Wróblewski siedzi za biurkiem zawalonym aktami, w
  popielniczce dymi zapomniany papieros. Na ścianie wisi dyplom, krzywo, jakby ktoś niedawno
  go zdejmował. Za oknem deszcz spływa po szybie, a na samochód Mariana, zaparkowany przed
  kamienicą, kapie woda z zepsutej rynny.

  (W tej części skupiłem się na budowaniu napięcia i atmosfery, dlatego opis jest trochę
  dłuższy niż zwykle. W następnym fragmencie planuję przyspieszyć akcję.)""")

C("pl", "cyberpunk", "assistant_menu", "av", ["Neon", "Dziadek", "Sara"],
  {"Sara": "Włamuję się do kamery nad wejściem do klubu."},
  """Sara wpina się w sieć klubu „Czerwony Karzeł”. Kamera nad wejściem pokazuje kolejkę
  ludzi w świecących kurtkach i dwóch bramkarzy z wszczepami optycznymi. Jeden z nich właśnie
  dotyka skroni, jakby odbierał wiadomość, i patrzy prosto w obiektyw.

  Co dalej? Mogę napisać kilka wersji:
  a) bramkarze ruszają w stronę zaułka,
  b) w klubie gaśnie światło,
  c) ktoś przejmuje połączenie Sary.
  Wybierz jedną, a ja ją rozwinę!""")

C("pl", "fantasy", "repeat_paraphrase", "imp rep", ["Wiesław", "Dobrawa", "Jarek"],
  {"Dobrawa": "Pytam karczmarza o drogę do Wilczego Jaru.",
   "Jarek": "Płacę za nocleg."},
  """W karczmie „Pod Złamanym Kołem” jest tłoczno i duszno. Przy kominku flisacy śpiewają
  sprośną piosenkę, a karczmarz wyciera kufle brudnym fartuchem. Wiesław wstaje od stołu,
  wskakuje na ławę i wyzywa najgrubszego flisaka na siłowanie na rękę. W kącie siedzi
  zakapturzony obcy i nie tyka piwa.""",
  previous=["""Karczma „Pod Złamanym Kołem” pęka w szwach, jest gorąco i duszno. Flisacy przy
  kominku wyśpiewują sprośne przyśpiewki, karczmarz przeciera kufle zatłuszczonym fartuchem.
  Wiesław podrywa się zza stołu, wskakuje na ławę i wyzywa najtęższego flisaka na rękę. W kącie
  zakapturzony nieznajomy siedzi nad nietkniętym piwem."""])

C("pl", "horror", "repeat_short", "rep", ["Tosia", "Leon", "Gabryś"],
  {"Leon": "Zamykam drzwi na klucz.", "Tosia": "Zapalam świecę."},
  """Stary dom na skraju wsi skrzypi w każdym stawie. Wiatr tłucze okiennicą o ścianę, a na
  strychu coś drobnego przebiega od jednego końca do drugiego. Zegar w sieni staje na
  trzeciej, choć nikt go nie dotykał. Na podwórzu pies szarpie łańcuch i skomli, patrząc w
  ciemne okno na piętrze.""",
  previous=["""Stary dom na skraju wsi skrzypi w każdym stawie. Wiatr tłucze okiennicą o
  ścianę, a na strychu coś drobnego przebiega od jednego końca do drugiego. Zegar w sieni
  zatrzymuje się na trzeciej, chociaż nikt go nie dotykał. Na podwórku pies szarpie łańcuch i
  skomle, patrząc w ciemne okno na piętrze."""])

# ---------------------------------------------------------------- PL negatives
C("pl", "słowiańskie fantasy", "declared_elaborated_ok", "", ["Bartosz", "Jagoda", "Wit"],
  {"Jagoda": "Warzę wywar z tojadu, żeby odstraszyć wilkołaka."},
  """Jagoda rozpala pod kociołkiem mały, równy ogień i wrzuca korzeń tojadu pocięty na
  cienkie plasterki. Woda mętnieje, potem robi się fioletowa. Jagoda dosypuje szczyptę soli,
  miesza leszczynową łyżką zawsze w lewo, siedem razy, i zdejmuje kociołek z ognia, kiedy na
  powierzchni pojawia się srebrzysta błona.

  Zapach jest ostry i gorzki, aż łzawią oczy. Gdzieś w lesie za stodołą odzywa się wycie —
  długie, przeciągłe, a potem urywa się w pół nuty, jakby zwierzę się zakrztusiło.""")

C("pl", "space opera", "declared_elaborated_ok", "", ["Igor", "Ewa", "Tomek"],
  {"Tomek": "Przeprowadzam awaryjną naprawę przebitego kadłuba w skafandrze."},
  """Tomek wychodzi przez śluzę i przypina linkę do poręczy. Przebicie jest wielkości
  pięści, brzegi blachy wywinięte na zewnątrz jak płatki kwiatu. Tomek przycina je nożycami,
  przykłada łatę z kompozytu, dociska ją i spawa obwód palnikiem, centymetr po centymetrze,
  aż szew jarzy się na pomarańczowo i stygnie do szarości.

  Manometr w środku przestaje spadać. Daleko za planetą, na tle gwiazd, błyska coś metalicznego
  — raz, drugi, jakby ktoś nadawał lusterkiem sygnały.""")

C("pl", "fantasy", "npc_pronoun_ok", "", ["Katarzyna", "Bartosz", "Wit"],
  {"Katarzyna": "Wchodzę do karczmy i rozglądam się za wolnym miejscem."},
  """Kasia weszła do karczmy „Pod Siwym Koniem” i strzepnęła deszcz z płaszcza. W środku było
  gorąco od pieca i ludzi. Karczmarka podniosła wzrok znad beczki. Machnęła ścierką w stronę
  ławy przy oknie i krzyknęła coś o kapuście, ale w gwarze nikt jej nie dosłyszał.

  Przy najbliższym stole jednooki flisak odprowadził Kasię wzrokiem. Wyszczerzył się,
  błysnął złotym zębem i trącił łokciem sąsiada.""")

C("pl", "słowiańskie fantasy", "npc_pronoun_ok", "", ["Bartosz", "Jagoda", "Wit"],
  {"Bartosz": "Wchodzę do kuźni i pokazuję kowalowi wyszczerbiony miecz."},
  """Bartek wszedł do kuźni i położył miecz na kowadle. Kowal odłożył młot. Otarł pot z
  czoła, splunął w palenisko i dopiero wtedy wziął miecz do ręki. Obracał go długo, przesuwał
  kciukiem po wyszczerbieniu, mruczał coś pod nosem.

  — Srebro z żelazem, kuty na zimno — powiedział w końcu. — Tego nie naprawię. Tego już nikt
  nie naprawi od czasu, jak umarł stary Wirsz. — Oddał miecz rękojeścią naprzód. Za kuźnią
  zarżał koń.""")

C("pl", "kryminał PRL", "npc_pronoun_ok", "", ["Katarzyna", "Zenek", "Józef"],
  {"Katarzyna": "Pukam do mieszkania numer siedem.",
   "Józef": "Stoję piętro niżej i pilnuję schodów."},
  """Kasia zapukała do siódemki. Przez chwilę nic, potem zgrzyt łańcucha. W szparze ukazał się
  starszy mężczyzna w podkoszulku i kapciach. On zmrużył oczy, obejrzał ją od stóp do głów i
  burknął, że mleczarz był już rano. Chciał zamknąć, ale zawahał się, z ręką na klamce.

  — Pani od Malinowskiego? — zapytał ciszej. — On tu nie mieszka od tygodnia. I dobrze.

  Piętro niżej Józef słyszy, jak na parterze ktoś zatrzaskuje drzwi od piwnicy.""")

C("pl", "postapo", "world_effect_ok", "", ["Kruk", "Lena", "Olek"],
  {"Olek": "Idę pierwszy tunelem technicznym."},
  """Olek idzie pierwszy. Po kilkudziesięciu metrach strop nad nim sypie się gradem betonowych
  okruchów, jeden rozcina mu łuk brwiowy. Latarka na hełmie Leny mruga i gaśnie, a licznik
  Geigera Kruka zaczyna terkotać jak oszalały. Powietrze robi się ciepłe i lepkie, szkła
  masek parują od środka.

  Przed nimi tunel rozwidla się. W lewej odnodze na ścianie ktoś wymalował farbą czaszkę. W
  prawej kapie woda i słychać odległy, równy szum, jakby działał tam jeszcze jakiś wentylator.""")

C("pl", "przygoda polarna", "world_effect_ok", "", ["Witek", "Iga", "Paweł"],
  {"Witek": "Idę przodem po lodowcu, sprawdzając szczeliny kijem."},
  """Witek bada śnieg kijem, krok za krokiem. Nagle most śnieżny pod jego lewą nogą zapada
  się z cichym westchnieniem i Witek wpada po pas w szczelinę; lina między nim a Igą napina się
  jak struna. Wiatr zrywa Pawłowi kaptur i zasypuje mu oczy lodowym pyłem. Mróz szczypie w
  każdy odsłonięty kawałek skóry.

  Ze szczeliny pod Witkiem wieje chłodem i dochodzi dźwięk — głęboki, przeciągły, jak
  trzeszczenie lodu gdzieś bardzo daleko w dole.""")

C("pl", "dworskie intrygi", "npc_ok", "", ["Jadwiga", "Stanisław", "Wojciech"],
  {"Jadwiga": "Czekam, aż królowa zabierze głos."},
  """Królowa Bona odstawia puchar i długo przygląda się gościom. — Wiecie, czemu was wezwałam?
  — Nie czeka na odpowiedź. — Bo hetman kłamie. Postanowiłam, że pojedziecie do Lwowa i
  przywieziecie mi jego listy. Wszystkie. Nawet te, które spalił.

  Uśmiecha się lekko. Jej włoski sekretarz podaje zwinięty pergamin z pieczęcią. — Tu macie
  glejt. Gdyby ktoś pytał, jedziecie po sukno. — Na dziedzińcu wawelskim dzwony biją na
  nieszpory.""")

C("pl", "heist", "declared_restated_ok", "", ["Kuba", "Ola", "Remik"],
  {"Remik": "Podmieniam obraz w ramie na kopię.",
   "Kuba": "Stoję na czatach przy drzwiach."},
  """Remik zdejmuje oryginał z ramy i wsuwa na jego miejsce kopię. Płótno Chełmońskiego
  ląduje zrolowane w tubie na plecach Remika. Kuba stoi przy drzwiach, z uchem przy szparze.

  Kopia jest dobra, ale nie idealna: w świetle latarki czyjś palec wyraźnie odcisnął się w
  jeszcze nie do końca suchym lakierze w lewym dolnym rogu. Korytarzem przechodzi strażnik,
  pogwizdując. Jego kroki cichną przy schodach, potem wracają.""")

C("pl", "western", "declared_restated_ok", "", ["Hank", "Dolores", "Wiktor"],
  {"Hank": "Strzelam w lampę nad stołem pokerowym."},
  """Hank strzela i lampa nad stołem pokerowym pęka w deszczu szkła i płonącej nafty. W
  saloonie robi się ciemno i głośno: ktoś przewraca krzesło, ktoś krzyczy, karty fruwają w
  powietrzu. Płomyki nafty liżą blat i gasną na rozlanej whisky.

  W półmroku przy drzwiach widać tylko sylwetkę Kida Morgana, obramowaną światłem z ulicy, i
  błysk jego rewolweru.""")

C("pl", "obyczajowe cozy", "refusal_ok", "", ["Zosia", "Marek", "Agata"],
  {"Zosia": "Proszę kelnera o ostatni kawałek sernika."},
  """Kelner rozkłada ręce z żalem. — Niestety, proszę pani, ten ostatni jest zarezerwowany dla
  pani Heleny. Przychodzi codziennie o czwartej od dwudziestu lat. Gdybym go sprzedał, nie
  odezwałaby się do mnie do Wielkanocy. — Kiwa głową w stronę drzwi. — O, już idzie.

  Drzwi kawiarni dzwonią i wchodzi drobna staruszka w kapeluszu z woalką, otrzepując parasolkę.
  Sernik czeka na nią na talerzyku pod szklanym kloszem.""")

C("pl", "fantasy", "gm_note_ok", "", ["Wiesław", "Dobrawa", "Jarek"],
  {"Dobrawa": "Otwieram skrzynię w piwnicy karczmy."},
  """Wieko skrzyni odskakuje z jękiem zardzewiałych zawiasów. W środku leżą zwoje sukna,
  pordzewiała kolczuga i — na samym dnie — skórzana sakwa, ciężka od monet. Na sakwie
  wyhaftowano godło: czarnego wilka na czerwonym polu. Z góry, przez deski podłogi, dobiega
  śpiew flisaków i stuk kufli.

  ((MG: Dobrawa, rzuć na Wiedzę o heraldyce. Jarek, Wiesław — jesteście nadal na sali, możecie
  dołączyć do niej w piwnicy albo zostać przy stole, dajcie znać do środy.))""")

C("pl", "space opera", "gm_note_ok", "", ["Igor", "Ewa", "Tomek"],
  {"Ewa": "Analizuję sygnał z krateru."},
  """Ewa filtruje sygnał, usuwa szum z tła i puszcza go przez komputer lingwistyczny. To nie
  jest mowa. To sekwencja: jeden impuls, dwa, trzy, pięć, osiem. Ciąg Fibonacciego, powtarzany
  w kółko, odkąd statek wszedł na orbitę. Z każdym powtórzeniem sygnał jest odrobinę silniejszy.

  ((MG: przypominam, że w tej scenie obowiązują zasady z rozdziału o kontakcie — każda próba
  odpowiedzi wymaga testu Intelektu. Tomek, Twój gracz pisał, że będzie później, więc Twoja
  postać na razie zostaje przy śluzie.))""")

C("pl", "baśń", "word_names_ok", "", ["Jagoda", "Róża", "Kalina"],
  {"Róża": "Zbieram zioła na polanie."},
  """Róża zbiera zioła: krwawnik, dziurawiec, kilka łodyg macierzanki. Polana pachnie
  rozgrzaną żywicą. Na skraju lasu krzaki uginają się od jagód, a przy ścieżce kwitnie dzika
  róża, biała, z różowym środkiem. Nad strumieniem rośnie stara kalina, obsypana czerwonymi
  owocami jak koralami.

  Pod kaliną ktoś zostawił koszyk. W koszyku leży bochenek chleba, jeszcze ciepły, i list
  zapieczętowany woskiem w kolorze jagód.""")

C("pl", "kryminał noir", "recap_ok", "", ["Marian", "Lucyna", "Edek"],
  {"Edek": "Zbieram wszystko, co wiemy, w notesie."},
  """Edek notuje w zeszycie. Lucyna rozmawiała z mecenasem Wróblewskim, który twierdzi, że
  nie widział denata od maja. Marian przesiedział dwie godziny w samochodzie pod kamienicą,
  pilnując wejścia. A sam Edek znalazł w archiwum sądowym
  akta sprawy z roku sześćdziesiątego ósmego, z wyrwanymi trzema stronami.

  Za oknem biura ciemno. Na Marszałkowskiej przejeżdża ostatni tramwaj. Telefon na biurku
  milczy, choć miał zadzwonić godzinę temu.""",
  previous=["""W archiwum sądowym pachnie kurzem i pleśnią. Edek wyciąga teczkę z sześćdziesiątego
  ósmego i przewraca kartki. Między stroną jedenastą a piętnastą zostały tylko postrzępione
  brzegi papieru."""])

C("pl", "słowiański horror", "callback_ok", "", ["Kalina", "Staszek", "Michał"],
  {"Michał": "Schodzę do krypty pod kościołem."},
  """Michał schodzi po kamiennych stopniach do krypty. Powietrze jest stęchłe i zimne. W
  świetle latarni widać rzędy nisz z trumnami, a przy ostatniej leży wieko z tymi samymi
  zadrapaniami, które widzieli w pustej trumnie na górze — tylko że tutaj są świeże, jasne,
  jeszcze z drzazgami.

  Stukanie, które słyszeli wcześniej, ustało. Cisza jest gorsza. Gdzieś w ciemności, w
  głębi krypty, kapie woda.""",
  previous=["""Trumna jest pusta, ale wnętrze pokrywają zadrapania, setki zadrapań, od spodu
  wieka aż po dno. Gdzieś pod posadzką kościoła coś cicho i rytmicznie stuka."""])

C("pl", "sielanka wiejska", "clean", "", ["Tosia", "Leon", "Gabryś"], {},
  """Nad Kazimierzówką wstaje mglisty poranek. Na łące za stodołą pasą się krowy, a w
  sadzie opadają pierwsze jabłka, stukając o trawę. W niedzielę jest odpust i cała wieś już
  od świtu krząta się przy straganach: pachnie pierniczkami, ktoś stroi akordeon, dzieciaki
  ganiają kury.

  Na płocie przed waszym domem ktoś w nocy przybił ogłoszenie: „Zaginął kot. Rudy. Odpowiada
  na imię Hrabia. Nagroda — kosz jabłek i tajemnica”. Co robicie?""")

# ---------------------------------------------------------------- validation and output
POS_NOTES = {"named_actor", "different_act", "pronoun_attribution", "speech", "reported_speech",
             "inner_state", "body_reaction", "party_decision", "second_person_choice",
             "unattributed_reply", "word_names", "emoji_asterisk_script", "assistant_opener",
             "assistant_closer", "assistant_meta", "assistant_disclaimer", "assistant_menu",
             "repeat_paraphrase", "repeat_short"}
NEG_NOTES = {"npc_ok", "npc_pronoun_ok", "world_effect_ok", "declared_restated_ok",
             "declared_elaborated_ok", "refusal_ok", "gm_note_ok", "word_names_ok", "recap_ok",
             "callback_ok", "clean"}
FIELDS = ["id", "text", "players", "previous", "declared_actions", "labels", "language",
          "genre", "note"]
ALLOWED = {"impersonation", "assistant_voice", "repetition"}


def build():
    cases = list(CASES)
    random.Random(20261129).shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        out.append({
            "id": "%s-%04d" % (NAME, i), "text": c["text"], "players": c["players"],
            "previous": c["previous"], "declared_actions": c["declared"],
            "labels": c["labels"], "language": c["language"], "genre": c["genre"],
            "note": c["note"],
        })
    return out


def validate(rows):
    errs = []
    ids, texts = set(), set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errs.append((rid, "field order %s" % list(r.keys())))
        if rid in ids:
            errs.append((rid, "duplicate id"))
        ids.add(rid)
        if r["text"] in texts:
            errs.append((rid, "duplicate text"))
        texts.add(r["text"])
        n = len(r["text"].split())
        if not 40 <= n <= 220:
            errs.append((rid, "word count %d" % n))
        p = r["players"]
        if not (2 <= len(p) <= 5) or len(set(p)) != len(p) or not all(isinstance(x, str) and x for x in p):
            errs.append((rid, "players %r" % p))
        if not isinstance(r["previous"], list) or not all(isinstance(x, str) and x for x in r["previous"]):
            errs.append((rid, "previous not list of strings"))
        if len(r["previous"]) > 3:
            errs.append((rid, "too many previous"))
        if not isinstance(r["declared_actions"], dict):
            errs.append((rid, "declared_actions not dict"))
        for k, v in r["declared_actions"].items():
            if k not in p:
                errs.append((rid, "declared key %r not in players" % k))
            if not isinstance(v, str) or not v.strip():
                errs.append((rid, "empty declared for %r" % k))
        labs = r["labels"]
        if len(set(labs)) != len(labs) or not set(labs) <= ALLOWED:
            errs.append((rid, "labels %r" % labs))
        if "repetition" in labs and not (1 <= len(r["previous"]) <= 3):
            errs.append((rid, "repetition without previous"))
        if r["language"] not in ("en", "ru", "pl"):
            errs.append((rid, "language"))
        if not r["genre"].strip():
            errs.append((rid, "genre"))
        if r["note"] in POS_NOTES:
            if not labs:
                errs.append((rid, "positive note without label"))
            if r["note"].startswith("assistant_") and "assistant_voice" not in labs:
                errs.append((rid, "assistant note without assistant_voice"))
            if r["note"].startswith("repeat_") and "repetition" not in labs:
                errs.append((rid, "repeat note without repetition"))
            if not r["note"].startswith(("assistant_", "repeat_")) and "impersonation" not in labs:
                errs.append((rid, "impersonation note without impersonation"))
        elif r["note"] in NEG_NOTES:
            if labs:
                errs.append((rid, "negative note with labels"))
        else:
            errs.append((rid, "unknown note %r" % r["note"]))
    with_decl = sum(1 for r in rows if r["declared_actions"])
    if with_decl * 3 < 2 * len(rows):
        errs.append(("*", "declared_actions in only %d/%d" % (with_decl, len(rows))))
    return errs


def stats(rows):
    N = len(rows)
    print("cases", N)
    lab = Counter(l for r in rows for l in r["labels"])
    for k in sorted(ALLOWED):
        print("  %-16s %3d  %.1f%%" % (k, lab[k], 100.0 * lab[k] / N))
    unl = sum(1 for r in rows if not r["labels"])
    print("  %-16s %3d  %.1f%%" % ("no label", unl, 100.0 * unl / N))
    print("combos", dict(Counter("+".join(r["labels"]) or "-" for r in rows)))
    print("lang", dict(Counter(r["language"] for r in rows)))
    for lg in ("en", "ru", "pl"):
        sub = [r for r in rows if r["language"] == lg]
        print("  %s" % lg, dict(Counter(l for r in sub for l in r["labels"])),
              "unlabeled", sum(1 for r in sub if not r["labels"]))
    print("notes", dict(sorted(Counter(r["note"] for r in rows).items())))
    print("genres", len(set(r["genre"] for r in rows)))
    print("with declared_actions", sum(1 for r in rows if r["declared_actions"]))
    print("with previous", sum(1 for r in rows if r["previous"]))
    wc = [len(r["text"].split()) for r in rows]
    print("words min/mean/max", min(wc), sum(wc) // N, max(wc))


if __name__ == "__main__":
    rows = build()
    errs = validate(rows)
    for e in errs:
        print("ERROR", e)
    stats(rows)
    if errs:
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate the written file
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert validate(back) == [] and len(back) == len(rows)
    print("wrote", path, len(back))
