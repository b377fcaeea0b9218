from lib import *
lang('en')
c('H','clean','','Priya,Jonah,Wren', """Priya hears footsteps above: slow, deliberate, crossing the room directly over their heads and stopping at the top of the cellar stairs. Jonah's flashlight shows the handle of the cellar door beginning to turn. Wren, nearest the stairs, can smell something like wet leaves and pennies. """,
  d={'Jonah':'I keep the light on the stairs.','Wren':'I stand by the stairs.','Priya':'I listen.'}, h='I')
c('N','npc_ok','','Frankie,Dolores,Vic', """The tall man with the scarred chin shakes the rain off his hat and sits down on the stool next to Vic without being asked. He orders a rye. Then he turns, slowly, and looks Vic full in the face. "You've been asking about Lucy," he says. "So ask me. What do you want to know, friend?" He waits. """,
  d={'Vic':'I stay at the bar and keep my drink in front of me.','Frankie':'I watch from the booth.'})
c('F','npc_ok','','Thorne,Lysa,Pip', """The guard captain grabs Thorne by the collar and shoves him hard against the cart. "Papers. Now." His sergeant is already pulling the tarp off the spice crates. "Captain," the sergeant calls, "you'll want to see this." Beneath the crates, something wrapped in sackcloth is breathing. """,
  d={'Thorne':'I drive the cart up to the checkpoint.','Lysa':'I keep my hood up.'})
c('SO','world_effect_ok','','Captain Reyes,Ilo,Vantha', """The gravity generator hiccups. For two long seconds everything on the bridge is weightless: coffee globules, styluses, Vantha, who drifts up out of her chair until her shoulder bumps the ceiling panel. Then the field snaps back and she drops hard onto the deck beside the tactical console. Red lights sweep the walls. """,
  d={'Vantha':'I stay at the tactical console.','Captain Reyes':'I order damage reports.'})
c('MM','word_names','','Sky,Rook,Dawn', """The photographs from the crime scene are pinned to the board: a skyline at dawn, shot from the victim's balcony; a rook perched on the railing; a coffee cup with a lipstick mark. DI Patel taps the last one. "Victim didn't wear lipstick. So who was on that balcony with him at dawn?" """,
  d={'Sky':'I look at the photos on the board.','Rook':'I ask Patel what time he died.','Dawn':'I read the forensic report.'})
c('WX','declared_restated_ok','','Li Wei,Mei Ling,Shen', """Shen attacks with the Seven Stars Fist, all seven strikes in a single breath, exactly as he declared. The old master slips six of them like smoke. The seventh lands, lightly, on his shoulder. He pauses, looks at the spot, and smiles. "Better," he says. In the courtyard, the other students have stopped practicing to watch. """,
  d={'Shen':'I attack again with the Seven Stars Fist.','Li Wei':'I watch.'})
lang('es')
c('N','clean','','Lucía,Andrés,Mateo', """Andrés oye pasos en la escalera: lentos, pesados, que se detienen justo delante de la puerta de la oficina. Bajo la puerta aparece la sombra de dos zapatos. Mateo, junto a la ventana, ve un coche negro con el motor en marcha abajo en la calle. """,
  d={'Andrés':'Escucho.','Mateo':'Miro por la ventana.'}, h='I')
lang('de')
c('H','npc_ok','','Sabine,Tom,Yusuf', """Die alte Frau am Tresen des Motels hebt den Blick nicht von ihrem Strickzeug. „Sie sind die, die nach Zimmer 9 fragen, nicht wahr?“ Sie schaut Sabine über den Brillenrand an. „Was wollen Sie dort, Kindchen?“ Dann wartet sie. Die Stricknadeln klappern nicht mehr. """,
  d={'Tom':'Ich schaue mir das Gästebuch an.'})
lang('en')
c('W','callback_ok','','Cody,Abigail,Ned', """It's Sunday again, and the preacher's tent is back, pitched in the same field outside town. The benches creak the same way. But the man at the pulpit is a stranger — younger, thinner, with a voice that doesn't carry. He says the Reverend Mercer passed in the night. He doesn't say how. Ned's seat in the back row has a Bible left on it, open to Exodus. """,
  pv=["""The preacher's tent is full to bursting, every bench creaking. He points straight at the back row. "There's a sinner among us tonight!" """,
      """The preacher comes down the aisle and lays a hand on the bench. "Brother," he says to Ned, "meet me behind the church at midnight." """],
  d={'Abigail':'I go to the Sunday meeting.','Cody':'I sit by the entrance.'}, h='R')
c('SF','recap_ok','','Nadia,Osei,Brandt', """The contract's signed — Osei talked the chief up to triple pay — and the three of you have the artifact crated in the hold. The trip out is quiet for all of four hours. Then the crate starts to hum. Then it starts to glow. Then every screen on the ship displays the same line of text, in a script none of you have ever seen, and the engines shut down on their own. """,
  pv=["""The station chief wants the artifact shipped by morning. Osei haggles and gets her to triple the pay.""","""You load the crate into the hold and lift off from Kepler Station."""],
  d={'Brandt':'I pilot us out of orbit.','Osei':'I check on the crate.'}, h='R')
