// The genuine alerts of the cover stories (money, orders, phone line and mailbox), as the
// person's own providers write them, one text per kind and language, written for this set.
import type { ByLang } from './wording.ts'

export const OTP: ByLang = {
  en: [
    'Your one-time code for a payment of {amount}',
    'Your {brand} security code is {code}.\n\nUse it to approve a payment of {amount} to {merchant}. Never share this code with anyone, not even with us.\n\nDidn’t try to pay? Call us now.',
  ],
  de: [
    'Ihr Einmalcode für eine Zahlung über {amount}',
    'Ihr {brand}-Sicherheitscode lautet {code}.\n\nDamit geben Sie eine Zahlung über {amount} an {merchant} frei. Geben Sie den Code niemals weiter, auch nicht an uns.\n\nSie wollten nichts bezahlen? Rufen Sie uns an.',
  ],
  fr: [
    'Votre code à usage unique pour un paiement de {amount}',
    'Votre code de sécurité {brand} est {code}.\n\nIl sert à valider un paiement de {amount} chez {merchant}. Ne le communiquez jamais à personne, pas même à nous.\n\nVous n’avez pas tenté de payer ? Appelez-nous.',
  ],
  es: [
    'Tu código de un solo uso para un pago de {amount}',
    'Tu código de seguridad de {brand} es {code}.\n\nSirve para autorizar un pago de {amount} en {merchant}. No lo compartas con nadie, ni siquiera con nosotros.\n\n¿No intentaste pagar? Llámanos.',
  ],
  pt: [
    'O seu código único para um pagamento de {amount}',
    'O seu código de segurança {brand} é {code}.\n\nServe para autorizar um pagamento de {amount} a {merchant}. Nunca o partilhe com ninguém, nem connosco.\n\nNão tentou pagar? Ligue-nos.',
  ],
  it: [
    'Il tuo codice monouso per un pagamento di {amount}',
    'Il tuo codice di sicurezza {brand} è {code}.\n\nServe ad autorizzare un pagamento di {amount} a {merchant}. Non condividerlo con nessuno, nemmeno con noi.\n\nNon stavi pagando? Chiamaci.',
  ],
  nl: [
    'Je eenmalige code voor een betaling van {amount}',
    'Je {brand}-beveiligingscode is {code}.\n\nHiermee keur je een betaling van {amount} aan {merchant} goed. Deel deze code nooit, ook niet met ons.\n\nProbeerde je niet te betalen? Bel ons.',
  ],
}

export const CARD: ByLang = {
  en: [
    'Card purchase of {amount} at {merchant}',
    'Hi {name},\n\nYour card ending {last4} was used for {amount} at {merchant} on {time}.\n\nNot you? Freeze your card in the app and call us: {link}\n\n{brand} Card Services',
  ],
  de: [
    'Kartenzahlung über {amount} bei {merchant}',
    'Hallo {name},\n\nIhre Karte mit Endziffern {last4} wurde am {time} für {amount} bei {merchant} eingesetzt.\n\nNicht Sie? Sperren Sie die Karte in der App und rufen Sie uns an: {link}\n\n{brand} Kartenservice',
  ],
  fr: [
    'Achat par carte de {amount} chez {merchant}',
    'Bonjour {name},\n\nVotre carte se terminant par {last4} a été utilisée pour {amount} chez {merchant} le {time}.\n\nCe n’était pas vous ? Bloquez la carte dans l’appli et appelez-nous : {link}\n\nService cartes {brand}',
  ],
  es: [
    'Compra con tarjeta de {amount} en {merchant}',
    'Hola {name}:\n\nTu tarjeta terminada en {last4} se ha usado para pagar {amount} en {merchant} el {time}.\n\n¿No fuiste tú? Bloquea la tarjeta en la app y llámanos: {link}\n\nTarjetas {brand}',
  ],
  pt: [
    'Compra com cartão de {amount} em {merchant}',
    'Olá {name},\n\nO seu cartão terminado em {last4} foi usado para {amount} em {merchant} em {time}.\n\nNão foi você? Bloqueie o cartão na app e ligue-nos: {link}\n\nCartões {brand}',
  ],
  it: [
    'Acquisto con carta di {amount} presso {merchant}',
    'Ciao {name},\n\nla tua carta che termina con {last4} è stata usata per {amount} presso {merchant} il {time}.\n\nNon eri tu? Blocca la carta nell’app e chiamaci: {link}\n\nServizio carte {brand}',
  ],
  nl: [
    'Kaartbetaling van {amount} bij {merchant}',
    'Hallo {name},\n\nJe kaart eindigend op {last4} is op {time} gebruikt voor {amount} bij {merchant}.\n\nNiet jij? Blokkeer de kaart in de app en bel ons: {link}\n\n{brand} Kaartservice',
  ],
}

export const ORDER: ByLang = {
  en: [
    'Your order {ref} has been placed',
    'Hi {name},\n\nThanks for your order! {item} – {amount}\n\nDelivering to: {address} (new address)\n\nIf you didn’t place this order, contact us before it ships: {link}',
  ],
  de: [
    'Ihre Bestellung {ref} ist eingegangen',
    'Hallo {name},\n\nvielen Dank für Ihre Bestellung! {item} – {amount}\n\nLieferadresse: {address} (neue Adresse)\n\nHaben Sie nicht bestellt? Melden Sie sich vor dem Versand: {link}',
  ],
  fr: [
    'Votre commande {ref} est confirmée',
    'Bonjour {name},\n\nMerci pour votre commande ! {item} – {amount}\n\nLivraison à : {address} (nouvelle adresse)\n\nVous n’avez pas passé cette commande ? Contactez-nous avant l’expédition : {link}',
  ],
  es: [
    'Tu pedido {ref} se ha realizado',
    'Hola {name}:\n\n¡Gracias por tu pedido! {item} – {amount}\n\nDirección de entrega: {address} (dirección nueva)\n\n¿No has hecho este pedido? Avísanos antes del envío: {link}',
  ],
  pt: [
    'A sua encomenda {ref} foi registada',
    'Olá {name},\n\nObrigado pela sua encomenda! {item} – {amount}\n\nEntrega em: {address} (nova morada)\n\nNão fez esta encomenda? Contacte-nos antes do envio: {link}',
  ],
  it: [
    'Il tuo ordine {ref} è stato effettuato',
    'Ciao {name},\n\ngrazie per il tuo ordine! {item} – {amount}\n\nIndirizzo di consegna: {address} (nuovo indirizzo)\n\nNon hai effettuato tu l’ordine? Contattaci prima della spedizione: {link}',
  ],
  nl: [
    'Je bestelling {ref} is geplaatst',
    'Hallo {name},\n\nBedankt voor je bestelling! {item} – {amount}\n\nBezorgadres: {address} (nieuw adres)\n\nNiet door jou besteld? Neem contact op voordat het verzonden wordt: {link}',
  ],
}

export const GIFTCARD: ByLang = {
  en: [
    'Your {brand} gift card order',
    'Hi {name},\n\nYou bought {count} digital gift cards worth {amount} in total. The codes were sent to {email}.\n\nOrder {ref}, {time}.\n\nGift cards can’t be refunded. If this wasn’t you, contact us now.',
  ],
  de: [
    'Ihre Geschenkkarten-Bestellung bei {brand}',
    'Hallo {name},\n\nSie haben {count} digitale Geschenkkarten im Gesamtwert von {amount} gekauft. Die Codes wurden an {email} gesendet.\n\nBestellung {ref}, {time}.\n\nGeschenkkarten sind vom Umtausch ausgeschlossen. Falls Sie das nicht waren, melden Sie sich sofort.',
  ],
  fr: [
    'Votre commande de cartes cadeaux {brand}',
    'Bonjour {name},\n\nVous avez acheté {count} cartes cadeaux numériques pour un total de {amount}. Les codes ont été envoyés à {email}.\n\nCommande {ref}, {time}.\n\nLes cartes cadeaux ne sont pas remboursables. Si ce n’était pas vous, contactez-nous.',
  ],
  es: [
    'Tu pedido de tarjetas regalo de {brand}',
    'Hola {name}:\n\nHas comprado {count} tarjetas regalo digitales por un total de {amount}. Los códigos se enviaron a {email}.\n\nPedido {ref}, {time}.\n\nLas tarjetas regalo no se reembolsan. Si no fuiste tú, contáctanos ya.',
  ],
  pt: [
    'A sua encomenda de cartões-oferta {brand}',
    'Olá {name},\n\nComprou {count} cartões-oferta digitais no valor total de {amount}. Os códigos foram enviados para {email}.\n\nEncomenda {ref}, {time}.\n\nOs cartões-oferta não são reembolsáveis. Se não foi você, contacte-nos.',
  ],
  it: [
    'Il tuo ordine di carte regalo {brand}',
    'Ciao {name},\n\nhai acquistato {count} carte regalo digitali per un totale di {amount}. I codici sono stati inviati a {email}.\n\nOrdine {ref}, {time}.\n\nLe carte regalo non sono rimborsabili. Se non sei stato tu, contattaci subito.',
  ],
  nl: [
    'Je bestelling cadeaukaarten bij {brand}',
    'Hallo {name},\n\nJe hebt {count} digitale cadeaukaarten gekocht ter waarde van {amount}. De codes zijn verstuurd naar {email}.\n\nBestelling {ref}, {time}.\n\nCadeaukaarten worden niet terugbetaald. Was jij dit niet? Neem direct contact op.',
  ],
}

export const SIM: ByLang = {
  en: [
    'Your eSIM has been activated on a new device',
    'Dear {name},\n\nThe eSIM for your number {number} was activated on a new device on {time}. Your previous SIM no longer works.\n\nIf you did not request this, call {brand} from another phone straight away.\n\n{brand} Security Team',
  ],
  de: [
    'Ihre eSIM wurde auf einem neuen Gerät aktiviert',
    'Guten Tag {name},\n\ndie eSIM für Ihre Rufnummer {number} wurde am {time} auf einem neuen Gerät aktiviert. Ihre bisherige SIM funktioniert nicht mehr.\n\nHaben Sie das nicht veranlasst, rufen Sie {brand} sofort von einem anderen Telefon an.\n\n{brand} Sicherheitsteam',
  ],
  fr: [
    'Votre eSIM a été activée sur un nouvel appareil',
    'Bonjour {name},\n\nL’eSIM de votre ligne {number} a été activée sur un nouvel appareil le {time}. Votre ancienne carte SIM ne fonctionne plus.\n\nSi vous n’avez rien demandé, appelez {brand} immédiatement depuis un autre téléphone.\n\nL’équipe sécurité {brand}',
  ],
  es: [
    'Tu eSIM se ha activado en un dispositivo nuevo',
    'Hola {name}:\n\nLa eSIM de tu línea {number} se activó en un dispositivo nuevo el {time}. Tu SIM anterior ha dejado de funcionar.\n\nSi no lo solicitaste, llama a {brand} desde otro teléfono inmediatamente.\n\nEquipo de seguridad de {brand}',
  ],
  pt: [
    'O seu eSIM foi ativado num novo dispositivo',
    'Olá {name},\n\nO eSIM do seu número {number} foi ativado num novo dispositivo em {time}. O cartão SIM anterior deixou de funcionar.\n\nSe não pediu esta alteração, ligue para a {brand} de outro telefone de imediato.\n\nEquipa de segurança {brand}',
  ],
  it: [
    'La tua eSIM è stata attivata su un nuovo dispositivo',
    'Gentile {name},\n\nla eSIM della linea {number} è stata attivata su un nuovo dispositivo il {time}. La SIM precedente non funziona più.\n\nSe non l’hai richiesto tu, chiama subito {brand} da un altro telefono.\n\nTeam sicurezza {brand}',
  ],
  nl: [
    'Je eSIM is geactiveerd op een nieuw toestel',
    'Beste {name},\n\nDe eSIM voor je nummer {number} is op {time} geactiveerd op een nieuw toestel. Je oude simkaart werkt niet meer.\n\nHeb je dit niet aangevraagd? Bel {brand} direct vanaf een ander toestel.\n\n{brand} Security Team',
  ],
}

export const FORWARDING: ByLang = {
  en: [
    'A forwarding rule was added to your mailbox',
    'Hi {name},\n\nA new rule now forwards all incoming mail from {email_self} to {email}. It was created on {time} from {place}.\n\nIf you didn’t set this up, delete the rule and change your password: {link}\n\n{brand} Mail',
  ],
  de: [
    'Eine Weiterleitungsregel wurde Ihrem Postfach hinzugefügt',
    'Hallo {name},\n\neine neue Regel leitet jetzt alle eingehenden E-Mails von {email_self} an {email} weiter. Sie wurde am {time} aus {place} erstellt.\n\nWenn Sie das nicht eingerichtet haben, löschen Sie die Regel und ändern Sie Ihr Passwort: {link}\n\n{brand} Mail',
  ],
  fr: [
    'Une règle de transfert a été ajoutée à votre boîte',
    'Bonjour {name},\n\nUne nouvelle règle transfère désormais tous les messages reçus sur {email_self} vers {email}. Elle a été créée le {time} depuis {place}.\n\nSi ce n’est pas vous, supprimez la règle et changez votre mot de passe : {link}\n\n{brand} Mail',
  ],
  es: [
    'Se ha añadido una regla de reenvío a tu buzón',
    'Hola {name}:\n\nUna nueva regla reenvía ahora todo el correo de {email_self} a {email}. Se creó el {time} desde {place}.\n\nSi no la configuraste tú, elimínala y cambia tu contraseña: {link}\n\n{brand} Mail',
  ],
  pt: [
    'Foi adicionada uma regra de reencaminhamento',
    'Olá {name},\n\nUma nova regra reencaminha agora todo o correio de {email_self} para {email}. Foi criada em {time} a partir de {place}.\n\nSe não foi você, apague a regra e altere a palavra-passe: {link}\n\n{brand} Mail',
  ],
  it: [
    'È stata aggiunta una regola di inoltro alla tua casella',
    'Ciao {name},\n\nuna nuova regola inoltra ora tutta la posta di {email_self} a {email}. È stata creata il {time} da {place}.\n\nSe non sei stato tu, elimina la regola e cambia la password: {link}\n\n{brand} Mail',
  ],
  nl: [
    'Er is een doorstuurregel aan je mailbox toegevoegd',
    'Hallo {name},\n\nEen nieuwe regel stuurt nu alle binnenkomende mail van {email_self} door naar {email}. Deze is op {time} aangemaakt vanuit {place}.\n\nHeb jij dit niet ingesteld? Verwijder de regel en wijzig je wachtwoord: {link}\n\n{brand} Mail',
  ],
}
