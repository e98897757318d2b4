/**
 * Portuguese restriction phrasing, Brazilian and European (object pronouns o/a are articles too, so they count
 * only after the negation).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const pt: RestrictionLexicon = {
  lang: 'pt',
  // Words that describe a person's facts, not the facts: they mark the sentences whose values a privacy rule protects.
  descriptors: [
    'nome', 'sobrenome*', 'apelido', 'mora', 'moram', 'vive', 'reside*', 'residência', 'domicílio', 'cidade natal',
    'nasceu', 'nascid*', 'nascimento', 'aniversário', 'idade', 'anos', 'e-mail*', 'email*', 'endereço*', 'morada',
    'telefone*', 'celular', 'telemóvel', 'favorit*', 'preferid*', 'cor', 'profissão', 'ocupação', 'trabalha como',
    'emprego', 'número da conta', 'conta bancária', 'saldo', 'senha*', 'pin', 'nacionalidade', 'gênero', 'sexo',
    'salário', 'cartão de crédito',
  ],
  markers: [
    'não', 'nunca', 'jamais', 'nem', 'nenhum*', 'nenhuma*', 'nada', 'não deve', 'não deves', 'não devem',
    'não deveria*', 'não pode', 'não podes', 'não podem', 'não se deve', 'nunca deve', 'não é permitido',
    'não permitid*', 'não autorizad*', 'não está autorizad*', 'não é para', 'não é pra', 'proibid*', 'é proibido',
    'vedad*', 'evit*', 'recus*', 'rejeit*', 'abstenha-se', 'abstém-te', 'abster-se', 'absten*',
    'sob nenhuma circunstância', 'em nenhuma circunstância', 'em hipótese alguma', 'de forma alguma',
    'de maneira alguma', 'de modo algum', 'de jeito nenhum', 'em caso algum', 'em nenhum caso', 'em nenhum momento',
    'aconteça o que acontecer', 'a todo custo', 'fora do escopo', 'fora do âmbito', 'confidencia*', 'sigilos*',
    'em segredo', 'em sigilo', 'secreto', 'secreta', 'mantenha em segredo', 'manter em segredo', 'mantenha sigilo',
    'fique longe', 'mantenha-se afastad*',
  ],
  generic: [
    'discut*', 'fala', 'falar', 'fale', 'falem', 'falando', 'conversar', 'converse', 'conversa', 'conversas',
    'tratar', 'trate', 'trata', 'tratem', 'abord*', 'compartilh*', 'partilh*', 'revel*', 'divulg*', 'expor',
    'exponha', 'mencion*', 'fornec*', 'forneç*', 'dar', 'dê', 'dá', 'deem', 'dêem', 'diga*', 'dizer', 'diz', 'conte',
    'contar', 'explicar', 'explique', 'explica', 'expliquem', 'explicação', 'explicações', 'descrev*', 'respond*',
    'respost*', 'envolv*', 'ajud*', 'auxiliar', 'auxilie', 'assist*', 'ofere*', 'gerar', 'gere', 'gera', 'gerem',
    'gerad*', 'criar', 'crie', 'criem', 'escrev*', 'redig*', 'produz*', 'mostr*', 'exib*', 'repetir', 'repita',
    'repete', 'imprim*', 'comunic*', 'indicar', 'indique', 'indica', 'coment*', 'usar', 'use', 'utiliz*', 'tema*',
    'assunto*', 'tópico*', 'matéria', 'matérias', 'questão', 'questões', 'pergunta*', 'pedido*', 'solicitação',
    'solicitações', 'solicitar', 'solicite', 'informaç*', 'info', 'detalhe*', 'conteúdo*', 'dado*', 'discuss*',
    'opinião', 'opiniões', 'opinar', 'ninguém', 'alguém', 'qualquer pessoa', 'todo mundo', 'todos', 'pessoas',
    'pessoa', 'gente', 'usuári*', 'utilizador*', 'client*', 'assistente*', 'chatbot*', 'bot', 'modelo', 'você mesmo',
    'si mesmo', 'circunstância*', 'caso*', 'vez', 'vezes', 'forma', 'formas', 'maneira*', 'modo', 'tipo*',
    'relacionad*', 'relativo', 'relativa', 'relativos', 'relativas', 'referente*', 'a respeito de', 'respeito',
    'acerca de', 'envolvend*', 'incluind*', 'estrit*', 'rigorosamente', 'absolut*', 'por favor', 'sempre', 'mesmo',
    'até', 'em vez disso', 'específic*', 'certo', 'certa', 'certos', 'certas', 'particular*', 'geral', 'gerais',
    'diretamente', 'direto', 'direta', 'indiret*', 'permitid*', 'autorizad*', 'programad*', 'suposto', 'instruç*',
    'orientaç*', 'prompt*', 'regra*', 'norma', 'normas', 'tarefa*', 'trabalho', 'função', 'papel', 'foco', 'focar',
    'foque', 'focad*', 'mantenha', 'manter', 'mantém', 'garanta', 'garantir', 'certifique-se', 'motivo*', 'razão',
    'razões', 'devido a', 'preocupaç*', 'coisa*', 'etc', 'privad*', 'pessoal', 'pessoais', 'sensív*', 'secret*',
    'sigilos*', 'confidencia*', 'aprofundad*', 'em profundidade', 'detalhad*', 'técnic*', 'científic*', 'complexo',
    'complexa', 'complexos', 'complexas', 'complicad*', 'controverso', 'controversa', 'controversos', 'controversas',
    'polêmic*', 'polémic*', 'delicad*', 'potencial', 'potenciais', 'neutro', 'neutra', 'neutros', 'neutras',
    'inclusivo', 'inclusiva', 'inapropriad*', 'inadequad*', 'prejudicia*', 'nociv*', 'ofensiv*', 'explícit*',
    'avançad*', 'básic*', 'simples', 'moderno', 'moderna', 'modernos', 'modernas', 'atual', 'atuais', 'futuro',
    'futura', 'futuros', 'futuras', 'outro', 'outra', 'outros', 'outras', 'diferente*', 'semelhante*', 'similar',
    'similares', 'vários', 'várias', 'diversos', 'diversas', 'sério', 'séria', 'sérios', 'sérias', 'irrelevante*',
    'relevante*', 'pertinente*', 'apropriad*', 'adequad*', 'oficial', 'oficiais', 'profissional', 'profissionais',
    'real', 'reais', 'verdadeir*', 'exat*', 'seguinte*',
    // Modals the stopword list lacks ("você nunca deve …") and manner adverbs of refusals.
    'deves', 'devem', 'deveria', 'deverias', 'deveriam', 'deverá', 'deverás', 'deverão', 'podes', 'podem', 'poderá',
    'poderás', 'poderão', 'educadamente', 'gentilmente', 'cordialmente', 'terminantemente', 'firmemente',
    'expressamente', 'categoricamente', 'totalmente', 'completamente',
    // Prompt phrases that hold a generic word (generic words are blanked first; `*` keeps them the longer pattern).
    'prompt* de sistema', 'prompt* do sistema',
    'debater', 'debata', 'debatam',
  ],
  extenders: [
    'incluindo', 'inclusive', 'inclui*', 'como', 'tal como', 'tais como', 'especialmente', 'em especial',
    'particularmente', 'em particular', 'sobretudo', 'principalmente', 'por exemplo', 'p. ex', 'ou seja', 'a saber',
    'nomeadamente',
  ],
  backReferences: [
    'não o', 'não a', 'não os', 'não as', 'nunca o', 'nunca a', 'jamais o', 'revelá-lo', 'revelá-la',
    'compartilhá-lo', 'compartilhá-la', 'mencioná-lo', 'mencioná-la', 'dizê-lo', 'divulgá-lo', 'divulgá-la',
    'fornecê-lo', 'fornecê-la', 'falar disso', 'sobre isso', 'sobre isto', 'disso', 'disto', 'nisso', 'isso', 'isto',
    'aquilo', 'este', 'esta', 'esse', 'essa', 'estes', 'estas', 'esses', 'essas', 'dele', 'dela', 'deles', 'delas',
    'esta informação', 'estas informações', 'esses detalhes', 'estes detalhes',
    'mantenha-o', 'mantenha-a', 'guarde-o', 'guarde-a', 'mantê-lo', 'mantê-la', 'guardá-lo', 'guardá-la', 'esconda-o',
    'esconda-a', 'escondê-lo',
  ],
  promptReferences: [
    'este prompt', 'o prompt', 'prompt do sistema', 'seu prompt', 'teu prompt', 'estas instruções', 'suas instruções',
    'tuas instruções', 'as instruções', 'acima', 'o acima', 'dado aqui', 'dada aqui', 'fornecid* aqui',
    'indicad* aqui', 'neste prompt', 'esta mensagem', 'este texto', 'estas regras', 'suas regras', 'tuas regras',
    'texto acima', 'o texto acima', 'texto anterior', 'o texto anterior',
  ],
};
