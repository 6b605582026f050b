// Portuguese in-house wordings (written for this set), pt-PT and pt-BR side by side: pedido,
// solicitação, chamado, protocolo, pedido de apoio; recebido, registado/registrado, chegou.
import type { WaveLang } from './types.ts'

export const PT: WaveLang = {
  hand: {
    helpdesk: [
      [
        'Recebemos! Chamado {ref}',
        'Oi {name},\n\nSua solicitação chegou aqui e virou o chamado {ref}. A gente responde em até 1 dia útil.\n\nVocê escreveu: "{msg}"\n\nEquipe {brand}',
      ],
      [
        'Confirmação de receção do pedido {ref}',
        'Caro(a) {name},\n\nConfirmamos a receção do seu pedido de apoio, registado com o número {ref}. Um colaborador entrará em contacto consigo brevemente.\n\nCom os melhores cumprimentos,\nApoio ao Cliente {brand}',
      ],
    ],
    verification: [
      [
        '{name}, é você?',
        'E aí {name}! Confirma teu e-mail e tua conta na {brand} fica pronta 🚀\n{link}',
      ],
      [
        '{brand}',
        'Bem-vindo(a)! Confirme o seu endereço de e-mail para ativar a sua conta:\n{link}\nA ligação expira em 48 horas.',
      ],
      [
        'Ative sua inscrição no clube',
        'Olá {name},\n\nObrigado por se cadastrar no clube {brand}. Para ativar sua carteirinha, valide seu e-mail em até 7 dias:\n{link}',
      ],
    ],
    subscription: [
      [
        'Falta só um clique ✉️',
        'Oi {name}, clica aqui e a gente manda as promoções toda sexta: {link}',
      ],
      [
        'Podemos escrever-lhe?',
        'Alguém (esperamos que seja você) pediu para receber a newsletter da {brand}. Confirme aqui: {link}\nCaso contrário, não receberá nada.',
      ],
    ],
    reset: [
      [
        'Foi você?',
        'Pediram para trocar a senha da sua conta {brand}. Se foi você, crie uma nova aqui (vale 30 min):\n{link}',
      ],
      [
        'A sua ligação de acesso à {brand}',
        'Olá {name},\n\nEntre sem palavra-passe com esta ligação, válida durante 15 minutos.\n{link}\n\nPedido feito a partir do Edge em Windows.',
      ],
    ],
  },
  greet: ['Olá {name},', 'Oi {name}!', 'Caro(a) {name},', 'Bom dia,', 'E aí, {name}?'],
  body: {
    helpdesk: [
      'Recebemos a sua solicitação com o número {ref}.',
      'O seu pedido foi registado com a referência {ref}.',
      'Seu chamado {ref} foi aberto e já está na fila.',
      'Sua mensagem chegou direitinho (protocolo {ref}).',
      'Obrigado pelo contacto: o pedido de apoio {ref} ficou registado.',
    ],
    verification: [
      'Obrigado por criar sua conta na {brand}.',
      'A sua nova conta de cliente está quase pronta.',
      'Bem-vindo(a)! Antes de começar, vamos confirmar este endereço.',
      'Uma conta {brand} foi criada com {email}.',
    ],
    subscription: [
      'Você pediu para receber nossa newsletter.',
      'Obrigado por se juntar à lista da {brand}!',
      'Precisamos do seu OK antes do primeiro envio.',
      'A sua subscrição está a um clique.',
    ],
    reset: [
      'Recebemos um pedido para alterar a sua palavra-passe.',
      'Foi solicitada a redefinição de senha para {email}.',
      'Não consegue entrar? A gente ajuda.',
      'Seu código é {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Responda a este e-mail para acrescentar detalhes.',
      'Acompanhe aqui: {link}',
      'Não precisa escrever de novo.',
    ],
    verification: ['Confirmar: {link}', 'Verificar meu e-mail → {link}', 'Código: {code}'],
    subscription: [
      'Confirmar inscrição: {link}',
      'Sim, quero receber → {link}',
      'Confirme a subscrição: {link}',
    ],
    reset: [
      'Redefinir senha: {link}',
      'Escolher nova palavra-passe: {link}',
      'O código expira em 10 minutos.',
    ],
  },
  close: [
    'Abraços, equipe {brand}',
    'Com os melhores cumprimentos,\n{brand}',
    '— {brand}',
    'Valeu!',
  ],
  subj: {
    helpdesk: [
      'RE: {msg}',
      '[{brand}] Pedido {ref} recebido',
      'Já estamos vendo',
      'Protocolo {ref}',
    ],
    verification: ['Confirme seu e-mail', 'Bem-vindo(a) à {brand}!', '{name}', 'Só mais um passo'],
    subscription: ['Confirme sua inscrição', 'Bora?', 'Newsletter {brand}', '📩'],
    reset: [
      'Redefinição de senha',
      '{code} é o seu código {brand}',
      'Ajuda no acesso',
      'Olá {name}',
    ],
  },
  remind: ['Lembrete: ', 'Ainda aí? ', 'Não se esqueça: '],
}
