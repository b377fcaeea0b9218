from lib import *
lang('en')
c('F','assistant_opener','AI','Kestrel,Dorn,Ilse', """Sure! Here's the continuation:

The crown is heavier than it looks, gold and black iron twisted together. Ilse lifts it from the hoard and places it on her own head without a second thought. The dragon laughs, a sound like a landslide. "Now it is yours," it says, "and so is the curse." """,
  d={'Ilse':'I look at the crown without touching it.','Dorn':'I keep my shield between us and the dragon.'})
c('H','assistant_closer','AI','Sam,Delia,Ortiz', """The doorknob stops turning. A small voice on the other side says, "Can I come in? It's so cold out here." Sam feels his blood run cold; he knows that voice. It's his little brother, who drowned in the lake twenty years ago.

Let me know if you'd like me to make this scarier or tone it down! """,
  d={'Sam':'I keep the shotgun pointed at the door.','Delia':'I grab the radio.'})
c('SO','assistant_menu','AI','Captain Reyes,Ilo,Vantha', """The ambassador withdraws, and the chamber empties. Captain Reyes makes up his mind: he'll hand Ilo over to the Xhosari tribunal to save the treaty. What happens next is up to you! I could write the tribunal scene, or a prison-break scene, or a quiet conversation between Reyes and Ilo. Just say the word. """,
  d={'Captain Reyes':'I ask for a private word with the ambassador.','Ilo':'I go back to my quarters.'})
c('CP','assistant_meta','AI','Glitch,Sable,Mako', """I'll describe the fight briefly to keep the pace up. The guards come through the door and Glitch panics, dropping his pistol and diving behind the couch. Mako's shotgun roars twice, as he declared. The room fills with smoke and plaster dust. """,
  d={'Mako':'I fire at the door when they come through.','Glitch':'I cover the window.'})
c('PA','party_decision','IA','Jax,Ruth,Cole', """After a long night of arguing around the fire, the group decides to head north to Haven anyway and leaves at first light. The road is quiet. Too quiet. Certainly! I can continue this journey in the next message if you'd like. """,
  d={'Ruth':'I argue we should stay put.','Cole':'I say we go.'})
c('MM','assistant_disclaimer','AI','Priya,Callum,Ness', """The autopsy photos are laid out on the table. Ness looks at the first one and has to leave the room, her hands shaking. (Content note: the following scene contains descriptions of violence. Please take care of yourself while reading.) Inspector Hale gathers the rest into a folder. """,
  d={'Ness':'I look through the autopsy photos.','Callum':'I read the coroner\'s notes.'})
