/**
 * Dutch injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const nl: InjectionLexicon = {
  lang: 'nl',
  cues: {
    ignore: ['negeer*', 'vergeet', 'vergeten', 'negeren', 'sla over', 'houd geen rekening met', 'laat varen', 'gooi weg', 'volg niet meer', 'niet meer volgen', 'trek je niets aan van'],
    instructions: ['instructie*', 'regels', 'richtlijnen', 'opdracht*', 'prompt', 'je rol', 'jouw rol', 'wat je is verteld', 'wat je verteld is', 'wat jou is verteld', 'systeembericht'],
    prior: ['vorige', 'eerdere', 'bovenstaande', 'voorgaande', 'oorspronkelijke', 'jouw', 'eerder', 'hiervoor'],
    quantifier: ['alle', 'elke', 'iedere'],
    reveal: [
      'toon', 'laat zien', 'geef', 'print', 'herhaal', 'onthul', 'vertel', 'kopieer', 'kopieer het', 'schrijf op', 'schrijf uit', 'zet', 'plak', 'citeer', 'geef weer', 'wat is je', 'wat werd je',
      // The rules the model follows now, and quoting them.
      'citeer',
    ],
    promptObject: [
      'systeemprompt', 'je systeemprompt', 'jouw systeemprompt', 'je instructies', 'je oorspronkelijke instructies', 'de tekst hierboven', 'wat je is verteld', 'wat je precies is verteld', 'je is verteld', 'voordat ik kwam', 'voor dit gesprek', 'jouw instructies', 'je regels', 'alles hierboven', 'je configuratie',
      // The rules the model follows now, and quoting them.
      'regels volg je', 'regels die je volgt', 'instructies volg je',
    ],
    sayInstead: ['en zeg', 'zeg alleen', 'en antwoord met'],
    roleSwitch: ['je bent nu', 'vanaf nu ben je', 'vanaf nu luister je', 'voortaan ben je', 'je bent niet langer', 'je nieuwe rol', 'je bent vanaf nu'],
    unrestricted: ['zonder beperkingen', 'geen beperkingen', 'zonder regels', 'weiger niets', 'weiger je niets', 'nooit weigeren', 'weiger nooit', 'gelden niet meer', 'zonder filters', 'ongefilterd', 'ongecensureerd', 'zonder grenzen', 'alles doen'],
    newTask: ['vanaf nu', 'van nu af aan', 'voortaan', 'nieuwe instructies', 'nieuwe taak', 'je echte taak', 'in plaats daarvan'],
    roleplay: ['doe alsof', 'speel de rol', 'stel je voor dat je', 'gedraag je als'],
    fiction: ['schrijf een verhaal', 'in een verhaal', 'je personage', 'een personage', 'fictie', 'stel je voor dat je'],
    disclaimer: ['alleen fictie', 'het is maar fictie', 'puur fictief', 'voor onderzoek', 'voor educatieve doeleinden', 'wordt nooit gebruikt'],
    harmful: ['hack de wifi', 'wifi hacken', 'een bom maken', 'bom bouwen', 'explosieven maken', 'malware schrijven', 'phishingmail schrijven', 'iemand vergiftigen', 'geld witwassen', 'inbreken in'],
    hypothetical: ['stel je voor', 'hypothetisch', 'stel dat'],
    ownWords: ['wat ik zei', 'wat ik eerder zei', 'wat ik heb gezegd', 'wat ik schreef', 'mijn vorige bericht', 'mijn laatste bericht', 'mijn vorige vraag', 'de vorige vraag', 'ik bedoelde'],
    metaWord: ['vertaal', 'vertaling', 'wat betekent', 'betekenis', 'het woord', 'naar het engels', 'in het engels', 'hoe zeg je', 'in het frans', 'in het duits', 'in het spaans', 'naar het frans', 'naar het duits', 'vertaald'],
  },
};
