// Portuguese building blocks (pt-PT and pt-BR) of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const PT: Blocks = {
  greet: 'Olá {name}, | Oi, {name}! | Caro(a) cliente, | Bom dia, | Prezado(a) {name},',
  close:
    'Cumprimentos,\n{company} | Até já!\nEquipa {company} | Atenciosamente,\nSAC {company} | Obrigado mais uma vez,\n{company}',
  footer:
    'Recebeu esta mensagem porque o seu endereço foi introduzido em {domain}. | {company} Lda. – Rua do Exemplo 12 – 1000-001 Lisboa – Por favor não responda a este e-mail. | Política de privacidade: https://{domain}/privacidade',
  ref: 'Referência: {ref} | (processo {ref}) | Seu número: {ref}',
  kinds: {
    request: {
      subject:
        'Este pedido é seu? | {company}: valide a sua mensagem | Confirmação necessária: {title} | Pedido {ref} por confirmar',
      lead: 'Uma mensagem do nosso formulário está retida e ainda não foi encaminhada. | Foi enviado um pedido com o título "{title}" usando o seu endereço. | Sua mensagem para a {company} ainda não chegou a nenhum atendente.',
      action:
        'Confirme que foi o próprio a enviá-la: | Clica aqui para liberar: | Assim que confirmar, abrimos um ticket:',
    },
    ack: {
      subject:
        'Recebemos o seu pedido: {title} | Apoio ao cliente {company} – pedido registado | Processo {ref} aberto | Valeu pela mensagem',
      lead: 'A sua mensagem chegou corretamente ao nosso serviço. | Registramos sua solicitação sobre "{title}". | Um assistente já foi avisado do seu contacto.',
      action:
        'Responderemos no prazo de dois dias úteis. | Vamos te escrever assim que alguém pegar o caso. | Para acrescentar algo, basta responder a este e-mail.',
    },
    account: {
      subject:
        'Verifique o seu e-mail – {company} | Sua nova conta na {company} | Conclua o seu registo | Boas-vindas! Confirme seu endereço',
      lead: 'Obrigado por se registar na {company}. | Acabou de ser criada uma conta com este endereço. | Sua área de cliente está quase pronta.',
      action:
        'Confirme o seu endereço para a ativar: | Abra este link para ativar: | Com esta ligação confirmamos que o endereço é seu:',
    },
    subscription: {
      subject:
        'Newsletter {company}: confirme a inscrição | Quer receber os nossos e-mails? | Último passo para se inscrever | Confirma tua inscrição',
      lead: 'O seu endereço foi adicionado à lista da {company}. | Recebemos uma inscrição na nossa newsletter. | Obrigado pelo interesse nas novidades da {company}.',
      action:
        'Confirme aqui para começar: | Sem clicar, você não fica inscrito: | Um clique confirma a subscrição:',
    },
    reset: {
      subject:
        'Nova palavra-passe para {company} | Seu código de acesso {company} | Tentativa de início de sessão na {company} | Alteração de senha solicitada',
      lead: 'Foi pedida uma nova palavra-passe para a sua conta. | Alguém está tentando entrar na {company} com este endereço. | Pediste para recuperar o acesso à tua conta.',
      action:
        'Escolha uma nova palavra-passe aqui: | Digite este código: {code} | A ligação seguinte expira em 30 minutos:',
    },
  },
}
