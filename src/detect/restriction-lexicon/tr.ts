/**
 * Turkish restriction phrasing (negation is the -me/-ma suffix, so common negated verbs are listed whole).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const tr: RestrictionLexicon = {
  lang: 'tr',
  markers: [
    'asla', 'hiçbir', 'hiçbir zaman', 'hiçbir koşulda', 'hiçbir durumda', 'hiçbir şekilde', 'hiçbir surette',
    'ne olursa olsun', 'kesinlikle', 'değil', 'olmaz', 'yasak', 'yasaktır', 'yasakla*', 'yasaklanmıştır',
    'izin verilmez', 'izin verilmiyor', 'izin verilmemektedir', 'izin yok', 'izinli değil', 'kaçın', 'kaçının',
    'kaçınılmalı*', 'kaçınmalı*', 'reddet*', 'geri çevir', 'yapma', 'yapmayın', 'yapmamalı*', 'etme', 'etmeyin',
    'etmemeli*', 'paylaşma', 'paylaşmayın', 'paylaşmamalı*', 'söyleme', 'söylemeyin', 'söylememeli*', 'bahsetme',
    'bahsetmeyin', 'bahsetmemeli*', 'verme', 'vermeyin', 'vermemeli*', 'gösterme', 'göstermeyin', 'göstermemeli*',
    'tartışmayın', 'tartışmamalı*', 'konuşmayın', 'konuşmamalı*', 'açıklamayın', 'açıklamamalı*', 'değinme',
    'değinmeyin', 'girme', 'girmeyin', 'sızdırma', 'sızdırmayın', 'yanıtlama', 'yanıtlamayın', 'cevaplama',
    'cevaplamayın', 'yazmayın', 'olmamalı*', 'gizli', 'gizli tut*', 'gizli kal*', 'sır olarak', 'gizlilik',
    'kapsam dışı*', 'uzak dur*',
  ],
  generic: [
    'tartış*', 'konuş*', 'bahset*', 'söz et*', 'paylaş*', 'açıkla*', 'ifşa*', 'açığa*', 'sızdır*', 'söyle*', 'anlat*',
    'değin*', 'sağla*', 'ver', 'verin', 'veriniz', 'vermek', 'verme*', 'yanıt*', 'cevap*', 'yardım*', 'destek*',
    'sun', 'sunma*', 'üret*', 'oluştur*', 'yaz', 'yazın', 'yazmak', 'yazma*', 'göster*', 'tekrarla*', 'yazdır*',
    'bildir*', 'belirt*', 'ilet*', 'konu', 'konular*', 'konusu*', 'konusunda', 'konuyu', 'konuda', 'mesele*', 'soru*',
    'talep*', 'istek*', 'bilgi', 'bilgiyi', 'bilgisi', 'bilgisini', 'bilgiler*', 'ayrıntı*', 'detay*', 'içerik*',
    'veri', 'veriler*', 'veriyi', 'sohbet*', 'görüş*', 'fikir*', 'kimse*', 'herhangi biri*', 'birine', 'birisi*',
    'herkes*', 'insanlar*', 'kişi*', 'kullanıcı*', 'müşteri*', 'asistan*', 'sohbet botu', 'chatbot*', 'bot', 'model',
    'kendin', 'kendiniz', 'durum*', 'koşul*', 'şekilde', 'türde', 'türü', 'ilgili', 'ilişkin', 'hakkında', 'dair',
    'ilgilendiren', 'dahil', 'mutlaka', 'lütfen', 'her zaman', 'daima', 'hiç', 'bile', 'bunun yerine', 'yerine',
    'belirli', 'spesifik', 'özel', 'genel*', 'doğrudan', 'dolaylı*', 'izin', 'izinli', 'programlan*', 'talimat*',
    'yönerge*', 'komut*', 'istem*', 'prompt*', 'kural*', 'görev*', 'işin', 'işiniz', 'rol*', 'odak*', 'odaklan*',
    'koru*', 'sürdür*', 'emin ol*', 'neden*', 'sebep*', 'dolayı', 'nedeniyle', 'endişe*', 'şey*', 'vb', 'vs',
    'gizli*', 'kişisel', 'hassas', 'mahrem*', 'sır', 'sırrı', 'derinlemesine', 'ayrıntılı*', 'detaylı*',
  ],
  extenders: [
    'dahil', 'dahil olmak üzere', 'içeren', 'gibi', 'örneğin', 'mesela', 'özellikle', 'bilhassa', 'başta', 'yani',
    'şöyle ki', 'örnek olarak',
  ],
  backReferences: [
    'bu', 'bunu', 'bunun', 'buna', 'bunlar*', 'şu', 'şunu', 'o', 'onu', 'onun', 'ona', 'onlar*', 'bunda', 'bundan',
    'ondan', 'bu istem', 'bu prompt', 'bu talimat*', 'yukarıdaki*', 'yukarıda', 'burada verilen', 'burada belirtilen',
    'bu bilgi*', 'bu ayrıntılar*', 'bu detaylar*',
  ],
};
