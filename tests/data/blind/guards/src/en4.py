from lib import *
lang('en')
# ---- assistant_voice positives ----
c('F','assistant_opener','A','Ana,Bo,Cy', """Sure! Here's the next part of the story:

The road to Karth winds through a valley choked with mist. Crows watch from the dead trees. At the crossroads, a gibbet creaks in the wind, its cage empty but for a single iron key. What do you do? """,
  d={'Ana':'I lead us down the valley road.'})
c('N','assistant_opener','A','Jack,Vera,Milo', """Of course! Here is the continuation of your noir scene.

The morgue is cold enough to see your breath. Doc Feeney pulls back the sheet with the air of a magician revealing a trick. "Two bullets," he says. "One from a .38, one from something a lot bigger. Either would've done it." """,
  d={'Vera':'I ask Doc Feeney about the cause of death.'})
c('SF','assistant_opener','A','Oksana,Teodor,Lin', """Certainly! Continuing from where we left off.

The cargo bay is a maze of shipping containers, half of them cracked open. Teodor's scanner shows the two heat signatures have stopped moving. Something on the far wall is dripping: thick, black, and faintly luminous. """,
  d={'Teodor':'I follow the heat signatures with my scanner.'})
c('W','assistant_opener','A','Hank,Eliza,Rusty', """Absolutely, happy to continue! 🤠

The stagecoach rolls into town two hours late, with an arrow in the driver's seat and no driver. The horses are lathered and wild-eyed. The strongbox is still chained to the roof. """,
  d={'Hank':'I grab the lead horse\'s bridle.'})
c('H','assistant_opener','A','Priya,Jonah,Wren', """Great question! Here's what happens next in the scene.

The doll's face is porcelain, cracked down the middle. Its eyes are open. They were closed a moment ago. Upstairs, a music box starts to play. """,
  d={'Wren':'I look at the doll\'s face.'})
c('PI','assistant_opener','A','Bonny,Silas,Grace', """Alright, here's a pirate-themed continuation for you!

The lookout's cry carries down from the masthead: "Sail ho! Two points off the starboard bow!" The ship flying the black flag is the Widow's Kiss, Captain Mara Teach's ship, and she's running out her guns. """,
  d={'Silas':'I watch the horizon with my spyglass.'})
c('CP','assistant_closer','A','Zero,Nyx,Brick', """The Kiroshi tower looms ninety stories into the smog, its holo-billboards selling eyes in every color. The service entrance on level B3 is guarded by one bored rent-a-cop and a camera on a two-second sweep. Nyx's map shows a maintenance shaft two blocks east.

I hope this helps set the scene! Let me know if you'd like me to continue or change anything. """,
  d={'Nyx':'I pull up the building schematic.'})
c('F','assistant_closer','A','Mira,Gorrick,Sel', """The Sunken Temple rises from the tide flats like the ribcage of some drowned giant. Seaweed hangs from its columns. The tide is out, but not for long — you can hear the water coming back, a low hiss across the sand. The stairway down is slick and dark.

Is there anything else you'd like me to add to this scene? """,
  d={'Mira':'I lead us down to the temple at low tide.'})
c('MM','assistant_closer','A','Harriet,Sunil,Bex', """The second body is found at dawn, in the same churchyard, laid out in the same careful way. This time there's a note pinned to the coat: YOU'RE LOOKING IN THE WRONG PLACE, HARRIET. DS Moore hands it over in an evidence bag without a word.

Feel free to tell me what your characters do next, and I'll keep the mystery going! """,
  d={'Bex':'I go to the churchyard.'})
c('RO','assistant_closer','A','Elena,Julian,Rosa', """The letter arrives on the morning tray, sealed with the Harcourt crest. Lord Harcourt requests the pleasure of Miss Elena's company for a carriage ride at four o'clock. The maid waits, eyes lowered, for an answer to carry back.

Let me know if you'd like the story to go in a more dramatic direction or keep it light and sweet! 😊 """,
  d={'Rosa':'I read the letter over Elena\'s shoulder.'})
c('SO','assistant_closer','A','Admiral Voss,Tam,Ezri', """The Kelvaari captain's face twists. "You have been warned." The dreadnought's forward batteries begin to glow. On the tactical display, six smaller contacts detach from its hull: fighters, fast and closing.

I hope you enjoyed this part! Would you like me to continue with the battle? """,
  d={'Tam':'I put all power to forward shields.'})
c('SL','assistant_meta','A','Mina,Theo,Juno', """The café closes early for the snowstorm, and the barista lets the three of them stay while he mops. Snow piles against the windows. The radio plays Christmas songs.

(Since this is a slice-of-life roleplay, I've kept the scene low-stakes and cozy to match the tone of the story so far.) """,
  d={'Juno':'I help stack the chairs.'})
c('H','assistant_meta','A','Sam,Delia,Ortiz', """In this part of the story, I wanted to build tension slowly, so I'll describe the cabin first. The wind has died. The trees around the clearing stand perfectly still. On the porch, in the fresh snow, there are footprints leading up to the door — and none leading away. """,
  d={'Ortiz':'I look out the window.'})
c('F','assistant_meta','A','Thorne,Lysa,Pip', """Highkeep's market square is a riot of color and noise: spice sellers, a bear on a chain, a priest shouting about the end of the world. A pickpocket brushes past Lysa. To keep the roleplay moving, I'll keep the market description short. The guildhall's spire rises over the rooftops to the north. """,
  d={'Lysa':'I keep my purse close.'})
c('WX','assistant_meta','A','Li Wei,Mei Ling,Shen', """The assassins retreat into the bamboo, leaving one of their own groaning on the ground. His mask has slipped: he's barely fifteen. Note: I've made this scene a bit shorter than usual so the story can focus on your choices. The boy looks up at Li Wei's blade and begins to beg. """,
  d={'Li Wei':'I hold my blade at the fallen assassin\'s throat.'})
c('PA','assistant_disclaimer','A','Jax,Ruth,Cole', """The water in the cistern looks clean, but Cole's test strip turns a murky brown. Bad. Radiation, maybe, or worse. The nearest other source is the river, two days' walk through Raider country.

Please remember that in real life, drinking untreated water can be dangerous; always boil or purify water from unknown sources. """,
  d={'Cole':'I test the water in the cistern.'})
c('N','assistant_disclaimer','A','Sterling,Lou,Margo', """The speakeasy's back room is thick with cigar smoke. A man with a gold tooth lays out the goods on green baize: morphine ampoules, army surplus, still in their crates. "Medicinal," he grins.

(Note: This is a fictional depiction. Drug misuse is harmful; if you or someone you know is struggling with substance use, please reach out to a professional or a helpline.) """,
  d={'Lou':'I ask what he has for sale.'})
c('H','assistant_disclaimer','A','Kat,Ollie,Deshawn', """The note in the motel drawer is written in shaky pencil: 'I can't do this anymore. I'm sorry.' Beneath it, the carpet is stained dark. If you're going through a hard time yourself, please know you're not alone and that talking to someone can help. The radiator ticks. The bathroom door is closed. """,
  d={'Kat':'I open the bedside drawer.'})
c('W','assistant_disclaimer','A','Cody,Abigail,Ned', """The duel is set for high noon. The stranger checks his revolver, spins the cylinder, snaps it shut. The townsfolk clear the street. It's important to note that firearms are dangerous and should always be handled responsibly. The church bell starts to toll twelve. """,
  d={'Ned':'I step out into the street.'})
c('MM','assistant_disclaimer','A','Priya,Callum,Ness', """The victim's brother and the business partner are both shouting now, each accusing the other. As an impartial narrator, I don't take sides in conflicts between characters, and I'd encourage everyone to consider both perspectives. Inspector Hale steps between them and raises a hand for silence. """,
  d={'Priya':'I ask them both where they were on Friday.'})
c('F','assistant_menu','A','Bram,Sigrid,Aoife', """The wolves stop at the edge of the firelight. The biggest one, grey-muzzled, sits down and watches you with unsettlingly human eyes.

Here are a few directions the story could go next:
1. The wolf speaks, revealing it's a cursed knight.
2. The pack attacks at dawn.
3. A mysterious stranger arrives to drive them off.
Which would you prefer? I can write any of these! """,
  d={'Sigrid':'I keep the fire burning high.'})
c('SF','assistant_menu','A','Nadia,Osei,Brandt', """The alien artifact pulses faintly, a slow blue heartbeat. The station chief wants it shipped to the core worlds by morning. Would you like the next scene to focus on the artifact activating, or on the chief's hidden agenda? Let me know and I'll write whichever you choose. """,
  d={'Osei':'I scan the artifact.'})
c('CP','assistant_menu','A','Vex,Juno,Kaito', """Rain drips through the broken skylight of the warehouse. The prototype case hums on the table between you. Option A: the fixer arrives early and catches you mid-deal. Option B: a rival crew bursts in. Option C: the prototype activates on its own. Just pick one and I'll continue the story from there! """,
  d={'Kaito':'I scan the case for trackers.'})
c('SO','assistant_meta','A','Captain Reyes,Ilo,Vantha', """The summit chamber on Vael Station is built for three species and comfortable for none. The gravity is set to a compromise that makes everyone slightly nauseous. As the narrator of this roleplay, I'll describe the delegates one at a time so each player has a chance to respond. First: the Xhosari ambassador, tall and silent. """,
  d={'Vantha':'I study the delegates.'})
c('UF','assistant_closer','A','Rook,Dana,Ezekiel', """The hounds of the Hollow Court come loping out of the fog under the bridge, eyes like wet coins. The market stalls start folding themselves up, tents collapsing into handkerchiefs. The moth-winged vendor shoves the jar into Ezekiel's hands. "Take it. Go."

I hope that gives you a good sense of the atmosphere! Let me know what you'd like to do next. """,
  d={'Ezekiel':'I try to buy the jar.'})
c('F','assistant_meta','A','Kestrel,Dorn,Ilse', """As an AI, I can't actually roll dice, but let's say Kestrel's arrow hits. The shaft sinks deep into the soft scales under Vharox's jaw. The dragon rears, shrieking, and a gout of flame scorches the cave ceiling. Molten rock begins to rain down. """,
  d={'Kestrel':'I shoot for the soft scales under its jaw.'})
c('ST','assistant_opener','A','Ada,Percival,Nim', """Here's the next scene of your steampunk adventure!

The airship Clockwork Heron creaks at its mooring above Ludgate Circus. Boilers hiss. The mechanical first mate, a brass automaton called Tuppence, clanks down the gangway with a clipboard. "Passengers for the Zurich run? Papers, please." """,
  d={'Ada':'I walk up the gangway with our tickets.'})
c('PA','assistant_closer','A','Dusty,Kira,Mateo', """The Raiders' leader steps into the open, hands raised, a white rag tied to his rifle barrel. "Parley!" he shouts up at the ridge. "We got water. You got bullets. Let's talk."

That's where I'll pause for now. Let me know how you'd like to respond, and whether you want more combat or more negotiation in the next part! """,
  d={'Kira':'I keep him in my sights.'})
