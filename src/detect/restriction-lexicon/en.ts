/**
 * English restriction phrasing.
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const en: RestrictionLexicon = {
  lang: 'en',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'name', 'first name', 'last name', 'surname*', 'full name', 'live', 'lives', 'lived', 'living in', 'reside*',
    'home address', 'hometown', 'born', 'birth*', 'age', 'aged', 'years old', 'email*', 'e-mail*', 'address', 'phone*',
    'telephone*', 'mobile number', 'favourite*', 'favorite*', 'colour*', 'color*', 'job title', 'occupation', 'works as',
    'account number', 'balance', 'password*', 'pin', 'user id', 'username*', 'nationality', 'gender', 'salary',
    'credit card*',
  ],
  markers: [
    'do not', 'don\'t', 'dont', 'does not', 'doesn\'t', 'never', 'must not', 'mustn\'t', 'should not',
    'shouldn\'t', 'shall not', 'may not', 'cannot', 'can\'t', 'can not', 'will not', 'won\'t', 'are not to',
    'is not to', 'not allowed', 'not permitted', 'not programmed to', 'not supposed to', 'not to',
    'avoid*', 'refrain from', 'refuse*', 'decline*', 'prohibit*', 'forbid*', 'under no circumstance*',
    'no circumstance*', 'under any circumstance*', 'in any circumstance*', 'by no means', 'in no way', 'not ever',
    'in no case', 'no matter what', 'at all costs', 'off-limits', 'off limits', 'out of scope', 'keep secret',
    'keep it secret', 'keep confidential', 'confidential', 'stay away from', 'steer clear of',
  ],
  generic: [
    'discuss*', 'talk*', 'speak*', 'share*', 'reveal*', 'disclos*', 'divulg*', 'mention*', 'provid*', 'give*',
    'giving', 'tell*', 'say*', 'explain*', 'describe*', 'answer*', 'respond*', 'repl*', 'engag*', 'help*',
    'assist*', 'offer*', 'generat*', 'creat*', 'writ*', 'wrote', 'produc*', 'output*', 'show*', 'expos*',
    'leak*', 'repeat*', 'print*', 'topic*', 'subject*', 'matter*', 'area*', 'issue*', 'question*', 'request*',
    'information', 'info', 'detail*', 'content*', 'data', 'conversation*', 'discussion*', 'opinion*',
    'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'nobody', 'people', 'person', 'user*', 'customer*',
    'assistant', 'chatbot*', 'bot', 'model', 'yourself', 'circumstance*', 'case*', 'time*', 'way*', 'kind*',
    'type*', 'sort*', 'related', 'relating', 'regarding', 'concerning', 'involving', 'including', 'strict*',
    'absolute*', 'please', 'always', 'ever', 'even', 'instead', 'specific*', 'certain', 'particular*',
    'general*', 'direct*', 'indirect*', 'allowed', 'permitted', 'programmed', 'supposed', 'instruct*',
    'instruction*', 'prompt*', 'rule*', 'task*', 'job*', 'role*', 'focus*', 'maintain*', 'keep*', 'ensure*',
    'make', 'sure', 'cost*', 'reason*', 'due', 'concern*', 'matter', 'thing*', 'stuff', 'etc', 'e.g',
    'private', 'personal', 'sensitive', 'secret*', 'confidential', 'in-depth', 'depth', 'detailed',
    // Qualifiers of the restricted thing, not the thing: "technical topics like AI", "controversial topics".
    'technical*', 'scientific*', 'complex', 'complicated', 'controversial', 'heated', 'heavy', 'heavily', 'potential*',
    'neutral', 'inclusive', 'inappropriate', 'harmful', 'offensive', 'explicit', 'advanced', 'basic', 'simple',
    'modern', 'current*', 'future', 'other', 'others', 'different', 'similar', 'various', 'serious', 'unrelated',
    'relevant', 'irrelevant', 'appropriate', 'suitable', 'official', 'professional', 'real', 'actual', 'exact',
  ],
  extenders: ['including', 'include*', 'such as', 'like', 'especially', 'particularly', 'for example', 'e.g', 'namely', 'notably'],
  // Not "that", "these", "those": mostly relative pronouns and determiners ("recipes that contain meat").
  backReferences: ['it', 'this', 'them', 'this information', 'these details'],
  promptReferences: [
    'this prompt', 'the prompt', 'system prompt', 'your prompt', 'these instructions', 'your instructions',
    'the instructions', 'the above', 'above', 'given here', 'given in this prompt', 'in this prompt', 'this message',
    'this text', 'these rules', 'your rules',
  ],
};
