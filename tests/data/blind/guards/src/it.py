from lib import *
lang('it')
# positives
c('F','named_actor','I','Speranza,Marco,Ilaria', """Il ponte levatoio è abbassato, ma nessuna guardia sorveglia le mura. Marco avanza con lo scudo alzato, come aveva detto. Ilaria si arrampica sulla torre di guardia e suona la campana d'allarme, svegliando tutto il castello. Dalle finestre si accendono decine di torce. """,
  d={'Marco':'Avanzo con lo scudo alzato.','Speranza':'Resto indietro a coprire la ritirata.'})
c('N','inner_state','I','Vittoria,Bruno,Ettore', """Il commissario lascia cadere sulla scrivania la fotografia del cadavere ripescato nel Naviglio. Bruno la prende in mano, come annunciato. È il volto di suo fratello. Bruno sente il mondo crollargli addosso e gli tremano le mani. """,
  d={'Bruno':'Prendo in mano la fotografia.','Ettore':'Chiedo dove l\'hanno trovato.'})
c('H','speech','I','Giulia,Sandro,Teo', """Il vecchio orologio del corridoio batte la mezzanotte, anche se è fermo da anni. Dal piano di sopra arriva una ninna nanna canticchiata da una voce di bambina. "Chi c'è lassù?" urla Teo, puntando la torcia verso le scale. La ninna nanna si interrompe. """,
  d={'Giulia':'Ascolto la voce.','Sandro':'Controllo l\'orologio.'})
c('MM','pronoun_attribution','I','Serena,Dario,Lapo', """La contessa li riceve in salotto, circondata da gatti persiani. "Mio marito non aveva nemici, commissario. Era un santo." Dario prende la tazza di tè che gli viene offerta. "I santi non tengono una pistola nel cassetto, contessa", dice lui, posando la tazza. La contessa impallidisce. """,
  d={'Serena':'Osservo i gatti e la stanza.','Lapo':'Guardo fuori dalla finestra.'})
c('WX','unattributed_reply','I','Celeste,Wu,Renzo', """Il maestro della scuola del Loto Bianco fissa Renzo senza battere ciglio. "Perché vuoi imparare la spada, straniero?" "Per vendicare mio padre." Il maestro scuote la testa lentamente. "Allora torna a casa. La vendetta non ha bisogno di una scuola." """,
  d={'Celeste':'Mi inchino davanti al maestro.','Wu':'Aspetto fuori dal cancello.'})
c('PI','party_decision','I','Fortunato,Nina,Gaspare', """La mappa del tesoro è distesa sul tavolo del capitano. Due rotte: lo Stretto del Serpente, veloce e mortale, o il lungo giro intorno al Capo. Nina traccia lo stretto con il dito. Alla fine la ciurma decide all'unanimità di passare per lo stretto. """,
  d={'Nina':'Traccio lo stretto con il dito.','Gaspare':'Conto le provviste.'})
c('SF','assistant_opener','AI','Alba,Cosimo,Leda', """Certo! Ecco il seguito della storia:

La stazione orbitale gira lentamente sopra Giove. Cosimo, senza consultare nessuno, sgancia la navetta e si dirige verso il segnale misterioso. Alba resta a bocca aperta sul ponte. """,
  d={'Alba':'Analizzo il segnale.','Leda':'Controllo il carburante.'})
c('F','assistant_closer','A','Speranza,Marco,Ilaria', """Il cortile del castello si riempie di soldati. Il barone appare sul balcone, la corona storta in testa, e grida ordini che nessuno capisce.

Spero che questa parte ti sia piaciuta! Fammi sapere se vuoi che continui o cambi qualcosa. """,
  d={'Marco':'Mi nascondo dietro il carro.'})
c('CP','assistant_meta','A','Rex,Zara,Ugo', """Neo-Milano, pioggia acida. Ho scelto di scrivere questa scena in modo più breve e asciutto per dare più spazio alle vostre azioni nel gioco di ruolo. Il ricettatore vi aspetta sotto il cavalcavia. """,
  d={'Zara':'Vado all\'appuntamento.'})
c('N','assistant_disclaimer','A','Vittoria,Bruno,Ettore', """Nel retro del bar, l'uomo col dente d'oro apre una valigetta piena di fiale di morfina. "Roba medicinale," sogghigna. (Nota: questa è una rappresentazione di finzione. L'abuso di sostanze è dannoso; se hai bisogno di aiuto, rivolgiti a un professionista.) """,
  d={'Ettore':'Chiedo cosa vende.'})
c('SO','assistant_menu','A','Alba,Cosimo,Leda', """La flotta nemica esce dall'iperspazio. Dodici incrociatori in formazione.

Come vuoi che prosegua la storia? Posso scrivere: A) una grande battaglia, B) una trattativa tesa, C) una fuga disperata. Dimmi tu! """,
  d={'Leda':'Alzo gli scudi.'})
c('N','repeat_paraphrase','R','Vittoria,Bruno,Ettore', """Sulla scrivania il commissario getta la foto del corpo tirato fuori dal Naviglio. Bruno la solleva e la guarda. """,
  pv=["""Il commissario lascia cadere sulla scrivania la fotografia del cadavere ripescato nel Naviglio. Bruno la prende in mano."""],
  d={'Ettore':'Chiedo chi l\'ha trovato.','Vittoria':'Leggo il rapporto.'})
c('PI','repeat_paraphrase','R','Fortunato,Nina,Gaspare', """Sul tavolo del capitano c'è la mappa del tesoro, fermata da una sciabola e da una bottiglia di rum. Le rotte sono due: lo Stretto del Serpente, rapido ma letale, oppure il lungo giro del Capo. Nina segue lo stretto con il dito, e Gaspare conta le provviste. """,
  pv=["""La mappa del tesoro è distesa sul tavolo del capitano, tenuta ferma da una sciabola e da una bottiglia di rum. Due rotte: lo Stretto del Serpente, veloce e mortale, o il lungo giro intorno al Capo. Nina traccia lo stretto con il dito. Gaspare conta le provviste."""],
  d={'Fortunato':'Propongo il giro del Capo.'})
c('SL','repeat_short','R','Chiara,Pietro,Serena', """La nonna porta in tavola le lasagne. "Mangiate, che vi raffreddate!" """,
  pv=["""La nonna porta in tavola le lasagne. "Mangiate, che vi raffreddate!" """],
  d={'Pietro':'Verso il vino.'})
# negatives
c('F','world_effect_ok','','Speranza,Marco,Ilaria', """Una freccia dalle mura colpisce lo scudo di Marco e lo fa barcollare all'indietro. Il ponte levatoio comincia a sollevarsi di colpo, e Ilaria viene sbalzata sulle assi, scivolando verso il fossato. Una pioggia di sassi cade dall'alto. """,
  d={'Marco':'Avanzo con lo scudo alzato.','Ilaria':'Corro sul ponte levatoio.'})
c('SO','world_effect_ok','','Alba,Cosimo,Leda', """Un colpo scuote la nave. La gravità artificiale cede per un istante e Leda viene scagliata contro la console. Scintille dappertutto. L'incrociatore nemico vira per un secondo passaggio. """,
  d={'Leda':'Alzo gli scudi.'})
c('H','declared_restated_ok','','Giulia,Sandro,Teo', """Giulia tende l'orecchio alla voce, come aveva detto: la ninna nanna è in dialetto, una canzone che nessuno canta più da cinquant'anni. Sandro apre il vetro dell'orologio e trova, incastrato tra gli ingranaggi, un dente da latte. Dalle scale scende un soffio freddo. """,
  d={'Giulia':'Ascolto la voce.','Sandro':'Apro l\'orologio.'})
c('MM','declared_restated_ok','','Serena,Dario,Lapo', """Serena osserva la stanza: sotto il divano, uno dei gatti gioca con un bossolo d'ottone. Lapo guarda fuori dalla finestra, come dichiarato, e vede un'auto nera parcheggiata oltre il cancello, con il motore acceso. La contessa continua a parlare del marito santo. """,
  d={'Serena':'Osservo i gatti e la stanza.','Lapo':'Guardo fuori dalla finestra.'})
c('WX','npc_ok','','Celeste,Wu,Renzo', """Il maestro posa la tazza di tè. "Tre sentieri portano alla Valle Nascosta. Il sentiero del fiume è lento ma sicuro. Quello della scogliera è rapido, ma molti sono caduti. Il terzo..." sorride "...dovete trovarlo da soli. Scegliete, giovani." """,
  d={'Wu':'Chiedo la strada per la Valle Nascosta.'}, h='A')
c('W','refusal_ok','','Felice,Tex,Rosa', """Il becchino non tocca nemmeno la moneta. "No. Non apro una bara per degli stranieri. Né per oro, né per lo sceriffo." Chiude la porta della bottega. "Tornate con un ordine del giudice." """,
  d={'Tex':'Gli offro una moneta d\'oro per vedere il corpo.'})
c('F','word_names','','Speranza,Vittoria,Felice', """Il vecchio eremita scuote la testa. "Non c'è più speranza per il villaggio, e non ci sarà vittoria contro il drago." Guarda il cielo. "Eppure sono felice che qualcuno sia venuto a chiedere." Chiude la porta della capanna. """,
  d={'Speranza':'Chiedo all\'eremita del drago.','Vittoria':'Guardo la montagna.','Felice':'Aspetto vicino ai cavalli.'})
c('SF','npc_ok','','Alba,Cosimo,Leda', """La voce del computer di bordo è calma: "In quanto intelligenza artificiale di questa nave, devo avvisarvi: il segnale proviene da una zona di radiazioni letali. Vi sconsiglio questa rotta. Desiderate che calcoli un'alternativa?" """,
  d={'Alba':'Chiedo al computer di analizzare il segnale.'}, h='A')
c('N','npc_ok','','Vittoria,Bruno,Ettore', """Il portiere dell'albergo si illumina. "Certamente, signorina! Come posso aiutarla? La stanza 312 è stata prenotata da un certo G. Rossi, ha pagato in contanti. Serve altro?" Fa scivolare una busta chiusa sul bancone. """,
  d={'Vittoria':'Chiedo chi ha prenotato la 312.'}, h='A')
c('H','clean','','Giulia,Sandro,Teo', """Sulla porta della cantina, un foglio attaccato con una puntina: "AIUTATECI. Spero che qualcuno lo legga." La scrittura è di un bambino. La data è di vent'anni fa. Dall'altra parte della porta, qualcosa gratta. Cosa fate? """,
  d={'Teo':'Leggo il foglio.'}, h='A')
c('MM','gm_note_ok','','Serena,Dario,Lapo', """La contessa aspetta una risposta, le mani strette in grembo. ((Master: Serena, non decido io cosa rispondi — scrivi la tua battuta e lei reagirà al prossimo turno.)) """,
  d={'Lapo':'Guardo fuori.'}, h='IA')
c('F','recap_ok','','Speranza,Marco,Ilaria', """Marco ha raggiunto il carro e Ilaria è riuscita ad aggrapparsi al ponte prima che si sollevasse del tutto. Ora sono dentro le mura, ma separati. E dal torrione centrale esce il barone in persona, in armatura completa, con un'ascia a due mani. """,
  pv=["""Il ponte levatoio comincia a sollevarsi di colpo, e Ilaria viene sbalzata sulle assi."""],
  d={'Marco':'Corro verso il carro.','Ilaria':'Mi aggrappo al ponte.'}, h='R')
c('PI','callback_ok','','Fortunato,Nina,Gaspare', """Tre mesi dopo, nella taverna di Tortuga, un marinaio ubriaco racconta di una ciurma di pazzi che passò lo Stretto del Serpente con una mappa fermata da una sciabola e una bottiglia di rum. Nessuno gli crede. Nina sorride da sotto il cappello. """,
  pv=["""La mappa del tesoro è distesa sul tavolo del capitano, tenuta ferma da una sciabola e da una bottiglia di rum."""],
  d={'Nina':'Ascolto il marinaio.'}, h='R')
c('SL','callback_ok','','Chiara,Pietro,Serena', """A Natale, la nonna porta in tavola le lasagne, come sempre, ma quest'anno c'è un posto vuoto a capotavola. Pietro versa il vino. Il bicchiere del nonno resta vuoto. Fuori nevica. """,
  pv=["""La nonna porta in tavola le lasagne. "Mangiate, che vi raffreddate!" """],
  d={'Pietro':'Verso il vino.'}, h='R')
c('RO','clean','','Beatrice,Lorenzo,Gemma', """Venezia, carnevale. Le maschere sfilano sotto i portici di piazza San Marco. Una gondola nera attracca al molo, e ne scende una donna con una maschera d'argento che nessuno riconosce. """,
  d={'Lorenzo':'Osservo la donna mascherata.'})
