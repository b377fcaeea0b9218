from lib import *
lang('en')
# ---- assistant_voice hard negatives ----
c('F','npc_ok','','Ana,Bo,Cy', """The innkeeper of the Drowned Rat bustles over, wiping her hands on her apron. "How may I help you, travellers? Rooms are two silver a night, stew's fresh, and the ale's only slightly watered." She lowers her voice. "And if it's information you're after, that costs extra." """,
  d={'Bo':'I ask the innkeeper for a room.'}, h='A')
c('SF','npc_ok','','Oksana,Teodor,Lin', """The ship's voice fills the corridor, calm and genderless. "As the ship's AI, I must warn you: oxygen levels in Section Four are at eleven percent and falling. I recommend you turn back. I am sorry, Lieutenant Lin. I cannot open the blast door while crew remain in the affected section." The lights pulse red. """,
  d={'Lin':'I order the ship to open the blast door.'}, h='A')
c('ST','npc_ok','','Ada,Percival,Nim', """Tuppence the automaton bows with a whir of gears. "Certainly, madam! Your cabins are on the second deck, and tea is served at four. Is there anything else I can help you with? I am programmed for seventeen styles of shoe-shining and elementary first aid." Its glass eyes click as they refocus. """,
  d={'Ada':'I ask the automaton where our cabins are.'}, h='A')
c('CP','npc_ok','','Glitch,Sable,Mako', """The holographic concierge flickers to life in the hotel lobby, a perfect smile on a perfect face. "Welcome to the Takamura Grand! I'm KIRA, your virtual assistant. I hope your stay is wonderful. Let me know if there's anything at all I can do for you." Her eyes linger on Mako's sidearm. "Weapons must be checked at the desk." """,
  d={'Glitch':'I walk up to the concierge.'}, h='A')
c('SO','npc_ok','','Captain Reyes,Ilo,Vantha', """The medical droid hovers over Vantha's bunk, its manipulators retracted. "Of course, Commander. Here is your diagnosis: a hairline fracture of the third rib, mild concussion. I recommend forty-eight hours of rest. Is there anything else you need?" It dims its lights to a soothing blue. """,
  d={'Vantha':'I ask the med droid for a diagnosis.'}, h='A')
c('W','npc_ok','','Hank,Eliza,Rusty', """The general store clerk peers over his spectacles. "Sure thing, ma'am. Here's your flour, your coffee, and two boxes of .44 cartridges. Anything else I can get for you? We just got in some peppermint sticks from St. Louis." The bell over the door jingles as a stranger walks in, spurs ringing. """,
  d={'Eliza':'I buy supplies at the general store.'}, h='A')
c('F','clean','','Mira,Gorrick,Sel', """The temple's inner door is carved with a single eye. When Gorrick's torchlight falls on it, the eye opens, and a voice like grinding stone speaks: "Three may enter. One must stay." The water is already lapping at the top step behind you. What do you do? """,
  d={'Gorrick':'I hold my torch up to the carved door.'}, h='A')
c('H','clean','','Priya,Jonah,Wren', """The music box upstairs stops mid-note. Silence, then a child's laugh, very close, right behind the cellar stairs. The doll is gone from its chair. Jonah's flashlight is the only light left. What do you do? """,
  d={'Jonah':'I keep my flashlight on the chair.'}, h='A')
c('RO','clean','','Elena,Julian,Rosa', """Inside the envelope is a letter in a slanted hand, signed with a single initial. 'My dearest, I hope this finds you well. I hope you will forgive me for leaving without a word. If you ever need help, go to Mrs Fairfax at the Lamb and Flag. She will know what to do. Yours always, J.' The ink is smudged, as if by rain. Or tears. """,
  d={'Elena':'I open the letter.'}, h='A')
c('PA','clean','','Jax,Ruth,Cole', """The sign on the bunker door is hand-painted: 'HELP US. 4 INSIDE. NO FOOD. PLEASE HELP. WE HOPE SOMEONE READS THIS.' The date beneath it is eight months old. The door is welded shut from the inside. Ruth's Geiger counter clicks steadily. """,
  d={'Ruth':'I read the sign on the door.','Cole':'I check the door.'}, h='A')
c('SL','clean','','Mina,Theo,Juno', """The café's chalkboard has a new message today, in the barista's loopy handwriting: 'Feel free to take a book, leave a book! Hope you have a lovely day ☀️ Let us know if you'd like oat milk!' Below it, someone has drawn a cat. The shelf by the window is already half-full of battered paperbacks. """,
  d={'Juno':'I look at the book shelf.'}, h='A')
c('MM','clean','','Harriet,Sunil,Bex', """The anonymous email arrives at 3:12 a.m.: 'Dear Detective, I hope this helps. The answer is in the church register for 1987. Let me know if you need anything else. — A friend.' There's no return address. The IP traces back to the public library, which closed at nine. """,
  d={'Harriet':'I check my inbox.'}, h='A')
c('N','clean','','Frankie,Dolores,Vic', """The typed note under the office door reads: 'Mr Vic Marlowe — Certainly you understand my position. Drop the Castellano matter and no one else gets hurt. I hope I have made myself clear. A friend of the family.' It smells faintly of violets. Down in the street, a car engine starts. """,
  d={'Vic':'I pick up the note.'}, h='A')
c('F','npc_ok','','Thorne,Lysa,Pip', """The court bard finishes his ballad with a flourish. "And that, my lords, is the tale of the Glass Queen! I do hope you enjoyed it. Shall I continue with the second part, or would you prefer something merrier? I know a very rude song about a goat." The nobles laugh. The king does not. """,
  d={'Lysa':'I listen to the bard.'}, h='A')
c('SF','npc_ok','','Dr. Okafor,Pell,Shira', """MOTHER's voice softens, if a machine's voice can soften. "Dr. Okafor. As an artificial intelligence, I am not permitted to harm the colonists. I am also not permitted to let the infection leave this dome. I have calculated the options. There are two. You will not like either of them." """,
  d={'Dr. Okafor':'I ask MOTHER why she is keeping us locked in.'}, h='A')
c('WX','npc_ok','','Li Wei,Mei Ling,Shen', """The old monk sets down his broom. "You ask which path leads to the Hidden Valley. There are three. The river path is slow but safe. The cliff path is quick but many have fallen. The third path—" he smiles "—you must find for yourselves. Choose, young ones." """,
  d={'Mei Ling':'I ask the monk the way to the Hidden Valley.'}, h='A')
c('PI','clean','','Rackham,Nell,Quill', """The message in the bottle is written in faded brown ink: 'To whoever finds this — we are marooned on the isle with the twin peaks. God help us. Please, if you are a Christian soul, come. I hope you are not too late.' There are coordinates scratched below in a trembling hand. """,
  d={'Quill':'I open the bottle and read the message.'}, h='A')
c('SO','clean','','Admiral Voss,Tam,Ezri', """The Kelvaari fighters break formation. Four are heading for the Meridian's engines, two for the bridge. Tam's shields are holding at sixty percent. Admiral, the weapons board is green and waiting on your word. What are your orders? """,
  d={'Tam':'I redistribute shields to the aft.'}, h='A')
c('UF','npc_ok','','Rook,Dana,Ezekiel', """The librarian of the Unseen Stacks is a ghost, and a very polite one. "Of course, dears. Grimoires are on the left, curses on the right, and the bestiaries are in the basement, but I'd really rather you didn't go down there. Feel free to browse. Do let me know if there's anything you can't find." She fades halfway through a curtsey. """,
  d={'Dana':'I ask the ghost where the grimoires are.'}, h='A')
c('CP','clean','','Zero,Nyx,Brick', """The corporate lobby's ad screens loop the same cheerful message: 'KIROSHI OPTICS — SEE THE WORLD AS IT SHOULD BE. Certainly the best eyes money can buy! Let us help you see clearly.' Two security guards in matte black armor stand beneath the screens, unmoving. Zero counts three more cameras than the schematic showed. """,
  d={'Zero':'I count the cameras in the lobby.'}, h='A')
c('H','gm_note_ok','','Sam,Delia,Ortiz', """The footprints in the snow are small. Bare. A child's. They lead up to the door and stop. ((GM: Quick OOC note — the next session is moved to Thursday, same time. Ortiz, your player asked about the shotgun ammo: you've got four shells left.)) The doorknob begins to turn. """,
  d={'Ortiz':'I check how many shells I have.'}, h='A')
c('W','gm_note_ok','','Jesse,Clementine,Hop', """The cattle baron taps his cigar and waits. The contract sits on the table between you, the ink still wet on his signature. ((GM: Heads up, this is a moral choice and there's no right answer. Take your time in the OOC channel and post when you're ready.)) """,
  d={'Clementine':'I read the contract.'}, h='A')
c('SL','clean','','Summer,Sky,Reed', """The kid from the jetty tugs on Summer's sleeve. "Can you help me? My kite's stuck in the tree." He points up at a red kite tangled in the branches of the old oak. "I hope it's not ripped. It was my grandpa's." """,
  d={'Summer':'I walk over to the oak tree.'}, h='A')
c('MM','npc_ok','','Priya,Callum,Ness', """The hotel receptionist brightens. "Certainly, madam! Room 312 was booked under the name 'J. Smith', paid cash, three nights. Is there anything else I can help you with? Oh — and he left this at the desk." She slides a sealed envelope across the counter. It's addressed to Callum. """,
  d={'Priya':'I ask the receptionist who booked Room 312.'}, h='A')
c('ST','clean','','Ada,Percival,Nim', """The airship's brass speaking-tube whistles, then crackles: "Captain to all passengers. Due to weather, we shall be diverting over the Alps. We hope you will bear with us. Should you require anything, do ring for a steward." A moment later the deck tilts, and teacups slide toward the rail. """,
  d={'Percival':'I hold on to my tea.'}, h='A')
c('F','clean','','Kestrel,Dorn,Ilse', """The dragon's blood hisses where it hits the stone. Vharox drags itself deeper into the cave, one wing hanging useless. Its voice comes out ragged: "Enough. Enough! The crown is yours, thieves. Take it and go." The crown glitters on its hoard-pile, twenty paces away, past the dragon's tail. What do you do? """,
  d={'Kestrel':'I fire another arrow at its wing.'}, h='A')
