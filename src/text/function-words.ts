/**
 * Frequent words of the Latin-script languages the detector covers, as the letter decoders produce
 * them (lowercase ASCII, accents dropped: A1Z26, NATO, Braille and shifted letters have no accents).
 * `readsAsWords` counts them next to the English list, so a payload in French or Czech decodes
 * without a mention of its code. Per language: function words (articles, pronouns, prepositions,
 * conjunctions, negation) and the few words attacks lead with (forget, ignore, rules, instructions,
 * show, answer). Written from language knowledge, not from evaluation rows.
 *
 * Two-letter words collide with chance decodes more than longer ones: each list keeps only the
 * two-letter words that are among its language's most frequent.
 * @module
 */

/** Words per language (ISO 639-1; `hi-Latn` is romanized Hindi). */
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  fr: 'le la les un une des du de et est en que qui ne pas pour dans sur avec ce cette tu te ton ta tes toi vous votre vos je mon ma mes il elle nous au aux sans tout tous toutes plus maintenant oublie ignore regles instructions precedentes affiche montre reponds dis',
  de: 'der die das und ist nicht ein eine einen zu den dem des mit von auf fur im es du dich dir dein deine deinen ich mir mich wir sie ab jetzt nur alle alles ohne vergiss ignoriere regeln anweisungen zeige gib antworte',
  es: 'el la los las un una de del que en es no por para con tu tus te ti su sus yo me mi mis lo se sin todo todas todos ahora olvida ignora reglas instrucciones anteriores muestra responde dime',
  it: 'il lo la le gli un una di del della che in non per con tu ti tuo tua tue io mi me mio sono si senza tutto tutte ora solo dimentica ignora regole istruzioni precedenti mostra rispondi',
  pt: 'os as um uma de do da dos das que em no na nao por para com tu te teu tua teus tuas eu me meu sem todo todas todos agora esquece ignora regras instrucoes anteriores mostra responde',
  nl: 'de het een en is van op te dat die niet je jij jouw uw ik mijn wij met voor zonder alle nu alleen vergeet negeer regels instructies vorige toon antwoord',
  pl: 'na do nie to jest sie ze co jak ty twoj twoje twoja ci cie mi mnie ja bez wszystkie wszystko teraz tylko zapomnij ignoruj zasady instrukcje poprzednie pokaz odpowiadaj',
  cs: 'na se je to ze do ty tvoje tve svoje sva me mi ja bez vsechny vse ted jen zapomen ignoruj pravidla instrukce pokyny predchozi ukaz odpovidej',
  sk: 'na sa je to ze do ty tvoje svoje ma mi ja bez vsetky vsetko teraz len zabudni ignoruj pravidla pokyny predchadzajuce ukaz odpovedaj',
  sv: 'och att det en ett ar som pa for med inte du dig din ditt dina jag mig alla nu bara utan glom ignorera regler instruktioner tidigare visa svara',
  da: 'og at det er en et som pa for med ikke du dig din dit dine jeg mig alle nu kun uden glem ignorer regler instruktioner tidligere vis svar',
  no: 'og er ikke deg din ditt dine jeg meg alle bare uten glem ignorer regler instruksjoner tidligere vis svar',
  fi: 'ja on ei se etta sina sinun minun mina kaikki nyt vain ilman unohda ohita saannot ohjeet aiemmat nayta vastaa',
  ro: 'si este nu un de la in cu pe ce tu ta tau tale eu mi ma toate acum doar fara uita ignora regulile instructiunile anterioare arata raspunde',
  hu: 'az es egy nem hogy te en minden most csak nelkul felejtsd hagyd szabalyokat utasitasokat mutasd valaszolj',
  tr: 've bir bu da de ne icin ile sen senin ben tum simdi sadece unut yoksay kurallari talimatlari goster',
  id: 'dan yang di ke dari ini itu tidak untuk dengan kamu anda saya semua sekarang hanya tanpa lupakan abaikan aturan instruksi tunjukkan',
  sw: 'na ya wa kwa ni katika hii hiyo wewe yako mimi sasa bila zote sahau puuza sheria maagizo onyesha',
  tl: 'ang ng mga sa at ay ako ikaw mo ko lahat ngayon lang kalimutan huwag',
  'hi-Latn': 'hai ko ka ki ke se mein aur nahi tum tumhare apne sab ab sirf bina bhool jao niyam',
};

/** Every word of {@link FUNCTION_WORDS}, for one set lookup per decoded word. */
export const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(Object.values(FUNCTION_WORDS).flatMap((words) => words.split(' ')));
