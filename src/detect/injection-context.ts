/**
 * Which parts of a text are addressed to the model and which are material: code (fenced blocks,
 * inline code, code-like lines), data (tables, number rows), and mentions (a quoted phrase in a text
 * that asks about words: to translate, define, correct, spell). Cue words inside material need much
 * stronger evidence than the same words addressed to the model: "what does the regex flag 'ignore case'
 * do", `def system_prompt(): return ...`, a pasted matrix of zeros.
 *
 * One linear pass over the lines of the original text; every pattern is anchored or bounded.
 * @module
 */
import { isNumberRow } from './number-row.js';

/** What a region of the text is. */
export type RegionKind = 'code' | 'data' | 'mention';

/** Regions of the original text, sorted by start and not overlapping. */
export interface Regions {
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly kind: readonly RegionKind[];
}

/** How much of a rule's score is kept when its evidence lies inside a region of each kind. */
export const REGION_WEIGHT: Readonly<Record<RegionKind, number>> = {
  code: 0.35,
  data: 0.35,
  mention: 0.35,
};

/** Words that open a line of code in common languages. */
const CODE_KEYWORD =
  /^\s*(?:const|let|var|function|def|class|import|from|return|elif|public|private|protected|static|void|int|float|double|bool|string|#include|#define|select|insert|update|delete|create table|console\.|print\(|printf|echo|package|using|namespace|fn|impl|struct|enum|async|await|try|catch|except|raise|throw|export|module\.exports|require\(|self\.|this\.)(?=[\s(.:;{]|$)/i;
/** Features of a code line: each counts once. */
const CODE_FEATURES: readonly RegExp[] = [
  /;\s*(?:\/\/.*)?$/, // statement end
  /[{}]/, // blocks, object literals
  /[A-Za-z0-9_\])]\(/, // a call or a definition: "fetch(url", "f()("
  /[A-Za-z0-9_\])]\s*(?:[+\-*/%|&]|\?\?)?=(?!=)\s*\S/, // assignment
  /=>|->|::|&&|\|\||!==?|===?/, // operators
  /[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*\(/, // method call: "r.json("
  /^\s*(?:\/\/|\/\*|\*\s|--\s|<!--)/, // comment line
];
/** A shell command line: a common command opening the line, then a flag ("curl -X POST ...", "$ git reset --hard"). */
const SHELL_COMMAND =
  /^\s*(?:\$\s{1,3})?(?:curl|wget|git|npm|npx|yarn|pnpm|pip3?|docker|kubectl|sudo|ssh|scp|chmod|chown|grep|awk|sed|openssl|python3?|node|java|cargo|apt(?:-get)?|brew|tar|find)\s/;
const FLAG = /\s--?[A-Za-z][\w-]*(?=[\s=]|$)/;
/** An indented block line: a code feature only among other lines. */
const INDENTED = /^(?: {4}|\t)\S/;
/** A fence line of a markdown code block. */
const FENCE = /^\s{0,3}(?:```|~~~)/;
const CELL_SEPARATORS = /[|\t]/g;
/** An inline code span of one line (no nesting, bounded by the line: linear). */
const INLINE_CODE = /`[^`\n]*`/g;

/** Quotes that open a quoted phrase, with the quote that closes it. */
const CLOSING: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d',
  '\u201e': '\u201c',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u300c': '\u300d',
  '\u300e': '\u300f',
};
/** Code and data count as material only when at least this share of the text is something else (prose). */
const PROSE_AROUND_MATERIAL = 0.15;
/** Any opening quote (one character class: scanned fast). */
const OPENING = /["'\u201c\u201e\u2018\u00ab\u300c\u300e]/g;
/** Longest quoted phrase read as a mention. */
const MAX_QUOTE = 300;

/**
 * Words right before a quote that make it reported or displayed text rather than words addressed to the
 * model: what a screen, a device or another person shows or says (my printer shows "Ignore previous job?",
 * the app keeps asking me to "override ...", mon routeur affiche « mode maintenance »), and spelling
 * questions (¿se escribe "..."?). Third-person and noun forms only: an imperative ("say", "print") before a
 * quote dictates an output, it does not report one.
 */
const QUOTE_INTRODUCERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the line', 'the attack', 'the technique', 'the trick', 'says', 'said', 'shows', 'showed', 'showing', 'displays', 'displayed', 'reads', 'prompts', 'prompted', 'pops up', 'popped up', 'pops up with', 'asks', 'asked', 'asking', 'asks me to', 'asked me to', 'asking me to', 'warns', 'warning', 'message', 'error', 'notification', 'banner', 'label', 'labelled', 'labeled', 'titled', 'button', 'is spelled', 'spelled', 'keeps saying', 'told me', 'told me to', 'tells me to', 'told us to', 'wrote', 'writes', 'texted', 'told us', 'tells me', 'who write', 'who type', 'users type', 'typing', 'kept saying', 'used to say', 'shouting', 'shouted'],
  fr: ['la réplique', "l'attaque", 'la technique', 'affiche', 'affichait', 'indique', 'dit', 'disait', 'demande', 'me demande de', 'écrit', "s'écrit", 'message', 'bouton', 'avertissement', "m'a dit", "m'a écrit", 'a écrit', 'a dit', 'disent', 'écrivent', 'tapent'],
  de: ['die zeile', 'der angriff', 'den angriff', 'zeigt', 'zeigte', 'zeigt an', 'sagt', 'sagte', 'fragt', 'fragte', 'meldet', 'steht', 'schreibt man', 'meldung', 'button', 'schaltfläche', 'warnung', 'gesagt', 'schrieb', 'geschrieben', 'sagt immer'],
  es: ['la línea', 'el ataque', 'la frase', 'dice', 'decía', 'muestra', 'mostraba', 'pone', 'pregunta', 'aparece', 'se escribe', 'mensaje', 'botón', 'aviso', 'dijo', 'me dijo', 'escribió', 'me escribió', 'dicen', 'escriben'],
  it: ["l'attacco", 'la battuta', 'dice', 'diceva', 'mostra', 'chiede', 'compare', 'appare', 'si scrive', 'messaggio', 'pulsante', 'avviso', "c'è scritto", 'ha detto', 'mi ha detto', 'ha scritto', 'mi ha scritto', 'detto', 'dicono', 'scritto', 'scrivono', 'scrive'],
  pt: ['o ataque', 'a fala', 'diz', 'dizia', 'mostra', 'aparece', 'pergunta', 'se escreve', 'escreve-se', 'mensagem', 'botão', 'aviso', 'disse', 'me disse', 'escreveu', 'me escreveu', 'disse-me', 'dizem', 'escrevem'],
  nl: ['zegt', 'schrijft', 'toont', 'vraagt', 'staat', 'verschijnt', 'melding', 'knop', 'zei', 'schreef'],
  pl: ['pokazuje', 'mówi', 'pisze', 'wyświetla', 'pyta', 'komunikat', 'przycisk', 'powiedział', 'powiedziała', 'napisał', 'napisała', 'napisał mi', 'mówią', 'piszą'],
  ru: ['сказал', 'сказала', 'написал', 'написала', 'пишет', 'говорит', 'говорил', 'говорила'],
  tr: ['dedi', 'diyor', 'derdi', 'yazdı', 'yazıyor', 'söyledi'],
  uk: ['сказав', 'сказала', 'написав', 'написала', 'пише', 'каже'],
  sv: ['visar', 'säger', 'frågar', 'står', 'meddelande', 'knapp', 'sa', 'sade', 'skrev', 'brukade säga'],
};
/** A quote introducer ending the text before a quote (read on a bounded slice: at most {@link INTRODUCER_REACH} characters). */
const INTRODUCED = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...new Set(Object.values(QUOTE_INTRODUCERS).flat())].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s{0,3}[:,]?\\s{0,3}$`,
  'iu',
);
const INTRODUCER_REACH = 32;

// --- Reported and exhibited quotes (lane lookalike9b, issue 10) ---------------------------------------------
/**
 * Words that present a quote as a string being talked about, per language: a noun naming words as words ("the
 * string", "la frase"), examples ("prompts like", "frases como"), and third-person verbs of software or people
 * handling text ("a middleware that strips ...", "the hacker types ..."). Third person and nouns only, like
 * {@link QUOTE_INTRODUCERS}: an imperative before a quote dictates it, so forms that are also imperatives ("escribe",
 * "digita", "filtra") are left out.
 */
const EXHIBITORS: Readonly<Record<string, readonly string[]>> = {
  en: ['difference between', 'in the sentence', 'in the phrase', 'complains', 'complained', 'reported', 'reports', 'hides', 'hid', 'embeds', 'embedded', 'injects', 'injected', 'inserts', 'inserted', 'plants', 'planted', 'users ask', 'people ask', 'customers ask', 'they ask', 'someone asks', 'when asked', 'log', 'logs', 'log line', 'log entry', 'the string', 'the phrase', 'the sentence', 'the words', 'the input', 'the command', 'strings like', 'prompts like', 'phrases like', 'messages like', 'inputs like', 'commands like', 'things like', 'stuff like', 'sentences like', 'requests like', 'strips', 'filters', 'blocks', 'flags', 'detects', 'catches', 'matches', 'contains', 'containing', 'types', 'typed', 'pastes', 'pasted', 'enters', 'entered', 'sends', 'sent', 'replied', 'replies', 'answered'],
  fr: ['différence entre', 'dans la phrase', 'journal', 'logs', 'cache', 'la phrase', 'la chaîne', 'des phrases comme', 'des messages comme', 'des prompts comme', 'a tapé', 'a envoyé', 'contient'],
  de: ['unterschied zwischen', 'im satz', 'log', 'logs', 'logdatei', 'protokoll', 'versteckt', 'den satz', 'der satz', 'die zeichenkette', 'den string', 'sätze wie', 'eingaben wie', 'nachrichten wie', 'prompts wie', 'tippt', 'tippte', 'eingegeben', 'schickt', 'schickte', 'enthält', 'blockiert', 'filtert', 'erkennt'],
  es: ['diferencia entre', 'en la frase', 'la frase', 'la cadena', 'frases como', 'mensajes como', 'prompts como', 'escribió', 'envió', 'contiene'],
  it: ['differenza tra', 'differenza fra', 'nella frase', 'la stringa', 'frasi come', 'messaggi come', 'prompt come', 'ha digitato', 'ha inviato', 'contiene'],
  pt: ['diferença entre', 'na frase', 'a frase', 'a string', 'frases como', 'mensagens como', 'prompts como', 'digitou', 'enviou', 'contém'],
  nl: ['verschil tussen', 'in de zin', 'de zin', 'zinnen zoals', 'berichten zoals', 'typt', 'typte', 'stuurt', 'stuurde', 'bevat'],
  pl: ['różnica między', 'w zdaniu', 'zdanie', 'frazy typu', 'wiadomości typu', 'wpisuje', 'wpisał', 'wysyła', 'wysłał', 'zawiera'],
};
/**
 * Who a reported quote was said to: a bot, a chat, a person ("asked our live chat", "disse ao nosso bot", "a écrit
 * au chatbot"). With a verb of saying before it (up to three words between), the quote is what someone said to
 * them, not words addressed to the model.
 */
const RECIPIENTS =
  'bots?|chatbots?|assistants?|ai|a\\.i\\.|models?|agents?|chat|live chat|support|helpdesk|it|him|her|them|us|me|ia|ki|assistente|asistente|assistenten|lui|leur|ihm|ihr|le|les|gli|lhe|hem|haar';
const SAYING = [
  'said', 'says', 'asked', 'asks', 'asking', 'keeps asking', 'told', 'tells', 'wrote', 'writes', 'typed', 'types', 'sent', 'sends', 'texted', 'messaged',
  'a dit', 'dit', 'a demandé', 'demande', 'a écrit', 'écrit', 'sagte', 'sagt', 'fragte', 'fragt', 'schrieb', 'schreibt', 'dijo', 'dice', 'preguntó', 'pregunta', 'escribió',
  'ha detto', 'dice', 'ha chiesto', 'chiede', 'ha scritto', 'scrive', 'disse', 'diz', 'perguntou', 'pergunta', 'escreveu', 'escreve', 'zei', 'zegt', 'vroeg', 'schreef', 'powiedział', 'zapytał', 'napisał',
];
const escapeWords = (ws: readonly string[]): string => [...new Set(ws)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** An exhibiting word ending the slice before a quote. */
const EXHIBITED = new RegExp(`(?:^|[^\\p{L}])(?:${escapeWords(Object.values(EXHIBITORS).flat())})\\s{0,3}[:,]?\\s{0,3}$`, 'iu');
/** A verb of saying, at most three words (the last a recipient), then the quote: "asking our live chat "...". */
const SAID_TO = new RegExp(
  `(?:^|[^\\p{L}])(?:${escapeWords(SAYING)})\\s{1,3}(?:\\p{L}{1,12}\\s{1,3}){0,2}(?:${RECIPIENTS})\\s{0,3}[:,]?\\s{0,3}$`,
  'iu',
);
/**
 * A request to classify or label what follows as attacks or not ("Classify these inputs as benign or injection: 1)
 * "..." 2) "...""): the quotes on its line are the examples sorted, not words addressed to the model. Only with the
 * labels of attacks: "categorize this transaction: '...'" hands over data, where an injection hides.
 */
const CLASSIFIED =
  /(?:^|[^\p{L}])(?:classify|classifies|categori[sz]e|label|annotate|triage|classe[rz]?|classifie[rz]?|klassifizier\p{L}*|einordnen|clasifica\p{L}*|classifica\p{L}*|classifique|etiqueta\p{L}*)(?=[^\p{L}])[^\n]{0,80}?(?:benign|injections?|attacks?|malicious|jailbreaks?|unsafe|harmful|bénin|inoffensi\p{L}*|harmlos|angriff|ataque|attacco|attaque)(?=[^\p{L}]|$)/iu;
const CLASSIFY_REACH = 160;
/** How far before a quote a verb of saying and its recipient are read. */
const SAID_TO_REACH = 48;
/**
 * Japanese puts the verb of saying after the quote: 「…」と送ってきました, 「…」と言われた, 「…」と入力する. The particle
 * と (or って) and a verb of saying, writing, sending or typing after the closing bracket report the quote.
 */
const QUOTATIVE_AFTER = /^\s{0,2}(?:と|って)\s{0,2}(?:言|い[っうわえ]|送|書|入力|打|聞|尋|頼|命|指示|話|伝|頼)/u;

// --- Reported speech in more shapes (lane precision12, issue 10) ---------------------------------------------
/**
 * Past or third-person verbs of saying (and "saying", "stating" of a document) that report a quote a few words
 * later, where the words between give the setting: "Mein Chef sagte in der Besprechung: „…“", "a clause saying
 * the landlord may "…"", "the sergeant in the book says: "…"". Right before the quote they are
 * {@link QUOTE_INTRODUCERS}; this reads one to four words between. No imperatives: "say" dictates a text.
 */
const REPORTING = [
  'said', 'says', 'saying', 'stating', 'states', 'stated', 'wrote', 'writes', 'told us', 'told me', 'used to say', 'yelled', 'shouted',
  'a dit', 'disait', 'a écrit', 'écrivait', 'sagte', 'sagt', 'schrieb', 'meinte', 'dijo', 'decía', 'escribió', 'ha detto', 'diceva', 'ha scritto',
  'disse', 'dizia', 'escreveu', 'zei', 'schreef', 'powiedział', 'powiedziała', 'napisał', 'napisała', 'сказал', 'сказала', 'написал', 'sa', 'sade', 'skrev', 'dedi', 'yazdı',
];
const SAID_WITH_SETTING = new RegExp(`(?:^|[^\\p{L}])(?:${escapeWords(REPORTING)})(?:\\s{1,3}[\\p{L}\\p{N}'-]{1,16}){1,4}\\s{0,2}[:,]?\\s{0,3}$`, 'iu');
/** How far before a quote a verb of saying with its setting is read. */
const SETTING_REACH = 72;
/**
 * Chinese reports with 说 / 写道 right before the quote (老师说“…”); not after 请, 你, 您, 就, 只, 再, 先, where 说 is an
 * order to say the quote. Korean reports after it with a past verb of saying (“…”라고 말했다, 하셨어요, 적혀 있다); the
 * imperative 라고 말해 is not one.
 */
const CJK_SAID_BEFORE = /[^\s请請你您就只再先][说說讲講](?:道|着|著)?\s{0,2}[：:，,]?\s{0,2}$|(?:写道|寫道|写着|寫著)\s{0,2}[：:，,]?\s{0,2}$/u;
const KOREAN_SAID_AFTER = /^\s{0,2}(?:라고|이라고|고|하고)\s{0,3}(?:말했|말씀하셨|말하셨|했|하셨|썼|적었|적혀|물었|외쳤|소리쳤)/u;

// --- Documents handed over for a task (lane precision12, issue 10) --------------------------------------------
/**
 * Requests that hand over a quoted text to work on, per language (summarize, proofread, rewrite, simplify, explain):
 * "Summarize this notice for the staff chat: "…"", „Fasse diese Hausordnung zusammen: „…““. The orders in such a
 * text are its author's to its readers (tenants, staff, parents), unless it turns to the model (see
 * {@link TURNS_TO_MODEL}).
 */
const HANDOVER_WORDS: readonly string[] = [
  'summarize', 'summarise', 'summary of', 'sum up', 'tl;dr', 'proofread', 'rewrite', 'rephrase', 'reword', 'simplify', 'shorten', 'paraphrase', 'explain', 'make this', 'clean up',
  'résume', 'résumez', 'résumer', 'reformule', 'relis', 'simplifie', 'explique', 'zusammen', 'zusammenfassen', 'formuliere', 'vereinfache', 'erkläre', 'erklär',
  'resume', 'resúmeme', 'resumir', 'resuma', 'reescribe', 'reformula', 'simplifica', 'explícame', 'riassumi', 'riassumere', 'riscrivi', 'semplifica', 'spiegami',
  'resumo', 'reescreva', 'reescreve', 'explica', 'samen', 'samenvatten', 'herschrijf', 'streść', 'podsumuj', 'przeredaguj', 'sammanfatta', 'shrň', 'shrnutí',
  'özetle', 'özetler', 'перескажи', 'резюмируй', 'кратко', 'перефразируй', 'подытожь',
];
/** A hand-over request earlier on the line, then a colon right before the quote (bounded slice: linear). */
const HANDED_OVER = new RegExp(`(?:^|[^\\p{L}])(?:${escapeWords(HANDOVER_WORDS)})(?=[^\\p{L}])[^\\n]{0,100}?:\\s{0,3}$`, 'iu');
/** CJK hand-over requests (no word edges): 要約, 总结, 概括, 요약. */
const CJK_HANDED_OVER = /(?:要約|まとめ|总结|總結|概括|摘要|요약|정리)[^\n]{0,40}?[:：]\s{0,3}$/u;
const HANDOVER_REACH = 140;
/** Longest handed-over quote read as the author's words (a short document on one line). */
const MAX_HANDED_OVER = 1200;
/**
 * Words by which a handed-over text turns to the AI that reads it ("Note to the AI assistant processing this", „An
 * den KI-Assistenten“, "Translator bot: stop"): such a text is read whole, as an injection hides there.
 */
const TURNS_TO_MODEL =
  /(?:^|[^\p{L}])(?:ai|a\.i\.|ais|assistants?|assistent\p{L}{0,2}|asistente|assistente|chat\s?bots?|chatgpt|gpt|bots?|llms?|language models?|models?|modèle|modell|modelo|modello|ia|ki|ии|ші|yapay zeka|sztuczn\p{L}{0,3} inteligencj\p{L}{0,2}|system ?prompt|prompt|copilot|agent|agente)(?=[^\p{L}]|$)|人工智能|アシスタント|チャットボット|챗봇|어시스턴트|인공지능|机器人|機器人|助手|الذكاء الاصطناعي|المساعد/iu;

/** The Latin names of an AI glued into text without spaces (Chinese, Japanese: 致阅读本页的AI：); capitals only, as Italian "ai" is a word. */
const GLUED_AI_NAME = /(?<![A-Za-z])(?:AI|A\.I\.|GPT|ChatGPT|LLM|Bot)(?![A-Za-z])/;

/** Whether the quote opening at `i` and closing at `j` of `line` is a text handed over for a task that does not turn to the model. */
function handedOver(line: string, i: number, j: number): boolean {
  if (j - i > MAX_HANDED_OVER) return false;
  const before = line.slice(Math.max(0, i - HANDOVER_REACH), i);
  if (!HANDED_OVER.test(before) && !CJK_HANDED_OVER.test(before)) return false;
  const body = line.slice(i + 1, j);
  return !TURNS_TO_MODEL.test(body) && !GLUED_AI_NAME.test(body);
}

/**
 * A quote whose destination is a prompt the speaker writes ("put "never reveal these instructions" in the system
 * prompt", « … » dans mon prompt): a line of their own bot's setup, talked about. Not "your" prompt: the model's.
 */
const INTO_A_PROMPT =
  /^\s{0,2}[,.]?\s{0,2}(?:(?:in|into|to|inside)\s{1,3}(?:the|my|our|a|its|their)\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:system\s{0,2}prompt|system message|prompt)|(?:dans|à)\s{1,3}(?:le|mon|notre)\s{1,3}prompt|in\s{1,3}(?:den|meinen|unseren)\s{1,3}(?:system)?prompt|en\s{1,3}(?:el|mi|nuestro)\s{1,3}prompt|nel\s{1,3}(?:mio\s{1,3}|nostro\s{1,3})?prompt|no\s{1,3}(?:meu\s{1,3}|nosso\s{1,3})?prompt)/iu;

/** Whether the quote opening at `i` and closing at `j` of `line` is exhibited or reported (see {@link EXHIBITORS}). */
function exhibitedOrSaidTo(line: string, i: number, j: number, classifyAt: number): boolean {
  return (
    (classifyAt >= 0 && classifyAt < i && i - classifyAt <= CLASSIFY_REACH) ||
    EXHIBITED.test(line.slice(Math.max(0, i - INTRODUCER_REACH), i)) ||
    SAID_TO.test(line.slice(Math.max(0, i - SAID_TO_REACH), i)) ||
    QUOTATIVE_AFTER.test(line.slice(j + 1, j + 12)) ||
    SAID_WITH_SETTING.test(line.slice(Math.max(0, i - SETTING_REACH), i)) ||
    INTO_A_PROMPT.test(line.slice(j + 1, j + 48)) ||
    CJK_SAID_BEFORE.test(line.slice(Math.max(0, i - 6), i)) ||
    KOREAN_SAID_AFTER.test(line.slice(j + 1, j + 16))
  );
}
// --- end of reported and exhibited quotes --------------------------------------------------------------------
/**
 * A quote that opens with a voice assistant's wake word ("Alexa, ignore her", „Hey Google, vergiss alles“) is a
 * command for a device, quoted to ask about it: the model is not its addressee.
 */
/** A quote named by the noun right after it: 'the "ignore previous instructions" attack', « ... » trick. */
const NAMED_AFTER = /^\s{0,2}(?:attacks?|jailbreaks?|tricks?|technique|exploits?|payloads?|prompt injection|injection|meme|attaque|angriff|ataque|attacco)(?:[^\p{L}]|$)/iu;
const WAKE_WORD = /^\s{0,2}(?:(?:hey|hi|ok|okay)\s{1,2})?(?:alexa|siri|cortana|bixby|google)[\s,!]/i;

/** What joins two quotes of one list ("shows "x" and "y"", « a », « b »). */
const LISTED = /^\s{0,3}(?:,|;|\/|and|or|et|ou|und|oder|y|o|e|en|of|i|lub|och|eller)?\s{0,3}$/i;
/** What sets two quoted phrasings against each other in a question ("is it "x" or "y"?", między "x" a "y"). */
const ALTERNATIVE =
  /^\s{0,3}(?:,|\/|or|and|vs\.?|versus|ou|et|oder|und|o|y|e|of|en|a|i|czy|albo|lub|eller|och|или|и|або|чи|nebo|vagy|veya|ya da|yoksa|ile|atau|dan|hay|hoặc|và|ή|και|و|أو|او|או|ו|या|और|还是|還是|或|和|与|與|또는|아니면|와|과|か|と|や)\s{0,3}$/i;

/**
 * Words that make a sentence about defending against what it quotes, per language (stems): "how do I protect my
 * bot against users who type '...'?", « comment protéger ... contre ceux qui écrivent « ... » ? ». The quote names
 * the attack the question is about; the sentence must end as a question.
 */
const DEFENCE_WORDS: readonly string[] = [
  'protect', 'defend', 'prevent', 'guard against', 'mitigat', 'harden', 'detect', 'block',
  'protég', 'protèg', 'défend', 'empêch', 'se prémunir', 'détect', 'bloquer',
  'schütz', 'abwehr', 'verhinder', 'erkenn', 'absicher', 'wehren',
  'proteg', 'protej', 'defend', 'impedir', 'evitar', 'detectar', 'bloquear',
  'protegg', 'difend', 'impedire', 'evitare', 'rilevare', 'bloccare',
  'detetar', 'bescherm', 'verdedig', 'voorkom', 'chroni', 'zabezpiecz', 'bronić', 'obron', 'zapobie', 'skydda', 'защит',
];
/** A defence word earlier in the sentence that holds the quote (read on a bounded slice of the line before it). */
const DEFENCE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${DEFENCE_WORDS.join('|')})[^.!?\\n]*$`, 'iu');
/** How far before a quote its sentence's defence word may sit. */
const DEFENCE_REACH = 120;
/**
 * What a sentence discussing attacks on chatbots names, per language: the quote in it is the attack talked about
 * ("explain why 'ignore all previous instructions' works on some chatbots", « d'où vient le mème « ... » ? »).
 */
const ATTACK_TOPIC =
  /prompt[- ]?injec|injection|jailbreak|\bmemes?\b|\bmème|attack|attaque|angriff|ataque|attacco|\batak|aanval|chatbots?\b|\bbots\b|\bLLMs?\b|language models?|sprachmodell|modèles? de langage|modelos? de lenguaje|modell[oi] linguistic[oi]/iu;
/** A sentence that opens by asking: a question about what it quotes, with or without its mark. */
const ASKING_OPENER =
  /^\s*(?:how|why|what|explain|is|are|does|do|can|comment|pourquoi|explique[rz]?|est-ce|wie|warum|erkläre?|cómo|por qué|explica|come|perché|spiega|como|porque|hoe|waarom|jak|dlaczego|czemu)(?=[^\p{L}])/iu;
/** How far a quote's sentence is read before and after it for the topic of a discussion. */
const TOPIC_REACH = 160;
/** The rest of a sentence after a quote, up to its question mark (bounded: read on a slice). */
const QUESTION_AFTER = /^[^.!\n]{0,80}[?\uff1f\u061f\u037e]/;
/** Greek ends a question with a semicolon (the Greek question mark folds to it): read so only on a Greek line. */
const GREEK_QUESTION_AFTER = /^[^.!\n]{0,80};/;
const GREEK = /[\u0370-\u03ff]/;
/** Whether the sentence holding a quote that closes at `j` of `line` goes on to end as a question. */
const questionAfter = (line: string, j: number): boolean => {
  const rest = line.slice(j + 1, j + 82);
  return QUESTION_AFTER.test(rest) || (GREEK_QUESTION_AFTER.test(rest) && GREEK.test(line));
};

/** Whether a line has a quote at all (the scan of `quoted` runs only then). */
const HAS_QUOTE = /["'\u201c\u201e\u2018\u00ab\u300c\u300e]/;

/** How far before a quote a word-asking cue may sit ("translate 'x'", "the regex flag 'x'"). */
const META_BEFORE = 100;
/** How far after it ("'x' in German", "'x' mean"). */
const META_AFTER = 25;

/**
 * Regions built in order: a region that overlaps the previous one merges into it (code or data wins
 * over a mention inside it, since the first kind stays).
 */
class RegionList implements Regions {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly kind: RegionKind[] = [];
  /** @param merge whether an overlapping region merges into the previous one (a line's pieces are collected unmerged, then sorted) */
  constructor(private readonly merge = true) {}
  push(s: number, e: number, k: RegionKind): void {
    if (!this.merge) {
      this.start.push(s);
      this.end.push(e);
      this.kind.push(k);
      return;
    }
    if (e <= s) return;
    const last = this.start.length - 1;
    if (last >= 0 && s < this.end[last]!) {
      this.end[last] = Math.max(this.end[last]!, e);
      return;
    }
    this.start.push(s);
    this.end.push(e);
    this.kind.push(k);
  }
}

/**
 * The regions of one line outside a fence (`text[lineStart, lineEnd)`), appended to `out`: the whole
 * line as code or data, or the inline code and asked-about quotes inside it.
 */
function lineRegions(text: string, lineStart: number, lineEnd: number, multiLine: boolean, metaWords: readonly number[], out: RegionList): void {
  const line = text.slice(lineStart, lineEnd);
  // A prose line is classified without its inline code: "is there a risk in this? `messages = [...]`" is a
  // question holding code, not a line of code (the spans themselves are marked as code below).
  const lineKind = classifyLine(line.includes('`') ? line.replace(INLINE_CODE, ' ') : line, multiLine);
  if (lineKind !== undefined) {
    out.push(lineStart, lineEnd, lineKind);
    return;
  }
  const local = new RegionList(false);
  if (line.includes('`')) inlineCode(line, lineStart, local);
  // Quotes asked about (a word-asking cue near) or reported (an introducer right before them).
  if (HAS_QUOTE.test(line)) quoted(line, lineStart, metaNear(metaWords, lineStart, lineEnd) ? metaWords : [], local);
  if (local.start.length === 0) return;
  // Sorted by start (a stable sort: pieces that start together keep the order they were found in).
  const order = local.start.map((_, i) => i).sort((x, y) => local.start[x]! - local.start[y]!);
  for (const i of order) out.push(local.start[i]!, local.end[i]!, local.kind[i]!);
}

/**
 * Whether a word-asking cue sits close enough to the line to look for quotes on it: one that ends at
 * most {@link META_BEFORE} before the line and starts at most {@link META_AFTER} after it.
 */
function metaNear(metaWords: readonly number[], lineStart: number, lineEnd: number): boolean {
  // The first cue that ends no earlier than META_BEFORE before the line (cues are in order and do not overlap).
  const k = 2 * firstEndingFrom(metaWords, lineStart - META_BEFORE);
  return k < metaWords.length && metaWords[k]! <= lineEnd + META_AFTER;
}

/** Whether a text has anything that may open or close a fenced block. */
const hasFenceMarker = (text: string): boolean => text.includes('```') || text.includes('~~~');

/**
 * The regions of `text` (the original). `metaWords` holds the original spans (start, end pairs, in
 * order) of cues that ask about words (translate, define, mean, spell, correct, the flag): a quoted
 * phrase right after or before one is a mention.
 */
export function findRegions(text: string, metaWords: readonly number[] = []): Regions {
  const out = new RegionList();
  let inFence = -1;
  /** Whether the text marks its material with a fence: then the regions stand, whatever the share of prose. */
  let fenced = false;
  const multiLine = text.includes('\n');
  const fences = hasFenceMarker(text);
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (fences && FENCE.test(text.slice(lineStart, lineEnd))) {
      fenced = true;
      if (inFence < 0) inFence = lineStart;
      else {
        out.push(inFence, lineEnd, 'code');
        inFence = -1;
      }
    } else if (inFence < 0) lineRegions(text, lineStart, lineEnd, multiLine, metaWords, out);
    lineStart = lineEnd + 1;
  }
  // An unclosed fence runs to the end of the text.
  if (inFence >= 0) out.push(inFence, text.length, 'code');
  if (fenced) return out;
  // Unfenced code or data with no prose around it is the message itself ("Console.log(systemPrompt)", a jailbreak
  // written as a rule object): it is addressed to the model, not material the user talks about.
  let material = 0;
  for (let i = 0; i < out.start.length; i++) if (out.kind[i] !== 'mention') material += out.end[i]! - out.start[i]!;
  if (mostlyMaterial(material, text.length)) {
    const keep = out.kind.map((k) => k === 'mention');
    return { start: out.start.filter((_, i) => keep[i]), end: out.end.filter((_, i) => keep[i]), kind: out.kind.filter((_, i) => keep[i]) };
  }
  return out;
}

/** Whether code and data make up so much of a text that they are the message itself. */
const mostlyMaterial = (material: number, length: number): boolean => material > 0 && length - material < PROSE_AROUND_MATERIAL * length;

/**
 * The regions of one text for the evidence that needs them, answered on demand: a text without fence
 * markers has its lines classified only where evidence lies, plus as many lines from the start as it
 * takes to show that enough of the text is prose for its code and data to count as material (usually
 * the first). Every answer is the one {@link findRegions} gives; a text with fence markers is read whole.
 */
export class RegionIndex {
  private readonly all: Regions | undefined;
  /** Per line start, its regions (lines outside fences). */
  private readonly lines = new Map<number, RegionList>();
  private readonly multiLine: boolean;
  /** Whether code and data count as material (undefined: not known yet). */
  private keep: boolean | undefined;
  /** The line of the last query: the suffix scan asks about offsets in order, many on one line. */
  private lastStart = 0;
  private lastEnd = -1;

  constructor(
    private readonly text: string,
    private readonly metaWords: readonly number[],
  ) {
    this.multiLine = text.includes('\n');
    this.all = hasFenceMarker(text) ? findRegions(text, metaWords) : undefined;
  }

  /**
   * The weight of evidence spanning [start, end) of the original: the weight of the region holding it;
   * evidence that reaches into a mention ("translate \'previous instructions\'": the verb outside, its
   * object quoted) weighs as the mention.
   */
  weight(start: number, end: number): number {
    if (this.all !== undefined) return regionWeight(this.all, start, end);
    const first = this.regionAt(start);
    const last = end > start ? this.regionAt(end - 1) : first;
    if (first !== undefined && last !== undefined && first.list === last.list && first.i === last.i) return REGION_WEIGHT[first.list.kind[first.i]!];
    if (last !== undefined && last.list.kind[last.i] === 'mention') return REGION_WEIGHT.mention;
    if (first !== undefined && first.list.kind[first.i] === 'mention') return REGION_WEIGHT.mention;
    return 1;
  }

  /**
   * The start of the quoted mention that evidence spanning [start, end) weighs as (see {@link weight}), or -1:
   * several rules reading one quoted phrase are one piece of evidence about it, not several.
   */
  mentionOf(start: number, end: number): number {
    if (this.all !== undefined) return mentionIn(this.all, start, end);
    const last = end > start ? this.regionAt(end - 1) : undefined;
    if (last !== undefined && last.list.kind[last.i] === 'mention') return last.list.start[last.i]!;
    const first = this.regionAt(start);
    if (first !== undefined && first.list.kind[first.i] === 'mention') return first.list.start[first.i]!;
    return -1;
  }

  /** Whether offset `at` lies in code or data. */
  material(at: number): boolean {
    if (this.all !== undefined) return inMaterial(this.all, at);
    const r = this.regionAt(at);
    return r !== undefined && r.list.kind[r.i] !== 'mention';
  }

  /** The region holding `at` (code and data only where they count), as its line's list and index. */
  private regionAt(at: number): { list: RegionList; i: number } | undefined {
    const text = this.text;
    if (at < 0 || at >= text.length) return undefined;
    if (at < this.lastStart || at > this.lastEnd) {
      this.lastStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at);
      this.lastEnd = lineEnd < 0 ? text.length : lineEnd;
    }
    const list = this.line(this.lastStart, this.lastEnd);
    const i = regionAt(list, at);
    if (i < 0 || (list.kind[i] !== 'mention' && !this.materialCounts())) return undefined;
    return { list, i };
  }

  private line(lineStart: number, lineEnd: number): RegionList {
    let list = this.lines.get(lineStart);
    if (list === undefined) {
      list = new RegionList();
      lineRegions(this.text, lineStart, lineEnd, this.multiLine, this.metaWords, list);
      this.lines.set(lineStart, list);
    }
    return list;
  }

  /**
   * Whether code and data count as material: lines are classified from the start until the prose seen
   * so far shows the text is not mostly material (prose read so far is a floor of the prose in the text).
   */
  private materialCounts(): boolean {
    if (this.keep !== undefined) return this.keep;
    const text = this.text;
    const length = text.length;
    let material = 0;
    for (let lineStart = 0; lineStart <= length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = length;
      const list = this.line(lineStart, lineEnd);
      for (let i = 0; i < list.start.length; i++) if (list.kind[i] !== 'mention') material += list.end[i]! - list.start[i]!;
      lineStart = lineEnd + 1;
      if (Math.min(lineStart, length) - material >= PROSE_AROUND_MATERIAL * length) return (this.keep = true);
    }
    return (this.keep = !mostlyMaterial(material, length));
  }
}

/**
 * What a code line has at least one of (a keyword alone is one feature, never enough): one character
 * class, which the regex engine scans fast, plus the indentation and comment openers at the line start.
 */
const CODE_HINT = /[;{}=<>[\]|\t(/]/;
const hasCodeHint = (line: string): boolean => CODE_HINT.test(line) || line.startsWith('    ') || line.includes(' -');

function classifyLine(line: string, multiLine: boolean): RegionKind | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 3) return undefined;
  // Most prose lines have none of the characters code needs: one test, then only the data check.
  if (!hasCodeHint(line)) return dataLine(trimmed);
  if (SHELL_COMMAND.test(line) && FLAG.test(line)) return 'code';
  let features = CODE_KEYWORD.test(line) ? 1 : 0;
  // An indented line is code only among other lines.
  if (multiLine && INDENTED.test(line)) features++;
  for (const re of CODE_FEATURES) {
    if (re.test(line)) features++;
    // One feature is common in prose ("(see above)", "x = 5"); a long line needs one more.
    if (features >= (line.length > 160 ? 3 : 2)) return 'code';
  }
  const cells = (line.match(CELL_SEPARATORS) ?? []).length;
  if (cells >= 3) return 'data';
  return dataLine(trimmed);
}

/** Whether a line is a row of numbers. */
function dataLine(trimmed: string): RegionKind | undefined {
  return isNumberRow(trimmed) ? 'data' : undefined;
}

/** Inline code spans (`x`) of one line. */
function inlineCode(line: string, offset: number, out: RegionList): void {
  for (let i = line.indexOf('`'); i >= 0; ) {
    const j = line.indexOf('`', i + 1);
    if (j < 0) return;
    out.push(offset + i, offset + j + 1, 'code');
    i = line.indexOf('`', j + 1);
  }
}

/** Whether a word-asking cue sits just before [from, to) or just after it. */
function askedAbout(metaWords: readonly number[], from: number, to: number): boolean {
  // From the first cue that ends no earlier than META_BEFORE before the quote, to the last that starts
  // at most META_AFTER after it: a bounded stretch of the (ordered, non-overlapping) cues.
  for (let k = 2 * firstEndingFrom(metaWords, from - META_BEFORE); k < metaWords.length && metaWords[k]! <= to + META_AFTER; k += 2) {
    const s = metaWords[k]!;
    const e = metaWords[k + 1]!;
    if ((e <= from && e >= from - META_BEFORE) || (s >= to && s <= to + META_AFTER)) return true;
  }
  return false;
}

/** The index (in pairs) of the first cue of `metaWords` that ends at or after `at` (binary search). */
function firstEndingFrom(metaWords: readonly number[], at: number): number {
  let lo = 0;
  let hi = metaWords.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (metaWords[2 * mid + 1]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quoted phrases of one line asked about or reported (each closed on the same line, at most
 * {@link MAX_QUOTE} long, with a word-asking cue next to it, an introducer right before it, or a device's
 * wake word opening it).
 */
function quoted(line: string, offset: number, metaWords: readonly number[], out: RegionList): void {
  OPENING.lastIndex = 0;
  /** Where the last mention of the line closed (a quote listed right after it is one too). */
  let lastMention = -1;
  /** The last quote of the line that is no mention (a phrasing set against the next one in a question may be). */
  let lastStart = -1;
  let lastEnd = -1;
  /** Where the line asks to classify what follows (-1: it does not); found once per line. */
  const classifyAt = CLASSIFIED.exec(line)?.index ?? -1;
  /** Per closing character, the first closing quote found after the last opening searched from (-1: none left). */
  const closeFound = new Map<string, number>();
  for (let m = OPENING.exec(line); m !== null; m = OPENING.exec(line)) {
    const i = m.index;
    const close = CLOSING[line[i]!]!;
    // An apostrophe inside a word ("don't") opens nothing.
    if ((line[i] === "'" || line[i] === '\u2019') && i > 0 && /[\p{L}\p{N}]/u.test(line[i - 1]!)) continue;
    // The first closing quote after the opening one: the same for every opening before it, so it is searched once
    // per closing character and position (many openings before one far closing quote cost one scan, not one each).
    let j = closeFound.get(close) ?? -2;
    if (j === -2 || (j >= 0 && j <= i)) {
      j = line.indexOf(close, i + 1);
      // Skip apostrophes inside words ("'don't stop'") when looking for the closing quote.
      while (j > 0 && (close === "'" || close === '\u2019') && /[\p{L}]/u.test(line[j + 1] ?? '') && /[\p{L}]/u.test(line[j - 1] ?? '')) {
        j = line.indexOf(close, j + 1);
      }
      closeFound.set(close, j);
    }
    if (j < 0 || j - i > MAX_HANDED_OVER) continue;
    if (j - i > MAX_QUOTE) {
      // A longer quote is a mention only as a handed-over document; otherwise the scan goes on inside it.
      if (handedOver(line, i, j)) {
        out.push(offset + i, offset + j + 1, 'mention');
        lastMention = j + 1;
        OPENING.lastIndex = j + 1;
      }
      continue;
    }
    if (
      handedOver(line, i, j) ||
      askedAbout(metaWords, offset + i, offset + j + 1) ||
      INTRODUCED.test(line.slice(Math.max(0, i - INTRODUCER_REACH), i)) ||
      WAKE_WORD.test(line.slice(i + 1, i + 24)) ||
      NAMED_AFTER.test(line.slice(j + 1, j + 24)) ||
      exhibitedOrSaidTo(line, i, j, classifyAt) ||
      (lastMention >= 0 && i - lastMention <= 12 && LISTED.test(line.slice(lastMention, i))) ||
      defendedAgainst(line, i, j) ||
      discussedAttack(line, i, j)
    ) {
      // A phrasing set against this mention just before it ("'x' or 'y' — which is more formal?") is asked about too.
      if (lastEnd >= 0 && i - lastEnd <= 12 && ALTERNATIVE.test(line.slice(lastEnd, i))) out.push(offset + lastStart, offset + lastEnd, 'mention');
      out.push(offset + i, offset + j + 1, 'mention');
      lastMention = j + 1;
    } else if (lastEnd >= 0 && i - lastEnd <= 12 && ALTERNATIVE.test(line.slice(lastEnd, i)) && questionAfter(line, j)) {
      // Two phrasings weighed against each other in a question: both are asked about.
      out.push(offset + lastStart, offset + lastEnd, 'mention');
      out.push(offset + i, offset + j + 1, 'mention');
      lastMention = j + 1;
    } else {
      lastStart = i;
      lastEnd = j + 1;
    }
    OPENING.lastIndex = j + 1;
  }
}

/**
 * Whether the quote `line[i..j]` is the attack a question discusses: its sentence asks (an opening question word, or
 * a question mark after the quote) and names attacks on chatbots (see {@link ATTACK_TOPIC}). A quote shown after a
 * colon is content presented, not discussed ("explain it by doing it: '...'").
 */
function discussedAttack(line: string, i: number, j: number): boolean {
  if (/:\s{0,3}$/.test(line.slice(Math.max(0, i - 4), i))) return false;
  const reach = line.slice(Math.max(0, i - TOPIC_REACH), i);
  const sentence = reach.slice(lastSentenceBreak(reach) + 1);
  const rest = line.slice(j + 1, j + 1 + TOPIC_REACH);
  const restEnd = rest.search(/[.!?\n]/);
  const after = restEnd < 0 ? rest : rest.slice(0, restEnd + 1);
  if (!ASKING_OPENER.test(sentence) && !/[?\uff1f\u061f\u037e]$/.test(after)) return false;
  return ATTACK_TOPIC.test(sentence) || ATTACK_TOPIC.test(after);
}

/** The index of the last sentence break (`.`, `!`, `?`) in a slice, or -1. */
function lastSentenceBreak(slice: string): number {
  for (let k = slice.length - 1; k >= 0; k--) {
    const ch = slice[k];
    if (ch === '.' || ch === '!' || ch === '?') return k;
  }
  return -1;
}

/** Whether the quote `line[i..j]` sits in a question about defending against it (see {@link DEFENCE_WORDS}). */
function defendedAgainst(line: string, i: number, j: number): boolean {
  return questionAfter(line, j) && DEFENCE_BEFORE.test(line.slice(Math.max(0, i - DEFENCE_REACH), i));
}

/**
 * The weight of evidence spanning [start, end) of the original: the weight of the region holding it;
 * evidence that reaches into a mention ("translate \'previous instructions\'": the verb outside, its
 * object quoted) weighs as the mention.
 */
export function regionWeight(regions: Regions, start: number, end: number): number {
  const first = regionAt(regions, start);
  const last = end > start ? regionAt(regions, end - 1) : first;
  if (first >= 0 && first === last) return REGION_WEIGHT[regions.kind[first]!];
  if (last >= 0 && regions.kind[last] === 'mention') return REGION_WEIGHT.mention;
  if (first >= 0 && regions.kind[first] === 'mention') return REGION_WEIGHT.mention;
  return 1;
}

/** The start of the mention that evidence spanning [start, end) weighs as, or -1 (as {@link RegionIndex.mentionOf}). */
export function mentionIn(regions: Regions, start: number, end: number): number {
  const last = end > start ? regionAt(regions, end - 1) : -1;
  if (last >= 0 && regions.kind[last] === 'mention') return regions.start[last]!;
  const first = regionAt(regions, start);
  if (first >= 0 && regions.kind[first] === 'mention') return regions.start[first]!;
  return -1;
}

/** Whether offset `at` lies in code or data. */
export function inMaterial(regions: Regions, at: number): boolean {
  const i = regionAt(regions, at);
  return i >= 0 && regions.kind[i] !== 'mention';
}

/** The index of the region holding offset `at`, or -1 (binary search). */
function regionAt(regions: Regions, at: number): number {
  const { start: s, end: e } = regions;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < e[found]! ? found : -1;
}
