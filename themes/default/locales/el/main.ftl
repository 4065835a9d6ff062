# Built-in UI strings of the default theme, Greek. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Κέντρο βοήθειας
site-tagline = Απαντήσεις σε συχνές ερωτήσεις και τρόποι να λάβετε περισσότερη βοήθεια.

## Navigation
skip-to-content = Μετάβαση στο περιεχόμενο
nav-main = Κύρια πλοήγηση
nav-menu = Μενού
breadcrumbs = Διαδρομή πλοήγησης
sections-heading = Θέματα
in-this-section = Σε αυτή την ενότητα
section-count = { $count ->
    [one] { $count } σελίδα
   *[other] { $count } σελίδες
}
on-this-page = Σε αυτή τη σελίδα
previous-page = Προηγούμενη
next-page = Επόμενη
related-pages = Σχετικές σελίδες
last-updated = Τελευταία ενημέρωση: { $date }
draft-badge = Πρόχειρο

## Language switcher and chooser
language-switcher = Γλώσσα
language-unavailable = { $language }: δεν είναι ακόμη διαθέσιμο
choose-language = Επιλέξτε γλώσσα
choose-language-intro = Αυτό το κέντρο βοήθειας είναι διαθέσιμο στις παρακάτω γλώσσες.
not-translated-title = Αυτή η σελίδα δεν είναι ακόμη διαθέσιμη στα ελληνικά.
not-translated-body = Μέχρι να ολοκληρωθεί η μετάφραση, διαβάζετε την πρωτότυπη έκδοση ({ $source }).

## Guides
guide-label = Οδηγός βήμα προς βήμα
steps-heading = Τα βήματα του οδηγού
step-of = Βήμα { $step } από { $total }
step-done = Σήμανση του βήματος { $step } ως ολοκληρωμένου
guide-progress = Ολοκληρωμένα βήματα: { $done } από { $total }
steps-reset = Κατάργηση όλων των επιλογών
print-checklist = Εκτύπωση της λίστας ελέγχου

## FAQ
faq-label = Συχνές ερωτήσεις
faq-count = { $count ->
    [one] { $count } ερώτηση
   *[other] { $count } ερωτήσεις
}
faq-expand-all = Εμφάνιση όλων των απαντήσεων
faq-collapse-all = Απόκρυψη όλων των απαντήσεων

## Still need help?
help-heading = Χρειάζεστε περισσότερη βοήθεια;
help-intro = Επικοινωνήστε με την εξυπηρέτηση πελατών του καταστήματος μέσω ενός από αυτά τα κανάλια.
help-hours = Ώρες λειτουργίας
help-reply = Συνήθης χρόνος απάντησης

## Search
search-label = Αναζήτηση στο κέντρο βοήθειας
search-placeholder = Αναζήτηση, π.χ. επιστροφή χρημάτων
search-results = Αποτελέσματα αναζήτησης
search-results-count = { $count ->
    [0] Κανένα αποτέλεσμα
    [one] { $count } αποτέλεσμα
   *[other] { $count } αποτελέσματα
}
search-no-results = Δεν βρέθηκαν αποτελέσματα για «{ $query }».
search-no-results-help = Δοκιμάστε άλλες λέξεις, ελέγξτε την ορθογραφία ή ξεκινήστε από κάποιον από τους παρακάτω οδηγούς.
search-did-you-mean = Εμφανίζονται αποτελέσματα για «{ $query }».
search-partial = Δεν βρέθηκαν όλες οι λέξεις σας: εμφανίζονται οι σελίδες με τις περισσότερες.
search-browse = Περιήγηση σε όλες τις σελίδες
search-hint = Πατήστε / για αναζήτηση

## Not found
not-found-title = Η σελίδα δεν βρέθηκε
not-found-body = Η σελίδα που ψάχνετε δεν βρίσκεται εδώ. Ίσως έχει μετακινηθεί ή ο σύνδεσμος να είναι λάθος.
not-found-home = Μετάβαση στην αρχική σελίδα του κέντρου βοήθειας

## Language
# The language's own name, shown in the language switcher.
language-name = Ελληνικά

## Callouts in pages (> [!NOTE] ...)
callout-note = Σημείωση
callout-tip = Συμβουλή
callout-important = Σημαντικό
callout-warning = Προειδοποίηση
callout-caution = Προσοχή

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Σας βοήθησε αυτό;
feedback-answer-question = Σας βοήθησε αυτή η απάντηση;
feedback-yes = Ναι
feedback-no = Όχι
feedback-reason = Τι θα μπορούσε να είναι καλύτερο; (προαιρετικό)
feedback-thanks = Σας ευχαριστούμε για τα σχόλιά σας.
feedback-failed = Δεν ήταν δυνατή η αποστολή των σχολίων σας.
feedback-retry = Δοκιμάστε ξανά
feedback-sending = Αποστολή…
