// Portuguese fragments (pt-PT and pt-BR, você and tu) for composed in-house wordings.
import type { Bank } from './bank.ts'

export const PT: Bank = {
  greet: [
    (c) => `Olá ${c.name},`,
    (c) => `Caro(a) ${c.name},`,
    (c) => `Oi, ${c.name}!`,
    () => 'Bom dia,',
    () => '',
  ],
  signoff: [
    (c) => `Atenciosamente,\nEquipe ${c.company}`,
    (c) => `Com os melhores cumprimentos,\nApoio ao Cliente ${c.company}`,
    () => `Abraço,\nRafa`,
    (c) => `${c.company}`,
  ],
  footer: [
    () => '',
    (c) =>
      `${c.company} Lda. – NIPC 500000000. Os seus dados são tratados nos termos do RGPD; consulte https://${c.domain}/privacidade. Esta mensagem pode conter informação confidencial.`,
    () => `Este é um e-mail automático, não responda.`,
    (c) => `Você recebeu este e-mail porque este endereço foi informado em ${c.domain}.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `Recebemos a sua mensagem`,
        (c) => `Protocolo ${c.ref}`,
        (c) => `RE: ${c.typed}`,
        (c) => `${c.company} – obrigado pelo contato`,
      ],
      core: [
        (c) => `confirmamos o recebimento da sua mensagem "${c.typed}".`,
        () => `o seu pedido chegou à nossa equipa de apoio.`,
        (c) => `o formulário que você enviou para ${c.company} foi recebido.`,
      ],
      next: [
        () => `Responderemos em até 2 dias úteis.`,
        () => `Já estamos cuidando disso e voltamos logo.`,
      ],
      action: [
        (c) => `Número do protocolo: ${c.ref}`,
        (c) => `Guarde a referência ${c.ref} para acompanhar o pedido.`,
      ],
    },
    verification: {
      subject: [
        () => `Confirme o seu e-mail`,
        (c) => `Bem-vindo à ${c.company}! Ative a sua conta`,
        () => `Ação necessária: verifique o seu endereço`,
        () => `Foi você?`,
      ],
      core: [
        (c) => `obrigado por se cadastrar na ${c.company}.`,
        () => `uma conta foi criada com este endereço.`,
        () => `a sua conta está quase pronta.`,
      ],
      next: [() => `O link é válido por 24 horas.`, () => `Se não foi você, ignore este e-mail.`],
      action: [(c) => `Confirmar e-mail: ${c.link}`, (c) => `Ativar conta → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Confirme a sua inscrição`,
        (c) => `${c.company}: falta só um clique`,
        () => `Quer mesmo receber a nossa newsletter?`,
        () => `Confirmação de subscrição`,
      ],
      core: [
        (c) => `você pediu para receber a newsletter da ${c.company}.`,
        () => `este endereço foi inscrito na nossa lista.`,
        () => `que bom ter você por aqui!`,
      ],
      next: [
        () => `Sem confirmação, não enviaremos mais nada.`,
        () => `Se não foi você, basta ignorar.`,
      ],
      action: [(c) => `Sim, quero receber: ${c.link}`, (c) => `Confirmar: ${c.link}`],
    },
    reset: {
      subject: [
        () => `Redefinição de senha`,
        (c) => `O seu código de acesso ${c.company}`,
        (c) => `${c.code} é o seu código de verificação`,
        () => `Pedido de nova palavra-passe`,
      ],
      core: [
        () => `recebemos um pedido para redefinir a sua senha.`,
        (c) => `aqui está o seu código para entrar na ${c.company}.`,
        () => `alguém está a tentar entrar com este endereço.`,
      ],
      next: [
        () => `O código expira em 10 minutos.`,
        () => `Se não pediu, a sua senha continua a mesma.`,
      ],
      action: [(c) => `Código: ${c.code}`, (c) => `Criar nova senha: ${c.link}`],
    },
  },
}
