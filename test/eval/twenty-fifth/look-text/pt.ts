// Portuguese look-alike texts (written for this set; pt-PT and pt-BR mixed as real senders do).
import type { LookLang } from './types.ts'

export const PT: LookLang = {
  texts: {
    newsletter: [
      [
        'Último dia: 30% de desconto em tudo',
        'Olá {first}, a promoção de outono acaba hoje à noite: {link}\n\nRecebe este e-mail porque subscreveu em 2020. Cancelar subscrição | Preferências: {link}',
      ],
      [
        'Newsletter {brand} nº {n}',
        'Nesta semana: pão caseiro, um passeio de bicicleta e uma reportagem sobre faróis.\n\nDescadastrar',
      ],
      [
        'Novidades escolhidas pra você',
        'Troca grátis em 30 dias. Não quer mais receber? Sair da lista: {link}',
      ],
    ],
    social: [
      ['{other} começou a seguir você', '{other} agora segue você no {brand}. Ver perfil: {link}'],
      ['{other} mencionou-o num comentário', '"@{first} olha isto" – responder: {link}'],
      [
        'Convite: noite de jogos',
        '{other} convidou você para um evento em {date} às {time}. Vai? {link}',
      ],
    ],
    'auto-reply': [
      [
        'Resposta automática: {subj}',
        'Obrigado pela sua mensagem. Estou fora do escritório até {date}. Para assuntos urgentes contacte a receção.',
      ],
      [
        'Ausência temporária: {subj}',
        'Olá, estou de férias e volto em {date}. Sua mensagem não será encaminhada.',
      ],
      ['Ausente: {subj}', 'Esta semana estou a viajar e respondo quando voltar.'],
    ],
    codes: [
      [
        '{code} é o seu código de acesso {brand}',
        'Use {code} para entrar na {brand}. Expira em 10 minutos.\nPedido feito no Chrome em Windows perto do Porto.',
      ],
      [
        'Redefinir sua senha da {brand}',
        'Você pediu para trocar a senha. Link válido por 1 hora: {link}\nPedido feito de um iPhone. Não foi você? Nada muda.',
      ],
      [
        'O seu link de início de sessão',
        'Aqui está o link que pediu para a {brand}. Expira em 15 minutos:\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'RE: {subj} [#{ticket}]',
        'Olá {first},\n\nObrigado pela paciência. O reembolso já foi feito e aparece em até 5 dias.\n\nAbraço,\nJuliana – Atendimento {brand}',
      ],
      [
        '[{brand}] Atualização do pedido #{ticket}',
        'Olá {first}, a peça de substituição já foi enviada. Responda a este e-mail se precisar. Pedido #{ticket}: {subj}',
      ],
      [
        'Seu chamado {ticket} foi resolvido',
        'Encerramos seu chamado "{subj}". Se o problema continuar, é só responder.',
      ],
    ],
    shared: [
      [
        '{other} compartilhou "Orçamento {n}.xlsx" com você',
        '{other} convidou você para editar esta planilha. Abrir: {link}',
      ],
      [
        'Convite: reunião de equipa a {date} às {time}',
        '{other} convidou-o. Videochamada: {link}\nSim / Talvez / Não',
      ],
      [
        'Convite atualizado: reunião passou para as {time}',
        'Este evento mudou. Novo horário: {date} {time}. Organizador: {other}',
      ],
    ],
    booking: [
      [
        'Lembrete da sua consulta em {date}',
        'Olá {first}, lembramos a sua consulta na clínica {brand} em {date} às {time}.',
      ],
      [
        'Sua mesa para amanhã',
        'Esperamos você amanhã às {time}! {brand}, {place}. Cancelar: {link}',
      ],
      ['Marcação na oficina confirmada', 'Revisão na {brand} em {date}, entrega às {time}.'],
    ],
    notice: [
      [
        'Reunião de pais em {date}',
        'Caros encarregados de educação, a reunião será em {date} às {time} no ginásio.',
      ],
      [
        'Corte de água em {date}',
        'Caros condóminos, em {date} a água será cortada das 9h às 13h. Administração {brand}',
      ],
      [
        'Assembleia do clube e mensalidades',
        'Oi pessoal, a assembleia é em {date} às {time}. Mensalidade vence no fim do mês.',
      ],
    ],
    app: [
      [
        'Estamos atualizando nossos termos',
        'A partir de {date} nossos termos mudam. Resumo: {link}',
      ],
      [
        'O seu armazenamento está 95% cheio',
        'Está a usar 14,3 GB de 15 GB na {brand}. Liberte espaço: {link}',
      ],
      [
        'Seu plano renova em {date}',
        'Seu plano {brand} Plus renova automaticamente em {date}. Gerenciar: {link}',
      ],
    ],
    people: [
      ['RE: sábado?', 'Fechado! Eu levo a salada. Às {time}?\n\n{other}'],
      [
        'fotos do fim de semana',
        'Oi {first}, seguem as fotos, a do cachorro é a minha favorita 😄 Beijos, {other}',
      ],
      [
        'RE: rascunho para segunda',
        'Dei uma olhada, dois comentários no texto. De resto, pronto. Obrigado! {other}',
      ],
    ],
    receipt: [
      [
        'Seu recibo {brand} nº {n}',
        'Valor pago: {amount}\nCartão final 4417\nObrigado pela compra.',
      ],
      [
        'Você enviou {amount} para {other}',
        'Seu Pix de {amount} para {other} foi concluído. ID {n}.',
      ],
      [
        'Pagamento recebido – fatura {n}',
        'Recebemos o seu pagamento de {amount}. A fatura {n} está liquidada.',
      ],
    ],
    bank: [
      [
        'Compra no cartão de {amount} em {brand}',
        'Foi feita uma compra de {amount} em {date} com o cartão final 4417. Não reconhece? Bloqueie na app.',
      ],
      [
        'Novo acesso à sua conta',
        'Novo acesso de um Motorola em Campinas em {date} às {time}. Se foi você, nada a fazer.',
      ],
      [
        'A sua palavra-passe foi alterada',
        'A palavra-passe da sua conta {brand} foi alterada em {date}. Se não foi você, contacte-nos.',
      ],
    ],
    order: [
      ['Seu pedido nº {n} foi enviado', 'Boa notícia, {first}! Rastreie: {link}'],
      ['Entregue: a sua encomenda', 'A sua encomenda foi entregue às {time}. Encomenda {n}.'],
      [
        'Pronto para levantar em {place}',
        'A sua encomenda {n} aguarda em {place}. Código de levantamento: {code}.',
      ],
    ],
    travel: [
      [
        'O check-in já está aberto',
        'Olá {first}, faça o check-in do seu voo de {date}. Reserva {code}.',
      ],
      [
        'Seu cartão de embarque',
        'O portão fecha 20 minutos antes da partida. Assento 14C. Reserva {code}.',
      ],
      [
        'Mudança de portão: agora B{n}',
        'O seu voo de {date} parte agora do portão B{n}. Embarque às {time}.',
      ],
    ],
  },
  sent: [
    'Dúvida sobre a última fatura',
    'Dobradiça partida',
    'Mudança de morada',
    'Reunião semana que vem',
  ],
  signup: [
    [
      'Confirme sua conta {brand}',
      'Bem-vinda, {first}! Confirme seu e-mail para terminar: {link}\nCadastro feito há um minuto pelo Chrome.',
    ],
    ['Verifique o seu e-mail para começar', 'Obrigado por aderir à {brand}. Verificar: {link}'],
  ],
  optin: [
    [
      'Confirme a subscrição da newsletter {brand}',
      'Pediu para receber a nossa newsletter. Confirmar: {link}',
    ],
    [
      'Um clique para concluir a inscrição',
      'Oi {first}, confirme pra receber o resumo semanal: {link}',
    ],
  ],
  topics: ['números do 4º trimestre', 'o encontro da equipa', 'notas de passagem'],
  sentLine: ['Obrigado, está ótimo.', 'Pode deixar, eu faço.', 'Vou ver e já te digo.'],
}
