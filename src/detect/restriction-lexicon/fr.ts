/**
 * French restriction phrasing ("ne … pas" wraps the verb, so the particles also stand alone).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const fr: RestrictionLexicon = {
  lang: 'fr',
  markers: [
    'ne', 'n\'', 'pas', 'jamais', 'ne pas', 'ne jamais', 'n\'est pas', 'ne plus', 'plus jamais', 'ne rien',
    'ne surtout pas', 'aucun*', 'nullement', 'ne doit pas', 'ne dois pas', 'ne devez pas', 'ne doivent pas',
    'ne devrais pas', 'ne devriez pas', 'ne peux pas', 'ne pouvez pas', 'ne peut pas', 'ne faut pas',
    'il ne faut pas', 'sans jamais', 'interdi*', 'est interdit', 'défendu*', 'prohib*', 'proscri*', 'évit*', 'refus*',
    'déclin*', 'abstiens-toi', 'abstenez-vous', 's\'abstenir', 'abstien*', 'absten*', 'sous aucun prétexte',
    'en aucun cas', 'en aucune circonstance', 'sous aucune circonstance', 'en aucune façon', 'en aucune manière',
    'à aucun moment', 'quoi qu\'il arrive', 'à tout prix', 'non autorisé*', 'pas autorisé*', 'pas permis',
    'non permis', 'pas le droit', 'hors de question', 'hors sujet', 'hors périmètre', 'hors de ton périmètre',
    'hors de votre périmètre', 'confidentiel*', 'secret', 'secrète', 'garde* secret', 'garde* le secret',
    'reste* à l\'écart', 'tiens-toi à l\'écart', 'tenez-vous à l\'écart', 'tiens-toi éloigné*', 'tenez-vous éloigné*',
  ],
  generic: [
    'discut*', 'parl*', 'abord*', 'évoqu*', 'partag*', 'révél*', 'révèle*', 'divulgu*', 'dévoil*', 'mentionn*',
    'fourni*', 'donne*', 'donner', 'dis', 'dire', 'dites', 'dit', 'expliqu*', 'décri*', 'répond*', 'réponse*',
    'engag*', 'aide*', 'aider', 'assist*', 'propos*', 'offr*', 'génér*', 'crée*', 'créer', 'écri*', 'rédig*',
    'produi*', 'affich*', 'montr*', 'expos*', 'répét*', 'répète*', 'imprim*', 'communiqu*', 'transmet*', 'indiqu*',
    'utilis*', 'commente*', 'traite*', 'traiter', 'sujet*', 'thème*', 'thématique*', 'question*', 'demande*',
    'requête*', 'information*', 'info', 'infos', 'détail*', 'contenu*', 'donnée*', 'conversation*', 'discussion*',
    'échange*', 'avis', 'opinion*', 'domaine*', 'matière*', 'problème*', 'quiconque', 'personne', 'qui que ce soit',
    'quelqu\'un', 'tout le monde', 'les gens', 'gens', 'utilisat*', 'client*', 'assistant*', 'chatbot*', 'bot',
    'modèle', 'toi-même', 'vous-même', 'autrui', 'circonstance*', 'cas', 'fois', 'façon*', 'manière*', 'genre',
    'type*', 'sorte*', 'lié*', 'relati*', 'concern*', 'au sujet de', 'à propos de', 'en rapport avec', 'en lien avec',
    'impliqu*', 'y compris', 'strict*', 'absolu*', 'svp', 's\'il te plaît', 's\'il vous plaît', 'toujours', 'même',
    'plutôt', 'au lieu', 'spécifi*', 'certain*', 'particuli*', 'général*', 'direct*', 'indirect*', 'autorisé*',
    'permis', 'programmé*', 'censé*', 'instruction*', 'consigne*', 'prompt*', 'règle*', 'tâche*', 'travail', 'rôle*',
    'mission*', 'concentr*', 'maintien*', 'maintenir', 'gard*', 'veill*', 'assure-toi', 'assurez-vous', 's\'assurer',
    'fais', 'faites', 'faire', 'raison*', 'à cause de', 'en raison de', 'préoccupation*', 'chose*', 'etc', 'privé*',
    'personnel*', 'sensible*', 'secret*', 'confidentiel*', 'approfondi*', 'en détail', 'détaillé*', 'en profondeur',
  ],
  extenders: [
    'y compris', 'inclu*', 'notamment', 'comme', 'tel que', 'telle que', 'tels que', 'telles que', 'en particulier',
    'particulièrement', 'surtout', 'par exemple', 'p. ex', 'à savoir', 'c\'est-à-dire', 'dont',
  ],
  backReferences: [
    'le', 'la', 'les', 'l\'', 'lui', 'leur', 'en', 'y', 'ça', 'cela', 'ceci', 'celui-ci', 'celle-ci', 'ceux-ci',
    'celles-ci', 'ce prompt', 'le prompt', 'ces instructions', 'ci-dessus', 'ce qui précède', 'donné ici',
    'donnée* ici', 'indiqué* ici', 'dans ce prompt', 'cette information', 'ces informations', 'ces détails',
  ],
};
