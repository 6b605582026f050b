// Where the wave's mails are, in Outlook: per folder, and in the inbox per view of the Focused
// Inbox ("Inbox · Focused 120 · Other 180 · Junk Email 3"), as the rows were last listed or moved
// by a cleanup. Shown once a list has placed any of them.
import type { PlaceCount } from '../core/views/places.ts'
import type { Translate } from './i18n.ts'

export function WavePlaces(props: { places: readonly PlaceCount[]; t: Translate }) {
  const { places, t } = props
  if (!places.some((place) => place.folder !== null)) return null
  return (
    <section aria-labelledby="places-title">
      <h2 id="places-title">{t('placesTitle')}</h2>
      <p class="places">
        {groups(places).map((group, i) => (
          <span key={group.folder ?? 'unknown'} data-place={group.folder ?? 'unknown'}>
            {i > 0 && ' · '}
            {t(`place_${group.folder ?? 'unknown'}`)}
            {group.counts.map((count) =>
              count.view ? (
                <span key={count.view} data-view={count.view}>
                  {` · ${t(`view_${count.view}`)} ${count.mails}`}
                </span>
              ) : (
                <span key="all" data-view="none">{` ${count.mails}`}</span>
              ),
            )}
          </span>
        ))}
      </p>
    </section>
  )
}

/** The counts of each folder together, in the order given. */
function groups(places: readonly PlaceCount[]) {
  const byFolder: { folder: PlaceCount['folder']; counts: PlaceCount[] }[] = []
  for (const place of places) {
    const group = byFolder.find((candidate) => candidate.folder === place.folder)
    if (group) group.counts.push(place)
    else byFolder.push({ folder: place.folder, counts: [place] })
  }
  return byFolder
}
