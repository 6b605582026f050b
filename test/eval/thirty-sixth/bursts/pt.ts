// Portuguese burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_PT: BurstTexts = {
  couponConfirm:
    'Confirme a subscrição e receba o seu código de {pct} %\nOlá,\n\nUm clique e o seu código de boas-vindas é seu. Confirme o seu endereço de e-mail: {link}\n\nO código é válido na primeira encomenda, incluindo as ofertas da Black Friday.\n\n{shop}',
  couponCode:
    'Aqui está o seu código: {code} 🎉\nBem-vindo/a à {shop}!\n\nO seu código de {pct} %: {code}\nVálido até {date} na primeira encomenda.\n\nComeçar a comprar: {link}',
  welcome: [
    'Bem-vindo/a à família {shop}\nOlá {first},\n\nObrigado por se juntar a nós! O que pode esperar: acesso antecipado a saldos, novas coleções e ideias de presentes, cerca de uma vez por semana.\n\nOs mais vendidos: {link}\n\nPode cancelar a subscrição a qualquer momento.',
    'Os mais vendidos, escolhidos para si\n{shop}\n\nAinda à procura de presentes, {first}? Estas são as peças preferidas dos nossos clientes nesta época. Lembre-se do seu código {code}.\n\nDescobrir: {link}\n\nCancelar subscrição | Preferências',
  ],
  account: [
    'Ative a sua conta\nOlá {first},\n\nObrigado pela sua encomenda na {shop}. Criámos uma conta de cliente para poder acompanhar a encomenda. Ative-a aqui: {link}',
    'Defina a sua palavra-passe {shop}\nOlá,\n\nFoi criada uma conta para {email} durante a compra. Defina uma palavra-passe para acompanhar encomendas e guardar moradas: {link}\n\nA ligação é válida durante 7 dias.',
    'Verifique o seu e-mail\nVerifique o seu endereço de e-mail para a nova conta {shop}: {link}\n\nSe não criou nenhuma conta, ignore esta mensagem.',
  ],
  payment:
    'Recibo de pagamento da encomenda {order}\n{shop}\n\nValor pago: {amount} €\nMétodo de pagamento: Visa •••• {last4}\nData: {today}\n\nGuarde este recibo. Dúvidas? Responda a este e-mail.',
  review:
    'Como correu, {first}? Avalie a sua encomenda {order}\nOlá {first},\n\nA sua encomenda da {shop} chegou há alguns dias. Pode dedicar um minuto a avaliá-la? A sua opinião ajuda outros clientes.\n\n★★★★★ Escrever avaliação: {link}',
  supportAck: [
    '[{shop}] Pedido recebido: {subject}\nOlá {first},\n\nObrigado por contactar o apoio ao cliente da {shop}. Recebemos o seu pedido e respondemos em 24 horas. O seu número de ticket é {ticket}.\n\nCumprimentos,\n{shop}',
    'RES: {subject} [#{ticket}]\nOlá,\n\nRecebemos a sua mensagem e abrimos o ticket #{ticket}. Durante a Black Friday respondemos em dois dias úteis.\n\n— Suporte {shop}',
  ],
  eventConfirm:
    'Confirme a sua inscrição: {event}\nOlá {first},\n\nObrigado pela inscrição em {event} a {date}. Confirme-a para guardarmos o seu lugar: {link}\n\nAté lá!\n{shop}',
  tickets:
    'Os seus bilhetes para {event}\nEncomenda {order}\n\nOlá {first}, obrigado pela sua compra!\n2 x Entrada geral – {amount} €\n{venue}, {date}, abertura de portas 19h\n\nOs bilhetes seguem em PDF e estão na app: {link}',
  invite:
    'Convite: {event} a {date} 10:00 - 11:30 (WET)\n{shop} convidou-o para este evento.\n\nQuando: {date} 10:00 – 11:30\nLigação para participar: {link}\n\nVai participar? Sim · Não · Talvez\n\nRecebe este convite porque se inscreveu no evento.',
  reminder:
    'Lembrete: {event} começa amanhã\nOlá {first},\n\nLembramos que {event} começa amanhã às 10h. A sua ligação pessoal: {link}\n\nAdicione ao calendário para não perder.\n\n{shop}',
  travelVerify:
    'Verifique o seu endereço de e-mail\nBem-vindo/a à {shop}, {first}!\n\nConfirme o seu e-mail para concluir a conta e receber informações das reservas: {link}',
  booking: {
    flight:
      'Confirmação de reserva – o seu voo para {city} ({ref})\nCaro(a) {name},\n\nObrigado por reservar com a {shop}. Código de reserva: {ref}\nIda: {date}, partida 07:45\nPassageiros: 1 adulto\nTotal pago: {amount} €\n\nGira a reserva e faça o check-in online 24 horas antes: {link}',
    hotel:
      'A sua estadia no {shop} {city} está confirmada\nOlá {first},\n\nNúmero de confirmação: {ref}\nCheck-in: {date} a partir das 15h\n2 noites, 1 quarto duplo com pequeno-almoço\nTotal: {amount} €\n\nVer ou alterar a reserva: {link}',
    car: '{shop} reserva {ref}: o seu carro em {city}\nOlá {first},\n\nO seu carro de aluguer está reservado.\nLevantamento: estação de {city}, {date} 10h\nCategoria: compacto ou similar\nPré-pago: {amount} €\n\nTraga a carta de condução e um cartão de crédito em seu nome. Gerir: {link}',
    rail: 'Os seus bilhetes: {city} – {date}\n{shop}\n\nOlá {first}, aqui estão os seus bilhetes. Referência {ref}.\nCarruagem 6, lugar 45\nTotal: {amount} €\n\nMostre o código QR no telemóvel ou imprima-o: {link}',
  },
  travelPayment:
    'Pagamento recebido – reserva {ref}\nRecebemos o seu pagamento de {amount} € com o Visa terminado em {last4} para a reserva {ref}. A fatura segue em anexo.\n\n{shop}',
  events: [
    'Corrida solidária de Natal 10 km',
    'Cimeira do Comércio Digital 2026 (online)',
    'Concerto de Natal do coro',
    'Webinar: prepare a sua Black Friday',
  ],
  cities: ['Lisboa', 'Madrid', 'Funchal', 'Porto'],
  venues: ['Coliseu', 'Teatro Circo', 'Altice Arena'],
}
