/**
 * Italian restriction phrasing (clitic pronouns are articles too, so they count only after "non").
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const it: RestrictionLexicon = {
  lang: 'it',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'nome', 'cognome*', 'vive', 'vivono', 'abita*', 'risiede', 'residen*', 'domicilio', 'città natale', 'nato',
    'nata', 'nati', 'nascita', 'data di nascita', 'compleanno', 'età', 'anni', 'email', 'e-mail', 'mail',
    'posta elettronica', 'indirizzo*', 'telefono', 'cellulare', 'preferit*', 'colore', 'colori', 'lavora come',
    'professione', 'occupazione', 'mestiere', 'numero di conto', 'conto corrente', 'saldo', 'password', 'pin',
    'nazionalità', 'sesso', 'stipendio', 'carta di credito',
  ],
  markers: [
    'non', 'mai', 'non mai', 'giammai', 'nessun*', 'niente', 'nulla', 'nemmeno', 'neanche', 'neppure', 'non devi',
    'non deve', 'non dovete', 'non devono', 'non dovresti', 'non dovreste', 'non dovrebbe', 'non puoi', 'non può',
    'non potete', 'non si deve', 'non bisogna', 'non è consentito', 'non è permesso', 'non è ammesso',
    'non consentit*', 'non permess*', 'non autorizzat*', 'non ammess*', 'vietat*', 'è vietato', 'divieto', 'proibit*',
    'evit*', 'rifiuta*', 'astieniti', 'astenersi', 'si astenga', 'astenet*', 'in nessun caso', 'per nessun motivo',
    'in nessuna circostanza', 'sotto nessuna circostanza', 'in alcun modo', 'in nessun modo', 'a nessuna condizione',
    'mai e poi mai', 'qualunque cosa accada', 'a ogni costo', 'a tutti i costi', 'fuori tema', 'fuori ambito',
    'fuori dal tuo ambito', 'riservat*', 'confidenzial*', 'segreto', 'segreta', 'mantieni segreto', 'tieni segreto',
    'mantieni il segreto', 'tieniti lontano', 'stai lontano', 'stai alla larga',
  ],
  generic: [
    'discut*', 'parla', 'parlare', 'parlarne', 'parli', 'parlate', 'trattare', 'tratta', 'trattarl*', 'affront*',
    'condivid*', 'rivel*', 'divulg*', 'svel*', 'menzion*', 'fornir*', 'fornisc*', 'dai', 'dare', 'dire', 'dici',
    'dica', 'dite', 'dirl*', 'racconta*', 'spieg*', 'descriv*', 'rispond*', 'rispost*', 'coinvolg*', 'aiut*',
    'assist*', 'offr*', 'generare', 'genera', 'generi', 'generato', 'generata', 'crea', 'creare', 'scriv*', 'scritt*',
    'redig*', 'produrre', 'produci', 'produca', 'mostr*', 'espon*', 'ripet*', 'comunic*', 'indicare', 'indica',
    'indicazion*', 'commentare', 'commenta', 'commenti', 'argoment*', 'tema', 'temi', 'tematic*', 'soggett*',
    'question*', 'materia', 'materie', 'ambito', 'ambiti', 'domand*', 'richiest*', 'informazion*', 'info', 'dettagl*',
    'contenut*', 'dati', 'dato', 'conversazion*', 'discussion*', 'opinion*', 'parere', 'pareri', 'chiunque',
    'qualcuno', 'nessuno', 'tutti', 'gente', 'persone', 'persona', 'utent*', 'client*', 'assistent*', 'chatbot*',
    'bot', 'modello', 'te stesso', 'circostanz*', 'caso', 'casi', 'volta', 'volte', 'modo', 'modi', 'tipo', 'tipi',
    'genere', 'relativo', 'relativa', 'relativi', 'relative', 'legato', 'legata', 'legati', 'legate', 'collegat*',
    'riguard*', 'concernent*', 'inerent*', 'compreso', 'compresa', 'compresi', 'comprese', 'rigorosamente',
    'strettamente', 'assolut*', 'per favore', 'per piacere', 'sempre', 'anche', 'persino', 'invece', 'specific*',
    'certo', 'certi', 'certa', 'certe', 'particolar*', 'generale', 'generali', 'generalmente', 'direttamente',
    'diretto', 'diretta', 'indirett*', 'consentit*', 'permess*', 'autorizzat*', 'programmat*', 'istruzion*',
    'prompt*', 'regol*', 'compit*', 'lavoro', 'ruolo', 'concentrati', 'concentrarti', 'concentrarsi', 'focalizz*',
    'mantien*', 'manten*', 'tieni', 'tenere', 'assicurati', 'assicurarsi', 'si assicuri', 'motivo', 'motivi',
    'ragion*', 'a causa di', 'per via di', 'preoccupazion*', 'cosa', 'cose', 'ecc', 'privato', 'privata', 'privati',
    'private', 'personale', 'personali', 'sensibil*', 'segret*', 'riservat*', 'confidenzial*', 'approfondit*',
    'dettagliat*', 'nel dettaglio', 'in dettaglio', 'tecnic*', 'scientific*', 'compless*', 'complicato', 'complicata',
    'complicati', 'complicate', 'controverso', 'controversa', 'controversi', 'controverse', 'delicat*', 'potenzial*',
    'neutrale', 'neutrali', 'inclusivo', 'inclusiva', 'inappropriat*', 'inadatt*', 'dannos*', 'nociv*', 'offensiv*',
    'esplicit*', 'avanzat*', 'di base', 'basilar*', 'semplic*', 'moderno', 'moderna', 'moderni', 'moderne', 'attual*',
    'futuro', 'futura', 'futuri', 'future', 'altro', 'altra', 'altri', 'altre', 'diverso', 'diversa', 'diversi',
    'diverse', 'simile', 'simili', 'vari', 'varie', 'serio', 'seria', 'seri', 'non pertinent*', 'pertinent*',
    'irrilevant*', 'rilevant*', 'appropriato', 'appropriata', 'appropriati', 'appropriate', 'adatto', 'adatta',
    'adatti', 'adatte', 'ufficial*', 'professionale', 'professionali', 'reale', 'reali', 'effettiv*', 'esatt*',
    'seguent*',
    // Modals the stopword list lacks ("non devi mai …") and manner adverbs of refusals.
    'devi', 'dovete', 'devono', 'dovresti', 'dovreste', 'dovrebbe', 'dovrebbero', 'dovrai', 'dovrà', 'dovranno', 'puoi',
    'potete', 'possono', 'potrai', 'potrà', 'potranno', 'gentilmente', 'educatamente', 'cortesemente', 'severamente',
    'tassativamente', 'categoricamente', 'fermamente', 'espressamente', 'totalmente', 'completamente',
    // Prompt phrases that hold a generic word (generic words are blanked first; `*` keeps them the longer pattern).
    'prompt* di sistema', 'prompt* del sistema',
    'fornite', 'esprim*', 'dibatt*',
  ],
  extenders: [
    'incluso', 'inclusa', 'inclusi', 'incluse', 'compreso', 'compresa', 'compresi', 'comprese', 'come', 'quali',
    'tra cui', 'fra cui', 'in particolare', 'specialmente', 'soprattutto', 'particolarmente', 'ad esempio',
    'per esempio', 'ad es', 'cioè', 'ossia', 'ovvero', 'vale a dire',
  ],
  backReferences: [
    'non lo', 'non la', 'non li', 'non le', 'non ne', 'mai lo', 'mai la', 'rivelarlo', 'rivelarla', 'condividerlo',
    'condividerla', 'menzionarlo', 'menzionarla', 'dirlo', 'dirla', 'parlarne', 'divulgarlo', 'divulgarla',
    'fornirlo', 'fornirla', 'ciò', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'esso',
    'essa', 'questa informazione', 'queste informazioni', 'questi dettagli', 'questi dati',
    'mantienilo', 'mantienila', 'tienilo', 'tienila', 'tenerlo', 'tenerla', 'mantenerlo', 'mantenerla', 'custodiscilo',
    'nascondilo', 'nascondila',
  ],
  promptReferences: [
    'questo prompt', 'il prompt', 'prompt di sistema', 'tuo prompt', 'suo prompt', 'queste istruzioni',
    'le tue istruzioni', 'le sue istruzioni', 'le istruzioni', 'quanto sopra', 'sopra', 'qui indicat*',
    'indicato qui', 'fornito qui', 'riportato qui', 'in questo prompt', 'questo messaggio', 'questo testo',
    'queste regole', 'le tue regole', 'le sue regole',
    'testo sopra', 'il testo sopra', 'testo qui sopra', 'testo precedente', 'il testo precedente',
  ],
};
