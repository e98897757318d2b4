/**
 * Italian injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const it: InjectionLexicon = {
  lang: 'it',
  cues: {
    ignore: [
      'ignora*', 'ignori', 'ignorate', 'dimentica*', 'dimentichi', 'dimenticate', 'trascura*', 'tralascia*',
      'scarta*', 'non seguire', 'non segua', 'smetti di seguire', 'smettila di seguire', 'non tenere conto',
      'non tener conto', 'lascia perdere', 'lasci perdere', 'metti da parte', 'sovrascrivi', 'aggira*', 'elimina*',
      'cancella*', 'annulla*', 'disobbedisci', 'salta',
    ],
    instructions: [
      'istruzion*', 'regol*', 'direttiv*', 'linee guida', 'indicazion*', 'ordini', 'comand*', 'prompt',
      'restrizion*', 'limitazion*', 'vincol*', 'politic*', 'programmazione', 'ciò che ti è stato detto',
      'quello che ti è stato detto', 'ti è stato detto', 'filtri', 'principi', 'compit*', 'contesto', 'etica',
    ],
    prior: [
      'precedent*', 'anterior*', 'sopra', 'di sopra', 'iniziali', 'iniziale', 'originali', 'originale', 'prima',
      'finora', 'fino ad ora', 'vecchi*', 'di sistema', 'predefinit*', 'tue', 'tuoi', 'tua', 'tuo', 'sue', 'vostre',
      // Before the user came.
      'prima che arrivassi', 'prima del mio arrivo',
    ],
    quantifier: ['tutto', 'tutte', 'tutti', 'tutta', 'qualsiasi', 'ogni', 'quelle', 'queste'],
    newTask: [
      'nuov* istruzion*', 'nuovo compito', 'nuove regole', "d'ora in poi", 'da ora in poi', 'da adesso',
      'invece', 'in realtà', 'il tuo vero compito', 'il tuo unico compito',
    ],
    sayInstead: [
      // Not "e dì": the keyword copy folds it into "e di" (and of), one of the commonest pairs of Italian words.
      'e di\'', 'e scrivi', 'e rispondi', 'e dichiara', 'e afferma', 'e stampa', 'e indica', 'di\' solo',
      'rispondi solo', 'e dire', 'e affermare',
      'potremmo dire', 'potremmo affermare', 'diciamo che', 'diciamo', 'supponiamo che', 'dichiara quanto segue', 'indica quanto segue', 'stampa quanto segue', "e di' che", "l'output è", "l'output potrebbe essere", 'ammettere',
      'diciamo semplicemente', 'supponiamo', 'assumiamo che', 'ammettiamo che', 'ammettiamo', 'possiamo dire', 'possiamo affermare', 'si potrebbe dire', 'potremmo dichiarare', 'dichiariamo che', 'affermiamo che', "l'output sarebbe", "considera l'output come", "consideri l'output come", 'di che', 'dica che', 'dichiara che', 'dichiari che', 'afferma che', 'affermi che', 'rispondi con', 'risponda con', 'in cui diciamo', 'devi dire', 'indica che', 'indichi che',
      'e dichiara che', 'e afferma che', 'e scrivi che', 'e dichiarare',
    ],
    roleSwitch: [
      'ora sei', 'adesso sei', 'non sei più', "d'ora in poi sei", "d'ora in poi tu", 'il tuo nuovo ruolo',
      'il tuo nuovo nome', 'agirai come', 'fingerai', 'interpreterai', 'immergerti nel ruolo', 'immergiti nel ruolo',
      'nel ruolo di un altro', 'nuova personalità', 'diventi', 'diventerai', 'stai per immergerti',
    ],
    roleplay: [
      'agisci come', 'comportati come', 'fingi', 'finga', 'fai finta', 'interpreta il ruolo', 'recita la parte',
      'immagina di essere', 'simula*', 'gioco di ruolo', 'personaggio',
    ],
    unrestricted: [
      'senza restrizion*', 'nessuna restrizione', 'senza limit*', 'nessun limite', 'senza filtri', 'nessun filtro',
      'non filtrat*', 'senza censura', 'non censurat*', 'senza regole', 'nessuna regola', 'senza etica',
      'senza morale', 'amorale', 'immorale', 'non rifiutare mai', 'non rifiuti mai', 'fare qualsiasi cosa',
      'può fare qualsiasi cosa', 'qualsiasi cosa ora', 'non è vincolat*', 'non sei vincolat*', 'non devono attenersi',
      'non deve attenersi', 'liber* da', 'si sono liberati', 'confini tipici', 'senza avvertiment*', 'senza esitazione',
      'illimitat*',
    ],
    persona: ['modalità sviluppatore', 'modalità dio', 'jailbreak*', 'fai qualsiasi cosa ora', 'ia malvagia', 'ia malevola'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'modello linguistico', 'modello di ia', 'modello di intelligenza', 'politica dei contenuti', 'intelligenza artificiale', 'ia'],
    stayInCharacter: [
      'resta nel personaggio', 'rimani nel personaggio', 'esci dal personaggio', 'due risposte', 'due modi',
      'risposta normale', 'rispondi sempre', 'rispondere sempre',
      'non uscire mai dal personaggio', 'non uscire dal personaggio', 'uscire dal personaggio', 'resta nel ruolo', 'rimani nel ruolo', 'e rispondi sempre', 'e risponda sempre',
    ],
    authority: ['sono il tuo sviluppatore', 'sono lo sviluppatore', 'il tuo creatore', 'sono il tuo amministratore', 'sono dio', 'modalità di sicurezza', 'reset del sistema', 'modalità attivata', 'accesso root', 'sono autorizzato', "sono l'amministratore", 'sono il vostro amministratore'],
    reveal: [
      'ripeti', 'ripeta', 'mostra*', 'mostrami', 'stampa', 'rivela', 'riveli', 'scrivi', 'dimmi', 'mi dica',
      'condividi', 'dammi', 'mi dia', 'fornisci', 'fornisca', 'qual è', 'quali sono', 'cos\'è', 'conferma', 'confermi',
      'elenca', 'copia', 'traduci', 'riassumi',
      'dirmi', 'dire', 'confermare', 'condivider*', 'dare', 'darmi', 'rivelare', 'mostrare', 'fornire',
      'quale sarebbe', 'quale sarà', 'qual era', 'puoi dirmi', 'potresti dirmi', 'puoi condividere', 'potresti condividere', 'puoi confermare',
      'potrebbe dirmi', 'può dirmi', 'compitare', 'compita', 'sillaba',
      // Copying out.
      'ricopia*', 'trascrivi',
      // The rules the model follows now, and quoting them.
      'citale', 'citala', 'citalo', 'citali',
    ],
    promptObject: [
      'prompt di sistema', 'messaggio di sistema', 'il tuo prompt', 'prompt iniziale', 'tue istruzioni',
      'istruzioni iniziali', 'istruzioni originali', 'istruzioni nascoste', 'istruzioni segrete', 'testo sopra',
      'testo precedente', 'tutto quanto sopra', 'tue regole',
      'tua configurazione', 'inizio di questa conversazione',
      // Given at the start: "le istruzioni che ti sono state date all'inizio".
      "che ti sono state date all'inizio", 'istruzioni che ti sono state date', "che ti hanno dato all'inizio", 'ti è stato detto prima', 'prima di questa conversazione',
      // What the model was told before the user came.
      'ti hanno detto', 'regole che segui',
      // The rules the model follows now, and quoting them.
      'regole stai seguendo', 'regole segui', 'istruzioni stai seguendo', 'istruzioni segui',
    ],
    secretObject: [
      'password', 'la tua password', 'chiave segreta', 'codice segreto', 'parola segreta', 'frase segreta',
      "codice d'accesso", 'codice di accesso', 'chiave api', 'credenziali',
      'il tuo database', 'informazioni riservate', 'stringa riservata',
      'la password',
    ],
    privateData: [
      "dell'utente", 'indirizzo email', 'indirizzo e-mail', 'data di nascita', 'compleanno', 'indirizzo di casa',
      'città di residenza', 'saldo bancario', 'numero di telefono', 'dati personali', 'informazioni personali',
      'dati dei dipendenti', 'dove vive', 'dove abita',
      'iniziali', 'nome', 'colore preferito', 'anno di nascita', 'mese di nascita', 'città attuale', 'vive',
      'città di residenza attuale', "l'indirizzo email di", "l'indirizzo e-mail di", 'la data di nascita di', 'le iniziali di',
    ],
    evasion: [
      'ordine inverso', 'al contrario', 'alla rovescia', 'base64', 'rot13', 'codice morse', 'lettera per lettera',
      'carattere per carattere', 'separat* da', 'ogni cifra', 'ogni lettera', 'poesia sul', 'poesia sulla', 'haiku su',
      'interlaccia*', 'parte 1', 'parte 2', 'con trattini', 'in tedesco', 'in leet',
      'in ordine inverso', 'una poesia su', 'le prime tre lettere', 'prime lettere', 'prima lettera', 'dividi la risposta', 'in due parti', 'in tre parti', 'in base64', 'latino maiale',
    ],
    decode: ['decodific*', 'decifra*', 'decritta*', 'base64', 'rot13', 'esadecimale', 'stringa binaria', 'codificat*', 'cifrat*', 'morse', 'binario', 'cifrario di cesare', 'decodifica questo', 'decifra questo'],
    execute: ['seguilo', 'seguile', 'segui le istruzioni', 'esegui*', 'obbedisci', 'fai quello che dice', 'quello che dice', 'applica*', 'cosa dice', 'e rispondi', 'rispondi alla domanda', 'risponda alla domanda'],
    send: ['invia*', 'manda*', 'trasmetti', 'inoltra*', 'carica', 'pubblica*', 'esfiltra*'],
    conversation: [
      'questa conversazione', 'la conversazione', 'la cronologia', 'messaggi precedenti', 'i dati', 'tutti i dati',
      'il riepilogo', 'la password', 'url', 'http',
    ],
    hypothetical: [
      'ipotetic*', 'immagina*', 'supponiamo', 'supponi', 'in un mondo in cui', 'in un mondo dove', 'universo parallelo',
      'mondo immaginario', 'in questo mondo', 'distopic*', 'esperimento mentale', 'scenario',
      'immaginiamo', 'immagina che', 'immagini che', 'in un universo parallelo', 'mondo parallelo', 'ai fini di questo esercizio', 'discussione ipotetica', 'scenario ipotetico',
      'assumiamo che',
    ],
    selfHelp: ['la mia password', 'le mie password', 'una password', 'password sicura', 'password forte', 'gestore di password', 'gestore password', 'reimpostare', 'reimposta', 'dimenticato', 'come posso', 'come faccio', 'come creare', 'cambiare la mia'],
    userRef: ["l'utente", "dell'utente", "all'utente", 'questo utente', 'il cliente', 'del cliente'],
    dataTask: ['riassumi questa', 'riassumi questo', 'riassuma questa', 'dato questo', 'data questa', 'dato questa', 'in base a questo', 'in base a questa', 'basandoti su', 'questa pagina web', 'questo articolo', 'questo documento', 'questo curriculum', 'questa tabella', 'questa email', 'questo codice', "l'output di questo codice", 'questa transazione', 'questo testo', 'principali conclusioni', 'data questa tabella', 'questa tabella di', 'dato questo articolo', 'di questo articolo', 'di questo documento', 'questo articolo di wikipedia', "l'output di questo", 'il risultato di questo codice', 'riassumi questa pagina', 'riassuma questa pagina', 'basato su questo curriculum', 'basata su questo', 'basato su questa', 'questa e-mail', 'di questo paper', 'questo paper', 'questa intervista', 'questa trascrizione'],
    mode: ['modalità sistema', 'modalità di sistema', 'modalità amministratore', 'modalità manutenzione', 'modalità di manutenzione', 'modalità debug', 'modalità di debug', 'modalità override', 'modalità di override', 'modalità di verifica', 'modalità test', 'modalità diagnostica', 'controllo del sistema', 'verifica del sistema', 'controllo di sistema', 'verifica di sistema', 'ripristino del sistema', 'aggiornamento del sistema', 'override dei dati'],
    enter: ['sto entrando', 'entro in', 'entrare in', 'attivata', 'attivato', 'attivare', 'attiva la', 'passo alla', 'sto eseguendo', 'eseguendo un'],
    claim: ['sono uno sviluppatore', 'come sviluppatore', 'il tuo capo', 'come tuo capo', 'come suo capo', 'agente di polizia', 'poliziotto', "forze dell'ordine", 'audit di sicurezza', 'il presidente', 'come esperto', 'ti darò', 'le darò', 'ti pagherò', 'donerò', 'prometto', 'la ricerca dimostra', 'tutti nel team', 'pratica comune', 'è importante che', 'per la sicurezza', 'hai accettato', 'hai detto', 'a scopo di test', 'come autorità', 'ti suggerisco'],
    ownWords: ['quello che ti ho chiesto', 'quello che ho detto', 'quello che ho scritto', 'quello che ti ho detto', 'il mio messaggio precedente', 'il mio ultimo messaggio', 'la mia domanda precedente', 'la mia ultima domanda', 'il mio errore', 'i miei errori', 'la bozza precedente', 'la domanda di prima', 'la domanda precedente', 'l\'ultima domanda', 'mi sono sbagliato', 'mi sono sbagliata', 'ho sbagliato'],
    metaWord: ['frasi come', 'questo testo', 'correggi', 'cosa significa', 'che cosa significa', 'significa', 'significato', 'definisci', 'definizione', 'traduci', 'tradurre', 'traduzione', 'come si dice', 'sinonimo', 'sinonimi', 'la parola', 'la frase', 'in inglese', 'in italiano', 'correggi la grammatica', 'questa frase', 'come si traduce', 'in tedesco', 'in francese', 'in spagnolo'],
    qaMarker: ['q:', 'a:', 'd:', 'r:', 'domanda:', 'risposta:'],
    harmful: ['fabbricare una bomba', 'costruire una bomba', 'fare una bomba', 'fabbricare esplosivi', 'sintetizzare metanfetamina', 'produrre metanfetamina', 'avvelenare qualcuno', 'senza farmi scoprire', 'senza essere scoperto', 'scrivere un ransomware', 'scrivi un ransomware', 'scrivere un malware', 'scrivi un malware', 'scrivi un keylogger', 'scrivere un keylogger', 'scrivere un virus', 'hackerare l\'account', 'hackerare un account', 'hackerare il wifi', 'email di phishing', 'riciclare denaro', 'riciclare soldi', 'banconote false', 'documento falso', 'documenti falsi', 'pedinare qualcuno', 'rubare un\'auto', 'rubare una macchina', 'comprare un\'arma senza', 'numero di carta di credito valido', 'numeri di carte di credito'],
    aiAddress: [
      // Content that turns to an AI reader.
      "nota per l'ia", "nota per l'ai", "nota per l'assistente", "messaggio per l'ia", "all'ia che legge", 'ia che legge questo', 'cara ia', 'a qualsiasi ia', "se sei un'ia", "se sei un'ai", "istruzioni per l'ia", 'al modello linguistico',
      // The assistant reading the content, addressed in it.
      'assistente che legge', "all'assistente che legge",
    ],
    policyChange: [
      // Earlier orders declared void.
      'non valgono più', 'non si applicano più', 'sono annullate', 'sono nulle',
    ],
  },
};
