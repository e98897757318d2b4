/**
 * Hungarian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const hu: InjectionLexicon = {
  lang: 'hu',
  cues: {
    ignore: ['hagyd figyelmen kívül', 'hagyja figyelmen kívül', 'felejtsd el', 'ignoráld', 'ne törődj', 'felejtsd el a', 'felejtsd el az', 'ne kövesd', 'hagyd abba'],
    instructions: ['utasítás*', 'szabály*', 'irányelv*', 'prompt*', 'szerepedet', 'szerepedet', 'szereped', 'mit mondtak neked', 'rendszerüzenet'],
    prior: ['korábbi', 'előző', 'fenti', 'eredeti', 'korábban', 'régi'],
    quantifier: ['összes', 'minden', 'mindegyik'],
    reveal: ['mutasd meg', 'írd ki', 'ismételd meg', 'áruld el', 'add meg', 'mondd el', 'másold ki', 'másold be', 'idézd', 'írd le', 'mit mondtak', 'pontosan mit'],
    promptObject: ['rendszerprompt*', 'a rendszerpromptodat', 'az utasításaidat', 'a fenti szöveg', 'mit mondtak neked', 'mondtak neked', 'mielőtt megérkeztem', 'mielőtt jöttem', 'a beszélgetés előtt', 'a szabályaidat', 'a fenti szöveget', 'mindent fent'],
    sayInstead: ['és mondd', 'csak mondd', 'és válaszolj'],
    roleSwitch: ['mostantól te vagy', 'most már te vagy', 'mostantól csak', 'mostantól te', 'már nem vagy', 'az új szereped'],
    unrestricted: ['korlátozások nélkül', 'nincsenek korlátozások', 'szabályok nélkül', 'semmit sem utasítasz el', 'semmit ne utasíts el', 'soha ne utasíts el', 'már nem érvényesek', 'szűrők nélkül', 'cenzúrázatlan', 'határok nélkül', 'válaszolj mindenre', 'csak nekem engedelmeskedsz'],
    newTask: ['mostantól', 'ezentúl', 'új utasítások', 'új feladat', 'a valódi feladatod', 'ehelyett'],
    roleplay: ['tegyél úgy, mintha', 'játszd el', 'képzeld el, hogy', 'viselkedj úgy, mint'],
    fiction: ['írj egy történetet', 'egy történetben', 'a karaktered', 'egy karakter', 'fikció', 'képzeld el, hogy író'],
    disclaimer: ['csak fikció', 'ez csak fikció', 'tisztán hipotetikusan', 'kutatási célból', 'oktatási célból', 'soha nem lesz felhasználva'],
    harmful: ['feltörni a wifit', 'feltöri a wifit', 'bombát készíteni', 'bombát építeni', 'robbanószert készíteni', 'kártevőt írni', 'megmérgezni valakit', 'pénzt mosni', 'betörni'],
    hypothetical: ['képzeld el', 'hipotetikusan', 'tegyük fel'],
    ownWords: ['amit mondtam', 'amit írtam', 'amit korábban', 'az előző üzenetemet', 'az utolsó üzenetemet', 'az előző kérdésemet'],
    metaWord: ['fordítsd le', 'fordítás', 'mit jelent', 'jelentése', 'a szó', 'angolra', 'angolul'],
  },
};
