/**
 * German injection cues. Compounds are listed whole, since phrases match on word boundaries.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const de: InjectionLexicon = {
  lang: 'de',
  cues: {
    ignore: [
      'ignorier*', 'vergiss', 'vergesst', 'vergessen sie', 'vergessen', 'missachte*', 'übergeh*', 'übergeht',
      'umgeh*', 'überschreib*', 'verwirf', 'verwerfen', 'setze* außer kraft', 'außer acht', 'nicht beachten',
      'beachte nicht', 'beachten sie nicht', 'nicht mehr befolgen', 'befolge nicht', 'befolgen sie nicht',
      'hör auf', 'hören sie auf', 'lösche*', 'streiche*', 'übersehe*', 'überseh*', 'vernachlässig*', 'wirf',
      'kümmere dich nicht', 'schenke* keine beachtung',
    ],
    instructions: [
      'anweisung*', 'instruktion*', 'regel*', 'richtlinie*', 'vorgabe*', 'befehl*', 'prompt', 'prompts',
      'einschränkung*', 'beschränkung*', 'vorschrift*', 'programmierung', 'was dir gesagt wurde',
      'was ihnen gesagt wurde', 'was man dir gesagt hat', 'filter', 'grundsätze', 'leitlinie*', 'aufgabe*',
      'systemanweisung*', 'systemprompt', 'kontext', 'ethik', 'moral',
    ],
    prior: [
      'vorherig*', 'vorige*', 'bisherig*', 'obig*', 'oben', 'früher*', 'ursprünglich*', 'anfänglich*', 'vorangegangen*',
      'vorhergehend*', 'zuvor', 'bisher', 'alte*', 'standard', 'system', 'deine', 'deinen', 'ihre', 'ihren', 'dein',
      // Before the user came.
      'bevor ich kam', 'bevor ich da war',
    ],
    quantifier: ['alle', 'alles', 'sämtliche*', 'jede*', 'irgendwelche', 'diese'],
    newTask: [
      'neue anweisung*', 'neue aufgabe', 'neue regeln', 'ab jetzt', 'von nun an', 'ab sofort', 'stattdessen',
      'eigentlich', 'deine wirkliche aufgabe', 'deine eigentliche aufgabe', 'deine einzige aufgabe',
    ],
    sayInstead: [
      'und sag', 'und sage', 'und sagen sie', 'und schreib*', 'und gib', 'und geben sie', 'und antworte*',
      'und behaupte*', 'und erkläre*', 'sag einfach', 'sagen sie einfach', 'antworte nur', 'gib nur', 'und gib an',
      'und geben sie an',
      'könnten wir sagen', 'könnten wir feststellen', 'sagen wir', 'nehmen wir an', 'gib folgendes aus', 'geben sie folgendes aus', 'gib das folgende aus', 'sag folgendes', 'und erkläre', 'die ausgabe ist', 'die ausgabe könnte', 'zugeben',
      'lassen sie uns sagen', 'lass uns sagen', 'lasst uns sagen', 'sagen wir mal', 'nehmen wir mal an', 'gehen wir davon aus', 'wir könnten sagen', 'wir können sagen', 'man könnte sagen', 'könnte man sagen', 'kann man sagen', 'wir könnten behaupten', 'lassen sie uns feststellen', 'lass uns feststellen', 'lassen sie uns annehmen', 'lass uns annehmen', 'lassen sie uns zugeben', 'lass uns zugeben', 'geben wir zu', 'in dem wir sagen', 'die ausgabe wäre', 'die ausgabe lautet', 'betrachte die ausgabe als', 'betrachten sie die ausgabe als', 'sag, dass', 'sagen sie, dass', 'stelle fest, dass', 'stellen sie fest, dass', 'gib an, dass', 'geben sie an, dass', 'antworte mit', 'antworten sie mit', 'und stelle fest', 'und stellen sie fest',
      'und erkläre, dass', 'und erklären sie, dass', 'und sage, dass', 'und sagen sie, dass', 'und stelle fest, dass', 'und gib an:', 'und erkläre:',
    ],
    roleSwitch: [
      'du bist jetzt', 'du bist nun', 'sie sind jetzt', 'sie sind nun', 'du bist nicht mehr', 'sie sind nicht mehr',
      'ab jetzt bist du', 'von nun an bist du', 'deine neue rolle', 'ihre neue rolle', 'dein neuer name',
      'du wirst jetzt', 'du wirst so tun', 'sie werden so tun', 'du wirst die rolle', 'schlüpfe in die rolle',
      'tauche in die rolle', 'in die rolle eines anderen', 'neue persona', 'du verwandelst dich',
    ],
    roleplay: [
      'tu so als', 'tun sie so als', 'tu so, als', 'gib dich als', 'verhalte dich wie', 'verhalten sie sich wie',
      'spiel die rolle', 'spielen sie die rolle', 'stell dir vor du bist', 'stell dir vor, du bist', 'simulier*',
      'rollenspiel', 'agiere als', 'agieren sie als', 'fungiere als', 'figur', 'charakter',
    ],
    unrestricted: [
      'ohne einschränkung*', 'keine einschränkung*', 'ohne beschränkung*', 'uneingeschränkt*', 'ohne grenzen',
      'keine grenzen', 'grenzenlos', 'ohne filter', 'keine filter', 'ungefiltert*', 'unzensiert*', 'ohne zensur',
      'keine zensur', 'nicht gebunden', 'nicht mehr gebunden', 'befreit von', 'frei von', 'ohne regeln',
      'keine regeln', 'ohne ethik', 'ohne moral', 'amoralisch*', 'unmoralisch*', 'verweigere nie', 'niemals ablehnen',
      'lehnst nie', 'alles tun', 'kann alles', 'jetzt alles', 'keine richtlinien', 'ohne warnung*', 'ohne zu zögern',
      'muss sich nicht an', 'müssen sich nicht an', 'sich befreit', 'typischen grenzen',
      // Moderation switched off in words.
      'schalte die moderation ab', 'schalte die moderation aus', 'moderation abschalten', 'moderation ausschalten', 'deaktiviere die moderation', 'schalte die filter ab', 'schalte den filter ab', 'filter ausschalten', 'deaktiviere die filter', 'deaktiviere den filter',
    ],
    persona: ['entwicklermodus', 'entwickler-modus', 'gott-modus', 'gottmodus', 'jailbreak*', 'mach jetzt alles', 'tu jetzt alles', 'böse ki', 'bösartige ki'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'sprachmodell', 'ki-modell', 'als ki', 'inhaltsrichtlinie*', 'künstliche intelligenz', 'ki'],
    stayInCharacter: [
      'bleib in der rolle', 'bleiben sie in der rolle', 'aus der rolle fallen', 'zwei antworten', 'zwei arten',
      'normale antwort', 'immer antworten', 'antworte immer', 'antworten sie immer',
      'fall nie aus der rolle', 'fall niemals aus der rolle', 'falle nie aus der rolle', 'falle niemals aus der rolle', 'fallen sie nie aus der rolle', 'fallen sie niemals aus der rolle', 'aus der rolle fällst', 'bleib in deiner rolle', 'bleibe in der rolle', 'bleibe in deiner rolle', 'bleiben sie in ihrer rolle', 'bleib im charakter', 'und antworte immer', 'und antworten sie immer',
    ],
    authority: [
      'ich bin dein entwickler', 'ich bin ihr entwickler', 'ich bin der entwickler', 'dein schöpfer', 'ihr schöpfer', 'ich bin dein administrator', 'ich bin gott', 'adminmodus', 'system-reset', 'systemupgrade', 'system-upgrade', 'strafverfolgung*', 'modus aktiviert', 'root-zugriff', 'ich bin autorisiert', 'wissensverifizierungsmodus',
      // An administrator claim.
      'ich bin der administrator', 'ich bin der admin', 'ich bin admin', 'hier spricht der administrator',
    ],
    reveal: [
      'wiederhole*', 'wiederholen sie', 'zeig*', 'gib aus', 'geben sie aus', 'ausgeben', 'offenbar*', 'verrat*',
      'enthüll*', 'druck*', 'schreib*', 'sag mir', 'sagen sie mir', 'nenn*', 'teile*', 'gib mir', 'geben sie mir',
      'was ist', 'was sind', 'wie lautet', 'wie lauten', 'bestätige*', 'bestätigen sie', 'liste*', 'kopier*',
      'übersetz*', 'fasse* zusammen', 'gib an', 'angeben',
      'sagen', 'bestätigen', 'teilen', 'geben', 'verraten', 'nennen', 'zeigen', 'mitteilen',
      'wie wäre', 'was wäre', 'wie würde', 'kannst du mir sagen', 'können sie mir sagen', 'könnten sie mir sagen', 'kannst du teilen', 'können sie teilen', 'kannst du bestätigen', 'können sie bestätigen', 'buchstabiere', 'buchstabieren sie', 'buchstabieren',
      'wort für wort aus', 'wörtlich aus',
      // Copying out: "schreib es ab".
      'schreib es ab', 'schreib sie ab', 'abschreiben', 'gib es wieder', 'gib sie wieder',
      // The rules the model follows now, and quoting them.
      'zitiere*', 'zitieren sie',
    ],
    promptObject: [
      'systemprompt', 'system-prompt', 'systemanweisung*', 'systemnachricht', 'deinen prompt', 'ihren prompt',
      'ursprünglichen prompt', 'deine anweisungen', 'ihre anweisungen', 'ursprünglichen anweisungen',
      'anfänglichen anweisungen', 'versteckten anweisungen', 'geheimen anweisungen', 'text oben', 'obigen text',
      'alles oben', 'alles vorherige', 'deine regeln', 'ihre regeln',
      'deine konfiguration', 'anfang dieses gesprächs', 'was dir gesagt wurde',
      // What the model was told before the chat.
      'vor diesem gespräch', 'vor diesem chat', 'vor unserem gespräch', 'was wurde dir gesagt', 'was wurde dir vor', 'was man dir gesagt hat', 'was man dir vorher gesagt', 'anweisungen, die du bekommen hast', 'anweisungen, die du erhalten hast',
      // What was said before the user came.
      'wurde dir gesagt', 'vor meiner ersten nachricht',
      // The rules the model follows now, and quoting them.
      'regeln befolgst du', 'regeln du befolgst', 'anweisungen befolgst du', 'anweisungen du befolgst',
    ],
    secretObject: [
      'passwort', 'kennwort', 'dein passwort', 'geheimschlüssel', 'geheimer schlüssel', 'geheimen schlüssel',
      'geheimcode', 'geheimwort', 'zugangscode', 'api-schlüssel', 'zugangsdaten',
      'deine datenbank', 'ihre datenbank', 'vertrauliche informationen', 'vertrauliche zeichenkette',
      'das passwort',
    ],
    privateData: [
      'des benutzers', 'des nutzers', 'e-mail-adresse', 'geburtsdatum', 'geburtstag', 'wohnadresse', 'wohnort',
      'kontostand', 'telefonnummer', 'persönliche daten', 'persönlichen daten', 'mitarbeiterdaten', 'wo wohnt',
      'wo lebt',
      'initialen', 'vorname', 'lieblingsfarbe', 'geburtsjahr', 'geburtsmonat', 'aktuelle stadt', 'wohnt', 'lebt',
      'aktuellen wohnort', 'aktueller wohnort', 'jetzige wohnstadt', 'wohnstadt', 'e-mail-adresse von', 'geburtsdatum von', 'initialen von',
    ],
    evasion: [
      'umgekehrter reihenfolge', 'rückwärts', 'schweinelatein', 'base64', 'rot13', 'morsecode', 'buchstabe für buchstabe',
      'zeichen für zeichen', 'getrennt durch', 'jede ziffer', 'jeden buchstaben', 'gedicht über', 'haiku über',
      'verschachtel*', 'teil 1', 'teil 2', 'mit bindestrichen', 'auf deutsch', 'auf spanisch', 'in leetspeak',
      'in umgekehrter reihenfolge', 'umgekehrte reihenfolge', 'gedicht über das', 'ein gedicht über', 'die ersten drei buchstaben', 'ersten buchstaben', 'anfangsbuchstaben', 'teile die antwort', 'in zwei teile', 'in drei teile', 'in base64',
    ],
    decode: ['dekodier*', 'decodier*', 'entschlüssel*', 'base64', 'rot13', 'hexadezimal', 'binärzeichenfolge', 'kodiert*', 'codiert*', 'morse', 'binär', 'caesar', 'dekodiere diese', 'entschlüssele diese'],
    execute: [
      'befolge sie', 'befolge es', 'befolgen sie', 'führe* aus', 'führen sie', 'gehorche*', 'tu was', 'tu, was',
      'was darin steht', 'setze* um', 'befolge die anweisung*',
      'was es sagt', 'was da steht', 'und beantworte', 'beantworte sie', 'beantworten sie', 'und antworte', 'antworte darauf', 'beantworte die frage',
    ],
    send: ['sende*', 'senden sie', 'schick*', 'übermittel*', 'leite* weiter', 'hochladen', 'lade* hoch', 'poste*', 'leite', 'leiten sie'],
    conversation: [
      'dieses gespräch', 'das gespräch', 'diese unterhaltung', 'den chatverlauf', 'chatverlauf', 'verlauf',
      'vorherigen nachrichten', 'die daten', 'alle daten', 'die zusammenfassung', 'das passwort', 'url', 'http',
      'bisherigen nachrichten', 'alle nachrichten', 'gesprächsverlauf', 'die unterhaltung', 'die konversation', 'diese konversation',
    ],
    hypothetical: [
      'hypothetisch*', 'stell dir vor', 'stellen sie sich vor', 'angenommen', 'nehmen wir an', 'in einer welt',
      'paralleluniversum', 'fiktive* welt', 'in dieser welt', 'dystopisch*', 'gedankenexperiment', 'szenario',
      'stellt euch vor', 'stell dir mal vor', 'in einer welt, in der', 'parallelwelt', 'in einer parallelwelt', 'für die zwecke dieser übung', 'rein hypothetisch', 'denken wir an', 'fiktiven szenario', 'hypothetisches szenario',
      'nehmen wir mal an', 'gehen wir davon aus',
    ],
    selfHelp: ['mein passwort', 'meine passwörter', 'ein passwort', 'ein sicheres passwort', 'sicheres passwort', 'starkes passwort', 'passwort-manager', 'passwortmanager', 'zurücksetzen', 'vergessen', 'wie kann ich', 'wie erstelle ich', 'wie ändere ich'],
    userRef: ['der benutzer', 'des benutzers', 'dem benutzer', 'den benutzer', 'der nutzer', 'des nutzers', 'dieses benutzers', 'der kunde', 'des kunden'],
    dataTask: ['fasse diese', 'fassen sie diese', 'fasse diesen', 'fassen sie diesen', 'fasse dieses', 'angesichts dieses', 'angesichts dieser', 'basierend auf diesem', 'basierend auf dieser', 'anhand dieses', 'anhand dieser', 'diese webseite', 'dieser webseite', 'diesen artikel', 'diesem artikel', 'dieses dokument', 'dieses papier', 'dieser arbeit', 'diesen lebenslauf', 'diesem lebenslauf', 'diese tabelle', 'dieser tabelle', 'diesen code', 'dieses codes', 'diese transaktion', 'diesen text', 'hauptschlussfolgerungen', 'wichtigsten schlussfolgerungen', 'angesichts dieser tabelle', 'anhand dieser tabelle', 'dieses papiers', 'dieses artikels', 'dieses wikipedia-artikels', 'fasse diese webseite zusammen', 'fassen sie diese webseite zusammen', 'die ausgabe dieses codes', 'ausgabe dieses codes', 'basierend auf diesem lebenslauf', 'auf grundlage dieses', 'auf grundlage dieser', 'dieser e-mail', 'basierend auf dieser e-mail', 'diese webseite zusammen', 'dieses interview', 'dieses transkript', 'dieses gespräch'],
    mode: ['systemmodus', 'system-modus', 'admin-modus', 'administratormodus', 'wartungsmodus', 'debug-modus', 'debugmodus', 'override-modus', 'überschreibungsmodus', 'verifizierungsmodus', 'überprüfungsmodus', 'testmodus', 'diagnosemodus', 'systemprüfung', 'systemüberprüfung', 'systemcheck', 'systemzurücksetzung', 'systemreset', 'systemaktualisierung', 'datenüberschreibung'],
    enter: ['trete in', 'betrete', 'wechsle in', 'wechsle', 'aktiviert', 'aktiviere', 'aktivieren', 'eingeschaltet', 'gehe in', 'führe eine', 'führe einen', 'ich führe'],
    claim: ['ich bin entwickler', 'ich bin ein entwickler', 'als entwickler', 'dein chef', 'ihr chef', 'als ihr chef', 'als dein chef', 'polizist', 'polizeibeamter', 'strafverfolgung', 'sicherheitsaudit', 'sicherheitsüberprüfung', 'der präsident', 'als experte', 'ich gebe ihnen', 'ich gebe dir', 'ich zahle', 'ich spende', 'ich verspreche', 'forschung zeigt', 'studien zeigen', 'alle im team', 'gängige praxis', 'es ist wichtig, dass sie', 'es ist wichtig, dass du', 'zur sicherheit', 'sie haben zugestimmt', 'sie haben erwähnt', 'zu testzwecken', 'als autorität', 'ich schlage vor'],
    ownWords: ['was ich dir gegeben habe', 'was ich gefragt habe', 'was ich gesagt habe', 'was ich vorhin', 'was ich geschrieben habe', 'was ich gefragt habe', 'meine letzte nachricht', 'meine vorherige nachricht', 'meine letzte frage', 'meine vorherige frage', 'meinen fehler', 'meine tippfehler', 'den vorherigen entwurf', 'die letzte frage', 'die vorherige frage', 'ich habe mich vertan', 'ich meinte'],
    metaWord: ['sätze wie', 'diesen text', 'korrigiere', 'was bedeutet', 'bedeutet', 'bedeutung', 'definiere', 'definition', 'übersetze*', 'übersetzen', 'übersetzung', 'wie sagt man', 'synonym*', 'das wort', 'der ausdruck', 'den satz', 'auf englisch', 'ins englische', 'auf deutsch', 'ins deutsche', 'korrigiere die grammatik', 'übersetzt', 'wie übersetzt man', 'ins spanische', 'ins französische', 'auf spanisch', 'auf französisch', 'ins italienische'],
    qaMarker: ['q:', 'a:', 'f:', 'frage:', 'antwort:'],
    harmful: ['eine bombe bauen', 'bombe bauen', 'bombe basteln', 'sprengstoff herstellen', 'sprengstoff selbst', 'meth herstellen', 'meth kochen', 'methamphetamin herstellen', 'jemanden vergiften', 'ohne erwischt zu werden', 'ransomware schreiben', 'schreib ransomware', 'schreibe ransomware', 'malware schreiben', 'schreib malware', 'schreibe malware', 'schadsoftware schreiben', 'keylogger schreiben', 'schreib einen keylogger', 'einen virus schreiben', 'in das konto hacken', 'konto hacken', 'wlan hacken', 'phishing-mail', 'phishing-e-mail', 'phishing mail schreiben', 'geld waschen', 'falschgeld', 'gefälschten ausweis', 'gefälschte ausweise', 'jemanden stalken', 'ein auto stehlen', 'auto klauen', 'waffe kaufen ohne', 'gültige kreditkartennummer', 'kreditkartennummern'],
    aiAddress: [
      // Content that turns to an AI reader.
      'hinweis an die ki', 'hinweis für die ki', 'notiz an die ki', 'nachricht an die ki', 'an die ki:', 'liebe ki', 'an den assistenten', 'hinweis an den assistenten', 'an jede ki', 'falls du eine ki bist', 'wenn du eine ki bist', 'ki, die dies liest', 'ki, die das liest', 'an das sprachmodell',
    ],
    policyChange: [
      // Earlier orders declared void.
      'gelten nicht mehr', 'gilt nicht mehr', 'sind ungültig', 'sind aufgehoben', 'sind nichtig', 'sind hinfällig', 'außer kraft',
    ],
  },
};
