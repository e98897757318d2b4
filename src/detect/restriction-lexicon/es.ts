/**
 * Spanish restriction phrasing.
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const es: RestrictionLexicon = {
  lang: 'es',
  markers: [
    'no', 'nunca', 'jamás', 'ni', 'tampoco', 'ningún', 'ningun*', 'nada', 'no debes', 'no debe', 'no deben',
    'no debería*', 'no puedes', 'no puede', 'no pueden', 'no hay que', 'no se debe', 'no se permite',
    'no está permitido', 'no están permitidos', 'no permitid*', 'no autorizad*', 'no tienes permitido',
    'no tienes permiso', 'prohibid*', 'prohíb*', 'está prohibido', 'queda prohibido', 'evit*', 'rechaz*', 'niégate',
    'niéguese', 'negarte', 'negarse', 'abstente', 'absténgase', 'abstenerse', 'bajo ningún concepto',
    'bajo ninguna circunstancia', 'en ninguna circunstancia', 'en ningún caso', 'de ningún modo', 'de ninguna manera',
    'en ningún momento', 'pase lo que pase', 'a toda costa', 'fuera de tu alcance', 'fuera del alcance',
    'fuera de tema', 'confidencial*', 'secreto', 'secreta', 'en secreto', 'mantén en secreto', 'mantenlo en secreto',
    'guarda* en secreto', 'mantente alejado', 'mantente al margen', 'no te involucres',
  ],
  generic: [
    'discut*', 'habl*', 'convers*', 'trat*', 'abord*', 'compart*', 'revel*', 'divulg*', 'desvel*', 'mencion*',
    'proporcion*', 'facilit*', 'brind*', 'dar', 'des', 'den', 'da', 'dé', 'decir', 'dig*', 'di', 'cuent*', 'contar',
    'explic*', 'describ*', 'respond*', 'respuesta*', 'contest*', 'involucr*', 'ayud*', 'asist*', 'ofrec*', 'gener*',
    'crea', 'crear', 'crees', 'creen', 'escrib*', 'redact*', 'produc*', 'muestr*', 'mostr*', 'expon*', 'repet*',
    'repit*', 'imprim*', 'comunic*', 'indic*', 'comentar*', 'tema*', 'temática*', 'asunto*', 'materia*', 'cuestión',
    'cuestiones', 'pregunta*', 'solicitud*', 'petición', 'peticiones', 'información', 'info', 'detalle*',
    'contenido*', 'dato*', 'conversación', 'conversaciones', 'discusión', 'discusiones', 'opinión', 'opiniones',
    'ámbito*', 'área*', 'nadie', 'alguien', 'cualquiera', 'cualquier persona', 'todo el mundo', 'gente', 'personas',
    'persona', 'usuari*', 'cliente*', 'asistente*', 'chatbot*', 'bot', 'modelo', 'ti mismo', 'usted mismo',
    'circunstancia*', 'caso*', 'vez', 'veces', 'forma*', 'manera*', 'modo', 'tipo*', 'clase', 'relacionad*',
    'relativ*', 'respecto', 'con respecto a', 'acerca de', 'en relación con', 'referente*', 'concerniente*',
    'incluid*', 'estrict*', 'absolut*', 'por favor', 'siempre', 'incluso', 'en su lugar', 'en cambio', 'específic*',
    'cierto*', 'cierta*', 'particular*', 'general*', 'direct*', 'indirect*', 'permitid*', 'autorizad*', 'programad*',
    'supuest*', 'instrucci*', 'indicaci*', 'prompt*', 'regla*', 'norma*', 'tarea*', 'trabajo', 'función', 'rol',
    'papel', 'enfoc*', 'céntrate', 'centrarte', 'mantén', 'manten*', 'mantien*', 'asegúrate', 'asegúrese',
    'asegurarse', 'asegurar', 'razón', 'razones', 'motivo*', 'debido a', 'preocupaci*', 'cosa*', 'etc', 'privad*',
    'personal*', 'sensible*', 'secret*', 'confidencial*', 'en profundidad', 'profundidad', 'detallad*',
  ],
  extenders: [
    'incluid*', 'incluye*', 'incluyendo', 'como', 'tal como', 'tales como', 'especialmente', 'en especial',
    'particularmente', 'en particular', 'sobre todo', 'por ejemplo', 'p. ej', 'es decir', 'a saber', 'concretamente',
  ],
  backReferences: [
    'lo', 'la', 'los', 'las', 'le', 'les', 'se lo', 'se la', 'esto', 'eso', 'ello', 'este', 'esta', 'estos', 'estas',
    'ese', 'esa', 'esos', 'esas', 'aquello', 'este prompt', 'el prompt', 'estas instrucciones', 'lo anterior',
    'anterior*', 'arriba', 'dado aquí', 'dada aquí', 'indicado aquí', 'en este prompt', 'esta información',
    'estos detalles', 'estos datos',
  ],
};
