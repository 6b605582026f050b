// Sign-up and newsletter follow-ups for pt, it and nl (see trail-b.ts), and the offers the
// promotions name, written for this set.
import type { Lang } from '../types.ts'
import type { Pair, SignTrail } from './trail-b.ts'

export const SIGN_TRAIL_C: Record<'pt' | 'it' | 'nl', Record<SignTrail, Pair>> = {
  pt: {
    unconfirmed: [
      'Ainda não confirmou o seu e-mail',
      'Olá {name}, a sua conta {company} está à espera. Confirme o seu endereço: {link}',
    ],
    'last-chance': [
      'Última oportunidade para ativar a sua conta {company}',
      'Sem confirmação, a sua conta será eliminada dentro de 3 dias: {link}',
    ],
    deleted: [
      'A sua conta {company} foi eliminada',
      'Como o seu e-mail nunca foi confirmado, removemos a conta. Pode registar-se novamente quando quiser.',
    ],
    'confirm-reminder': [
      'Lembrete: confirme a sua subscrição',
      'Precisamos da sua confirmação antes de enviar a newsletter {company}: {link}',
    ],
    welcome: [
      'Bem-vindo(a) à {company}, {name}!',
      'A sua conta está pronta. Três coisas para experimentar primeiro. Entrar: {link}',
    ],
    tips: [
      'Primeiros passos com a {company}',
      'Algumas dicas para aproveitar a sua conta e respostas às dúvidas mais comuns. {link}',
    ],
    promo: [
      '{offer} – só este fim de semana na {company}',
      'Não perca: {offer} em artigos selecionados. Comprar: {link}\nCancelar subscrição | Preferências',
    ],
    promo2: [
      'Novidades da semana na {company}',
      'Novidades e sugestões para si. {offer}. Ver tudo: {link}\nRecebe este e-mail porque tem conta na {company}. Cancelar',
    ],
  },
  it: {
    unconfirmed: [
      'Non hai ancora confermato la tua email',
      'Ciao {name}, il tuo account {company} ti aspetta. Conferma il tuo indirizzo: {link}',
    ],
    'last-chance': [
      'Ultima occasione per attivare il tuo account {company}',
      'Senza conferma il tuo account sarà eliminato tra 3 giorni: {link}',
    ],
    deleted: [
      'Il tuo account {company} è stato eliminato',
      'Poiché la tua email non è mai stata confermata, abbiamo rimosso l’account. Puoi registrarti di nuovo quando vuoi.',
    ],
    'confirm-reminder': [
      'Promemoria: conferma la tua iscrizione',
      'Ci serve ancora la tua conferma prima di inviarti la newsletter di {company}: {link}',
    ],
    welcome: [
      'Benvenuto/a in {company}, {name}!',
      'Il tuo account è pronto. Tre cose da provare subito. Accedi: {link}',
    ],
    tips: [
      'Primi passi con {company}',
      'Qualche consiglio per sfruttare il nuovo account e le risposte alle domande frequenti. {link}',
    ],
    promo: [
      '{offer} – solo questo weekend da {company}',
      'Da non perdere: {offer} su articoli selezionati. Acquista ora: {link}\nDisiscriviti | Preferenze',
    ],
    promo2: [
      'Le novità della settimana da {company}',
      'Nuovi arrivi e i nostri consigli per te. {offer}. Scopri tutto: {link}\nRicevi questa email perché hai un account {company}. Disiscriviti',
    ],
  },
  nl: {
    unconfirmed: [
      'Je hebt je e-mailadres nog niet bevestigd',
      'Hoi {name}, je account bij {company} wacht op je. Bevestig je adres: {link}',
    ],
    'last-chance': [
      'Laatste kans om je account bij {company} te activeren',
      'Zonder bevestiging wordt je account over 3 dagen verwijderd: {link}',
    ],
    deleted: [
      'Je account bij {company} is verwijderd',
      'Omdat je e-mailadres nooit is bevestigd, hebben we het account verwijderd. Je kunt je altijd opnieuw aanmelden.',
    ],
    'confirm-reminder': [
      'Herinnering: bevestig je inschrijving',
      'We hebben nog je bevestiging nodig voordat we je de nieuwsbrief van {company} sturen: {link}',
    ],
    welcome: [
      'Welkom bij {company}, {name}!',
      'Je account staat klaar. Drie dingen om eerst te proberen. Inloggen: {link}',
    ],
    tips: [
      'Aan de slag met {company}',
      'Een paar tips om alles uit je nieuwe account te halen en antwoorden op veelgestelde vragen. {link}',
    ],
    promo: [
      '{offer} – alleen dit weekend bij {company}',
      'Mis het niet: {offer} op geselecteerde artikelen. Shop nu: {link}\nUitschrijven | Voorkeuren',
    ],
    promo2: [
      'Nieuw deze week bij {company}',
      'Nieuwe items en onze tips voor jou. {offer}. Bekijk alles: {link}\nJe ontvangt deze mail omdat je een account bij {company} hebt. Afmelden',
    ],
  },
}

/** Offers for promotions, per language. */
export const OFFERS: Record<Lang, readonly string[]> = {
  en: ['20% off', 'Free shipping', 'Buy 2, get 1 free'],
  de: ['20 % Rabatt', 'Gratis Versand', '3 für 2'],
  fr: ['-20 %', 'Livraison offerte', '3 pour le prix de 2'],
  es: ['20 % de descuento', 'Envío gratis', '3x2'],
  pt: ['20% de desconto', 'Portes grátis', 'Leve 3, pague 2'],
  it: ['Sconto del 20%', 'Spedizione gratuita', 'Prendi 3, paghi 2'],
  nl: ['20% korting', 'Gratis verzending', '3 halen, 2 betalen'],
}
