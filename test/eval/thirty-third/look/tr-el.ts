// Turkish and Greek look-alike texts (the households' other languages), written for this set.
import type { LookTexts } from './types.ts'

export const TR: LookTexts = {
  newsletter: [
    'Sonbahar indirimi: triko ürünlerde %20 🍂 || {brand} bülteni. {date} tarihine kadar ücretsiz iade. Abonelikten çık en altta.',
    'Pazar okumaların || {brand} editörlerinden beş yazı. 2022’den beri abonesiniz.',
  ],
  social: [
    '{from} fotoğrafına yorum yaptı || “Harika!” — {brand} üzerinde yanıtla.',
    '3 yeni takipçin var || {from} ve 2 kişi seni {brand} üzerinde takip ediyor.',
  ],
  ooo: [
    'Otomatik yanıt: {orig} || Mesajınız için teşekkürler. {date} tarihine kadar ofis dışındayım.',
    'İzindeyim: {orig} || {date} tarihine kadar izindeyim.',
  ],
  code: [
    '{brand} doğrulama kodunuz || Kodunuz {code}. 10 dakika geçerlidir.',
    '{brand} şifrenizi sıfırlayın || Az önce talep ettiniz. Bağlantı 30 dakika geçerli.',
  ],
  ticket: [
    'YNT: [#{ref}] {orig} || Merhaba {first}, #{ref} numaralı talep: parça yarın kargoda. Ayşe, {brand}',
    '[{brand}] {ref} numaralı talep çözüldü || “{orig}” talebiniz kapatıldı.',
  ],
  shared: [
    '{from} sizinle bir klasör paylaştı || “{city} fotoğrafları” — {brand} içinde 48 öğe.',
    'Güncellenmiş davet: toplantı saat {time} || {from}, {date} etkinliğini değiştirdi.',
  ],
  booking: [
    'Hatırlatma: {date} saat {time} randevunuz || {brand} Diş Kliniği, {city}.',
    'Masanız ayrıldı || {brand}, {date} saat {time}.',
  ],
  notice: [
    'Veli toplantısı {date} || {brand} İlkokulu 4. sınıf velilerini davet ediyor.',
    'Çalışma saatleri değişti || {brand} Belediyesi: {date} itibarıyla pazartesi kapalı.',
  ],
  app: [
    '{brand} ile yılın 🎉 || 1.204 saat dinledin. Özetine bak.',
    'Kullanım koşullarımızı güncelliyoruz || {date} itibarıyla yeni koşullar geçerli.',
  ],
  person: [
    'YNT: {orig} || Tamam, cumartesi görüşürüz! Büyük tepsiyi getir. {from}',
    'İLT: {orig} || Babamdan geldi, bir bakar mısın? {from}',
  ],
  receipt: [
    '{brand} makbuzunuz || {date} tarihinde kartla {amount} ödendi. Makbuz {ref}.',
    '{from} kişisine {amount} gönderdiniz || İşlem tamamlandı. Referans {ref}.',
  ],
  bank: [
    '{brand} üzerinden {amount} kart harcaması || Tanımıyorsanız kartınızı kapatın.',
    '{brand} hesabınıza yeni giriş || {city} yakınında saat {time} yeni cihaz.',
  ],
  order: [
    '{ref} numaralı siparişiniz kargoda || Tahmini teslim {date}. {brand} ile takip edin.',
    'Paketiniz teslim noktasında || {brand} {city}, teslim kodu {code}.',
  ],
  travel: [
    '{city} uçuşu için check-in açıldı || {ref} sefer, {date}. {brand}',
    'Biniş kartınız || Koltuk 14C. Kapı kalkıştan 20 dk önce kapanır.',
  ],
}

export const EL: LookTexts = {
  newsletter: [
    'Φθινοπωρινές εκπτώσεις: -20% στα πλεκτά 🍂 || Newsletter {brand}. Δωρεάν επιστροφές έως {date}. Διαγραφή στο τέλος.',
    'Το κυριακάτικο ανάγνωσμα || Πέντε άρθρα από την {brand}. Συνδρομητής από το 2022.',
  ],
  social: [
    'Ο/Η {from} σχολίασε τη φωτογραφία σας || «Υπέροχη!» — απαντήστε στο {brand}.',
    'Έχετε 3 νέους ακολούθους || Ο/Η {from} και 2 ακόμη σας ακολουθούν στο {brand}.',
  ],
  ooo: [
    'Αυτόματη απάντηση: {orig} || Ευχαριστώ για το μήνυμα. Λείπω από το γραφείο έως {date}.',
    'Εκτός γραφείου: {orig} || Είμαι σε άδεια έως {date}.',
  ],
  code: [
    'Ο κωδικός επαλήθευσης {brand} || Ο κωδικός είναι {code}. Ισχύει 10 λεπτά.',
    'Επαναφορά κωδικού {brand} || Μόλις το ζητήσατε. Ο σύνδεσμος ισχύει 30 λεπτά.',
  ],
  ticket: [
    'ΑΠ: [#{ref}] {orig} || Γεια σας {first}, αίτημα #{ref}: το ανταλλακτικό φεύγει αύριο. Ελένη, {brand}',
    '[{brand}] Το αίτημα {ref} επιλύθηκε || Το αίτημα «{orig}» έκλεισε.',
  ],
  shared: [
    'Ο/Η {from} μοιράστηκε έναν φάκελο μαζί σας || «Φωτογραφίες {city}» — 48 στοιχεία στο {brand}.',
    'Ενημερωμένη πρόσκληση: σύσκεψη στις {time} || Ο/Η {from} άλλαξε το συμβάν της {date}.',
  ],
  booking: [
    'Υπενθύμιση ραντεβού {date} στις {time} || Οδοντιατρείο {brand}, {city}.',
    'Το τραπέζι σας κρατήθηκε || {brand}, {date} στις {time}.',
  ],
  notice: [
    'Συνάντηση γονέων {date} || Το Δημοτικό Σχολείο {brand} προσκαλεί τους γονείς της Δ΄ τάξης.',
    'Νέο ωράριο ΚΕΠ || Δήμος {brand}: κλειστά τις Δευτέρες από {date}.',
  ],
  app: [
    'Η χρονιά σου στο {brand} 🎉 || 1.204 ώρες ακρόασης. Δες τη σύνοψη.',
    'Ενημερώνουμε τους όρους μας || Από {date} ισχύουν νέοι όροι.',
  ],
  person: [
    'ΑΠ: {orig} || Τέλεια, τα λέμε το Σάββατο! Φέρε το μεγάλο ταψί. {from}',
    'ΠΡΘ: {orig} || Σου το προωθώ από τον μπαμπά, ρίχνεις μια ματιά; {from}',
  ],
  receipt: [
    'Η απόδειξή σας από {brand} || {amount} πληρώθηκαν με κάρτα {date}. Απόδειξη {ref}.',
    'Στείλατε {amount} στον/στην {from} || Η πληρωμή ολοκληρώθηκε. Αναφορά {ref}.',
  ],
  bank: [
    'Αγορά με κάρτα {amount} στο {brand} || Δεν την αναγνωρίζετε; Μπλοκάρετε την κάρτα.',
    'Νέα σύνδεση στο {brand} || Νέα συσκευή κοντά σε {city} στις {time}.',
  ],
  order: [
    'Η παραγγελία σας {ref} απεστάλη || Παράδοση {date}. Παρακολούθηση στο {brand}.',
    'Το δέμα σας σας περιμένει || Θυρίδα {brand} {city}, κωδικός {code}.',
  ],
  travel: [
    'Άνοιξε το check-in για {city} || Πτήση {ref}, {date}. {brand}',
    'Η κάρτα επιβίβασής σας || Θέση 14C. Η πύλη κλείνει 20 λεπτά πριν.',
  ],
}
