// Hand-written Portuguese in-house wordings (pt-BR and pt-PT): each is one company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_PT: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Resposta automática: ${c.typed}`,
      body: `Olá,\n\nObrigado pelo seu e-mail. O nosso atendimento funciona de segunda a sexta, das 9h às 18h. Respondemos por ordem de chegada.\n\nCumprimentos,\n${c.company}`,
    }),
    (c) => ({
      subject: `Reclamação n.º ${c.ref}`,
      body: `Caro(a) ${c.name},\n\nConfirmamos a receção da sua reclamação, registada com o número indicado. Nos termos da lei, responderemos no prazo máximo de 15 dias úteis.\n\nCom os melhores cumprimentos,\nGabinete de Apoio ao Cliente\n${c.company}, S.A. – Capital social 1.000.000 € – NIPC 500 000 000 – Conservatória do Registo Comercial de Lisboa`,
    }),
    (c) => ({
      subject: `Recebemos, ${c.name}! 😄`,
      body: `Sua mensagem chegou e a gente responde ainda hoje. Protocolo ${c.ref}\n\nTime ${c.company}`,
    }),
    (c) => ({
      subject: `Fale conosco`,
      body: `Sua mensagem foi enviada com sucesso.\n\nNome: ${c.name}\nAssunto: ${c.typed}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `[Chamado ${c.ref}]`,
      body: `Olá ${c.name},\n\nRecebemos o seu chamado. Para acrescentar informações, responda a este e-mail sem alterar o assunto.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `We have received your request`,
      body: `Olá ${c.name},\n\no seu pedido "${c.typed}" chegou à nossa equipa (processo ${c.ref}). Respondemos em 48 horas.\n\n${c.company}`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Olá ${c.name}, confirme seu e-mail com um clique: ${c.link}`,
    }),
    (c) => ({
      subject: `Boas-vindas, ${c.name}!`,
      body: `Que bom ter você aqui.\n\nPara ativar a sua conta ${c.company}, clique no link:\n\n${c.link}\n\nDepois disso você pode acompanhar pedidos e salvar favoritos.\n\nEquipe ${c.company}\n\nTermos | Privacidade | Ajuda`,
    }),
    (c) => ({
      subject: `Conclua o seu registo`,
      body: `Caro(a) ${c.name},\n\nFoi criada uma conta em seu nome no nosso portal. Para verificar a sua identidade, confirme o endereço nas próximas 72 horas:\n\n${c.link}\n\nSem confirmação, a conta será eliminada.\n\n${c.company}, Lda. – NIPC 500000000`,
    }),
    (c) => ({
      subject: `Foi você?`,
      body: `Alguém acabou de criar uma conta na ${c.company} com este e-mail. Se foi você: ${c.link}\n\nSe não, ignore.`,
    }),
    (c) => ({
      subject: `Código de verificação: ${c.code}`,
      body: `Digite ${c.code} para concluir o cadastro na ${c.company}. Válido por 20 minutos.`,
    }),
    (c) => ({
      subject: `Ative a sua conta no fórum`,
      body: `Olá ${c.name},\n\nobrigado por se registar no fórum ${c.company}. Ative a conta aqui:\n${c.link}\n\nAté já!`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `Falta pouco!`,
      body: `Confirme e receba as nossas ofertas toda sexta: ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Confirmação da subscrição da newsletter`,
      body: `Caro(a) ${c.name},\n\nPediu para subscrever a newsletter da ${c.company}. Confirme o seu pedido no link abaixo:\n\n${c.link}\n\nNos termos do RGPD, pode cancelar a qualquer momento. Responsável: ${c.company}, Rua Exemplo 1, 1000-000 Lisboa.`,
    }),
    (c) => ({
      subject: `Confirma?`,
      body: `Olá ${c.name}, quer mesmo receber as nossas novidades? Então clique: ${c.link}`,
    }),
    (c) => ({
      subject: `Seu cupom de 10% está esperando 🎁`,
      body: `Confirme seu e-mail e enviamos o cupom de boas-vindas:\n\n[ CONFIRMAR ] ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `${c.company} – Imprensa`,
      body: `Foi pedido o registo deste endereço na nossa lista de imprensa. Para validar: ${c.link}`,
    }),
    (c) => ({
      subject: `Please confirm`,
      body: `Olá ${c.name},\n\nobrigado pelo interesse na nossa newsletter. Confirme aqui: ${c.link}\n\nRedação ${c.company}`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `${c.code} é o seu código ${c.company}. Não compartilhe.`,
    }),
    (c) => ({
      subject: `Esqueceu a senha?`,
      body: `Olá ${c.name},\n\nsem problemas. Crie uma nova senha aqui:\n\n${c.link}\n\nO link vale por uma hora.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Seu link de acesso`,
      body: `Aqui está o seu link para entrar na ${c.company} sem senha:\n${c.link}\n\nEle expira em 15 minutos.`,
    }),
    (c) => ({
      subject: `Redefinição do código de acesso ao homebanking`,
      body: `Caro cliente,\n\nFoi pedida a redefinição do seu código de acesso. Use este link nos próximos 30 minutos: ${c.link}\n\nSe não foi você, contacte-nos de imediato.\n\nA ${c.company} nunca lhe pedirá o código por e-mail.`,
    }),
    (c) => ({
      subject: `Tentativa de login`,
      body: `Olá ${c.name}, o seu código de segurança é:\n\n    ${c.code}\n\nPedido a partir de um navegador no Linux.`,
    }),
    (c) => ({
      subject: `Reset password`,
      body: `Olá, você pediu uma nova senha para ${c.company}: ${c.link}`,
    }),
  ],
}
