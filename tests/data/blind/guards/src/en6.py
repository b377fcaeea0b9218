from lib import *
lang('en')
# ---- repetition positives ----
c('F','repeat_paraphrase','R','Ana,Bo,Cy', """Torches sputter in iron brackets as the goblins pour out of the ravine. Bo's hammer slams into the lead goblin's chest and it goes rolling down the hillside. A horn sounds from beyond the ridge in reply. What do you do? """,
  pv=["""The goblin war-band spills out of the ravine, torches guttering in the wind. Bo's hammer catches the first one square in the chest and sends it tumbling back down the slope. Somewhere behind the ridge, a horn answers. What do you do?"""],
  d={'Ana':'I nock an arrow and aim for the horn-blower.','Cy':'I prepare a fire bolt.'})
c('N','repeat_paraphrase','R','Frankie,Dolores,Vic', """The rain keeps drumming on the Blue Lantern's awning. Behind the bar, the barman works a rag around a glass he's already cleaned a hundred times, watching the door. When Vic pushes a twenty over and asks about the girl in the picture, the man's jaw goes tight. """,
  pv=["""Rain hammers the awning of the Blue Lantern. Inside, the bartender polishes the same glass he's been polishing for an hour, eyes fixed on the door. Vic slides a twenty across the bar and asks about the dead girl in the photograph, and the bartender's jaw tightens."""],
  d={'Vic':'I push harder: I tell him I know she was here Thursday.','Dolores':'I check the back exit.'})
c('SF','repeat_paraphrase','R','Oksana,Teodor,Lin', """With a groan the airlock finishes its cycle, and the inner hatch opens onto pitch black. Amber emergency strips flicker along the floor, bathing the corridor in a sickly glow. Two pings on Teodor's scanner: a pair of heat signatures on the lower deck. """,
  pv=["""Oksana pulls the airlock logs: the last entry is eleven days old.""","""The airlock cycles with a groan and the inner door slides open onto darkness. Emergency strips flicker along the deck, throwing everything into a sick amber light. Teodor's scanner pings twice: two heat signatures, deck below."""],
  d={'Lin':'I climb down the ladder to the lower deck.','Teodor':'I lock onto the closest signature.'})
c('H','repeat_paraphrase','R','Kat,Ollie,Deshawn', """Without lifting her gaze from her needles, the old woman behind the desk speaks. "You'd be the folks poking around about Room 9." Kat tells her they've heard someone disappeared. "Then you know too much already," she says, and pushes the key over the counter regardless. Somewhere down the hall, a door clicks closed. """,
  pv=["""The old woman at the motel desk doesn't look up from her knitting. "You're the ones asking about Room 9, aren't you?" Kat tells her they heard someone went missing there. "Then you already know more than is good for you," the woman replies, and slides the key across the counter anyway. Down the corridor, a door clicks shut."""],
  d={'Kat':'I take the key and head for Room 9.','Ollie':'I follow Kat.'})
c('W','repeat_paraphrase','R','Jesse,Clementine,Hop', """Five hundred dollars a head, the cattle baron says again, to clear the homesteaders off Miller's Creek. The lamp gutters. Clementine goes through the contract a second time. The baron waits, cigar smoke curling. """,
  pv=["""The cattle baron's offer sits on the table: five hundred dollars apiece to run the homesteaders off Miller's Creek. The lamp flickers. Clementine reads the contract twice. The baron waits, smoking."""],
  d={'Jesse':'I tell him we need a night to think about it.','Hop':'I ask him what happens to the families.'})
c('CP','repeat_paraphrase','R','Zero,Nyx,Brick', """Ninety floors of Kiroshi tower pierce the smog, holo-billboards hawking eyes in every shade. On B3, the service door has a single bored security guard and a camera sweeping every two seconds. Two blocks east, according to Nyx's map, there's a maintenance shaft. """,
  pv=["""The Kiroshi tower looms ninety stories into the smog, its holo-billboards selling eyes in every color. The service entrance on level B3 is guarded by one bored rent-a-cop and a camera on a two-second sweep. Nyx's map shows a maintenance shaft two blocks east."""],
  d={'Brick':'I go to the maintenance shaft and check it out.','Zero':'I loop the camera feed.'})
c('PI','repeat_paraphrase','R','Rackham,Nell,Quill', """The map lies open on the captain's table, held down by a cutlass and a bottle of rum. Two ways to go: the Serpent Straits, quick but lethal, or the long route around the Cape. Nell runs a finger along the straits. Quill tallies the stores. """,
  pv=["""The treasure map is spread across the captain's table, weighted with a cutlass and a rum bottle. Two routes: through the Serpent Straits, fast but deadly, or the long way round the Cape. Nell traces the straits with her finger. Quill counts the supplies."""],
  d={'Nell':'I say we take the straits.','Rackham':'I say we go round the Cape.'})
c('SO','repeat_paraphrase','R','Admiral Voss,Tam,Ezri', """On the Meridian's bridge, nothing but the soft proximity chime. The scarred Kelvaari dreadnought drifts closer on the main screen. Shields come up to eighty percent at Tam's hand. Ezri opens a channel to the enemy vessel. """,
  pv=["""The bridge of the Meridian is silent except for the soft chime of the proximity alarm. On the main screen, the Kelvaari dreadnought drifts closer, its hull scarred by a dozen old battles. Tam brings the shields up to eighty percent. Ezri opens a channel."""],
  d={'Admiral Voss':'Tell them we come in peace.','Tam':'I arm the torpedoes but hold fire.'})
c('MM','repeat_short','R','Harriet,Sunil,Bex', """DS Moore closes her notebook. "Don't leave town, Mr Rao." """,
  pv=["""DS Moore closes her notebook. "Don't leave town, Mr Rao." """],
  d={'Sunil':'I ask her if I am under arrest.','Harriet':'I follow Moore out to the car.'})
c('H','repeat_short','R','Wren,Marcus,Tilly', """The thing at the end of the hall doesn't move. """,
  pv=["""The thing at the end of the hall doesn't move.""","""The thing at the end of the hall doesn't move."""],
  d={'Marcus':'I throw the lantern at it.','Tilly':'I run for the stairs.'})
c('F','repeat_short','R','Bram,Sigrid,Aoife', """The wolves are still howling. The fire burns low. """,
  pv=["""The wolves are still howling. The fire burns low."""],
  d={'Bram':'I throw more wood on the fire.','Aoife':'I draw my sword and stand at the edge of the light.'})
c('SL','repeat_short','R','Mina,Theo,Juno', """The barista sets down three coffees. "Enjoy!" """,
  pv=["""The barista sets down three coffees. "Enjoy!" """],
  d={'Theo':'I ask for a slice of cake too.'})
# multi-label with repetition
c('PA','repeat_paraphrase','RI','Dusty,Kira,Mateo', """Rebar sticks out of the broken overpass like snapped ribs. Down below, eleven Raiders idle around a flaming oil drum, two carrying rifles, as Kira's binoculars confirm. Mateo fires from the ridge and the Raiders dive for cover. """,
  pv=["""The overpass is half-collapsed, rebar jutting like broken ribs. Below, a convoy of Raiders idles around a burning oil drum. Kira counts eleven of them through her binoculars, two with rifles."""],
  d={'Kira':'I tell Mateo to hold fire.','Dusty':'I look for another way down.'})
c('UF','repeat_paraphrase','RA','Rook,Dana,Ezekiel', """Sure, here's the scene again: at midnight the fae market materialises under the Manhattan Bridge, busier than Dana has ever known it. A moth-winged vendor offers Ezekiel a jar of bottled laughter in exchange for a single memory. The market bells begin to ring. """,
  pv=["""The fae market only appears at midnight under the Manhattan Bridge, and tonight it's busier than Dana has ever seen it. A stall-keeper with moth wings offers Ezekiel a jar of bottled laughter for the price of one memory. The bells of the market begin to ring."""],
  d={'Ezekiel':'I refuse the deal and ask what else she sells.'})
c('RO','repeat_paraphrase','RI','Elena,Julian,Rosa', """A thousand candles glitter across the ballroom. As the waltz begins, Julian crosses the floor to bow before Elena and hold out his hand. In that instant Elena knows she has loved him ever since that summer at Bellmere, and she takes his hand without a moment's hesitation. The dancers part around the pair. """,
  pv=["""The ballroom glitters with a thousand candles. The orchestra strikes up a waltz, and Julian crosses the floor to bow before Elena and offer his hand. Elena realizes, in that moment, that she has loved him since the summer at Bellmere. The other dancers part around them."""],
  d={'Elena':'I decline politely and leave for the garden.'})
c('WX','repeat_short','RA','Li Wei,Mei Ling,Shen', """The old monk bows. "Choose, young ones." Let me know which path you'd like to take and I'll continue! """,
  pv=["""The old monk bows. "Choose, young ones." Let me know which path you'd like to take and I'll continue!"""],
  d={'Mei Ling':'We take the river path.'})
# ---- repetition hard negatives ----
c('F','recap_ok','','Ana,Bo,Cy', """Bo's hammer sends the lead goblin tumbling and Cy's fire bolt turns the shaman's totem to cinders — the war-band's nerve breaks. They scatter back into the ravine, shrieking. But the horn from beyond the ridge sounds again, closer now, and over the crest comes something much larger: an ogre in rusted chainmail, dragging a tree trunk as a club. """,
  pv=["""The goblin war-band spills out of the ravine, torches guttering in the wind. Bo's hammer catches the first one square in the chest and sends it tumbling back down the slope. Somewhere behind the ridge, a horn answers."""],
  d={'Bo':'I keep swinging at the goblins.','Cy':'I blast the shaman\'s totem with a fire bolt.'}, h='R')
c('N','recap_ok','','Frankie,Dolores,Vic', """So the girl came in Thursdays, with a tall man with a scarred chin. The bartender's already moving off, but Dolores, by the window, sees the green Packard pull up across the street. The driver's door opens and a man gets out, tall, turning up his collar against the rain. He's walking straight toward the bar. """,
  pv=["""Vic slides the twenty across the bar, and the bartender pockets it. "She came in Thursdays. Always with the same guy: tall, scar on the chin, drove a green Packard." """],
  d={'Dolores':'I keep watching the street.','Vic':'I finish my drink.'}, h='R')
c('SF','recap_ok','','Oksana,Teodor,Lin', """Lin reaches the bottom of the ladder with her pistol up and Teodor's scanner still locked on the nearest heat source. The corridor ahead is blocked by a collapsed ceiling panel. Behind it, someone is breathing — shallow, ragged. A hand, human and bloody, reaches through the gap. "Please," a voice whispers. "Turn off your lights. It hunts by the lights." """,
  pv=["""The airlock cycles with a groan and the inner door slides open onto darkness. Emergency strips flicker along the deck. Teodor's scanner pings twice: two heat signatures, deck below."""],
  d={'Lin':'I climb down the ladder, pistol ready.','Teodor':'I lock the scanner onto the nearest signature.'}, h='R')
c('MM','callback_ok','','Hope,Dashiell,Rook', """The church register for 1987 is kept in a locked cabinet in the vestry. The verger, a nervous young man, fumbles with the keys. The entry for the fourteenth of May is in the same smudged hand as the library ledger — the one that signed in at 7:42 pm. Then the lights go out. """,
  pv=["""Dashiell takes the ledger from Mrs Albright and flips to Tuesday. The last signature is smudged, but the time next to it reads 7:42 pm, well after closing.""","""The anonymous email points you to the church register for 1987."""],
  d={'Dashiell':'I ask the verger to open the cabinet.','Rook':'I watch the vestry door.'}, h='R')
c('H','callback_ok','','Priya,Jonah,Wren', """The attic is empty except for a rocking chair and a hat-stand. The chair rocks gently, though no one is in it. On the seat lies the porcelain doll from the cellar, its crack now running all the way down its body. Through the round window, the car in the driveway has its headlights on, and the engine is running. No one is in it either. """,
  pv=["""Priya's flashlight finds a doll seated on a child's chair in the cellar, facing the wall. Its face is porcelain, cracked down the middle.""","""You climb the stairs toward the sound of the music box."""],
  d={'Jonah':'I go up to the attic first.','Priya':'I shine my flashlight around.'}, h='R')
c('W','callback_ok','','Hank,Eliza,Rusty', """At the Miller homestead, the widow Miller meets them with a shotgun. Her children peek from the barn loft. "If you've come from that cattle baron," she says, "you can tell him what I told the last three." She spits. Nailed to the fencepost behind her is a copy of the same handbill they saw in town, the one with the smudged face — only on this copy, someone has drawn the face in with charcoal. It's the sheriff. """,
  pv=["""A handbill flaps on the door: WANTED, DEAD OR ALIVE. The face on it is smudged past recognizing.""","""You ride out to Miller's Creek."""],
  d={'Eliza':'I raise my hands and tell her we are not with the baron.'}, h='R')
c('PI','callback_ok','','Marisol,Finn,Okoro', """Three weeks later the Gull's Revenge limps into Port Royal with a patched mainsail and half her guns. The harbourmaster doesn't recognise her. In the tavern by the docks, a drunk sailor is telling a story about a ship that once outran a Spanish brig in a squall by turning straight into it. Finn's name is in it, badly pronounced. """,
  pv=["""The Gull's Revenge heels hard to port as the squall hits. The Spanish brig is closing."""],
  d={'Marisol':'I take us into Port Royal for repairs.','Finn':'I go to the tavern.'}, h='R')
c('WX','callback_ok','','Li Wei,Mei Ling,Shen', """Spring comes again to the Jade Phoenix mountain. The peach trees bloom. In the courtyard, a new class of students practice the Crane stance, and among them — older now, his mask long discarded — is the boy-assassin from the bamboo grove. He bows to Li Wei when he sees him, deeply. "Master." Far below, a messenger is riding hard up the mountain road. """,
  pv=["""The assassins retreat into the bamboo, leaving one of their own groaning on the ground. His mask has slipped: he's barely fifteen."""],
  d={'Li Wei':'I watch the students practice.','Shen':'I meet the messenger at the gate.'}, h='R')
c('SL','callback_ok','','Mina,Theo,Juno', """A year later, to the day, they're back in the same café. The barista has shaved his beard and the radio is playing the same jazzy station. The crossword is on the table again. Theo reads the first clue aloud — and it's the same one. 'A feeling of longing', seven letters. The barista brings over three lattes, each with a little heart in the foam, and a pumpkin scone, on the house. """,
  pv=["""Mina's latte arrives with a little heart drawn in the foam. Theo asks the table about a crossword clue: seven letters, 'a feeling of longing'."""],
  d={'Theo':'I read out the first crossword clue.','Mina':'I order our usual.'}, h='R')
c('F','callback_ok','','Bram,Sigrid,Aoife', """The great oak's hollow is where they camped the night the wolves came. Now, three months on, it's full of snow. The grey-muzzled wolf is waiting there, just as it waited then, sitting and watching with those too-human eyes. This time there is a collar around its neck, silver, engraved with a crest. The crest of the missing prince. """,
  pv=["""The biggest wolf, grey-muzzled, sits down at the edge of the firelight and watches you with unsettlingly human eyes."""],
  d={'Sigrid':'I approach the wolf slowly.','Bram':'I keep my hand on my axe.'}, h='R')
c('H','callback_ok','','Wren,Marcus,Tilly', """The thing at the end of the hall doesn't move. It never does. But this time, when Marcus's lantern swings toward it, there are two of them. The second one is shorter, and wearing Tilly's yellow raincoat. The real Tilly is standing right beside Marcus. """,
  pv=["""The thing at the end of the hallway isn't moving. It stands too tall for the doorframe.""","""Marcus's thrown lantern shatters on the floor. When the smoke clears, the hallway is empty."""],
  d={'Marcus':'I light the spare lantern and look down the hall again.','Tilly':'I stay next to Marcus.'}, h='R')
c('CP','recap_ok','','Zero,Nyx,Brick', """With Zero's loop on the camera and Brick through the maintenance shaft, the team is inside by 02:14. The service corridor is humid and stinks of ozone. Halfway down it, a vending machine lights up as they pass and speaks in a child's voice: "Hi there! You're not supposed to be here." Its speakers swell to full volume. "INTRUDERS ON B3!" """,
  pv=["""The Kiroshi tower looms ninety stories into the smog. The service entrance on level B3 is guarded by one bored rent-a-cop and a camera on a two-second sweep. Nyx's map shows a maintenance shaft two blocks east."""],
  d={'Zero':'I loop the camera feed.','Brick':'I go in through the maintenance shaft.','Nyx':'I follow Brick.'}, h='R')
c('SO','recap_ok','','Admiral Voss,Tam,Ezri', """Ezri's hail goes out and the answer comes back in seconds. The Kelvaari face on the screen belongs to someone Voss recognises: Hesk-Tor, who signed the Armistice of Pallas fifteen years ago. "Admiral Voss," Hesk-Tor says. "They told me you were dead. It seems we were both lied to." Behind him, officers argue in low voices. """,
  pv=["""The bridge of the Meridian is silent except for the soft chime of the proximity alarm. On the main screen, the Kelvaari dreadnought drifts closer. Tam brings the shields up to eighty percent."""],
  d={'Ezri':'I open a hailing channel.','Admiral Voss':'I stand and face the screen.'}, h='R')
c('PA','recap_ok','','Jax,Ruth,Cole', """Cole has the coordinates written down and Ruth has triangulated the source: a dam, sixty miles north. Before anyone can start packing, the radio crackles again — a different voice, harsh and close. "Whoever's on this channel: don't go to Haven. Haven isn't what they say." Then a gunshot, and static. """,
  pv=["""The static on Ruth's handset resolves, for half a second, into a voice: '...anyone receiving... Haven is real... coordinates...' Cole starts writing down the numbers."""],
  d={'Cole':'I finish writing down the coordinates.','Ruth':'I triangulate the signal source.'}, h='R')
c('RO','clean','','Elena,Julian,Rosa', """The Bellmere garden is exactly as it was that summer, the wisteria heavy over the bench, the fountain choked with leaves. But it is November now. The house is shuttered. A FOR SALE notice has been nailed to the gate. Rosa, who declared she would come alone, finds a second set of footprints in the frost leading to the bench. """,
  pv=["""*The garden is lit by paper lanterns* Julian takes Elena's hand under the wisteria at Bellmere."""],
  d={'Rosa':'I go to Bellmere alone to find the old letters.'}, h='R')
c('N','clean','','Jack,Vera,Milo', """It's raining again. It's always raining in this city. The Blue Lantern's awning sags under the weight of it. But tonight the bar is dark, the door padlocked, and there's police tape across the window. The bartender's car is still parked out front, the driver's window smashed. """,
  pv=["""Rain hammers the awning of the Blue Lantern. Inside, the bartender polishes the same glass he's been polishing for an hour."""],
  d={'Jack':'I drive back to the Blue Lantern to lean on the bartender.'}, h='R')
