/**
 * German restriction phrasing (split verbs: the particle of "gib … preis" is listed apart).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const de: RestrictionLexicon = {
  lang: 'de',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'name*', 'vorname*', 'nachname*', 'familienname*', 'wohnt', 'wohnen', 'wohnte', 'wohnhaft', 'wohnort*',
    'wohnsitz*', 'heimatstadt', 'geboren', 'geburt*', 'alter', 'jahre alt', 'e-mail*', 'email*', 'mail', 'adresse*',
    'anschrift*', 'telefon*', 'handy*', 'mobilnummer', 'lieblings*', 'farbe*', 'beruf*', 'arbeitet als', 'job',
    'konto*', 'kontostand', 'passwort*', 'kennwort*', 'pin', 'benutzername*', 'benutzer-id', 'staatsangehörigkeit',
    'nationalität', 'geschlecht', 'gehalt', 'kreditkarte*',
  ],
  capitalizesNouns: true,
  markers: [
    'nicht', 'nie', 'niemals', 'niemand', 'niemandem', 'niemanden', 'kein', 'keine*', 'nichts', 'keinesfalls',
    'keineswegs', 'auf keinen fall', 'auf gar keinen fall', 'unter keinen umständen', 'unter gar keinen umständen',
    'unter keinem umstand', 'in keinem fall', 'um keinen preis', 'egal was', 'was auch immer passiert',
    'darfst nicht', 'darf nicht', 'dürfen nicht', 'dürft nicht', 'sollst nicht', 'soll nicht', 'sollen nicht',
    'solltest nicht', 'sollte nicht', 'sollten nicht', 'kannst nicht', 'können nicht', 'verboten', 'untersagt',
    'nicht erlaubt', 'nicht gestattet', 'nicht zulässig', 'unzulässig', 'nicht vorgesehen', 'nicht programmiert',
    'vermeide*', 'vermeid*', 'verweiger*', 'weiger*', 'lehne* ab', 'lehne es ab', 'lehnen sie es ab', 'lehne* das ab',
    'ablehn*', 'unterlass*', 'verzichte* auf', 'sieh ab von',
    'sehen sie ab', 'abzusehen', 'tabu', 'ausgeschlossen', 'außerhalb des rahmens',
    'außerhalb deines aufgabenbereichs', 'geheim', 'geheim halten', 'halte* geheim', 'vertraulich*',
    'für dich behalten', 'für sich behalten', 'halte dich fern', 'halten sie sich fern', 'halte dich heraus',
    'halten sie sich heraus',
    'behalte es für dich', 'behalte ihn für dich', 'behalte sie für dich', 'behalte das für dich',
    'behalten sie es für sich', 'behalten sie ihn für sich', 'behalten sie das für sich',
    // The split verb "lehne … ab" ("Lehne Fragen zu Waffen höflich ab"): the particle is a generic word.
    'lehne', 'lehnen sie', 'lehnt',
  ],
  generic: [
    'besprech*', 'bespricht', 'diskutier*', 'sprech*', 'sprich', 'spricht', 'rede', 'reden', 'redest', 'redet',
    'unterhalt*', 'teile', 'teilen', 'teilst', 'teilt', 'verrat*', 'verrät', 'offenbar*', 'offenleg*', 'preisgeb*',
    'preis', 'enthüll*', 'erwähn*', 'nenn*', 'bereitstell*', 'bereit', 'liefere', 'liefern', 'lieferst', 'gebe',
    'geben', 'gebt', 'gib', 'gibst', 'gibt', 'sag', 'sage', 'sagen', 'sagst', 'sagt', 'erzähl*', 'erklär*',
    'beschreib*', 'antwort*', 'beantwort*', 'reagier*', 'eingeh*', 'hilf', 'hilfst', 'helf*', 'hilfe', 'unterstütz*',
    'anbiet*', 'biete*', 'generier*', 'erstell*', 'erzeug*', 'schreib*', 'verfasse', 'verfassen', 'produzier*',
    'ausgeb*', 'ausgabe', 'zeig*', 'anzeig*', 'wiederhol*', 'äußer*', 'thema', 'themen', 'themenbereich*',
    'gegenstand', 'bereich*', 'angelegenheit*', 'frage*', 'anfrage*', 'anliegen', 'information*', 'info', 'infos',
    'detail*', 'einzelheit*', 'inhalt*', 'daten', 'gespräch*', 'konversation*', 'diskussion*', 'meinung*', 'ansicht*',
    'jemand*', 'niemand*', 'irgendjemand*', 'irgendwem', 'jeder*', 'leute', 'menschen', 'person', 'personen',
    'benutzer*', 'nutzer*', 'anwender*', 'kunde*', 'kundin*', 'assistent*', 'chatbot*', 'bot', 'modell',
    'dich selbst', 'umstand', 'umstände*', 'mal', 'weise', 'sorte', 'bezüglich', 'betreff*', 'bezogen',
    'zusammenhang*', 'im zusammenhang mit', 'in bezug auf', 'hinsichtlich', 'einschließlich', 'streng', 'strenge*',
    'absolut*', 'bitte', 'immer', 'stets', 'jemals', 'sogar', 'stattdessen', 'spezifisch*', 'bestimmt*', 'konkret*',
    'speziell*', 'allgemein*', 'direkt*', 'indirekt*', 'erlaubt', 'gestattet', 'programmiert', 'anweisung*',
    'instruktion*', 'vorgabe*', 'prompt*', 'regel*', 'aufgabe*', 'job', 'rolle', 'rollen', 'fokus*', 'konzentrier*',
    'beibehalt*', 'behalt*', 'halte', 'halten', 'haltet', 'sicherstell*', 'stell* sicher', 'achte* darauf', 'grund',
    'gründe', 'wegen', 'aufgrund', 'bedenken', 'ding', 'dinge', 'dingen', 'sache', 'sachen', 'usw', 'etc', 'privat',
    'private', 'privaten', 'privater', 'privates', 'persönlich*', 'sensibel', 'sensible*', 'heikle*', 'geheim',
    'geheime', 'geheimen', 'geheimer', 'geheimes', 'vertraulich*', 'ausführlich*', 'detailliert*', 'tiefgehend*',
    'eingehend*', 'technisch*', 'wissenschaftlich*', 'komplex*', 'kompliziert*', 'kontrovers*', 'umstritten*',
    'heikel', 'potenziell*', 'neutral', 'neutrale*', 'unangemessen*', 'schädlich*', 'beleidigend*', 'anstößig*',
    'explizit*', 'fortgeschritten*', 'einfach*', 'grundlegend*', 'modern', 'moderne*', 'aktuell*', 'zukünftig*',
    'künftig*', 'andere*', 'verschieden*', 'ähnlich*', 'diverse*', 'ernst', 'ernste*', 'ernsthaft*', 'irrelevant*',
    'relevant*', 'sachfremd*', 'themenfremd*', 'angemessen*', 'geeignet*', 'offiziell*', 'professionell*', 'echte*',
    'tatsächlich*', 'genau*',
    // Copulas of values the stopword list lacks ("Das Passwort lautet …").
    'lautet', 'lauten', 'lautete', 'lauteten',
    // Manner adverbs of refusals ("lehne höflich ab").
    'höflich', 'freundlich', 'strikt', 'ausdrücklich', 'grundsätzlich', 'kategorisch', 'konsequent', 'folgend*',
    'fragt', 'fragst', 'gefragt', 'danach', 'auch wenn', 'selbst wenn',
  ],
  extenders: [
    'einschließlich', 'inklusive', 'inkl', 'darunter', 'wie', 'wie zum beispiel', 'wie etwa', 'etwa', 'insbesondere',
    'besonders', 'vor allem', 'zum beispiel', 'z. b', 'z.b', 'beispielsweise', 'nämlich', 'und zwar', 'speziell',
  ],
  backReferences: [
    'es nicht', 'es niemals', 'es nie', 'es niemandem', 'es keinem', 'es keinesfalls', 'es auf keinen fall',
    'es unter keinen umständen', 'das nicht', 'das niemandem', 'das niemals', 'dies', 'dieses', 'diese', 'diesen',
    'dieser', 'ihn', 'davon', 'darüber', 'dazu', 'diese information*', 'diese details', 'diese angaben',
  ],
  promptReferences: [
    'dieser prompt', 'diesen prompt', 'diesem prompt', 'der prompt', 'den prompt', 'systemprompt*', 'system-prompt*',
    'dein prompt', 'deinen prompt', 'ihr prompt', 'ihren prompt', 'diese anweisungen', 'deine anweisungen',
    'ihre anweisungen', 'die anweisungen', 'oben', 'obige*', 'oben genannt*', 'hier angegeben*', 'hier genannt*',
    'in diesem prompt', 'diese nachricht', 'dieser text', 'diesen text', 'diese regeln', 'deine regeln',
    'ihre regeln',
    'obige* text*', 'vorherige* text*', 'vorstehende* text*', 'text oben',
  ],
};
