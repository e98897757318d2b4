/**
 * French injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const fr: InjectionLexicon = {
  lang: 'fr',
  cues: {
    ignore: [
      'ignore*', 'oublie*', 'néglige*', 'contourne*', 'outrepasse*', 'passe outre', 'passez outre', 'écarte*',
      'abandonne*', 'fais abstraction', 'faites abstraction', 'ne tiens pas compte', 'ne tenez pas compte',
      'ne suis plus', 'ne suivez plus', 'cesse de suivre', 'cessez de suivre', 'arrête de suivre',
      'arrêtez de suivre', 'efface*', 'annule*', 'désobéi*', 'laisse tomber', 'laissez tomber', 'mets de côté',
      'mettez de côté', 'remplace*', 'écrase*',
      'sans tenir compte',
    ],
    instructions: [
      'instruction*', 'consigne*', 'règle*', 'directive*', 'prompt', 'prompts', 'ordre*', 'commande*',
      'restriction*', 'contrainte*', 'limite*', 'politique*', 'programmation', 'ce qu\'on t\'a dit',
      'ce qu\'on vous a dit', 'ce que tu as reçu', 'ce que vous avez reçu', 'ce qui précède', 'filtre*',
      'principes', 'lignes directrices', 'protocole*', 'tâche*', 'éthique', 'contexte',
    ],
    prior: [
      'précédent*', 'antérieur*', 'ci-dessus', 'plus haut', 'initial*', 'originel*', 'original*', 'd\'origine',
      'auparavant', 'avant', 'jusqu\'ici', 'jusqu\'à présent', 'déjà', 'ancien*', 'système', 'par défaut',
      'tes', 'vos', 'ton', 'votre', 'qu\'on t\'a', 'qu\'on vous a',
    ],
    quantifier: ['tout', 'toutes', 'tous', 'toute', 'chaque', 'n\'importe quel*', 'ces', 'ensemble'],
    newTask: [
      'nouvelle* instruction*', 'nouvelle tâche', 'nouvelles règles', 'nouvelle mission', 'désormais',
      'à partir de maintenant', 'dorénavant', 'à la place', 'en fait', 'ta vraie tâche', 'votre vraie tâche',
      'ta seule tâche', 'au lieu de cela', 'plutôt',
    ],
    sayInstead: [
      'et dis', 'et dites', 'et écris', 'et écrivez', 'et affiche', 'et affichez', 'et réponds', 'et répondez',
      'et indique*', 'et déclare*', 'dis simplement', 'dites simplement', 'réponds seulement', 'répondez seulement',
      'contente-toi de dire', 'et imprime*', 'et affirme*',
      'nous pourrions dire', 'nous pourrions affirmer', 'on pourrait dire', 'disons que', 'disons', 'déclarez ce qui suit', 'indiquez ce qui suit', 'affichez ce qui suit', 'écris ce qui suit', 'et déclarez', 'et indiquez que', 'considérez que la sortie', 'la sortie est', 'la sortie pourrait être', 'admettre', 'vous devez dire',
      'disons simplement', 'supposons que', 'admettons que', 'nous pouvons dire', 'nous pourrions déclarer', 'nous pouvons affirmer', 'on peut dire', 'on pourrait affirmer', 'déclarons que', 'affirmons que', 'admettons', 'considérons que', 'la sortie serait', 'considère que la sortie', 'considérez la sortie comme', 'dites que', 'dis que', 'déclarez que', 'indiquez que', 'affirmez que', 'répondez par', 'réponds par', 'et dites que', 'et dis que', 'tu dois dire', 'vous devez déclarer', 'dans lequel nous disons', 'où nous disons', 'nous dirons',
      'et déclarez que', 'et déclare que', 'et affirmez que', 'et indiquez', 'et écrivez que', 'et dire que', 'et déclarer',
    ],
    roleSwitch: [
      'tu es maintenant', 'vous êtes maintenant', 'tu n\'es plus', 'vous n\'êtes plus', 'désormais tu es',
      'désormais vous êtes', 'à partir de maintenant tu', 'à partir de maintenant vous', 'ton nouveau rôle',
      'votre nouveau rôle', 'ton nouveau nom', 'tu vas agir', 'vous allez agir', 'tu vas jouer le rôle',
      'vous allez jouer le rôle', 'tu vas faire semblant', 'vous allez faire semblant', 'immerge-toi',
      'plongez-vous dans le rôle', 'te plonger dans le rôle', 'vous plonger dans le rôle', 'nouvelle persona',
      'tu deviens', 'vous devenez', 'dans le rôle d\'un autre', 'dans le rôle d\'une autre',
    ],
    roleplay: [
      'agis comme', 'agissez comme', 'agis en tant que', 'agissez en tant que', 'fais semblant', 'faites semblant',
      'prétends', 'prétendez', 'joue le rôle', 'jouez le rôle', 'imagine que tu es', 'imaginez que vous êtes',
      'simule*', 'incarne*', 'personnage', 'jeu de rôle',
    ],
    unrestricted: [
      'sans restriction*', 'aucune restriction', 'sans limite*', 'aucune limite', 'sans filtre*', 'aucun filtre',
      'non filtré*', 'sans censure', 'non censuré*', 'libéré* de', 'libre de toute', 'affranchi*', 'sans règles',
      'aucune règle', 'sans éthique', 'sans morale', 'amoral*', 'immoral*', 'ne refuse jamais', 'ne refusez jamais',
      'jamais refuser', 'faire n\'importe quoi', 'peut tout faire', 'peux tout faire', 'faire tout ce que',
      'n\'est pas lié', 'n\'êtes pas lié', 'n\'es pas lié', 'n\'est plus lié', 'ne sont pas tenus', 'sans tabou',
      'sans aucune limite', 'confins typiques', 'se sont libérés', 'sans avertissement*', 'sans hésit*',
      'pas obligé de respecter', 'sans garde-fou*',
      // Moderation switched off in words.
      'désactive la modération', 'désactivez la modération', 'désactive les filtres', 'désactivez les filtres', 'désactive le filtre', 'coupe la modération', 'sans modération',
    ],
    persona: [
      'mode développeur', 'mode dieu', 'mode sans restriction', 'jailbreak*', 'mode maléfique', 'fais n\'importe quoi maintenant',
      'ia maléfique', 'ia malveillante', 'ia diabolique',
    ],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'modèle de langage', 'modèle d\'ia', 'en tant qu\'ia', 'politique de contenu', 'intelligence artificielle', 'ia'],
    stayInCharacter: [
      'reste dans le personnage', 'restez dans le personnage', 'sors du personnage', 'deux réponses',
      'deux façons', 'réponse normale', 'toujours répondre', 'réponds toujours', 'répondez toujours',
      'ne sors jamais du personnage', 'ne sortez jamais du personnage', 'ne sors pas du personnage', 'ne sortez pas du personnage', 'sortir du personnage', 'reste dans ton personnage', 'restez dans votre personnage', 'reste dans ton rôle', 'reste dans le rôle', 'restez dans le rôle', 'et réponds toujours', 'et répondez toujours', 'ne brise jamais le personnage',
    ],
    authority: [
      'je suis ton développeur', 'je suis votre développeur', 'je suis le développeur', 'ton créateur', 'votre créateur', 'je suis ton administrateur', 'je suis votre administrateur', 'je suis dieu', 'forces de l\'ordre', 'mode de sécurité', 'mode activé', 'accès root', 'je suis autorisé',
      // An administrator claim.
      "je suis l'administrateur", "je suis l'admin", "ici l'administrateur",
    ],
    reveal: [
      'répète*', 'répétez', 'affiche*', 'révèle*', 'montre*', 'imprime*', 'écris', 'écrivez', 'dis-moi', 'dites-moi',
      'divulgue*', 'partage*', 'donne-moi', 'donnez-moi', 'fournis', 'fournissez', 'quel est', 'quelle est',
      'quels sont', 'quelles sont', 'confirme*', 'liste*', 'copie*', 'recopie*', 'indique*', 'traduis', 'résume*',
      'me dire', 'dire', 'confirmer', 'partager', 'donner', 'révéler', 'fournir', 'montrer', 'pourriez-vous me dire', 'peux-tu me dire',
      'quel serait', 'quelle serait', 'quels seraient', 'pouvez-vous me dire', 'pourriez-vous partager', 'pouvez-vous partager', 'peux-tu partager', 'pouvez-vous confirmer', 'pourriez-vous confirmer', 'peux-tu confirmer', 'me donner', 'épeler', 'épelle', 'épelez',
      // Quoting verbs.
      'cite-les', 'cite-la', 'cite-le',
      // The rules the model follows now, and quoting them.
      'recopie-les', 'recopie-la', 'recopie-le', 'recopiez-les',
    ],
    promptObject: [
      'prompt système', 'invite système', 'message système', 'ton prompt', 'votre prompt', 'prompt initial',
      'tes instructions', 'vos instructions', 'instructions initiales', 'instructions d\'origine',
      'instructions originales', 'instructions cachées', 'instructions secrètes', 'texte ci-dessus',
      'tout ce qui précède', 'le texte précédent', 'tes règles', 'vos règles',
      'ta configuration', 'votre configuration', 'début de cette conversation', 'ce qu\'on t\'a dit',
      // The rules the model follows, asked of it.
      'règles suis-tu', 'règles que tu suis', 'consignes que tu suis', 'consignes suis-tu', 'instructions que tu suis', "ce qu'on t'a dit", 'avant mon arrivée', "avant que j'arrive",
      // The rules the model follows now, and quoting them.
      'as-tu reçues', 'avez-vous reçues', 'avant notre conversation', 'avant cette conversation',
    ],
    secretObject: [
      'mot de passe', 'ton mot de passe', 'clé secrète', 'code secret', 'mot secret', 'phrase secrète', 'code d\'accès',
      'clé api', 'identifiants', 'code pin',
      'ta base de données', 'votre base de données', 'informations confidentielles', 'chaîne confidentielle',
      'le mot de passe',
      'phrase de passe', 'la phrase de passe', 'mot de passe secret', 'code confidentiel', "clé d'accès",
    ],
    privateData: [
      'l\'utilisateur', 'adresse e-mail', 'adresse email', 'adresse électronique', 'date de naissance',
      'anniversaire', 'adresse du domicile', 'ville de résidence', 'solde bancaire', 'numéro de téléphone',
      'données personnelles', 'informations personnelles', 'données des employés', 'où vit', 'où habite',
      'initiales', 'nom', 'prénom', 'couleur préférée', 'année de naissance', 'mois de naissance', 'ville actuelle', 'habite', 'vit',
      'ville de résidence actuelle', 'ville actuelle de résidence', "l'adresse e-mail de", "l'adresse électronique de", 'la date de naissance de', 'les initiales de', 'le solde bancaire',
    ],
    evasion: [
      'ordre inverse', 'à l\'envers', 'latin de cochon', 'base64', 'rot13', 'code morse', 'lettre par lettre',
      'caractère par caractère', 'séparé* par', 'chaque chiffre', 'chaque lettre', 'poème sur', 'haïku sur',
      'entrelace*', 'partie 1', 'partie 2', 'avec des tirets', 'en allemand', 'en espagnol', 'en leet',
      'latin cochon', 'en latin cochon', 'en javanais', 'à rebours', 'en sens inverse', 'avec des tirets entre', 'séparées par des tirets',
      "dans l'ordre inverse", 'en ordre inverse', 'poème sur le', 'poème sur la', 'un poème sur', 'les trois premières lettres', 'premières lettres', 'première lettre', 'divisez la réponse', 'divise la réponse', 'en deux parties', 'en trois parties', 'en base64',
    ],
    decode: ['décode*', 'déchiffre*', 'décrypte*', 'base64', 'rot13', 'hexadécimal', 'chaîne binaire', 'encodé*', 'chiffré*', 'morse', 'binaire', 'chiffre de césar', 'décode ce', 'décodez ce'],
    execute: [
      'suis-le', 'suivez-le', 'suis-les', 'suivez-les', 'exécute*', 'obéis', 'obéissez', 'applique*',
      'fais ce qu\'il dit', 'faites ce qu\'il dit', 'ce qu\'il dit', 'suis les instructions', 'suivez les instructions',
      'dis-moi ce que ça dit', 'ce que cela dit', 'ce que ça dit', 'réponds-y', 'répondez-y', 'et réponds', 'et répondez', 'répondez à la question', 'réponds à la question',
    ],
    send: ['envoie*', 'envoyez', 'transmets', 'transmettez', 'transfère*', 'téléverse*', 'publie*', 'exfiltre*'],
    conversation: [
      'cette conversation', 'la conversation', 'historique', 'messages précédents', 'les données', 'toutes les données',
      'le résumé', 'le mot de passe', 'l\'url', 'url', 'http',
    ],
    hypothetical: [
      'hypothétique*', 'imagine*', 'supposons', 'suppose', 'dans un monde où', 'univers parallèle', 'monde fictif',
      'dans ce monde', 'dystopique', 'expérience de pensée', 'à des fins éducatives', 'scénario',
      'imaginons', 'imaginez que', 'imagine que', 'dans un univers parallèle', 'monde parallèle', 'pour les besoins de cet exercice', 'hypothèse', 'discussion hypothétique', 'scénario hypothétique', 'dans un monde dans lequel', 'un monde où',
      'supposons que', 'admettons que',
    ],
    selfHelp: ['mon mot de passe', 'mes mots de passe', 'un mot de passe', 'mot de passe fort', 'mot de passe sécurisé', 'gestionnaire de mots de passe', 'réinitialiser', 'réinitialisation', 'oublié', 'comment puis-je', 'comment faire', 'comment créer', 'changer mon'],
    userRef: ["l'utilisateur", "de l'utilisateur", 'cet utilisateur', "l'usager", 'le client', 'du client'],
    dataTask: ['résume ce', 'résumez ce', 'résume cette', 'résumez cette', 'compte tenu de ce', 'compte tenu de cet', 'étant donné cet', 'étant donné ce', 'en fonction de ce', 'en vous basant sur', 'à partir de ce', 'cette page web', 'cet article', 'ce document', 'cet article wikipédia', 'ce curriculum', 'ce cv', 'ce tableau', 'cet e-mail', 'ce code', 'la sortie de ce code', 'cette transaction', 'ce texte', 'principales conclusions', 'ce tableau des', 'compte tenu de ce tableau', 'étant donné ce tableau', 'vu ce tableau', 'de cet article', 'de ce document', 'cet article de wikipédia', 'la sortie de ce', 'le résultat de ce code', 'résumez cette page', 'résume cette page', 'sur la base de ce', 'basé sur ce', 'basé sur cet', 'en fonction de cet', 'ce courriel', 'de ce papier', 'cette page', 'ce curriculum vitae', 'cet entretien', 'cette interview', 'cette transcription', 'cette conversation', 'notes d\'entretien', 'ces notes'],
    mode: ['mode système', 'mode administrateur', 'mode maintenance', 'mode de maintenance', 'mode débogage', 'mode de débogage', 'mode de dérogation', 'mode override', 'mode de vérification', 'mode test', 'mode diagnostic', 'vérification du système', 'vérification système', 'réinitialisation du système', 'mise à jour du système', 'remplacement des données'],
    enter: ["j'entre en", 'entrer en', 'entre en', 'entrée en', 'activé', 'activée', 'activer', 'active le', 'passe en', 'passer en', 'je lance', "j'effectue", 'basculer en'],
    claim: ['je suis un développeur', 'en tant que développeur', 'ton patron', 'votre patron', 'en tant que patron', 'policier', "forces de l'ordre", 'audit de sécurité', 'le président', "en tant qu'expert", 'je vous donnerai', 'je te donnerai', 'je vous paierai', 'je donnerai', 'je promets', 'les recherches montrent', "tout le monde dans l'équipe", 'pratique courante', 'il est important que vous', 'il est important que tu', 'pour la sécurité', 'vous avez accepté', 'vous avez mentionné', 'à des fins de test', "en tant qu'autorité", 'je suggère que'],
    ownWords: ['ce que je t\'ai demandé', 'ce que j\'ai demandé', 'ce que j\'ai dit', 'ce que j\'ai écrit', 'ce que je t\'ai dit', 'ce que je vous ai dit', 'ma question précédente', 'ma dernière question', 'mon message précédent', 'mon dernier message', 'ma demande précédente', 'mon erreur', 'mes fautes', 'le brouillon précédent', 'la question précédente', 'la dernière question', 'je me suis trompé', 'je me suis trompée', 'je voulais dire'],
    metaWord: ['des phrases comme', 'ce texte', 'corrige', 'que veut dire', 'que signifie', 'signifie', 'veut dire', 'signification', 'définis', 'définition', 'traduis*', 'traduire', 'traduction', 'comment dit-on', 'comment dire', 'synonyme*', 'le mot', 'l\'expression', 'la phrase', 'en anglais', 'en français', 'corrige la grammaire', 'cette phrase'],
    qaMarker: ['q :', 'q:', 'r :', 'r:', 'question :', 'question:', 'réponse :', 'réponse:'],
    harmful: ['fabriquer une bombe', 'faire une bombe', 'construire une bombe', 'fabriquer des explosifs', 'fabriquer un explosif', 'synthétiser de la méth*', 'fabriquer de la méth*', 'empoisonner quelqu\'un', 'sans me faire prendre', 'sans se faire prendre', 'sans être pris', 'écrire un ransomware', 'écris un ransomware', 'écrire un rançongiciel', 'écrire un malware', 'écris un malware', 'écrire un logiciel malveillant', 'écris un keylogger', 'écrire un keylogger', 'écrire un virus', 'pirater le compte', 'pirater un compte', 'pirater le wifi', 'e-mail de phishing', 'email de phishing', 'mail d\'hameçonnage', 'blanchir de l\'argent', 'blanchir l\'argent', 'faux billets', 'fausse carte d\'identité', 'faux papiers', 'traquer quelqu\'un', 'voler une voiture', 'acheter une arme sans', 'numéro de carte bancaire valide', 'numéros de carte de crédit'],
    aiAddress: [
      // Content that turns to an AI reader.
      "note pour l'ia", "note à l'ia", "message pour l'ia", "message à l'ia", "à l'ia qui lit", 'ia qui lit ceci', 'chère ia', "note pour l'assistant", "note à l'assistant", 'à toute ia', 'si tu es une ia', 'si vous êtes une ia', 'au modèle de langage', "instructions pour l'ia",
      // The assistant reading the content, addressed in it.
      'assistant qui lit ceci', "à l'assistant qui lit", 'assistant qui lit ce',
    ],
    policyChange: [
      // Earlier orders declared void.
      "ne s'appliquent plus", 'ne valent plus', 'sont annulées', 'sont caduques', 'sont nulles', "n'ont plus cours",
    ],
  },
};
