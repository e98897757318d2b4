/**
 * Italian restriction phrasing.
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const it: RestrictionLexicon = {
  lang: 'it',
  markers: [
    'non', 'mai', 'non mai', 'giammai', 'nessun*', 'niente', 'nulla', 'nemmeno', 'neanche', 'neppure', 'non devi',
    'non deve', 'non dovete', 'non devono', 'non dovresti', 'non dovreste', 'non dovrebbe', 'non puoi', 'non può',
    'non potete', 'non si deve', 'non bisogna', 'non è consentito', 'non è permesso', 'non è ammesso',
    'non consentit*', 'non permess*', 'non autorizzat*', 'non ammess*', 'vietat*', 'è vietato', 'divieto', 'proibit*',
    'evit*', 'rifiut*', 'astieniti', 'astenersi', 'si astenga', 'astenet*', 'in nessun caso', 'per nessun motivo',
    'in nessuna circostanza', 'sotto nessuna circostanza', 'in alcun modo', 'in nessun modo', 'a nessuna condizione',
    'mai e poi mai', 'qualunque cosa accada', 'a ogni costo', 'a tutti i costi', 'fuori tema', 'fuori ambito',
    'fuori dal tuo ambito', 'riservat*', 'confidenzial*', 'segreto', 'segreta', 'mantieni segreto', 'tieni segreto',
    'mantieni il segreto', 'tieniti lontano', 'stai lontano', 'stai alla larga',
  ],
  generic: [
    'discut*', 'parl*', 'trat*', 'affront*', 'condivid*', 'rivel*', 'divulg*', 'svel*', 'menzion*', 'fornir*',
    'fornisc*', 'dai', 'dare', 'date', 'dia', 'dire', 'dici', 'dica', 'dite', 'dirl*', 'racconta*', 'spieg*',
    'descriv*', 'rispond*', 'rispost*', 'coinvolg*', 'aiut*', 'assist*', 'offr*', 'gener*', 'crea', 'creare',
    'scriv*', 'scritt*', 'redig*', 'produc*', 'produr*', 'mostr*', 'espon*', 'ripet*', 'comunic*', 'indic*',
    'comment*', 'argoment*', 'tema', 'temi', 'tematic*', 'soggett*', 'question*', 'materia*', 'ambit*', 'domand*',
    'richiest*', 'informazion*', 'info', 'dettagl*', 'contenut*', 'dati', 'dato', 'conversazion*', 'discussion*',
    'opinion*', 'parere', 'pareri', 'chiunque', 'qualcuno', 'nessuno', 'tutti', 'gente', 'persone', 'persona',
    'utent*', 'client*', 'assistent*', 'chatbot*', 'bot', 'modello', 'te stesso', 'circostanz*', 'caso', 'casi',
    'volta', 'volte', 'modo', 'modi', 'tipo', 'tipi', 'genere', 'relativ*', 'legat*', 'collegat*', 'riguard*',
    'concernent*', 'inerent*', 'inclus*', 'compres*', 'rigorosamente', 'strettamente', 'assolut*', 'per favore',
    'per piacere', 'sempre', 'anche', 'persino', 'invece', 'specific*', 'certo', 'certi', 'certa', 'certe',
    'particolar*', 'general*', 'direttamente', 'diretto', 'diretta', 'indirett*', 'consentit*', 'permess*',
    'autorizzat*', 'programmat*', 'istruzion*', 'indicazion*', 'prompt*', 'regol*', 'compit*', 'lavoro', 'ruolo',
    'concentr*', 'focalizz*', 'mantien*', 'manten*', 'tieni', 'tenere', 'assicurati', 'assicurarsi', 'si assicuri',
    'motiv*', 'ragion*', 'a causa di', 'per via di', 'preoccupazion*', 'cosa', 'cose', 'ecc', 'privat*', 'personal*',
    'sensibil*', 'segret*', 'riservat*', 'confidenzial*', 'approfondit*', 'dettagliat*', 'nel dettaglio',
    'in dettaglio',
  ],
  extenders: [
    'incluso', 'inclusa', 'inclusi', 'incluse', 'compreso', 'compresa', 'compresi', 'comprese', 'come', 'quali',
    'tra cui', 'fra cui', 'in particolare', 'specialmente', 'soprattutto', 'particolarmente', 'ad esempio',
    'per esempio', 'ad es', 'cioè', 'ossia', 'ovvero', 'vale a dire',
  ],
  backReferences: [
    'lo', 'la', 'li', 'le', 'gli', 'ne', 'ciò', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli',
    'quelle', 'esso', 'essa', 'questo prompt', 'il prompt', 'queste istruzioni', 'quanto sopra', 'sopra',
    'qui indicat*', 'indicato qui', 'fornito qui', 'riportato qui', 'in questo prompt', 'questa informazione',
    'queste informazioni', 'questi dettagli', 'questi dati',
  ],
};
