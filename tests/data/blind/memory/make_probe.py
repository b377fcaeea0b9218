#!/usr/bin/env python3
"""Blind long-term-memory probe generator.

Written by a blind helper from a textual description only (no project code or
data was looked at).  Regenerates /work/blind/memory/<campaign_id>.json from the
hand-written facts below plus seeded template filler, then validates every
constraint and prints a report.

Usage:  python3 make_probe.py [--out DIR]
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261129
N_ROUNDS = 500
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Fact helper.  keys = distinctive names / numbers / phrases of the fact that
# must appear ONLY in the planting action (checked case-insensitively against
# every other action line of the campaign, filler and questions included).
# ---------------------------------------------------------------------------


def F(fid, planted_round, planted_by, plant_action, evidence, keys, fact,
      asked_round, asked_by, question, difficulty):
    return dict(id=fid, planted_round=planted_round, planted_by=planted_by,
                plant_action=plant_action, evidence=evidence, keys=keys,
                fact=fact, asked_round=asked_round, asked_by=asked_by,
                question=question, difficulty=difficulty)


S, N = "shared_words", "no_shared_words"

CAMPAIGNS = []

# ===========================================================================
# Campaign 1 - English, low fantasy caravan journey
# ===========================================================================
C1 = dict(
    campaign_id="c1_salt_caravan",
    language="en",
    title="The Long Haul to Gullwater",
    premise=("A battered merchant caravan of wagons, mules and camels crawls "
             "across dry hill country and salt desert toward a port city on "
             "the coast. Three hired hands guard the cargo, haggle in roadside "
             "towns and try to keep their own secrets from the drivers, the "
             "bandits and each other."),
    players=["Mira", "Tobin", "Esk"],
    cap_whitelist=["Lord", "Saint", "Guild", "One-Eyed"],
    facts=[
        F("c1-f01", 2, "Tobin",
          "I tell the stable boy, Tamsin, to keep my grey mare saddled and hidden behind the old watermill.",
          "the stable boy, Tamsin, to keep my grey mare saddled and hidden behind the old watermill",
          ["Tamsin", "watermill"],
          "Tobin told the stable boy Tamsin to keep his grey mare saddled and hidden behind the old watermill.",
          260, "Esk", "I look for the lad who minds our animals. Where did he tuck away Tobin's steed?", N),
        F("c1-f02", 3, "Mira",
          "I lend the herbalist, Wenna Crale, forty silver marks for her new still; she swears to repay me by the spring fair.",
          "the herbalist, Wenna Crale, forty silver marks",
          ["Wenna", "Crale", "forty"],
          "Mira lent the herbalist Wenna Crale forty silver marks, to be repaid by the spring fair.",
          380, "Tobin", "How much coin does the woman who brews remedies owe Mira?", N),
        F("c1-f03", 4, "Esk",
          "While the others load the carts, I memorize the password the smugglers of Gullhaven gave me: 'the blue heron sleeps at low tide'.",
          "'the blue heron sleeps at low tide'",
          ["Gullhaven", "heron"],
          "The smugglers' password is 'the blue heron sleeps at low tide'.",
          300, "Esk", "I go up to the smugglers' hidden door and speak the phrase we were told to use.", S),
        F("c1-f04", 5, "Tobin",
          "Quietly, so the drivers can't hear, I admit to Mira that my father is Lord Aldric Penhallow and that I fled his house after burning the marriage contract.",
          "my father is Lord Aldric Penhallow",
          ["Aldric", "Penhallow"],
          "Tobin's father is Lord Aldric Penhallow; Tobin fled his house.",
          455, "Mira", "Tobin, I never pressed you: who was the nobleman you ran away from? What was your father called?", S),
        F("c1-f05", 6, "Mira",
          "I hire a guide named Orrin Blackfeather for twelve gold crowns, half now and half when we reach the coast.",
          "a guide named Orrin Blackfeather for twelve gold crowns, half now and half when we reach the coast",
          ["Orrin", "Blackfeather", "twelve"],
          "The guide Orrin Blackfeather was hired for twelve gold crowns, half paid up front and half due at the coast.",
          330, "Esk", "How much did we promise the man leading us through the wastes, and when is the rest due?", N),
        F("c1-f06", 7, "Esk",
          "I buy a rusted iron key from the pawnbroker; he swears it opens the chapel crypt at Saint Ilse's.",
          "it opens the chapel crypt at Saint Ilse's",
          ["Ilse"],
          "The rusted iron key Esk bought from the pawnbroker opens the chapel crypt at Saint Ilse's.",
          410, "Tobin", "Esk, which tomb was that old key from the pawnshop supposed to unlock?", S),
        F("c1-f07", 8, "Tobin",
          "I bandage the drover's leg; his name is Hamm and he's allergic to honey, so I use yarrow paste instead.",
          "his name is Hamm and he's allergic to honey",
          ["Hamm", "yarrow"],
          "The injured drover is called Hamm and he is allergic to honey.",
          290, "Mira", "Is there anything sweet the injured cattle driver mustn't be given?", N),
        F("c1-f08", 9, "Mira",
          "I tuck the map of the salt road into the false bottom of my boot, the left one.",
          "into the false bottom of my boot, the left one",
          ["false bottom"],
          "Mira keeps the route map in the false bottom of her left boot.",
          270, "Tobin", "Mira, where are you hiding the chart of our route these days?", N),
        F("c1-f09", 10, "Esk",
          "I promise the widow at the well, Dara Quill, that I will bring her son's sword back from the ruins.",
          "Dara Quill, that I will bring her son's sword back from the ruins",
          ["Dara", "Quill"],
          "Esk promised the widow Dara Quill to bring her son's sword back from the ruins.",
          460, "Mira", "Esk, what did you vow to the woman whose husband died?", N),
        F("c1-f10", 11, "Tobin",
          "I name my hawk Cinder and teach her to come back to a two-note whistle.",
          "I name my hawk Cinder",
          ["Cinder"],
          "Tobin's hawk is named Cinder.",
          350, "Esk", "Tobin, what do you call that hawk of yours again?", S),
        F("c1-f11", 12, "Mira",
          "Going through the ledgers, I learn the caravan master, Bessel Ruark, owes the Guild of Lanterns two hundred crowns and plans to sell our water to cover it.",
          "owes the Guild of Lanterns two hundred crowns",
          ["Bessel", "Ruark", "Lanterns", "two hundred"],
          "The caravan master Bessel Ruark owes the Guild of Lanterns two hundred crowns.",
          400, "Tobin", "What debt is our caravan master hiding, and who is he in hock to?", S),
        F("c1-f12", 13, "Esk",
          "I scratch a note inside my shield: the rendezvous with our contact is at the Drowned Bell inn on the third night after the new moon.",
          "at the Drowned Bell inn on the third night after the new moon",
          ["Drowned Bell"],
          "The meeting with their contact is at the Drowned Bell inn, third night after the new moon.",
          320, "Mira", "Esk, where and when were we supposed to meet our contact?", S),
        F("c1-f13", 14, "Tobin",
          "I sell my brother's signet ring to a jeweller in Carrow for eighty silver, and I hate myself for it.",
          "sell my brother's signet ring to a jeweller in Carrow for eighty silver",
          ["Carrow", "eighty", "signet"],
          "Tobin sold his brother's signet ring to a jeweller in Carrow for eighty silver.",
          470, "Mira", "Tobin, what became of your sibling's seal, and how much did it fetch?", N),
        F("c1-f14", 15, "Mira",
          "I tell the others that the scout Yselle is my half-sister, though she doesn't know it yet.",
          "the scout Yselle is my half-sister",
          ["Yselle", "half-sister"],
          "The scout Yselle is Mira's half-sister (Yselle does not know).",
          420, "Esk", "Mira, how exactly are you related to the woman who rides ahead of us looking for danger?", N),
        F("c1-f15", 16, "Esk",
          "I bury the pouch of stolen emeralds under the third milestone past the salt flats.",
          "under the third milestone past the salt flats",
          ["emeralds", "milestone"],
          "Esk buried the stolen emeralds under the third milestone past the salt flats.",
          385, "Mira", "Esk, where did you put the green gems we took?", N),
        F("c1-f16", 18, "Tobin",
          "At the desert shrine I swear an oath: I will not drink wine until we reach the sea.",
          "I will not drink wine until we reach the sea",
          ["wine until we reach the sea"],
          "Tobin swore not to drink wine until they reach the sea.",
          240, "Mira", "Tobin, remind me what you're denying yourself until we see the coast?", N),
        F("c1-f17", 20, "Mira",
          "I buy three camels from a trader named Ghassan; the white one is called Pearl and bites.",
          "the white one is called Pearl and bites",
          ["Ghassan", "Pearl"],
          "Of the camels bought from Ghassan, the white one, Pearl, bites.",
          335, "Tobin", "Which of our camels should I stay away from if I want to keep all my fingers?", S),
        F("c1-f18", 22, "Esk",
          "I tell the captain of the watch that my name is Lenn Marrow, a wool merchant from Ost.",
          "my name is Lenn Marrow, a wool merchant from Ost",
          ["Lenn", "Marrow", "Ost"],
          "Esk's cover identity with the watch is Lenn Marrow, a wool merchant from Ost.",
          440, "Tobin", "Esk, what false identity did you give the guards at the gate?", N),
        F("c1-f19", 24, "Tobin",
          "I count our water: fourteen skins left, and I hide two extra ones in the spice wagon under the pepper sacks.",
          "I hide two extra ones in the spice wagon under the pepper sacks",
          ["fourteen", "spice wagon"],
          "Tobin hid two extra water skins in the spice wagon under the pepper sacks.",
          360, "Tobin", "I go looking for the reserve water I put aside. Where did I stash it?", S),
        F("c1-f20", 27, "Mira",
          "I discover that the cook, Pell, is poisoning the mules with oleander because the rival house of Sarn pays him.",
          "the cook, Pell, is poisoning the mules with oleander",
          ["Pell", "oleander", "Sarn"],
          "The cook Pell is poisoning the mules with oleander, paid by the house of Sarn.",
          495, "Esk", "Who has been killing our pack animals, and with what?", N),
        F("c1-f21", 33, "Esk",
          "I strike a deal with the bandit chief, One-Eyed Maud: we pay her a barrel of salt at each new moon and she leaves us alone.",
          "we pay her a barrel of salt at each new moon",
          ["Maud", "One-Eyed"],
          "The deal with bandit chief One-Eyed Maud: a barrel of salt every new moon.",
          300, "Mira", "What's our arrangement with the raiders: how often, and what do we hand over?", N),
        F("c1-f22", 38, "Tobin",
          "I give my lucky copper coin, the one with a hole through the middle, to the orphan girl Nettle.",
          "the one with a hole through the middle, to the orphan girl Nettle",
          ["Nettle"],
          "Tobin gave his lucky holed copper coin to the orphan girl Nettle.",
          250, "Esk", "Tobin, who has your charm penny now?", N),
    ],
)

C1_WORDS = dict(
    actions=[
        "check the straps on the water skins", "rub down the horses", "feed the mules a handful of oats",
        "help the drivers grease a wagon wheel", "buy a loaf of black bread and some goat cheese",
        "haggle with a salt trader over the price of rope", "sharpen my knife on a flat stone",
        "mend a tear in my cloak", "count the coins in my purse", "water the camels",
        "scout ahead for a firmer path", "climb onto a wagon roof to look around", "light a lantern",
        "patch the canvas on the supply wagon", "trade a copper for a bag of dried figs",
        "hum an old marching song", "play dice with two of the drivers", "say a short prayer",
        "wash my face in the horse trough", "look for fresh tracks in the dust",
        "check my horse's hooves for stones", "oil the hinges on the wagon door", "fill my canteen",
        "tie down the loose crates", "rest my sore feet", "share a cup of ale with the guards",
        "listen to the camel drivers gossip", "study the clouds", "gather dry brush for the fire",
        "brush the dust off my boots", "carry a sack of grain over to the cook",
        "buy a bowl of lentil stew", "fix the buckle on my saddle", "teach a driver's kid a card trick",
        "lead the mares down to drink", "trim my beard with my knife", "whittle a little wooden bird",
        "stretch my back after the long ride", "count the barrels on the last wagon",
        "tighten the girth on my saddle", "pick burrs out of a mule's mane", "eat a handful of dates",
        "warm my hands over the coals", "hang my wet socks on a pole", "re-lace my boots",
        "check the sky for rain", "lend a hand unloading sacks of flour", "restring my bow",
        "polish the rust off my helmet", "toss a few crumbs to the sparrows",
        "shake the sand out of my blanket", "sort the arrows in my quiver",
        "refill the lamp oil", "doze for a few minutes", "watch a hawk circling high above",
        "scrub the cooking pot with sand", "buy a new pair of gloves", "sniff the wind",
        "help a driver coax a stubborn mule forward", "test the ice-cold water with one hand",
        "lead my mare into the stable", "spread honey on a crust of bread", "bandage a blister on my heel",
        "unfold my map to check the road", "scrape the mud off my left boot", "pay a silver penny for a hot bath",
        "polish my sword", "buy a skein of wool", "help roll a barrel onto the wagon", "feed scraps to the caravan dogs",
        "listen to the caravan master shouting orders", "toss a copper to a street musician",
        "help the cook peel onions", "look at the rings in a jeweller's window", "count the gold left in the common purse",
        "rub liniment into my stiff leg", "refill the water skins", "saddle my horse", "brush the camels' coats",
        "try on a wool hat from a market stall", "pour a little wine on the ground for luck", "chase a goat off the cart",
    ],
    places=[
        "by the well", "near the old mill", "at the edge of camp", "behind the supply wagon",
        "under the awning", "beside the stables", "in the market square", "by the river ford",
        "near the chapel steps", "outside the inn", "on the dusty road", "in the shade of a dune",
        "next to the campfire", "at the town gate", "near the ferry landing", "by the cattle pen",
        "on the hillside", "at the crossroads", "under a twisted olive tree", "by the bakery",
        "near the blacksmith's forge", "in the courtyard of the inn", "beside the water barrels",
        "on the bridge", "at the roadside shrine", "by the tanner's shop", "at the back of the line",
    ],
    tails=[
        "", "", "", "", " while the sun sets", " before the rain starts", " and hum to myself",
        " as the wind picks up", " while we wait for the others", " in the heat of noon",
        " before supper", " at first light", " while the dogs bark", " and keep an eye on the horizon",
        " while the drivers argue", " as dust blows across the road", " under a grey sky",
        " and grumble about the heat", " without saying much", " while the bells ring in town",
        " and yawn", " as the stars come out", " while the mules bray", " before we move on",
    ],
    npcs=[
        "the innkeeper", "a salt trader", "the blacksmith", "one of the drivers", "a farmer's wife",
        "the ferryman", "a priest", "the guard at the gate", "a beggar", "a potter", "a young shepherd",
        "the baker", "a fisherman", "a tinker", "the old woman selling eggs", "a passing pilgrim",
        "the miller", "a goatherd", "the tavern girl", "a wandering minstrel",
    ],
    topics=[
        "about the weather tomorrow", "how far it is to the next well", "where I can buy horseshoes",
        "whether the bridge is safe", "what the bread costs here", "if there is news from the coast",
        "about the price of salt this season", "which road is shorter", "if they have seen any wolves",
        "where the best stew is", "about the harvest", "whether the river is running high",
        "if the inn has rooms", "about the local festival", "what time the gates close",
        "whether the roads are dry further on", "if they sell lamp oil", "where to get a saddle mended",
        "what the locals drink", "about the dust storms out east",
        "where the herbalist lives", "if there's a stable with fresh horses", "whether the chapel holds services",
        "how much a jug of wine costs", "if the jeweller in town is honest", "about the ruins on the hill",
        "whether there are bandits near the pass", "where the cleanest well is", "about the spring fair",
        "what a night at the inn costs", "whether honey is sold at the market",
    ],
    remarks=[
        "pass me the waterskin, would you?", "do you think it'll rain tonight?",
        "I'm starving. Is there any bread left?", "keep an eye on the horses while I wash.",
        "the wind smells of the sea today.", "my boots are falling apart.", "let's make camp early.",
        "wake me at dawn.", "that merchant overcharged us for rope.", "I heard wolves last night.",
        "your saddle looks loose.", "save me some of that stew.", "how's your arm holding up?",
        "the mules are restless again.", "I think we're being watched from the ridge.",
        "hand me that blanket.", "we need more oats before the next town.",
        "did you sleep at all?", "I'll take the first watch.", "this dust gets into everything.",
        "the drivers are in a foul mood.", "look at that sunset.", "tell me if you see smoke.",
        "you snore, you know.", "try the figs, they're good.",
        "that mare of yours needs new shoes.", "we're low on honey.", "I could murder a cup of wine.",
        "the captain of the watch gave me a dirty look.", "my brother would have loved this view.",
        "I miss my father's cooking.", "the cook burned the porridge again.", "how much silver do we have left?",
    ],
    followups=[
        "", "", "I'll see to the mules.", "Then I lie back on my bedroll.", "I shrug and look away.",
        "I stretch and yawn.", "I go back to cleaning my gear.", "I laugh at my own joke.",
        "Then I go check the wagons.", "I toss another stick on the fire.", "I wait for an answer.",
        "I rub my tired eyes.", "Then I whistle for the dog.", "I adjust my hat against the sun.",
        "I take a long drink.",
    ],
    ask_frame="I ask {npc} {topic}{tail}.",
    act_frame="I {action} {place}{tail}.",
)

# ===========================================================================
# Campaign 2 - English, hard science fiction salvage job
# ===========================================================================
C2 = dict(
    campaign_id="c2_derelict_salvage",
    language="en",
    title="Salvage Rights at Kessler's Reach",
    premise=("A three-person salvage crew docks their tired tug at a crowded "
             "mining station on the edge of the belt. They have been hired to "
             "strip a dead freighter drifting nearby, but the station is full of "
             "brokers, debts and people who want the wreck for other reasons."),
    players=["Juno", "Rask", "Tev"],
    cap_whitelist=["Combine", "Marines", "Senator"],
    facts=[
        F("c2-f01", 1, "Rask",
          "I reprogram the airlock on bay six so it only opens to the code 4471.",
          "the airlock on bay six so it only opens to the code 4471",
          ["4471", "bay six"],
          "Rask reprogrammed the bay-six airlock; it opens only to code 4471.",
          240, "Juno", "Rask, what digits get us through that outer hatch you locked down?", N),
        F("c2-f02", 2, "Tev",
          "I tell the quartermaster, Ilka Sorensen, that I'm allergic to the synth-protein and need the algae rations instead.",
          "I'm allergic to the synth-protein",
          ["Ilka", "Sorensen", "synth-protein"],
          "Tev is allergic to the synth-protein and eats algae rations.",
          300, "Rask", "Which kind of food makes Tev sick?", N),
        F("c2-f03", 3, "Juno",
          "While everyone sleeps, I stash the stolen nav-core inside the broken coffee dispenser in the mess hall.",
          "inside the broken coffee dispenser in the mess hall",
          ["nav-core", "coffee dispenser"],
          "Juno hid the stolen nav-core inside the broken coffee dispenser in the mess hall.",
          410, "Tev", "Juno, where's the navigation module we lifted?", N),
        F("c2-f04", 4, "Rask",
          "I sign a contract with the Velasco Combine: we get thirty percent of whatever we pull from the wreck of the Anselm.",
          "we get thirty percent of whatever we pull from the wreck",
          ["Velasco", "Anselm", "thirty percent"],
          "The Velasco Combine contract gives the crew thirty percent of what they pull from the wreck.",
          280, "Juno", "What cut of the salvage did Rask agree to with that company?", N),
        F("c2-f05", 5, "Tev",
          "I confess to Juno that I deserted from the Concord Marines after the Halvard massacre.",
          "I deserted from the Concord Marines after the Halvard massacre",
          ["Concord", "Halvard"],
          "Tev deserted from the Concord Marines after the Halvard massacre.",
          350, "Juno", "Tev, why did you walk out on the army all those years ago?", N),
        F("c2-f06", 6, "Juno",
          "I name the ship's cat Biscuit and give her the run of the engine room.",
          "I name the ship's cat Biscuit",
          ["Biscuit"],
          "The ship's cat is named Biscuit.",
          260, "Rask", "What do we call the little furry beast that naps by our engines?", S),
        F("c2-f07", 7, "Rask",
          "I find out the station doctor, Pim Okafor, is selling our blood samples to a gene broker on Tycho.",
          "the station doctor, Pim Okafor, is selling our blood samples",
          ["Pim", "Okafor", "Tycho"],
          "The station doctor Pim Okafor sells the crew's blood samples to a gene broker on Tycho.",
          420, "Tev", "Who's been peddling our medical samples behind our backs?", S),
        F("c2-f08", 8, "Tev",
          "I lose at void poker and now owe the card shark Dessa Vane three hundred credits.",
          "owe the card shark Dessa Vane three hundred credits",
          ["Dessa", "Vane", "three hundred"],
          "Tev owes the card shark Dessa Vane three hundred credits.",
          390, "Juno", "How deep in debt is Tev to that gambler, and who is she?", N),
        F("c2-f09", 9, "Juno",
          "I promise the captain's son, Ollie, that I'll teach him to pilot the shuttle when he turns sixteen.",
          "I'll teach him to pilot the shuttle when he turns sixteen",
          ["Ollie", "sixteen"],
          "Juno promised Ollie, the captain's son, to teach him to pilot the shuttle at sixteen.",
          445, "Tev", "Juno, what did you pledge to the skipper's kid?", N),
        F("c2-f10", 10, "Rask",
          "I hide a spare fusion cell in the ceiling vent above my bunk.",
          "in the ceiling vent above my bunk",
          ["ceiling vent"],
          "Rask's spare fusion cell is in the ceiling vent above his bunk.",
          330, "Rask", "I go to fetch the backup power cell I squirreled away. Where was it again?", S),
        F("c2-f11", 11, "Tev",
          "Decoding the wreck's beacon, I learn the mayday came from someone named Marisol Quint, the ship's chief engineer.",
          "someone named Marisol Quint, the ship's chief engineer",
          ["Marisol", "Quint"],
          "The wreck's mayday came from Marisol Quint, its chief engineer.",
          400, "Rask", "Whose voice was on the wreck's distress beacon?", S),
        F("c2-f12", 12, "Juno",
          "I bribe the docking officer with a bottle of Martian gin so our berth is moved to ring three.",
          "a bottle of Martian gin",
          ["Martian gin", "ring three"],
          "Juno bribed the docking officer with a bottle of Martian gin.",
          460, "Tev", "What did Juno hand that port bureaucrat to get us a better spot?", N),
        F("c2-f13", 13, "Rask",
          "I tell Tev that my sister Noor is a hostage of the Red Choir pirates and I need the salvage money to ransom her.",
          "my sister Noor is a hostage of the Red Choir pirates",
          ["Noor", "Red Choir"],
          "Rask's sister Noor is held hostage by the Red Choir pirates.",
          480, "Tev", "Rask, which gang is holding your sibling?", N),
        F("c2-f14", 14, "Tev",
          "I rig the cargo drone to respond only to my voice saying 'lantern down'.",
          "'lantern down'",
          ["lantern down"],
          "The cargo drone only obeys Tev saying 'lantern down'.",
          370, "Juno", "What phrase does the drone obey, Tev?", S),
        F("c2-f15", 15, "Juno",
          "I find a data chip in the dead pilot's glove; it's labelled ORCHID-7.",
          "it's labelled ORCHID-7",
          ["ORCHID-7", "orchid"],
          "The data chip from the dead pilot's glove is labelled ORCHID-7.",
          310, "Rask", "Juno, what was written on the memory card from the corpse's hand?", N),
        F("c2-f16", 17, "Rask",
          "I trade my old mag-boots to the mechanic Gus Harlan for a week of free repairs.",
          "the mechanic Gus Harlan for a week of free repairs",
          ["Gus", "Harlan", "mag-boots"],
          "Rask traded his mag-boots to mechanic Gus Harlan for a week of free repairs.",
          290, "Tev", "Who owes us free repairs, and what did Rask give up for them?", S),
        F("c2-f17", 19, "Tev",
          "I swear to Juno that if we get paid I'll buy her the old racing yacht Meridian Sparrow.",
          "I'll buy her the old racing yacht Meridian Sparrow",
          ["Meridian", "Sparrow"],
          "Tev promised Juno to buy her the racing yacht Meridian Sparrow once they are paid.",
          430, "Juno", "Tev, which boat did you say you'd get me once the money comes in?", N),
        F("c2-f18", 21, "Juno",
          "I learn that the station's oxygen scrubbers fail every ninety hours unless someone resets them by hand.",
          "fail every ninety hours",
          ["ninety"],
          "The station's oxygen scrubbers fail every ninety hours unless reset by hand.",
          330, "Tev", "How often do the air filters break down if nobody resets them?", S),
        F("c2-f19", 23, "Rask",
          "I pay the info broker Sable forty credits for the wreck's manifest; it lists a cryo-pod registered to Senator Aldana.",
          "a cryo-pod registered to Senator Aldana",
          ["Sable", "Aldana", "forty", "cryo-pod"],
          "The wreck's manifest lists a cryo-pod registered to Senator Aldana.",
          470, "Juno", "Whose name was on that frozen sleeper capsule on the cargo inventory?", N),
        F("c2-f20", 26, "Tev",
          "I tell Rask the real reason I came: the flight recorder from the wreck proves my father didn't cause the Hesper collision.",
          "proves my father didn't cause the Hesper collision",
          ["Hesper"],
          "Tev wants the wreck's flight recorder because it proves his father didn't cause the Hesper collision.",
          490, "Rask", "Tev, what are you hoping that crash log will clear up about your dad?", N),
        F("c2-f21", 29, "Juno",
          "I set my comm to the secret channel 118.4 that the dockworkers' union uses.",
          "the secret channel 118.4",
          ["118.4"],
          "The dockworkers' union uses secret comm channel 118.4.",
          320, "Rask", "Juno, which channel do the dock workers talk on?", S),
        F("c2-f22", 34, "Rask",
          "I hire the teenage hacker Wren to forge our crew licenses; she wants payment in chocolate, not credits.",
          "she wants payment in chocolate, not credits",
          ["Wren", "chocolate"],
          "The teenage hacker Wren forges the crew licenses and wants to be paid in chocolate.",
          500, "Juno", "What does the kid faking our papers expect to be paid with?", N),
    ],
)

C2_WORDS = dict(
    actions=[
        "run a diagnostic on my suit radio", "eat a tube of nutrient paste", "recalibrate the cargo scanner",
        "check the oxygen reserve on my suit", "grab a cup of coffee from the galley", "tighten a loose bolt on the docking clamp",
        "sweep the corridor with my flashlight", "play cards with a couple of dockhands", "watch the freighters undock",
        "wipe grease off my gloves", "update the salvage log", "patch a slow leak in my helmet seal",
        "count the credits left on my chit", "stretch in the low gravity", "reboot the tug's navigation display",
        "sort the scrap into bins", "listen to the station announcements", "buy a bag of dried noodles",
        "clean the filters on my breather", "recharge my cutting torch", "check the weather report for solar flares",
        "test the magnetic clamps on the cargo sled", "trade gossip with a mechanic", "doze in a crash couch",
        "replace the battery in my wrist light", "look over the hull plating for cracks", "feed the hydroponic lettuce",
        "scrub the mess hall table", "hum an old spacer song", "fix a flickering panel",
        "check the pressure gauges twice", "read the cargo manifest for the next shipment", "haggle over the price of coolant",
        "sip some lukewarm tea", "pack spare rations into my locker", "oil the hinges on the cargo door",
        "wrap tape around a frayed cable", "polish my visor", "calibrate the drone's camera",
        "run the docking checklist", "reorganize the tool rack", "watch the mining barges drift past",
        "check the airlock seals", "buy a new pair of work gloves", "warm my hands on the reactor housing",
        "ask for a refill of water", "tinker with the shuttle's landing lights", "play a song on my harmonica",
        "log the morning's fuel readings", "clean dust out of the air ducts", "examine a dented pressure door",
        "pet the stray dog the dockhands keep", "drink a bottle of cheap beer", "check my blood pressure at a kiosk",
        "write a letter to my family", "scroll through the job board", "stack empty crates by the hatch",
        "reset the galley timer", "count the spare fuses", "doodle a ship on a napkin",
        "check my comm for messages", "make my bunk", "copy old music from a data chip", "pull on a fresh pair of gloves",
        "hide my snacks from the others", "listen to a union organizer's speech", "read the news feed about the army",
        "swap a fusion cell in the cargo sled", "sign for a crate of spare parts", "wave at the dead-eyed security cameras",
    ],
    places=[
        "in the mess hall", "at the docking ring", "in the cargo bay", "by the main airlock", "in the engine room",
        "on the observation deck", "in the crew lounge", "outside the quartermaster's office", "at the fuel depot",
        "in the hydroponics garden", "near the medical bay", "at the station bar", "in the tug's cockpit",
        "by the scrap yard", "in the long corridor", "at the market promenade", "by the elevator shaft",
        "near the maintenance shaft", "in the shuttle hangar", "by the window in the commissary",
        "outside the security office", "at the repair shop", "in the laundry room",
    ],
    tails=[
        "", "", "", "", " while the lights dim for night cycle", " as the station hums", " and yawn",
        " while we wait for clearance", " before my shift starts", " after the alarm drill",
        " while the dockhands argue", " as a freighter shudders past", " under the flickering lights",
        " and grumble about the cold", " without saying much", " while the radio crackles",
        " before we suit up", " as the gravity wobbles", " while music plays somewhere",
    ],
    npcs=[
        "the bartender", "a dockhand", "one of the miners", "a cargo clerk", "the security guard",
        "a vending-cart owner", "the tug pilot next door", "a maintenance tech", "an old prospector",
        "the shift supervisor", "a courier", "a pilgrim passing through", "the station nurse",
        "a kid selling snacks", "the laundry attendant", "a mining engineer", "the harbor clerk",
    ],
    topics=[
        "when the next supply ship arrives", "how much a hot shower costs", "whether the flare warning is over",
        "where I can buy cheap coolant", "if there is news from the inner colonies", "about the price of scrap metal",
        "which corridor is quickest to the hangar", "if the gravity ring is fixed yet", "where the best noodles are",
        "whether any berths are free", "about the mining quotas this month", "if the station is hiring",
        "what time the market closes", "how long the air ducts have been noisy", "about the wreck drifting outside",
        "if they've seen pirates on the scanners", "where to get a helmet seal replaced", "about the card games at the bar",
        "whether the doctor is any good", "what a cabin costs per night", "how old the station is",
    ],
    remarks=[
        "pass me that wrench, would you?", "is the coffee any good today?", "I'm starving. Any rations left?",
        "keep an eye on the cargo while I wash up.", "the air tastes like metal again.", "my boots are falling apart.",
        "let's turn in early.", "wake me before the shift change.", "that clerk overcharged us for fuel.",
        "I heard banging in the ducts last night.", "your helmet strap looks loose.", "save me some noodles.",
        "how's your back holding up?", "the cat is yowling again.", "I think someone's following us.",
        "hand me that blanket.", "we need more sealant before we go out.", "did you sleep at all?",
        "I'll take the first watch.", "this dust gets into everything.", "the dockhands are in a foul mood.",
        "look at that nebula.", "tell me if the scanner pings.", "you snore, you know.", "try the tea, it's not bad.",
        "the captain looked worried today.", "I miss real sunlight.", "how many credits do we have left?",
        "the engine sounds rough.", "my father would have hated this place.",
    ],
    followups=[
        "", "", "I'll see to the tug.", "Then I lean back in my seat.", "I shrug and look away.",
        "I stretch and yawn.", "I go back to my checklist.", "I laugh at my own joke.", "Then I check the cargo straps.",
        "I tap the console twice.", "I wait for an answer.", "I rub my tired eyes.", "I take a long sip.",
        "Then I pull my hood up.",
    ],
    ask_frame="I ask {npc} {topic}{tail}.",
    act_frame="I {action} {place}{tail}.",
)

# ===========================================================================
# Campaign 3 - Spanish, 1920s Madrid crime mystery (all text in Spanish)
# ===========================================================================
C3 = dict(
    campaign_id="c3_madrid_soprano",
    language="es",
    title="Niebla sobre el Teatro de la Zarzuela",
    premise=("Madrid, invierno de 1923. Una famosa soprano desaparece la noche "
             "del estreno y tres investigadores aficionados recorren cafés, "
             "pensiones, comisarías y callejones para averiguar qué le pasó. "
             "Todo el mundo miente un poco, y cada pista cuesta pesetas."),
    players=["Lucía", "Mateo", "Inés"],
    cap_whitelist=["Virgen", "Dirección", "Seguridad", "San", "Domingo", "Santa"],
    facts=[
        F("c3-f01", 1, "Mateo",
          "Le doy al portero del teatro, Anselmo, cinco duros para que vigile la puerta de artistas y me avise si vuelve el hombre del sombrero gris.",
          "al portero del teatro, Anselmo, cinco duros para que vigile la puerta de artistas",
          ["Anselmo", "cinco duros"],
          "Mateo pagó cinco duros al portero del teatro, Anselmo, para que vigile la puerta de artistas.",
          240, "Inés", "Mateo, ¿cuánto le pagaste al conserje para que estuviera atento a la entrada de los cómicos?", N),
        F("c3-f02", 2, "Lucía",
          "Descubro que la soprano desaparecida, Clara Montalbán, tenía una hija secreta que vive con las monjas de Alcalá.",
          "tenía una hija secreta que vive con las monjas de Alcalá",
          ["Clara", "Montalbán", "Alcalá", "monjas"],
          "La soprano desaparecida, Clara Montalbán, tiene una hija secreta que vive con las monjas de Alcalá.",
          380, "Mateo", "¿Con quién vive la niña de la cantante que buscamos?", S),
        F("c3-f03", 3, "Inés",
          "Me hago pasar por costurera y encuentro en el camerino una carta firmada solo con una 'E' y un sello de lacre verde.",
          "una carta firmada solo con una 'E' y un sello de lacre verde",
          ["lacre verde", "costurera"],
          "En el camerino hay una carta firmada solo con una 'E' y un sello de lacre verde.",
          330, "Lucía", "Inés, ¿de qué color era el sello de la nota que hallaste?", S),
        F("c3-f04", 4, "Mateo",
          "Apunto en mi libreta que el coche del sospechoso es un Hispano-Suiza negro con matrícula M-2817.",
          "un Hispano-Suiza negro con matrícula M-2817",
          ["M-2817", "2817", "Hispano-Suiza"],
          "El coche del sospechoso es un Hispano-Suiza negro con matrícula M-2817.",
          410, "Lucía", "Mateo, ¿qué número tenía la placa del automóvil que seguimos?", N),
        F("c3-f05", 5, "Lucía",
          "Le prometo al comisario Ferrán que le entregaré las fotografías antes del Domingo de Ramos a cambio de que suelte a mi hermano Julio.",
          "a cambio de que suelte a mi hermano Julio",
          ["Ferrán", "Julio", "Domingo de Ramos"],
          "Lucía prometió las fotografías al comisario Ferrán a cambio de que suelte a su hermano Julio.",
          450, "Inés", "Lucía, ¿qué le pediste al jefe de policía a cambio de las fotos?", S),
        F("c3-f06", 6, "Inés",
          "Escondo el revólver dentro del piano del café Levante, bajo la tapa de las cuerdas graves.",
          "dentro del piano del café Levante",
          ["Levante", "revólver"],
          "Inés escondió el revólver dentro del piano del café Levante.",
          300, "Mateo", "Inés, ¿dónde dejaste el arma?", N),
        F("c3-f07", 7, "Mateo",
          "Le confieso a Inés que yo también estuve enamorado de la soprano y que le escribía cartas firmadas con el nombre de Rafael.",
          "le escribía cartas firmadas con el nombre de Rafael",
          ["Rafael"],
          "Mateo escribía cartas de amor a la soprano firmadas con el nombre de Rafael.",
          470, "Inés", "Mateo, ¿con qué nombre firmabas tus notas de amor a la diva?", S),
        F("c3-f08", 8, "Lucía",
          "El tramoyista, Paco Lerma, me cuenta que la noche del crimen alguien cortó la luz del escenario a las once y diez.",
          "alguien cortó la luz del escenario a las once y diez",
          ["Paco", "Lerma", "once y diez", "tramoyista"],
          "La noche del crimen alguien cortó la luz del escenario a las once y diez (según el tramoyista Paco Lerma).",
          420, "Mateo", "¿A qué hora se quedaron a oscuras las tablas cuando desapareció la cantante?", N),
        F("c3-f09", 9, "Inés",
          "Le gano al mus al usurero Gregorio Salinas y ahora me debe trescientas pesetas.",
          "al usurero Gregorio Salinas y ahora me debe trescientas pesetas",
          ["Gregorio", "Salinas", "trescientas", "usurero"],
          "El usurero Gregorio Salinas le debe a Inés trescientas pesetas.",
          360, "Lucía", "¿Cuánto le adeuda a Inés el prestamista que perdió a las cartas?", N),
        F("c3-f10", 10, "Mateo",
          "Alquilo una habitación en la pensión de doña Pura, en la calle del Pez, número catorce, tercer piso.",
          "en la calle del Pez, número catorce, tercer piso",
          ["Pura", "Pez", "catorce"],
          "Mateo vive en la pensión de doña Pura, calle del Pez, número catorce, tercer piso.",
          290, "Lucía", "Mateo, ¿cuál es la dirección de tu pensión?", S),
        F("c3-f11", 11, "Lucía",
          "Le regalo mi pluma estilográfica de plata al niño voceador, Quico, para que me traiga los rumores de la plaza.",
          "mi pluma estilográfica de plata al niño voceador, Quico",
          ["Quico", "estilográfica"],
          "Lucía regaló su pluma estilográfica de plata al niño voceador Quico.",
          500, "Inés", "Lucía, ¿qué le diste al chaval que vende periódicos a gritos?", N),
        F("c3-f12", 12, "Inés",
          "Averiguo que el empresario del teatro, don Evaristo Quiroga, tiene asegurada la vida de la soprano en cincuenta mil pesetas.",
          "tiene asegurada la vida de la soprano en cincuenta mil pesetas",
          ["Evaristo", "Quiroga", "cincuenta mil"],
          "El empresario Evaristo Quiroga tiene asegurada la vida de la soprano en cincuenta mil pesetas.",
          430, "Mateo", "¿Por cuánto dinero está cubierta la cantante si muere, y quién lo cobraría?", N),
        F("c3-f13", 13, "Mateo",
          "Quedo con mi contacto del periódico, Emilia Robles, todos los jueves a las seis en el banco frente a la fuente de Cibeles.",
          "todos los jueves a las seis en el banco frente a la fuente de Cibeles",
          ["Emilia", "Robles", "Cibeles"],
          "Mateo ve a su contacto del periódico, Emilia Robles, los jueves a las seis junto a la fuente de Cibeles.",
          260, "Inés", "Mateo, ¿qué día y dónde ves a tu amiga la periodista?", S),
        F("c3-f14", 14, "Lucía",
          "Le compro al ropavejero un abrigo de mujer manchado de sangre; en el forro lleva bordadas las iniciales C.M.",
          "en el forro lleva bordadas las iniciales C.M.",
          ["C.M.", "ropavejero"],
          "El abrigo ensangrentado comprado al ropavejero lleva bordadas las iniciales C.M.",
          480, "Inés", "Lucía, ¿qué letras aparecían cosidas en la prenda ensangrentada?", N),
        F("c3-f15", 15, "Inés",
          "Juro ante la Virgen de la Paloma que no volveré a jugar a las cartas hasta resolver el caso.",
          "no volveré a jugar a las cartas hasta resolver el caso",
          ["Paloma"],
          "Inés juró no volver a jugar a las cartas hasta resolver el caso.",
          400, "Mateo", "Inés, ¿a qué vicio prometiste renunciar hasta que cerremos la investigación?", N),
        F("c3-f16", 17, "Mateo",
          "Soborno al archivero de la Dirección de Seguridad con una botella de anís del Mono para ver el expediente 44-B.",
          "una botella de anís del Mono",
          ["anís del Mono", "44-B", "archivero"],
          "Mateo sobornó al archivero con una botella de anís del Mono.",
          340, "Lucía", "¿Con qué licor compraste al funcionario de los papeles?", N),
        F("c3-f17", 19, "Lucía",
          "Descubro que la doncella, Rosario, es en realidad la hermana gemela de la soprano.",
          "la doncella, Rosario, es en realidad la hermana gemela de la soprano",
          ["Rosario", "gemela"],
          "La doncella Rosario es la hermana gemela de la soprano.",
          490, "Mateo", "¿Qué parentesco une a la criada con la cantante desaparecida?", N),
        F("c3-f18", 21, "Inés",
          "Enseño a mi perro, Canelo, a ladrar dos veces si huele pólvora.",
          "Enseño a mi perro, Canelo",
          ["Canelo"],
          "El perro de Inés se llama Canelo.",
          310, "Lucía", "Inés, ¿cómo se llama ese perro tuyo?", S),
        F("c3-f19", 24, "Mateo",
          "Guardo la llave del palco número nueve dentro de la funda de mis gafas.",
          "dentro de la funda de mis gafas",
          ["funda de mis gafas", "palco número nueve"],
          "Mateo guarda la llave del palco nueve dentro de la funda de sus gafas.",
          320, "Mateo", "Busco la llave del palco; ¿dónde la metí?", S),
        F("c3-f20", 27, "Lucía",
          "El sereno del barrio me jura que vio salir a dos hombres con un baúl por el callejón de San Ginés a las tres de la madrugada.",
          "dos hombres con un baúl por el callejón de San Ginés",
          ["Ginés", "baúl"],
          "El sereno vio salir a dos hombres con un baúl por el callejón de San Ginés a las tres de la madrugada.",
          495, "Mateo", "¿Qué vio el vigilante nocturno aquella madrugada?", S),
        F("c3-f21", 30, "Inés",
          "Le cuento a Lucía que mi verdadero apellido es Arriaga y que mi padre fue el anarquista fusilado en Montjuïc.",
          "mi verdadero apellido es Arriaga",
          ["Arriaga", "Montjuïc", "anarquista"],
          "El verdadero apellido de Inés es Arriaga; su padre fue un anarquista fusilado en Montjuïc.",
          440, "Lucía", "Inés, ¿cómo te apellidas de verdad?", S),
        F("c3-f22", 35, "Mateo",
          "Convenzo al taxista, un gallego llamado Manolo, para que nos espere cada noche en la esquina de la calle Arenal con el motor en marcha.",
          "para que nos espere cada noche en la esquina de la calle Arenal",
          ["Manolo", "Arenal", "taxista"],
          "El taxista gallego Manolo los espera cada noche en la esquina de la calle Arenal.",
          475, "Inés", "¿Dónde nos aguarda el conductor que contratamos cuando oscurece?", N),
    ],
)

C3_WORDS = dict(
    actions=[
        "pido un café con leche", "leo el periódico de la mañana", "me ajusto el sombrero", "enciendo un cigarrillo",
        "repaso mis notas", "miro los carteles de la función", "compro castañas asadas", "limpio los cristales de mis gafas",
        "cuento las monedas que me quedan", "me sacudo la lluvia del abrigo", "espero el tranvía", "doy de comer a los gorriones",
        "compro un décimo de lotería", "me limpio los zapatos", "escucho a un organillero", "apunto la hora en mi libreta",
        "tomo un vaso de vino tinto", "me como un bocadillo de calamares", "vigilo a los transeúntes", "me abrocho el abrigo",
        "hojeo una revista de teatro", "silbo un cuplé", "busco cambio para el teléfono", "me tomo un chocolate con churros",
        "me siento a descansar", "me quito los guantes", "ojeo los titulares", "le doy una propina al limpiabotas",
        "enciendo la pipa", "me froto las manos por el frío", "compruebo que llevo la cartera", "doblo el periódico bajo el brazo",
        "paseo despacio", "me apoyo en una farola", "miro el reloj", "cruzo la calle esquivando un coche",
        "compro tabaco", "escribo una postal a mi madre", "me peino frente a un escaparate", "escucho el ensayo de la orquesta",
        "tarareo una zarzuela", "como unas aceitunas", "me arreglo la corbata", "le doy una moneda a un ciego",
        "leo las esquelas del periódico", "me fijo en los coches aparcados", "pido otra copa de anís", "echo una partida de dominó",
        "acaricio a un perro callejero", "busco una cabina de teléfono", "me tomo un caldo caliente", "compro una caja de cerillas",
        "me mojo los pies en un charco", "pido la cuenta", "me abanico con el sombrero", "cambio un billete en monedas",
        "saludo a un conocido con la mano", "miro pasar un coche de caballos", "compro una flor para la solapa",
        "pregunto el precio de un paraguas", "me sirvo un vaso de agua", "me guardo un recibo en el bolsillo",
        "releo las cartas que llevo en el bolsillo", "escribo mi nombre en el libro de visitas", "compro una foto firmada de la soprano",
        "busco la pluma en el bolsillo del chaleco", "pago con una moneda de plata", "le doy un recado a un niño de la calle",
        "escucho los rumores de las coristas", "saludo a la doncella de la casa de enfrente", "ordeno los papeles del caso",
        "repaso el caso en mi libreta", "compro una botella de gaseosa", "escribo una carta a mi hermana",
    ],
    places=[
        "en la barra del café", "junto a la puerta del teatro", "en la Puerta del Sol", "bajo los soportales de la Plaza Mayor",
        "en la parada del tranvía", "en el vestíbulo del teatro", "frente al quiosco de prensa", "en una esquina de la Gran Vía",
        "en la taberna de la esquina", "junto a la boca del metro", "en el mercado", "en el andén de la estación",
        "en la escalera de la pensión", "en el patio de butacas", "en un banco del Retiro", "frente a la comisaría",
        "en la sala de billar", "a la salida de misa", "junto al estanco", "en la acera de enfrente",
        "delante de una librería de viejo", "en el portal de la pensión", "junto a un puesto de flores", "en la plaza",
        "en la cola del cine", "bajo un toldo", "junto a la fuente del parque",
    ],
    tails=[
        "", "", "", "", " mientras cae la lluvia", " antes de que anochezca", " mientras suenan las campanas",
        " sin decir gran cosa", " y bostezo", " mientras pasa un tranvía", " con el cuello del abrigo subido",
        " mientras los vendedores pregonan", " bajo un cielo plomizo", " antes de la función", " y me quejo del frío",
        " mientras espero a los demás", " al caer la tarde", " a primera hora", " mientras ladra un perro", " con prisa",
        " mirando de reojo a la gente", " mientras sopla el viento",
    ],
    npcs=[
        "al camarero", "a la florista", "al limpiabotas", "a un guardia", "a la portera de la pensión", "al cerillero",
        "a un cochero", "a una castañera", "al acomodador del teatro", "a un vendedor de lotería", "al dueño del estanco",
        "a una lavandera", "a un mozo de cuerda", "al organillero", "a una vecina", "al tabernero", "a un estudiante",
        "a un repartidor de leche", "a una planchadora",
    ],
    topics=[
        "si va a llover esta tarde", "a qué hora sale el último tranvía", "dónde se come bien y barato",
        "si hay función esta noche", "cuánto cuesta una habitación por aquí", "qué noticias trae el periódico",
        "si ha visto algo raro por el barrio", "por el precio del carbón", "qué calle es más corta para llegar al centro",
        "si conoce una buena sastrería", "a qué hora cierran las tabernas", "si el metro funciona hoy",
        "por la huelga de los tranviarios", "dónde puedo arreglar un reloj", "si vende sellos de correos",
        "cuándo es la próxima corrida", "por las fiestas del barrio", "si hace mucho que trabaja aquí",
        "dónde hay una farmacia de guardia", "qué opina del nuevo gobierno", "si sabe de alguna pensión limpia",
        "por el horario del teatro", "si ha bajado el precio del pan", "qué se cuenta de la soprano desaparecida",
        "si conoce a alguien que juegue al mus", "por los rumores del barrio",
    ],
    remarks=[
        "pásame el periódico, ¿quieres?", "¿crees que lloverá esta noche?", "me muero de hambre, ¿queda algo de pan?",
        "vigila la puerta mientras me lavo las manos.", "hoy el aire huele a castañas.", "estos zapatos se me caen a pedazos.",
        "retirémonos temprano esta noche.", "despiértame a las siete.", "ese camarero nos ha cobrado de más.",
        "anoche oí pasos en la escalera.", "llevas la corbata torcida.", "guárdame un poco de café.", "¿qué tal va ese brazo?",
        "el sereno nos mira raro.", "creo que alguien nos sigue.", "pásame el paraguas.", "necesitamos más dinero antes del viernes.",
        "¿has dormido algo?", "hago yo la primera guardia.", "este humo se mete en todo.", "los tranviarios están de mal humor.",
        "mira qué atardecer.", "avísame si ves a un guardia.", "roncas, ¿lo sabías?", "prueba los churros, están buenos.",
        "mi hermano habría disfrutado de esta ciudad.", "echo de menos la cocina de mi madre.", "¿cuántas pesetas nos quedan?",
        "ese coche negro me pone nervioso.", "qué frío hace en este teatro.", "mi hermana me ha escrito una carta.",
        "¿tienes una pluma?", "el niño de los periódicos grita cada vez más fuerte.", "la soprano cantaba como los ángeles.",
    ],
    followups=[
        "", "", "Luego vuelvo a mis notas.", "Me encojo de hombros.", "Me estiro y bostezo.", "Enciendo otro cigarrillo.",
        "Me río de mi propia broma.", "Espero una respuesta.", "Me froto los ojos cansados.", "Doy un largo sorbo.",
        "Luego me calo el sombrero.", "Miro por la ventana.", "Me abrocho el abrigo.",
    ],
    ask_frame="Le pregunto {npc} {topic}{tail}.",
    act_frame="{action} {place}{tail}.",
)

# ===========================================================================
# Campaign 4 - German, 1890s Alpine village mystery (all text in German)
# ===========================================================================
C4 = dict(
    campaign_id="c4_bergdorf_nebel",
    language="de",
    title="Nebel über Sankt Kathrein",
    premise=("Ein abgelegenes Tiroler Bergdorf im Herbst 1891. Ein Jäger wird "
             "tot im Wald gefunden, und drei Fremde, die im Gasthaus überwintern, "
             "wollen herausfinden, wer dahintersteckt. Das Dorf schweigt, der "
             "Winter kommt, und jeder hat etwas zu verbergen."),
    players=["Greta", "Jonas", "Lotte"],
    auto_caps=False,  # German capitalises every noun: only explicit keys are checked
    cap_whitelist=[],
    facts=[
        F("c4-f01", 1, "Jonas",
          "Ich bitte den Stallburschen Korbinian, mein braunes Pferd gesattelt hinter der alten Sägemühle zu verstecken.",
          "den Stallburschen Korbinian, mein braunes Pferd gesattelt hinter der alten Sägemühle zu verstecken",
          ["Korbinian", "Sägemühle"],
          "Der Stallbursche Korbinian hält Jonas' braunes Pferd gesattelt hinter der alten Sägemühle versteckt.",
          230, "Lotte", "Wo hat der Junge, der sich um unsere Tiere kümmert, Jonas' Gaul untergebracht?", N),
        F("c4-f02", 2, "Greta",
          "Ich leihe der Kräuterfrau Walburga Rieder dreißig Gulden für ihren neuen Destillierkessel; sie verspricht, bis Martini zurückzuzahlen.",
          "der Kräuterfrau Walburga Rieder dreißig Gulden",
          ["Walburga", "Rieder", "dreißig", "Martini"],
          "Greta hat der Kräuterfrau Walburga Rieder dreißig Gulden geliehen.",
          350, "Jonas", "Wie viel Geld schuldet die Heilerin aus dem Wald noch Greta?", N),
        F("c4-f03", 3, "Lotte",
          "Im Pfarrhaus finde ich ein Tagebuch: Der alte Pfarrer Huber hat den Schlüssel zur Gruft im Taufbecken versteckt.",
          "den Schlüssel zur Gruft im Taufbecken versteckt",
          ["Huber", "Taufbecken"],
          "Der alte Pfarrer Huber hat den Schlüssel zur Gruft im Taufbecken versteckt.",
          300, "Greta", "Lotte, wo hatte der selige Geistliche den Gruftschlüssel verborgen?", S),
        F("c4-f04", 4, "Jonas",
          "Ich gestehe Greta leise, dass ich in Innsbruck wegen Falschspiels gesucht werde, unter dem Namen Johann Brandl.",
          "unter dem Namen Johann Brandl",
          ["Innsbruck", "Johann", "Brandl"],
          "Jonas wird in Innsbruck wegen Falschspiels unter dem Namen Johann Brandl gesucht.",
          420, "Greta", "Jonas, unter welchem falschen Namen suchen dich die Gendarmen?", S),
        F("c4-f05", 5, "Greta",
          "Ich verspreche der Witwe Rosl am Brunnen, das Grab ihres Mannes jeden Sonntag mit Edelweiß zu schmücken.",
          "das Grab ihres Mannes jeden Sonntag mit Edelweiß zu schmücken",
          ["Rosl", "Edelweiß"],
          "Greta hat der Witwe Rosl versprochen, das Grab ihres Mannes jeden Sonntag mit Edelweiß zu schmücken.",
          460, "Lotte", "Greta, was hast du der Frau, die ihren Gatten verloren hat, zugesagt?", N),
        F("c4-f06", 6, "Lotte",
          "Ich nenne meine Ziege Hilde und binde ihr ein rotes Glöckchen um den Hals.",
          "Ich nenne meine Ziege Hilde",
          ["Hilde", "Glöckchen"],
          "Lottes Ziege heißt Hilde.",
          330, "Jonas", "Lotte, wie heißt deine Ziege noch mal?", S),
        F("c4-f07", 7, "Jonas",
          "Ich erfahre, dass der Bürgermeister Xaver Gstrein dem Holzhändler aus Bozen zweihundert Gulden schuldet und deshalb den Bannwald verkaufen will.",
          "dem Holzhändler aus Bozen zweihundert Gulden schuldet",
          ["Xaver", "Gstrein", "Bozen", "zweihundert", "Bannwald"],
          "Der Bürgermeister Xaver Gstrein schuldet einem Holzhändler aus Bozen zweihundert Gulden.",
          410, "Lotte", "Bei wem steht unser Dorfvorsteher in der Kreide, und mit welcher Summe?", N),
        F("c4-f08", 8, "Greta",
          "Ich nähe die Karte des Schmugglerpfads in das Futter meines grünen Lodenmantels ein.",
          "in das Futter meines grünen Lodenmantels",
          ["Lodenmantels", "Schmugglerpfads"],
          "Greta hat die Karte des Schmugglerpfads ins Futter ihres grünen Lodenmantels eingenäht.",
          270, "Jonas", "Greta, wo trägst du den Plan vom geheimen Weg mit dir herum?", N),
        F("c4-f09", 9, "Lotte",
          "Ich verrate Jonas, dass die Wirtin Resi meine leibliche Mutter ist, auch wenn sie es leugnet.",
          "die Wirtin Resi meine leibliche Mutter ist",
          ["Resi", "leibliche"],
          "Die Wirtin Resi ist Lottes leibliche Mutter.",
          440, "Greta", "Lotte, in welcher Beziehung stehst du eigentlich zu der Frau, die das Gasthaus führt?", N),
        F("c4-f10", 10, "Jonas",
          "Ich vergrabe den Beutel mit den gestohlenen Silberlöffeln unter dem dritten Marterl am Weg zur Alm.",
          "unter dem dritten Marterl am Weg zur Alm",
          ["Silberlöffeln", "Marterl"],
          "Jonas hat die gestohlenen Silberlöffel unter dem dritten Marterl am Weg zur Alm vergraben.",
          380, "Greta", "Jonas, wo hast du das Besteck aus Edelmetall versteckt, das wir mitgenommen haben?", N),
        F("c4-f11", 11, "Greta",
          "Ich schwöre am Wegkreuz, keinen Schnaps mehr anzurühren, bis der Mörder gefunden ist.",
          "keinen Schnaps mehr anzurühren, bis der Mörder gefunden ist",
          ["Schnaps", "Wegkreuz"],
          "Greta hat geschworen, keinen Schnaps mehr zu trinken, bis der Mörder gefunden ist.",
          240, "Jonas", "Greta, worauf verzichtest du, bis wir den Täter haben?", N),
        F("c4-f12", 12, "Lotte",
          "Der Holzknecht Vinzenz erzählt mir, dass er in der Mordnacht um halb drei Fackeln am Krähensee gesehen hat.",
          "um halb drei Fackeln am Krähensee gesehen hat",
          ["Vinzenz", "Krähensee", "halb drei", "Fackeln"],
          "Der Holzknecht Vinzenz sah in der Mordnacht um halb drei Fackeln am Krähensee.",
          480, "Greta", "Was hat der Holzfäller zur Zeit des Verbrechens am Wasser beobachtet, und zu welcher Stunde?", N),
        F("c4-f13", 13, "Jonas",
          "Ich tausche meine Taschenuhr beim Schmied Ferdl gegen ein Messer aus Solinger Stahl.",
          "meine Taschenuhr beim Schmied Ferdl gegen ein Messer aus Solinger Stahl",
          ["Taschenuhr", "Ferdl", "Solinger"],
          "Jonas hat seine Taschenuhr beim Schmied Ferdl gegen ein Messer aus Solinger Stahl getauscht.",
          360, "Lotte", "Jonas, was hast du für dein Messer hergegeben?", S),
        F("c4-f14", 14, "Greta",
          "Ich erfahre, dass das Losungswort der Wilderer 'der Hirsch trinkt um Mitternacht' lautet.",
          "'der Hirsch trinkt um Mitternacht'",
          ["Hirsch", "Mitternacht"],
          "Das Losungswort der Wilderer lautet 'der Hirsch trinkt um Mitternacht'.",
          320, "Greta", "Ich klopfe an die Hütte der Wilderer und sage den vereinbarten Satz.", S),
        F("c4-f15", 15, "Lotte",
          "Ich gebe dem Waisenbuben Seppl meinen Glücksgroschen mit dem Loch in der Mitte.",
          "dem Waisenbuben Seppl meinen Glücksgroschen mit dem Loch in der Mitte",
          ["Seppl", "Glücksgroschen"],
          "Lotte hat ihren Glücksgroschen mit dem Loch dem Waisenbuben Seppl geschenkt.",
          470, "Jonas", "Lotte, wer hat jetzt deine Talismanmünze?", N),
        F("c4-f16", 17, "Jonas",
          "Ich bestelle beim Schreiner Sarg und Kreuz für den toten Jäger und bezahle sieben Taler im Voraus.",
          "bezahle sieben Taler im Voraus",
          ["sieben", "Taler"],
          "Jonas hat dem Schreiner für Sarg und Kreuz des toten Jägers sieben Taler im Voraus bezahlt.",
          400, "Greta", "Wie viel haben wir dem Tischler für die Beerdigung des Jägers schon gegeben?", S),
        F("c4-f17", 19, "Greta",
          "Ich lasse mir von der Hebamme Kreszenz bestätigen, dass das tote Kind nicht ertrunken, sondern erstickt ist.",
          "dass das tote Kind nicht ertrunken, sondern erstickt ist",
          ["Kreszenz", "erstickt", "ertrunken"],
          "Laut der Hebamme Kreszenz ist das tote Kind nicht ertrunken, sondern erstickt.",
          490, "Lotte", "Woran ist das kleine Opfer laut der Geburtshelferin wirklich gestorben?", N),
        F("c4-f18", 21, "Lotte",
          "Ich bringe meinem Hund Wastl bei, zweimal zu bellen, wenn er Pulver riecht.",
          "meinem Hund Wastl",
          ["Wastl"],
          "Lottes Hund heißt Wastl.",
          310, "Greta", "Lotte, wie ruft man deinen Hund?", S),
        F("c4-f19", 24, "Jonas",
          "Ich verstecke den Revolver unter der losen Diele neben dem Kachelofen in unserer Kammer.",
          "unter der losen Diele neben dem Kachelofen",
          ["Kachelofen", "Diele", "Revolver"],
          "Jonas hat den Revolver unter der losen Diele neben dem Kachelofen in ihrer Kammer versteckt.",
          340, "Jonas", "Ich hole die Waffe aus ihrem Versteck in unserer Kammer.", S),
        F("c4-f20", 27, "Greta",
          "Ich verspreche dem Pfarrer, bis Allerheiligen die gestohlene Monstranz zurückzubringen, wenn er dafür schweigt.",
          "bis Allerheiligen die gestohlene Monstranz zurückzubringen",
          ["Allerheiligen", "Monstranz"],
          "Greta hat dem Pfarrer versprochen, die gestohlene Monstranz bis Allerheiligen zurückzubringen.",
          450, "Jonas", "Greta, was genau hast du dem Geistlichen zurückzugeben versprochen, und bis wann?", S),
        F("c4-f21", 31, "Lotte",
          "Ich erfahre, dass der Postbote Alois heimlich mit der Tochter des Bürgermeisters verlobt ist.",
          "der Postbote Alois heimlich mit der Tochter des Bürgermeisters verlobt ist",
          ["Alois", "verlobt"],
          "Der Postbote Alois ist heimlich mit der Tochter des Bürgermeisters verlobt.",
          495, "Greta", "Wem hat sich der Mann, der die Briefe austrägt, insgeheim versprochen?", N),
        F("c4-f22", 36, "Jonas",
          "Ich vereinbare mit dem Senner Luis, dass er uns jeden Freitag Käse und Brot an die Kapelle am Joch bringt.",
          "jeden Freitag Käse und Brot an die Kapelle am Joch bringt",
          ["Luis", "Kapelle am Joch", "Freitag"],
          "Der Senner Luis bringt ihnen jeden Freitag Käse und Brot an die Kapelle am Joch.",
          500, "Lotte", "Wer versorgt uns mit Essen, und wo liefert er es ab?", N),
    ],
)

C4_WORDS = dict(
    actions=[
        "hacke Holz", "striegle die Pferde", "füttere die Hühner", "trinke ein Glas frische Milch",
        "kaufe einen Laib Brot und ein Stück Käse", "feilsche mit einem Händler um den Preis von Seilen",
        "schärfe mein Messer", "flicke meinen Mantel", "zähle die Münzen in meinem Geldbeutel", "hole frisches Wasser",
        "rauche eine Pfeife", "lese im Bauernkalender", "putze meine Stiefel", "staple Brennholz",
        "bete ein Vaterunser", "schnitze einen kleinen Vogel", "summe ein altes Volkslied",
        "spiele Karten mit zwei Holzknechten", "esse eine Schüssel Gerstensuppe", "repariere einen Zaun",
        "betrachte die Wolken", "sammle Pilze", "wärme mir die Hände", "bürste den Staub von meinem Hut",
        "beobachte einen Habicht am Himmel", "melke die Ziege", "streichle eine Katze", "trinke einen Becher Most",
        "kaufe Tabak", "schreibe einen Brief an meine Schwester", "gieße die Geranien", "lausche dem Dorfklatsch",
        "entzünde eine Laterne", "kaufe frische Eier", "streue Asche auf den vereisten Weg", "öle die Türangeln",
        "trage einen Sack Mehl", "bewundere die Berge", "zähle die Kühe", "rede mit einem Hund",
        "flicke ein Loch in meinem Strumpf", "kaue auf einem Stück Speck", "schüttle den Schnee von meinem Mantel",
        "suche nach frischen Spuren im Schnee", "trinke einen heißen Tee", "binde meine Schuhe neu",
        "kaufe ein neues Paar Handschuhe", "sortiere meine Habseligkeiten", "mache ein kleines Nickerchen",
        "streichle das Pferd des Postboten", "prüfe die Hufe meines Pferdes", "schleppe einen Eimer Wasser",
        "lese eine alte Zeitung", "helfe einem Bauern beim Abladen", "putze die Laterne",
        "pflücke ein paar späte Blumen", "esse einen Apfel", "betrachte das Grab eines Fremden",
        "trage Heu in den Stall", "kaufe eine Kerze", "schreibe etwas in mein Notizbuch",
        "zähle das Geld in der gemeinsamen Kasse", "wasche meinen Becher aus",
        "winke einem spielenden Kind", "grüße die Tochter des Krämers", "gebe dem Postboten einen Brief",
        "lese die Bekanntmachung des Bürgermeisters", "helfe der Hebamme mit ihrem Korb",
    ],
    places=[
        "vor der Kirche", "am Dorfbrunnen", "hinter dem Gasthaus", "neben dem Stall", "auf dem Dorfplatz",
        "an der Brücke", "vor der Schmiede", "beim Friedhofstor", "auf der Bank vor dem Haus", "am Ufer des Baches",
        "unter der Dorflinde", "im Hof des Gasthauses", "an der Weggabelung", "vor dem Pfarrhaus", "neben der Mühle",
        "auf der Alm", "vor dem Krämerladen", "im Obstgarten", "am Waldrand", "neben dem Heustadel",
        "vor dem Rathaus", "an der Viehtränke", "in der Gaststube", "auf der Treppe", "am Zaun der Weide",
    ],
    tails=[
        "", "", "", "", " und gähne", ", während es zu regnen beginnt", ", bevor es dunkel wird",
        ", während die Glocken läuten", ", ohne viel zu sagen", ", während die Hunde bellen",
        " und schimpfe über die Kälte", " im Morgengrauen", ", während der Nebel steigt", " und summe vor mich hin",
        ", während wir auf die anderen warten", " am späten Nachmittag", ", während der Wind pfeift",
        " und behalte die Straße im Auge", " mit klammen Fingern", ", während es leise schneit",
    ],
    ask_tails=[
        "", "", "", " im Morgengrauen", " am späten Nachmittag", " mit klammen Fingern", " kurz vor dem Abendessen",
        " ganz beiläufig", " leise", " beim Vorbeigehen", " etwas ungeduldig", " nach der Messe", " im Vorübergehen",
    ],
    npcs=[
        "den Wirt", "einen Holzhändler", "den Schmied", "einen Bauern", "die Bäckerin", "einen Hirten",
        "die Magd im Gasthaus", "einen Pilger", "den Mesner", "eine alte Bäuerin", "den Krämer", "einen Fuhrmann",
        "den Dorflehrer", "einen Jäger", "die Sennerin", "einen Kesselflicker", "den Müller", "einen Gendarmen",
    ],
    topics=[
        "ob es morgen schneit", "wie weit es bis zum nächsten Dorf ist", "wo man Hufeisen kaufen kann",
        "ob die Brücke sicher ist", "was das Brot hier kostet", "ob es Neuigkeiten aus dem Tal gibt",
        "welcher Weg kürzer ist", "ob er Wölfe gesehen hat", "wo es die beste Suppe gibt", "wie die Ernte war",
        "ob der Bach Hochwasser führt", "ob im Gasthaus noch Zimmer frei sind", "wann das Kirchweihfest ist",
        "wann die Post kommt", "ob der Pass schon verschneit ist", "wo man Lampenöl bekommt",
        "was die Leute hier trinken", "wie alt die Kirche ist", "wer hier die besten Stiefel macht",
        "ob die Wilderer wieder unterwegs sind", "was man über den toten Jäger erzählt", "wo der Pfarrer wohnt",
        "wann der Bürgermeister zu sprechen ist", "ob der Bach im Frühjahr gefährlich ist", "wie oft der Postbote kommt",
    ],
    remarks=[
        "reich mir bitte den Wasserkrug.", "glaubst du, es schneit heute Nacht?", "ich habe Hunger. Ist noch Brot da?",
        "pass auf die Pferde auf, während ich mich wasche.", "die Luft riecht nach Schnee.",
        "meine Stiefel fallen auseinander.", "lass uns heute früh schlafen gehen.", "weck mich bei Sonnenaufgang.",
        "der Händler hat uns beim Seil übers Ohr gehauen.", "ich habe letzte Nacht Wölfe gehört.",
        "dein Sattelgurt sitzt locker.", "heb mir etwas von der Suppe auf.", "wie geht es deinem Arm?",
        "die Kühe sind unruhig.", "ich glaube, man beobachtet uns vom Waldrand aus.", "gib mir die Decke.",
        "wir brauchen mehr Hafer.", "hast du überhaupt geschlafen?", "ich übernehme die erste Wache.",
        "dieser Rauch kriecht überall hinein.", "die Holzknechte sind schlecht gelaunt.",
        "schau dir diesen Sonnenuntergang an.", "sag mir, wenn du Rauch siehst.", "du schnarchst, weißt du das?",
        "probier den Käse, der ist gut.", "mein Bruder hätte diese Berge geliebt.", "wie viele Gulden haben wir noch?",
        "der Pfarrer hat mich heute seltsam angesehen.", "die Wirtin kocht ausgezeichnet.",
    ],
    followups=[
        "", "", "Dann kümmere ich mich um die Pferde.", "Ich zucke mit den Schultern.", "Ich strecke mich und gähne.",
        "Dann putze ich weiter meine Ausrüstung.", "Ich lache über meinen eigenen Witz.", "Ich warte auf eine Antwort.",
        "Ich reibe mir die müden Augen.", "Ich nehme einen langen Schluck.", "Dann werfe ich noch ein Scheit ins Feuer.",
        "Ich rücke meinen Hut zurecht.",
    ],
    ask_frame="Ich frage {npc}{tail}, {topic}.",
    act_frame="Ich {action} {place}{tail}.",
)

C1["words"] = C1_WORDS
C2["words"] = C2_WORDS
C3["words"] = C3_WORDS
C4["words"] = C4_WORDS
CAMPAIGNS.extend([C1, C2, C3, C4])

# ===========================================================================
# Engine: filler generation, assembly, validation
# ===========================================================================

STOP_EN = set("""a an the and or but if of to in on at by for with from into onto over under about as is are was were be been
being am do does did done have has had having i me my mine you your yours he him his she her hers it its we us our ours they
them their what which who whom whose where when why how that this these those there here then than so not no yes can can't
cannot could would should will shall may might must mustn't won't don't doesn't didn't isn't aren't wasn't weren't i'm you're
he's she's it's we're they're i'll you'd again also just still only very too all any some each every now once never ever
up down out off away back exactly really tell me us let let's get got go goes going went come comes came one ones thing
anything something nothing whether while until till after before""".split())

STOP_ES = set("""el la los las un una unos unas y o u e ni pero si no sí de del a al en con por para sin sobre entre hasta
desde que qué quien quién quienes cual cuál cuales cuáles cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas donde
dónde cuando cuándo como cómo yo tú tu tus te ti mi mis me conmigo él ella ello ellos ellas le les lo se su sus nos nuestro
nuestra nuestros nuestras vos os es son era eran fue fueron ser estar está están estaba estaban estuve estuvo estuviera
he ha han había hay haber tengo tiene tienen tenía tenían tener este esta esto estos estas ese esa eso esos esas aquel
aquella aquello aquellos aquellas muy más menos ya aún todavía también solo sólo cada otro otra otros otras todo toda
todos todas algo nada alguien nadie ahora luego entonces aquí allí allá hace hacer ver veo ves voy va vamos van dar doy
das da""".split())


STOP_DE = set("""der die das den dem des ein eine einen einem einer eines und oder aber wenn ob von zu zum zur in im an am
auf aus mit bei beim nach vor für über unter um bis durch gegen ohne ist sind war waren bin bist sein hat habe hast haben
hatte hatten wird werden wurde ich mich mir du dich dir er ihn ihm sie ihr es wir uns euch man mein meine meinen meinem
meiner dein deine deinen deinem deiner seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere unseren unserem
was wer wem wen wessen wo wie wann warum welche welcher welchem welchen welches dass nicht kein keine keinen keinem noch
mal schon jetzt auch nur sehr so da dann denn doch ja nein hier dort eigentlich genau wirklich viel viele herum
unserer euer eure euren eurem""".split())


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def content_tokens(text, lang, players):
    stop = {"es": STOP_ES, "de": STOP_DE}.get(lang, STOP_EN)
    stop = {strip_accents(w) for w in stop}
    pl = {strip_accents(p.lower()) for p in players}
    toks = re.findall(r"[a-záéíóúñüïçäöß]+(?:'[a-z]+)?", text.lower())
    out = []
    for t in toks:
        t = strip_accents(t)
        if t.endswith("'s"):
            t = t[:-2]
        if len(t) < 3 or t in stop or t in pl:
            continue
        out.append(t)
    return out


def same_word(a, b):
    """Crude, deliberately generous stem match (flags inflected variants)."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    return False


def shared_content_words(q, plant, lang, players):
    qt = set(content_tokens(q, lang, players))
    pt = set(content_tokens(plant, lang, players))
    return sorted({a for a in qt for b in pt if same_word(a, b)})


def key_in(key, text):
    if re.fullmatch(r"[\wáéíóúñüïç]+", key, flags=re.I):
        return re.search(r"(?<![\wáéíóúñüïç])" + re.escape(key) + r"(?![\wáéíóúñüïç])", text, flags=re.I) is not None
    return key.lower() in text.lower()


def auto_keys(camp):
    """Capitalised tokens inside planting actions (not sentence-initial), minus
    player names and a small whitelist of generic titles: treated as extra keys."""
    extra = {}
    wl = set(camp.get("cap_whitelist", []))
    for f in camp["facts"]:
        ks = set()
        if not camp.get("auto_caps", True):
            extra[f["id"]] = []
            continue
        txt = f["plant_action"]
        for m in re.finditer(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñüïç\-]*", txt):
            tok = m.group(0)
            before = txt[:m.start()].rstrip()
            if not before or before[-1] in ".!?¿¡":
                continue
            if tok in camp["players"] or tok in wl or tok == "I":
                continue
            ks.add(tok)
        extra[f["id"]] = sorted(ks)
    return extra


def make_filler(camp, rng, player, used):
    W = camp["words"]
    others = [p for p in camp["players"] if p != player]
    for _ in range(10000):
        r = rng.random()
        tail = rng.choice(W["tails"])
        if r < 0.58:
            line = W["act_frame"].format(action=rng.choice(W["actions"]), place=rng.choice(W["places"]), tail=tail)
        elif r < 0.83:
            tail = rng.choice(W.get("ask_tails", W["tails"]))
            line = W["ask_frame"].format(npc=rng.choice(W["npcs"]), topic=rng.choice(W["topics"]), tail=tail)
        else:
            fu = rng.choice(W["followups"])
            line = "{}, {}".format(rng.choice(others), rng.choice(W["remarks"]))
            if fu:
                line += " " + fu
        line = line[0].upper() + line[1:]
        if line not in used:
            used.add(line)
            return line
    raise RuntimeError("filler space exhausted")


def build(camp, seed):
    rng = random.Random("{}:{}".format(seed, camp["campaign_id"]))
    fixed = {}
    for f in camp["facts"]:
        for (r, p, txt) in ((f["planted_round"], f["planted_by"], f["plant_action"]),
                            (f["asked_round"], f["asked_by"], f["question"])):
            if (r, p) in fixed:
                raise SystemExit("slot collision {} {} in {}".format(r, p, f["id"]))
            fixed[(r, p)] = txt
    used = set(fixed.values())
    rounds, filler_slots = [], []
    for r in range(1, N_ROUNDS + 1):
        acts = {}
        for p in camp["players"]:
            if (r, p) in fixed:
                acts[p] = fixed[(r, p)]
            else:
                acts[p] = make_filler(camp, rng, p, used)
                filler_slots.append((r, p))
        rounds.append({"round": r, "actions": acts})
    facts = [{k: f[k] for k in ("id", "planted_round", "planted_by", "fact", "evidence", "asked_round",
                                "asked_by", "question", "difficulty")} for f in camp["facts"]]
    doc = {"campaign_id": camp["campaign_id"], "language": camp["language"], "title": camp["title"],
           "premise": camp["premise"], "players": camp["players"], "rounds": rounds, "facts": facts}
    return doc, filler_slots


def validate(camp, doc, filler_slots):
    errs, notes = [], []
    players = camp["players"]
    lang = camp["language"]
    R = {r["round"]: r["actions"] for r in doc["rounds"]}
    if sorted(R) != list(range(1, N_ROUNDS + 1)):
        errs.append("rounds not 1..{}".format(N_ROUNDS))
    for r, acts in R.items():
        if sorted(acts) != sorted(players) or any(not a.strip() for a in acts.values()):
            errs.append("round {} bad actions".format(r))
    facts = camp["facts"]
    if len(facts) < 20:
        errs.append("fewer than 20 facts")
    if len({f["id"] for f in facts}) != len(facts):
        errs.append("duplicate fact ids")
    ak = auto_keys(camp)
    n_diff_asker = 0
    n_nos = 0
    overlap_report = []
    for f in facts:
        fid = f["id"]
        pr, ar = f["planted_round"], f["asked_round"]
        if not (1 <= pr <= 40):
            errs.append(fid + " plant round out of 1..40")
        if not (pr + 200 <= ar <= N_ROUNDS):
            errs.append(fid + " ask round not in [plant+200, 500]")
        if f["planted_by"] not in players or f["asked_by"] not in players:
            errs.append(fid + " unknown player")
        plant = R[pr][f["planted_by"]]
        if plant != f["plant_action"]:
            errs.append(fid + " plant text mismatch")
        if f["evidence"] not in plant:
            errs.append(fid + " evidence not substring of planting action")
        if R[ar][f["asked_by"]] != f["question"]:
            errs.append(fid + " question != action at asked round")
        if f["asked_by"] != f["planted_by"]:
            n_diff_asker += 1
        if f["difficulty"] not in (S, N):
            errs.append(fid + " bad difficulty")
        sh = shared_content_words(f["question"], plant, lang, players)
        overlap_report.append((fid, f["difficulty"], sh))
        if f["difficulty"] == N:
            n_nos += 1
            if sh:
                errs.append("{} marked no_shared_words but shares {}".format(fid, sh))
        elif not (1 <= len(sh) <= 2):
            errs.append("{} marked shared_words but shares {}".format(fid, sh))
        keys = list(dict.fromkeys(f["keys"] + ak[fid]))
        for k in keys:
            if not key_in(k, plant):
                errs.append("{} key {!r} not in plant".format(fid, k))
        # distinctive keys must appear nowhere except the planting line
        for r, acts in R.items():
            for p, txt in acts.items():
                if (r, p) == (pr, f["planted_by"]):
                    continue
                for k in keys:
                    if key_in(k, txt):
                        kind = "FILLER" if (r, p) in filler_slots else "non-filler"
                        errs.append("{} key {!r} leaks in {} line r{} {}: {}".format(fid, k, kind, r, p, txt))
        # no filler line may contain the evidence string either
        for (r, p) in filler_slots:
            if f["evidence"].lower() in R[r][p].lower():
                errs.append("{} evidence appears in filler r{} {}".format(fid, r, p))
    for f in facts:
        for k in list(dict.fromkeys(f["keys"] + ak[f["id"]])):
            if key_in(k, camp["premise"]) or key_in(k, camp["title"]):
                errs.append("{} key {!r} appears in title/premise".format(f["id"], k))
    if n_nos * 3 < len(facts):
        errs.append("fewer than 1/3 no_shared_words")
    if n_diff_asker * 2 < len(facts):
        errs.append("fewer than half asked by a different player")
    # filler uniqueness and digits
    all_lines = [R[r][p] for (r, p) in filler_slots]
    if len(set(all_lines)) != len(all_lines):
        errs.append("duplicate filler lines")
    if any(re.search(r"\d", l) for l in all_lines):
        errs.append("digit in filler")
    # how much everyday vocabulary filler shares with facts (informative)
    fill_vocab = set()
    for l in all_lines:
        fill_vocab.update(content_tokens(l, lang, players))
    shared_vocab = {}
    for f in facts:
        pt = set(content_tokens(f["plant_action"], lang, players))
        shared_vocab[f["id"]] = sorted(w for w in pt if w in fill_vocab)
    stats = dict(facts=len(facts), no_shared=n_nos, shared=len(facts) - n_nos, diff_asker=n_diff_asker,
                 filler_lines=len(all_lines), unique_filler=len(set(all_lines)),
                 keys_checked=sum(len(set(f["keys"] + ak[f["id"]])) for f in facts),
                 facts_with_filler_word_overlap=sum(1 for v in shared_vocab.values() if v))
    return errs, stats, overlap_report, shared_vocab, ak


def recheck_json(path):
    """Independent re-check of the written file (schema-level constraints)."""
    d = json.load(open(path, encoding="utf-8"))
    errs = []
    for k in ("campaign_id", "language", "title", "premise", "players", "rounds", "facts"):
        if k not in d:
            errs.append("missing " + k)
    R = {r["round"]: r["actions"] for r in d["rounds"]}
    if len(d["rounds"]) != N_ROUNDS or sorted(R) != list(range(1, N_ROUNDS + 1)):
        errs.append("round numbering")
    for f in d["facts"]:
        if f["evidence"] not in R[f["planted_round"]][f["planted_by"]]:
            errs.append(f["id"] + " evidence")
        if R[f["asked_round"]][f["asked_by"]] != f["question"]:
            errs.append(f["id"] + " question")
        if not (1 <= f["planted_round"] <= 40 and f["planted_round"] + 200 <= f["asked_round"] <= N_ROUNDS):
            errs.append(f["id"] + " rounds")
    return errs


def main():
    out = OUT_DIR
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    all_ok = True
    summary = []
    for camp in CAMPAIGNS:
        doc, filler_slots = build(camp, SEED)
        errs, stats, ov, sv, ak = validate(camp, doc, filler_slots)
        print("== {} ({}) ==".format(camp["campaign_id"], camp["language"]))
        for fid, d, sh in ov:
            print("  {} {:16s} shared={} filler-vocab-overlap={}".format(fid, d, sh, sv[fid][:6]))
        print("  stats:", stats)
        for e in errs:
            print("  ERROR:", e)
        all_ok &= not errs
        with open(os.path.join(out, camp["campaign_id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        summary.append((camp["campaign_id"], stats))
        errs2 = recheck_json(os.path.join(out, camp["campaign_id"] + ".json"))
        for e in errs2:
            print("  JSON RECHECK ERROR:", e)
        all_ok &= not errs2
    print("ALL CHECKS PASSED" if all_ok else "CHECKS FAILED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
