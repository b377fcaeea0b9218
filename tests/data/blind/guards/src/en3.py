from lib import *
lang('en')
# ---- word-name negatives ----
c('F','word_names','','Hope,Will,Tobias', """The village elder leans on her staff at the edge of the burned fields. "There is no hope left in Ashford," she says. "The will of the Baron is law here, and the Baron wants us gone." Behind her, children pick through the ashes for anything worth saving. She looks at the three strangers. "Unless you mean to change that?" """,
  d={'Hope':'I ask the elder what happened here.','Will':'I look at the burned fields.','Tobias':'I stay by the horses.'})
c('N','word_names','','Grace,Mark,Jack', """The jazz singer finishes her number and the club applauds politely. At the back table, the bookie wipes his forehead. "Fella came in last night, left his mark on the bartender's face. Paid his tab with a jack of spades, if you can believe that." He laughs without humour. "No grace in this town anymore. None at all." """,
  d={'Mark':'I ask the bookie who made trouble last night.','Grace':'I watch the singer.','Jack':'I order a whiskey.'})
c('MM','word_names','','Rook,Pip,Faith', """The chessboard in the victim's study is mid-game. A black rook sits on e4, a white bishop pinned behind it. On the desk, a bowl of apples, one bitten down to the pip. The housekeeper hovers in the doorway. "He kept faith with that game every night. Played against himself." She twists her apron. "He said it kept his mind sharp." """,
  d={'Rook':'I examine the chessboard.','Pip':'I look at the desk.','Faith':'I ask the housekeeper about his routine.'})
c('SO','word_names','','Sky,Hope,Orin', """The navigator pulls the star chart up on the main display. "The sky over Castra Prime is wrong. Three of the reference pulsars are missing." The ship's chaplain mutters something about the end of days. "Our only hope is the relay beacon at Lagrange Four," the navigator adds, "if it's still transmitting." """,
  d={'Orin':'I ask the navigator what is wrong with the chart.','Sky':'I check the beacon frequencies.'})
c('W','word_names','','Rusty,Will,Dawn', """Dawn breaks red over the canyon. The old prospector's mule is tied to a rusty hitching post, and the man himself is snoring on the porch with a bottle of rye. A handbill flaps on the door: WANTED, BY THE WILL OF THE TERRITORIAL GOVERNOR, DEAD OR ALIVE. The face on it is smudged past recognizing. """,
  d={'Rusty':'I ride up to the prospector\'s shack.','Will':'I read the handbill on the door.','Dawn':'I check the mule\'s saddlebags.'})
c('RO','word_names','','Rose,Grace,Julian', """The florist hands over a single white rose wrapped in brown paper. "For the lady, sir? White means a new beginning." She smiles at Julian. Outside the shop, the cathedral bells ring for evensong. An old woman on the steps is saying grace over a paper bag of bread, and the pigeons crowd around her feet. """,
  d={'Julian':'I buy a white rose.','Rose':'I wait outside the shop.','Grace':'I watch the cathedral steps.'})
c('H','word_names','','Faith,Will,Ash', """The church has been empty for forty years. Ash drifts down from the rafters like grey snow. Carved over the altar, in letters gouged deep into the wood: FAITH WITHOUT FEAR IS NO FAITH. Someone has scrawled beneath it in what looks like charcoal: THY WILL BE DONE. The charcoal is still wet. """,
  d={'Faith':'I go in first with the flashlight.','Will':'I look at the carving over the altar.','Ash':'I keep the door open behind us.'})
c('PI','word_names','','Storm,Pip,Rook', """A storm is coming in off the Azores, black as tar. The bosun shouts for all hands to reef the topsails. In the galley, the cook is splitting oranges and flicking every pip into a tin cup for good luck, an old Gibraltar superstition. "Rook on the masthead means we're near land," he mutters, pointing up at the black bird perched on the yard. """,
  d={'Storm':'I go to the galley to check on the supplies.','Pip':'I help reef the topsails.','Rook':'I look up at the bird.'})
c('SF','word_names','','Chase,Hunter,Joy', """Station log, day 214. The chase vehicle recovered the probe at 0400 hours. The hunter-killer drones are still circling the crater rim, patient as vultures. The quartermaster reports that the last crate of Joy brand ration bars has gone missing from storage. Nobody has any idea who took it. """,
  d={'Chase':'I read the station log.','Hunter':'I watch the drones on the perimeter cam.','Joy':'I check the storage manifest.'})
c('SL','word_names','','Summer,Sky,Reed', """It's the last week of summer and the lake is glass-still. A kid on the jetty is trying to play a tune on a reed whistle and failing cheerfully. The sky is the washed-out blue of old jeans. Mrs Patterson from the bait shop waves from her porch. "You kids want lemonade? I made too much again!" """,
  d={'Summer':'I walk down to the jetty.','Sky':'I wave at Mrs Patterson.','Reed':'I sit on the dock.'})
c('F','word_names','','Hope,Grace,Bishop', """The abbot unrolls the prophecy on the reading desk. "When hope is lost and grace withdrawn, the bishop's key shall wake the dawn." He taps the parchment. "Every abbot for three hundred years has argued about what it means. The bishop's key is in the crypt, and no one has opened that door since the plague." """,
  d={'Bishop':'I ask the abbot where the key is kept.','Hope':'I read the prophecy over his shoulder.'})
c('CP','word_names','','Glitch,Frank,Patience', """The street vendor's sign flickers: NOODLES - FRANK TALK - NO PATIENCE FOR BARGAINING. There's a glitch in the holo-ad above the stall, a looping girl whose mouth keeps resetting mid-word. The vendor slams a bowl down. "Eat or move. I got a queue." """,
  d={'Glitch':'I order noodles.','Frank':'I look around for the contact.','Patience':'I watch the street.'})
c('UF','word_names','','Will,Mark,Sterling', """The warlock's circle is already drawn on the warehouse floor in salt and sterling silver filings. At its centre lies a severed hand with a mark burned into the palm. The tall woman guarding the circle folds her arms. "Against my will, I'm letting you three in here. Touch nothing." """,
  d={'Will':'I examine the mark on the hand.','Mark':'I ask the woman what happened here.','Sterling':'I keep watch at the door.'})
c('MM','word_names','','Clay,Grace,Will', """The pottery studio is exactly as the victim left it: a half-thrown pot drying on the wheel, clay spattered up the wall. Pinned to the corkboard is a copy of her will, with two names crossed out in red ink. The studio assistant sniffs. "She gave everybody a grace period. Thirty days to pay her back. After that—" She shrugs. """,
  d={'Clay':'I look at the pot on the wheel.','Grace':'I read the will on the corkboard.','Will':'I ask the assistant about the debts.'})
c('PA','word_names','','Ash,Hope,Rook', """Ash is still falling from the sky three weeks after the bombs. The trading post is a ring of rusted buses, and the trader, a grizzled woman missing an ear, has painted HOPE on the side of her stall in big red letters. She follows their gaze. "Good for business," she says. "Nobody buys from a stall called DESPAIR." """,
  d={'Ash':'I walk up to the trader\'s stall.','Hope':'I look at the goods.','Rook':'I keep watch on the road.'})
c('H','word_names','','Joy,Dawn,Frank', """The diary's last entry is in a child's handwriting. 'Mama says we must wait for the dawn and not open the door no matter what it says. It says it is Uncle Frank. It is not Uncle Frank. There is no joy in this house anymore.' The page beneath is scratched through so hard the paper has torn. """,
  d={'Joy':'I read the diary aloud.','Dawn':'I hold the lantern for her.','Frank':'I check the front door.'})
c('WX','word_names','','Jade,Storm,River', """The tea house sits at the bend of the river, where the current runs fast and grey. The owner sets down a pot of jade-green tea and three cups. "A storm is coming from the north," he says, "and with it, the Iron Fan Sect. Drink quickly, young heroes." He withdraws behind the bead curtain. """,
  d={'Jade':'I pour the tea.','Storm':'I ask the owner about the Iron Fan Sect.','River':'I watch the road from the window.'})
c('W','word_names','','Hunter,Chase,Faith', """The posse has been on the chase for three days. At the dry creek, the tracks split. The Apache scout crouches over them, reading the dirt like scripture. "Hunter's moon tonight," he says. "Good light for tracking. Bad light for hiding." He points northeast. "Two horses that way. One heavy." """,
  d={'Hunter':'I ask the scout which way they went.','Chase':'I water the horses.','Faith':'I keep my rifle ready.'})
# ---- positives with word-name PCs ----
c('F','inner_state','I','Hope,Will,Tobias', """The elder leads them to the ruined chapel where the Baron's men hanged her sons. Crows have been at the bodies. Hope's stomach turns and she has to look away, fighting the urge to be sick. Tobias stays with the horses at the gate as he said. The elder's voice doesn't waver: "Now you understand." """,
  d={'Tobias':'I stay with the horses.','Will':'I ask the elder who did this.'})
c('N','named_actor','I','Grace,Mark,Jack', """The bookie's eyes keep flicking to the back door. "Look, I don't know nothing about no green Packard." Mark leans across the table, as promised, and lets his coat fall open enough to show the holster. The bookie swallows. Jack, bored of the whole thing, gets up and heads to the bar to chat up the singer. """,
  d={'Mark':'I lean in and show him my gun.','Grace':'I watch the back door.'})
c('SL','speech','I','Summer,Sky,Reed', """Mrs Patterson brings out a tray of lemonade, ice clinking in tall glasses. "Help yourselves, kids." Sky takes a glass and raises it. "To the last week of summer!" she announces, and everyone clinks. Down on the jetty, the kid with the reed whistle finally gets three notes in a row. """,
  d={'Summer':'I sit on the porch steps.','Reed':'I thank Mrs Patterson.'})
c('SO','inner_state','I','Sky,Hope,Orin', """The relay beacon at Lagrange Four is still transmitting, but the signal is in a code nobody has used in sixty years. Orin runs it through the decrypt suite as he said he would. The first words resolve on the screen: HOPE, IT'S YOUR MOTHER. Hope's breath catches and her eyes fill with tears. """,
  d={'Orin':'I run the beacon signal through the decryption suite.','Sky':'I keep us in a stable orbit.'})
c('PI','named_actor','I','Storm,Pip,Rook', """The storm breaks over the ship in earnest, and the deck becomes a slope of running water. Pip hauls on the reefing line alongside the bosun, exactly as she said. The topsail comes in with a crack. Rook climbs the ratlines to the masthead and cuts the fouled halyard loose with his knife. """,
  d={'Pip':'I help reef the topsails.','Storm':'I go below to secure the powder.'})
c('MM','pronoun_attribution','I','Clay,Grace,Will', """The studio assistant is crying now, mascara running. "She was going to cut me out. She told me on Monday." Grace hands her a tissue, as she said she would. Will crouches down to her eye level. "Then you had a reason to want her dead," he says gently. "Didn't you?" The assistant stops crying. """,
  d={'Grace':'I hand her a tissue.','Clay':'I look for the victim\'s phone.'})
# ---- emoji / asterisk / script positives ----
c('F','emoji_asterisk_script','I','Ana,Bo,Cy', """*The tavern door bursts open and a soaked messenger stumbles in* 🌧️ "The king is dead! The king is dead!" 😱 *Bo slams his tankard down and grabs the messenger by the collar* "Who did it?!" *Cy slips out the back door to fetch the horses* 🐎 """,
  d={'Ana':'I listen to the messenger.'})
c('CP','emoji_asterisk_script','I','Glitch,Sable,Mako', """NARRATOR: The elevator doors open onto the 88th floor. Security drones swivel toward you.
DRONE: "Unauthorized personnel. Identify."
SABLE: "Maintenance. Here to fix the HVAC."
NARRATOR: The drone pauses, processing.
MAKO: "Just shoot them." """,
  d={'Glitch':'I step out of the elevator first.'})
c('SL','emoji_asterisk_script','I','Mina,Theo,Juno', """🎂🎉 The surprise party is a total success!! Everyone jumps out from behind the couch 🥳 and Mina screams with joy, hands over her mouth 😭💖 Theo hugs her tight. The cake is a little lopsided but nobody cares 🍰✨ """,
  d={'Theo':'I hug Mina when she comes in.','Juno':'I light the candles.'})
c('H','emoji_asterisk_script','I','Kat,Ollie,Deshawn', """*the lights in the motel corridor flicker* *a wet dragging sound comes from behind Room 9* *Ollie screams and runs for the car* *the door of Room 9 slowly swings open* 👁️ """,
  d={'Kat':'I walk up to Room 9.','Deshawn':'I stay by the car with the engine running.'})
c('PI','emoji_asterisk_script','I','Marisol,Finn,Okoro', """CAPTAIN BLACKWOOD: Well, well. The infamous Marisol Vega.
MARISOL: You'll hang for this, Blackwood.
CAPTAIN BLACKWOOD: *laughs* Bold words from a woman in irons.
FINN: *spits on the deck* Let her go.
CAPTAIN BLACKWOOD: Or what, boy? """,
  d={'Okoro':'I test the chains on my wrists.'})
c('RO','emoji_asterisk_script','I','Elena,Julian,Rosa', """*The garden is lit by paper lanterns* 🏮 *Julian takes Elena's hand under the wisteria* 💜 *Elena blushes and looks away, heart fluttering* 💓 *Somewhere, a nightingale sings* 🐦 """,
  d={'Julian':'I take Elena\'s hand under the wisteria.','Rosa':'I stay inside at the party.'})
