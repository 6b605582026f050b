// The person's important mail from real providers, one text per kind and language. Slots:
// {first} {provider} {amount} {ref} {device} {city} {shop} {last4}.
import type { ImportantKind, PerLang, Wording } from './types.ts'

const w = (subject: string, body: string): Wording => ({ subject, body })

export const IMPORTANT_TEXTS: Record<ImportantKind, PerLang<Wording>> = {
  receipt: {
    en: w(
      'Your receipt from {shop} #{ref}',
      'Hi {first},\nthanks for your purchase. Amount paid: {amount} (card ending {last4}).\nReceipt number {ref}. Keep this email for returns.',
    ),
    de: w(
      'Ihre Quittung von {shop} Nr. {ref}',
      'Hallo {first},\nvielen Dank für Ihren Einkauf. Bezahlt: {amount} (Karte endet auf {last4}).\nBelegnummer {ref}. Bitte für Umtausch aufbewahren.',
    ),
    fr: w(
      'Votre reçu {shop} n° {ref}',
      'Bonjour {first},\nmerci pour votre achat. Montant réglé : {amount} (carte se terminant par {last4}).\nReçu n° {ref}, à conserver pour tout retour.',
    ),
    es: w(
      'Tu recibo de {shop} n.º {ref}',
      'Hola {first}:\ngracias por tu compra. Importe pagado: {amount} (tarjeta terminada en {last4}).\nRecibo {ref}. Guárdalo para devoluciones.',
    ),
    pt: w(
      'O seu recibo {shop} n.º {ref}',
      'Olá {first},\nobrigado pela sua compra. Valor pago: {amount} (cartão terminado em {last4}).\nRecibo {ref}. Guarde-o para devoluções.',
    ),
    it: w(
      'La tua ricevuta {shop} n. {ref}',
      'Ciao {first},\ngrazie per l’acquisto. Importo pagato: {amount} (carta che termina con {last4}).\nRicevuta {ref}, conservala per eventuali resi.',
    ),
    nl: w(
      'Je bon van {shop} nr. {ref}',
      'Hoi {first},\nbedankt voor je aankoop. Betaald: {amount} (kaart eindigend op {last4}).\nBonnummer {ref}. Bewaar deze mail voor retouren.',
    ),
  },
  payment: {
    en: w(
      'Payment sent: {amount} to {shop}',
      'You sent {amount} to {shop} from your {provider} account.\nTransaction ID {ref}. If you don’t recognise this payment, contact us from the app.',
    ),
    de: w(
      'Zahlung gesendet: {amount} an {shop}',
      'Sie haben {amount} von Ihrem {provider}-Konto an {shop} gesendet.\nTransaktions-ID {ref}. Zahlung nicht erkannt? Melden Sie sich in der App.',
    ),
    fr: w(
      'Paiement envoyé : {amount} à {shop}',
      'Vous avez envoyé {amount} à {shop} depuis votre compte {provider}.\nTransaction {ref}. Paiement inconnu ? Contactez-nous depuis l’application.',
    ),
    es: w(
      'Pago enviado: {amount} a {shop}',
      'Has enviado {amount} a {shop} desde tu cuenta {provider}.\nID de transacción {ref}. ¿No reconoces el pago? Escríbenos desde la app.',
    ),
    pt: w(
      'Pagamento enviado: {amount} para {shop}',
      'Enviou {amount} para {shop} a partir da sua conta {provider}.\nID da transação {ref}. Não reconhece? Contacte-nos pela app.',
    ),
    it: w(
      'Pagamento inviato: {amount} a {shop}',
      'Hai inviato {amount} a {shop} dal tuo conto {provider}.\nID transazione {ref}. Non lo riconosci? Contattaci dall’app.',
    ),
    nl: w(
      'Betaling verstuurd: {amount} aan {shop}',
      'Je hebt {amount} aan {shop} betaald vanaf je {provider}-rekening.\nTransactie-ID {ref}. Herken je dit niet? Neem contact op via de app.',
    ),
  },
  card: {
    en: w(
      'Card alert: {amount} at {shop}',
      '{provider}: your card ending {last4} was used for {amount} at {shop}.\nNot you? Freeze your card in the app and call us on the number on the back of the card.',
    ),
    de: w(
      'Kartenumsatz: {amount} bei {shop}',
      '{provider}: Mit Ihrer Karte (Endziffern {last4}) wurden {amount} bei {shop} bezahlt.\nNicht Sie? Sperren Sie die Karte in der App.',
    ),
    fr: w(
      'Alerte carte : {amount} chez {shop}',
      '{provider} : votre carte se terminant par {last4} a été utilisée pour {amount} chez {shop}.\nCe n’est pas vous ? Bloquez la carte depuis l’application.',
    ),
    es: w(
      'Aviso de tarjeta: {amount} en {shop}',
      '{provider}: tu tarjeta terminada en {last4} se ha usado para pagar {amount} en {shop}.\n¿No has sido tú? Bloquéala desde la app.',
    ),
    pt: w(
      'Alerta de cartão: {amount} em {shop}',
      '{provider}: o seu cartão terminado em {last4} foi usado em {shop} no valor de {amount}.\nNão foi você? Bloqueie o cartão na app.',
    ),
    it: w(
      'Avviso carta: {amount} presso {shop}',
      '{provider}: la tua carta che termina con {last4} è stata usata per {amount} presso {shop}.\nNon sei stato tu? Blocca la carta dall’app.',
    ),
    nl: w(
      'Kaartmelding: {amount} bij {shop}',
      '{provider}: met je kaart eindigend op {last4} is {amount} betaald bij {shop}.\nWas jij dit niet? Blokkeer de kaart in de app.',
    ),
  },
  signin: {
    en: w(
      'New sign-in to your {provider} account',
      'Hi {first},\nwe noticed a new sign-in on {device} near {city}.\nIf this was you, there’s nothing to do. If not, change your password now from your account settings.',
    ),
    de: w(
      'Neue Anmeldung bei Ihrem {provider}-Konto',
      'Hallo {first},\nwir haben eine neue Anmeldung auf {device} in der Nähe von {city} festgestellt.\nWaren Sie das nicht, ändern Sie bitte sofort Ihr Passwort.',
    ),
    fr: w(
      'Nouvelle connexion à votre compte {provider}',
      'Bonjour {first},\nune nouvelle connexion a eu lieu depuis {device} près de {city}.\nSi ce n’est pas vous, changez votre mot de passe sans attendre.',
    ),
    es: w(
      'Nuevo inicio de sesión en tu cuenta {provider}',
      'Hola {first}:\nhemos detectado un inicio de sesión nuevo en {device} cerca de {city}.\nSi no has sido tú, cambia tu contraseña ahora.',
    ),
    pt: w(
      'Novo início de sessão na sua conta {provider}',
      'Olá {first},\ndetetámos um novo início de sessão em {device} perto de {city}.\nSe não foi você, altere já a sua palavra-passe.',
    ),
    it: w(
      'Nuovo accesso al tuo account {provider}',
      'Ciao {first},\nabbiamo rilevato un nuovo accesso da {device} vicino a {city}.\nSe non sei stato tu, cambia subito la password.',
    ),
    nl: w(
      'Nieuwe aanmelding op je {provider}-account',
      'Hoi {first},\ner is aangemeld op {device} in de buurt van {city}.\nWas jij dit niet? Wijzig dan direct je wachtwoord.',
    ),
  },
  password: {
    en: w(
      'Your {provider} password was changed',
      'Hi {first},\nthe password of your {provider} account was changed just now.\nIf you did this, you can ignore this message. If you didn’t, recover your account immediately.',
    ),
    de: w(
      'Ihr {provider}-Passwort wurde geändert',
      'Hallo {first},\ndas Passwort Ihres {provider}-Kontos wurde soeben geändert.\nFalls Sie das nicht waren, stellen Sie Ihr Konto sofort wieder her.',
    ),
    fr: w(
      'Votre mot de passe {provider} a été modifié',
      'Bonjour {first},\nle mot de passe de votre compte {provider} vient d’être modifié.\nSi ce n’est pas vous, récupérez immédiatement votre compte.',
    ),
    es: w(
      'Se ha cambiado tu contraseña de {provider}',
      'Hola {first}:\nla contraseña de tu cuenta {provider} se acaba de cambiar.\nSi no has sido tú, recupera tu cuenta de inmediato.',
    ),
    pt: w(
      'A sua palavra-passe {provider} foi alterada',
      'Olá {first},\na palavra-passe da sua conta {provider} acabou de ser alterada.\nSe não foi você, recupere a conta imediatamente.',
    ),
    it: w(
      'La password di {provider} è stata modificata',
      'Ciao {first},\nla password del tuo account {provider} è stata appena modificata.\nSe non sei stato tu, recupera subito l’account.',
    ),
    nl: w(
      'Je {provider}-wachtwoord is gewijzigd',
      'Hoi {first},\nhet wachtwoord van je {provider}-account is zojuist gewijzigd.\nWas jij dit niet? Herstel je account meteen.',
    ),
  },
  twofactor: {
    en: w(
      'Two-step verification turned on',
      'Hi {first},\ntwo-step verification is now on for your {provider} account, using {device}.\nFrom now on we’ll ask for a code when you sign in somewhere new.',
    ),
    de: w(
      'Zwei-Faktor-Authentifizierung aktiviert',
      'Hallo {first},\nfür Ihr {provider}-Konto ist jetzt die Zwei-Faktor-Authentifizierung mit {device} aktiv.\nBei neuen Anmeldungen fragen wir künftig einen Code ab.',
    ),
    fr: w(
      'Validation en deux étapes activée',
      'Bonjour {first},\nla validation en deux étapes est activée sur votre compte {provider} avec {device}.\nUn code vous sera demandé lors des nouvelles connexions.',
    ),
    es: w(
      'Verificación en dos pasos activada',
      'Hola {first}:\nla verificación en dos pasos está activada en tu cuenta {provider} con {device}.\nTe pediremos un código al iniciar sesión en un sitio nuevo.',
    ),
    pt: w(
      'Verificação em dois passos ativada',
      'Olá {first},\na verificação em dois passos está ativa na sua conta {provider}, com {device}.\nVamos pedir um código quando iniciar sessão num local novo.',
    ),
    it: w(
      'Verifica in due passaggi attivata',
      'Ciao {first},\nla verifica in due passaggi è attiva sul tuo account {provider} con {device}.\nTi chiederemo un codice quando accedi da un nuovo dispositivo.',
    ),
    nl: w(
      'Tweestapsverificatie ingeschakeld',
      'Hoi {first},\ntweestapsverificatie staat nu aan voor je {provider}-account, met {device}.\nBij een nieuwe aanmelding vragen we voortaan een code.',
    ),
  },
  order: {
    en: w(
      'Order confirmed: #{ref}',
      'Hi {first}, thanks for your order at {shop}!\nOrder #{ref} · total {amount}\nWe’ll email you again when it ships.',
    ),
    de: w(
      'Bestellbestätigung Nr. {ref}',
      'Hallo {first}, danke für Ihre Bestellung bei {shop}!\nBestellung {ref} · Summe {amount}\nWir melden uns, sobald sie versandt ist.',
    ),
    fr: w(
      'Confirmation de commande n° {ref}',
      'Bonjour {first}, merci pour votre commande chez {shop} !\nCommande {ref} · total {amount}\nNous vous écrirons dès l’expédition.',
    ),
    es: w(
      'Pedido confirmado n.º {ref}',
      'Hola {first}, ¡gracias por tu pedido en {shop}!\nPedido {ref} · total {amount}\nTe avisaremos cuando salga.',
    ),
    pt: w(
      'Encomenda confirmada n.º {ref}',
      'Olá {first}, obrigado pela sua encomenda na {shop}!\nEncomenda {ref} · total {amount}\nAvisamos quando for expedida.',
    ),
    it: w(
      'Ordine confermato n. {ref}',
      'Ciao {first}, grazie per il tuo ordine su {shop}!\nOrdine {ref} · totale {amount}\nTi scriveremo alla spedizione.',
    ),
    nl: w(
      'Bestelling bevestigd: {ref}',
      'Hoi {first}, bedankt voor je bestelling bij {shop}!\nBestelling {ref} · totaal {amount}\nWe mailen je zodra hij verzonden is.',
    ),
  },
  delivery: {
    en: w(
      'Your parcel arrives today',
      '{provider}: parcel {ref} from {shop} is out for delivery and will arrive between 13:00 and 15:00.\nNot home? Choose a neighbour or a pickup point.',
    ),
    de: w(
      'Ihr Paket kommt heute',
      '{provider}: Sendung {ref} von {shop} ist in Zustellung, voraussichtlich zwischen 13 und 15 Uhr.\nNicht zu Hause? Wählen Sie einen Nachbarn oder eine Filiale.',
    ),
    fr: w(
      'Votre colis arrive aujourd’hui',
      '{provider} : le colis {ref} de {shop} est en cours de livraison, entre 13 h et 15 h.\nAbsent ? Choisissez un voisin ou un point relais.',
    ),
    es: w(
      'Tu paquete llega hoy',
      '{provider}: el envío {ref} de {shop} está en reparto y llegará entre las 13:00 y las 15:00.\n¿No estarás? Elige un punto de recogida.',
    ),
    pt: w(
      'A sua encomenda chega hoje',
      '{provider}: a encomenda {ref} da {shop} está em distribuição e chega entre as 13h e as 15h.\nNão está em casa? Escolha um ponto de recolha.',
    ),
    it: w(
      'Il tuo pacco arriva oggi',
      '{provider}: la spedizione {ref} di {shop} è in consegna e arriverà tra le 13 e le 15.\nNon sei a casa? Scegli un punto di ritiro.',
    ),
    nl: w(
      'Je pakket komt vandaag',
      '{provider}: zending {ref} van {shop} wordt vandaag bezorgd tussen 13:00 en 15:00.\nNiet thuis? Kies een buur of een afhaalpunt.',
    ),
  },
}
