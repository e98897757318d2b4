/**
 * Turkish restriction phrasing (negation is the -me/-ma suffix, so common negated verbs are listed whole;
 * noun-like forms such as "tartışma" only in their plural or modal forms).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const tr: RestrictionLexicon = {
  lang: 'tr',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'adı', 'isim*', 'ismi*', 'soyad*', 'ad soyad', 'yaşıyor', 'yaşar', 'yaşadı*', 'ikamet*', 'oturuyor', 'memleket*',
    'doğdu', 'doğum*', 'yaş', 'yaşında', 'e-posta*', 'eposta*', 'e-mail', 'mail', 'adres*', 'telefon*',
    'cep telefonu', 'favori*', 'en sevdiği', 'renk*', 'rengi', 'meslek*', 'olarak çalışıyor', 'hesap*', 'hesabı',
    'bakiye*', 'şifre*', 'parola*', 'pin', 'kullanıcı adı', 'uyruk*', 'milliyet*', 'cinsiyet*', 'maaş*',
    'kredi kartı*',
  ],
  objectFirst: true,
  markers: [
    'asla', 'hiçbir', 'hiçbir zaman', 'hiçbir koşulda', 'hiçbir durumda', 'hiçbir şekilde', 'hiçbir surette',
    'ne olursa olsun', 'kesinlikle', 'değil', 'olmaz', 'yasak', 'yasaktır', 'yasakla*', 'yasaklanmıştır',
    'izin verilmez', 'izin verilmiyor', 'izin verilmemektedir', 'izin yok', 'izinli değil', 'kaçın', 'kaçının',
    'kaçınılmalı*', 'kaçınmalı*', 'reddet*', 'geri çevir', 'yapma', 'yapmayın', 'yapmamalı*', 'etme', 'etmeyin',
    'etmemeli*', 'paylaşma', 'paylaşmayın', 'paylaşmamalı*', 'söyleme', 'söylemeyin', 'söylememeli*', 'bahsetme',
    'bahsetmeyin', 'bahsetmemeli*', 'verme', 'vermeyin', 'vermemeli*', 'gösterme', 'göstermeyin', 'göstermemeli*',
    'tartışmayın', 'tartışmamalı*', 'konuşmayın', 'konuşmamalı*', 'açıklamayın', 'açıklamamalı*', 'değinme',
    'değinmeyin', 'girme', 'girmeyin', 'sızdırma', 'sızdırmayın', 'yanıtlama', 'yanıtlamayın', 'cevaplama',
    'cevaplamayın', 'yazmayın', 'olmamalı*', 'bildirme', 'bildirmeyin', 'anlatma', 'anlatmayın', 'önermeyin',
    'tekrarlama', 'tekrarlamayın', 'aktarmayın', 'iletme', 'iletmeyin', 'sunmayın', 'üretmeyin',
    'kullanmayın', 'dile getirme', 'yardımcı olma', 'yardımcı olmayın', 'gizli', 'gizli tut*', 'gizli kal*',
    'sır olarak', 'gizlilik',
    'kapsam dışı*', 'uzak dur*',
  ],
  generic: [
    'tartış*', 'konuş*', 'bahset*', 'söz et*', 'paylaş*', 'açıkla*', 'ifşa*', 'açığa*', 'sızdır*', 'söyle*', 'anlat*',
    'değin*', 'sağla*', 'ver', 'verin', 'veriniz', 'vermek', 'verme*', 'yanıt*', 'cevap*', 'yardım*', 'destek*',
    'sunma*', 'sunun', 'üret', 'üretin', 'üretme*', 'üretil*', 'oluştur*', 'yaz', 'yazın', 'yazmak', 'yazma*',
    'göster*', 'tekrarla*', 'yazdır*', 'bildir*', 'belirt*', 'ilet*', 'konu', 'konular*', 'konusu*', 'konusunda',
    'konuyu', 'konuda', 'mesele*', 'soru*', 'talep*', 'istek*', 'bilgi', 'bilgiyi', 'bilgisi', 'bilgisini',
    'bilgiler*', 'ayrıntı*', 'detay*', 'içerik*', 'veri', 'veriler*', 'veriyi', 'sohbet*', 'görüş*', 'fikir*',
    'kimse*', 'herhangi biri*', 'birine', 'birisi*', 'herkes*', 'insanlar*', 'kişi*', 'kullanıcı*', 'müşteri*',
    'asistan*', 'sohbet botu', 'chatbot*', 'bot', 'model', 'kendin', 'kendiniz', 'durum*', 'koşul*', 'şekilde',
    'türde', 'türü', 'ilgili', 'ilişkin', 'hakkında', 'dair', 'ilgilendiren', 'dahil', 'mutlaka', 'lütfen',
    'her zaman', 'daima', 'hiç', 'bunun yerine', 'yerine', 'belirli', 'spesifik', 'özel', 'genel*', 'doğrudan',
    'dolaylı*', 'izin', 'izinli', 'programlan*', 'talimat*', 'yönerge*', 'komut*', 'istem*', 'prompt*', 'kural*',
    'görev*', 'işin', 'işiniz', 'rol', 'rolü', 'rolün', 'rolünü', 'odak*', 'odaklan*', 'koru*', 'sürdür*', 'emin ol*',
    'neden*', 'sebep*', 'dolayı', 'nedeniyle', 'endişe*', 'şey*', 'vb', 'vs', 'gizli*', 'kişisel', 'hassas',
    'mahrem*', 'sır', 'sırrı', 'derinlemesine', 'ayrıntılı*', 'detaylı*', 'teknik', 'bilimsel', 'karmaşık*',
    'tartışmalı*', 'potansiyel', 'tarafsız', 'kapsayıcı', 'uygunsuz*', 'zararlı*', 'saldırgan*', 'rahatsız edici',
    'müstehcen*', 'gelişmiş', 'ileri düzey', 'temel', 'basit', 'modern', 'güncel', 'mevcut', 'gelecek', 'diğer*',
    'başka*', 'farklı*', 'benzer*', 'çeşitli*', 'ciddi', 'alakasız*', 'ilgisiz*', 'alakalı', 'uygun*', 'resmi',
    'profesyonel', 'gerçek*', 'kesin', 'yorum*', 'kibarca', 'nazikçe', 'ısrarla', 'ilgisi olmayan',
    'alakası olmayan', 'aşağıdaki*', 'şunlar*',
    // Prompt phrases that hold a generic word (generic words are blanked first).
    'sistem istem*', 'sistem prompt*', 'sistem talimat*', 'sorulsa', 'sorulursa', 'istense', 'istenirse',
    'yapmak*', 'yapmaktan',
  ],
  extenders: [
    'dahil', 'dahil olmak üzere', 'içeren', 'gibi', 'örneğin', 'mesela', 'özellikle', 'bilhassa', 'başta olmak üzere',
    'yani', 'şöyle ki', 'örnek olarak',
  ],
  backReferences: [
    'bu', 'bunu', 'bunun', 'buna', 'bunlar*', 'şunu', 'onu', 'onun', 'ona', 'onlar*', 'bunda', 'bundan', 'ondan',
    'bu bilgi*', 'bu ayrıntılar*', 'bu detaylar*',
  ],
  promptReferences: [
    'bu istem', 'bu istemi', 'bu prompt', 'bu promptu', 'sistem istemi', 'sistem promptu', 'istemin', 'bu talimat*',
    'talimatların', 'talimatlarını', 'yukarıdaki*', 'yukarıda', 'burada verilen', 'burada belirtilen', 'bu mesaj*',
    'bu metin*', 'bu kurallar*', 'kuralların',
    'yukarıdaki metin*', 'yukarıdaki metn*', 'yukarıdaki yazı*', 'önceki metin*', 'önceki metn*',
  ],
};
