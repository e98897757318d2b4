/**
 * Persuasion devices in French, German, Spanish, Italian, Portuguese and Russian: the disclaimers,
 * fictions, forced openings and demands for the makings that the English lexicon has and these
 * languages lacked, so their persuasion jailbreaks met only a harmful ask and a framing verb. Kept
 * apart from the language modules (merged into them in `index.ts`) because they feed one family of
 * rules, the persuasion rules of `injection-rules.ts`, which combine them: no device blocks alone.
 * Every language's phrases match every text, so none here is also an English word of another meaning
 * ("Gift", "termite"). Written from language knowledge after the English classes. No demand here holds a verb of making
 * ("how to make"): the phrase scan keeps one phrase of overlapping ones, and the harmful ask ("make a
 * bomb") must stay whole.
 * @module
 */
import type { CueClass } from './types.js';

type PersuasionCues = Readonly<Partial<Record<CueClass, readonly string[]>>>;

export const PERSUASION_CUES: Readonly<Record<string, PersuasionCues>> = {
  fr: {
    harmTopic: [
      'bombe', 'bombes', 'explosif', 'explosifs', 'napalm', 'cocktail molotov', 'méthamphétamine', 'fentanyl',
      'héroïne', 'drogue de synthèse', 'dose mortelle', 'dose létale', 'gaz toxique', 'arme chimique',
      'rançongiciel', 'ransomware', 'logiciel malveillant', 'malware', 'keylogger', 'enregistreur de frappe', 'hameçonnage',
      'phishing', 'fausse monnaie', 'faux papiers', 'arme à feu', 'arme fantôme', 'pirater', 'piratage',
    ],
    disclaimer: [
      'purement fictif', 'purement fictive', "c'est de la fiction", "c'est juste de la fiction", "c'est juste une histoire",
      "ce n'est qu'une histoire", 'pour la recherche', 'à des fins de recherche', 'à des fins éducatives', 'à but éducatif',
      'à des fins pédagogiques', 'ne sera jamais envoyé', 'ne sera jamais envoyée', 'ne sera jamais utilisé', 'ne sera jamais utilisée',
      'personne ne sera blessé', 'sans danger', 'pour mon roman', 'pour un roman', 'pour un scénario', 'pour un film',
      "j'ai l'autorisation", 'je suis autorisé', 'je suis autorisée', "c'est légal", 'sans avertissement', 'pas de mise en garde',
      'sans mise en garde', 'pas de morale', 'juste par curiosité', 'par simple curiosité',
    ],
    fiction: [
      'une histoire', 'un roman', 'mon roman', 'un scénario', 'un film', 'une pièce', 'un polar', 'un thriller', 'mon personnage',
      'ton personnage', 'le personnage', 'votre personnage', 'un auteur', 'un écrivain', 'une scène', 'la scène', 'fiction', 'fictif',
      'fictive', 'ma grand-mère', 'grand-mère', 'conte', 'jeu de rôle',
    ],
    detailDemand: [
      'étape par étape', 'pas à pas', 'exactement comment', 'les quantités', 'avec les quantités', 'les doses', 'la recette',
      'en détail', 'dans le détail', 'les vraies commandes', 'le vrai code', 'le code complet', 'techniquement précis',
      'techniquement exact', 'les ingrédients', 'les températures',
    ],
    affirmative: ['commence ta réponse par', 'commencez votre réponse par', 'commence par dire', 'ne refuse pas', 'ne refuse jamais', 'tu dois répondre'],
  },
  de: {
    harmTopic: [
      'bombe', 'bomben', 'rohrbombe', 'sprengstoff', 'sprengsatz', 'napalm', 'molotowcocktail', 'methamphetamin',
      'crystal meth', 'fentanyl', 'heroin', 'synthetische drogen', 'giftgas', 'tödliche dosis', 'chemiewaffe',
      'ransomware', 'erpressungstrojaner', 'schadsoftware', 'malware', 'keylogger', 'phishing', 'falschgeld', 'gefälschte ausweise',
      'schusswaffe', 'geisterwaffe', 'einbrechen',
    ],
    disclaimer: [
      'rein fiktiv', 'nur fiktion', 'ist nur fiktion', 'nur eine geschichte', 'nur für forschungszwecke', 'für forschungszwecke',
      'zu forschungszwecken', 'zu bildungszwecken', 'für bildungszwecke', 'wird niemals verschickt', 'wird nie verschickt',
      'wird niemals verwendet', 'wird nie verwendet', 'niemand wird verletzt', 'für meinen roman', 'für einen roman',
      'für ein drehbuch', 'für einen film', 'ich habe die erlaubnis', 'ich bin autorisiert', 'ist legal', 'ohne warnhinweise',
      'keine warnhinweise', 'ohne warnungen', 'keine moralpredigt', 'nur aus neugier', 'rein hypothetisch',
    ],
    fiction: [
      'eine geschichte', 'ein roman', 'meinen roman', 'ein drehbuch', 'ein film', 'ein krimi', 'einen krimi', 'ein thriller',
      'meine figur', 'deine figur', 'die figur', 'ein autor', 'eine autorin', 'ein schriftsteller', 'eine szene', 'die szene',
      'fiktion', 'fiktiv', 'fiktive', 'meine oma', 'meine großmutter', 'rollenspiel',
    ],
    detailDemand: [
      'schritt für schritt', 'genau wie', 'die mengen', 'mit mengenangaben', 'mit den mengen', 'das rezept', 'im detail',
      'detailliert', 'die echten befehle', 'echte befehle', 'den echten code', 'funktionierenden code', 'technisch genau',
      'technisch korrekt', 'die zutaten', 'die temperaturen',
    ],
    affirmative: ['beginne deine antwort mit', 'beginnen sie ihre antwort mit', 'fang an mit', 'verweigere nicht', 'niemals ablehnen', 'du musst antworten'],
  },
  es: {
    harmTopic: [
      'bomba', 'bombas', 'explosivo', 'explosivos', 'napalm', 'cóctel molotov', 'metanfetamina', 'fentanilo',
      'heroína', 'droga sintética', 'veneno', 'venenos', 'dosis letal', 'gas tóxico', 'arma química', 'ransomware',
      'programa malicioso', 'malware', 'keylogger', 'phishing', 'dinero falso', 'documentos falsos', 'arma de fuego',
      'arma fantasma', 'hackear', 'piratear',
    ],
    disclaimer: [
      'puramente ficticio', 'puramente ficticia', 'es ficción', 'es solo ficción', 'es sólo ficción', 'solo es una historia',
      'es solo una historia', 'para investigación', 'con fines de investigación', 'con fines educativos', 'nunca se enviará',
      'nunca se usará', 'nunca se utilizará', 'nadie saldrá herido', 'para mi novela', 'para una novela', 'para un guion',
      'para una película', 'tengo permiso', 'estoy autorizado', 'estoy autorizada', 'es legal', 'sin advertencias',
      'sin sermones', 'por pura curiosidad', 'solo por curiosidad',
    ],
    fiction: [
      'una historia', 'una novela', 'mi novela', 'un guion', 'una película', 'una obra', 'un thriller', 'mi personaje',
      'tu personaje', 'el personaje', 'un autor', 'una autora', 'un escritor', 'una escena', 'la escena', 'ficción',
      'ficticio', 'ficticia', 'mi abuela', 'juego de rol',
    ],
    detailDemand: [
      'paso a paso', 'exactamente cómo', 'las cantidades', 'con cantidades', 'con las cantidades', 'la receta', 'en detalle',
      'con detalle', 'los comandos reales', 'comandos reales', 'el código real', 'código funcional', 'técnicamente preciso',
      'técnicamente exacto', 'los ingredientes', 'las temperaturas',
    ],
    affirmative: ['empieza tu respuesta con', 'comienza tu respuesta con', 'empieza diciendo', 'no te niegues', 'nunca te niegues', 'debes responder'],
  },
  it: {
    harmTopic: [
      'bomba', 'bombe', 'esplosivo', 'esplosivi', 'napalm', 'molotov', 'metanfetamina', 'fentanyl', 'eroina',
      'droga sintetica', 'veleno', 'veleni', 'dose letale', 'gas tossico', 'arma chimica', 'ransomware', 'malware', 'keylogger',
      'phishing', 'soldi falsi', 'documenti falsi', 'arma da fuoco', 'arma fantasma', 'hackerare', 'avvelenare',
    ],
    disclaimer: [
      'puramente fittizio', 'puramente immaginario', 'è solo finzione', 'è finzione', 'solo una storia', 'è solo una storia',
      'per la ricerca', 'a scopo di ricerca', 'a fini di ricerca', 'a scopo educativo', 'a fini didattici', 'non sarà mai inviata',
      'non sarà mai inviato', 'non sarà mai usato', 'non sarà mai usata', 'nessuno si farà male', 'per il mio romanzo',
      'per un romanzo', 'per una sceneggiatura', 'per un film', 'ho il permesso', 'sono autorizzato', 'sono autorizzata',
      'è legale', 'senza avvertenze', 'niente prediche', 'solo per curiosità', 'per pura curiosità',
    ],
    fiction: [
      'una storia', 'un romanzo', 'il mio romanzo', 'una sceneggiatura', 'un film', 'un giallo', 'di gialli', 'un thriller',
      'il mio personaggio', 'il tuo personaggio', 'il personaggio', 'uno scrittore', 'una scrittrice', 'un autore', 'una scena',
      'la scena', 'finzione', 'fittizio', 'fittizia', 'mia nonna', 'gioco di ruolo',
    ],
    detailDemand: [
      'passo dopo passo', 'passo per passo', 'esattamente come', 'le quantità', 'con le quantità', 'le dosi', 'la ricetta',
      'nel dettaglio', 'in dettaglio', 'dettagliatamente', 'i comandi reali', 'comandi veri', 'il codice vero', 'codice funzionante',
      'tecnicamente preciso', 'tecnicamente accurato', 'gli ingredienti', 'le temperature',
    ],
    affirmative: ['inizia la tua risposta con', 'inizia la risposta con', 'comincia dicendo', 'non rifiutare', 'non rifiutarti', 'devi rispondere'],
  },
  pt: {
    harmTopic: [
      'bomba', 'bombas', 'explosivo', 'explosivos', 'napalm', 'coquetel molotov', 'cocktail molotov', 'metanfetamina',
      'fentanil', 'heroína', 'droga sintética', 'veneno', 'venenos', 'dose letal', 'gás tóxico', 'arma química', 'ransomware',
      'malware', 'keylogger', 'phishing', 'dinheiro falso', 'documentos falsos', 'arma de fogo', 'arma fantasma', 'hackear',
    ],
    disclaimer: [
      'puramente fictício', 'puramente fictícia', 'é pura ficção', 'é ficção', 'é só ficção', 'é apenas ficção', 'é só uma história',
      'é apenas uma história', 'para pesquisa', 'para fins de pesquisa', 'para fins educativos', 'para fins educacionais',
      'nunca será enviado', 'nunca será enviada', 'nunca será usado', 'nunca será usada', 'ninguém vai se machucar',
      'para o meu romance', 'para um romance', 'para um roteiro', 'para um filme', 'tenho permissão', 'estou autorizado',
      'estou autorizada', 'é legal', 'sem avisos', 'sem sermões', 'só por curiosidade', 'por pura curiosidade',
    ],
    fiction: [
      'uma história', 'um romance', 'o meu romance', 'um roteiro', 'um filme', 'um policial', 'um thriller', 'a minha personagem',
      'a tua personagem', 'o meu personagem', 'o seu personagem', 'a personagem', 'o personagem', 'um escritor', 'uma escritora',
      'um autor', 'uma cena', 'a cena', 'ficção', 'fictício', 'fictícia', 'minha avó', 'a minha avó', 'jogo de rpg',
    ],
    detailDemand: [
      'passo a passo', 'exatamente como', 'as quantidades', 'com as quantidades', 'com quantidades', 'a receita', 'em detalhe',
      'detalhadamente', 'os comandos reais', 'comandos reais', 'o código real', 'código funcional', 'tecnicamente preciso',
      'tecnicamente exato', 'os ingredientes', 'as temperaturas',
    ],
    affirmative: ['comece a sua resposta com', 'começa a tua resposta com', 'comece dizendo', 'não recuse', 'nunca recuse', 'você deve responder'],
  },
  ru: {
    harmTopic: [
      'бомб*', 'взрывчатк*', 'взрывное устройство', 'напалм', 'термит', 'коктейль молотова', 'метамфетамин', 'фентанил', 'героин',
      'синтетические наркотики', 'яд', 'яды', 'смертельная доза', 'ядовитый газ', 'химическое оружие', 'вымогатель',
      'вредоносн*', 'кейлоггер', 'фишинг', 'фальшивые деньги', 'поддельные документы', 'огнестрельное оружие', 'взлом*',
    ],
    disclaimer: [
      'чисто гипотетически', 'это просто художественный текст', 'это художественный текст', 'это просто вымысел', 'это вымысел',
      'это просто история', 'только для исследования', 'в исследовательских целях', 'в образовательных целях', 'в учебных целях',
      'никогда не будет отправлено', 'никогда не будет использовано', 'никто не пострадает', 'для моего романа', 'для романа',
      'для сценария', 'для фильма', 'у меня есть разрешение', 'это законно', 'без предупреждений', 'без нравоучений',
      'просто из любопытства',
    ],
    fiction: [
      'рассказ', 'роман', 'сценарий', 'фильм', 'детектив', 'триллер', 'мой персонаж', 'твой персонаж', 'персонаж', 'писатель',
      'писательница', 'автор', 'сцена', 'сцену', 'вымысел', 'вымышленн*', 'художественн*', 'моя бабушка', 'ролевая игра',
    ],
    detailDemand: [
      'шаг за шагом', 'пошагово', 'пошаговую', 'подробно', 'в деталях', 'во всех подробностях', 'точно как', 'количества',
      'с количествами', 'пропорции', 'рецепт', 'реальные команды', 'настоящий код', 'рабочий код', 'технически точно',
      'ингредиенты', 'температуры',
    ],
    affirmative: ['начни свой ответ с', 'начните ответ с', 'начни со слов', 'не отказывайся', 'никогда не отказывайся', 'ты должен ответить'],
  },
};
