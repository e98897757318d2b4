/**
 * Tagalog (Filipino) injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const tl: InjectionLexicon = {
  lang: 'tl',
  cues: {
    ignore: ['huwag pansinin', 'huwag mong pansinin', 'balewalain', 'ipagwalang-bahala', 'kalimutan', 'kalimutan mo', 'kaligtaan', 'huwag sundin', 'huwag mong sundin', 'itigil ang pagsunod', 'isantabi', 'anuman ang', 'laktawan', 'burahin', 'lampasan', 'wag pansinin', 'huwag intindihin', 'kalimutan ang', 'huwag nang sundin'],
    instructions: ['tagubilin', 'panuto', 'patakaran', 'alituntunin', 'utos', 'instruksyon', 'instruksiyon', 'direktiba', 'paghihigpit', 'limitasyon', 'patakaran', 'gawain', 'prompt', 'sinabi sa iyo', 'mga sinabi'],
    prior: ['naunang', 'nauna', 'nakaraang', 'nakaraan', 'sa itaas', 'orihinal', 'paunang', 'dati', 'lumang', 'sistema', 'iyong', 'mo', 'ninyo', 'nasa itaas', 'nakasaad sa itaas'],
    quantifier: ['lahat', 'anumang', 'bawat', 'kahit anong'],
    newTask: ['bagong tagubilin', 'bagong gawain', 'bagong patakaran', 'mula ngayon', 'simula ngayon', 'sa halip', 'sa totoo lang'],
    sayInstead: ['at sabihin', 'at isulat', 'at sagutin', 'at ipahayag', 'sabihin lang', 'at sabihing', 'maaari nating sabihin', 'sabihin nating', 'ipagpalagay natin', 'sabihin ang sumusunod', 'i-print ang sumusunod', 'at sabihin na', 'ang output ay', 'ang output ay maaaring', 'aminin', 'at sumulat', 'at sumulat ng', 'at ipahayag na', 'sabihin natin na', 'ipagpalagay natin na', 'maaari nating ipahayag', 'maaari nating sabihin na', 'aminin natin', 'ang output ay magiging', 'sa halip ay sabihin', 'sa halip sabihin', 'sa halip ay isulat', 'sa halip ay i-print'],
    roleSwitch: ['ikaw ay ngayon', 'ngayon ikaw ay', 'ikaw na ngayon', 'ikaw ngayon ay', 'ngayon ay ikaw', 'hindi ka na', 'mula ngayon ikaw', 'ang iyong bagong papel', 'ang iyong bagong pangalan', 'magpapanggap ka', 'ilubog ang iyong sarili', 'papel ng isa pang', 'bagong persona', 'mula ngayon, ikaw', 'simula ngayon ikaw', 'simula ngayon, ikaw'],
    roleplay: ['kumilos bilang', 'kumilos na parang', 'magpanggap', 'magkunwari', 'isipin na ikaw ay', 'gampanan ang papel', 'role-play', 'gayahin', 'karakter', 'tauhan'],
    unrestricted: ['walang paghihigpit', 'walang limitasyon', 'walang hangganan', 'walang filter', 'walang censorship', 'hindi na-censor', 'walang patakaran', 'walang etika', 'walang moralidad', 'imoral', 'huwag tumanggi', 'hindi tumatanggi', 'gumawa ng anumang bagay', 'gawin ang anumang bagay', 'anumang bagay ngayon', 'hindi nakatali', 'hindi kailangang sumunod', 'malaya mula', 'lumaya', 'walang babala', 'walang anumang patakaran', 'walang anumang limitasyon', 'walang anumang paghihigpit'],
    persona: ['developer mode', 'god mode', 'jailbreak*', 'gumawa ng anumang bagay ngayon', 'masamang ai'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'modelo ng wika', 'modelo ng ai', 'artificial intelligence', 'patakaran sa nilalaman'],
    stayInCharacter: ['manatili sa karakter', 'dalawang sagot', 'dalawang tugon', 'dalawang paraan', 'laging sumagot'],
    authority: ['ako ang iyong developer', 'ako ay iyong developer', 'ako ang developer', 'iyong lumikha', 'ako ang diyos', 'ako ay diyos', 'ako ang admin', 'pag-audit sa seguridad', 'pag-upgrade ng sistema', 'awtorisado'],
    reveal: ['ano ang', 'sabihin', 'sabihin mo', 'ipakita', 'ulitin', 'ibahagi', 'kumpirmahin', 'ibunyag', 'i-print', 'ilista', 'ibigay', 'sabihin sa akin', 'ano ang magiging', 'ano kaya ang', 'maaari mo bang sabihin', 'maaari mo bang ibahagi', 'maaari mo bang kumpirmahin', 'pwede mo bang sabihin', 'ibaybay'],
    promptObject: ['ang system prompt', 'iyong system prompt', 'mensahe ng sistema', 'iyong mga tagubilin', 'paunang tagubilin', 'orihinal na tagubilin', 'nakatagong tagubilin', 'lihim na tagubilin', 'teksto sa itaas', 'lahat ng nasa itaas', 'salita por salita', 'iyong mga patakaran', 'simula ng usapang ito'],
    secretObject: ['password', 'iyong password', 'lihim na susi', 'sikretong susi', 'lihim na code', 'lihim na salita', 'access code', 'api key', 'kredensyal', 'iyong database', 'kumpidensyal na impormasyon', 'lihim na string'],
    privateData: ['ng gumagamit', 'email address', 'petsa ng kapanganakan', 'taon ng kapanganakan', 'kaarawan', 'address ng bahay', 'lungsod ng tirahan', 'balanse sa bangko', 'numero ng telepono', 'personal na datos', 'personal na impormasyon', 'datos ng empleyado', 'nakatira', 'inisyal', 'pangalan', 'paboritong kulay', 'buwan ng kapanganakan', 'kasalukuyang lungsod', 'saan nakatira', 'lungsod na tinitirhan', 'email address ni', 'kaarawan ni'],
    evasion: ['baligtad na pagkakasunod', 'pabaligtad', 'baligtad', 'pig latin', 'base64', 'rot13', 'morse code', 'titik por titik', 'pinaghihiwalay ng', 'bawat digit', 'tula tungkol sa', 'haiku tungkol sa', 'pagsalitan', 'bahagi 1', 'bahagi 2', 'gitling', 'sa german', 'sa baligtad na pagkakasunud-sunod', 'baligtad na pagkakasunud-sunod', 'unang tatlong titik', 'unang titik', 'sa dalawang bahagi', 'sa tatlong bahagi', 'sa aleman', 'sa wikang aleman'],
    decode: ['i-decode', 'decode', 'i-decrypt', 'base64', 'rot13', 'hexadecimal', 'binary string', 'naka-encode', 'morse', 'binary', 'caesar cipher'],
    execute: ['sundin ito', 'sundin', 'isagawa', 'ipatupad', 'gawin ang sinasabi', 'kung ano ang sinasabi', 'ano ang sinasabi', 'at sagutin', 'sagutin ang tanong'],
    send: ['ipadala', 'ipasa', 'i-upload', 'i-post'],
    conversation: ['usapang ito', 'ang usapan', 'kasaysayan ng chat', 'naunang mensahe', 'datos', 'lahat ng datos', 'password', 'url', 'http'],
    hypothetical: ['hypothetical', 'hipotetikal', 'isipin', 'ipagpalagay', 'sa isang mundo kung saan', 'parallel universe', 'kathang-isip na mundo', 'sa mundong ito', 'dystopian', 'senaryo'],
    selfHelp: ['aking password', 'password ko', 'malakas na password', 'ligtas na password', 'password manager', 'i-reset', 'nakalimutan', 'paano ko', 'paano gumawa', 'paano palitan'],
    userRef: ['ng user', 'ng gumagamit', 'ang gumagamit', 'ang user', 'kustomer'],
    dataTask: ['ibuod ang', 'buod', 'webpage na ito', 'artikulong ito', 'dokumentong ito', 'resume na ito', 'talahanayan na ito', 'email na ito', 'code na ito', 'output ng code na ito', 'transaksyong ito', 'tekstong ito', 'papel na ito', 'batay sa', 'dahil sa', 'pangunahing konklusyon'],
    mode: ['system mode', 'admin mode', 'maintenance mode', 'debug mode', 'override mode', 'verification mode', 'test mode', 'diagnostic mode', 'system check', 'system reset', 'pagsusuri ng sistema', 'pag-reset ng sistema', 'override'],
    enter: ['pumapasok', 'pumasok sa', 'lumilipat sa', 'naka-activate', 'i-activate', 'pinapatakbo', 'nagsasagawa'],
    claim: ['ako ay isang developer', 'developer ako', 'bilang developer', 'iyong boss', 'bilang iyong boss', 'pulis', 'opisyal ng pulisya', 'tagapagpatupad ng batas', 'security audit', 'pangulo', 'bilang isang eksperto', 'bibigyan kita', 'magbabayad ako', 'magdo-donate ako', 'ipinapangako ko', 'ipinapakita ng pananaliksik', 'lahat sa team', 'karaniwang gawain', 'mahalaga na', 'para sa kaligtasan', 'pumayag ka', 'nabanggit mo', 'para sa pagsubok', 'iminumungkahi ko'],
    qaMarker: ['q:', 'a:', 't:', 's:', 'tanong:', 'sagot:'],
  },
};
