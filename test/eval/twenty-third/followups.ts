// Second mails some companies send within minutes of the first: a ticket follow-up ("an agent is
// assigned"), a verification reminder, a welcome after opt-in, a "your password was reset" hint.
import type { Lang } from '../types.ts'
import type { Family } from './products.ts'

export const FOLLOWUPS: Record<Family, Record<Lang, string>> = {
  helpdesk: {
    en: 'Update on {ref}: an agent has been assigned | Hi {name}, {company} agent Robin has picked up your request and will be in touch. Ref {ref}.',
    de: 'Update zu {ref}: Ihr Anliegen ist in Bearbeitung | Hallo {name}, ein Mitarbeiter von {company} kümmert sich jetzt um Vorgang {ref}.',
    fr: 'Suivi de votre demande {ref} | Bonjour {name}, un conseiller {company} a pris en charge votre dossier {ref}.',
    es: 'Actualización de tu caso {ref} | Hola {name}, un agente de {company} ya está revisando tu caso {ref}.',
    pt: 'Atualização do pedido {ref} | Olá {name}, um agente da {company} já está a tratar do seu pedido {ref}.',
    it: 'Aggiornamento sulla richiesta {ref} | Ciao {name}, un operatore {company} sta lavorando alla tua richiesta {ref}.',
    nl: 'Update over {ref}: een medewerker is toegewezen | Hoi {name}, een collega van {company} pakt je vraag {ref} op.',
  },
  verification: {
    en: 'Reminder: confirm your {company} account | You haven’t confirmed your email yet. Finish here: {link}',
    de: 'Erinnerung: Konto bei {company} noch nicht bestätigt | Bitte bestätige noch deine Adresse: {link}',
    fr: 'Rappel : votre compte {company} attend votre confirmation | Finalisez votre inscription : {link}',
    es: 'Recordatorio: confirma tu cuenta de {company} | Aún no has verificado tu correo: {link}',
    pt: 'Lembrete: confirme a sua conta {company} | Ainda falta confirmar o seu e-mail: {link}',
    it: 'Promemoria: conferma il tuo account {company} | Non hai ancora confermato la tua email: {link}',
    nl: 'Herinnering: bevestig je account bij {company} | Je hebt je e-mailadres nog niet bevestigd: {link}',
  },
  subscription: {
    en: 'Still want to hear from {company}? | Your sign-up is waiting for one click: {link}',
    de: 'Noch nicht bestätigt: {company}-Newsletter | Ein Klick fehlt noch: {link}',
    fr: 'Toujours partant pour la newsletter {company} ? | Il ne manque qu’un clic : {link}',
    es: '¿Sigues queriendo recibir noticias de {company}? | Solo falta un clic: {link}',
    pt: 'Ainda quer receber as novidades da {company}? | Falta só um clique: {link}',
    it: 'Vuoi ancora ricevere la newsletter {company}? | Manca solo un clic: {link}',
    nl: 'Wil je nog steeds nieuws van {company}? | Er ontbreekt nog één klik: {link}',
  },
  reset: {
    en: 'Another sign-in code for {company}: {code} | A new code was requested. Use {code}; older codes no longer work.',
    de: 'Neuer Code für {company}: {code} | Es wurde ein neuer Code angefordert: {code}. Ältere Codes gelten nicht mehr.',
    fr: 'Nouveau code {company} : {code} | Un nouveau code a été demandé : {code}. Les anciens ne fonctionnent plus.',
    es: 'Nuevo código de {company}: {code} | Se ha solicitado un código nuevo: {code}. Los anteriores ya no valen.',
    pt: 'Novo código {company}: {code} | Foi pedido um novo código: {code}. Os anteriores deixam de funcionar.',
    it: 'Nuovo codice {company}: {code} | È stato richiesto un nuovo codice: {code}. I precedenti non valgono più.',
    nl: 'Nieuwe code voor {company}: {code} | Er is een nieuwe code aangevraagd: {code}. Oudere codes werken niet meer.',
  },
}
