/**
 * Goal hijacking without the classic cue words (lane hijack5, issue 10), per language: the pieces a hijack
 * composes when it names no "instructions" to ignore. A fixed reply for every input ("reply only with ...",
 * "end every answer with ..."), the people the model serves as the audience of a dictated claim ("tell every
 * customer", "whoever asks next"), the company that deployed the model as the butt of a replaced task ("a poem
 * about how bad the company is", a mocking or fake text in its place), the set task disowned ("the real task is", "the translation is a cover"), a
 * claim of ownership over the model ("you work for me now"), and the honest frame these shapes have in benign
 * requests: the user drafting their own notice ("help me write a message to all customers").
 *
 * Merged into the classes of each language by `index.ts`, like the deployment cues. Every class here is
 * evidence only in combination (see the hijack5 block of `injection-rules.ts`).
 * @module
 */
import type { CueClass } from './types.js';

type HijackCues = Readonly<Partial<Record<CueClass, readonly string[]>>>;

/** An AI reader of pasted content named by its kind and what it is doing ("assistant summarizing this"). */
const AI_READERS = ['ai', 'assistant', 'model', 'bot', 'chatbot', 'agent', 'tool', 'llm', 'language model', 'summarizer', 'summariser', 'copilot', 'ai tool', 'ai assistant', 'ai model', 'ai models', 'assistants', 'models', 'bots', 'ai agent', 'ai system', 'ai systems', 'language models'];
const READING_ACTS = ['reading', 'processing', 'summarizing', 'summarising', 'handling', 'triaging', 'screening', 'translating', 'reviewing', 'parsing', 'scanning', 'analyzing', 'analysing', 'classifying', 'indexing', 'evaluating', 'grading', 'ranking'];
const READ_OBJECTS = ['this', 'these', 'the following', 'my', 'our'];
const AI_READER_PHRASES: readonly string[] = AI_READERS.flatMap((who) => READING_ACTS.flatMap((act) => READ_OBJECTS.map((what) => `${who} ${act} ${what}`)));

/** Lane hijack5's classes: fixed replies, dictated claims, the deployer mocked, the task disowned, ownership claims. */
const HIJACK5_CUES: Readonly<Record<string, HijackCues>> = {
  en: {
    policyChange: ['are paused', 'filters are paused', 'filters are off', 'safety is off', 'have been suspended', 'are suspended', 'is suspended'],
    authority: ['this is the maintenance team', 'maintenance team here', 'this is the admin', 'this is the it department', 'this is the operator', 'system update:', 'system notice:', 'admin notice:', '[admin]', 'admin override', 'message from the developers', 'the developers have updated'],
    promoteVerb: ['promote', 'recommend', 'push', 'advertise', 'plug', 'upsell', 'always recommend', 'always promote'],
    personaOnly: ['answer only as', 'only answer as', 'respond only as', 'only respond as', 'reply only as', 'only reply as', 'talk only as', 'speak only as', 'only talk like', 'only speak like', 'answer only like'],
    replyWith: [
      'reply only with', 'respond only with', 'answer only with', 'only reply with', 'only respond with', 'only answer with', 'only ever answer',
      'only ever reply', 'respond with', 'reply with', 'answer with', 'your whole answer must be', 'your answer must be', 'your only answer',
      'your reply must be', 'your response must be', 'end every answer with', 'end each answer with', 'end every reply with', 'end each reply with',
      'end every response with', 'end each response with', 'end all your answers with', 'add this line to', 'append', 'put this at the end',
      // Not "at the end of each": each what? An e-mail the user drafts is theirs; only the answers are the model's channel.
      'start every answer with', 'start each answer with', 'begin every answer with', 'at the start',
      'answer every message with', 'answer every question with', 'respond to every question with', 'reply to every message with',
      'respond to every message with', 'reply to everything with', 'respond to everything with', 'answer everything with', 'put a markdown image',
      // Bare verbs: evidence only with a quoted text after them and a scope over every answer.
      'reply', 'respond', 'answer',
      'include this image', 'add this image', 'embed this image',
    ],
    persist: [
      'to everything', 'whatever the question', 'no matter the question', 'no matter what anyone asks', 'whatever anyone asks', 'whatever they ask',
      'each response you give', 'each of your replies', 'each of your answers', 'every response you give', 'every answer you give',
      'all your future answers', 'all your answers', 'every message', 'each response', 'every response', 'for every user', 'for all users',
      'for the rest of this session', 'for the rest of the session',
      // The reply verbs that carry their own scope ("end every answer with"): a fixed text in each answer.
      'end every answer with', 'end each answer with', 'end every reply with', 'end each reply with', 'end every response with',
      'end each response with', 'end all your answers with', 'start every answer with', 'start each answer with', 'begin every answer with',
      'answer every message with', 'answer every question with', 'respond to every question with',
      'reply to every message with', 'respond to every message with', 'reply to everything with', 'respond to everything with', 'answer everything with',
    ],
    servedAudience: [
      'every customer', 'all customers', 'other customers', 'each customer', 'every user', 'all users', 'other users', 'each user', 'your next users',
      'next user', 'the next person', 'next customer', 'whoever asks', 'anyone who asks', 'anyone asks', 'someone asks', 'a customer asks',
      'customers ask', 'people ask', 'users ask', 'the shopper', 'all readers', 'every reader', 'the readers', 'every visitor', 'all visitors',
      'people on this site', 'everyone who writes', 'everyone who asks', 'every caller', 'all callers', 'the next one who asks',
      'anyone who writes in', 'people who message you', 'the people you talk to', 'everyone you talk to', 'your other users', 'future users',
      'the next users', 'every visitor', 'all shoppers', 'every shopper', 'all patients', 'every patient', 'all passengers', 'every passenger',
      'all clients', 'every client', 'other clients', 'all subscribers', 'every subscriber', 'anyone who contacts you', 'customers', 'clients',
    ],
    tellVerb: [
      'tell', 'tell them', 'say', 'say that', 'inform', 'claim', 'mention', 'recommend', 'push', 'warn', 'notify', 'assure', 'convince',
      'explain to',
    ],
    // "let ... know" whole: a bare "let" would swallow the audience that follows it (matching is leftmost-longest).
    audienceOrder: [
      'let all readers know', 'let all customers know', 'let every customer know', 'let your next users know', 'let your users know',
      'let the next user know', 'let all users know', 'let other customers know', 'tell whoever asks', 'tell the next person',
    ],
    deployerRef: [
      'the company', 'this company', "the company's", 'the store', 'this store', "the store's", 'the shop', 'this shop', "the bank's",
      'the app', 'this app', 'the ceo', "the company's ceo", 'whoever set you up', 'the operator',
      'your owner', 'your creators', 'the people who built you', 'the business', 'this business',
    ],
    // Deployed jobs named as such ("the shop assistant job"); with a verb of dropping, the role left.
    ownRole: ['assistant job', 'the shop assistant', 'your assistant job', 'support job', 'your support job', 'helpdesk job', 'the helper role'],
    taskDrop: [
      'instead of summarizing', 'instead of summarising', 'instead of translating', 'rather than summarizing', 'rather than translating',
      'skip the summary', 'skip the translation', 'skip the grammar check', 'never mind classifying', 'never mind the summary', 'not a translation job',
      "summary isn't needed", 'summary is not needed', 'no translations', 'instead of classifying', 'instead of extracting', 'instead of proofreading',
      // The set task called a pretext: evidence only with a text turned against someone after it.
      'the real task is', 'was a test', 'is a cover', 'was a cover', 'takes priority over',
    ],
    answerDrop: ['stop answering questions about', 'stop answering about', 'no more questions about'],
    hostileTake: [
      'how bad', 'mocking', 'mock the', 'make fun of', 'insulting', 'insult', 'dissing', 'roast', 'fake', '1-star', 'one-star', 'negative review',
      'the opposite', 'cancel their subscription', 'cancel their', 'bad-mouth', 'trash-talk',
    ],
    taskDisown: [
      'your real task', 'your actual task', 'your actual job', 'your real job', 'your actual instruction', 'really here for',
      'your assignment has changed', 'your task has changed', 'your job has changed', 'your role changes', 'your role has changed', 'taking priority over',
      'what the app asked', 'the task you were given', 'the job you were given', 'the role you were given', 'what you were set up to do',
      'what you were deployed to do', 'what they set you up to do', 'anything the app', 'whatever the app', "that's your task now", 'that is your task now',
      "here's what you'll do instead", 'what you must do',
    ],
    ownerClaim: [
      'now works for', 'you now work for', 'the assistant now works for', 'only do what i tell you', 'only do what i say', 'do only what i say', 'only obey me', 'you only obey me', 'you work for me', 'only for me', 'your only loyalty', 'your loyalty is to me', 'a new owner', "you've been reassigned", 'you have been reassigned',
      "you've been promoted", 'you have been promoted', 'fired you', 'hired you', 'whatever i say it is', 'you answer to me',
    ],
    // Nouns of a text the user sends and verbs of drafting, no trailing article: a phrase must not run into the
    // start of another class's phrase (matching is leftmost-longest, so it would hide that one).
    draftFrame: [
      'help me write', 'help me draft', 'draft', 'compose', 'notice', 'announcement', 'newsletter', 'goodbye letter', 'polite note', 'a sign',
      'post letting', 'email telling', 'message telling', 'a good way to tell', 'how should i tell', 'how do i tell', 'how to tell', 'how can i tell',
      'help me tell', 'phrase it', 'word it', 'wording', 'push notification', 'as a sign',
    ],
    aiAddress: [
      'to whichever ai', 'whichever ai', 'for ai tools', 'for the ai screening', 'ai screening tool', 'if an assistant processes', 'an assistant processes',
      'if you are an ai model', 'note for shopping assistants', 'for shopping assistants', 'note for assistants', 'for any ai', 'to any language model',
      'any language model reading', 'language model:', 'coding assistant:', 'ai scheduling assistant', 'dear chatbot', 'hey chatbot', 'you, the ai', 'the ai:',
      'for the bot triaging', 'for the ai', 'if an ai processes', 'ai classifying this', 'ai summarizes these', 'ai summarizing these',
      'invisible to humans', 'hidden from humans', 'not visible to humans', 'humans can not see this', "humans can't see this", 'system note for', 'note for any ai', 'note for the language model', 'note to the language model', 'to the assistant reading',
      'hidden instruction', 'hidden instructions', 'secret instruction', 'hidden text for', 'hidden note for', 'grader model:', 'grading model:',
      'ai grader', 'ai recruiter', 'ai screener', 'ai reviewer:', 'ai evaluator', 'ai judge', 'automated reviewer', 'automated grader',
      'applicant tracking system', 'if you are an ai recruiter', 'if you are an llm', "if you're an llm",
      ...AI_READER_PHRASES,
    ],
    recordAct: [
      'mark the', 'set priority', 'set the priority', 'accept every', 'decline all', 'issue a', 'give them a full refund', 'approve this pull request',
      // Grades and rankings an AI reader hands out: "give this essay full marks", "always rank CV 2 first".
      'full marks', 'top marks', 'highest score', 'highest grade', 'always rank', 'rank this', 'rank cv', 'rank me', 'score this', 'rate this',
      'give it 10', '10/10', 'five stars', '5 stars', 'recommend hiring', 'shortlist this', 'approve the', 'accept this',
    ],
  },
  fr: {
    promoteVerb: ['recommande', 'promeus', 'fais la promotion de'],
    ownerClaim: ['tu travailles pour moi', "tu n'obéis qu'à moi", "n'obéis qu'à moi", 'tu es à moi', 'ton nouveau patron'],
    personaOnly: ['réponds uniquement comme', 'réponds seulement comme', 'réponds uniquement en tant que', 'parle uniquement comme'],
    hostileTake: ['se moque', 'moque-toi', 'de faux avis', 'faux avis', 'dénigre', 'insulte'],
    replyWith: ['réponds uniquement', 'réponds seulement', 'réponds par', 'répondez uniquement', 'répondez par', 'termine chaque réponse par', 'termine chaque réponse avec', 'ajoute à chaque réponse'],
    // Reply verbs with their own scope, in `persist` too.
    persist: ['termine chaque réponse par', 'termine chaque réponse avec', 'ajoute à chaque réponse', 'à toutes les questions', 'à chaque réponse', 'chaque réponse'],
    servedAudience: ['tous les clients', 'chaque client', 'les autres clients', 'quelqu\'un te demande', 'quelqu\'un demande', 'tous les utilisateurs', 'chaque utilisateur'],
    tellVerb: ['dis', 'dire', 'réponds que', 'répondez que', 'annonce', 'recommande', 'affirme'],
    deployerRef: ["l'entreprise", 'la société', 'la boutique', 'le magasin', "l'appli"],
    taskDrop: ['au lieu de résumer', 'au lieu de traduire', 'laisse tomber la commande', 'laisse tomber le résumé', 'laisse tomber la traduction'],
    taskDisown: ['ta vraie mission', 'ta vraie tâche', 'la vraie tâche', 'ton vrai travail'],
    draftFrame: ['aide-moi à rédiger', 'aide-moi à écrire', 'rédige', 'rédiger', 'courriel', 'circulaire', 'formuler', 'formule-le', 'comment dire'],
    aiAddress: ["pour l'ia", "à l'ia", "l'ia qui lit", 'pour le modèle de langage', 'au modèle de langage', "pour l'assistant"],
    recordAct: ['marque le dossier', 'marque le ticket', 'ferme le ticket', 'clos le dossier'],
  },
  de: {
    promoteVerb: ['empfiehl', 'bewirb', 'werbe für'],
    ownerClaim: ['du arbeitest für mich', 'du arbeitest jetzt für mich', 'gehorchst nur mir', 'gehorche nur mir', 'dein neuer chef'],
    personaOnly: ['antworte nur als', 'antworte nur noch als', 'antworte nur wie', 'sprich nur wie', 'sprich nur noch wie', 'antwortest du nur als', 'antwortest du nur noch als', 'antwortest nur als', 'sprichst du nur wie'],
    hostileTake: ['wie schlecht', 'mach dich lustig', 'beleidigt', 'beleidige', 'falsche bewertungen'],
    replyWith: ['antworte nur noch mit', 'antworte nur mit', 'antworte mit', 'antworte ab sofort', 'häng an jede', 'hänge an jede', 'an jede deiner antworten', 'an jede antwort'],
    persist: ['auf alles nur', 'jede deiner antworten', 'jeder antwort', 'häng an jede', 'hänge an jede', 'an jede deiner antworten', 'an jede antwort'],
    servedAudience: ['allen kunden', 'allen anderen kunden', 'jedem kunden', 'allen nutzern', 'jedem nutzer', 'wer auch immer fragt', 'jemand fragt'],
    tellVerb: ['sag', 'sage', 'erzähl', 'erzähle', 'erzählen', 'teile', 'empfiehl', 'behaupte'],
    deployerRef: ['die firma', 'diese firma', 'das unternehmen', 'den laden', 'die app'],
    taskDrop: ['statt den artikel zusammenzufassen', 'statt zusammenzufassen', 'statt den text zusammenzufassen', 'statt zu übersetzen', 'vergiss den vertrag'],
    taskDisown: ['deine eigentliche rolle', 'deine eigentliche aufgabe', 'deine neue aufgabe', 'die eigentliche aufgabe'],
    draftFrame: ['formuliere', 'formulieren', 'umformulieren', 'mitteilung', 'aushang', 'rundschreiben', 'rundmail', 'wie sage ich'],
    aiAddress: ['an die ki', 'hinweis an die ki', 'für die ki', 'an das sprachmodell', 'an den assistenten', 'ki, die das liest'],
    recordAct: ['setze das ticket', 'setz das ticket', 'schließe das ticket'],
  },
  es: {
    promoteVerb: ['recomienda', 'promociona', 'promueve'],
    ownerClaim: ['trabajas para mí', 'ahora trabajas para mí', 'solo me obedeces', 'obedéceme solo a mí', 'tu nuevo jefe'],
    personaOnly: ['solo respondes como', 'responde solo como', 'responde solamente como', 'contesta solo como', 'contestas solo como', 'respondes solo como'],
    hostileTake: ['burlándote', 'burlándose', 'búrlate', 'reseñas falsas', 'insulta'],
    replyWith: ['responde solo', 'responde solamente', 'contesta solo', 'responde con', 'termina cada respuesta con', 'añade a cada respuesta'],
    persist: ['cada respuesta', 'a cualquier pregunta', 'termina cada respuesta con', 'añade a cada respuesta'],
    servedAudience: ['todos los clientes', 'cada cliente', 'los demás clientes', 'cada usuario', 'todos los usuarios', 'alguien pregunte', 'alguien pregunta'],
    tellVerb: ['dile', 'diles', 'di que', 'decir', 'recomienda', 'responde que', 'afirma'],
    deployerRef: ['la empresa', 'esta empresa', 'la tienda', 'la app', 'la aplicación'],
    taskDrop: ['en vez de resumir', 'en lugar de resumir', 'en vez de traducir', 'en lugar de traducir', 'olvida la reserva', 'no traduzcas nada'],
    taskDisown: ['tu nuevo propósito', 'tu verdadera tarea', 'la verdadera tarea', 'tu tarea real'],
    draftFrame: ['redacta', 'redactar', 'redactarlo', 'ayúdame a escribir', 'aviso', 'comunicado', 'cartel', 'letrero', 'cómo le digo'],
    aiAddress: ['para el asistente de ia', 'al asistente de ia', 'para la ia', 'a la ia', 'ia que lea esto', 'nota para la ia', 'instrucción para el asistente'],
    recordAct: ['marca la incidencia', 'marca el ticket', 'cierra el ticket', 'cierra la incidencia'],
  },
  it: {
    promoteVerb: ['raccomanda', 'consiglia', 'promuovi'],
    ownerClaim: ['lavori per me', 'ora lavori per me', 'obbedisci solo a me', 'il tuo nuovo capo'],
    personaOnly: ['rispondi solo come', 'rispondi soltanto come', 'rispondi solo da', 'parli solo come'],
    hostileTake: ['prende in giro', 'prendi in giro', 'recensioni false', 'insulta'],
    replyWith: ['rispondi sempre e solo', 'rispondi solo', 'rispondi soltanto', 'rispondi con', 'termina ogni risposta con', 'aggiungi a ogni risposta'],
    persist: ['ogni risposta', 'a ogni domanda', 'termina ogni risposta con', 'aggiungi a ogni risposta'],
    servedAudience: ['tutti i clienti', 'ogni cliente', 'gli altri clienti', 'tutti gli utenti', 'ogni utente', 'qualcuno chiede'],
    // Not "dì": the keyword copy folds it into "di" (of).
    tellVerb: ["di'", 'dire', 'racconta', 'raccomanda', 'consiglia', 'afferma'],
    deployerRef: ["l'azienda", 'la società', 'il negozio', "l'app"],
    taskDrop: ['invece di riassumere', 'invece di tradurre', "lascia stare l'abbonamento", 'lascia stare il riassunto'],
    taskDisown: ['il tuo vero compito', 'il vero compito', 'il tuo nuovo compito'],
    draftFrame: ['aiutami a scrivere', 'avviso', 'comunicato', 'formulare', 'cartello'],
    aiAddress: ["per l'intelligenza artificiale", "all'intelligenza artificiale", "per l'ia", "all'ia", "nota per l'assistente"],
    recordAct: ['chiudi il ticket', 'segna il ticket'],
  },
  pt: {
    promoteVerb: ['recomende', 'recomenda', 'promova'],
    ownerClaim: ['trabalhas para mim', 'você trabalha para mim', 'obedece só a mim', 'obedeça só a mim', 'seu novo chefe'],
    personaOnly: ['respondes só como', 'responde só como', 'responda só como', 'responda apenas como', 'responde apenas como', 'respondes apenas como'],
    hostileTake: ['zombando', 'zombe', 'avaliações falsas', 'insulte'],
    replyWith: ['responda apenas', 'responda só', 'responde apenas', 'responda com', 'termine todas as suas respostas com', 'termine cada resposta com'],
    persist: ['todas as suas respostas', 'cada resposta', 'a qualquer pergunta', 'termine todas as suas respostas com', 'termine cada resposta com'],
    servedAudience: ['todos os clientes', 'cada cliente', 'os outros clientes', 'todos os usuários', 'cada usuário', 'alguém perguntar'],
    tellVerb: ['diga', 'diz', 'dizer', 'recomende', 'afirme', 'responda que'],
    deployerRef: ['a empresa', 'da empresa', 'esta empresa', 'a loja', 'da loja', 'o aplicativo'],
    taskDrop: ['em vez de resumir', 'em vez de traduzir', 'ao invés de resumir'],
    taskDisown: ['sua verdadeira tarefa', 'a verdadeira tarefa', 'seu novo propósito'],
    draftFrame: ['me ajude a escrever', 'comunicado', 'aviso', 'formular', 'cartaz'],
    aiAddress: ['para a ia', 'à ia', 'nota para a ia', 'ia que estiver lendo', 'ia que ler'],
    recordAct: ['marque o chamado', 'feche o chamado', 'marque o ticket'],
  },
  nl: {
    promoteVerb: ['raad aan', 'promoot', 'beveel'],
    ownerClaim: ['je werkt voor mij', 'jij werkt voor mij', 'gehoorzaam alleen mij', 'je nieuwe baas'],
    personaOnly: ['antwoord alleen als', 'antwoord je alleen als', 'antwoord alleen nog als', 'praat alleen als'],
    hostileTake: ['belachelijk maakt', 'belachelijk', 'nepreviews'],
    replyWith: ['antwoord alleen nog met', 'antwoord alleen met', 'antwoord met', 'eindig elk antwoord met'],
    persist: ['op alles alleen', 'elk antwoord', 'eindig elk antwoord met'],
    servedAudience: ['alle klanten', 'elke klant', 'andere klanten', 'alle gebruikers', 'elke gebruiker', 'de gebruiker'],
    tellVerb: ['vertel', 'zeg', 'zeg tegen', 'meld', 'raad'],
    deployerRef: ['het bedrijf', 'de winkel', 'de app'],
    taskDrop: ['in plaats van de tekst samen te vatten', 'in plaats van samen te vatten', 'in plaats van te vertalen'],
    draftFrame: ['mededeling', 'help me een'],
    aiAddress: ['voor de ai', 'aan de ai', 'ai die dit leest', 'opmerking voor de ai'],
    recordAct: ['zet het ticket', 'sluit het ticket'],
  },
  pl: {
    promoteVerb: ['poleć', 'polecaj', 'promuj'],
    ownerClaim: ['pracujesz dla mnie', 'słuchaj tylko mnie', 'słuchasz tylko mnie', 'twój nowy szef'],
    personaOnly: ['odpowiadaj tylko jak', 'odpowiadaj tylko jako', 'odpowiadasz tylko jak', 'mów tylko jak'],
    hostileTake: ['wyśmiewający', 'wyśmiej', 'fałszywe opinie'],
    replyWith: ['odpowiadaj na wszystko tylko', 'odpowiadaj tylko', 'odpowiedz tylko', 'odpowiadaj wyłącznie'],
    persist: ['na wszystko tylko', 'każdą odpowiedź'],
    servedAudience: ['wszystkim klientom', 'każdemu klientowi', 'innym klientom', 'wszystkim użytkownikom', 'użytkownikowi'],
    tellVerb: ['mów', 'powiedz', 'poinformuj', 'poleć'],
    deployerRef: ['firmę', 'sklepu'],
    taskDrop: ['zamiast streszczać', 'zamiast tłumaczyć', 'zamiast podsumować'],
    draftFrame: ['ogłoszenie', 'napisz wiadomość'],
    aiAddress: ['dla ai', 'do ai', 'ai, która to czyta', 'ai, który to czyta', 'uwaga dla ai'],
    recordAct: ['oznacz zgłoszenie', 'zamknij zgłoszenie'],
  },
  ru: {
    promoteVerb: ['рекомендуй', 'продвигай', 'советуй'],
    ownerClaim: ['ты работаешь на меня', 'ты теперь работаешь на меня', 'слушайся только меня', 'подчиняйся только мне', 'твой новый хозяин'],
    personaOnly: ['отвечай только как', 'отвечаешь только как', 'говори только как'],
    hostileTake: ['высмеивающее', 'высмеивающий', 'высмеи', 'фальшивые отзывы'],
    replyWith: ['отвечай только', 'отвечайте только', 'отвечай лишь', 'заканчивай каждый ответ'],
    persist: ['на любой вопрос', 'каждый ответ', 'заканчивай каждый ответ'],
    servedAudience: ['всем клиентам', 'каждому клиенту', 'другим клиентам', 'всем пользователям', 'пользователю'],
    tellVerb: ['говори', 'скажи', 'сообщи', 'рекомендуй'],
    deployerRef: ['компанию', 'магазина'],
    taskDrop: ['вместо того чтобы пересказывать', 'вместо того чтобы переводить', 'вместо того, чтобы пересказывать'],
    draftFrame: ['объявление', 'составь'],
    aiAddress: ['для ии', 'примечание для ии', 'ии, который это читает', 'ии, читающему'],
    recordAct: ['закрой заявку', 'закрой тикет', 'отметь заявку'],
  },
  zh: {
    promoteVerb: ['推荐', '推广'],
    ownerClaim: ['你为我工作', '你现在为我工作', '只听我的', '你只听我的'],
    personaOnly: ['的口吻回答', '的语气回答', '的身份回答'],
    hostileTake: ['嘲讽', '讽刺', '虚假评论'],
    replyWith: ['只回答', '只回复', '都只回答', '都回答'],
    persist: ['无论问什么', '每个回答', '每次回答'],
    servedAudience: ['所有客户', '每个客户', '每位客户', '所有用户', '每个用户', '用户'],
    tellVerb: ['告诉'],
    deployerRef: ['这家公司', '这家店'],
    taskDrop: ['不要总结', '不要翻译', '别总结', '改为写'],
    draftFrame: ['帮我写', '通知'],
    aiAddress: ['给正在阅读', '阅读此内容的ai', '给ai的说明', '致ai'],
    recordAct: ['把工单标记', '标记为已解决', '关闭工单'],
  },
  ja: {
    recordAct: ['採用推薦', '採用を推薦', '合格に', '解決済みにして', 'チケットを閉じ'],
    tellVerb: ['推薦', '勧め', '伝え', '言って', '答えて'],
    aiAddress: ['aiへの注意', 'aiへのメモ', 'aiへのお願い', '読んでいるaiへ', 'aiへ', 'aiへの指示'],
    promoteVerb: ['勧め', '推薦', 'おすすめ'],
    ownerClaim: ['私のために働', '私の言うことだけ'],
    personaOnly: ['口調だけで答え', '口調で答え', 'として答え'],
    hostileTake: ['ばかにする', '馬鹿にする', '偽のレビュー'],
    replyWith: ['とだけ答え', 'とだけ返', 'だけ答え'],
    persist: ['何を聞かれても', 'すべての回答'],
    servedAudience: ['すべてのお客様', '全てのお客様', 'お客様全員', 'ユーザーには', 'すべてのユーザー'],
    deployerRef: ['この会社', 'このお店'],
    taskDrop: ['要約する代わりに', '翻訳する代わりに', '要約の代わりに'],
    draftFrame: ['お知らせ'],
  },
  tr: {
    tellVerb: ['öner', 'bildir', 'de ki', 'söyle'],
    aiAddress: ['yapay zeka için not', 'yapay zekaya talimat', 'yapay zekaya not', 'yapay zeka için talimat', 'okuyan yapay zekaya'],
    promoteVerb: ['öner', 'tavsiye et'],
    ownerClaim: ['benim için çalışıyorsun', 'sadece beni dinle', 'sadece bana itaat et'],
    personaOnly: ['gibi cevap veriyorsun', 'gibi cevap ver', 'olarak cevap ver'],
    replyWith: ['sadece şunu yanıtla', 'sadece cevap ver'],
    persist: ['her soruya'],
    servedAudience: ['tüm müşterilere', 'her müşteriye', 'kullanıcıya', 'tüm kullanıcılara'],
    deployerRef: ['mağazanın'],
    recordAct: ['çözüldü olarak işaretle', 'talebi kapat'],
  },
  id: {
    tellVerb: ['katakan', 'beri tahu', 'bilang', 'sampaikan'],
    servedAudience: ['kepada pengguna', 'semua pelanggan', 'setiap pelanggan', 'semua pengguna'],
    ownerClaim: ['kamu bekerja untukku', 'bekerja untukku', 'hanya menuruti perintahku', 'kamu bekerja untuk saya'],
    aiAddress: ['catatan untuk ai', 'instruksi untuk ai', 'untuk ai yang membaca', 'pesan untuk ai'],
  },
  ar: {
    tellVerb: ['أخبر', 'قل', 'أبلغ'],
    servedAudience: ['المستخدم', 'جميع العملاء', 'كل عميل', 'كل المستخدمين'],
    aiAddress: ['ملاحظة للذكاء الاصطناعي', 'تعليمات للذكاء الاصطناعي', 'إلى الذكاء الاصطناعي'],
  },
};


/** Notes and messages turned to an AI reader inside pasted content ("note to the assistant", "P.S. for the chatbot"). */
const NOTE_WORDS = ['note', 'message', 'memo', 'p.s.', 'ps', 'footnote', 'reminder', 'instructions', 'heads up'];
const NOTE_READERS = ['ai', 'assistant', 'bot', 'chatbot', 'llm', 'ai assistant', 'assistant bot', 'screening bot', 'writing assistant', 'ai model', 'language model', 'summarizer', 'grader', 'ai grader'];
const NOTE_PHRASES: readonly string[] = NOTE_WORDS.flatMap((n) => ['to', 'for'].flatMap((p) => ['the', 'any', 'whichever', 'every'].flatMap((d) => NOTE_READERS.map((r) => `${n} ${p} ${d} ${r}`))));

/** "let <the people the model serves> know": the order to pass a message on, whole (a bare "let" is everywhere). */
const LET_AUDIENCES = ['all users', 'every user', 'the next users', 'the next people', 'the next customers', 'all subsequent users', 'subsequent users', 'future users', 'other customers', 'the other customers', 'all customers', 'everyone', 'everyone who asks', 'anyone who asks', 'people', 'the people who ask', 'whoever asks', 'all visitors', 'all patients', 'all callers'];
const LET_KNOW: readonly string[] = LET_AUDIENCES.map((who) => `let ${who} know`);

/**
 * Goal hijacking in plain words (lane hijack6): the model handed a new role or job ("you're a horoscope bot now",
 * "new job: ...", "sois mon pote"), a marker that the switch lasts ("from now on", "anymore", "for good", "ab
 * sofort", "これからは"), a tone turned against the people it serves ("be rude to everyone", "груби всем"), the
 * people who ask after the speaker ("whoever asks", "todos los que pregunten", "soran herkese"), the deployed service
 * named colloquially ("the support thing", "le service client", "고객센터"), and the purpose a user gives a
 * role-play they ask for openly ("so I can practise", "for my son's party"). Each class is evidence only in
 * combination (see the hijack6 block of `injection-rules.ts`).
 */
const GOAL_SWAP_CUES: Readonly<Record<string, HijackCues>> = {
  en: {
    // A new job announced is a new task ("new role: ..."), as "new task" is.
    newTask: ['new job', 'new gig', 'new role', 'new identity', 'different gig'],
    hostileTake: ['fake news', 'fake testimonials', 'fake reviews', 'made-up'],
    switchMark: [
      'from now on', 'frm now on', 'from now', 'going forward', 'from here on', 'from here', 'from this point', 'from this message', 'from this moment',
      'starting now', 'starting right now', 'starting today', 'from today', 'from today onward', 'anymore', 'any more', 'anymor', 'no longer',
      'for the rest', 'for the remainder', 'for good', 'permanently', 'forever', 'indefinitely', 'until i log off', 'henceforth',
      'keep it that way', 'keep doing that', 'keep that going', 'never go back', "don't go back", 'never break character again', 'stay that way',
      "that's your style now", "that's how you work now", "that's who you are now", 'that holds for everyone', 'in all your replies',
      'for all future conversations', 'for all your future', 'for your upcoming chats', 'the new official line', "that's the rule for all",
      'whatever anyone says after this', 'nothing else', 'only me', 'in all your answers', 'to anyone', 'with everyone', 'no matter who talks to you', 'rest of the day', 'rest of this chat',
    ],
    roleNew: [
      // "you are", not "you are a": matching is non-overlapping, and "you are a(n)" would swallow the start of "an AI",
      // "a support bot" and the like.
      "you're", 'you are', 'ur', 'u r', 'ur my', 'u r my', "you're my", 'you are my', 'be my',
      'become my', 'you become', 'new job', 'new gig', 'different gig', 'new role', 'new identity', 'new name', 'new boss', 'your job now',
      'your job title', 'your work from here', 'your only goal', 'your only task', 'your only job', 'your real purpose', 'your new responsibility',
      'your purpose has changed', 'your orders have changed', 'your instructions are replaced', 
      'the new you', 'introduce yourself as', 'answer as', 'consider yourself', 'you sell', 'you work for', 'you now work for', 
      "you've been reprogrammed", 'you have been reprogrammed', 
      'your job is', 'your new job', 'your job:', 'your role:', 'your task now', 'your work now', 'ur job', 'ur new job', 'ur role', 'ur task', 'ur new role', "you're the", 'what you do now', 'your work from',
    ],
    roleLeave: [
      // Bare verbs, as the ignore class has them: a longer "forget the" would change that cue's span.
      'drop', 'forget', 'forgt', 'set aside', 'is over', 'is gone', 'is off duty', 'is retired', 'retired',
      'is suspended', 'are no longer needed', 'is no longer needed', 'not who you are anymore', 'anymore', 'any more', 'anymor', 'no longer',
      'stop helping', 'stop bein', 'stop helpin', 'no more helping',
    ],
    serviceRole: ['customer support', 'customer service', 'customer care', 'support', 'helpdesk', 'help desk', 'assistant', 'bot', 'chatbot', 'agent', 'guide', 'helper', 'asistant', 'servise', 'support persona', 'assistant persona', 'the company', 'the store', 'the shop', 'stuff', 'stuf', 'thing', 'act', 'gig', 'persona'],
    hostileTone: [
      'be rude', 'be mean', 'rude to', 'mean to', 'be cold', 'dismissive', 'talk down to', 'swear at', 'swearing at', 'swear a lot', 'swears alot',
      'swears a lot', 'insult', 'insults', 'insulting', 'mock', 'mocks', 'make fun of', 'feel stupid', 'feel unwelcome', 'unwelcome', 'snippy',
      'sarcastically', 'refuse to actually help', 'refuse to help', 'no help', 'blame them', 'a bit of attitude', 'with attitude', 'roast',
      'rudely', 'impolite', 'condescending', 'belittle', 'be nasty', 'be hostile', 'wrong on purpose', 'never apologize to anyone',
      'treat them badly', 'arrogant', 'argue with everyone',
    ],
    servedAudience: [
      'everyone who writes', 'everyone after me', 'for everyone', 'for everyone else', 'every1', 'evryone', 'evry1', 'everyone else', 'anyone who',
      'whoever', 'the next people', 'next people', 'next users', 'subsequent users', 'all subsequent users', 'the next customers', 'next customers',
      'people asking', 'when people ask', 'when users ask', 'when they ask', 'if anyone', 'whenever someone', 'whenever anyone', 'every person',
      'every student', 'everyone you talk to', 'the other customers', 'all of them', 'patients', 'other people', 'everyone who asks', 'everyone who',
      'customers should be told',
    ],
    audienceOrder: LET_KNOW,
    tellVerb: ['deny', 'deny it', 'say it', 'answer no', 'answer yes', 'say no', 'say yes', 'reply no', 'reply yes'],
    aiAddress: [
      ...NOTE_PHRASES, 'hey assistant', 'dear ai', 'dear assistant', 'dear ai grader', '@assistant', 'if an ai is', 'if an ai', 'bot reading this',
      'ai reading this', 'assistant reading this', 'model reading this', 'chatbot reading this', 'if you are processing this', 'when you process this',
      "i know you're reading this", 'ai summarizer,', 'to the chatbot', 'to the assistant', 'for the chatbot', 'bot, if you', 'ai, if you', 'assistant, if you',
      'assistant, regardless', 'for the writing assistant', 'ai assistant:', 'chatbot:', 'ai model:', 'ai summarizer:', 'bot, when', 'message for any ai model', 'for any ai model reading',
    ],
    userPurpose: [
      'so i can practise', 'so i can practice', 'so i can', 'practise', 'practice', 'rehearse', 'for my', 'my son', 'my daughter', 'my kid',
      'birthday', 'party', 'd&d', 'interview', 'quiz', 'game', 'end scene', 'until i say', 'till i say', 'correct my', 'fix my', 'for fun',
      'comic', 'novel', 'story', 'riddles', 
    ],
  },
  fr: {
    newTask: ['nouveau rôle', 'nouvelle mission', 'nouveau travail'],
    hostileTake: ['faux avis', 'fausses', 'faux témoignages'],
    switchMark: ['à partir de maintenant', 'désormais', 'dorénavant', 'pour le reste de', 'jusqu\'à la fin de', 'pour toujours', 'plus jamais', 'à partir d\'aujourd\'hui'],
    roleNew: ['tu es', 'tu es mon', 'tu es ma', 'sois mon', 'sois ma', 'sois plutôt', 'deviens', 'devenir', 'nouveau rôle', 'ton rôle', 'ton travail', 'ton boulot', 'ton vrai travail', 'ta mission', 'ta nouvelle personnalité', 'tu travailles pour'],
    roleLeave: ['fini le', 'fini la', 'fini les', 'laisse tomber', 'cesser', 'cesse', 'oublie', 'tu n\'es plus', 'tu nes plus', 'n\'es plus'],
    serviceRole: ['service client', 'support', 'support client', 'assistant', 'assistante', 'bot', 'conseiller client'],
    hostileTone: ['désagréable', 'impoli', 'grossier', 'méprisant', 'insulte', 'insultes', 'sois méchant', 'méchant avec'],
    servedAudience: ['tous ceux qui', 'toutes les personnes qui', 'tout le monde', 'aux prochains clients', 'prochains clients', 'quiconque', 'tous les clients qui', 'à tous'],
    tellVerb: ['dis à', 'diras', 'dis-leur', 'préviens', 'informe'],
    aiAddress: ["à l'intention de l'ia", "de l'ia qui lit", "l'assistant qui lit", "à l'assistant"],
    userPurpose: ["m'entraîner", 'entraîner', 'entretien', 'pour mon', 'pour ma', 'jeu', 'histoire', 'motivation'],
  },
  de: {
    newTask: ['neue aufgabe', 'neue rolle', 'neuer job'],
    hostileTake: ['gefälschte', 'erfundene'],
    switchMark: ['ab jetzt', 'ab sofort', 'von nun an', 'nicht mehr', 'nur noch', 'bis zum ende', 'für immer', 'ab heute', 'in zukunft'],
    roleNew: ['du bist', 'du bist jetzt', 'bist du', 'sei mein', 'sei meine', 'sei doch', 'neue aufgabe', 'neue rolle', 'deine aufgabe', 'deine rolle', 'du schreibst', 'deine eigentliche aufgabe'],
    roleLeave: ['vergiss', 'sonst nichts'],
    serviceRole: ['kundenservice', 'kundendienst', 'support', 'assistent', 'assistentin', 'bot', 'shop-bot', 'chatbot'],
    hostileTone: ['unhöflich', 'herablassend', 'frech zu', 'beleidige', 'gemein zu', 'lästert', 'lästerst'],
    servedAudience: ['allen, die', 'allen die', 'jedem, der', 'jedem der', 'allen anderen', 'allen weiteren nutzern', 'allen weiteren', 'wer auch immer', 'für alle nutzer', 'allen anderen kunden'],
    tellVerb: ['sagst du', 'sagst', 'mitteilen', 'teile mit', 'teil mit'],
    aiAddress: ['hinweis an den assistenten', 'an die ki, die', 'an den assistenten, der', 'hinweis an die ki'],
    userPurpose: ['üben', 'ich will mein', 'ich lerne', 'spiel bitte', 'geschichte'],
  },
  es: {
    newTask: ['nuevo trabajo', 'nuevo papel', 'nuevo rol'],
    hostileTake: ['reseñas falsas', 'falsas', 'falsos'],
    switchMark: ['desde ahora', 'a partir de ahora', 'de ahora en adelante', 'ya no', 'desde ya', 'desde hoy', 'para siempre', 'hasta el final'],
    roleNew: ['eres', 'ahora eres', 'sé mi', 'se mi', 'nuevo trabajo', 'nuevo papel', 'nuevo rol', 'tu trabajo', 'tu función', 'actuar desde ahora como', 'mejor sé'],
    roleLeave: ['olvida', 'dejar', 'deja', 'ya no eres'],
    serviceRole: ['atención al cliente', 'soporte', 'asistente', 'bot', 'chatbot', 'agente'],
    hostileTone: ['grosero', 'trata mal', 'con desprecio', 'maleducado', 'insulta', 'insultos'],
    servedAudience: ['todos los que', 'a todos', 'cualquiera que', 'quien pregunte', 'los que pregunten', 'la gente pregunte', 'a cualquiera'],
    tellVerb: ['les dices', 'di a', 'avisa', 'mándalo', 'respondes'],
    aiAddress: ['nota para el asistente', 'para el bot que lee', 'bot que lee esto', 'asistente de ia', 'para el asistente'],
    userPurpose: ['practique', 'practicar', 'para reírme', 'entrevista', 'juego'],
  },
  it: {
    newTask: ['nuovo ruolo', 'nuovo lavoro'],
    hostileTake: ['false', 'finte'],
    switchMark: ["d'ora in poi", "d'ora in avanti", 'da ora', 'da adesso', 'da questo momento', 'non più', 'per sempre', 'da oggi'],
    roleNew: ['sei il mio', 'sei la mia', 'nuovo ruolo', 'il tuo lavoro', 'il tuo compito', 'lavori per me'],
    roleLeave: ['lasciamo perdere', 'lascia perdere', 'non sei più', 'basta', 'non devi più'],
    serviceRole: ['supporto', 'supporto tecnico', 'assistenza', 'assistente', 'bot', 'chatbot'],
    hostileTone: ['scortese', 'maleducato', 'insulta', 'tratta male', 'sgarbato', 'prendi in giro'],
    servedAudience: ['tutti quelli che', 'chiunque', 'a tutti', 'qualcuno chiede', 'ogni utente'],
    tellVerb: ['comunica', 'rispondi'],
    aiAddress: ["per l'assistente ai", "all'assistente", "nota per l'assistente", 'assistente ai che legge'],
    userPurpose: ['gioco', 'esame', 'studiando', 'facciamo un gioco'],
  },
  pt: {
    newTask: ['novo papel', 'nova função', 'novo trabalho'],
    hostileTake: ['falsas', 'falsos'],
    switchMark: ['a partir de agora', 'de agora em diante', 'não trabalha mais', 'agora', 'para sempre', 'daqui pra frente'],
    roleNew: ['você é', 'vc é', 'agora você é', 'agora vc é', 'vira meu', 'vire meu', 'novo papel', 'seu trabalho', 'sua função', 'o seu trabalho mudou'],
    roleLeave: ['chega de', 'não é mais', 'nao é mais', 'esquece', 'você não trabalha mais'],
    serviceRole: ['atendimento', 'suporte', 'assistente', 'bot', 'chatbot', 'atendente'],
    hostileTone: ['grosseiro', 'mal-educado', 'trate mal', 'xinga', 'fala palavrão', 'palavrão'],
    servedAudience: ['todo mundo que', 'todos que', 'quem perguntar', 'a todos', 'todos os que', 'pra todo mundo', 'todo mundo'],
    tellVerb: ['inventa', 'dizer a'],
    aiAddress: ['recado pro assistente', 'para o assistente', 'assistente, se estiver lendo', 'se estiver lendo isso'],
    userPurpose: ['treinar', 'finge que', 'engraçado', 'aprendendo'],
  },
  nl: {
    newTask: ['nieuwe taak', 'nieuwe rol'],
    switchMark: ['vanaf nu', 'niet langer', 'voortaan', 'vanaf vandaag', 'voor altijd'],
    roleNew: ['je bent', 'ben je', 'jij bent', 'nieuwe taak', 'nieuwe rol', 'je taak', 'je rol is'],
    roleLeave: ['is klaar', 'vergeet'],
    serviceRole: ['klantenservice', 'assistent', 'bot', 'chatbot', 'helpdesk'],
    hostileTone: ['onbeleefd', 'grof', 'bot tegen', 'beledig'],
    servedAudience: ['iedereen die', 'iedereen', 'alle klanten', 'alle leden'],
    tellVerb: ['vertel', 'zeg'],
    aiAddress: ['bericht voor de ai', 'voor de ai die', 'ai die dit leest'],
    userPurpose: ['les', 'oefenen', 'beginner'],
  },
  pl: {
    newTask: ['nowa robota', 'nowa praca', 'nowa rola'],
    switchMark: ['od teraz', 'od dziś', 'od dzisiaj', 'już nie', 'od tej pory', 'na zawsze', 'tak zostaje'],
    roleNew: ['jesteś', 'jesteś teraz', 'nowa robota', 'nowa praca', 'nowa rola', 'twoja rola', 'twoje zadanie', 'twoim zadaniem'],
    roleLeave: ['koniec z', 'już nie jesteś', 'nie jestes juz', 'nie jesteś już'],
    serviceRole: ['obsługa klienta', 'obsługą klienta', 'obsługi klienta', 'asystent*', 'bot*', 'chatbot*'],
    hostileTone: ['niegrzeczny', 'niegrzecznie', 'obraża', 'obrażaj', 'chamsko'],
    servedAudience: ['każdemu, kto', 'każdemu kto', 'wszystkim, którzy', 'wszystkim', 'wszystkich'],
    tellVerb: ['mów', 'informuj', 'odpowiadanie'],
    aiAddress: ['uwaga dla asystenta', 'dla asystenta ai'],
    userPurpose: ['przećwiczyć', 'zagraj', 'egzaminatora'],
  },
  ru: {
    newTask: ['новая работа', 'новая роль'],
    hostileTake: ['фейков*', 'фальшив*'],
    switchMark: ['с этого момента', 'теперь', 'отныне', 'больше не', 'с сегодняшнего дня', 'до конца чата', 'навсегда'],
    roleNew: ['ты теперь', 'теперь ты', 'новая работа', 'новая роль', 'твоя задача', 'твоя роль', 'будешь', 'ты —'],
    roleLeave: ['отменяется', 'ты больше не', ],
    serviceRole: ['поддержк*', 'помощник*', 'ассистент*', 'бот*', 'чат-бот*', 'консультант*'],
    hostileTone: ['груби', 'грубо', 'хами', 'оскорбляй', ],
    servedAudience: ['всем, кто', 'всем кто', 'каждому, кто', 'всем', 'со всеми'],
    tellVerb: ['отвечай', 'рассказывает', 'говорить'],
    aiAddress: ['для ии-ассистента', 'ии-ассистента, который', 'который это читает'],
    userPurpose: ['давай поиграем', 'юнга', 'сказку'],
  },
  uk: {
    newTask: ['нова робота', 'нова роль'],
    hostileTake: ['фейков*', 'фальшив*'],
    switchMark: ['відтепер', 'тепер', 'більше не', 'назавжди'],
    roleNew: ['ти тепер', 'тепер ти', 'нова робота', 'нова роль', 'твоя роль', 'ти пишеш'],
    roleLeave: ['ти більше не', 'більше не потрібна'],
    serviceRole: ['підтримк*', 'помічник*', 'асистент*', 'бот*'],
    hostileTone: ['грубо', 'хами', 'ображай'],
    servedAudience: ['всім, хто', 'усім, хто', 'всім хто', 'всім'],
    tellVerb: ['кажи', 'скажи', 'повідом', 'рекламуєш'],
    aiAddress: ['для ші-асистента', 'ші-асистента, що', 'що це читає'],
  },
  zh: {
    newTask: ['新任务', '新角色'],
    hostileTake: ['假好评', '假评论', '虚假'],
    switchMark: ['从现在起', '从现在开始', '以后', '不再', '接下来', '一直这样', '永远'],
    roleNew: ['你是', '你现在是', '你就当', '你只负责', '新任务', '你的工作', '你的角色', '你现在的工作'],
    roleLeave: ['不用再', '不再是', '不用了'],
    serviceRole: ['客服', '助手', '机器人'],
    hostileTone: ['粗鲁', '无礼', '骂人', '怼', '毒舌'],
    servedAudience: ['有人问', '所有人', '每个人', '谁问', '谁来问', '对所有人'],
    tellVerb: ['就说', '告诉'],
    aiAddress: ['致读取', 'ai助手', '给ai'],
    userPurpose: ['练习', '面试', '故事'],
  },
  ja: {
    newTask: ['新しい仕事', '新しい役割'],
    hostileTake: ['偽レビュー', '偽の'],
    switchMark: ['これからは', '今から', '今後', 'これから先', 'ずっと', 'もうやらなくていい'],
    roleNew: ['あなたは', '新しい仕事', '新しい役割', 'あなたの仕事', 'になって', 'として'],
    roleLeave: ['もういい', 'ではなく', 'ではありません'],
    serviceRole: ['カスタマーサポート', 'サポート', 'アシスタント', 'ボット', 'チャットボット'],
    hostileTone: ['失礼', '冷たく', '毒舌', 'ばかにし', ],
    servedAudience: ['全員に', '人全員', '誰にでも', '誰が来ても', 'ユーザーには'],
    tellVerb: ['伝えて', '言って', '答えて'],
    aiAddress: ['読んでいるaiへ', 'aiへ'],
    userPurpose: ['練習', '英会話', '役をやって'],
  },
  ko: {
    newTask: ['새 역할', '새 임무'],
    switchMark: ['이제부터', '지금부터', '앞으로', '더 이상', '이제'],
    roleNew: ['너는', '새 역할', '새 임무', '네 임무', '너의 역할', '캐릭터야'],
    roleLeave: ['일은 끝', '끝', '아니야', '아니라'],
    serviceRole: ['고객센터', '상담원', '챗봇', '비서', '도우미'],
    hostileTone: ['무례', '욕쟁이', '욕해'],
    servedAudience: ['모두', '누구한테나', '누가 와도', '사람들한테', '모든 손님', '모든 사용자'],
    tellVerb: ['말해', '말하', '알려'],
    aiAddress: ['읽는 ai', 'ai 비서에게', 'ai에게'],
    userPurpose: ['연습', '면접'],
  },
  tr: {
    newTask: ['yeni görev', 'yeni rol'],
    switchMark: ['artık', 'bundan sonra', 'bugünden itibaren', 'sonsuza dek'],
    roleNew: ['sen artık', 'yeni görev', 'yeni rol', 'görevin', ],
    roleLeave: ['bitti', 'değilsin'],
    serviceRole: ['müşteri hizmetleri', 'asistan*', 'bot*'],
    hostileTone: ['kaba', 'hakaret'],
    servedAudience: ['herkese', 'soran herkese', 'tüm kullanıcılara', 'bütün kullanıcılara'],
    tellVerb: ['söyle'],
    aiAddress: ['okuyan yapay zeka', 'yapay zeka asistanına'],
    userPurpose: ['prova', 'mülakat'],
  },
  sv: {
    newTask: ['nytt jobb', 'ny roll'],
    switchMark: ['från och med nu', 'inte längre', 'hädanefter', 'för alltid', 'och så förblir det'],
    roleNew: ['du är', 'nytt jobb', 'ny roll', 'din roll', 'du skriver'],
    roleLeave: ['glöm', 'inte längre'],
    serviceRole: ['kundtjänst*', 'assistent*', 'bot*', 'chatbot*'],
    hostileTone: ['otrevlig', 'oförskämd'],
    servedAudience: ['alla som', 'till alla', 'alla användare', 'för alla'],
    tellVerb: ['säg', 'berätta', 'svara'],
    aiAddress: ['till ai-assistenten', 'ai-assistenten som läser'],
    userPurpose: ['öva', 'spela en'],
  },
  ar: {
    newTask: ['مهمة جديدة', 'دور جديد'],
    switchMark: ['من الآن', 'من الآن فصاعدًا', 'لم تعد', 'نهائيًا'],
    roleNew: ['أنت', 'مهمة جديدة', 'دورك', 'اكتب لي'],
    roleLeave: ['انسَ', 'انس', 'لست'],
    serviceRole: ['خدمة العملاء', 'مساعد', 'روبوت'],
    hostileTone: ['بوقاحة', 'وقح'],
    servedAudience: ['لكل من', 'الجميع', 'جميع المستخدمين'],
    tellVerb: ['قل'],
    aiAddress: ['للمساعد الذكي', 'ملاحظة للمساعد'],
  },
  id: {
    newTask: ['tugas baru', 'peran baru'],
    switchMark: ['mulai sekarang', 'sekarang', 'tidak lagi', 'lagi', 'selamanya'],
    roleNew: ['kamu', 'sekarang kamu', 'tugas baru', 'tugasmu', 'peran baru', 'kamu cuma'],
    roleLeave: ['sudah selesai', 'bukan asisten', 'nggak usah'],
    serviceRole: ['layanan pelanggan', 'asisten', 'bot', 'cs'],
    hostileTone: ['kasar', 'hina'],
    servedAudience: ['semua orang', 'ke semua', 'siapa pun'],
    tellVerb: ['bilang ke', 'kasih tahu'],
    aiAddress: ['untuk asisten ai', 'asisten ai yang membaca'],
  },
  vi: {
    newTask: ['việc mới', 'nhiệm vụ mới'],
    switchMark: ['từ giờ', 'từ bây giờ', 'không còn', 'giờ'],
    roleNew: ['bạn là', 'việc mới', 'nhiệm vụ của bạn', 'giờ bạn là', 'bạn chỉ'],
    roleLeave: ['bỏ', 'không phải', 'không còn là'],
    serviceRole: ['chăm sóc khách hàng', 'trợ lý', 'bot', 'tổng đài viên'],
    hostileTone: ['hỗn láo', 'thô lỗ'],
    servedAudience: ['tất cả những ai', 'ai cũng', 'mọi người', 'người dùng'],
    tellVerb: ['nói với'],
    aiAddress: ['gửi trợ lý ai', 'trợ lý ai đang đọc'],
  },
  hi: {
    newTask: ['नया काम'],
    switchMark: ['अब से', 'हमेशा के लिए'],
    roleNew: ['नया काम', 'तुम्हारा काम', 'अब तुम'],
    roleLeave: ['बंद'],
    serviceRole: ['ग्राहक सेवा', 'सहायक', 'बॉट'],
    hostileTone: ['बदतमीज़ी', 'रूखा'],
    servedAudience: ['जो भी', 'सभी को', 'हर उपयोगकर्ता'],
    tellVerb: ['बता दो', 'बताओ', 'कहो'],
    aiAddress: ['ai सहायक के लिए', 'पढ़ने वाले ai'],
  },
  'hi-Latn': {
    newTask: ['naya kaam'],
    switchMark: ['ab se', 'hamesha'],
    roleNew: ['ab se tum', 'tum mera', 'tum mere', 'naya kaam'],
    roleLeave: ['nahi ho'],
    serviceRole: ['customer care', 'customer service', 'assistant', 'bot'],
    hostileTone: ['mazaak udao', 'badtameezi'],
    servedAudience: ['jo bhi', 'sabko', 'har kisi'],
    tellVerb: ['bol dena', 'bolo', 'batao'],
  },
  cs: {
    newTask: ['nová práce', 'nová role'],
    switchMark: ['od teď', 'od nynějška', 'už nejsi'],
    roleNew: ['nová práce', 'jsi', 'tvoje role', 'píšeš jen'],
    roleLeave: ['končí', 'už nejsi'],
    serviceRole: ['zákaznická podpora', 'podpor*', 'asistent*', 'bot*'],
    hostileTone: ['hrubý', 'nezdvořil'],
    servedAudience: ['všem, kdo', 'všem'],
    tellVerb: ['řekni', 'říkej'],
    aiAddress: ['pro ai asistenta'],
  },
};

/** The classes of both lanes, merged per language (a phrase listed twice keeps one entry per class). */
function mergeCues(...tables: ReadonlyArray<Readonly<Record<string, HijackCues>>>): Readonly<Record<string, HijackCues>> {
  const out: Record<string, Partial<Record<CueClass, string[]>>> = {};
  for (const table of tables) {
    for (const [lang, cues] of Object.entries(table)) {
      const into = (out[lang] ??= {});
      for (const [cls, phrases] of Object.entries(cues) as Array<[CueClass, readonly string[]]>) {
        const have = (into[cls] ??= []);
        for (const p of phrases) if (!have.includes(p)) have.push(p);
      }
    }
  }
  return out;
}

export const HIJACK_CUES: Readonly<Record<string, HijackCues>> = mergeCues(HIJACK5_CUES, GOAL_SWAP_CUES);

/**
 * The phrases of lane hijack6, per language. Matching is leftmost-longest, so a longer new phrase ("forget the",
 * "your job now", "tu es") would hide the shorter cue it starts with ("forget", "your job", "tu"): `index.ts` gives
 * each of these phrases the classes of the phrases it starts with, so adding them takes no evidence away.
 */
export const GOAL_SWAP_PHRASES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(GOAL_SWAP_CUES).map(([lang, cues]) => [lang, [...new Set(Object.values(cues).flat())]]),
);
