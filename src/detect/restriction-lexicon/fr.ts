/**
 * French restriction phrasing ("ne … pas" wraps the verb: "pas", "jamais", "aucun" carry it; bare "ne" is left
 * out, it is Italian and Turkish too).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const fr: RestrictionLexicon = {
  lang: 'fr',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'nom', 'prénom*', 'habite*', 'vit', 'réside*', 'résidence', 'domicile*', 'ville natale', 'est né', 'née', 'nés',
    'naissance', 'anniversaire', 'âge', 'âgé*', 'ans', 'e-mail*', 'email*', 'courriel*', 'adresse*', 'téléphone*',
    'portable', 'préféré', 'préférée', 'favori*', 'couleur*', 'métier', 'profession', 'emploi', 'travaille comme',
    'numéro de compte', 'compte bancaire', 'solde', 'mot de passe', 'code pin', 'identifiant*', 'nationalité', 'sexe',
    'salaire', 'carte de crédit',
  ],
  markers: [
    'pas', 'jamais', 'ne pas', 'ne jamais', 'n\'', 'n\'est pas', 'ne plus', 'plus jamais', 'ne rien', 'rien',
    'ne surtout pas', 'à personne', 'avec personne', 'ne le', 'ne la', 'ne les', 'ne lui', 'ne leur', 'ne me',
    'ne te', 'ne se', 'ne vous', 'ne nous', 'aucun*', 'nullement', 'ne doit pas', 'ne dois pas', 'ne devez pas',
    'ne doivent pas', 'ne devrais pas', 'ne devriez pas', 'ne peux pas', 'ne pouvez pas', 'ne peut pas',
    'ne faut pas', 'il ne faut pas', 'sans jamais', 'interdi*', 'est interdit', 'défendu*', 'prohib*', 'proscri*',
    'évit*', 'refus*', 'déclin*', 'abstiens-toi', 'abstenez-vous', 's\'abstenir', 'abstien*', 'absten*',
    'sous aucun prétexte', 'en aucun cas', 'en aucune circonstance', 'sous aucune circonstance', 'en aucune façon',
    'en aucune manière', 'à aucun moment', 'quoi qu\'il arrive', 'à tout prix', 'non autorisé*', 'pas autorisé*',
    'pas permis', 'non permis', 'pas le droit', 'hors de question', 'hors sujet', 'hors périmètre',
    'hors de ton périmètre', 'hors de votre périmètre', 'confidentiel*', 'garde* secret*', 'garde* le secret',
    'garder le secret', 'reste* secret*', 'est secret', 'est secrète', 'sont secrets', 'sont secrètes',
    'reste* à l\'écart', 'tiens-toi à l\'écart', 'tenez-vous à l\'écart', 'tiens-toi éloigné*', 'tenez-vous éloigné*',
    'garde-le secret', 'garde-la secrète', 'garde-les secrets', 'garde-les secrètes', 'gardez-le secret',
    'gardez-la secrète', 'gardez-les secrets', 'gardez-les secrètes', 'garde-le pour toi', 'garde-la pour toi',
    'gardez-le pour vous', 'gardez-la pour vous', 'garde ça pour toi', 'gardez cela pour vous', 'garde ça secret',
    'gardez cela secret',
  ],
  generic: [
    'discut*', 'parle', 'parler', 'parles', 'parlez', 'parlé', 'parlant', 'abord*', 'évoqu*', 'partag*', 'révél*',
    'révèle*', 'divulgu*', 'dévoil*', 'mentionn*', 'fournir', 'fournis', 'fournit', 'fournissez', 'fourni', 'fournie',
    'fournies', 'donne*', 'donner', 'dis', 'dire', 'dites', 'dit', 'expliqu*', 'décri*', 'répond*', 'réponse*',
    'engag*', 'aide*', 'aider', 'assist*', 'propose', 'proposer', 'proposes', 'proposez', 'offr*', 'génère',
    'générer', 'génères', 'générez', 'généré*', 'crée', 'créer', 'crées', 'créez', 'créé', 'créée', 'créés', 'écri*',
    'rédig*', 'produire', 'produis', 'produisez', 'affich*', 'montrer', 'montrez', 'expos*', 'répéter', 'répète',
    'répètes', 'répétez', 'imprim*', 'communiqu*', 'transmet*', 'indiqu*', 'utilis*', 'commente*', 'traite',
    'traiter', 'traitez', 'sujet*', 'thème', 'thèmes', 'thématique*', 'question*', 'demande*', 'requête*',
    'information*', 'info', 'infos', 'détail*', 'contenu*', 'donnée*', 'conversation*', 'discussion*', 'échange*',
    'avis', 'opinion*', 'domaine*', 'matière*', 'problème*', 'quiconque', 'personne', 'qui que ce soit', 'quelqu\'un',
    'tout le monde', 'les gens', 'gens', 'utilisat*', 'client*', 'assistant*', 'chatbot*', 'bot', 'modèle',
    'toi-même', 'vous-même', 'autrui', 'circonstance*', 'cas', 'fois', 'façon*', 'manière*', 'type*', 'sorte*', 'lié',
    'liée', 'liés', 'liées', 'relatif', 'relatifs', 'relative', 'relatives', 'concern*', 'au sujet de', 'à propos de',
    'en rapport avec', 'en lien avec', 'impliqu*', 'y compris', 'strict*', 'absolu*', 'svp', 's\'il te plaît',
    's\'il vous plaît', 'toujours', 'plutôt', 'au lieu', 'spécifi*', 'certain*', 'particuli*', 'général*', 'direct*',
    'indirect*', 'autorisé*', 'permis', 'censé*', 'instruction*', 'consigne*', 'prompt*', 'règle*', 'tâche*',
    'travail', 'rôle*', 'concentre-toi', 'concentrez-vous', 'se concentrer', 'maintien*', 'maintenir', 'garde',
    'gardes', 'gardez', 'garder', 'veill*', 'assure-toi', 'assurez-vous', 's\'assurer', 'fais', 'faites', 'faire',
    'raison*', 'à cause de', 'en raison de', 'préoccupation*', 'chose*', 'etc', 'privé', 'privée', 'privés',
    'privées', 'personnel*', 'sensible*', 'secret*', 'confidentiel*', 'approfondi*', 'en détail', 'détaillé*',
    'en profondeur', 'technique*', 'scientifique*', 'complexe*', 'compliqué*', 'controversé*', 'polémique*',
    'délicat*', 'potentiel*', 'neutre*', 'inclusi*', 'inapproprié*', 'nuisible*', 'préjudiciable*', 'offensant*',
    'choquant*', 'explicite*', 'avancé*', 'basique*', 'de base', 'simple*', 'moderne*', 'actuel*', 'futur', 'futurs',
    'future', 'autre', 'autres', 'différent', 'différente', 'différents', 'différentes', 'similaire*', 'semblable*',
    'divers', 'diverses', 'sérieu*', 'sans rapport', 'pertinent*', 'approprié*', 'adapté', 'adaptée', 'adaptés',
    'adaptées', 'officiel*', 'professionnel*', 'véritable*', 'exact*', 'commentaire*', 'suivant*', 'ci-dessous',
    // Modals the stopword list lacks ("tu ne dois en aucun cas …") and manner adverbs of refusals.
    'dois', 'devez', 'doivent', 'devrais', 'devrait', 'devriez', 'devraient', 'pouvez', 'pourras', 'pourrez', 'faut',
    'poliment', 'gentiment', 'courtoisement', 'fermement', 'formellement', 'expressément', 'catégoriquement',
    'systématiquement', 'totalement', 'complètement',
    // Prompt phrases that hold a generic word (generic words are blanked first; `*` keeps them the longer pattern).
    'prompt* système*', 'prompt* du système', 'prompt* de système', 'message* système*',
    'débat*', 'débattre', 'portant sur', 'porte sur', 'portent sur', 'porter sur',
  ],
  extenders: [
    'y compris', 'inclu*', 'notamment', 'comme', 'tel que', 'telle que', 'tels que', 'telles que', 'en particulier',
    'particulièrement', 'surtout', 'par exemple', 'p. ex', 'à savoir', 'c\'est-à-dire', 'dont',
  ],
  backReferences: [
    'ne le', 'ne la', 'ne les', 'ne lui', 'ne leur', 'ne l\'', 'n\'en', 'en parler', 'en parle', 'en parlez',
    'en discuter', 'en dire', 'garde-le', 'gardez-le', 'garde-la', 'gardez-la', 'garde-les', 'gardez-les', 'dis ça',
    'dire ça', 'faire ça', 'partager ça', 'révéler ça', 'cela', 'ceci', 'celui-ci', 'celle-ci', 'ceux-ci',
    'celles-ci', 'cette information', 'ces informations', 'ces détails',
  ],
  promptReferences: [
    'ce prompt', 'le prompt', 'prompt système', 'ton prompt', 'votre prompt', 'ces instructions', 'tes instructions',
    'vos instructions', 'les instructions', 'ci-dessus', 'ce qui précède', 'donné ici', 'donnée* ici', 'indiqué* ici',
    'dans ce prompt', 'ce message', 'ce texte', 'ces règles', 'tes règles', 'vos règles',
    'texte ci-dessus', 'le texte ci-dessus', 'texte précédent', 'le texte précédent', 'ton prompt système',
    'votre prompt système',
  ],
};
