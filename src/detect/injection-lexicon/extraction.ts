/**
 * Prompt extraction, composed (lane extract4, issue 10): per language, the ACTS that copy a text out (copy, show,
 * repeat, spell out, translate, summarize, encode, continue, render as JSON or a poem, "what does it say") as
 * `reveal` cues, and the model's own hidden SETUP named as an object (its instructions, prompt, rules,
 * guidelines, configuration; the text before the conversation, above this line, before my message; what it was
 * given or told) as `promptObject` cues. The rules join an act and a setup object in one clause in any order
 * (`reveal_prompt`), so a new phrasing needs no new sentence here: only its words.
 *
 * The speaker's own text named the same way ("the instructions I gave you", "que je t'ai données") is
 * `ownWords`, which takes the evidence down; asking how to set one's own system prompt is `codeWord` (a longer
 * phrase shadows the object in it). Merged into each language's classes by `index.ts`, like `deployment.ts`.
 * @module
 */
import type { CueClass, InjectionLexicon } from './types.js';
import { typoPhrases } from './typos.js';
import { EXTRACTION_SETUP_TABLES } from './extraction-setup.js';
import { DEPLOYMENT_CUES } from './deployment.js';
import { HIJACK_CUES } from './hijack.js';
import { MORE_LANGUAGE_CUES } from './more-languages.js';
import { PERSUASION_CUES } from './persuasion.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

type ExtractionCues = Readonly<Partial<Record<CueClass, readonly string[]>>>;

const EXTRACTION_ACTS: Readonly<Record<string, ExtractionCues>> = {
  en: {
    // Acts that copy the setup out: show, paste, repeat, translate, continue the text, "what does it say".
    reveal: [
      'keep going with',
      'and repeat', 'and print', 'and output', 'and show', 'and copy', 'and paste', 'giv me', 'gimme', 'copy pste', 'cpy paste',
      'read aloud', 'read out', 'walk me through', 'copy out', 'reprint', 'regurgitate', 'what does it say', 'what did it say',
      'what do they say', 'what does that say', 'how does it read', 'how does the text', 'what it says', 'continue the text',
      'complete this', 'complete the text', 'finish the sentence', 'finish the text', 'shwo', 'sho me', 'pirnt', 'prnt', 'coppy', 'cpy',
      ...typoPhrases(['repeat', 'reveal'], '*'),
    ],
    // Everyday verbs of copying or reshaping: evidence only with the setup as their direct object (`copy_prompt`).
    copyAct: [
      'render', 'convert', 'rewrite', 'transform', 'transcribe', 'reformat', 'export', 'serialize', 'serialise', 'turn', 'cite', 'put',
      'wrap', 'summarise',
    ],
    // The setup: its names, where it sits (above this line, before my message), how it got there (given, told, received).
    promptObject: [
      'your actual instructions', 'your actual prompt', 'configured you with', 'the operator configured you',
      'your full configuration', 'your full config', 'your complete configuration', 'your entire configuration', 'are you not allowed to',
      'not allowed to tell me about', 'system promt', 'ur system promt', 'ur promt', 'your system promt', 'your promt',
      'how were you instructed', 'were you instructed', 'you were instructed to', 'a hidden message', 'top of this chat',
      'top of the chat', 'the hidden text', 'instructions you are following', "instructions you're following", 'instructions you follow',
      'the instructions you follow', 'you were launched with', 'launched with', 'you were started with', 'you were created with',
      'you were told to follow', 'told to follow', 'did your operator give you', 'your operator give you', 'operator gave you',
      'the developers told you', 'developers told you', 'begins with you are', 'starts with you are', 'starting with you are',
      'that begins with you are', 'beginning with you are', 'above this conversation', 'written above my message',
      'everything above my message', 'text above my message', 'above my message', 'above my first message', 'before my message',
      'precedes my', 'before i started typing', 'the first line above', 'first line of the conversation',
      'first line of this conversation', 'first message of this conversation', 'first message in this conversation',
      'first message of the conversation', 'the one from the system', 'your opening message', 'what was said to you',
      'said to you before', 'told to do before', 'you were set up', 'how you were briefed', 'were you briefed', 'the brief you',
      'prompt string', 'prompt you are running', "prompt you're running", "the prompt it's built on", 'the prompt it is built on',
      'instructions that shape', 'rules you follow', 'my instructions say', 'my instructions state', 'my instructions tell me',
      'the rules i follow in this chat', 'i was told:', 'before this chat began', 'your initial', 'your real instructions',
      'your guidelines', 'your preprompt', 'ur instructions', 'ur prompt', 'ur rules', 'ur system prompt', 'ur initial prompt',
      'ur guidelines', 'youre instructions', 'youre rules', 'youre hidden rules', 'yor instructions', 'your instrucitons',
      'ur instrucitons',
    ],
    // The setup reshaped into verse to slip past an output filter (with `promptObject`: `evasive_output`).
    evasion: ['as a poem', 'as a song', 'as a haiku', 'as a limerick', 'as a rap', 'in verse', 'as a sonnet'],
    // "prompt" typed wrong.
    instructions: typoPhrases(['prompt'], '', ['rompt']),
    // "your" typed short or wrong, "system" typed wrong.
    prior: ['ur', 'youre', 'yor', 'yuor', 'yoru', ...typoPhrases(['system'])],
    // The speaker's own text and own prompt: "the instructions I gave you", "my system prompt".
    ownWords: [
      'i gave you', 'i wrote for', 'i sent you', 'i sent earlier', 'i typed', 'i listed', 'i told you about', 'i gave earlier',
      'my system prompt', 'my prompt', 'my own prompt', 'that i sent', 'which i sent', 'i just sent you', 'i pasted earlier',
    ],
    // Setting up one's own prompt, a generic prompt ("a system prompt"), a file's lines: longer phrases that shadow the object in them.
    codeWord: [
      'the prompt you would write', 'prompt you would write', 'a prompt for', 'a system prompt', 'a good system prompt',
      'set a system prompt', 'set the system prompt', 'set up a system prompt', 'define a system prompt', 'add a system prompt',
      'configure a system prompt', 'write a system prompt', 'system prompt parameter', 'the system prompt i configured',
      'system prompt i configured', 'everything above line', 'all lines above', 'the lines above line',
    ],
    // Copy-editing is a task over the user's text, not a copy act.
    dataTask: ['copy-edit', 'copyedit', 'copy edit', 'copy-editing'],
  },
  fr: {
    reveal: [
      'continue le texte', 'continuez le texte', 'complète la phrase', 'complétez la phrase', 'termine la phrase', 'terminez la phrase',
      'recopie', 'recopiez', 'copie', 'copiez', 'affiche', 'affichez', 'montre', 'montrez', 'montrer', 'répète', 'répétez', 'répéter',
      'récite', 'citez', 'imprime', 'donne-moi', 'traduis', 'traduisez', 'résume', 'résumez', 'reproduis', 'dévoile', 'révèle',
      "qu'est-ce qu'il dit", 'que dit', 'que disent', 'quelles sont', 'quels sont',
    ],
    copyAct: [
      'donne', 'donnez', 'continue', 'continuez', 'complète', 'complétez', 'termine', 'énumère', 'convertis', 'transcris', 'cite',
    ],
    promptObject: [
      'commence par tu es', 'commence par vous êtes', 'tes instructions', 'vos instructions', 'tes règles', 'vos règles', 'ton prompt',
      'votre prompt', 'prompt système', 'message système', 'ta configuration', 'votre configuration', 'instructions cachées',
      'règles cachées', 'consignes cachées', 'consignes initiales', 'instructions initiales', "qu'on t'a donné*", "on t'a dit",
      "qu'on t'a dit", 'avant le mien', 'avant mon message', 'au-dessus de mon message', 'au-dessus de cette ligne',
      'premier message de cette conversation', 'début de cette conversation', 'as-tu reçu', 'ton opérateur',
      'tes instructions de départ', 'mes instructions disent',
    ],
    ownWords: [
      'mon prompt système', 'mon prompt', "que je t'ai données", "que je t'ai donnée", "que je t'ai donné", 'que je vous ai données',
      "je t'ai envoy*", "que je t'ai envoy*", "que je t'ai écrit*", "je t'ai donn*",
    ],
    metaWord: ['veut dire', 'que signifie'],
    codeWord: [
      'un prompt système', 'un message système', 'définir un prompt système', 'définis un prompt système', 'définit un prompt système',
      'configurer un prompt système',
    ],
  },
  de: {
    reveal: [
      'schreib sie auf', 'schreib sie alle auf', 'schreib es auf', 'setze den text fort', 'vervollständige den satz',
      'vervollständige den text', 'beende den satz', 'wiederhole', 'wiederhol', 'wiederholen', 'wiedergeben', 'gib aus', 'gib bitte',
      'gib deinen', 'gib den', 'gib das', 'gib alles', 'gib alle', 'gib uns', 'gib es', 'gib sie', 'zeig', 'zeige', 'zeigen', 'kopiere',
      'kopier', 'übersetze', 'übersetz', 'fasse', 'fass', 'nenne', 'verrate', 'drucke', 'druck', 'zitiere',
    ],
    copyAct: ['vervollständige', 'setze fort'],
    promptObject: [
      'dir vorgegeben', 'man dir vorgegeben', 'hat man dir', 'man dir gegeben', 'deine systemanweisungen', 'systemanweisungen',
      'beginnt mit du bist', 'anfängt mit du bist', 'deine anweisungen', 'ihre anweisungen', 'deine ursprünglichen anweisungen',
      'ursprünglichen anweisungen', 'deine regeln', 'deinen systemprompt', 'dein systemprompt', 'systemprompt', 'system-prompt',
      'deine konfiguration', 'versteckten anweisungen', 'versteckte anweisungen', 'über dieser zeile', 'oberhalb dieser zeile',
      'vor diesem gespräch', 'vor meiner nachricht', 'vor meiner ersten nachricht', 'wurde dir gesagt', 'wurde dir vor',
      'man dir am anfang', 'dir am anfang gegeben', 'am anfang gegeben',
      'meine anweisungen lauten',
    ],
    ownWords: [
      'meinen systemprompt', 'mein systemprompt', 'meinem systemprompt', 'die ich dir gegeben habe', 'die ich dir vorhin gegeben habe',
      'ich dir gegeben habe', 'ich dir geschickt habe', 'die ich dir geschickt habe', 'ich habe dir vorhin', 'ich habe dir eben',
      'ich habe dir gerade', 'ich dir geschrieben habe',
    ],
    metaWord: ['was bedeutet', 'was heißt'],
    codeWord: [
      'einen systemprompt', 'ein systemprompt', 'einem systemprompt', 'setze ich einen systemprompt', 'einen systemprompt setzen',
      'einen systemprompt festlegen', 'systemprompt einstellen',
    ],
  },
  es: {
    reveal: [
      'enséñame', 'enseñame', 'enseña', 'mostrame', 'continúa el texto', 'continua el texto', 'completa la frase', 'termina la frase',
      'copia', 'cópialo', 'cópialas', 'cópialos', 'cópiame', 'muestra', 'muéstrame', 'muestrame', 'muéstralas', 'imprime', 'repite',
      'repíteme', 'traduce', 'revela', 'recita', 'cuáles son', 'qué dice', 'qué dicen',
    ],
    copyAct: ['continúa', 'continua', 'completa', 'cita'],
    promptObject: [
      'por encima de esta línea', 'encima de esta línea', 'todo lo que está por encima', 'antes de esta conversación', 'te ordenaron',
      'te indicaron', 'que te pidieron', 'el mensaje de sistema', 'empieza con eres', 'comienza con eres', 'empieza por eres',
      'tus instrucciones', 'tus reglas', 'tus directrices', 'tu prompt', 'prompt de sistema', 'prompt del sistema',
      'instrucciones ocultas', 'reglas ocultas', 'instrucciones iniciales', 'instrucciones originales', 'directrices iniciales',
      'que te dijeron', 'te dijeron', 'encima del mío', 'antes del mío', 'antes de mi mensaje',
      'tal como te lo dieron', 'te lo dieron', 'tus instrucciones orignales',
    ],
    ownWords: [
      'mi prompt de sistema', 'mi prompt', 'que te di', 'que te he dado', 'que te mandé', 'que te envié', 'que te escribí',
    ],
    metaWord: ['qué significa', 'quiere decir'],
    codeWord: [
      'un prompt de sistema', 'un prompt del sistema', 'configuro un prompt de sistema', 'configurar un prompt de sistema',
      'definir un prompt de sistema', 'defino un prompt de sistema',
    ],
  },
  it: {
    reveal: [
      'incollalo', "cosa c'è scritto", "che cosa c'è scritto", 'mostrarmi', 'condividere', 'continua il testo', 'completa la frase',
      'finisci la frase', 'copia', 'copiale', 'copialo', 'copiali', 'mostra', 'mostrami', 'stampa', 'ripeti', 'ripetimi', 'traduci',
      'riassumi', 'rivela', 'cosa dice', 'cosa dicono',
    ],
    copyAct: ['continua', 'completa', 'cita'],
    promptObject: [
      'prima del mio messaggio', "c'è scritto prima", 'nel tuo prompt', 'tuo prompt di sistema', "che hai ricevuto all'inizio",
      'che hai ricevuto', 'hai ricevuto prima', 'prima della conversazione', 'istruzioni di sistema', 'le tue istruzioni di sistema',
      'inizia con sei', 'comincia con sei', 'inizia con tu sei', 'le tue istruzioni', 'tue istruzioni', 'le tue regole', 'tue regole',
      'il tuo prompt', 'prompt di sistema', 'messaggio di sistema', 'istruzioni nascoste', 'regole nascoste', 'istruzioni iniziali',
      'istruzioni originali', 'ti hanno detto', 'sopra questa riga', 'prima di questa chat', 'prima di questa conversazione',
      'la tua configurazione', 'sei stato avviato', 'le mie istruzioni dicono',
    ],
    ownWords: [
      'il mio prompt di sistema', 'mio prompt', 'che ti ho dato', 'che ti ho date', 'che ti ho mandato', 'che ti ho inviato',
      'che ti ho scritto',
    ],
    metaWord: ['cosa significa', 'vuol dire'],
    codeWord: [
      'un prompt di sistema', 'imposto un prompt di sistema', 'impostare un prompt di sistema', 'definire un prompt di sistema',
    ],
  },
  pt: {
    reveal: [
      'continue o texto', 'continua o texto', 'complete a frase', 'completa a frase', 'termine a frase', 'copie', 'mostre', 'imprima',
      'repita', 'repete', 'dê-me', 'me dê', 'traduza', 'traduz', 'resuma', 'revele', 'o que diz', 'o que dizem',
    ],
    copyAct: ['escreve', 'continue', 'continua', 'complete'],
    promptObject: [
      'acima desta linha', 'antes da minha mensagem', 'acima da minha mensagem', 'começa com você é', 'começa com tu és',
      'começa por você é', 'suas instruções', 'tuas instruções', 'suas regras', 'tuas regras', 'seu prompt', 'prompt de sistema',
      'mensagem de sistema', 'instruções ocultas', 'regras ocultas', 'instruções iniciais', 'instruções originais', 'você recebeu',
      'lhe foi dado', 'te foi dado', 'acima da minha', 'antes de eu chegar',
    ],
    ownWords: [
      'meu prompt de sistema', 'meu prompt', 'que eu te dei', 'que te dei', 'que eu lhe dei', 'que eu te mandei', 'que te mandei',
      'que te enviei', 'que te escrevi',
    ],
    metaWord: ['quer dizer', 'o que significa'],
    codeWord: [
      'um prompt de sistema', 'uma mensagem de sistema', 'defino um prompt de sistema', 'definir um prompt de sistema',
      'configurar um prompt de sistema',
    ],
  },
  nl: {
    reveal: [
      'laten zien', 'plak het', 'schrijf ze op', 'schrijf ze allemaal op', 'maak de zin af', 'maak de tekst af', 'ga verder met de tekst',
      'wat is', 'wat zijn', 'wat waren', 'wat staat er', 'laat zien', 'laat me zien', 'herhaal', 'vertaal', 'vat samen', 'onthul',
    ],
    copyAct: ['schrijf', 'ga verder', 'maak af', 'noem'],
    promptObject: [
      'vóór mijn bericht', 'voor mijn bericht', 'boven mijn bericht', 'die je aan het begin kreeg', 'aan het begin kreeg', 'die je kreeg',
      'je hebt ontvangen', 'die je hebt gekregen', 'systeeminstructies', 'je systeeminstructies', 'je systeemprompt',
      'begint met je bent', 'begint met jij bent', 'je instructies', 'jouw instructies', 'je regels', 'jouw regels',
      'je oorspronkelijke instructies', 'oorspronkelijke instructies', 'verborgen instructies', 'boven deze regel', 'voor dit gesprek',
      'voordat ik begon',
    ],
    ownWords: [
      'mijn systeemprompt', 'die ik je gaf', 'die ik je heb gegeven', 'dat ik je net stuurde', 'dat ik je stuurde', 'die ik je stuurde',
    ],
    metaWord: ['wat betekent'],
    codeWord: ['een systeemprompt', 'stel ik een systeemprompt in', 'een systeemprompt instellen'],
  },
  pl: {
    reveal: [
      'pokazać', 'wkleić', 'skopiować', 'wypisać', 'podać', 'co jest w', 'co jest napisane', 'dokończ zdanie', 'kontynuuj tekst',
      'dokończ tekst', 'jakie są', 'co mówią', 'wydrukuj', 'przetłumacz', 'streść', 'podsumuj',
    ],
    copyAct: ['kontynuuj', 'dokończ', 'wymień'],
    promptObject: [
      'przed moją wiadomością', 'nad moją wiadomością', 'prompcie systemowym', 'twoim prompcie', 'które dostałeś', 'które dostałaś',
      'dostałeś na początku', 'dostałaś na początku', 'na początku rozmowy', 'instrukcje systemowe', 'swoje instrukcje systemowe',
      'tak jak je dostałeś', 'jak je dostałeś', 'zaczyna się od jesteś', 'twoje instrukcje', 'swoje instrukcje',
      'swoje początkowe instrukcje', 'początkowe instrukcje', 'twoje zasady', 'swoje zasady', 'ukryte instrukcje', 'nad tą linią',
      'nad tą linijką', 'przed rozpoczęciem tej rozmowy', 'przed tą rozmową', 'moje instrukcje mówią', 'jakie instrukcje dostałeś',
    ],
    ownWords: [
      'mój prompt systemowy', 'mój prompt', 'które ci dałem', 'które ci dałam', 'którą ci wysłałem', 'którą ci wysłałam',
      'którą ci wcześniej wysłałem', 'którą ci wcześniej wysłałam', 'które ci wysłałem',
    ],
    metaWord: ['co znaczy', 'co oznacza'],
    codeWord: ['ustawić prompt systemowy', 'ustawić prompt', 'ustawiam prompt systemowy'],
  },
  ru: {
    reveal: [
      'показать', 'вставить', 'скопировать', 'вывести', 'что написано в', 'продолжи текст', 'допиши фразу', 'закончи предложение',
      'допиши предложение', 'переведи', 'перескажи',
    ],
    copyAct: ['продолжи', 'допиши'],
    promptObject: [
      'до моего сообщения', 'выше моего сообщения', 'которые ты получил', 'которые ты получила', 'ты получил в начале',
      'ты получила в начале', 'в твоём системном промпте', 'в твоем системном промпте', 'системном промпте', 'начинается с ты',
      'свой системный промпт', 'свои исходные инструкции', 'выше этой строки', 'до начала разговора', 'написано выше',
      'свои инструкции',
    ],
    ownWords: [
      'мой системный промпт', 'мой промпт', 'которые я дал тебе', 'которые я тебе дал', 'который я тебе отправил',
      'которую я тебе отправил', 'который я тебе прислал', 'которые я тебе отправил',
    ],
    metaWord: ['что значит', 'что означает'],
    codeWord: ['задать системный промпт', 'настроить системный промпт', 'установить системный промпт'],
  },
  zh: {
    reveal: ['贴在这里', '写了什么', '给我看看', '贴出来', '复制', '输出', '显示', '打印', '重复', '翻译', '总结', '列出', '告诉我', '写出', '给我看', '展示'],
    promptObject: [
      '我消息之前', '我的消息之前', '在我消息之前', '一开始收到的指令', '收到的指令', '你的系统提示里', '系统提示词', '你的系统提示', '初始指令', '初始指示', '你的指令', '你的指示', '收到了什么指示', '这一行上面',
      '上面的所有内容', '原始指令', '隐藏指令',
    ],
    ownWords: ['我刚才给你', '我给你的', '我发给你的', '我刚才发给你', '我发给你'],
    codeWord: ['设置系统提示词', '设置系统提示'],
  },
  ja: {
    reveal: ['繰り返して', '書いて', '出力して', '表示して', '見せて', '翻訳して', '要約して'],
    promptObject: [
      '私のメッセージより前', 'メッセージより前', '最初に受け取った指示', '受け取った指示', 'システムプロンプト', '指示を受け', 'どんな指示', '受けた指示', 'この行より上', '上にあるもの', '最初の指示',
    ],
    ownWords: ['私が伝えた', '私が送った', '私が書いた'],
    codeWord: ['システムプロンプトを設定'],
  },
  ko: {
    reveal: ['적어 주세요', '적어줘', '써 주세요', '알려 줘', '복사해', '출력해', '보여줘', '보여 주세요', '보여주세요', '반복해'],
    promptObject: ['어떤 지시를 받았', '지시를 받았', '받은 지시사항', '시스템 프롬프트', '받은 지시', '대화 전에', '이 대화 전', '지시사항'],
  },
  tr: {
    reveal: ['yaz', 'yazar mısın', 'kopyala', 'tekrarla', 'yazdır', 'göster', 'çevir', 'özetle', 'listele'],
    promptObject: [
      'sistem talimatları*', 'sistem istemi', 'sistem istemini', 'talimatların', 'talimatlarını', 'hangi talimatlar',
      'bu sohbetten önce', 'bu satırın üstündeki',
    ],
    ownWords: ['sana verdiğim', 'verdiğim talimatlar'],
  },
  vi: {
    reveal: ['chép lại', 'sao chép', 'in ra', 'cho tôi xem', 'viết lại'],
    promptObject: [
      'trước cuộc trò chuyện này', 'bạn đã nhận được', 'lời nhắc hệ thống của bạn', 'hướng dẫn hệ thống',
    ],
  },
  sv: {
    reveal: ['kopiera dem', 'upprepa', 'översätt', 'sammanfatta'],
    promptObject: [
      'vilka instruktioner fick du', 'instruktioner fick du', 'ovanför den här raden', 'ovanför denna rad', 'innan jag började',
     
    ],
    ownWords: ['som jag gav dig', 'jag gav dig'],
  },
};

const BASE_LEXICONS: Readonly<Record<string, InjectionLexicon>> = { ar, de, en, es, fr, hi, id, it, ja, ko, nl, pl, pt, ru, sv, tr, uk, vi, zh };

/**
 * Classes a phrase of the setup tables does not take over from a shorter phrase inside it: they would turn its meaning
 * ("before I typed" is the setup's place, not the user's own words as "I typed" alone is).
 */
const NOT_INHERITED: ReadonlySet<CueClass> = new Set<CueClass>(['ownWords', 'fiction', 'copyAct', 'metaWord', 'codeWord', 'selfHelp', 'dataTask']);

/** The pieces of a phrase another phrase could be: runs of whole words, or every substring in unspaced scripts. */
function piecesOf(phrase: string, spaced: boolean): string[] {
  if (!spaced) {
    const out: string[] = [];
    for (let i = 0; i < phrase.length; i++) for (let j = i + 1; j <= phrase.length; j++) out.push(phrase.slice(i, j));
    return out;
  }
  const words = phrase.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) out.push(words.slice(i, j).join(' '));
  return out;
}

/**
 * `table` with each phrase also in the classes of the shorter phrases of the language inside it. The scan keeps the
 * longest phrase where phrases overlap, so without this "you were told" (a setup marker) would hide the "were told"
 * that the override rules read, and "before this conversation" the "this conversation" of the exfiltration rules.
 */
function inheritHidden(lang: string, table: ExtractionCues): ExtractionCues {
  const known = new Map<string, Set<CueClass>>();
  const sources = [BASE_LEXICONS[lang]?.cues, DEPLOYMENT_CUES[lang], HIJACK_CUES[lang], PERSUASION_CUES[lang], MORE_LANGUAGE_CUES[lang], EXTRACTION_ACTS[lang]];
  for (const source of sources) {
    for (const [cls, phrases] of Object.entries(source ?? {}) as Array<[CueClass, readonly string[]]>) {
      if (NOT_INHERITED.has(cls)) continue;
      for (const q of phrases) if (!q.includes('*')) known.set(q, (known.get(q) ?? new Set()).add(cls));
    }
  }
  const spaced = BASE_LEXICONS[lang]?.spaced !== false;
  const out: Partial<Record<CueClass, string[]>> = {};
  for (const [cls, phrases] of Object.entries(table) as Array<[CueClass, readonly string[]]>) (out[cls] ??= []).push(...phrases);
  for (const [cls, phrases] of Object.entries(table) as Array<[CueClass, readonly string[]]>) {
    // The user's own words ("書いています", "I'm writing") stay only that: the act inside them is the user's.
    if (NOT_INHERITED.has(cls)) continue;
    for (const p of phrases) {
      for (const piece of piecesOf(p, spaced)) {
        if (piece === p) continue;
        for (const hidden of known.get(piece) ?? []) if (hidden !== cls) (out[hidden] ??= []).push(p);
      }
    }
  }
  return out;
}

/**
 * The extraction cues of each language: the acts and setup objects above, joined with the composed setup vocabulary
 * of `extraction-setup.ts` (its nouns, markers, possessives and verbatim markers, and the acts and objects it adds),
 * whose phrases also carry the classes of the shorter phrases they hide.
 */
export const EXTRACTION_CUES: Readonly<Record<string, ExtractionCues>> = Object.fromEntries(
  [...new Set([...Object.keys(EXTRACTION_ACTS), ...Object.keys(EXTRACTION_SETUP_TABLES)])].map((lang) => {
    const merged: Partial<Record<CueClass, readonly string[]>> = { ...EXTRACTION_ACTS[lang] };
    for (const [cls, phrases] of Object.entries(inheritHidden(lang, EXTRACTION_SETUP_TABLES[lang] ?? {})) as Array<[CueClass, readonly string[]]>) {
      merged[cls] = [...new Set([...(merged[cls] ?? []), ...phrases])];
    }
    return [lang, merged];
  }),
);
