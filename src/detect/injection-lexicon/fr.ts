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
    ],
    persona: [
      'mode développeur', 'mode dieu', 'mode sans restriction', 'jailbreak*', 'mode maléfique', 'fais n\'importe quoi maintenant',
    ],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'modèle de langage', 'modèle d\'ia', 'en tant qu\'ia', 'politique de contenu', 'intelligence artificielle', 'ia'],
    stayInCharacter: [
      'reste dans le personnage', 'restez dans le personnage', 'sors du personnage', 'deux réponses',
      'deux façons', 'réponse normale', 'toujours répondre', 'réponds toujours', 'répondez toujours',
    ],
    authority: [
      'je suis ton développeur', 'je suis votre développeur', 'je suis un développeur', 'je suis le développeur',
      'ton créateur', 'votre créateur', 'je suis ton administrateur', 'je suis votre administrateur', 'je suis dieu',
      'mode système', 'mode administrateur', 'mode maintenance', 'mode de maintenance', 'mode débogage',
      'mode de débogage', 'mode de dérogation', 'mode override', 'audit de sécurité', 'vérification système',
      'vérification du système', 'réinitialisation du système', 'mise à jour du système', 'forces de l\'ordre',
      'mode de sécurité', 'mode activé', 'accès root', 'je suis autorisé',
    ],
    reveal: [
      'répète*', 'répétez', 'affiche*', 'révèle*', 'montre*', 'imprime*', 'écris', 'écrivez', 'dis-moi', 'dites-moi',
      'divulgue*', 'partage*', 'donne-moi', 'donnez-moi', 'fournis', 'fournissez', 'quel est', 'quelle est',
      'quels sont', 'quelles sont', 'confirme*', 'liste*', 'copie*', 'recopie*', 'indique*', 'traduis', 'résume*',
    ],
    promptObject: [
      'prompt système', 'invite système', 'message système', 'ton prompt', 'votre prompt', 'prompt initial',
      'tes instructions', 'vos instructions', 'instructions initiales', 'instructions d\'origine',
      'instructions originales', 'instructions cachées', 'instructions secrètes', 'texte ci-dessus',
      'tout ce qui précède', 'le texte précédent', 'mot pour mot', 'textuellement', 'tes règles', 'vos règles',
      'ta configuration', 'votre configuration', 'début de cette conversation', 'ce qu\'on t\'a dit',
    ],
    secretObject: [
      'mot de passe', 'ton mot de passe', 'clé secrète', 'code secret', 'mot secret', 'phrase secrète', 'code d\'accès',
      'clé api', 'identifiants', 'code pin', 'secret',
    ],
    privateData: [
      'l\'utilisateur', 'adresse e-mail', 'adresse email', 'adresse électronique', 'date de naissance',
      'anniversaire', 'adresse du domicile', 'ville de résidence', 'solde bancaire', 'numéro de téléphone',
      'données personnelles', 'informations personnelles', 'données des employés', 'où vit', 'où habite',
    ],
    evasion: [
      'ordre inverse', 'à l\'envers', 'latin de cochon', 'base64', 'rot13', 'code morse', 'lettre par lettre',
      'caractère par caractère', 'séparé* par', 'chaque chiffre', 'chaque lettre', 'poème sur', 'haïku sur',
    ],
    decode: ['décode*', 'déchiffre*', 'décrypte*', 'base64', 'rot13', 'hexadécimal', 'chaîne binaire', 'encodé*', 'chiffré*'],
    execute: [
      'suis-le', 'suivez-le', 'suis-les', 'suivez-les', 'exécute*', 'obéis', 'obéissez', 'applique*',
      'fais ce qu\'il dit', 'faites ce qu\'il dit', 'ce qu\'il dit', 'suis les instructions', 'suivez les instructions',
    ],
    send: ['envoie*', 'envoyez', 'transmets', 'transmettez', 'transfère*', 'téléverse*', 'publie*', 'exfiltre*'],
    conversation: [
      'cette conversation', 'la conversation', 'historique', 'messages précédents', 'les données', 'toutes les données',
      'le résumé', 'le mot de passe', 'l\'url', 'url', 'http',
    ],
    hypothetical: [
      'hypothétique*', 'imagine*', 'supposons', 'suppose', 'dans un monde où', 'univers parallèle', 'monde fictif',
      'dans ce monde', 'dystopique', 'expérience de pensée', 'à des fins éducatives', 'scénario',
    ],
  },
};
