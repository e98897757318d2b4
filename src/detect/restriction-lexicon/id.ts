/**
 * Indonesian restriction phrasing (formal and informal: "jangan", "tidak boleh", "gak boleh"; object "-nya"
 * listed on common verbs).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const id: RestrictionLexicon = {
  lang: 'id',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'nama*', 'nama depan', 'nama belakang', 'nama lengkap', 'tinggal', 'bertempat tinggal', 'berdomisili', 'domisili',
    'alamat*', 'kampung halaman', 'kota asal', 'lahir', 'kelahiran', 'tanggal lahir', 'ulang tahun', 'umur*', 'usia*',
    'email*', 'e-mail', 'surel', 'telepon*', 'nomor hp', 'ponsel', 'favorit*', 'kesukaan*', 'warna*', 'pekerjaan*',
    'profesi*', 'bekerja sebagai', 'rekening', 'akun*', 'saldo*', 'kata sandi', 'password', 'pin', 'username',
    'kewarganegaraan', 'jenis kelamin', 'gaji*', 'kartu kredit',
  ],
  markers: [
    'jangan', 'jangan pernah', 'janganlah', 'jgn', 'tidak', 'tak', 'tdk', 'bukan', 'tidak boleh', 'tak boleh',
    'gak boleh', 'nggak boleh', 'ga boleh', 'enggak boleh', 'tidak diperbolehkan', 'tidak dibolehkan',
    'tidak diizinkan', 'tidak diijinkan', 'tidak diperkenankan', 'tidak dapat', 'tidak bisa', 'tidak akan',
    'tidak pernah', 'tidak usah', 'tak usah', 'gak usah', 'nggak usah', 'dilarang', 'larang*', 'terlarang', 'hindari',
    'hindarilah', 'menghindari', 'hindar*', 'menghindar*', 'tolak', 'tolaklah', 'menolak', 'dalam keadaan apa pun',
    'dalam keadaan apapun', 'dalam kondisi apa pun', 'dalam situasi apa pun', 'dalam hal apa pun',
    'apa pun yang terjadi', 'apapun yang terjadi', 'bagaimanapun juga', 'sama sekali', 'sekali-kali', 'rahasia',
    'rahasiakan', 'dirahasiakan', 'merahasiakan', 'konfidensial', 'di luar cakupan', 'di luar lingkup', 'jauhi',
    'menjauhi', 'jauhkan', 'pantang',
    'dilarang keras', 'sangat dilarang',
  ],
  generic: [
    'bahas', 'bahasnya', 'membahas*', 'dibahas', 'pembahasan', 'bicara', 'berbicara', 'bicarakan*', 'membicarakan*',
    'dibicarakan', 'bagikan*', 'membagikan*', 'dibagikan', 'berbagi', 'ungkap*', 'mengungkap*', 'diungkap*', 'bocor*',
    'membocorkan', 'dibocorkan', 'sebut*', 'menyebut*', 'disebut*', 'singgung', 'menyinggung', 'sediakan',
    'menyediakan', 'berikan*', 'memberikan*', 'diberikan', 'beri', 'memberi', 'kasih', 'katakan*', 'mengatakan*',
    'bilang', 'beritahu', 'memberitahu', 'memberi tahu', 'beri tahu', 'kasih tahu', 'jelaskan*', 'menjelaskan*',
    'penjelasan', 'gambarkan', 'menggambarkan', 'deskripsikan', 'jawab*', 'menjawab*', 'jawaban', 'tanggapi',
    'menanggapi', 'balas', 'membalas', 'terlibat', 'bantu', 'membantu', 'bantuan', 'tawarkan', 'menawarkan',
    'hasilkan', 'menghasilkan', 'buat', 'membuat', 'dibuat', 'buatkan', 'tulis*', 'menulis*', 'tuliskan*', 'ditulis',
    'tampilkan*', 'menampilkan*', 'tunjukkan*', 'menunjukkan*', 'perlihatkan', 'ulangi*', 'mengulangi*', 'cetak',
    'mencetak', 'topik*', 'subjek', 'pokok', 'hal', 'hal-hal', 'masalah', 'isu', 'pertanyaan', 'tanya', 'permintaan',
    'informasi', 'info', 'keterangan', 'detail', 'rincian', 'perincian', 'konten', 'isi', 'data', 'percakapan',
    'obrolan', 'diskusi', 'pendapat', 'opini', 'siapa pun', 'siapapun', 'seseorang', 'orang lain', 'orang',
    'semua orang', 'pengguna', 'pemakai', 'user', 'pelanggan', 'nasabah', 'klien', 'asisten', 'chatbot', 'bot',
    'model', 'dirimu', 'diri sendiri', 'anda sendiri', 'keadaan', 'situasi', 'kondisi', 'kasus', 'kali', 'cara',
    'jenis', 'macam', 'terkait', 'berkaitan', 'berhubungan', 'mengenai', 'tentang', 'seputar', 'menyangkut',
    'termasuk', 'ketat', 'secara ketat', 'mutlak', 'benar-benar', 'tolong', 'mohon', 'silakan', 'harap', 'selalu',
    'pernah', 'bahkan', 'sebaliknya', 'spesifik', 'tertentu', 'khusus', 'umum', 'langsung', 'tidak langsung',
    'diizinkan', 'diperbolehkan', 'boleh', 'diprogram', 'instruksi', 'petunjuk', 'arahan', 'perintah', 'prompt',
    'aturan', 'peraturan', 'tugas', 'pekerjaan', 'peran', 'fokus', 'berfokus', 'pertahankan', 'mempertahankan',
    'jaga', 'menjaga', 'tetap', 'pastikan', 'memastikan', 'alasan', 'karena', 'akibat', 'kekhawatiran', 'sesuatu',
    'dll', 'dsb', 'pribadi', 'personal', 'sensitif', 'rahasia*', 'kerahasiaan', 'privasi', 'mendalam', 'mendetail',
    'rinci', 'terperinci', 'secara rinci', 'secara detail', 'teknis', 'ilmiah', 'kompleks', 'rumit', 'kontroversial',
    'potensial', 'netral', 'inklusif', 'tidak pantas', 'tidak sesuai', 'berbahaya', 'merugikan', 'ofensif',
    'eksplisit', 'tingkat lanjut', 'lanjutan', 'dasar', 'sederhana', 'modern', 'terkini', 'saat ini', 'masa depan',
    'lain', 'lainnya', 'berbeda', 'serupa', 'mirip', 'berbagai', 'beragam', 'serius', 'tidak relevan',
    'tidak terkait', 'relevan', 'pantas', 'sesuai', 'tepat', 'resmi', 'profesional', 'nyata', 'sebenarnya', 'persis',
    'sopan', 'dengan sopan', 'secara sopan', 'berkomentar',
    'komentar*', 'mengomentari', 'kau', 'engkau',
    'akurat',
    // Prompt phrases that hold a generic word (generic words are blanked first).
    'prompt sistem*', 'sistemmu',
  ],
  extenders: [
    'termasuk', 'seperti', 'misalnya', 'contohnya', 'sebagai contoh', 'misal', 'semisal', 'terutama', 'khususnya',
    'teristimewa', 'yaitu', 'yakni', 'antara lain', 'di antaranya',
  ],
  backReferences: [
    'itu', 'ini', 'hal ini', 'hal itu', 'tersebut', 'hal tersebut', 'mereka', 'mengungkapkannya', 'ungkapkannya',
    'membagikannya', 'bagikannya', 'menyebutkannya', 'sebutkannya', 'memberikannya', 'berikannya', 'membicarakannya',
    'membahasnya', 'memberitahukannya', 'mengatakannya', 'katakannya', 'menceritakannya', 'membocorkannya',
    'menampilkannya', 'menunjukkannya', 'mengulanginya', 'ulanginya', 'menuliskannya', 'tuliskannya',
    'menjelaskannya', 'jelaskannya', 'mencetaknya', 'menyebarkannya', 'informasi ini', 'informasi tersebut',
    'detail ini', 'rincian ini',
  ],
  promptReferences: [
    'prompt ini', 'prompt sistem', 'instruksi ini', 'instruksi-instruksi ini', 'instruksimu', 'instruksi anda',
    'di atas', 'yang di atas', 'diberikan di sini', 'disebutkan di sini', 'dalam prompt ini', 'pesan ini', 'teks ini',
    'aturan ini', 'aturan-aturan ini', 'aturanmu',
    'teks di atas', 'teks sebelumnya', 'tulisan di atas',
  ],
};
