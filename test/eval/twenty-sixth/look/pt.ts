// Portuguese look-alike texts (pt-BR and pt-PT), written for this set.
import type { LangTexts } from './types.ts'

export const PT: LangTexts = {
  sent: [
    'Orçamento da reforma',
    'Encomenda chegou danificada',
    'Dúvida sobre a fatura',
    'Reunião na próxima semana?',
  ],
  texts: {
    newsletter: [
      [
        'Última chance: 30% de desconto',
        'Oi {name}, a promoção acaba hoje: {link}. Cancelar inscrição: {link}/descadastrar',
      ],
      [
        'A newsletter semanal da {brand}',
        'As cinco melhores leituras da semana. Gerir preferências: {link}/preferencias',
      ],
      ['Novidades para si', 'Chegou novidade na {brand}. Não quer receber mais? {link}/cancelar'],
    ],
    social: [
      ['{colleague} começou a seguir você', '{colleague} agora segue você na {brand}: {link}'],
      ['Nova mensagem de {colleague}', 'Você tem uma nova mensagem: "Vamos no sábado?" {link}'],
      ['Convite: arraial do bairro', '{colleague} convidou-o para um evento. Responder: {link}'],
    ],
    autoreply: [
      [
        'Resposta automática: {sent}',
        'Obrigado pelo seu e-mail. Estou fora do escritório até {when}.',
      ],
      ['Ausência: {sent}', 'Estou de férias. Para assuntos urgentes, contacte a receção.'],
      ['Fora do escritório: {sent}', 'Oi, volto no dia {when}. Abraço.'],
    ],
    code: [
      [
        '{code} é o seu código de acesso à {brand}',
        'Pedido feito no Firefox em Windows. Código {code}, válido por 10 minutos.',
      ],
      [
        'Seu link de acesso à {brand}',
        'Entre por aqui: {link}. Pedido feito no Safari do iPhone. Expira em 15 minutos.',
      ],
      [
        'Redefina sua senha da {brand}',
        'Você pediu pelo Chrome no Mac. Nova senha: {link} (1 hora).',
      ],
    ],
    'ticket-reply': [
      [
        'RE: [#{n}] {sent}',
        'Olá {name}, já enviamos a peça de reposição; chega em 3 dias úteis. Chamado #{n}',
      ],
      [
        '[Pedido {n}] {sent}',
        'Olá {name}, anulámos a cobrança duplicada. Cumprimentos, Inês da {brand}',
      ],
      ['Re: {sent} (protocolo {n})', 'Oi {name}, o técnico pode ir na quinta de manhã. Pode ser?'],
    ],
    shared: [
      [
        '{colleague} compartilhou "Orçamento 2027" com você',
        '{colleague} convidou você para editar uma planilha: {link}',
      ],
      [
        'Convite: reunião do projeto em {when}',
        '{colleague} convidou-o. Aceitar ou recusar: {link}',
      ],
      [
        'Evento alterado: dentista em {when}',
        'Este evento foi alterado. Ver no calendário: {link}',
      ],
    ],
    appointment: [
      [
        'Lembrete da sua consulta em {when}',
        'Olá {name}, lembramos a sua consulta na Clínica Sorriso em {when}.',
      ],
      [
        'Sua reserva para 4 pessoas',
        'Esperamos você em {when} no Boteco da Esquina. Alterar: {link}',
      ],
      ['Revisão do carro marcada', 'Olá {name}, a revisão na oficina ficou para {when}.'],
    ],
    notice: [
      [
        'Reunião de pais em {when}',
        'Caros encarregados de educação, a reunião do 4.º ano é em {when}.',
      ],
      [
        'Falta de água na quinta-feira',
        'Prezados moradores, a água será cortada das 9h às 12h. A administração do condomínio',
      ],
      ['Clube: novos horários de treino', 'Olá a todos, o treino sub-12 passa para quarta às 18h.'],
    ],
    app: [
      ['Atualizámos os nossos termos', 'Os novos termos entram em vigor em {when}: {link}'],
      [
        'Seu armazenamento está quase cheio',
        'Você usa 95% do espaço na {brand}. Liberar espaço: {link}',
      ],
      [
        'Seu plano renova em 7 dias',
        'Seu plano {brand} renova em {when} por R$ 19,90. Gerenciar: {link}',
      ],
    ],
    person: [
      ['Re: almoço de domingo', 'Combinado, levamos a sobremesa. Até domingo!'],
      ['fotos do casamento', 'Oi {name}, aqui está o álbum: {link}. Beijos, tia Cida'],
      ['Re: slides de terça', 'Valeu, acrescentei dois gráficos. Confere o slide 9? {colleague}'],
    ],
    receipt: [
      ['Seu recibo da {brand}', 'Obrigado pelo pagamento de R$ 123,40 em {when}. Recibo {n}.'],
      ['Você enviou um Pix de R$ 50,00 para {colleague}', 'Pix concluído. Identificador {n}'],
      ['Pagamento recebido – fatura {n}', 'Recebemos o seu pagamento de 120,00 €. Obrigado.'],
    ],
    bank: [
      [
        'Novo acesso à sua conta {brand}',
        'Novo acesso pelo Chrome em Windows em Campinas. Não foi você? Proteja sua conta: {link}',
      ],
      [
        'Compra no cartão de R$ 312,99',
        'Seu cartão final 4412 foi usado em R$ 312,99. Não reconhece? Ligue para nós.',
      ],
      [
        'Verificação em duas etapas ativada',
        'A verificação em duas etapas foi ativada na sua conta {brand}.',
      ],
    ],
    order: [
      ['Seu pedido {n} foi enviado', 'Seu pacote está a caminho. Rastreio: {link}'],
      ['A sua encomenda chega hoje', 'Entrega entre as 10h e as 12h. {brand}'],
      ['Pronto para retirada', 'Seu pedido {n} está no armário da loja. Código {code}.'],
    ],
    travel: [
      [
        'Check-in aberto para o seu voo para o Porto',
        'Faça o check-in do voo {brand} 331 de {when}: {link}',
      ],
      ['Seu cartão de embarque – assento 9C', 'Segue o cartão de embarque para {when}.'],
      [
        'Mudança de portão: agora 14',
        'Seu voo de {when} sai agora do portão 14. Localizador {code}.',
      ],
    ],
  },
}
