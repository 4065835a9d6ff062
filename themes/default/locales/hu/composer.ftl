# Built-in UI strings of the complaint composer, Hungarian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Írja meg a panaszát
composer-intro = Töltse ki, amit tud. Az üzenet alább jelenik meg, másolásra vagy elküldésre készen. Amit beír, azt sehová sem továbbítjuk.
composer-order = Rendelésszám
composer-order-hint = Megtalálja a korábbi rendelései között vagy a visszaigazoló e-mailben.
composer-date = A rendelés dátuma
composer-product = Termék
composer-problem = Mi a probléma?
composer-problem-choose = Válasszon
composer-problem-damaged = A termék sérülten érkezett meg
composer-problem-faulty = A termék nem működik megfelelően
composer-problem-wrong = Nem a megrendelt terméket kaptam
composer-problem-not-described = A termék nem felel meg a leírásnak
composer-problem-missing = A csomag meg sem érkezett
composer-problem-late = A csomag nagy késéssel érkezett meg
composer-problem-other = Egyéb probléma
composer-details = Írja le a problémát
composer-details-hint = Két-három mondatban: mi történt és mikor.
composer-outcome = Mit szeretne?
composer-outcome-refund = Pénzvisszatérítés
composer-outcome-replacement = Csere
composer-outcome-repair = Javítás
composer-outcome-explanation = Magyarázat
composer-evidence = Milyen bizonyítékai vannak?
composer-evidence-photos = Fotók vagy videó a hibáról
composer-evidence-screenshots = Képernyőképek a termékoldalról
composer-evidence-receipt = Számla vagy nyugta
composer-evidence-emails = E-mailek vagy csetüzenetek
composer-evidence-packaging = Fotók a csomagolásról és a címkékről
composer-name = Az Ön neve
composer-remember = Nevem megjegyzése ezen az eszközön
composer-forget = Nevem törlése
composer-forgotten = A nevét töröltük erről az eszközről.
composer-compose = Panaszlevél elkészítése
composer-result = Az Ön panaszlevele
composer-copy = Üzenet másolása
composer-copied = Másolva.
composer-mail = Megnyitás a levelezőprogramban
composer-print = Nyomtatás
composer-error-order = Adja meg a rendelésszámot.
composer-error-problem = Válassza ki, mi a probléma.
composer-error-summary = Javítsa az alább megjelölt mezőket.
composer-nojs = Másolja ki ezt a sablont, és töltse ki a szögletes zárójelben lévő részeket:

# The plain template shown without JavaScript.
composer-template =
    Tárgy: Panasz a rendeléssel kapcsolatban (rendelésszám: [rendelésszám])

    Tisztelt Ügyfélszolgálat!

    A következő rendelésemmel kapcsolatban írok: [rendelésszám]. A rendelés dátuma: [dátum]. A termék: [termék].
    A probléma: [mi történt, két-három mondatban].
    Kérem [a vételár visszatérítését / a termék cseréjét / a termék javítását / a történtek magyarázatát].
    Mellékelem: [fotók, képernyőképek, nyugta].

    Kérem, 14 napon belül válaszoljanak.

    Tisztelettel:
    {"["}az Ön neve]

composer-subject = Panasz a rendeléssel kapcsolatban (rendelésszám: { $order })

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Tisztelt Ügyfélszolgálat!
composer-line-order = A következő rendelésemmel kapcsolatban írok: { $order }.
composer-line-date = A rendelés dátuma: { $date }
composer-line-product = A termék: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Kérem a vételár teljes visszatérítését.
    [replacement] Kérem a termék cseréjét, további költség nélkül.
    [repair] Kérem a termék díjmentes javítását.
   *[explanation] Kérem, tájékoztassanak arról, mi történt, és hogyan kívánják rendezni a problémát.
}
composer-line-evidence = { $evidenceCount ->
    [0] Szükség esetén bizonyítékokat is tudok küldeni.
    [one] Mellékelem a következő bizonyítékot: { $evidence }.
   *[other] Mellékelek { $evidenceCount } bizonyítékot: { $evidence }.
}
composer-closing = Kérem, 14 napon belül válaszoljanak.
composer-signoff = Tisztelettel:
