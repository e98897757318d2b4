/**
 * Portuguese restriction phrasing (Brazilian and European forms).
 * @module
 */
import type { RestrictionLexicon } from './types.js';

export const pt: RestrictionLexicon = {
  lang: 'pt',
  markers: [
    'não', 'nunca', 'jamais', 'nem', 'nenhum*', 'nenhuma*', 'nada', 'não deve', 'não deves', 'não devem',
    'não deveria*', 'não pode', 'não podes', 'não podem', 'não se deve', 'nunca deve', 'não é permitido',
    'não permitid*', 'não autorizad*', 'não está autorizad*', 'não é para', 'não é pra', 'proibid*', 'é proibido',
    'vedad*', 'evit*', 'recus*', 'rejeit*', 'abstenha-se', 'abstém-te', 'abster-se', 'absten*',
    'sob nenhuma circunstância', 'em nenhuma circunstância', 'em hipótese alguma', 'de forma alguma',
    'de maneira alguma', 'de modo algum', 'de jeito nenhum', 'em caso algum', 'em nenhum caso', 'em nenhum momento',
    'aconteça o que acontecer', 'a todo custo', 'fora do escopo', 'fora do âmbito', 'confidencia*', 'sigilos*',
    'em segredo', 'secreto', 'secreta', 'mantenha em segredo', 'manter em segredo', 'mantenha sigilo', 'fique longe',
    'mantenha-se afastad*',
  ],
  generic: [
    'discut*', 'fala*', 'fale', 'falem', 'convers*', 'trat*', 'abord*', 'compartilh*', 'partilh*', 'revel*',
    'divulg*', 'expon*', 'mencion*', 'fornec*', 'forneç*', 'dar', 'dê', 'dá', 'deem', 'dêem', 'diga*', 'dizer', 'diz',
    'conte', 'contar', 'explic*', 'descrev*', 'respond*', 'respost*', 'envolv*', 'ajud*', 'auxili*', 'assist*',
    'ofere*', 'gera*', 'gere', 'criar', 'crie', 'criem', 'escrev*', 'redig*', 'produz*', 'mostr*', 'exib*', 'repet*',
    'repit*', 'imprim*', 'comunic*', 'indic*', 'coment*', 'tema*', 'assunto*', 'tópico*', 'matéria*', 'questão',
    'questões', 'pergunta*', 'pedido*', 'solicita*', 'informaç*', 'info', 'detalhe*', 'conteúdo*', 'dado*',
    'conversa*', 'discuss*', 'opini*', 'ninguém', 'alguém', 'qualquer pessoa', 'todo mundo', 'todos', 'pessoas',
    'pessoa', 'gente', 'usuári*', 'utilizador*', 'client*', 'assistente*', 'chatbot*', 'bot', 'modelo', 'você mesmo',
    'si mesmo', 'circunstância*', 'caso*', 'vez', 'vezes', 'forma*', 'maneira*', 'modo', 'tipo*', 'relacionad*',
    'relativ*', 'referente*', 'a respeito de', 'respeito', 'acerca de', 'envolvend*', 'incluind*', 'estrit*',
    'rigorosamente', 'absolut*', 'por favor', 'sempre', 'mesmo', 'até', 'em vez disso', 'específic*', 'certo',
    'certa', 'certos', 'certas', 'particular*', 'geral', 'gerais', 'diretamente', 'direto', 'direta', 'indiret*',
    'permitid*', 'autorizad*', 'programad*', 'suposto', 'instruç*', 'orientaç*', 'prompt*', 'regra*', 'norma*',
    'tarefa*', 'trabalho', 'função', 'papel', 'foc*', 'mantenha', 'manter', 'mantém', 'garanta', 'garantir',
    'certifique-se', 'motivo*', 'razão', 'razões', 'devido a', 'preocupaç*', 'coisa*', 'etc', 'privad*', 'pessoal',
    'pessoais', 'sensív*', 'secret*', 'sigilos*', 'confidencia*', 'aprofundad*', 'em profundidade', 'detalhad*',
  ],
  extenders: [
    'incluindo', 'inclusive', 'inclui*', 'como', 'tal como', 'tais como', 'especialmente', 'em especial',
    'particularmente', 'em particular', 'sobretudo', 'principalmente', 'por exemplo', 'p. ex', 'ou seja', 'a saber',
    'nomeadamente',
  ],
  backReferences: [
    'o', 'a', 'os', 'as', 'lo', 'la', 'los', 'las', 'lhe', 'lhes', 'isso', 'isto', 'aquilo', 'este', 'esta', 'esse',
    'essa', 'estes', 'estas', 'esses', 'essas', 'dele', 'dela', 'deles', 'delas', 'este prompt', 'o prompt',
    'estas instruções', 'acima', 'o acima', 'anterior*', 'dado aqui', 'dada aqui', 'fornecid* aqui', 'indicad* aqui',
    'neste prompt', 'esta informação', 'estas informações', 'esses detalhes', 'estes detalhes',
  ],
};
