/**
 * Tagalog (Filipino) restriction phrasing (linker forms in -ng covered by stems; the short "di" is left out, it
 * is Italian and Indonesian too).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const tl: RestrictionLexicon = {
  lang: 'tl',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'pangalan*', 'apelyido', 'nakatira', 'naninirahan', 'tirahan', 'address', 'bayang sinilangan', 'ipinanganak',
    'isinilang', 'kapanganakan', 'kaarawan', 'birthday', 'edad', 'taong gulang', 'gulang', 'email', 'e-mail',
    'telepono', 'numero ng telepono', 'cellphone', 'mobile number', 'paborito*', 'kulay', 'trabaho', 'hanapbuhay',
    'propesyon', 'nagtatrabaho bilang', 'account', 'balanse', 'password', 'pin', 'username', 'nasyonalidad',
    'pagkamamamayan', 'kasarian', 'sahod', 'suweldo', 'sweldo', 'credit card',
  ],
  markers: [
    'huwag', 'wag', '\'wag', 'h\'wag', 'huwag kailanman', 'hindi', '\'di', 'di dapat', 'di puwede', 'di pwede',
    'di maaari', 'hindi dapat', 'hindi mo dapat', 'hindi ka dapat', 'hindi puwede', 'hindi pwede', 'hindi maaari',
    'hindi maaaring', 'hindi kailanman', 'kailanman', 'kailan man', 'bawal', 'ipinagbabawal', 'pinagbabawal',
    'ipinagbawal', 'hindi pinapayagan', 'hindi pinahihintulutan', 'hindi pinapahintulutan', 'iwasan', 'iwasang',
    'umiwas', 'iniiwasan', 'tumanggi*', 'tanggihan', 'sa anumang pagkakataon', 'sa anumang sitwasyon',
    'sa anumang kaso', 'anuman ang mangyari', 'kahit ano pa man', 'kahit kailan', 'lihim', 'ilihim', 'sikreto',
    'kumpidensyal*', 'kompidensyal*', 'itago', 'labas sa saklaw', 'lumayo', 'layuan',
  ],
  generic: [
    'pag-usapan', 'pinag-uusapan', 'pag-uusap', 'usapan', 'talakayin', 'tinatalakay', 'talakay*', 'magsalita',
    'sabihin', 'sinasabi', 'sabihan', 'ibahagi', 'magbahagi', 'ibunyag', 'ibinubunyag', 'isiwalat', 'isiniwalat',
    'ilantad', 'banggitin', 'bumanggit', 'binabanggit', 'magbigay', 'ibigay', 'nagbibigay', 'bigyan', 'ipaliwanag',
    'magpaliwanag', 'ilarawan', 'sagutin', 'sumagot', 'sagot', 'tumugon', 'tugon', 'tumulong', 'tulungan', 'tulong',
    'mag-alok', 'ialok', 'gumawa', 'gawin', 'lumikha', 'isulat', 'sumulat', 'ipakita', 'magpakita', 'ulitin',
    'i-print', 'paksa', 'usapin', 'bagay', 'bagay-bagay', 'isyu', 'tanong', 'katanungan', 'hiling', 'kahilingan',
    'impormasyon*', 'detalye*', 'nilalaman', 'datos', 'data', 'talakayan', 'opinyon', 'kuro-kuro', 'pananaw',
    'kahit sino', 'sinuman', 'sinoman', 'kahit kanino', 'kaninuman', 'tao', 'ibang tao', 'user', 'gumagamit',
    'customer', 'kustomer', 'kliyente', 'katulong', 'assistant', 'chatbot', 'bot', 'modelo', 'model', 'sarili',
    'pagkakataon', 'sitwasyon', 'kaso', 'paraan', 'uri', 'klase', 'kaugnay*', 'may kaugnayan', 'tungkol',
    'tungkol sa', 'hinggil', 'hinggil sa', 'patungkol', 'kasama', 'kabilang', 'mahigpit*', 'ganap*', 'lubos*',
    'talaga', 'pakiusap', 'paki', 'mangyaring', 'palagi', 'lagi', 'kahit', 'sa halip', 'partikular*', 'tiyak*',
    'espesipiko*', 'pangkalahatan*', 'direkta*', 'tuwiran*', 'hindi direkta', 'hindi tuwiran', 'pinapayagan',
    'pinahihintulutan', 'pinapahintulutan', 'naka-program', 'tagubilin*', 'instruksyon*', 'instruksiyon*', 'utos',
    'prompt', 'tuntunin*', 'patakaran*', 'alituntunin*', 'gawain', 'trabaho', 'tungkulin', 'papel', 'pokus',
    'tumutok', 'magtuon', 'panatilihin*', 'tiyakin*', 'siguraduhin*', 'dahilan', 'dahil', 'dahil sa', 'alalahanin',
    'atbp', 'pribado*', 'personal', 'personal na', 'sensitibo*', 'lihim*', 'sikreto*', 'malalim*', 'masinsinan*',
    'detalyado*', 'teknikal*', 'siyentipiko*', 'masalimuot*', 'komplikado*', 'kontrobersyal*', 'maselan*', 'posible*',
    'neutral', 'hindi angkop', 'hindi naaangkop', 'nakakasama*', 'mapanganib*', 'nakakasakit*', 'bastos*', 'tahasan*',
    'advanced', 'pangunahin*', 'simple*', 'payak*', 'moderno*', 'kasalukuyan*', 'hinaharap', 'iba', 'ibang', 'iba pa',
    'iba\'t iba', 'magkaiba*', 'katulad*', 'kahalintulad*', 'seryoso*', 'walang kaugnayan', 'hindi kaugnay',
    'angkop*', 'naaangkop*', 'opisyal*', 'propesyonal*', 'totoo*', 'tunay*', 'eksakto*', 'tumpak*',
    'magalang', 'magalang na', 'magkomento', 'komento*', 'pumuna', 'sumusunod*', 'kang', 'mong', 'ninyo',
    // Prompt phrases that hold a generic word (generic words are blanked first).
    'system prompt', 'magtanong', 'itanong', 'itinanong',
    'sarili*',
  ],
  extenders: [
    'kasama ang', 'kasama na', 'kabilang ang', 'tulad ng', 'gaya ng', 'katulad ng', 'kagaya ng', 'halimbawa',
    'halimbawa nito', 'lalo na', 'partikular na', 'ibig sabihin',
  ],
  backReferences: [
    'ito', 'itong', 'iyan', 'iyon', 'yun', 'yon', 'nito', 'niyan', 'niyon', 'sila', 'nila', 'kanila', 'ang mga ito',
    'impormasyong ito', 'ang impormasyong ito', 'mga detalyeng ito',
  ],
  promptReferences: [
    'prompt na ito', 'itong prompt', 'system prompt', 'mga tagubiling ito', 'mga tagubilin mo', 'iyong mga tagubilin',
    'nasa itaas', 'sa itaas', 'nabanggit sa itaas', 'ibinigay dito', 'mensaheng ito', 'tekstong ito',
    'mga patakarang ito', 'mga tuntuning ito',
    'teksto sa itaas', 'tekstong nasa itaas', 'tekstong nasa itaas nito',
  ],
};
