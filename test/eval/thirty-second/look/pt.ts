// Portuguese look-alike texts, pt-PT and pt-BR both (written for this set).
import type { LookTexts } from './types.ts'

export const PT: LookTexts = {
  newsletter: [
    [
      'Black Friday: até -50 % 🖤',
      'Só até segunda na {brand}. Recebe este e-mail porque subscreveu a nossa newsletter. Cancelar subscrição',
    ],
    ['Presentes até R$ 100', 'Peça até {day} e receba antes do Natal. Descadastrar'],
    ['Cyber Monday', 'Ver no navegador | {brand} | Frete grátis só hoje.'],
  ],
  social: [
    ['{friend} mencionou você', '"Bora no mercado de Natal?" Responda no {brand}.'],
    [
      'Nova resposta em "Receitas de Natal"',
      '{friend} respondeu à sua publicação. Gerir notificações.',
    ],
    ['3 novos seguidores', '[Logo {brand}] Veja quem começou a seguir você.'],
  ],
  autoreply: [
    [
      'Resposta automática: {subj}',
      'Obrigada pela mensagem. Estou de férias até {day}, sem acesso ao e-mail.',
    ],
    ['Ausência: {subj}', 'O escritório está fechado de 24 de dezembro a 2 de janeiro.'],
    ['Fora do escritório – {subj}', 'Olá, volto dia {day}. Para urgências, ligue para a receção.'],
  ],
  code: [
    [
      'O seu código de verificação: {code}',
      'Pediu para iniciar sessão no Chrome em Windows. Código {code}, válido 10 minutos.',
    ],
    [
      'Seu link de acesso',
      'Toque para entrar no {brand} pelo iPhone. O link expira em 15 minutos.',
    ],
    [
      'Redefinir senha',
      'Recebemos um pedido do Firefox no Mac. Link válido por 30 minutos: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] RE: {subj}',
      'Olá {first}, obrigado pela paciência com o pedido #{ticket}. A troca segue amanhã.',
    ],
    [
      'Seu chamado {ticket}: reembolso',
      'Oi {first}, sobre "{subj}": o reembolso de {amount} foi aprovado.',
    ],
    [
      'RE: {subj} [Processo {ticket}]',
      'Apoio ao cliente | {brand} | Encontrámos a sua encomenda no armazém; nova entrega a {day}.',
    ],
  ],
  shared: [
    [
      '{friend} partilhou "Lista de presentes 2026"',
      'Já pode editar o documento. Abrir no {brand}.',
    ],
    ['Convite: Ceia de Natal em {day} às 20h', 'Organizador: {friend}. Vai? Sim – Talvez – Não'],
    [
      'Amigo secreto 🎁',
      'Pré-visualização: sorteio feito | {friend} adicionou você ao grupo no {brand}.',
    ],
  ],
  appointment: [
    ['Lembrete de consulta', 'A sua consulta na clínica {brand} é a {day} às 10h30.'],
    ['Reserva confirmada', 'Mesa para 6 em {day} às 20h30. Restaurante {brand}'],
    ['Até breve!', '[Logo {brand}] Seu horário no salão: {day}, 15h. Gerenciar agendamento.'],
  ],
  notice: [
    [
      'Fim do período letivo',
      'Caros encarregados de educação, as aulas terminam a {day}. Boas festas! Escola {brand}',
    ],
    [
      'Horário de fim de ano',
      'O clube {brand} fecha de 24 a 26 de dezembro. A mensalidade de 2027 vence em janeiro.',
    ],
    [
      'Reajuste do aluguel',
      'Início | Inquilinos | Imobiliária {brand}: a partir de fevereiro o aluguel passa a {amount}.',
    ],
  ],
  app: [
    ['Sua retrospectiva 2026 🎉', '214 treinos e 1.812 km: reveja seus destaques no {brand}.'],
    ['Armazenamento quase cheio', 'Está a usar 96 % do espaço. Mude para {brand} Plus.'],
    [
      'Atualizámos os nossos termos',
      'Ver no navegador | Novos termos a partir de {day}. Não precisa de fazer nada.',
    ],
  ],
  people: [
    ['Feliz Natal!', 'Oi {first}, boas festas para vocês! Ainda está de pé o dia 27? {friend}'],
    ['RE: {subj}', 'Combinado, levo o bolo-rei. Beijinhos, {friend}'],
    ['Enc: fotos da feira', 'Seguem as de sábado, a última é a minha preferida. {friend}'],
  ],
  receipt: [
    ['O seu recibo {brand}', 'Cartão-presente de {amount}, pago com Visa •• 4412. Encomenda {n}.'],
    [
      'Obrigado pela sua doação',
      'Recebemos a sua doação de {amount} à Fundação {brand}. Recibo n.º {n}.',
    ],
    [
      'Você enviou {amount}',
      '{brand} Pay | Pix para {friend} ("amigo secreto") concluído em {day}.',
    ],
  ],
  bank: [
    [
      'Novo acesso à sua conta',
      'Acesso de um novo dispositivo (Android, Porto) em {day}. Se não foi você, ligue-nos.',
    ],
    [
      'Compra no cartão de {amount}',
      'Seu cartão •• 7731 foi usado online em {amount}. Bloqueie no app se não reconhecer.',
    ],
    ['Senha alterada', 'Banco {brand} | Alerta de segurança: a sua senha foi alterada em {day}.'],
  ],
  order: [
    [
      'Pedido confirmado n.º {n}',
      'Obrigado, {first}! Já estamos separando seu pedido. Total {amount}.',
    ],
    ['A sua encomenda chega hoje', 'O estafeta da {brand} chega entre as 11h40 e as 12h40.'],
    [
      'Pronto para levantamento',
      'Loja | Encomendas | Ajuda – A encomenda {n} está no cacifo {brand}. Código {code}.',
    ],
  ],
  travel: [
    [
      'Check-in disponível',
      'O seu voo para Lisboa a {day} já tem check-in online. Reserva {code}.',
    ],
    [
      'Seu cartão de embarque',
      'Cartão de embarque de {first}, assento 14C. O portão fecha 30 min antes. {brand} Air',
    ],
    [
      'Reserva confirmada ✈️',
      '[{brand} Comboios] Ida e volta a {day}, carruagem 5, lugares 41-42. Total {amount}.',
    ],
  ],
}
