// People and brands whose names or text are in Greek, Cyrillic, Arabic, Hebrew or Turkish
// script, or mix scripts legitimately ({who} is filled with a name of people.ts SCRIPT_NAMES).
import type { LookText } from './types.ts'

export const SCRIPT_TEXTS: readonly LookText[] = [
  [
    'Re: draft for the Athens workshop',
    'Hi {n},\n\nI added my comments to section 3. Ευχαριστώ πολύ for the quick turnaround!\n\nΕλένη',
  ],
  [
    'Invitation: Review with {who} @ {date} {time}',
    'Organizer: {who}\nGuests: {n}, נועה לוי, ليلى حداد\nJoin: {link}',
  ],
  ['Привет! Фото с выходных', 'Привет, {n}! Вот фотографии с прогулки: {link}\nОбнимаю, Олена'],
  ['مرحبا {n} – dinner on Friday?', 'Salam {n}, are you free on Friday? ليلى'],
  ['Toplantı notları / meeting notes', 'Merhaba {n}, notları ekledim. Görüşmek üzere! Çağrı'],
  [
    'Αλφα Bakery: your Saturday order is ready',
    'Your sourdough and two koulourakia are ready for pickup. Καλή όρεξη!',
  ],
]
