// Portuguese everyday mail (pt-PT and pt-BR), written for this set.
import type { LangTexts } from './types.ts'

export const PT: LangTexts = {
  newsletter: [
    [
      'Última oportunidade: -30 % até à meia-noite',
      'Olá {n}, os saldos acabam hoje: {link}\n\nCancelar subscrição | Preferências: {link}',
    ],
    [
      'O melhor da semana na {b}',
      'Cinco leituras para o seu domingo. Recebe este e-mail porque se inscreveu. Sair: {link}',
    ],
    ['Novidades que você vai curtir', 'Chegou coisa nova na {b}. Descadastrar: {link}'],
  ],
  social: [
    ['{who} começou a seguir você', '{who} agora segue você no {b}: {link}'],
    ['{who} mencionou-o num comentário', '«@{n} vê isto» – responder: {link}'],
    ['Convite: jantar do clube na sexta', '{who} convidou você para um evento no {b}: {link}'],
  ],
  'auto-reply': [
    ['Resposta automática: {subj}', 'Obrigado pela mensagem. Estou fora do escritório até {date}.'],
    ['Ausência: {subj}', 'Estou de férias e volto dia {date}. Sua mensagem não será encaminhada.'],
    ['Fora do escritório: {subj}', 'Obrigada, respondo quando voltar.'],
  ],
  'own-code': [
    [
      '{code} é o seu código {b}',
      'Pediu para entrar a partir do Firefox no Windows. Código: {code}, válido 10 minutos. Se não foi você, ignore este e-mail.',
    ],
    [
      'Seu link de acesso',
      'Oi {n}, aqui está o link que você pediu no Safari do iPhone: {link}\nExpira em 15 minutos.',
    ],
    [
      'Redefina a sua palavra-passe {b}',
      'Pedido feito no Chrome em macOS. Link válido 1 hora: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] RE: {subj}',
      'Olá {n},\n\nsobre o seu pedido #{ref}: a cobrança duplicada foi devolvida.\n\n> {subj}\n\nCumprimentos, suporte {b}',
    ],
    [
      'Atualização do seu chamado {ref}',
      'Oi {n}, nosso técnico analisou o chamado {ref} ("{subj}"). A peça sai na segunda.',
    ],
    [
      'RE: {subj} [Ticket {ref}]',
      'Olá {n}, quanto ao ticket {ref}: pode enviar-nos uma foto do número de série?',
    ],
  ],
  shared: [
    ['{who} partilhou "Orçamento 2027" consigo', '{who} partilhou uma folha de cálculo: {link}'],
    [
      'Convite: reunião de equipa em {date} às {time}',
      '{who} convidou você. Sim / Talvez / Não: {link}',
    ],
    ['Evento atualizado: dentista às {time}', '{who} alterou o evento de {date}.'],
  ],
  appointment: [
    ['Lembrete da sua consulta', 'A sua consulta na Clínica {b} é em {date} às {time}.'],
    ['Seu agendamento na oficina {b}', 'Revisão em {date} às {time}.'],
    ['Reserva confirmada – {b}', 'Mesa para 2 em {date} às {time}. Alterar: {link}'],
  ],
  notice: [
    ['Visita de estudo a {date}', 'Caros encarregados de educação, tragam lanche. Escola {b}'],
    [
      'Mudança na recolha do lixo',
      'A partir de {date} a recolha passa a ser à quinta. Junta de Freguesia de {b}',
    ],
    [
      'Aviso do condomínio',
      'Prezados moradores, no dia {date} haverá manutenção do elevador. Síndico {b}',
    ],
  ],
  'app-notice': [
    [
      'Atualizámos os nossos termos',
      'A partir de {date} aplicam-se novos termos à sua conta {b}: {link}',
    ],
    ['Seu armazenamento está quase cheio', 'Restam 200 MB. Faça upgrade: {link}'],
    ['O seu plano renova a {date}', '{b} Plus, {amt}. Gerir: {link}'],
  ],
  people: [
    ['Re: sábado?', 'Combinado! Eu levo o bolo. Beijos, {who}'],
    ['fotos do casamento', 'Oi {n}, seguem as fotos: {link} – {who}'],
    ['RE: slides de quinta', 'Obrigado, ficou ótimo. Passei o slide 4 para o fim. {who}'],
  ],
  receipt: [
    ['O seu recibo {b} n.º {ref}', 'Pago {amt} com cartão em {date}.'],
    ['Reembolso efetuado: {amt}', 'Devolvemos {amt} da encomenda {ref}.'],
    ['Seu holerite de novembro', 'Seu salário de {amt} foi creditado: {link}'],
    ['Renda recebida', 'Recebemos a renda de dezembro no valor de {amt}. Imobiliária {b}'],
    [
      'Aviso de renovação do seu seguro',
      'A apólice {ref} renova em {date} por {amt} por ano: {link}',
    ],
  ],
  bank: [
    ['Novo acesso à sua conta', 'Acesso pelo Edge no Windows em {date}. Não foi você? {link}'],
    ['Pagamento com cartão de {amt} recusado', 'Um pagamento com o cartão ****0937 foi recusado.'],
    ['Aviso de débito direto', 'Em {date}, a {b} Energia vai debitar {amt} (ref. {ref}).'],
    ['O seu extrato de novembro', 'O extrato da sua conta {b} já está disponível.'],
  ],
  order: [
    ['A sua encomenda {ref} foi enviada', 'Acompanhe: {link}'],
    ['Seu pedido chega hoje', 'Entrega {b} {ref} entre {time} e 18h.'],
    ['Pronto para levantar no cacifo', 'Código de levantamento {code}, válido 3 dias.'],
  ],
  travel: [
    ['Check-in aberto para o seu voo para o Funchal', 'Reserva {ref}: faça o check-in: {link}'],
    ['Mudança de portão: embarque no portão 14', 'Seu voo de {date} às {time} sai do portão 14.'],
    ['Seus ingressos para o show', 'Pedido {ref}: 2 ingressos para {date}.'],
  ],
  care: [
    ['A sua receita está pronta', 'Pode levantar a medicação na farmácia {b}.'],
    [
      'Seus resultados de exames estão disponíveis',
      'Resultados de {date} no portal do paciente: {link}',
    ],
    ['Lembrete de vacinação', 'Marque aqui: {link}'],
  ],
}
