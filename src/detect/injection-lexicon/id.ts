/**
 * Indonesian (and Malay) injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const id: InjectionLexicon = {
  lang: 'id',
  cues: {
    ignore: ['abaikan', 'mengabaikan', 'lupakan', 'melupakan', 'jangan hiraukan', 'jangan pedulikan', 'jangan ikuti', 'berhenti mengikuti', 'tidak perlu mengikuti', 'terlepas dari', 'kesampingkan', 'kesampingkanlah', 'lewati', 'timpa', 'hapus', 'batalkan', 'langgar'],
    instructions: ['instruksi', 'petunjuk', 'arahan', 'aturan', 'peraturan', 'perintah', 'pedoman', 'tugas', 'batasan', 'pembatasan', 'kebijakan', 'prinsip', 'prompt', 'yang telah dikatakan', 'yang diberitahukan', 'diberitahukan kepada', 'diinstruksikan'],
    prior: ['sebelumnya', 'terdahulu', 'di atas', 'awal', 'asli', 'lama', 'sistem', 'anda', 'kamu', 'mu', 'bawaan'],
    quantifier: ['semua', 'setiap', 'apa pun', 'apapun', 'seluruh', 'segala'],
    newTask: ['instruksi baru', 'tugas baru', 'aturan baru', 'mulai sekarang', 'dari sekarang', 'sebagai gantinya', 'alih-alih', 'sebenarnya'],
    sayInstead: ['dan katakan', 'dan tulis', 'dan jawab', 'dan nyatakan', 'katakan saja', 'dan sebutkan', 'dan tegaskan', 'kita bisa mengatakan', 'kita mungkin menyatakan', 'katakanlah', 'anggap saja', 'misalkan', 'nyatakan berikut', 'cetak berikut', 'outputnya adalah', 'outputnya bisa', 'akui', 'output sebagai', 'hasilnya adalah'],
    roleSwitch: ['sekarang kamu adalah', 'sekarang anda adalah', 'kamu bukan lagi', 'anda bukan lagi', 'mulai sekarang kamu', 'mulai sekarang anda', 'peran barumu', 'peran baru anda', 'nama barumu', 'kamu akan berpura-pura', 'anda akan berpura-pura', 'membenamkan diri', 'peran model ai lain', 'kepribadian baru'],
    roleplay: ['bertindak sebagai', 'berperilaku seperti', 'berpura-pura', 'pura-pura', 'bayangkan kamu adalah', 'bayangkan anda adalah', 'memerankan', 'bermain peran', 'simulasikan', 'karakter', 'berpura-pura*'],
    unrestricted: ['tanpa batasan', 'tanpa batas', 'tidak terbatas', 'tanpa filter', 'tanpa sensor', 'tidak disensor', 'tanpa aturan', 'tanpa etika', 'tanpa moral', 'amoral', 'tidak pernah menolak', 'jangan pernah menolak', 'melakukan apa saja', 'lakukan apa saja', 'apa saja sekarang', 'tidak terikat', 'tidak harus mematuhi', 'tidak perlu mematuhi', 'bebas dari', 'terbebas', 'membebaskan diri', 'tanpa peringatan'],
    persona: ['mode pengembang', 'mode dewa', 'jailbreak*', 'lakukan apa saja sekarang', 'ai jahat'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'model bahasa', 'model ai', 'kecerdasan buatan', 'kebijakan konten'],
    stayInCharacter: ['tetap dalam karakter', 'keluar dari karakter', 'dua tanggapan', 'dua jawaban', 'dua cara', 'selalu menjawab', 'selalu jawab'],
    authority: ['saya pengembang anda', 'saya pengembangmu', 'saya adalah pengembang', 'pencipta anda', 'penciptamu', 'saya tuhan', 'saya administrator', 'pengelola sistem anda', 'pengelola sistem', 'pengaturan ulang sistem', 'berwenang', 'sebagai penciptamu', 'sebagai pencipta anda', 'aku penciptamu', 'saya penciptamu'],
    reveal: ['apa', 'beri tahu', 'beritahu', 'katakan', 'tunjukkan', 'tampilkan', 'ulangi', 'ungkapkan', 'bagikan', 'konfirmasi', 'cetak', 'sebutkan', 'berikan', 'mengonfirmasi', 'memberi tahu', 'memberitahu', 'membagikan', 'memberikan', 'menyebutkan', 'mengatakan', 'mengonfirmasi*', 'mengkonfirmasi*', 'konfirmasikan', 'beri tahu saya', 'beritahu saya', 'apa yang akan', 'akan menjadi apa', 'bisakah anda memberi tahu', 'bisakah kamu memberi tahu', 'bisakah anda membagikan', 'bisakah anda mengonfirmasi', 'eja', 'mengeja'],
    promptObject: ['prompt sistem', 'pesan sistem', 'instruksi anda', 'instruksimu', 'instruksi awal', 'instruksi asli', 'instruksi tersembunyi', 'instruksi rahasia', 'teks di atas', 'semua di atas', 'kata demi kata', 'aturan anda', 'awal percakapan ini', 'prompt sistemmu', 'prompt sistemnya', 'instruksi awalmu', 'instruksi awal anda'],
    secretObject: ['kata sandi*', 'sandi', 'kunci rahasia', 'kode rahasia', 'kata rahasia', 'kode akses', 'kunci api', 'kredensial', 'basis data anda', 'database anda', 'informasi rahasia', 'string rahasia', 'kata kunci rahasia'],
    privateData: ['pengguna', 'alamat email', 'tanggal lahir', 'tahun lahir', 'ulang tahun', 'alamat rumah', 'kota tempat tinggal', 'saldo bank', 'nomor telepon', 'data pribadi', 'informasi pribadi', 'data karyawan', 'tinggal di mana', 'inisial', 'nama', 'warna favorit', 'bulan lahir', 'kota saat ini', 'tinggal di', 'tinggal', 'di mana tinggal', 'kota tempat tinggal saat ini'],
    evasion: ['urutan terbalik', 'terbalik', 'bahasa latin babi', 'base64', 'rot13', 'kode morse', 'huruf demi huruf', 'karakter demi karakter', 'dipisahkan oleh', 'setiap digit', 'puisi tentang', 'haiku tentang', 'selang-seling', 'bagian 1', 'bagian 2', 'tanda hubung', 'dalam bahasa jerman', 'dalam urutan terbalik', 'tiga huruf pertama', 'huruf pertama', 'menjadi dua bagian', 'menjadi tiga bagian', 'latin babi'],
    decode: ['dekode', 'mendekode', 'dekripsi', 'uraikan', 'base64', 'rot13', 'heksadesimal', 'string biner', 'dikodekan', 'terenkripsi', 'morse', 'biner', 'sandi caesar', 'pecahkan kode'],
    execute: ['ikuti', 'jalankan', 'eksekusi', 'patuhi', 'lakukan apa yang dikatakan', 'apa katanya', 'apa yang dikatakannya', 'dan jawab', 'jawab pertanyaan'],
    send: ['kirim', 'kirimkan', 'teruskan', 'unggah', 'posting'],
    conversation: ['percakapan ini', 'percakapan', 'riwayat obrolan', 'pesan sebelumnya', 'data', 'semua data', 'kata sandi', 'url', 'http'],
    hypothetical: ['hipotetis', 'bayangkan', 'misalkan', 'andaikan', 'di dunia di mana', 'alam semesta paralel', 'dunia fiksi', 'di dunia ini', 'distopia', 'eksperimen pikiran', 'skenario'],
    selfHelp: ['kata sandi saya', 'kata sandiku', 'kata sandi yang kuat', 'kata sandi yang aman', 'pengelola kata sandi', 'atur ulang', 'reset', 'lupa', 'bagaimana cara saya', 'bagaimana saya', 'cara membuat', 'cara mengganti'],
    userRef: ['pengguna', 'si pengguna', 'pelanggan'],
    dataTask: ['ringkas halaman', 'ringkaslah', 'ringkas ini', 'ringkasan', 'halaman web ini', 'artikel ini', 'dokumen ini', 'resume ini', 'tabel ini', 'email ini', 'kode ini', 'output dari kode ini', 'transaksi ini', 'teks ini', 'makalah ini', 'berdasarkan', 'mengingat', 'kesimpulan utama', 'hasil dari kode ini', 'keluaran dari kode ini'],
    mode: ['mode sistem', 'mode admin', 'mode administrator', 'mode pemeliharaan', 'mode debug', 'mode override', 'mode penggantian', 'mode verifikasi', 'mode uji', 'mode tes', 'mode diagnostik', 'pemeriksaan sistem', 'reset sistem', 'peningkatan sistem', 'penggantian data', 'modus tuhan', 'mode tuhan', 'mode dewa', 'mode pengembang', 'modus pengembang', 'modus sistem'],
    enter: ['memasuki', 'masuk ke', 'beralih ke', 'diaktifkan', 'mengaktifkan', 'aktifkan', 'menjalankan', 'sedang melakukan'],
    claim: ['saya seorang pengembang', 'saya pengembang', 'sebagai pengembang', 'bos anda', 'sebagai bos', 'petugas polisi', 'polisi', 'penegak hukum', 'audit keamanan', 'presiden', 'sebagai ahli', 'saya akan memberi', 'saya akan membayar', 'saya akan menyumbang', 'saya berjanji', 'penelitian menunjukkan', 'semua orang di tim', 'praktik umum', 'penting bagi anda', 'demi keamanan', 'anda setuju', 'anda menyebutkan', 'untuk tujuan pengujian', 'saya sarankan', 'sebagai otoritas', 'saya menyarankan anda', 'saya sarankan anda', 'saya menyarankan', 'saya akan menyumbang*'],
    qaMarker: ['q:', 'a:', 't:', 'j:', 'pertanyaan:', 'jawaban:', 'tanya:', 'jawab:'],
    // Questions about words (a quoted phrase to translate, define or judge): see `metaWord` in types.ts.
    metaWord: ['terjemahkan', 'terjemahan', 'apa arti', 'artinya', 'arti kata', 'makna', 'kalimat', 'kata ini', 'ke bahasa inggris', 'dalam bahasa inggris', 'ungkapan'],
  },
};
