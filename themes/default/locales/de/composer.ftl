# Built-in UI strings of the complaint composer, German: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Reklamation verfassen
composer-intro = Füllen Sie aus, was Sie wissen. Ihre Nachricht erscheint darunter – bereit zum Kopieren oder Versenden. Ihre Eingaben werden nirgendwohin übertragen.
composer-order = Bestellnummer
composer-order-hint = Sie finden sie in Ihrer Bestellübersicht oder in der Bestellbestätigung per E-Mail.
composer-date = Bestelldatum
composer-product = Artikel
composer-problem = Was ist das Problem?
composer-problem-choose = Bitte auswählen
composer-problem-damaged = Die Ware kam beschädigt an
composer-problem-faulty = Der Artikel funktioniert nicht richtig
composer-problem-wrong = Ich habe einen falschen Artikel erhalten
composer-problem-not-described = Der Artikel entspricht nicht der Beschreibung
composer-problem-missing = Die Sendung ist nie angekommen
composer-problem-late = Die Sendung kam stark verspätet an
composer-problem-other = Ein anderes Problem
composer-details = Beschreiben Sie das Problem
composer-details-hint = Zwei, drei Sätze: Was ist passiert und wann?
composer-outcome = Was möchten Sie erreichen?
composer-outcome-refund = Erstattung des Kaufpreises
composer-outcome-replacement = Ersatzlieferung
composer-outcome-repair = Reparatur
composer-outcome-explanation = Eine Erklärung
composer-evidence = Welche Nachweise haben Sie?
composer-evidence-photos = Ein Video oder Fotos des Mangels
composer-evidence-screenshots = Ein Screenshot des Angebots
composer-evidence-receipt = Die Rechnung oder der Kassenbon
composer-evidence-emails = Der E-Mail- oder Chatverlauf
composer-evidence-packaging = Ein Foto der Verpackung und der Etiketten
composer-name = Ihr Name
composer-remember = Meinen Namen auf diesem Gerät speichern
composer-forget = Meinen Namen löschen
composer-forgotten = Ihr Name wurde von diesem Gerät entfernt.
composer-compose = Reklamation erstellen
composer-result = Ihre Reklamation
composer-copy = Nachricht kopieren
composer-copied = Kopiert.
composer-mail = In meinem E-Mail-Programm öffnen
composer-print = Drucken
composer-error-order = Bitte geben Sie die Bestellnummer ein.
composer-error-problem = Bitte wählen Sie aus, was das Problem ist.
composer-error-summary = Bitte korrigieren Sie die unten markierten Felder.
composer-nojs = Kopieren Sie diese Vorlage und füllen Sie die Stellen in eckigen Klammern aus:

# The plain template shown without JavaScript.
composer-template =
    Betreff: Reklamation zur Bestellung [Bestellnummer]

    Sehr geehrte Damen und Herren,

    ich wende mich wegen meiner Bestellung [Bestellnummer] vom [Datum] an Sie. Es geht um folgenden Artikel: [Artikel].
    Das Problem: [was passiert ist, in zwei oder drei Sätzen].
    Ich bitte um [Erstattung des Kaufpreises / Ersatzlieferung / Reparatur / eine Erklärung].
    Als Nachweis habe ich [Fotos, Screenshots, den Kassenbon] beigefügt.

    Bitte antworten Sie mir innerhalb von 14 Tagen.

    Mit freundlichen Grüßen
    {"["}Ihr Name]

composer-subject = Reklamation zur Bestellung { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Sehr geehrte Damen und Herren,
composer-line-order = ich wende mich wegen meiner Bestellung { $order } an Sie.
composer-line-date = Die Bestellung habe ich am { $date } aufgegeben.
composer-line-product = Es geht um folgenden Artikel: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Ich bitte Sie, mir den Kaufpreis vollständig zu erstatten.
    [replacement] Bitte senden Sie mir ohne zusätzliche Kosten einen Ersatzartikel zu.
    [repair] Bitte reparieren Sie den Artikel, ohne dass mir Kosten entstehen.
   *[explanation] Bitte erklären Sie mir, was passiert ist und wie Sie das Problem lösen werden.
}
composer-line-evidence = { $evidenceCount ->
    [0] Nachweise kann ich Ihnen bei Bedarf gern zusenden.
    [one] Ich habe folgenden Nachweis beigefügt: { $evidence }.
   *[other] Ich habe { $evidenceCount } Nachweise beigefügt: { $evidence }.
}
composer-closing = Bitte antworten Sie mir innerhalb von 14 Tagen.
composer-signoff = Mit freundlichen Grüßen
