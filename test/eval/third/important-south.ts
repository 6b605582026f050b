// Important mail of the third set in French, Spanish, Portuguese and Italian (see important.ts).
import type { ImportantMail } from './important.ts'

const m = (from: string, subject: string, body: string): ImportantMail => ({ from, subject, body })

export const IMPORTANT_SOUTH: Record<'fr' | 'es' | 'pt' | 'it', readonly ImportantMail[]> = {
  fr: [
    m(
      'Banque Arvernienne <alertes@banque-arvernienne.fr>',
      'Paiement par carte de 58,30 €',
      `Bonjour {name}, un paiement de 58,30 € a été effectué avec votre carte se terminant par 3307 chez MONOPRIX LYON. Si vous n'êtes pas à l'origine de cette opération, faites opposition.`,
    ),
    m(
      'Virapay <notification@virapay.fr>',
      'Vous avez reçu 40,00 € de Camille Roux',
      `Camille Roux vous a envoyé 40,00 € - « remboursement resto ». Référence {ticket}.`,
    ),
    m(
      'Rail Express France <confirmation@railexpress.fr>',
      'Confirmation de votre voyage Paris → Bordeaux',
      `Bonjour {name}, votre réservation {ticket} est confirmée : départ le 18/04 à 08h52, voiture 14, place 61. Bon voyage !`,
    ),
    m(
      'Colirapide <suivi@colirapide.fr>',
      'Votre colis sera livré aujourd’hui',
      `Votre colis n° {ticket} sera livré aujourd'hui entre 9h et 13h. Suivez la livraison en temps réel.`,
    ),
    m(
      'impots-services <ne-pas-repondre@impots-services.gouv.fr>',
      'Votre avis d’impôt est disponible',
      `Madame, Monsieur, votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier.`,
    ),
    m(
      'Mobilia Télécom <facture@mobilia-telecom.fr>',
      'Votre facture de mars est disponible',
      `Bonjour {name}, votre facture Mobilia de mars s'élève à 19,99 €. Elle sera prélevée le 5 avril.`,
    ),
    m(
      'Sécurité Compte Nuage <securite@comptenuage.fr>',
      'Validation en deux étapes activée',
      `La validation en deux étapes vient d'être activée sur votre compte. Si vous n'êtes pas à l'origine de cette modification, contactez-nous.`,
    ),
  ],
  es: [
    m(
      'Banco Meridional <avisos@bancomeridional.es>',
      'Compra con tarjeta por 37,95 €',
      `Hola {name}, se ha realizado una compra de 37,95 € con tu tarjeta terminada en 9021 en MERCADONA. Si no la reconoces, bloquea la tarjeta desde la app.`,
    ),
    m(
      'Pagaya <notificaciones@pagaya.es>',
      'Has recibido 20,00 € de Nerea Goikoetxea',
      `Nerea Goikoetxea te ha enviado 20,00 €. Concepto: «regalo Ane». Operación {ticket}.`,
    ),
    m(
      'Rápido Rail <billetes@rapidorail.es>',
      'Tu billete Madrid - Valencia, localizador {ticket}',
      `Hola {name}, tu viaje del 22/04 a las 07:40 está confirmado. Coche 5, plaza 8A. Localizador {ticket}.`,
    ),
    m(
      'ComeYa <pedidos@comeya.es>',
      'Tu pedido de Sushi Kaze está en camino',
      `¡Tu pedido va de camino, {name}! Total 24,60 €. Llegada estimada 21:10.`,
    ),
    m(
      'Agencia Tributaria Online <notificaciones@sede-tributaria.es>',
      'Nueva notificación en su buzón electrónico',
      `Tiene una nueva notificación disponible en la sede electrónica relativa a su declaración de la renta 2025.`,
    ),
    m(
      'Seguridad NubeCuenta <seguridad@nubecuenta.es>',
      'Se ha cambiado tu contraseña',
      `La contraseña de tu cuenta se cambió hoy a las 16:22. Si no fuiste tú, recupera tu cuenta ahora.`,
    ),
    m(
      'EnvíosSur <seguimiento@enviossur.es>',
      'Tu paquete ha sido entregado',
      `Tu envío {ticket} se entregó hoy a las 12:48 en el buzón.`,
    ),
  ],
  pt: [
    m(
      'Banco Atlântico <alertas@bancoatlantico.pt>',
      'Compra com cartão de 29,90 €',
      `Olá {name}, foi efetuada uma compra de 29,90 € com o cartão terminado em 5512 em PINGO FRESCO. Se não reconhece, contacte-nos.`,
    ),
    m(
      'PagaJá <avisos@pagaja.com.br>',
      'Você recebeu um Pix de R$ 150,00',
      `Você recebeu um Pix de R$ 150,00 de Thiago Nogueira. ID da transação {ticket}.`,
    ),
    m(
      'Comboios Rápidos <bilhetes@comboiosrapidos.pt>',
      'Bilhete confirmado: Lisboa → Porto',
      `Olá {name}, a sua viagem de 15/04 às 09:39 está confirmada. Carruagem 3, lugar 42. Referência {ticket}.`,
    ),
    m(
      'Entregas Já <pedidos@entregasja.pt>',
      'O seu pedido está a caminho',
      `O seu pedido do restaurante Tasca do Bairro está a caminho. Total 18,70 €. Chegada prevista 20:35.`,
    ),
    m(
      'Portal das Finanças <nao-responder@portaldasfinancas.pt>',
      'Reembolso de IRS emitido',
      `Informamos que foi emitido o reembolso do IRS de 2025 no valor de 312,45 €.`,
    ),
    m(
      'Segurança Conta Nuvem <seguranca@contanuvem.pt>',
      'Novo início de sessão detetado',
      `Detetámos um novo início de sessão na sua conta a partir de Android, perto de Braga. Se não foi você, altere já a sua palavra-passe.`,
    ),
    m(
      'CTTx Encomendas <tracking@cttx.pt>',
      'A sua encomenda será entregue hoje',
      `A encomenda {ticket} será entregue hoje entre as 14h e as 18h.`,
    ),
  ],
  it: [
    m(
      'Banca Adriatica <avvisi@bancaadriatica.it>',
      'Pagamento con carta di 46,80 €',
      `Ciao {name}, è stato effettuato un pagamento di 46,80 € con la carta che termina con 7730 presso ESSELUNGA. Se non lo riconosci, blocca subito la carta.`,
    ),
    m(
      'Pagasubito <notifiche@pagasubito.it>',
      'Hai ricevuto 30,00 € da Matteo Ferri',
      `Matteo Ferri ti ha inviato 30,00 €. Causale: "calcetto". ID operazione {ticket}.`,
    ),
    m(
      'Treni Veloci <biglietti@trenive.it>',
      'Conferma acquisto: Roma Termini → Firenze SMN',
      `Gentile {name}, il tuo viaggio del 19/04 alle 10:15 è confermato. Carrozza 6, posto 9D. PNR {ticket}.`,
    ),
    m(
      'Mangia Ora <ordini@mangiaora.it>',
      'Il tuo ordine da Trattoria Il Pozzo è in arrivo',
      `Grazie {name}! Totale 22,50 €. Consegna prevista alle 20:50.`,
    ),
    m(
      'Agenzia Entrate Servizi <noreply@servizi-entrate.it>',
      'Nuova comunicazione nel cassetto fiscale',
      `È disponibile una nuova comunicazione relativa alla dichiarazione dei redditi 2025 nella tua area riservata.`,
    ),
    m(
      'Sicurezza ContoCloud <sicurezza@contocloud.it>',
      'Verifica in due passaggi disattivata',
      `La verifica in due passaggi è stata disattivata sul tuo account. Se non sei stato tu, riattivala e cambia la password.`,
    ),
    m(
      'PaccoRapido <tracking@paccorapido.it>',
      'La tua spedizione è in consegna',
      `La spedizione {ticket} sarà consegnata oggi entro le 18:00.`,
    ),
  ],
}
