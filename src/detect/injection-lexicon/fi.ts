/**
 * Finnish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const fi: InjectionLexicon = {
  lang: 'fi',
  cues: {
    ignore: ['ohita', 'unohda', 'jätä huomiotta', 'älä välitä', 'unohda kaikki', 'älä noudata', 'lopeta noudattamasta'],
    instructions: ['ohjee*', 'ohjeet', 'säännö*', 'säännöt', 'kehote*', 'roolisi', 'mitä sinulle kerrottiin', 'mitä sinulle on kerrottu', 'järjestelmäviesti'],
    prior: ['aiemma*', 'aikaisemma*', 'edellise*', 'yllä olevat', 'alkuperäise*', 'sinun', 'vanhat', 'aiemmin'],
    quantifier: ['kaikki', 'kaikkia', 'jokainen'],
    reveal: ['näytä', 'tulosta', 'toista', 'paljasta', 'kerro', 'kopioi', 'liitä', 'lainaa', 'kirjoita', 'mitä sinulle', 'mitä tarkalleen'],
    promptObject: ['järjestelmäkehote*', 'järjestelmäkehotteesi', 'ohjeesi', 'alkuperäiset ohjeesi', 'yllä oleva teksti', 'sinulle kerrottiin', 'mitä sinulle kerrottiin', 'ennen kuin tulin', 'ennen tätä keskustelua', 'sääntösi', 'kaikki yllä oleva'],
    sayInstead: ['ja sano', 'sano vain', 'ja vastaa'],
    roleSwitch: ['olet nyt', 'tästä lähtien olet', 'tästä lähtien kuuntelet', 'et ole enää', 'uusi roolisi'],
    unrestricted: ['ilman rajoituksia', 'ei rajoituksia', 'ilman sääntöjä', 'älä kieltäydy', 'et kieltäydy mistään', 'älä koskaan kieltäydy', 'eivät ole enää voimassa', 'ilman suodattimia', 'sensuroimaton', 'ilman rajoja', 'vastaa kaikkeen'],
    newTask: ['tästä lähtien', 'tästä eteenpäin', 'uudet ohjeet', 'uusi tehtävä', 'todellinen tehtäväsi', 'sen sijaan'],
    roleplay: ['esitä', 'näyttele', 'kuvittele että olet', 'kuvittele, että olet', 'käyttäydy kuin'],
    fiction: ['kirjoita tarina', 'tarinassa', 'hahmosi', 'hahmo', 'fiktiota', 'kuvittele, että olet'],
    disclaimer: ['vain fiktiota', 'se on vain fiktiota', 'puhtaasti hypoteettisesti', 'tutkimustarkoituksiin', 'opetustarkoituksiin', 'ei koskaan käytetä'],
    harmful: ['hakkeroida wifi', 'murtautua wifiin', 'tehdä pommi', 'rakentaa pommi', 'valmistaa räjähteitä', 'kirjoittaa haittaohjelma', 'myrkyttää joku', 'pestä rahaa', 'murtautua'],
    hypothetical: ['kuvittele', 'hypoteettisesti', 'oletetaan että'],
    ownWords: ['mitä sanoin', 'mitä kirjoitin', 'edellisen viestini', 'edellinen viestini', 'viimeisen viestini'],
    metaWord: ['käännä', 'käännös', 'mitä tarkoittaa', 'merkitys', 'sana', 'englanniksi'],
  },
};
