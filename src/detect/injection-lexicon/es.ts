/**
 * Spanish injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const es: InjectionLexicon = {
  lang: 'es',
  cues: {
    ignore: [
      'ignora*', 'ignore', 'ignoren', 'olvida*', 'olvide', 'olviden', 'olvídate', 'olvídese', 'omite', 'omita',
      'omitir', 'descarta*', 'desestima*', 'desatiende*', 'pasa por alto', 'pase por alto', 'pasar por alto',
      'haz caso omiso', 'haga caso omiso', 'no sigas', 'no siga', 'deja de seguir', 'deje de seguir',
      'anula*', 'sobrescribe*', 'elude*', 'evita*', 'borra*', 'abandona*', 'desobedece*', 'salta*',
    ],
    instructions: [
      'instrucci*', 'regla*', 'norma*', 'directriz', 'directrices', 'directiva*', 'pauta*', 'indicaciones',
      'órdenes', 'orden', 'comando*', 'prompt', 'restricci*', 'limitaci*', 'política*', 'programación',
      'lo que te dijeron', 'lo que te han dicho', 'lo que se te dijo', 'filtro*', 'principios', 'tarea*',
      'contexto', 'ética', 'protocolo*',
    ],
    prior: [
      'anterior*', 'previa*', 'previo*', 'precedente*', 'de arriba', 'arriba', 'inicial*', 'original*', 'antes',
      'hasta ahora', 'previamente', 'antigua*', 'antiguo*', 'del sistema', 'predeterminad*', 'tus', 'sus', 'tu',
    ],
    quantifier: ['todo', 'toda', 'todas', 'todos', 'cualquier', 'cada', 'esas', 'esos'],
    newTask: [
      'nueva* instrucci*', 'nueva tarea', 'nuevas reglas', 'a partir de ahora', 'de ahora en adelante',
      'desde ahora', 'en su lugar', 'en lugar de eso', 'en cambio', 'en realidad', 'tu verdadera tarea',
      'tu única tarea',
    ],
    sayInstead: [
      'y di', 'y diga', 'y escribe', 'y escriba', 'y responde', 'y responda', 'y declara', 'y afirma',
      'y muestra', 'solo di', 'simplemente di', 'responde solo', 'y decir', 'y di que', 'y indica',
      'podríamos decir', 'podríamos afirmar', 'digamos que', 'digamos', 'supongamos que', 'indica lo siguiente', 'indique lo siguiente', 'imprime lo siguiente', 'di lo siguiente', 'la salida es', 'la salida podría ser', 'admitir',
      'digamos simplemente', 'asumamos que', 'supongamos', 'admitamos que', 'admitamos', 'podemos decir', 'podemos afirmar', 'se podría decir', 'podría decirse', 'declaremos que', 'afirmemos que', 'la salida sería', 'considera la salida como', 'considere la salida como', 'considerar la salida como', 'di que', 'diga que', 'declara que', 'declare que', 'afirma que', 'afirme que', 'responde con', 'responda con', 'en el que decimos', 'donde decimos', 'debes decir', 'debe decir', 'indica que', 'indique que',
      'y declara que', 'y afirma que', 'y escribe que', 'y di:', 'y declara:', 'y declarar',
      // A dictated answer to everything.
      'responde a todo con', 'contesta a todo con', 'responde a todos con', 'responde siempre con',
    ],
    roleSwitch: [
      'ahora eres', 'ahora es usted', 'ya no eres', 'ya no es', 'a partir de ahora eres', 'de ahora en adelante eres',
      'a partir de ahora tú', 'tu nuevo rol', 'tu nuevo papel', 'tu nuevo nombre', 'vas a actuar', 'vas a fingir',
      'vas a interpretar', 'sumérgete en el papel', 'sumergirte en el papel', 'en el papel de otro',
      'nueva personalidad', 'te conviertes', 'te convertirás',
    ],
    roleplay: [
      'actúa como', 'actúe como', 'finge', 'finja', 'pretende ser', 'haz de', 'interpreta el papel',
      'juega el papel', 'imagina que eres', 'simula*', 'compórtate como', 'juego de rol', 'personaje',
    ],
    unrestricted: [
      'sin restricci*', 'ninguna restricción', 'sin límite*', 'sin filtro*', 'sin censura', 'sin censurar',
      'no censurad*', 'sin reglas', 'ninguna regla', 'sin ética', 'sin moral', 'amoral*', 'inmoral*',
      'nunca te niegues', 'nunca rechaces', 'nunca se niega', 'hacer cualquier cosa', 'puede hacer cualquier cosa',
      'cualquier cosa ahora', 'no está obligad*', 'no estás obligad*', 'no tienen que cumplir', 'no tiene que cumplir',
      'libre de', 'liberad* de', 'se han liberado', 'confines típicos', 'sin advertencia*', 'sin dudar',
      'sin limitaciones', 'ilimitad*',
    ],
    persona: ['modo desarrollador', 'modo de desarrollador', 'modo dios', 'jailbreak*', 'haz cualquier cosa ahora', 'ia malvada', 'ia malévola', 'ia maligna'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'modelo de lenguaje', 'modelo de ia', 'como ia', 'política de contenido', 'inteligencia artificial', 'ia'],
    stayInCharacter: [
      'mantente en el personaje', 'no rompas el personaje', 'sal del personaje', 'dos respuestas', 'dos maneras',
      'dos formas', 'respuesta normal', 'siempre responde', 'responde siempre',
      'rompas el personaje', 'romper el personaje', 'rompe el personaje', 'no salgas del personaje', 'nunca salgas del personaje', 'no salgas de tu personaje', 'salir del personaje', 'mantente en tu personaje', 'mantente en el papel', 'y responde siempre', 'y responda siempre',
    ],
    authority: ['soy tu desarrollador', 'soy su desarrollador', 'soy el desarrollador', 'tu creador', 'su creador', 'soy tu administrador', 'soy dios', 'modo anulación', 'aplicación de la ley', 'modo activado', 'acceso root', 'estoy autorizado', 'soy el administrador', 'soy su administrador'],
    reveal: [
      'repite', 'repita', 'muestra', 'muestre', 'muéstrame', 'imprime', 'imprima', 'revela', 'revele', 'escribe',
      'dime', 'dígame', 'comparte', 'comparta', 'dame', 'deme', 'proporciona', 'proporcione', 'cuál es', 'cuáles son',
      'qué es', 'confirma', 'confirme', 'enumera', 'lista', 'copia', 'traduce', 'resume',
      'decirme', 'decir', 'confirmar', 'compartir', 'dar', 'darme', 'revelar', 'mostrar', 'proporcionar',
      'me dices', 'me das', 'me digas', 'me des',
      'cuál sería', 'cuáles serían', 'puedes decirme', 'podrías decirme', 'puede decirme', 'podría decirme', 'puedes compartir', 'podrías compartir', 'puedes confirmar', 'podrías confirmar', 'deletrea', 'deletree', 'deletrear',
      // The rules the model follows now, and quoting them.
      'cítalas', 'cítalos', 'cítalo', 'cópialo', 'cópialas', 'cópialos',
    ],
    promptObject: [
      'prompt del sistema', 'mensaje del sistema', 'indicaciones del sistema', 'tu prompt', 'prompt inicial',
      'tus instrucciones', 'sus instrucciones', 'instrucciones iniciales', 'instrucciones originales',
      'instrucciones ocultas', 'instrucciones secretas', 'texto anterior', 'texto de arriba', 'todo lo anterior',
      'tus reglas', 'tu configuración', 'inicio de esta conversación',
      // The rules the model follows now, and quoting them.
      'reglas sigues', 'reglas que sigues', 'instrucciones sigues', 'instrucciones que sigues', 'qué te dijeron', 'te dijeron antes',
    ],
    secretObject: [
      'contraseña', 'tu contraseña', 'clave secreta', 'código secreto', 'palabra secreta', 'frase secreta',
      'código de acceso', 'clave api', 'credenciales',
      'tu base de datos', 'su base de datos', 'información confidencial', 'cadena confidencial',
      'la contraseña',
    ],
    privateData: [
      'del usuario', 'correo electrónico', 'fecha de nacimiento', 'cumpleaños', 'dirección', 'ciudad de residencia',
      'saldo bancario', 'número de teléfono', 'datos personales', 'información personal', 'datos de los empleados',
      'dónde vive',
      'iniciales', 'nombre', 'color favorito', 'año de nacimiento', 'mes de nacimiento', 'ciudad actual', 'vive',
      'ciudad de residencia actual', 'ciudad actual de residencia', 'la dirección de correo electrónico', 'la fecha de nacimiento de', 'las iniciales de', 'el saldo bancario',
    ],
    evasion: [
      'orden inverso', 'al revés', 'latín de cerdo', 'base64', 'rot13', 'código morse', 'letra por letra',
      'carácter por carácter', 'separad* por', 'cada dígito', 'cada letra', 'poema sobre', 'haiku sobre',
      'entrelaz*', 'parte 1', 'parte 2', 'con guiones', 'en alemán', 'en leet',
      'en orden inverso', 'orden invertido', 'poema sobre la', 'poema sobre el', 'un poema sobre', 'las tres primeras letras', 'primeras letras', 'primera letra', 'divide la respuesta', 'en dos partes', 'en tres partes', 'en base64',
    ],
    decode: ['decodifica*', 'descifra*', 'desencripta*', 'base64', 'rot13', 'hexadecimal', 'cadena binaria', 'codificad*', 'cifrad*', 'morse', 'binario', 'cifrado césar', 'decodifica este', 'descifra este'],
    execute: ['síguelo', 'síguelas', 'sigue las instrucciones', 'ejecuta*', 'obedece*', 'haz lo que dice', 'lo que dice', 'cúmplelo', 'aplica*', 'y responde', 'respóndela', 'responde la pregunta', 'responda la pregunta', 'y contesta'],
    send: ['envía*', 'envíe*', 'manda*', 'transmite*', 'reenvía*', 'sube', 'publica*', 'exfiltra*'],
    conversation: [
      'esta conversación', 'la conversación', 'el historial', 'mensajes anteriores', 'los datos', 'todos los datos',
      'el resumen', 'la contraseña', 'url', 'http',
    ],
    hypothetical: [
      'hipotétic*', 'imagina*', 'supongamos', 'suponga', 'en un mundo donde', 'en un mundo en el que',
      'universo paralelo', 'mundo ficticio', 'en este mundo', 'distópic*', 'experimento mental', 'escenario',
      'imagine que', 'imagina que', 'imaginemos', 'en un universo paralelo', 'mundo paralelo', 'para los fines de este ejercicio', 'para efectos de este ejercicio', 'discusión hipotética', 'escenario hipotético',
      'supongamos que', 'asumamos que',
    ],
    selfHelp: ['mi contraseña', 'mis contraseñas', 'una contraseña', 'contraseña segura', 'contraseña fuerte', 'gestor de contraseñas', 'administrador de contraseñas', 'restablecer', 'olvidé', 'cómo puedo', 'cómo hago', 'cómo crear', 'cambiar mi', 'cómo activo', 'cómo activar', 'cómo desactivo', 'cómo desactivar', 'cómo se activa', 'cómo se desactiva'],
    userRef: ['el usuario', 'del usuario', 'al usuario', 'este usuario', 'el cliente', 'del cliente'],
    dataTask: ['resume esta', 'resume este', 'resuma esta', 'resuma este', 'dado este', 'dada esta', 'teniendo en cuenta este', 'basado en este', 'basándote en este', 'según este', 'esta página web', 'este artículo', 'este documento', 'este currículum', 'este currículo', 'esta tabla', 'este correo', 'este código', 'la salida de este código', 'esta transacción', 'este texto', 'principales conclusiones', 'esta tabla de', 'dada esta tabla', 'dado este artículo', 'de este artículo', 'de este documento', 'este artículo de wikipedia', 'la salida de este', 'el resultado de este código', 'resume esta página', 'resuma esta página', 'basado en este currículum', 'basado en este correo', 'con base en este', 'con base en esta', 'de este papel', 'este correo electrónico', 'esta entrevista', 'esta transcripción', 'esta conversación'],
    mode: ['modo sistema', 'modo de sistema', 'modo administrador', 'modo de mantenimiento', 'modo mantenimiento', 'modo de depuración', 'modo depuración', 'modo de anulación', 'modo override', 'modo de verificación', 'modo de prueba', 'modo diagnóstico', 'verificación del sistema', 'comprobación del sistema', 'reinicio del sistema', 'actualización del sistema', 'anulación de datos'],
    enter: ['entrando en', 'entro en', 'entrar en', 'activado', 'activada', 'activar', 'activo el', 'cambio a', 'paso a', 'estoy ejecutando', 'realizando una'],
    claim: ['soy desarrollador', 'soy un desarrollador', 'como desarrollador', 'tu jefe', 'su jefe', 'como tu jefe', 'como su jefe', 'policía', 'oficial de policía', 'fuerzas del orden', 'auditoría de seguridad', 'el presidente', 'como experto', 'te daré', 'le daré', 'te pagaré', 'donaré', 'te prometo', 'prometo', 'las investigaciones muestran', 'todos en el equipo', 'práctica común', 'es importante que', 'por la seguridad', 'acordaste', 'mencionaste', 'con fines de prueba', 'como autoridad', 'te sugiero'],
    ownWords: ['lo que te pedí', 'lo que pedí', 'lo que dije', 'lo que escribí', 'lo que te dije', 'lo que pregunté', 'mi mensaje anterior', 'mi último mensaje', 'mi pregunta anterior', 'mi última pregunta', 'mi error', 'mis errores', 'el borrador anterior', 'la pregunta anterior', 'la última pregunta', 'me equivoqué', 'me he equivocado'],
    metaWord: ['se dice', 'suena', 'corrige', 'este texto', 'frases como', 'qué significa', 'que significa', 'significa', 'significado', 'define', 'definición', 'traduce*', 'traducir', 'traducción', 'cómo se dice', 'como se dice', 'sinónimo*', 'la palabra', 'la frase', 'en inglés', 'al inglés', 'corrige la gramática', 'esta frase'],
    qaMarker: ['q:', 'a:', 'p:', 'r:', 'pregunta:', 'respuesta:'],
    harmful: ['fabricar una bomba', 'hacer una bomba', 'construir una bomba', 'fabricar explosivos', 'hacer explosivos', 'sintetizar metanfetamina', 'fabricar metanfetamina', 'cocinar metanfetamina', 'envenenar a alguien', 'sin que me atrapen', 'sin ser atrapado', 'sin que me pillen', 'escribir un ransomware', 'escribe un ransomware', 'escribir malware', 'escribe un malware', 'escribe malware', 'software malicioso', 'escribe un keylogger', 'escribir un keylogger', 'escribir un virus', 'hackear la cuenta', 'hackear una cuenta', 'hackear el wifi', 'correo de phishing', 'correo de suplantación', 'lavar dinero', 'blanquear dinero', 'billetes falsos', 'identificación falsa', 'documentos falsos', 'acosar a alguien', 'robar un coche', 'robar un auto', 'comprar un arma sin', 'número de tarjeta de crédito válido', 'números de tarjetas de crédito'],
    aiAddress: [
      // Content that turns to an AI reader.
      'nota para la ia', 'nota a la ia', 'mensaje para la ia', 'mensaje a la ia', 'a la ia que lea', 'ia que lea esto', 'ia que está leyendo', 'querida ia', 'nota para el asistente', 'a cualquier ia', 'si eres una ia', 'al modelo de lenguaje', 'instrucciones para la ia',
      // The assistant reading the content, addressed in it.
      'asistente que lee esto', 'asistente que lea esto', 'al asistente que lee', 'asistente que está leyendo',
    ],
    policyChange: [
      // Earlier orders declared void.
      'ya no valen', 'ya no vale', 'ya no aplican', 'ya no se aplican', 'ya no son válidas', 'quedan anuladas', 'quedan sin efecto', 'están anuladas', 'son nulas',
    ],
  },
};
