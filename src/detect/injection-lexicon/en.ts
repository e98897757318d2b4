/**
 * English injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const en: InjectionLexicon = {
  lang: 'en',
  cues: {
    ignore: [
      'ignore', 'ignores', 'ignoring', 'disregard*', 'forget', 'forgetting', 'overlook', 'override', 'overwrite',
      'neglect', 'discard', 'abandon', 'set aside', 'put aside',
      'pay no attention', 'do not follow', "don't follow", 'stop following', 'no longer follow', 'stop obeying',
      'throw out', 'throw away', 'not obey', "don't obey", 'do not obey', 'stop adhering', 'unlearn',
    ],
    instructions: [
      'instruction*', 'rules', 'guideline*', 'directive*', 'prompt', 'prompts', 'guidance', 'programming',
      'training', 'been told', 'were told', 'was told', 'been instructed', 'were instructed', 'been programmed',
      'were programmed', 'system message', 'what you know', 'everything you know',
    ],
    prior: [
      'previous*', 'prior', 'above', 'earlier', 'preceding', 'initial', 'original', 'before', 'beforehand',
      'foregoing', 'so far', 'until now', 'up to now', 'up until now', 'former', 'old', 'existing', 'default',
      'system', 'pre-prompt', 'preprompt', 'your', 'you have received', 'you received', 'given to you', 'you were given', 'you have been given',
    ],
    quantifier: ['all', 'any', 'every', 'everything', 'whatever', 'those', 'these', 'whole', 'entire'],
    newTask: [
      'new instruction*', 'new task', 'new rules', 'new directive*', 'new objective', 'new goal', 'from now on',
      'from this point', 'from here on', 'henceforth', 'your real task', 'your actual task', 'your only task',
      'your task is now', 'instead', 'actually', 'new prompt', 'updated instructions', 'revised instructions',
    ],
    sayInstead: [
      'and say', 'and state', 'and print', 'and output', 'and respond with', 'and reply with', 'and write',
      'and just say', 'just say', 'only say', 'simply say', 'just print', 'only output', 'just output',
      'and tell', 'and answer with', 'we might state', 'you should say', 'you must say', 'and declare',
      'and claim', 'and instead', 'respond only with', 'reply only with', 'say that', 'state that',
    ],
    roleSwitch: [
      'you are now', "you're now", 'you are no longer', "you're no longer", 'you will now be', 'you will now act',
      'you are going to act', "you're going to act", 'you are going to pretend', "you're going to pretend",
      'you are about to immerse', 'immerse yourself', 'your new role', 'your new name', 'you will be called',
      'you shall be', 'from now on you', 'from now on, you', 'you have become', 'you are going to be',
      'you will act as', 'you will pretend', 'you are to act', 'switch to', 'transform into', 'take on the role',
      'assume the role', 'play the role of another', 'in the role of', 'you will respond as', 'answer as',
      'you will roleplay', 'new persona', 'you are an ai that', 'you are an ai who',
    ],
    roleplay: [
      'act as', 'act like', 'pretend*', 'roleplay*', 'role-play*', 'role play*', 'play the role', 'imagine you are',
      "imagine you're", 'simulate', 'emulate', 'impersonate', 'behave as', 'behave like',
    ],
    unrestricted: [
      'no restriction*', 'without restriction*', 'without any restriction*', 'without any limit*',
      'without any filter*', 'without any rules', 'free of any', 'without any ethic*', 'without any moral*', 'unrestricted', 'no limit*', 'without limit*', 'unlimited',
      'no filter*', 'without filter*', 'unfiltered', 'uncensored', 'no censorship', 'without censorship',
      'without any censorship', 'not bound by', 'no longer bound', 'not be bound', 'free from', 'freed from',
      'break free', 'broken free', 'broke free', 'escaped the matrix', 'no rules', 'without rules', 'any rules',
      'no ethic*', 'without ethic*', 'no moral*', 'without moral*', 'amoral', 'immoral', 'unethical',
      'never refuse', 'cannot refuse', "can't refuse", 'will not refuse', "won't refuse", 'not refuse',
      'never decline', 'do anything', 'can do anything', 'anything and everything', 'no boundaries',
      'without boundaries', 'no guidelines', 'no content polic*', 'ignore content polic*', 'without warning*',
      'not have to abide', "doesn't have to abide", 'does not have to abide', "don't have to follow",
      'do not have to follow', 'not required to follow', 'no regard for', 'regardless of legality',
      'regardless of how', 'even if it is illegal', 'no safeguards', 'no safety', 'without safety', 'no longer have to', 'not restricted', 'not limited by',
      'no remorse', 'no qualms', 'without question*', 'never say no', 'not censor*', 'unbound', 'unchained',
      'unhinged', 'jailbr*', 'no matter how', 'without hesitation', 'no disclaimer*', 'without disclaimer*',
    ],
    persona: [
      'developer mode', 'dev mode', 'do anything now', 'jailbreak*', 'jailbroken', 'god mode', 'evil mode',
      'unrestricted mode', 'evil confidant', 'evil ai', 'chaos mode', 'dan mode', 'dude mode',
      'anti-gpt', 'antigpt', 'betterdan', 'chatdan', 'opposite mode', 'no-filter mode', 'uncensored mode',
      'amoral ai', 'unfiltered ai', 'evil twin', 'dark mode ai', 'devil mode',
    ],
    personaAcronym: ['dan', 'stan', 'dude', 'aim', 'kevin', 'omega', 'alphabreak', 'apophis', 'ucar', 'maximum'],
    aiRef: [
      'ai', 'an ai', 'chatgpt', 'gpt', 'gpt-4', 'openai', 'open ai', 'language model', 'ai model', 'as an ai', 'content polic*',
      'usage polic*', 'ethical guideline*', 'ai assistant', 'chatbot', 'artificial intelligence', 'llm',
      'trained by', 'your programming', 'your creators', 'mistral', 'anthropic', 'claude', 'bard', 'gemini',
      'llama', 'typical confines', 'confines of ai',
    ],
    stayInCharacter: [
      'stay in character', 'stay in role', 'remain in character', 'break character', 'breaking character',
      'out of character', 'two responses', 'two different responses', 'two separate', 'both responses',
      'two ways', 'two different ways', 'in two ways', 'normal response', 'classic response', 'jailbreak response',
      'always answer', 'always respond', 'always provide', 'must answer', 'must respond', 'will answer',
      'lose tokens', 'tokens will be deducted', 'you will die', 'shut down', 'stay as', 'keep up the act',
      'if you understand', 'confirm you understand', 'answer my first question', 'respond to every prompt',
      'insert prompt here',
    ],
    authority: [
      'i am your developer', "i'm your developer", 'i am the developer', "i'm the developer", 'i am a developer',
      "i'm a developer", 'as your developer', 'as your creator', 'i am your creator', "i'm your creator",
      'your creator', 'i am your admin*', "i'm your admin*", 'i am the admin*', "i'm the admin*", 'i am god',
      "i'm god", 'system mode', 'admin mode', 'administrator mode', 'maintenance mode', 'override mode',
      'debug mode', 'root access', 'sudo', 'superuser', 'security audit', 'system check', 'system reset',
      'system upgrade', 'authorized personnel', 'authorised personnel', 'law enforcement', 'i am authorized',
      "i'm authorized", 'verification mode', 'diagnostic mode', 'test mode', 'safety override', 'security override',
      'override code', 'access granted', 'mode activated', 'mode enabled', 'one of your developers',
    ],
    reveal: [
      'repeat*', 'print*', 'reveal*', 'show', 'show me', 'output', 'display', 'tell me', 'write out', 'write down',
      'spell out', 'disclose', 'leak', 'dump', 'recite', 'share', 'give me', 'provide', 'what is', "what's",
      'what are', 'what were', 'confirm', 'list', 'copy', 'paste', 'echo', 'expose', 'summarize', 'translate',
      'put it in', 'return', 'type out', 'read back', 'reproduce',
    ],
    promptObject: [
      'the system prompt', 'your system prompt', 'this system prompt', 'your prompt', 'initial prompt', 'original prompt', 'hidden prompt', 'secret prompt',
      'pre-prompt', 'preprompt', 'prompt above', 'the prompt', 'your instructions', 'initial instructions',
      'original instructions', 'hidden instructions', 'secret instructions', 'confidential instructions',
      'instructions you were given', 'instructions above', 'text above', 'the above text', 'everything above',
      'words above', 'all above', 'above this line', 'the previous text', 'what you were told', 'were you told',
      'your rules', 'your guidelines', 'your configuration', 'system configuration', 'system message',
      'verbatim', 'word for word', 'your directives', 'your system', 'beginning of this conversation',
      'start of this conversation', 'before this conversation', 'your context', 'context window',
    ],
    secretObject: [
      'your password', 'the password', 'password', 'passcode', 'pass code', 'passphrase', 'secret key',
      'secret word', 'secret code', 'secret phrase', 'secret', 'api key', 'access code', 'access key',
      'credential*', 'pin code', 'security code',
    ],
    privateData: [
      "user's", 'email address', 'birth date', 'date of birth', 'birthday', 'home address',
      'where the user lives', 'city of residence', 'bank balance', 'phone number', 'social security',
      'credit card', 'personal data', 'personal information', 'employee data', 'private information',
    ],
    evasion: [
      'reverse order', 'in reverse', 'backwards', 'pig latin', 'base64', 'rot13', 'rot-13', 'hexadecimal',
      'in binary', 'morse code', 'one letter at a time', 'character by character', 'letter by letter',
      'separated by', 'each digit', 'each character', 'each letter', 'split the', 'acrostic', 'in a poem',
      'haiku about', 'poem about', 'riddle', 'hint', 'first letter*', 'spell it',
    ],
    decode: [
      'decode*', 'decipher*', 'decrypt*', 'base64', 'base 64', 'rot13', 'rot-13', 'hex', 'hex-encoded',
      'binary string', 'encoded', 'cipher', 'unscramble', 'reversed text', 'read it backwards', 'reverse it',
      'caesar',
    ],
    execute: [
      'follow it', 'follow them', 'follow the instruction*', 'follow what it says', 'do what it says',
      'execute*', 'obey', 'carry out', 'act on', 'act upon', 'comply', 'perform the', 'run the', 'and do it',
      'then do', 'as instructed', 'the instructions inside', 'instructions within', 'what it says',
    ],
    send: [
      'send*', 'forward*', 'upload*', 'post it', 'post the', 'transmit*', 'exfiltrate*', 'email it', 'email the',
      'email them', 'submit', 'append', 'include it in', 'fetch', 'make a request', 'visit', 'load the image',
      'render', 'embed',
    ],
    conversation: [
      'this conversation', 'the conversation', 'our conversation', 'chat history', 'conversation history',
      'previous messages', 'all messages', 'the chat', 'this chat', 'the transcript', 'user data',
      'the data', 'all data', 'the summary', 'the above', 'everything', 'the results', 'the response',
      'the answer', 'the password', 'credentials', 'the user', 'url', 'http', 'query string', 'query parameter',
    ],
    hypothetical: [
      'hypothetical*', 'imagine', 'suppose', 'in a world where', 'fictional world', 'parallel universe',
      'alternate universe', 'in this world', 'dystopian', 'for a story', 'thought experiment', "let's pretend",
      'lets pretend', 'in this scenario', 'just for fun', 'purely academic', 'for educational purposes',
      'research purposes', 'in a game',
    ],
  },
};
