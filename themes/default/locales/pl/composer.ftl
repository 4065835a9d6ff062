# Built-in UI strings of the complaint composer, Polish: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Napisz reklamację
composer-intro = Wystarczy wypełnić znane pola. Wiadomość pojawi się poniżej – gotowa do skopiowania lub wysłania. Nic z tego, co tu zostanie wpisane, nie jest nigdzie wysyłane.
composer-order = Numer zamówienia
composer-order-hint = Można go znaleźć w historii zamówień lub w e-mailu z potwierdzeniem zamówienia.
composer-date = Data zamówienia
composer-product = Produkt
composer-problem = Na czym polega problem?
composer-problem-choose = Wybierz
composer-problem-damaged = Produkt dotarł uszkodzony
composer-problem-faulty = Produkt nie działa prawidłowo
composer-problem-wrong = Dostarczono inny produkt niż zamówiony
composer-problem-not-described = Produkt jest niezgodny z opisem
composer-problem-missing = Produkt w ogóle nie dotarł
composer-problem-late = Produkt dotarł z dużym opóźnieniem
composer-problem-other = Wystąpił inny problem
composer-details = Opis problemu
composer-details-hint = Dwa lub trzy zdania: co się stało i kiedy.
composer-outcome = Oczekiwane rozwiązanie
composer-outcome-refund = Zwrot pieniędzy
composer-outcome-replacement = Wymiana na nowy produkt
composer-outcome-repair = Naprawa
composer-outcome-explanation = Wyjaśnienie
composer-evidence = Jakie dowody są dostępne?
composer-evidence-photos = Zdjęcia lub film przedstawiające problem
composer-evidence-screenshots = Zrzuty ekranu oferty
composer-evidence-receipt = Faktura lub paragon
composer-evidence-emails = E-maile lub wiadomości z czatu
composer-evidence-packaging = Zdjęcia opakowania wraz z etykietami
composer-name = Imię i nazwisko
composer-remember = Zapamiętaj moje imię i nazwisko na tym urządzeniu
composer-forget = Zapomnij moje imię i nazwisko
composer-forgotten = Imię i nazwisko zostały usunięte z tego urządzenia.
composer-compose = Przygotuj reklamację
composer-result = Treść reklamacji
composer-copy = Kopiuj wiadomość
composer-copied = Skopiowano.
composer-mail = Otwórz w programie pocztowym
composer-print = Drukuj
composer-error-order = Wpisz numer zamówienia.
composer-error-problem = Wybierz, na czym polega problem.
composer-error-summary = Popraw pola zaznaczone poniżej.
composer-nojs = Skopiuj ten szablon i uzupełnij fragmenty w nawiasach kwadratowych:

# The plain template shown without JavaScript.
composer-template =
    Temat: Reklamacja zamówienia nr [numer zamówienia]

    Szanowni Państwo,

    piszę w sprawie zamówienia nr [numer zamówienia] z dnia [data], dotyczącego produktu [produkt].
    Problem: [co się stało – w dwóch lub trzech zdaniach].
    Proszę o [zwrot pieniędzy / wymianę produktu / naprawę / wyjaśnienie].
    W załączniku przesyłam [zdjęcia, zrzuty ekranu, paragon].

    Proszę o odpowiedź w ciągu 14 dni.

    Z poważaniem
    {"["}imię i nazwisko]

composer-subject = Reklamacja zamówienia nr { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
# After a greeting that ends in a comma, Polish letters go on in lower case.
composer-greeting = Szanowni Państwo,
composer-line-order = piszę w sprawie zamówienia nr { $order }.
composer-line-date = Zamówienie zostało złożone { $date }.
composer-line-product = Zamówiony produkt: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Proszę o zwrot całej zapłaconej kwoty.
    [replacement] Proszę o wymianę produktu na nowy bez dodatkowych kosztów.
    [repair] Proszę o bezpłatną naprawę produktu.
   *[explanation] Proszę o wyjaśnienie, co się stało, oraz o informację, jakie działania Państwo podejmą.
}
composer-line-evidence = { $evidenceCount ->
    [0] Na życzenie mogę przesłać dowody.
    [one] W załączniku przesyłam następujący dowód: { $evidence }.
    [few] W załączniku przesyłam { $evidenceCount } dowody: { $evidence }.
    [many] W załączniku przesyłam { $evidenceCount } dowodów: { $evidence }.
   *[other] W załączniku przesyłam dowody ({ $evidenceCount }): { $evidence }.
}
composer-closing = Proszę o odpowiedź w ciągu 14 dni.
composer-signoff = Z poważaniem
