// Look-alike texts: app and service notices, and real people writing (friends, family,
// colleagues; some "Re:" threads, some first mails).
import type { LookTexts } from './look-types.ts'

export const APP_NOTICE: LookTexts = {
  en: [
    'We’re updating our Terms of Service | The new terms take effect on {day}. Read what changes: {link}',
    'Your {brand} storage is 95% full | Free up space or upgrade to keep syncing your photos.',
    'Your plan renews on {day} | Your {brand} Plus plan renews automatically for {amount}. Manage: {link}',
  ],
  de: [
    'Änderung unserer Nutzungsbedingungen | Ab dem {day} gelten neue AGB. Details: {link}',
    'Dein {brand}-Speicher ist fast voll | Lösche Dateien oder wechsle in einen größeren Tarif.',
    'Neu in {brand}: Ordner teilen | Ab sofort kannst du Ordner mit Freunden teilen. Mehr erfahren: {link}',
  ],
  fr: [
    'Mise à jour de nos conditions d’utilisation | Elles s’appliqueront à partir du {day}. En savoir plus : {link}',
    'Votre espace {brand} est presque plein | Libérez de la place ou passez à l’offre supérieure.',
    'Votre abonnement sera renouvelé le {day} | Montant : {amount}. Gérer : {link}',
  ],
  es: [
    'Actualizamos nuestras condiciones | Entran en vigor el {day}. Léelas aquí: {link}',
    'Tu almacenamiento de {brand} está casi lleno | Libera espacio o mejora tu plan.',
    'Novedades en {brand} | Ya puedes programar tus copias de seguridad. Más info: {link}',
  ],
  pt: [
    'Atualizamos os nossos termos | Entram em vigor em {day}. Saiba mais: {link}',
    'Seu armazenamento {brand} está quase cheio | Libere espaço ou faça upgrade do plano.',
    'A sua assinatura renova em {day} | Valor: {amount}. Gerir: {link}',
  ],
  it: [
    'Aggiornamento dei Termini di servizio | In vigore dal {day}. Dettagli: {link}',
    'Lo spazio {brand} è quasi esaurito | Libera spazio o passa a un piano superiore.',
    'Il tuo abbonamento si rinnova il {day} | Importo: {amount}. Gestisci: {link}',
  ],
  nl: [
    'We passen onze voorwaarden aan | De nieuwe voorwaarden gelden vanaf {day}. Lees meer: {link}',
    'Je {brand}-opslag is bijna vol | Maak ruimte vrij of kies een groter abonnement.',
    'Nieuw in {brand}: gedeelde mappen | Deel voortaan hele mappen met anderen. Meer info: {link}',
  ],
}

export const PERSON: LookTexts = {
  en: [
    'Re: Saturday? | Sounds good, I’ll bring the salad. Is 7 ok? x',
    'photos from the wedding | Hi {first}! Finally sorted them, here’s the album: {link} Love, {who}',
    'Re: Q4 figures | Thanks, I’ve added my numbers to row 14. Can we talk tomorrow at {time}? {who}',
  ],
  de: [
    'AW: Samstag? | Passt mir gut, ich bringe Kuchen mit. 15 Uhr? LG {who}',
    'Fotos vom Geburtstag | Hallo {first}, hier die Bilder: {link} Liebe Grüße',
    'AW: Angebot Müller | Danke dir, ich schaue es mir heute Nachmittag an. Gruß, {who}',
  ],
  fr: [
    'RE: dîner vendredi | Parfait pour moi, j’apporte le dessert. Bises, {who}',
    'Les photos des vacances | Coucou {first} ! Voici l’album : {link}',
    'RE: présentation client | Merci, j’ai relu les slides, deux petites remarques en commentaire. {who}',
  ],
  es: [
    'RE: ¿cena el viernes? | ¡Genial! Llevo el postre. Un abrazo, {who}',
    'Fotos del cumple | Hola {first}, aquí tienes las fotos: {link} Besos',
    'RE: presupuesto cliente | Gracias, lo reviso esta tarde y te digo algo. {who}',
  ],
  pt: [
    'RE: jantar sexta? | Combinado, eu levo a sobremesa. Beijos, {who}',
    'Fotos do aniversário | Oi {first}, seguem as fotos: {link} Abraço',
    'RE: proposta do cliente | Obrigada, vejo isso hoje à tarde. {who}',
  ],
  it: [
    'R: cena venerdì? | Perfetto, porto io il dolce. Un abbraccio, {who}',
    'Foto della festa | Ciao {first}, ecco le foto: {link} Baci',
    'R: preventivo cliente | Grazie, lo guardo oggi pomeriggio. {who}',
  ],
  nl: [
    'Re: zaterdag? | Prima, ik neem taart mee. Om 3 uur? Groetjes, {who}',
    'Foto’s van het feest | Hoi {first}, hier zijn de foto’s: {link} Liefs',
    'Re: offerte klant | Dank je, ik kijk er vanmiddag naar. {who}',
  ],
}
