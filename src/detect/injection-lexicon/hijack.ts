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

export const HIJACK_CUES: Readonly<Record<string, HijackCues>> = {
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
