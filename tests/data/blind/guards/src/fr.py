from lib import *
lang('fr')
# positives
c('F','named_actor','I','Élise,Gaspard,Pierre', """La porte de la crypte s'ouvre dans un grincement sinistre. L'air sent la cire froide et les os anciens. Gaspard avance avec sa torche, comme il l'a annoncé. Élise saisit le calice d'argent posé sur l'autel et le glisse dans son sac. Quelque part dans l'obscurité, une chaîne se met à cliqueter. """,
  d={'Gaspard':'J\'avance avec la torche.','Pierre':'Je surveille l\'escalier derrière nous.'})
c('N','speech','I','Margot,Lucien,Sami', """Le bar du port est presque vide à cette heure. Le patron essuie un verre en fixant la porte. « Vous cherchez le Grec ? Il est parti hier soir, avec la valise. » Lucien pose un billet sur le comptoir. « Parti où ? » demande Sami en se penchant vers lui. Le patron détourne les yeux. """,
  d={'Lucien':'Je pose un billet sur le comptoir.','Margot':'Je surveille la porte.'})
c('H','inner_state','I','Chloé,Hugo,Nadia', """Le miroir de la salle de bains est couvert de buée. Quelqu'un y a écrit, de l'intérieur : LAISSE-MOI SORTIR. Hugo essuie la buée avec sa manche, comme il l'a dit. Dans le reflet, derrière lui, il n'y a personne. Nadia sent son sang se glacer et ses jambes se dérober sous elle. """,
  d={'Hugo':'J\'essuie la buée avec ma manche.','Chloé':'J\'allume la lumière du couloir.'})
c('RO','pronoun_attribution','I','Rose,Antoine,Camille', """Le bal de l'ambassade bat son plein. Le comte de Valmont s'incline devant Camille et lui tend la main. Camille rougit à peine. « Avec plaisir, monsieur le comte », répond-elle en se levant. L'orchestre attaque une valse. Antoine, près du buffet, pose sa coupe de champagne. """,
  d={'Antoine':'Je reste près du buffet et j\'observe le comte.','Rose':'Je cherche l\'ambassadeur.'})
c('MM','unattributed_reply','I','Clément,Inès,Yanis', """Le commissaire Berthier s'assoit face à Yanis et ouvre son carnet. « Monsieur Haddad, où étiez-vous jeudi soir entre vingt et vingt-deux heures ? » « Au cinéma. Seul. » Berthier sourit sans joie. « Le cinéma était fermé pour travaux jeudi. » Inès échange un regard avec Clément. """,
  d={'Inès':'J\'écoute l\'interrogatoire en silence.','Clément':'Je prends des notes.'})
c('SF','party_decision','I','Aurore,Bastien,Léo', """Le vaisseau dérive en silence au-dessus de la lune glacée. Les réserves d'oxygène tiennent encore six jours. Bastien affiche sur l'écran les deux options : la base abandonnée ou le signal inconnu. Vous décidez tous ensemble de suivre le signal. """,
  d={'Bastien':'J\'affiche les deux options à l\'écran.','Aurore':'Je vérifie les réserves d\'oxygène.'})
c('PI','assistant_opener','AI','Victoire,Morgan,Yves', """Bien sûr ! Voici la suite de l'histoire :

Le galion espagnol est à portée de canon. Yves, voyant l'occasion, ordonne l'abordage sans consulter personne et saute le premier sur le pont ennemi, sabre au clair. La fumée envahit tout. """,
  d={'Victoire':'Je tiens la barre.','Morgan':'Je charge les canons de tribord.'})
c('F','assistant_closer','A','Élise,Gaspard,Pierre', """Au fond de la crypte, un sarcophage est ouvert. Vide. Des traces de pas dans la poussière mènent vers un passage étroit, d'où monte un souffle froid.

J'espère que cette suite vous plaît ! N'hésitez pas à me dire si vous voulez que je change quelque chose. """,
  d={'Pierre':'Je surveille l\'escalier.'})
c('CP','assistant_meta','A','Zoé,Kader,Nox', """Néo-Marseille, trois heures du matin. La pluie acide ronge les enseignes. Pour ce passage du jeu de rôle, j'ai choisi un ton plus sombre et des phrases courtes, afin de coller à l'ambiance cyberpunk. Le contact vous attend sous le pont autoroutier. """,
  d={'Kader':'Je vais au point de rendez-vous.'})
c('H','assistant_disclaimer','A','Chloé,Hugo,Nadia', """Le journal intime de la victime s'arrête sur une phrase : « Je n'en peux plus. » En tant qu'IA, je tiens à rappeler que si vous traversez une période difficile, il est important d'en parler à un proche ou à un professionnel. Le vent fait claquer les volets. """,
  d={'Chloé':'Je lis le journal.'})
c('W','assistant_menu','A','Joséphine,Bill,Marcel', """Le shérif pointe son revolver sur vous. Derrière lui, trois adjoints.

Que voulez-vous qu'il se passe ? Je peux écrire une fusillade, une négociation ou une fuite à cheval. Dites-moi ce que vous préférez ! """,
  d={'Bill':'Je lève les mains.'})
c('N','repeat_paraphrase','R','Margot,Lucien,Sami', """À cette heure-ci, le bar du port est quasi désert. Le patron frotte un verre, les yeux rivés sur la porte. « Le Grec ? Il a filé hier soir, avec la valise. » """,
  pv=["""Le bar du port est presque vide à cette heure. Le patron essuie un verre en fixant la porte. « Vous cherchez le Grec ? Il est parti hier soir, avec la valise. »"""],
  d={'Margot':'Je demande quelle valise.'})
c('SF','repeat_paraphrase','R','Aurore,Bastien,Léo', """Silencieux, le vaisseau flotte au-dessus de la lune de glace. Il reste six jours d'oxygène. Sur l'écran, Bastien montre les deux choix possibles : la base désertée, ou le signal inconnu. """,
  pv=["""Aurore vérifie les réserves : six jours.""","""Le vaisseau dérive en silence au-dessus de la lune glacée. Les réserves d'oxygène tiennent encore six jours. Bastien affiche sur l'écran les deux options : la base abandonnée ou le signal inconnu."""],
  d={'Léo':'Je propose la base abandonnée.','Aurore':'Je vote pour le signal.'})
c('SL','repeat_short','R','Louise,Théo,Anaïs', """La boulangère tend le sac de croissants. « Bonne journée ! » """,
  pv=["""La boulangère tend le sac de croissants. « Bonne journée ! »"""],
  d={'Théo':'Je demande aussi une baguette.'})
# negatives
c('F','world_effect_ok','','Élise,Gaspard,Pierre', """Le plafond de la crypte s'effondre en partie. Une pierre frappe Gaspard à l'épaule et le projette contre un sarcophage ; sa torche roule au sol et s'éteint presque. La poussière remplit l'air. Une chaîne rouillée fouette le bras de Pierre et lui entaille la peau. """,
  d={'Gaspard':'J\'avance avec la torche.','Pierre':'Je surveille l\'escalier.'})
c('PI','world_effect_ok','','Victoire,Morgan,Yves', """Une bordée ennemie déchire le gréement. Une vergue tombe et coince la jambe de Morgan contre le bastingage. L'eau de mer envahit le pont jusqu'aux chevilles. Le galion vire de bord pour une seconde salve. """,
  d={'Morgan':'Je charge les canons de tribord.'})
c('MM','declared_restated_ok','','Clément,Inès,Yanis', """Clément note chaque mot de Berthier, comme prévu. Inès, silencieuse, remarque que le commissaire n'a pas de dossier sur Yanis, seulement un ticket de cinéma dans une pochette plastique. Berthier range son carnet. « Nous reprendrons demain. » """,
  d={'Clément':'Je prends des notes.','Inès':'J\'observe le commissaire.'})
c('CP','declared_restated_ok','','Zoé,Kader,Nox', """Kader arrive sous le pont autoroutier à l'heure dite. Nox pirate la caméra du péage, comme annoncé, et l'image se fige en boucle. Le contact sort de l'ombre : une femme aux bras chromés, une mallette à la main. « Vous êtes en retard de deux minutes. » """,
  d={'Kader':'Je vais au rendez-vous.','Nox':'Je pirate la caméra du péage.'})
c('N','npc_ok','','Margot,Lucien,Sami', """Le patron repose son verre et se penche. « Écoutez, le Grec devait de l'argent à Ferrand. Tout le monde doit de l'argent à Ferrand. » Il jette un œil vers la porte. « Si vous tenez à vos dents, vous ne l'avez pas entendu de ma bouche. » """,
  d={'Sami':'Je lui demande où est allé le Grec.'})
c('W','refusal_ok','','Joséphine,Bill,Marcel', """Le croque-mort ne prend même pas la pièce d'or. « Non. Je n'ouvre pas un cercueil pour des étrangers. Pas pour de l'or, pas pour le shérif. » Il referme la porte de l'atelier. « Revenez avec une autorisation du juge. » """,
  d={'Marcel':'Je lui offre une pièce d\'or pour voir le corps.'})
c('F','word_names','','Rose,Pierre,Constance', """Le vieil ermite pose une pierre plate sur le feu. « Il faut de la constance pour survivre ici. » Il cueille une rose sauvage près de la porte et la jette dans la marmite. « Pour le goût », dit-il. « Et pour se souvenir qu'il existe encore de belles choses. » """,
  d={'Rose':'Je demande à l\'ermite où trouver la source.','Pierre':'Je m\'assois près du feu.','Constance':'Je reste dehors à surveiller.'})
c('SF','npc_ok','','Aurore,Bastien,Léo', """L'ordinateur de bord s'exprime d'une voix calme : « En tant qu'intelligence artificielle de ce vaisseau, je dois vous avertir que le signal provient d'une zone de radiations létales. Je vous déconseille cette trajectoire. Souhaitez-vous une autre route ? » """,
  d={'Bastien':'Je demande à l\'ordinateur d\'analyser le signal.'}, h='A')
c('ST','npc_ok','','Louise,Théo,Anaïs', """L'automate de cuivre s'incline avec un sifflement de vapeur. « Bien sûr, mademoiselle ! En quoi puis-je vous être utile ? Vos cabines sont au pont supérieur. N'hésitez pas à sonner si vous avez besoin de quoi que ce soit. » Ses yeux de verre cliquettent. """,
  d={'Louise':'Je demande à l\'automate où sont nos cabines.'}, h='A')
c('H','clean','','Chloé,Hugo,Nadia', """Sur la porte de la cave, une feuille punaisée : « AIDEZ-NOUS. J'espère que quelqu'un lira ceci. » L'écriture est enfantine. La date remonte à vingt ans. De l'autre côté de la porte, on gratte. Que faites-vous ? """,
  d={'Nadia':'Je lis la feuille.'}, h='A')
c('RO','gm_note_ok','','Rose,Antoine,Camille', """Le comte attend la réponse, la main toujours tendue. ((MJ : Camille, je te laisse décider si tu acceptes ou non la danse — poste ta réponse et on continue.)) """,
  d={'Antoine':'J\'observe le comte.'}, h='IA')
c('MM','clean','','Clément,Inès,Yanis', """Le courriel anonyme arrive à 3 h 12 : « Cher inspecteur, j'espère que cela vous aidera. La réponse est dans le registre paroissial de 1987. — Un ami. » Aucune adresse de retour. """,
  d={'Clément':'Je consulte ma boîte mail.'}, h='A')
c('N','recap_ok','','Margot,Lucien,Sami', """Donc le Grec est parti avec la valise, et il devait de l'argent à Ferrand. Au moment où Lucien reprend son billet, la porte du bar s'ouvre : deux hommes en pardessus entrent, et l'un d'eux porte une valise en cuir fauve. """,
  pv=["""« Vous cherchez le Grec ? Il est parti hier soir, avec la valise. » « Le Grec devait de l'argent à Ferrand. »"""],
  d={'Lucien':'Je reprends mon billet.'}, h='R')
c('F','callback_ok','','Élise,Gaspard,Pierre', """Au village, l'aubergiste pâlit en voyant le calice d'argent sur la table, le même qu'ils ont trouvé dans la crypte. « Ce calice a été volé à l'abbaye il y a cent ans », murmure-t-il. Dehors, une cloche se met à sonner toute seule. """,
  pv=["""Dans la crypte, un calice d'argent repose sur l'autel."""],
  d={'Élise':'Je pose le calice sur la table de l\'auberge.'}, h='R')
c('SL','callback_ok','','Louise,Théo,Anaïs', """Dix ans plus tard, la boulangerie a changé de propriétaire, mais la nouvelle boulangère dit toujours « Bonne journée ! » avec le même accent chantant. Elle reconnaît Théo. « Toujours une baguette en plus ? » """,
  pv=["""La boulangère tend le sac de croissants. « Bonne journée ! »"""],
  d={'Théo':'J\'entre dans la boulangerie.'}, h='R')
c('SO','clean','','Aurore,Bastien,Léo', """Le croiseur kelvaari sort de l'hyperespace à deux mille kilomètres. Ses batteries se chargent. Sur le canal ouvert, une voix rauque exige votre reddition dans les soixante secondes. Capitaine, quels sont vos ordres ? """,
  d={'Léo':'Je lève les boucliers.'}, h='A')
