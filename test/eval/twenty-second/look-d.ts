// Look-alike texts: appointment and booking reminders, and school / club / council / landlord
// notices.
import type { LookTexts } from './look-types.ts'

export const APPOINTMENT: LookTexts = {
  en: [
    'Reminder: your appointment on {day} at {time} | Dr. {who} expects you at {brand} Health. Need to change it? {link}',
    'Your table for 2 at {brand} is confirmed | See you on {day} at {time}. Running late? Call us.',
    'MOT booked: {day}, {time} | {brand} Garage confirms your car service. Drop the keys at reception.',
  ],
  de: [
    'Terminerinnerung: {day} um {time} | Ihre Praxis {brand} erwartet Sie. Absagen bitte bis 24 Stunden vorher: {link}',
    'Tischreservierung bestätigt | Wir freuen uns auf Sie am {day} um {time}. Ihr {brand}',
    'Ihr Werkstatttermin am {day} | {brand} Autoservice bestätigt den Reifenwechsel um {time}.',
  ],
  fr: [
    'Rappel de rendez-vous le {day} à {time} | Le cabinet {brand} vous attend. Annuler ou déplacer : {link}',
    'Réservation confirmée chez {brand} | Table pour 2 le {day} à {time}. À bientôt !',
    'Votre rendez-vous coiffure | {brand} Coiffure vous rappelle votre rendez-vous du {day}, {time}.',
  ],
  es: [
    'Recordatorio de cita: {day} a las {time} | La clínica {brand} te espera. Cambiar cita: {link}',
    'Reserva confirmada en {brand} | Mesa para 4, el {day} a las {time}.',
    'Tu cita en el taller | {brand} Motor confirma la revisión el {day} a las {time}.',
  ],
  pt: [
    'Lembrete de consulta: {day} às {time} | A clínica {brand} aguarda a sua visita. Remarcar: {link}',
    'Reserva confirmada no {brand} | Mesa para 2 no dia {day} às {time}.',
    'Seu horário no salão | {brand} Cabeleireiros confirma o seu horário de {day}, {time}.',
  ],
  it: [
    'Promemoria appuntamento: {day} alle {time} | Lo studio {brand} ti aspetta. Modifica: {link}',
    'Prenotazione confermata da {brand} | Tavolo per 2, {day} alle {time}.',
    'Tagliando auto il {day} | {brand} Officina conferma l’appuntamento alle {time}.',
  ],
  nl: [
    'Herinnering: afspraak op {day} om {time} | Praktijk {brand} verwacht je. Verzetten: {link}',
    'Reservering bevestigd bij {brand} | Tafel voor 2 op {day} om {time}.',
    'Je kappersafspraak | {brand} Kapsalon herinnert je aan {day}, {time}.',
  ],
}

export const NOTICE: LookTexts = {
  en: [
    'Year 5 trip: consent form due {day} | Dear parents, please return the signed form for the museum visit. Thank you, {brand} Primary',
    'Bin collection change over the holidays | {brand} Council: your recycling will be collected on {day} instead.',
    'Water off on {day} from {time} | Dear tenant, the plumber needs access to the riser. Sorry for the inconvenience. {brand} Lettings',
  ],
  de: [
    'Elternbrief: Wandertag am {day} | Liebe Eltern, bitte geben Sie Ihrem Kind festes Schuhwerk mit. Ihre {brand}-Grundschule',
    'Vereinsnachrichten: Jahreshauptversammlung | Der TSV {brand} lädt am {day} um {time} ins Vereinsheim ein.',
    'Ablesung der Heizkosten am {day} | Sehr geehrte Mieter, bitte ermöglichen Sie den Zugang zur Wohnung. Ihre Hausverwaltung {brand}',
  ],
  fr: [
    'Sortie scolaire du {day} | Chers parents, merci de rendre l’autorisation signée. L’école {brand}',
    'Mairie de {brand} : collecte des encombrants | Le ramassage aura lieu le {day}. Inscription : {link}',
    'Coupure d’eau le {day} | Madame, Monsieur, une intervention est prévue à {time}. Le syndic {brand}',
  ],
  es: [
    'Excursión del {day} | Estimadas familias, recordad entregar la autorización firmada. Colegio {brand}',
    'Ayuntamiento de {brand}: corte de calle | El {day} la calle mayor estará cerrada desde las {time}.',
    'Aviso a vecinos: revisión del ascensor | El {day} a las {time} el ascensor estará parado. Administración {brand}',
  ],
  pt: [
    'Visita de estudo no dia {day} | Caros encarregados de educação, entreguem a autorização assinada. Escola {brand}',
    'Câmara Municipal de {brand}: recolha de monos | A recolha será no dia {day}. Marcação: {link}',
    'Aviso aos condóminos: corte de água | No dia {day} às {time}. A administração {brand}',
  ],
  it: [
    'Gita scolastica del {day} | Gentili genitori, ricordate di restituire l’autorizzazione firmata. Istituto {brand}',
    'Comune di {brand}: raccolta ingombranti | Il ritiro è previsto il {day}. Prenota: {link}',
    'Avviso condominio: sospensione acqua | Il {day} dalle {time}. L’amministratore {brand}',
  ],
  nl: [
    'Schoolreisje op {day} | Beste ouders, vergeet het toestemmingsformulier niet. Basisschool {brand}',
    'Gemeente {brand}: grofvuil ophalen | Uw afspraak is op {day}. Wijzigen: {link}',
    'Onderhoud cv-ketel op {day} | Beste huurder, de monteur komt rond {time}. Verhuurder {brand}',
  ],
}
