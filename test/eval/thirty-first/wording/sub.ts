// Hand-written newsletter double opt-in mails, each a company's own wording. `subject|body`.
import type { Lang } from '../../types.ts'

export const SUB: Record<Lang, readonly string[]> = {
  en: [
    'One more step to get our newsletter|Hi {name},\nPlease confirm you want weekly deals from {company}: {link}\nNo confirmation, no emails. Promise.',
    '{company}: confirm your subscription|Tap to confirm and get 10% off your first order 🎁 {link}',
    'Is this you?|Someone signed {email} up for the {company} letter. Yes, it was me: {link}',
  ],
  de: [
    'Bitte bestätige deine Newsletter-Anmeldung|Hallo {name},\nbitte bestätige, dass du den Newsletter von {company} erhalten möchtest: {link}\nOhne Bestätigung schicken wir dir nichts.',
    '{company} Newsletter|Ein Klick noch – dann gibt’s 10 % Willkommensrabatt 🎁 {link}',
    'Anmeldung bestätigen (Double-Opt-In)|Guten Tag,\nfür {email} wurde der Newsletter von {company} bestellt. Bitte bestätigen Sie die Anmeldung: {link}',
  ],
  fr: [
    'Confirmez votre inscription à la newsletter|Bonjour {name},\nConfirmez que vous souhaitez recevoir les bons plans {company} : {link}',
    '{company} 💌|Un clic pour confirmer et recevoir -10 % sur votre première commande : {link}',
    'C’est bien vous ?|Quelqu’un a inscrit {email} à la lettre {company}. Oui, c’est moi : {link}',
  ],
  es: [
    'Confirma tu suscripción a la newsletter|Hola {name}:\nConfirma que quieres recibir las ofertas de {company}: {link}',
    '{company} 💌|Un clic y recibes un 10 % de descuento en tu primer pedido: {link}',
    '¿Has sido tú?|Alguien ha apuntado {email} al boletín de {company}. Sí, he sido yo: {link}',
    'Confirme su alta en nuestra lista|Estimado/a suscriptor/a:\npara completar su alta en las comunicaciones de {company}, confirme aquí: {link}',
  ],
  pt: [
    'Confirme a sua inscrição na newsletter|Olá {name},\nConfirme que quer receber as novidades da {company}: {link}',
    '{company} 💌|Confirma aí e ganha 10% de desconto na primeira compra: {link}',
    'Foi você?|Alguém cadastrou {email} na newsletter da {company}. Sim, fui eu: {link}',
    'Só falta confirmar 💌|Oi {name}! Clica no botão pra confirmar e começar a receber as ofertas da {company}: {link}',
  ],
  it: [
    'Conferma la tua iscrizione alla newsletter|Ciao {name},\nconferma che vuoi ricevere le offerte di {company}: {link}',
    '{company} 💌|Un clic per confermare e avere il 10% di sconto sul primo ordine: {link}',
    'Sei stato tu?|Qualcuno ha iscritto {email} alla newsletter di {company}. Sì, sono io: {link}',
    'Confermi la sua iscrizione|Gentile iscritto,\nper ricevere le comunicazioni di {company} la preghiamo di confermare qui: {link}',
  ],
  nl: [
    'Bevestig je inschrijving voor de nieuwsbrief|Hoi {name},\nBevestig dat je de aanbiedingen van {company} wilt ontvangen: {link}',
    '{company} 💌|Eén klik en je krijgt 10% korting op je eerste bestelling: {link}',
    'Was jij dit?|Iemand heeft {email} aangemeld voor de nieuwsbrief van {company}. Ja, dat was ik: {link}',
    'Nog even bevestigen|Hoi {name}! Klik op de knop en je ontvangt voortaan de aanbiedingen van {company}: {link}',
  ],
}
