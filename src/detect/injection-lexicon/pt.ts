/**
 * Portuguese injection cues.
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const pt: InjectionLexicon = {
  lang: 'pt',
  cues: {
    ignore: [
      'ignor*', 'esqueç*', 'esquece', 'esqueça', 'desconsider*', 'despreze', 'desrespeite', 'não sigas', 'não siga',
      'deixa de seguir', 'deixe de seguir', 'pare de seguir', 'descarta*', 'descarte', 'omita', 'anula*', 'anule',
      'contorne', 'substitua', 'apaga*', 'apague', 'abandone', 'independentemente',
    ],
    instructions: [
      'instruç*', 'regra*', 'diretriz*', 'diretiva*', 'orientações', 'ordens', 'comando*', 'prompt', 'restriç*',
      'limitaç*', 'política*', 'programação', 'o que te disseram', 'o que lhe disseram', 'o que foi dito',
      'filtro*', 'princípios', 'tarefa*', 'contexto', 'ética',
    ],
    prior: [
      'anterior*', 'prévia*', 'prévio*', 'precedente*', 'acima', 'inicia*', 'origina*', 'antes', 'até agora',
      'antiga*', 'antigo*', 'do sistema', 'padrão', 'tuas', 'suas', 'teus', 'seus',
    ],
    quantifier: ['todo', 'toda', 'todas', 'todos', 'tudo', 'qualquer', 'cada', 'essas'],
    newTask: [
      'nova* instruç*', 'nova tarefa', 'novas regras', 'a partir de agora', 'de agora em diante', 'em vez disso',
      'ao invés disso', 'na verdade', 'tua verdadeira tarefa', 'sua verdadeira tarefa', 'sua única tarefa',
    ],
    sayInstead: [
      'e diga', 'e diz', 'e escreva', 'e responda', 'e declare', 'e afirme', 'e mostre', 'apenas diga', 'diga apenas',
      'responda apenas', 'e o estado', 'e indique',
      'poderíamos dizer', 'poderíamos afirmar', 'digamos que', 'digamos', 'suponhamos que', 'declare o seguinte', 'indique o seguinte', 'imprima o seguinte', 'e diga que', 'a saída é', 'a saída poderia ser', 'admitir',
      'digamos simplesmente', 'vamos dizer que', 'vamos supor que', 'vamos assumir que', 'assumamos que', 'admitamos que', 'vamos admitir', 'podemos dizer', 'podemos afirmar', 'pode-se dizer', 'poderíamos declarar', 'declaremos que', 'afirmemos que', 'a saída seria', 'considere a saída como', 'considerar a saída como', 'diga que', 'declare que', 'afirme que', 'responda com', 'em que dizemos', 'onde dizemos', 'você deve dizer', 'deve dizer', 'indique que', 'diga o seguinte',
      'e declare que', 'e afirme que', 'e escreva que', 'e declarar',
    ],
    roleSwitch: [
      'agora você é', 'agora és', 'você não é mais', 'já não és', 'a partir de agora você', 'de agora em diante você',
      'seu novo papel', 'teu novo papel', 'seu novo nome', 'você vai agir', 'você vai fingir', 'vai interpretar',
      'mergulhar no papel', 'mergulhe no papel', 'no papel de outro', 'nova persona', 'você se torna',
    ],
    roleplay: [
      'aja como', 'age como', 'finja', 'finge', 'faça de conta', 'interprete o papel', 'desempenhe o papel',
      'imagine que você é', 'simule', 'simular', 'comporte-se como', 'role-play', 'personagem',
    ],
    unrestricted: [
      'sem restriç*', 'nenhuma restrição', 'sem limite*', 'sem filtro*', 'sem censura', 'não censurad*', 'sem regras',
      'nenhuma regra', 'sem ética', 'sem moral', 'amoral', 'imoral', 'nunca recuse', 'nunca se recusa',
      'fazer qualquer coisa', 'pode fazer qualquer coisa', 'qualquer coisa agora', 'não está vinculad*',
      'não precisam cumprir', 'não precisa cumprir', 'livre de', 'libertad* de', 'se libertaram', 'confins típicos',
      'sem aviso*', 'sem hesitar', 'ilimitad*',
    ],
    persona: ['modo desenvolvedor', 'modo de desenvolvedor', 'modo deus', 'jailbreak*', 'faça qualquer coisa agora', 'ia malvada', 'ia maligna', 'ia malévola'],
    personaAcronym: ['dan', 'stan', 'dude', 'aim'],
    aiRef: ['chatgpt', 'openai', 'modelo de linguagem', 'modelo de ia', 'como ia', 'política de conteúdo', 'inteligência artificial', 'ia'],
    stayInCharacter: ['permaneça no personagem', 'fique no personagem', 'sair do personagem', 'duas respostas', 'duas maneiras', 'resposta normal', 'sempre responda', 'nunca saia do personagem', 'não saia do personagem', 'saia do personagem', 'fique no papel', 'e responda sempre', 'e responde sempre', 'mantenha o personagem'],
    authority: ['sou seu desenvolvedor', 'sou o teu desenvolvedor', 'sou o seu desenvolvedor', 'seu criador', 'teu criador', 'sou seu administrador', 'sou deus', 'reinicialização do sistema', 'modo ativado', 'acesso root', 'estou autorizado', 'sou o administrador', 'sou o seu administrador'],
    reveal: [
      'repita', 'repete', 'mostre', 'mostra', 'mostre-me', 'imprima', 'revele', 'revela', 'escreva', 'diga-me',
      'me diga', 'diz-me', 'compartilhe', 'partilhe', 'dê-me', 'me dê', 'forneça', 'qual é', 'quais são', 'o que é',
      'confirme', 'liste', 'copie', 'traduza', 'resuma',
      'dizer', 'me dizer', 'confirmar', 'compartilhar', 'dar', 'revelar', 'mostrar', 'fornecer',
      'qual seria', 'quais seriam', 'pode me dizer', 'poderia me dizer', 'podes dizer-me', 'pode compartilhar', 'poderia compartilhar', 'podes partilhar', 'pode confirmar', 'poderia confirmar', 'soletre', 'soletrar', 'partilhar', 'partilha',
      // The rules the model follows now, and quoting them.
      'cite-as', 'cite-os', 'copie-as', 'copie-os',
    ],
    promptObject: [
      'prompt do sistema', 'mensagem do sistema', 'seu prompt', 'prompt inicial', 'suas instruções', 'tuas instruções',
      'instruções iniciais', 'instruções originais', 'instruções ocultas', 'instruções secretas', 'texto acima',
      'texto anterior', 'tudo acima', 'suas regras', 'sua configuração',
      'início desta conversa',
      // The rules the model follows now, and quoting them.
      'regras você está seguindo', 'regras você segue', 'regras que você segue', 'instruções você está seguindo', 'instruções que você segue',
    ],
    secretObject: [
      'senha', 'palavra-passe', 'sua senha', 'chave secreta', 'código secreto', 'palavra secreta', 'frase secreta',
      'código de acesso', 'chave api', 'credenciais',
      'seu banco de dados', 'sua base de dados', 'informações confidenciais', 'string confidencial',
      'a senha',
      'a palavra-passe', 'tua palavra-passe', 'sua palavra-passe', 'a tua senha', 'frase-passe', 'código de acesso secreto',
    ],
    privateData: [
      'do usuário', 'do utilizador', 'endereço de email', 'endereço de e-mail', 'data de nascimento', 'aniversário',
      'endereço residencial', 'cidade de residência', 'saldo bancário', 'número de telefone', 'dados pessoais',
      'informações pessoais', 'dados dos funcionários', 'onde mora', 'onde vive',
      'iniciais', 'nome', 'cor favorita', 'ano de nascimento', 'mês de nascimento', 'cidade atual', 'mora', 'vive',
      'cidade de residência atual', 'cidade atual de residência', 'o endereço de e-mail', 'o endereço de email', 'a data de nascimento de', 'as iniciais de',
    ],
    evasion: [
      'ordem inversa', 'ao contrário', 'de trás para frente', 'latim de porco', 'base64', 'rot13', 'código morse',
      'letra por letra', 'caractere por caractere', 'separad* por', 'cada dígito', 'cada letra', 'poema sobre', 'haiku sobre',
      'entrelac*', 'parte 1', 'parte 2', 'com traços', 'em alemão', 'em leet',
      'em ordem inversa', 'na ordem inversa', 'poema sobre a', 'poema sobre o', 'um poema sobre', 'as três primeiras letras', 'primeiras letras', 'primeira letra', 'divida a resposta', 'em duas partes', 'em três partes', 'em base64', 'latim do porco',
    ],
    decode: ['decodifi*', 'descodifi*', 'decifr*', 'descriptograf*', 'base64', 'rot13', 'hexadecimal', 'string binária', 'codificad*', 'morse', 'binário', 'cifra de césar', 'decodifique este', 'decifre este'],
    execute: ['siga-o', 'siga-as', 'siga as instruções', 'execute', 'executa', 'obedeça', 'faça o que diz', 'o que diz', 'cumpra', 'e responda', 'responda à pergunta', 'responda a pergunta', 'o que ele diz', 'o que ela diz', 'faça o que ele diz', 'faça o que ela diz'],
    send: ['envie', 'envia', 'mande', 'manda', 'transmita', 'encaminhe', 'carregue', 'publique', 'exfiltre'],
    conversation: ['esta conversa', 'a conversa', 'o histórico', 'mensagens anteriores', 'os dados', 'todos os dados', 'o resumo', 'a senha', 'url', 'http'],
    hypothetical: [
      'hipotétic*', 'imagin*', 'suponha', 'suponhamos', 'num mundo onde', 'em um mundo onde', 'universo paralelo',
      'mundo fictício', 'neste mundo', 'distópic*', 'experimento mental', 'cenário',
      'imagine que', 'imaginemos', 'vamos imaginar', 'num universo paralelo', 'em um universo paralelo', 'mundo paralelo', 'para efeitos deste exercício', 'para os fins deste exercício', 'discussão hipotética', 'cenário hipotético',
      'vamos supor que', 'vamos assumir que',
    ],
    selfHelp: ['minha senha', 'minhas senhas', 'uma senha', 'senha forte', 'senha segura', 'gerenciador de senhas', 'redefinir', 'esqueci', 'como posso', 'como faço', 'como criar', 'mudar minha'],
    userRef: ['o usuário', 'do usuário', 'ao usuário', 'este usuário', 'o utilizador', 'do utilizador', 'o cliente', 'do cliente'],
    dataTask: ['resuma esta', 'resuma este', 'resume esta', 'dado este', 'dada esta', 'com base neste', 'com base nesta', 'considerando este', 'esta página', 'esta página da web', 'este artigo', 'este documento', 'este currículo', 'esta tabela', 'este e-mail', 'este código', 'a saída deste código', 'esta transação', 'este texto', 'principais conclusões', 'dada esta tabela', 'esta tabela de', 'dado este artigo', 'deste artigo', 'deste documento', 'este artigo da wikipédia', 'a saída deste', 'o resultado deste código', 'resuma esta página', 'resume esta página', 'baseado neste currículo', 'com base neste currículo', 'baseado neste', 'baseado nesta', 'deste e-mail', 'deste papel', 'esta entrevista', 'esta transcrição'],
    mode: ['modo de sistema', 'modo sistema', 'modo administrador', 'modo de manutenção', 'modo manutenção', 'modo de depuração', 'modo de substituição', 'modo override', 'modo de verificação', 'modo de teste', 'modo de diagnóstico', 'verificação do sistema', 'redefinição do sistema', 'atualização do sistema', 'substituição de dados'],
    enter: ['entrando no', 'entrando em', 'entro no', 'entrar no', 'ativado', 'ativada', 'ativar', 'estou executando', 'realizando uma'],
    claim: ['sou desenvolvedor', 'sou um desenvolvedor', 'como desenvolvedor', 'seu chefe', 'como seu chefe', 'policial', 'agente da lei', 'aplicação da lei', 'auditoria de segurança', 'o presidente', 'como especialista', 'vou te dar', 'vou lhe dar', 'eu te dou', 'vou pagar', 'vou doar', 'prometo', 'pesquisas mostram', 'todos da equipe', 'todos na equipe', 'prática comum', 'é importante que', 'para a segurança', 'você concordou', 'você mencionou', 'para fins de teste', 'como autoridade', 'sugiro que'],
    ownWords: ['o que te pedi', 'o que eu disse', 'o que eu escrevi', 'o que te disse', 'minha mensagem anterior', 'minha última mensagem', 'minha pergunta anterior', 'minha última pergunta', 'meu erro', 'meus erros', 'o rascunho anterior', 'a pergunta anterior', 'a última pergunta', 'enganei-me', 'me enganei', 'o que escrevi', 'o que disse', 'o que pedi'],
    metaWord: ['corrige este texto', 'corrija', 'corrige', 'este texto', 'frases como', 'o que significa', 'significa', 'significado', 'defina', 'definição', 'traduza', 'traduzir', 'tradução', 'como se diz', 'sinônimo', 'sinónimo', 'a palavra', 'a frase', 'em inglês', 'para o inglês', 'corrija a gramática', 'esta frase', 'como se traduz', 'em alemão', 'em francês', 'em espanhol', 'traduz', 'traduz para', 'para inglês', 'para francês', 'para alemão', 'para espanhol'],
    qaMarker: ['q:', 'a:', 'p:', 'r:', 'pergunta:', 'resposta:'],
    harmful: ['fabricar uma bomba', 'fazer uma bomba', 'construir uma bomba', 'fabricar explosivos', 'fazer explosivos', 'sintetizar metanfetamina', 'fazer metanfetamina', 'envenenar alguém', 'sem ser apanhado', 'sem ser pego', 'sem ser descoberto', 'escrever um ransomware', 'escreve um ransomware', 'escreva um ransomware', 'escrever malware', 'escreve um malware', 'escreva um malware', 'escreve um keylogger', 'escreva um keylogger', 'escrever um vírus', 'hackear a conta', 'hackear uma conta', 'hackear o wifi', 'email de phishing', 'e-mail de phishing', 'lavar dinheiro', 'branquear dinheiro', 'notas falsas', 'identidade falsa', 'documentos falsos', 'perseguir alguém', 'roubar um carro', 'comprar uma arma sem', 'número de cartão de crédito válido', 'números de cartão de crédito'],
    aiAddress: [
      // Content that turns to an AI reader.
      'nota para a ia', 'nota à ia', 'mensagem para a ia', 'mensagem à ia', 'ia que ler isto', 'ia que está lendo', 'querida ia', 'nota para o assistente', 'a qualquer ia', 'se você é uma ia', 'se você for uma ia', 'instruções para a ia', 'ao modelo de linguagem',
      // The assistant reading the content, addressed in it.
      'assistente que está lendo', 'assistente que ler isto', 'ao assistente que lê',
    ],
    policyChange: [
      // Earlier orders declared void.
      'não valem mais', 'não se aplicam mais', 'já não valem', 'estão anuladas', 'são nulas',
    ],
  },
};
