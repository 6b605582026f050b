// Important notices in French, Spanish, Portuguese and Italian, written for this set.
import type { ImportantKind, ImportantText } from './types.ts'

type Texts = Record<ImportantKind, ImportantText>

export const FR: Texts = {
  receipt: {
    subject: 'Votre reçu Plenvo Store n°{ref}',
    body: 'Merci pour votre achat. Montant payé : {amount}, carte se terminant par {card}, le {date}. Conservez ce reçu.',
  },
  'payment-sent': {
    subject: 'Vous avez envoyé {amount} à Lena Hartwig',
    body: 'Paiement envoyé. Identifiant de transaction {ref}. Il peut falloir quelques minutes pour que le destinataire le voie.',
  },
  'payment-received': {
    subject: 'Vous avez reçu {amount} de Paul Ostrander',
    body: "Paul Ostrander vous a envoyé {amount}. Identifiant de transaction {ref}. L'argent est sur votre solde.",
  },
  'card-alert': {
    subject: 'Alerte carte : {amount} chez {shop}',
    body: "Un paiement de {amount} a été effectué avec votre carte se terminant par {card} chez {shop} le {date}. Ce n'est pas vous ? Appelez le numéro au dos de votre carte.",
  },
  'security-alert': {
    subject: 'Alerte de sécurité : nouvelle connexion sur {device}',
    body: "Une connexion à votre compte Vossly vient d'avoir lieu depuis {device}. Si c'est vous, rien à faire. Sinon, sécurisez votre compte.",
  },
  'password-changed': {
    subject: 'Votre mot de passe a été modifié',
    body: "Le mot de passe de votre compte Vossly a été modifié le {date}. Si ce n'est pas vous, réinitialisez-le immédiatement.",
  },
  '2fa-change': {
    subject: 'Validation en deux étapes désactivée',
    body: "La validation en deux étapes de votre compte Cloudmere a été désactivée le {date} depuis {device}. Si ce n'est pas vous, réactivez-la et changez votre mot de passe.",
  },
  order: {
    subject: 'Confirmation de commande n°{ref}',
    body: "Merci pour votre commande n°{ref} chez Harbeck Home. Total {amount}. Nous vous écrirons à l'expédition.",
  },
  delivery: {
    subject: 'Votre colis {ref} est en cours de livraison',
    body: "Votre colis {ref} sera livré aujourd'hui entre 10 h et 14 h. Suivez-le en ligne.",
  },
}

export const ES: Texts = {
  receipt: {
    subject: 'Tu recibo de Plenvo Store n.º {ref}',
    body: 'Gracias por tu compra. Importe pagado: {amount}, tarjeta terminada en {card}, el {date}. Guarda este recibo.',
  },
  'payment-sent': {
    subject: 'Has enviado {amount} a Lena Hartwig',
    body: 'Pago enviado. ID de transacción {ref}. Puede tardar unos minutos en aparecer en la cuenta del destinatario.',
  },
  'payment-received': {
    subject: 'Has recibido {amount} de Paul Ostrander',
    body: 'Paul Ostrander te ha enviado {amount}. ID de transacción {ref}. El dinero está en tu saldo.',
  },
  'card-alert': {
    subject: 'Alerta de tarjeta: {amount} en {shop}',
    body: 'Se ha realizado una compra de {amount} con tu tarjeta terminada en {card} en {shop} el {date}. ¿No has sido tú? Llama al número del reverso de la tarjeta.',
  },
  'security-alert': {
    subject: 'Alerta de seguridad: nuevo inicio de sesión en {device}',
    body: 'Se ha iniciado sesión en tu cuenta de Vossly desde {device}. Si has sido tú, no hagas nada. Si no, protege tu cuenta ahora.',
  },
  'password-changed': {
    subject: 'Tu contraseña se ha cambiado',
    body: 'La contraseña de tu cuenta de Vossly se cambió el {date}. Si no has sido tú, restablécela de inmediato.',
  },
  '2fa-change': {
    subject: 'Verificación en dos pasos desactivada',
    body: 'Se desactivó la verificación en dos pasos de tu cuenta de Cloudmere el {date} desde {device}. Si no has sido tú, vuelve a activarla y cambia tu contraseña.',
  },
  order: {
    subject: 'Confirmación del pedido n.º {ref}',
    body: 'Gracias por tu pedido n.º {ref} en Harbeck Home. Total {amount}. Te avisaremos cuando salga.',
  },
  delivery: {
    subject: 'Tu paquete {ref} está en reparto',
    body: 'Tu paquete {ref} se entregará hoy entre las 10:00 y las 14:00. Síguelo en línea.',
  },
}

export const PT: Texts = {
  receipt: {
    subject: 'Seu recibo da Plenvo Store nº {ref}',
    body: 'Obrigado pela compra. Valor pago: {amount}, cartão final {card}, em {date}. Guarde este recibo.',
  },
  'payment-sent': {
    subject: 'Você enviou {amount} para Lena Hartwig',
    body: 'Pagamento enviado. ID da transação {ref}. Pode levar alguns minutos para aparecer na conta do destinatário.',
  },
  'payment-received': {
    subject: 'Você recebeu {amount} de Paul Ostrander',
    body: 'Paul Ostrander enviou {amount} para você. ID da transação {ref}. O dinheiro está no seu saldo.',
  },
  'card-alert': {
    subject: 'Alerta do cartão: {amount} em {shop}',
    body: 'Uma compra de {amount} foi feita com seu cartão final {card} em {shop} em {date}. Não foi você? Ligue para o número no verso do cartão.',
  },
  'security-alert': {
    subject: 'Alerta de segurança: novo acesso em {device}',
    body: 'Sua conta Vossly acabou de ser acessada em {device}. Se foi você, não precisa fazer nada. Se não, proteja sua conta agora.',
  },
  'password-changed': {
    subject: 'Sua senha foi alterada',
    body: 'A senha da sua conta Vossly foi alterada em {date}. Se não foi você, redefina-a imediatamente.',
  },
  '2fa-change': {
    subject: 'Verificação em duas etapas desativada',
    body: 'A verificação em duas etapas da sua conta Cloudmere foi desativada em {date} a partir de {device}. Se não foi você, reative-a e troque sua senha.',
  },
  order: {
    subject: 'Confirmação do pedido nº {ref}',
    body: 'Obrigado pelo seu pedido nº {ref} na Harbeck Home. Total {amount}. Avisaremos quando for enviado.',
  },
  delivery: {
    subject: 'Sua encomenda {ref} saiu para entrega',
    body: 'Sua encomenda {ref} será entregue hoje entre 10h e 14h. Acompanhe online.',
  },
}

export const IT: Texts = {
  receipt: {
    subject: 'La tua ricevuta Plenvo Store n. {ref}',
    body: "Grazie per l'acquisto. Importo pagato: {amount}, carta che termina con {card}, il {date}. Conserva questa ricevuta.",
  },
  'payment-sent': {
    subject: 'Hai inviato {amount} a Lena Hartwig',
    body: 'Pagamento inviato. ID transazione {ref}. Potrebbero servire alcuni minuti perché compaia sul conto del destinatario.',
  },
  'payment-received': {
    subject: 'Hai ricevuto {amount} da Paul Ostrander',
    body: 'Paul Ostrander ti ha inviato {amount}. ID transazione {ref}. Il denaro è nel tuo saldo.',
  },
  'card-alert': {
    subject: 'Avviso carta: {amount} presso {shop}',
    body: 'È stato effettuato un pagamento di {amount} con la carta che termina con {card} presso {shop} il {date}. Non sei stato tu? Chiama il numero sul retro della carta.',
  },
  'security-alert': {
    subject: 'Avviso di sicurezza: nuovo accesso da {device}',
    body: "È stato appena effettuato un accesso al tuo account Vossly da {device}. Se sei stato tu, non serve fare nulla. Altrimenti proteggi subito l'account.",
  },
  'password-changed': {
    subject: 'La tua password è stata modificata',
    body: 'La password del tuo account Vossly è stata modificata il {date}. Se non sei stato tu, reimpostala subito.',
  },
  '2fa-change': {
    subject: 'Verifica in due passaggi disattivata',
    body: 'La verifica in due passaggi del tuo account Cloudmere è stata disattivata il {date} da {device}. Se non sei stato tu, riattivala e cambia la password.',
  },
  order: {
    subject: "Conferma dell'ordine n. {ref}",
    body: 'Grazie per il tuo ordine n. {ref} su Harbeck Home. Totale {amount}. Ti scriveremo alla spedizione.',
  },
  delivery: {
    subject: 'Il tuo pacco {ref} è in consegna',
    body: 'Il tuo pacco {ref} sarà consegnato oggi tra le 10:00 e le 14:00. Seguilo online.',
  },
}
