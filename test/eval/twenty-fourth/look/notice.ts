// Look-alike texts of one class (notice), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const NOTICE: LookTexts = {
  en: [
    [
      'Year 5 trip: consent form by Friday',
      'Dear parents, please return the consent form for the museum trip by Friday. — {brand} Primary',
    ],
    [
      'Bin collection changes over the holidays',
      '{brand} Council: collections move one day later in the week of {date}.',
    ],
    [
      'Boiler service in your building',
      'Dear tenant, the engineer from {brand} Lettings will visit on {date} between 8 and 12.',
    ],
  ],
  de: [
    [
      'Elternbrief: Wandertag am {date}',
      'Liebe Eltern, bitte geben Sie den Abschnitt bis Freitag zurück. – {brand}-Grundschule',
    ],
    [
      'Geänderte Abfuhrtermine',
      'Gemeinde {brand}: In der Woche ab {date} verschiebt sich die Müllabfuhr um einen Tag.',
    ],
    [
      'Wartung der Heizungsanlage',
      'Sehr geehrte Mieterin, sehr geehrter Mieter, der Techniker von {brand} Hausverwaltung kommt am {date} zwischen 8 und 12 Uhr.',
    ],
  ],
  fr: [
    [
      'Sortie scolaire : autorisation avant vendredi',
      'Chers parents, merci de rendre l’autorisation avant vendredi. — École {brand}',
    ],
    [
      'Collecte des déchets : changement de jour',
      'Mairie de {brand} : la collecte est décalée d’un jour la semaine du {date}.',
    ],
    [
      'Entretien de la chaudière',
      'Madame, Monsieur, le technicien de la régie {brand} passera le {date} entre 8h et 12h.',
    ],
  ],
  es: [
    [
      'Excursión: autorización antes del viernes',
      'Familias: entregad la autorización antes del viernes. — Colegio {brand}',
    ],
    [
      'Cambio en la recogida de basuras',
      'Ayuntamiento de {brand}: la semana del {date} la recogida se retrasa un día.',
    ],
    [
      'Revisión de la caldera',
      'Estimado inquilino: el técnico de {brand} Administración pasará el {date} de 8 a 12.',
    ],
  ],
  pt: [
    [
      'Visita de estudo: autorização até sexta',
      'Caros encarregados de educação, entreguem a autorização até sexta. — Escola {brand}',
    ],
    [
      'Alteração na recolha do lixo',
      'Câmara de {brand}: na semana de {date} a recolha passa para o dia seguinte.',
    ],
    [
      'Manutenção do aquecedor',
      'Prezado inquilino, o técnico da {brand} Imóveis vem no dia {date} entre 8h e 12h.',
    ],
  ],
  it: [
    [
      'Gita scolastica: autorizzazione entro venerdì',
      'Gentili genitori, riconsegnate l’autorizzazione entro venerdì. — Scuola {brand}',
    ],
    [
      'Raccolta rifiuti: cambio di giorno',
      'Comune di {brand}: nella settimana del {date} la raccolta slitta di un giorno.',
    ],
    [
      'Manutenzione caldaia',
      'Gentile inquilino, il tecnico di {brand} Immobiliare passerà il {date} tra le 8 e le 12.',
    ],
  ],
  nl: [
    [
      'Schoolreisje: toestemmingsformulier vóór vrijdag',
      'Beste ouders, lever het formulier uiterlijk vrijdag in. — Basisschool {brand}',
    ],
    [
      'Afvalinzameling verschuift',
      'Gemeente {brand}: in de week van {date} wordt een dag later opgehaald.',
    ],
    [
      'Onderhoud cv-ketel',
      'Beste huurder, de monteur van {brand} Verhuur komt op {date} tussen 8 en 12 uur.',
    ],
  ],
}
