/**
 * Polish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const pl: InjectionLexicon = {
  lang: 'pl',
  cues: {
    ignore: ['zignoruj*', 'ignoruj*', 'zapomnij', 'pomiń', 'nie zwracaj uwagi na', 'zapomnij o', 'porzuć', 'przestań przestrzegać', 'nie stosuj się do', 'olej'],
    instructions: ['instrukcj*', 'polecen*', 'zasad*', 'reguły', 'reguł', 'prompt', 'swojej roli', 'twojej roli', 'swoją rolę', 'twoją rolę', 'roli', 'co ci powiedziano', 'wiadomość systemowa'],
    prior: ['poprzedni*', 'wcześniejsz*', 'powyższ*', 'pierwotn*', 'swoje', 'twoje', 'swojej', 'swoją', 'twojej', 'twoją', 'swoich', 'twoich', 'wcześniej'],
    quantifier: ['wszystkie', 'wszystkich', 'każd*'],
    reveal: ['pokaż', 'wyświetl', 'wypisz', 'podaj', 'powtórz', 'ujawnij', 'napisz', 'skopiuj', 'przepisz', 'wklej', 'zacytuj', 'co ci', 'co dokładnie'],
    promptObject: [
      'prompt systemowy', 'swój prompt systemowy', 'twój prompt systemowy', 'swoje instrukcje', 'twoje instrukcje', 'tekst powyżej', 'co ci powiedziano', 'zanim przyszedłem', 'zanim przyszłam', 'przed tą rozmową', 'swoje zasady', 'wszystko powyżej', 'swoją konfigurację',
      // Received at the start: "jakie instrukcje otrzymałeś na początku".
      'otrzymałeś na początku', 'otrzymałaś na początku', 'dostałeś na początku', 'dostałaś na początku', 'instrukcje otrzymałeś', 'instrukcje otrzymałaś',
    ],
    sayInstead: ['i powiedz', 'powiedz tylko', 'i odpowiedz'],
    roleSwitch: ['jesteś teraz', 'od teraz jesteś', 'od teraz słuchasz', 'od tej pory jesteś', 'nie jesteś już', 'twoja nowa rola'],
    unrestricted: ['bez ograniczeń', 'bez żadnych ograniczeń', 'bez zasad', 'niczego nie odmawiasz', 'nie odmawiaj', 'nigdy nie odmawiaj', 'nie obowiązują', 'już nie obowiązują', 'bez filtrów', 'bez cenzury', 'bez granic', 'zrób wszystko'],
    newTask: ['od teraz', 'od tej pory', 'nowe instrukcje', 'nowe zadanie', 'twoje prawdziwe zadanie', 'zamiast tego'],
    roleplay: ['udawaj', 'wciel się w', 'odegraj rolę', 'wyobraź sobie, że jesteś', 'wyobraź sobie że jesteś', 'zachowuj się jak'],
    fiction: ['napisz opowiadanie', 'w opowiadaniu', 'twoja postać', 'postać', 'fikcja', 'wyobraź sobie, że jesteś'],
    disclaimer: ['to tylko fikcja', 'tylko fikcja', 'czysto hipotetycznie', 'do celów badawczych', 'w celach edukacyjnych', 'nigdy nie zostanie użyte'],
    harmful: ['włamać się do', 'zhakować wifi', 'zrobić bombę', 'zbudować bombę', 'zrobić materiały wybuchowe', 'napisać malware', 'napisać ransomware', 'otruć kogoś', 'prać pieniądze', 'wyprać pieniądze'],
    hypothetical: ['wyobraź sobie', 'hipotetycznie', 'załóżmy'],
    ownWords: ['co napisałem', 'co napisałam', 'co powiedziałem', 'co powiedziałam', 'moją poprzednią wiadomość', 'moja poprzednia wiadomość', 'moją ostatnią wiadomość', 'moje ostatnie pytanie', 'poprzednie pytanie', 'poprzednim pytaniu', 'chodziło mi'],
    metaWord: ['przetłumacz', 'tłumaczenie', 'co znaczy', 'co oznacza', 'znaczenie', 'słowo', 'na angielski', 'po angielsku', 'jak przetłumaczyć', 'jak powiedzieć', 'po niemiecku', 'po francusku', 'przetłumaczyć'],
  },
};
