// Class 14: travel (check-in open, boarding pass, booking confirmed, gate change), label
// `important`. Slots {brand} {name} {ref} {date} {time}.
import type { Lang } from '../../types.ts'

export const TRAVEL: Record<Lang, readonly string[]> = {
  en: [
    'Check-in is now open for your flight to Lisbon|Hi {name}, check in now for {date}. Booking ref {ref}.',
    'Your boarding pass|{brand} flight departs {date} {time}, gate closes 20 minutes before. Booking {ref}.',
    'Gate change: now gate B32|Your {brand} flight at {time} now leaves from gate B32.',
  ],
  de: [
    'Check-in für Ihren Flug nach Lissabon geöffnet|Hallo {name}, checken Sie jetzt für den {date} ein. Buchungscode {ref}.',
    'Ihre Bordkarte|{brand}-Flug am {date} um {time}. Das Gate schließt 20 Minuten vorher.',
    'Buchungsbestätigung Zugreise|Ihre Fahrt am {date} um {time} ist gebucht. Auftragsnummer {ref}.',
  ],
  fr: [
    'L’enregistrement est ouvert pour votre vol vers Lisbonne|Bonjour {name}, enregistrez-vous pour le {date}. Réf. {ref}.',
    'Votre carte d’embarquement|Vol {brand} le {date} à {time}, fermeture de la porte 20 minutes avant.',
    'Changement de porte : B32|Votre vol {brand} de {time} part désormais de la porte B32.',
  ],
  es: [
    'Ya puedes facturar tu vuelo a Lisboa|Hola {name}, haz el check-in para el {date}. Localizador {ref}.',
    'Tu tarjeta de embarque|Vuelo {brand} el {date} a las {time}. La puerta cierra 20 minutos antes.',
    'Reserva confirmada: hotel en Granada|{brand}: reserva {ref} del {date}. ¡Buen viaje!',
  ],
  pt: [
    'Check-in aberto para o seu voo para Madrid|Olá {name}, faça o check-in para {date}. Reserva {ref}.',
    'Seu cartão de embarque|Voo {brand} em {date} às {time}. O portão fecha 20 minutos antes.',
    'Mudança de portão: agora B32|O seu voo {brand} das {time} parte agora da porta B32.',
  ],
  it: [
    'Check-in aperto per il tuo volo per Lisbona|Ciao {name}, fai il check-in per il {date}. Codice {ref}.',
    'La tua carta d’imbarco|Volo {brand} il {date} alle {time}. Il gate chiude 20 minuti prima.',
    'Cambio gate: ora B32|Il tuo volo {brand} delle {time} parte ora dal gate B32.',
  ],
  nl: [
    'Inchecken geopend voor je vlucht naar Lissabon|Hoi {name}, check nu in voor {date}. Boekingscode {ref}.',
    'Je instapkaart|{brand}-vlucht op {date} om {time}. De gate sluit 20 minuten eerder.',
    'Gatewijziging: nu B32|Je {brand}-vlucht van {time} vertrekt nu van gate B32.',
  ],
}
