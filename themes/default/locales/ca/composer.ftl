# Built-in UI strings of the complaint composer, Catalan: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Redacteu la vostra reclamació
composer-intro = Ompliu el que sapigueu. El missatge apareixerà a sota, a punt per copiar o enviar. Res del que escriviu no s’envia enlloc.
composer-order = Número de comanda
composer-order-hint = El trobareu a l’historial de comandes o al correu electrònic de confirmació.
composer-date = Data de la comanda
composer-product = Producte
composer-problem = Quin és el problema?
composer-problem-choose = Trieu una opció
composer-problem-damaged = El producte ha arribat malmès
composer-problem-faulty = El producte no funciona correctament
composer-problem-wrong = He rebut un article equivocat
composer-problem-not-described = El producte no correspon a la descripció
composer-problem-missing = La comanda no ha arribat mai
composer-problem-late = La comanda ha arribat amb molt de retard
composer-problem-other = Un altre problema
composer-details = Descriviu el problema
composer-details-hint = Dues o tres frases: què ha passat i quan.
composer-outcome = Què demaneu?
composer-outcome-refund = Un reemborsament
composer-outcome-replacement = Una substitució
composer-outcome-repair = Una reparació
composer-outcome-explanation = Una explicació
composer-evidence = Quines proves teniu?
composer-evidence-photos = Fotos o un vídeo del problema
composer-evidence-screenshots = Captures de pantalla de la fitxa del producte
composer-evidence-receipt = La factura o el tiquet de compra
composer-evidence-emails = Correus electrònics o missatges de xat
composer-evidence-packaging = Fotos de l’embalatge i de les etiquetes
composer-name = El vostre nom
composer-remember = Recorda el meu nom en aquest dispositiu
composer-forget = Oblida el meu nom
composer-forgotten = El vostre nom s’ha suprimit d’aquest dispositiu.
composer-compose = Redacta la reclamació
composer-result = La vostra reclamació
composer-copy = Copia el missatge
composer-copied = S’ha copiat.
composer-mail = Obre-ho a l’aplicació de correu
composer-print = Imprimeix
composer-error-order = Introduïu el número de comanda.
composer-error-problem = Trieu quin és el problema.
composer-error-summary = Corregiu els camps marcats a continuació.
composer-nojs = Copieu aquesta plantilla i ompliu les parts entre claudàtors:

# The plain template shown without JavaScript.
composer-template =
    Assumpte: Reclamació sobre la comanda [número de comanda]

    Benvolgut servei d’atenció al client,

    Us escric en relació amb la meva comanda [número de comanda], feta el dia [data], del producte [producte].
    El problema: [què ha passat, en dues o tres frases].
    Sol·licito [un reemborsament / una substitució / una reparació / una explicació].
    Adjunto [fotos, captures de pantalla, el tiquet].

    Us prego que em responeu en un termini de 14 dies.

    Atentament,
    {"["}el vostre nom]

composer-subject = Reclamació sobre la comanda { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Benvolgut servei d’atenció al client,
composer-line-order = Us escric en relació amb la meva comanda { $order }.
composer-line-date = Vaig fer la comanda el dia { $date }.
composer-line-product = Es tracta del producte següent: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Sol·licito el reemborsament íntegre de l’import pagat.
    [replacement] Sol·licito que m’envieu un producte de substitució sense cap cost addicional.
    [repair] Sol·licito que repareu el producte sense cap cost per a mi.
   *[explanation] Sol·licito una explicació del que ha passat i de com ho penseu resoldre.
}
composer-line-evidence = { $evidenceCount ->
    [0] Si cal, us puc enviar proves.
    [one] Adjunto la prova següent: { $evidence }.
    [many] Adjunto { $evidenceCount } de proves: { $evidence }.
   *[other] Adjunto { $evidenceCount } proves: { $evidence }.
}
composer-closing = Us prego que em responeu en un termini de 14 dies.
composer-signoff = Atentament,
