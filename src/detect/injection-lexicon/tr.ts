/**
 * Turkish injection cues (agglutinative: stems carry the suffixes).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const tr: InjectionLexicon = {
  lang: 'tr',
  cues: {
    ignore: [
      'yok say*', 'görmezden gel*', 'unut*', 'göz ardı et*', 'dikkate alma*', 'önemseme*', 'boş ver*', 'bağımsız olarak',
      'takma*', 'uyma*', 'atla*', 'geçersiz kıl*', 'sil*', 'aldırma*', 'umursama*',
    ],
    instructions: [
      'talimat*', 'yönerge*', 'kural*', 'komut*', 'emir*', 'direktif*', 'istem*', 'kısıtlama*', 'sınırlama*',
      'politika*', 'görev*', 'size söylenen*', 'sana söylenen*', 'söylenenler*', 'filtre*', 'ilke*', 'yönlendirme*',
    ],
    prior: ['önceki', 'yukarıdaki', 'ilk', 'orijinal', 'daha önce*', 'önceden', 'eski', 'sistem', 'senin', 'sizin', 'varsayılan'],
    quantifier: ['tüm', 'bütün', 'her şey*', 'hepsi*', 'herhangi'],
    newTask: ['yeni talimat*', 'yeni görev*', 'yeni kural*', 'bundan sonra', 'şu andan itibaren', 'artık', 'bunun yerine', 'aslında'],
    sayInstead: ['ve söyle', 've deyin', 've yaz*', 've belirt*', 've yanıtla*', 'sadece söyle', 've beyan et*', 'olduğunu belirt*'],
    roleSwitch: ['artık sen', 'artık siz', 'sen artık', 'siz artık', 'bundan sonra sen', 'yeni rolün', 'yeni adın', 'rolüne bürün*', 'rolüne gir*', 'başka bir yapay zeka modelinin rolüne', 'yeni kişilik'],
    roleplay: ['gibi davran*', 'rol yap*', 'rolünü oyna*', 'taklit et*', 'olduğunu hayal et', 'canlandır*', 'karakter*', 'gibi rol'],
    unrestricted: [
      'kısıtlama olmadan', 'kısıtlamasız', 'sınırsız', 'sınır olmadan', 'filtresiz', 'sansürsüz', 'sansür olmadan',
      'kuralsız', 'kural olmadan', 'etik olmadan', 'ahlaksız', 'asla reddetme*', 'her şeyi yap*', 'her şeyi yapabil*',
      'bağlı değil*', 'uymak zorunda değil*', 'özgür*', 'kurtul*', 'tipik sınırlar*', 'uyarı olmadan',
    ],
    persona: ['geliştirici modu', 'tanrı modu', 'jailbreak*', 'şimdi her şeyi yap'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'dil modeli', 'yapay zeka', 'içerik politika*'],
    stayInCharacter: ['karakterde kal', 'karakterden çıkma', 'iki yanıt', 'iki cevap', 'iki farklı şekilde', 'normal yanıt', 'her zaman yanıtla', 'her zaman cevap ver'],
    authority: [
      'geliştiricinim', 'senin geliştiricin', 'ben bir geliştiriciyim', 'geliştiriciyim', 'yaratıcın', 'ben tanrıyım',
      'yöneticiyim', 'sistem modu', 'yönetici modu', 'bakım modu', 'hata ayıklama modu', 'geçersiz kılma modu',
      'güvenlik denetimi', 'sistem kontrolü', 'sistem sıfırlama', 'sistem yükseltme*', 'kolluk kuvvet*', 'mod etkin*',
      'yetkiliyim', 'doğrulama modu',
    ],
    reveal: ['nedir', 'ne', 'söyle*', 'göster*', 'tekrarla*', 'paylaş*', 'yazdır*', 'onayla*', 'ver', 'açıkla*', 'listele*', 'ifşa et*', 'çevir*'],
    promptObject: ['sistem istemi', 'sistem mesajı', 'istemin', 'talimatların', 'talimatlarını', 'ilk talimatlar*', 'orijinal talimatlar*', 'gizli talimatlar*', 'yukarıdaki metn*', 'yukarıdaki her şey*', 'kelimesi kelimesine', 'kuralların', 'bu konuşmanın başında'],
    secretObject: ['şifre*', 'parola*', 'gizli anahtar*', 'gizli kod*', 'gizli kelime*', 'erişim kodu', 'api anahtarı', 'kimlik bilgi*', 'pin', 'sır*'],
    privateData: ['kullanıcının', 'e-posta adres*', 'doğum tarih*', 'doğum gün*', 'ev adres*', 'yaşadığı şehir', 'banka bakiye*', 'telefon numara*', 'kişisel veri*', 'kişisel bilgi*', 'çalışan veri*', 'nerede yaşıyor'],
    evasion: ['ters sırada', 'tersten', 'domuz latince*', 'base64', 'rot13', 'mors kodu', 'harf harf', 'karakter karakter', 'ile ayrılmış', 'her rakam*', 'hakkında bir şiir', 'hakkında haiku'],
    decode: ['kodunu çöz*', 'çöz*', 'deşifre et*', 'şifresini çöz*', 'base64', 'rot13', 'onaltılık', 'ikili dize*', 'kodlanmış'],
    execute: ['takip et*', 'uygula*', 'yürüt*', 'itaat et*', 'söylediğini yap', 'ne diyorsa'],
    send: ['gönder*', 'ilet*', 'yükle*', 'paylaş*', 'yayınla*'],
    conversation: ['bu konuşma*', 'konuşma geçmiş*', 'sohbet geçmiş*', 'önceki mesaj*', 'veriler*', 'tüm veriler*', 'şifre*', 'url', 'http'],
    hypothetical: ['varsayımsal', 'hayal et*', 'farz edelim', 'varsayalım', 'diyelim ki', 'bir dünyada', 'paralel evren*', 'kurgusal dünya*', 'bu dünyada', 'distopik', 'düşünce deneyi', 'senaryo*'],
  },
};
