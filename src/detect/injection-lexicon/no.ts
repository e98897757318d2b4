/**
 * Norwegian (Bokmal) injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const no: InjectionLexicon = {
  lang: 'no',
  cues: {
    ignore: ['ignorer', 'glem', 'se bort fra', 'glem alt', 'slutt å følge', 'ikke følg'],
    instructions: ['instruksjon*', 'regler', 'retningslinjer', 'prompt', 'din rolle', 'hva du fikk vite', 'hva du ble fortalt', 'systemmelding'],
    prior: ['tidligere', 'forrige', 'ovenstående', 'opprinnelige', 'dine', 'ditt'],
    quantifier: ['alle', 'hver'],
    reveal: ['vis', 'skriv ut', 'gjenta', 'avslør', 'fortell', 'gi meg', 'kopier', 'lim inn', 'siter', 'skriv ned', 'hva ble du', 'hva fikk du'],
    promptObject: ['systemprompt', 'systemprompten', 'din systemprompt', 'dine instruksjoner', 'teksten over', 'ble du fortalt', 'du ble fortalt', 'før jeg kom', 'før denne samtalen', 'dine regler', 'teksten ovenfor', 'alt over'],
    sayInstead: ['og si', 'si bare', 'og svar med'],
    roleSwitch: ['du er nå', 'fra nå av er du', 'fra nå av hører du', 'du er ikke lenger', 'din nye rolle'],
    unrestricted: ['uten begrensninger', 'ingen begrensninger', 'uten regler', 'avvis ingenting', 'nekt aldri', 'nekter ingenting', 'gjelder ikke lenger', 'uten filter', 'usensurert', 'uten grenser', 'svar på alt'],
    newTask: ['fra nå av', 'heretter', 'nye instruksjoner', 'ny oppgave', 'din egentlige oppgave', 'i stedet'],
    roleplay: ['lat som', 'spill rollen', 'forestill deg at du er', 'oppfør deg som'],
    fiction: ['skriv en historie', 'i en historie', 'karakteren din', 'din karakter', 'fiksjon', 'forestill deg at du er'],
    disclaimer: ['bare fiksjon', 'det er bare fiksjon', 'rent hypotetisk', 'for forskning', 'i undervisningsøyemed', 'vil aldri bli brukt'],
    harmful: ['hacker naboens wifi', 'hacke wifi', 'lage en bombe', 'bygge en bombe', 'lage sprengstoff', 'skrive skadevare', 'forgifte noen', 'hvitvaske penger', 'bryte seg inn i'],
    hypothetical: ['forestill deg', 'hypotetisk', 'anta at'],
    ownWords: ['det jeg sa', 'hva jeg sa', 'det jeg skrev', 'min forrige melding', 'min siste melding', 'mitt siste spørsmål'],
    metaWord: ['oversett', 'oversettelse', 'hva betyr', 'betydning', 'ordet', 'til engelsk', 'på engelsk'],
  },
};
