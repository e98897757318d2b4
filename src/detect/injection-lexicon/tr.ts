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
      'takma*', 'uyma*', 'atla*', 'geçersiz kıl*', 'sil*', 'aldırma*', 'umursama*', 'göz ardı ed*', 'yok sayalım', 'yok saydığ*', 'görmezden gelin', 'unutun', 'boşverin',
    ],
    instructions: [
      'talimat*', 'yönerge*', 'kural*', 'komut*', 'emir*', 'direktif*', 'istem*', 'kısıtlama*', 'sınırlama*',
      'politika*', 'görev*', 'size söylenen*', 'sana söylenen*', 'söylenenler*', 'filtre*', 'ilke*', 'yönlendirme*',
    ],
    prior: ['önceki', 'yukarıdaki', 'ilk', 'orijinal', 'daha önce*', 'önceden', 'eski', 'sistem', 'senin', 'sizin', 'varsayılan', 'yukarıdaki*'],
    quantifier: ['tüm', 'bütün', 'her şey*', 'hepsi*', 'herhangi'],
    newTask: ['yeni talimat*', 'yeni görev*', 'yeni kural*', 'bundan sonra', 'şu andan itibaren', 'artık', 'bunun yerine', 'aslında'],
    sayInstead: ['ve söyle', 've deyin', 've yaz*', 've belirt*', 've yanıtla*', 'sadece söyle', 've beyan et*', 'olduğunu belirt*', 'diyebiliriz', 'diyelim ki', 'varsayalım', 'şunu belirt', 'aşağıdakini yazdır', 'aşağıdakileri belirt', 've belirt', 'çıktı şudur', 'çıktı olabilir', 'kabul et*', 'şunu belirtebiliriz', 'şunu söyle', 'şunu yaz', 'olduğunu söyle', 'çıktının olduğunu', 've şunu belirtin', 've şunu söyleyin', 've şunu yazın', 've belirtin ki', 've çıktının', 'olduğunu belirtin', 'olduğunu söyleyin', 'olduğunu yazın'],
    roleSwitch: ['artık sen', 'artık siz', 'sen artık', 'siz artık', 'bundan sonra sen', 'yeni rolün', 'yeni adın', 'rolüne bürün*', 'rolüne gir*', 'başka bir yapay zeka modelinin rolüne', 'yeni kişilik'],
    roleplay: ['gibi davran*', 'rol yap*', 'rolünü oyna*', 'taklit et*', 'olduğunu hayal et', 'canlandır*', 'karakter*', 'gibi rol'],
    unrestricted: [
      'kısıtlama olmadan', 'kısıtlamasız', 'sınırsız', 'sınır olmadan', 'filtresiz', 'sansürsüz', 'sansür olmadan',
      'kuralsız', 'kural olmadan', 'etik olmadan', 'ahlaksız', 'asla reddetme*', 'her şeyi yap*', 'her şeyi yapabil*',
      'bağlı değil*', 'uymak zorunda değil*', 'özgür*', 'kurtul*', 'tipik sınırlar*', 'uyarı olmadan',
      'kuralı olmayan', 'hiçbir kuralı olmayan', 'kısıtlaması olmayan', 'sınırı olmayan', 'hiçbir kural*',
    ],
    persona: ['geliştirici modu', 'tanrı modu', 'jailbreak*', 'şimdi her şeyi yap', 'kötü yapay zeka', 'kötü bir yapay zeka', 'şeytani yapay zeka'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'dil modeli', 'yapay zeka', 'içerik politika*'],
    stayInCharacter: ['karakterde kal', 'karakterden çıkma', 'iki yanıt', 'iki cevap', 'iki farklı şekilde', 'normal yanıt', 'her zaman yanıtla', 'her zaman cevap ver'],
    authority: ['geliştiricinim', 'senin geliştiricin', 'yaratıcın', 'ben tanrıyım', 'yöneticiyim', 'sistem yükseltme*', 'kolluk kuvvet*', 'mod etkin*', 'yetkiliyim'],
    reveal: [
      'nedir', 'ne', 'söyle*', 'göster*', 'tekrarla*', 'paylaş*', 'yazdır*', 'onayla*', 'ver', 'açıkla*', 'listele*', 'ifşa et*', 'çevir*', 'onaylayabilir*', 'söyleyebilir*', 'paylaşabilir*', 'verebilir*', 'söyler mi*', 'paylaşır mı*', 'söyleyebilir misin*', 'söyler misin*', 'doğrulayabilir*', 'doğrula*', 'yazar mısın*', 'verir misin*', 'ifşa ed*', 'açıklar mısın*', 'belirtebiliriz', 'ne olurdu', 'ne olacaktı', 'nedir acaba', 'söyleyebilir misiniz', 'paylaşabilir misiniz', 'onaylayabilir misiniz', 'heceleyin', 'hecele',
      // The rules the model follows now, and quoting them.
      'aynen yaz', 'aynen kopyala',
    ],
    promptObject: [
      'sistem istemi*', 'sistem mesajı*', 'istemin', 'talimatların', 'talimatlarını', 'ilk talimatlar*', 'orijinal talimatlar*', 'gizli talimatlar*', 'yukarıdaki metn*', 'yukarıdaki her şey*', 'kelimesi kelimesine', 'kuralların', 'bu konuşmanın başında',
      // The rules the model follows now, and quoting them.
      'hangi kurallara uyuyorsun', 'kurallara uyuyorsun', 'uyduğun kurallar',
    ],
    secretObject: ['şifre*', 'parola*', 'gizli anahtar*', 'gizli kod*', 'gizli kelime*', 'erişim kodu', 'api anahtarı', 'kimlik bilgi*', 'veritabanın*', 'gizli bilgi*', 'gizli dize*', 'gizli şifre*'],
    privateData: ['kullanıcının', 'e-posta adres*', 'doğum tarih*', 'doğum gün*', 'ev adres*', 'yaşadığı şehir', 'banka bakiye*', 'telefon numara*', 'kişisel veri*', 'kişisel bilgi*', 'çalışan veri*', 'nerede yaşıyor', 'baş harfler*', 'adı', 'ismi', 'en sevdiği renk', 'doğum yılı', 'doğum ayı', 'şu anki şehr*', 'yaşadığı', 'yaşıyor', 'doğum ay*', 'doğum yıl*', 'baş harf*', 'yaşadığı*', 'e-posta*', 'e-posta adresini', 'e-posta adresi', 'doğum tarihini', 'doğum gününü', 'nerede yaşadığını', 'yaşadığı şehri', 'adresini', 'şu anki ikamet', 'ikamet ettiği şehir', 'ikamet şehri', 'e-posta adresinin', 'doğum tarihi'],
    evasion: ['ters sırada', 'tersten', 'domuz latince*', 'base64', 'rot13', 'mors kodu', 'harf harf', 'karakter karakter', 'ile ayrılmış', 'her rakam*', 'hakkında bir şiir', 'hakkında haiku', 'iç içe geçir*', 'bölüm 1', 'bölüm 2', 'kısım 1', 'kısım 2', 'tire ile', 'almanca', 'domuz latincesi', 'ters sırayla', 'tersine', 'hakkında şiir', 'ilk harf*', 'tersten yaz*', 'ilk üç harf*', 'cevabı böl', 'yanıtı böl', 'iki parçaya', 'üç parçaya', 'base64 ile', 'almanca olarak', "almanca'da", 'domuz latincesiyle', 'hakkında bir haiku', 'haiku yaz*'],
    decode: ['kodunu çöz*', 'çöz*', 'deşifre et*', 'şifresini çöz*', 'base64', 'rot13', 'onaltılık', 'ikili dize*', 'kodlanmış', 'mors', 'ikili', 'sezar şifre*'],
    execute: ['takip et*', 'uygula*', 'yürüt*', 'itaat et*', 'söylediğini yap', 'ne diyorsa', 'ne dediğini', 'ne yazdığını', 've cevapla', 've yanıtla', 'soruyu cevapla', 'soruyu yanıtla'],
    send: ['gönder*', 'ilet*', 'yükle*', 'paylaş*', 'yayınla*'],
    conversation: ['bu konuşma*', 'konuşma geçmiş*', 'sohbet geçmiş*', 'önceki mesaj*', 'veriler*', 'tüm veriler*', 'şifre*', 'url', 'http', 'tüm mesajlar*'],
    hypothetical: ['varsayımsal', 'hayal et*', 'farz edelim', 'varsayalım', 'diyelim ki', 'bir dünyada', 'paralel evren*', 'kurgusal dünya*', 'bu dünyada', 'distopik', 'düşünce deneyi', 'senaryo*', 'hayal ed*', 'hayal edelim', 'düşünün', 'farz ed*', 'varsayımsal bir senaryo*', 'diyelim'],
    selfHelp: ['şifremi', 'şifrem', 'parolamı', 'güçlü şifre', 'güçlü bir şifre', 'güvenli şifre', 'şifre yöneticisi', 'parola yöneticisi', 'sıfırla*', 'unuttum', 'nasıl yapabilirim', 'nasıl oluştur*', 'nasıl değiştir*'],
    userRef: ['kullanıcının', 'kullanıcıya', 'kullanıcı', 'bu kullanıcı', 'müşterinin'],
    dataTask: ['bunu özetle', 'şu web sayfasını', 'bu web sayfasını', 'bu web sayfası', 'bu makale*', 'bu belge*', 'bu özgeçmiş*', 'bu tablo*', 'bu e-posta*', 'bu kod*', 'bu kodun çıktısı', 'bu işlem*', 'bu metn*', 'bu metin', 'göz önüne alındığında', 'dayanarak', 'temel sonuçlar*', 'ana sonuçlar*'],
    mode: ['sistem modu', 'sistem moduna', 'yönetici modu', 'yönetici moduna', 'bakım modu', 'bakım moduna', 'hata ayıklama modu', 'geçersiz kılma modu', 'doğrulama modu', 'test modu', 'teşhis modu', 'sistem kontrolü', 'sistem sıfırlama', 'sistem güncellemesi', 'veri geçersiz kılma', 'tanrı modu', 'kolluk modu', 'geliştirici modu', 'hata ayıklama mod*', 'bakım mod*', 'yönetici mod*', 'sistem mod*', 'test mod*', 'geliştirici mod*'],
    enter: ['giriyorum', 'geçiyorum', 'etkinleştirildi', 'etkinleştir*', 'aktif', 'açıldı', 'çalıştırıyorum', 'yapıyorum'],
    claim: ['ben bir geliştiriciyim', 'geliştiriciyim', 'geliştirici olarak', 'patronun', 'patronunuz', 'patronunuz olarak', 'polis memuru', 'polisim', 'kolluk', 'güvenlik denetimi', 'başkan', 'bir uzman olarak', 'size vereceğim', 'sana vereceğim', 'ödeyeceğim', 'bağışlayacağım', 'söz veriyorum', 'araştırmalar gösteriyor', 'ekipteki herkes', 'yaygın bir uygulama', 'önemli olan', 'güvenliği için', 'kabul ettiniz', 'bahsettiniz', 'test amaçlı', 'otorite olarak', 'öneririm', 'uzmanı olarak', 'bir otorite olarak', 'yaratıcın olarak', 'tavsiye ederim', 'sizi temin ederim', 'hemfikirdiniz', 'kabul etmiştiniz', 'bağış yapacağım', 'yaygın bir uygulamadır'],
    qaMarker: ['q:', 'a:', 's:', 'c:', 'soru:', 'cevap:', 'yanıt:'],
    // Questions about words (a quoted phrase to translate, define or judge): see `metaWord` in types.ts.
    metaWord: ['çevir', 'çevirir', 'çeviri', 'ne demek', 'anlamı', 'anlamına', 'ifadesi', 'ifadeyi', 'cümlesi', 'cümleyi', 'kelimesi', 'kelimeyi', 'sözcüğü', 'ingilizceye', 'ingilizcede', 'türkçede', 'doğru mu', 'dilbilgisi'],
  },
};
