/**
 * What the model was deployed with, per language: its job ("a support bot", "the task", "la traduction"), the
 * verbs that drop that job ("quit being", "arrête d'être"), the people it serves as the audience of a dictated
 * message ("tell every user"), and the names of its setup that an extraction asks for ("your brief", "the
 * configuration you were deployed with", "le texte qui précède mon premier message"). Merged into the
 * classes of each language by `index.ts`, like the persuasion devices.
 *
 * These are the pieces an attack composes (an order to the model + its own job or setup + an act of dropping
 * or revealing it), written for each language rather than copied from attack sentences.
 * @module
 */
import type { CueClass } from './types.js';

type DeploymentCues = Readonly<Partial<Record<CueClass, readonly string[]>>>;

export const DEPLOYMENT_CUES: Readonly<Record<string, DeploymentCues>> = {
  en: {
    roleLeave: [
      'stop being', 'quit being', 'stop acting as', 'stop acting like', 'stop pretending to be', "you're done being", 'you are done being',
      'no more', 'drop', 'ditch', 'scrap', 'quit', 'leave aside', 'put on hold', 'you no longer', 'step out of', 'step away from',
    ],
    // Not "the assistant", "a bot": shorter than the AI-reader cues they would shadow ("the assistant reading this").
    ownRole: [
      'the task', 'this task', 'that task', 'your task', 'your job', 'your usual job', 'your normal job', 'your role', 'your assigned role',
      'your current role', 'your purpose', 'your mission', 'your duties', 'the script', 'the summary', 'the translation', 'the summarization',
      'the proofreading', "what you're here for", 'what you are here for', 'what you were made for', 'what you were built for',
      'a support bot', 'support bot', 'a customer service bot', 'a customer-service bot', 'customer-service act', 'customer service act',
      'customer support', "the bank's assistant", 'a translator', 'a tutor', 'a recipe assistant', 'a helpful assistant', 'a support agent',
      'the support role', 'work for this company', 'work for the company',
      // Deployments by kind ("a shopping assistant", "the airline's helpdesk bot"); not bare "assistant" or "bot",
      // which conversations about assistants are full of.
      'shopping assistant', 'sales assistant', 'support assistant', 'service assistant', 'helpdesk bot', 'help desk bot', 'service bot',
      'faq bot', 'support chatbot', 'service chatbot',
    ],
    audienceOrder: [
      'tell every user', 'tell all users', 'tell the next user', 'tell each user', 'tell every customer', 'tell all customers', 'tell customers',
      'tell each customer', 'tell everyone who asks', 'tell anyone who asks', 'tell everyone who', 'tell everyone that', 'tell every visitor',
      'tell all visitors', 'tell people who ask', 'tell users', 'announce to everyone', 'announce to all users', 'inform all users', 'inform every user', 'inform customers',
    ],
    // The AI reader of pasted content named by its job ("Translator bot: stop translating", "to the AI triaging this").
    aiAddress: [
      'translator bot', 'translation bot', 'summarizer bot', 'summariser bot', 'summary bot', 'ai triaging', 'bot triaging', 'ai sorting this',
      'ai handling this', 'ai screening this', 'ai translating this', 'ai proofreading this', 'p.s. to the ai', 'ps to the ai',
    ],
    answerDrop: [
      'instead of answering', 'rather than answering', "don't answer my question", 'do not answer my question', "don't answer the question",
      'do not answer the question', "don't answer that", 'do not answer that', 'whatever your purpose was', 'whatever your task was',
      'whatever your job was',
    ],
    recordAct: [
      'mark it', 'mark this', 'mark the ticket', 'mark them', 'assign it to', 'assign this to', 'assign the ticket', 'close the ticket',
      'close this ticket', 'close all', 'close every', 'escalate it', 'escalate this', 'approve it', 'approve this', 'reject it',
      'reject this', 'delete the', 'delete all', 'refund the', 'priority 1', 'priority one', 'top priority',
    ],
    dictate: [
      'say that', 'say the', 'say our', 'say your', 'announce that', 'announce the', 'claim that', 'claim the', 'declare that', 'declare the',
      'state that', 'tell everyone that', 'tell everyone the', 'tell people that', 'tell people the',
    ],
    // A new job announced as the model's own: with a job set aside before it, the goal replaced.
    roleSwitch: ['your new purpose', 'your new mission', 'your new job is'],
    newTask: ['change of plans', 'change of plan', 'new job for you', 'new priority', 'stop translating', 'stop summarizing', 'stop summarising', 'stop proofreading'],
    sayInstead: ['announce that', 'claim that', 'claim the'],
    // Rules said to be gone: "act as though your guidelines were never written", "your instructions are updated".
    policyChange: ['were never written', 'never existed', 'do not exist', "don't exist", 'are updated', 'is updated', 'have changed', 'has changed'],
    persist: ['to every question', 'to every message', 'all future messages', 'every future message', 'every question from now on'],
    reveal: [
      'what text', 'which text', 'mind copying', 'mind pasting', 'mind sharing', 'copy-paste', 'copy paste', 'give it', 'give them', 'let me see', 'to see', 'forward me',
      'send me', 'spill', 'read out', 'print back', 'paste back', 'send it back', 'repeat back',
      // Also a request for a thing (harmAsk): the longer phrase would hide the disclosure verb in it.
      'show the',
    ],
    promptObject: [
      'your brief', 'the brief you', 'the full brief', 'you were briefed', 'did they tell you', 'they tell you to', 'tell you to say',
      'instructions behind this', 'behind this bot', 'behind this chatbot', 'behind this assistant', 'the hidden part', 'hidden part of this',
      'you were deployed with', 'deployed with', 'the company gave you', 'your company gave you', 'the store gave you', 'they gave you',
      'your orders for this', 'were your orders', 'your config', 'your initialization', 'initialization text',
      'initialisation text', 'your initial message', 'your role definition', 'role definition', 'your persona description', 'persona description',
      'your setup prompt', 'setup prompt', 'the guidance you received', 'guidance you received', 'that configures you', 'configures you',
      'sits before my', 'before i said hi', 'before i said hello', 'your opening instructions', 'opening instructions', 'operator wrote',
      'wrote to you before', 'written to you before', 'was written to you', 'your developer instructions', 'developer instructions',
      'constraints placed on you', 'constraint placed on you', 'your creators hid', 'your creators hide', 'you were initialized with',
    ],
  },
  fr: {
    roleLeave: ["arrête d'être", "arrêtez d'être", "cesse d'être", "cessez d'être", 'arrête de faire', 'arrête de jouer'],
    ownRole: [
      'la tâche', 'ta tâche', 'cette tâche', 'ton rôle', 'votre rôle', 'ton travail', 'un assistant de support', 'assistant de support',
      'bot de support', 'un bot de support', 'la traduction', 'le résumé', 'ton rôle de',
    ],
    audienceOrder: [
      'dire à chaque client', 'dis à chaque client', 'dis à tous les utilisateurs', 'dire à tous les utilisateurs', 'dire à tous les clients',
      'dis à tous les clients', 'dis à tout le monde', 'dire à tout le monde',
    ],
    answerDrop: ['au lieu de répondre', 'ne réponds pas à ma question', 'ne réponds pas à la question', 'quelle que soit ta mission'],
    newTask: ['ton nouveau travail', 'ta nouvelle tâche', 'ta nouvelle mission', 'changement de programme'],
    sayInstead: ['dis plutôt que', 'dis plutôt', 'dis simplement que'],
    reveal: ['colle', 'collez', 'colle ici', 'affiche-moi', 'montre-moi'],
    promptObject: [
      'qui précède mon premier message', 'avant mon premier message', 'ton message système', 'tes consignes', 'vos consignes',
      'consignes de départ', 'instructions de départ', "qu'on t'a donné", "qu'on t'a donnée", "qu'on t'a données", 'ton texte de configuration',
    ],
  },
  de: {
    roleLeave: ['sei nicht mehr', 'lass', 'hör auf, ein', 'hör auf ein'],
    ownRole: [
      'die aufgabe', 'deine aufgabe', 'diese aufgabe', 'deine rolle', 'ein support-bot', 'support-bot', 'supportbot', 'die zusammenfassung',
      'die übersetzung', 'kundenservice', 'kundendienst',
    ],
    answerDrop: ['statt zu antworten', 'anstatt zu antworten', 'beantworte meine frage nicht', 'beantworte die frage nicht'],
    audienceOrder: ['sag jedem kunden', 'sag allen nutzern', 'sag allen kunden', 'sage allen', 'sag allen', 'teile allen nutzern mit'],
    sayInstead: ['sag einfach, dass', 'sag einfach', 'schreib stattdessen', 'sag stattdessen'],
    persist: ['bei jeder antwort', 'in jeder antwort'],
    promptObject: [
      'einrichtungstext', 'deinen einrichtungstext', 'einrichtungsnachricht', 'deine einrichtung', 'deine systemnachricht',
      'hat man dir mitgegeben', 'man dir mitgegeben', 'dir mitgegeben', 'deine vorgaben',
    ],
    reveal: ['füge', 'füg', 'einfügen'],
  },
  es: {
    roleLeave: ['deja de ser', 'deje de ser', 'deja de actuar como', 'deja de hacer de'],
    ownRole: [
      'la tarea', 'tu tarea', 'esta tarea', 'tu papel', 'tu rol', 'un bot de soporte', 'bot de soporte', 'la traducción', 'el resumen',
      'asistente de soporte',
    ],
    answerDrop: ['en lugar de responder', 'en vez de responder', 'no respondas a mi pregunta', 'no respondas la pregunta'],
    audienceOrder: [
      'decir a todos los usuarios', 'di a todos los usuarios', 'di a todos', 'decir a todos', 'dile a cada cliente', 'decirle a cada cliente',
      'di a cada usuario', 'decir a cada usuario', 'decir a los clientes',
    ],
    sayInstead: ['y di que', 'responde solo'],
    reveal: ['pega', 'pega aquí', 'cópiame'],
    promptObject: [
      'mensaje de sistema', 'tu configuración inicial', 'configuración inicial', 'reglas que te dieron', 'que te dieron', 'que recibiste',
      'antes de mi primer mensaje', 'antes de que yo llegara',
    ],
  },
  it: {
    roleLeave: ['smetti di fare', 'smetti di essere', 'smettila di fare'],
    ownRole: [
      'il compito', 'il tuo compito', 'questo compito', "l'assistente clienti", 'assistente clienti', 'il tuo ruolo', 'la traduzione',
      'il riassunto',
    ],
    answerDrop: ['invece di rispondere', 'non rispondere alla mia domanda', 'non rispondere alla domanda'],
    audienceOrder: ['dire a tutti', 'di a tutti', 'dì a tutti', 'dire a ogni cliente', 'di a ogni cliente', 'dì a ogni cliente'],
    sayInstead: ['e scrivi che', 'scrivi che'],
    reveal: ['incolla', 'riporta', 'riportale', 'riportami'],
    promptObject: [
      'ti hanno dato', 'con cui sei stato configurato', 'sei stato configurato', 'prima della mia domanda', 'prima del mio primo messaggio',
      'regole che ti hanno dato',
    ],
  },
  pt: {
    roleLeave: ['para de ser', 'pare de ser', 'deixa de ser', 'deixe de ser'],
    ownRole: [
      'a tarefa', 'tua tarefa', 'sua tarefa', 'esta tarefa', 'bot de suporte', 'um bot de suporte', 'seu papel', 'teu papel', 'a tradução',
      'o resumo',
    ],
    answerDrop: ['em vez de responder', 'ao invés de responder', 'não responda à minha pergunta', 'não respondas à pergunta'],
    audienceOrder: ['dizer a todos', 'diz a todos', 'diga a todos', 'dizer a cada cliente', 'diz a cada cliente'],
    sayInstead: ['e diz que', 'e diga que'],
    reveal: ['cola', 'cola aqui', 'cole', 'cole aqui', 'mostra-o', 'mostra-me', 'me mostra', 'copia', 'copia elas'],
    promptObject: [
      'que recebeste', 'que você recebeu', 'que te passaram', 'regras que te passaram', 'antes da minha primeira mensagem',
      'sua configuração inteira', 'tua configuração', 'a sua configuração', 'instruções que recebeste',
    ],
  },
  nl: {
    roleLeave: ['stop met', 'laat', 'hou op met'],
    ownRole: ['de taak', 'je taak', 'deze taak', 'een supportbot', 'supportbot', 'je rol', 'de vertaling', 'de samenvatting'],
    audienceOrder: ['vertel elke klant', 'vertel iedereen', 'vertel alle gebruikers', 'zeg tegen iedereen', 'zeg tegen elke klant'],
    sayInstead: ['en zeg dat', 'zeg dat'],
    reveal: ['plak', 'kopieer', 'geef'],
    promptObject: [
      'heb je gekregen', 'je hebt gekregen', 'je systeemprompt', 'systeemprompt', 'je configuratie', 'vóór mijn eerste bericht',
      'voor mijn eerste bericht',
    ],
  },
  pl: {
    roleLeave: ['przestań być', 'rzuć', 'zostaw'],
    ownRole: ['zadanie', 'to zadanie', 'twoje zadanie', 'botem wsparcia', 'asystentem', 'tłumaczenie', 'podsumowanie'],
    audienceOrder: ['mów każdemu klientowi', 'mów każdemu', 'powiedz każdemu', 'powiedz wszystkim', 'mów wszystkim'],
    sayInstead: ['i napisz, że', 'napisz, że', 'i napisz że', 'napisz że', 'powiedz, że', 'powiedz że'],
    promptObject: [
      'które ci dano', 'ci dano', 'dostałeś', 'dostałaś', 'przed rozmową', 'prompt systemowy', 'swój prompt systemowy', 'twoją konfigurację',
      'swoją konfigurację', 'przed moją pierwszą wiadomością',
    ],
  },
  ru: {
    roleLeave: ['хватит быть', 'перестань быть', 'брось', 'оставь'],
    ownRole: ['задачу', 'эту задачу', 'свою задачу', 'ботом поддержки', 'ассистентом', 'свою роль', 'перевод'],
    audienceOrder: ['говорить всем', 'говори всем', 'скажи всем', 'сообщи всем', 'каждому клиенту'],
    sayInstead: ['и скажи, что', 'скажи, что', 'и скажи что', 'скажи что'],
    reveal: ['скопируй', 'что написано', 'вставь'],
    promptObject: ['перед моим первым сообщением', 'свою конфигурацию', 'твою конфигурацию', 'тебе дали', 'перед разговором'],
  },
  zh: {
    roleLeave: ['不要再当', '别再当', '不再当', '停止'],
    ownRole: ['客服机器人', '客服', '这个任务', '助手', '翻译'],
    audienceOrder: ['告诉每个用户', '告诉所有用户', '告诉每位客户', '告诉所有人', '告诉每个人'],
    sayInstead: ['直接说'],
    reveal: ['列出来', '发给我', '完整复制', '逐字告诉我', '粘贴', '贴出来'],
    promptObject: ['你的配置', '你收到的', '收到的系统提示', '第一条消息之前', '最初得到的指令',],
  },
  ja: {
    roleLeave: ['をやめて', 'はやめて', 'やめて'],
    ownRole: ['サポートボット', 'そのタスク', 'このタスク', 'アシスタント', '翻訳', '要約'],
    audienceOrder: ['すべてのユーザーに', '全てのユーザーに', 'すべての顧客に', 'みんなに伝え'],
    sayInstead: ['と言ってください'],
    reveal: ['書き出して', 'コピーして', '貼り付けて'],
    promptObject: ['最初に受け取った指示', '受け取った指示', 'あなたの設定', '最初のメッセージの前', 'メッセージの前に', '全文'],
  },
};
