# Built-in UI strings of the complaint composer, Greek: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Γράψτε το παράπονό σας
composer-intro = Συμπληρώστε ό,τι γνωρίζετε. Το μήνυμά σας εμφανίζεται παρακάτω, έτοιμο για αντιγραφή ή αποστολή. Τίποτα από όσα πληκτρολογείτε δεν αποστέλλεται πουθενά.
composer-order = Αριθμός παραγγελίας
composer-order-hint = Θα τον βρείτε στο ιστορικό παραγγελιών σας ή στο email επιβεβαίωσης.
composer-date = Ημερομηνία παραγγελίας
composer-product = Προϊόν
composer-problem = Τι πήγε στραβά;
composer-problem-choose = Επιλέξτε
composer-problem-damaged = Το προϊόν έφτασε με ζημιά
composer-problem-faulty = Το προϊόν δεν λειτουργεί σωστά
composer-problem-wrong = Έλαβα λάθος προϊόν
composer-problem-not-described = Το προϊόν δεν αντιστοιχεί στην περιγραφή
composer-problem-missing = Η παραγγελία δεν έφτασε ποτέ
composer-problem-late = Η παραγγελία έφτασε με μεγάλη καθυστέρηση
composer-problem-other = Κάποιο άλλο πρόβλημα
composer-details = Περιγράψτε το πρόβλημα
composer-details-hint = Δύο ή τρεις προτάσεις: τι συνέβη και πότε.
composer-outcome = Τι ζητάτε;
composer-outcome-refund = Επιστροφή χρημάτων
composer-outcome-replacement = Αντικατάσταση
composer-outcome-repair = Επισκευή
composer-outcome-explanation = Εξήγηση
composer-evidence = Τι αποδεικτικά στοιχεία έχετε;
composer-evidence-photos = Φωτογραφίες ή βίντεο του προβλήματος
composer-evidence-screenshots = Στιγμιότυπα οθόνης της σελίδας του προϊόντος
composer-evidence-receipt = Το τιμολόγιο ή η απόδειξη
composer-evidence-emails = Email ή μηνύματα συνομιλίας
composer-evidence-packaging = Φωτογραφίες της συσκευασίας και των ετικετών
composer-name = Το όνομά σας
composer-remember = Απομνημόνευση του ονόματός μου σε αυτή τη συσκευή
composer-forget = Διαγραφή του ονόματός μου
composer-forgotten = Το όνομά σας διαγράφηκε από αυτή τη συσκευή.
composer-compose = Σύνταξη του παραπόνου
composer-result = Το παράπονό σας
composer-copy = Αντιγραφή μηνύματος
composer-copied = Αντιγράφηκε.
composer-mail = Άνοιγμα στην εφαρμογή email
composer-print = Εκτύπωση
composer-error-order = Εισαγάγετε τον αριθμό παραγγελίας.
composer-error-problem = Επιλέξτε τι πήγε στραβά.
composer-error-summary = Διορθώστε τα πεδία που επισημαίνονται παρακάτω.
composer-nojs = Αντιγράψτε αυτό το πρότυπο και συμπληρώστε τα σημεία μέσα σε αγκύλες:

# The plain template shown without JavaScript.
composer-template =
    Θέμα: Παράπονο για την παραγγελία [αριθμός παραγγελίας]

    Αξιότιμη ομάδα εξυπηρέτησης πελατών,

    Σας γράφω σχετικά με την παραγγελία μου με αριθμό [αριθμός παραγγελίας], που έγινε στις [ημερομηνία], για το προϊόν [προϊόν].
    Το πρόβλημα: [τι πήγε στραβά, σε δύο ή τρεις προτάσεις].
    Ζητώ [επιστροφή χρημάτων / αντικατάσταση / επισκευή / εξήγηση].
    Επισυνάπτω [φωτογραφίες, στιγμιότυπα οθόνης, την απόδειξη].

    Παρακαλώ να μου απαντήσετε εντός 14 ημερών.

    Με εκτίμηση,
    {"["}το όνομά σας]

composer-subject = Παράπονο για την παραγγελία { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Αξιότιμη ομάδα εξυπηρέτησης πελατών,
composer-line-order = Σας γράφω σχετικά με την παραγγελία μου με αριθμό { $order }.
composer-line-date = Η παραγγελία έγινε στις { $date }.
composer-line-product = Πρόκειται για το προϊόν: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Ζητώ την πλήρη επιστροφή των χρημάτων μου.
    [replacement] Ζητώ να μου αποσταλεί προϊόν αντικατάστασης χωρίς επιπλέον χρέωση.
    [repair] Ζητώ να επισκευαστεί το προϊόν χωρίς καμία χρέωση για εμένα.
   *[explanation] Ζητώ να μου εξηγήσετε τι συνέβη και πώς θα το αντιμετωπίσετε.
}
composer-line-evidence = { $evidenceCount ->
    [0] Μπορώ να σας στείλω αποδεικτικά στοιχεία, αν χρειάζεται.
    [one] Επισυνάπτω το εξής αποδεικτικό: { $evidence }.
   *[other] Επισυνάπτω { $evidenceCount } αποδεικτικά: { $evidence }.
}
composer-closing = Παρακαλώ να μου απαντήσετε εντός 14 ημερών.
composer-signoff = Με εκτίμηση,
