# Built-in UI strings of the complaint composer, English: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Write your complaint
composer-intro = Fill in what you know, and your message appears below, ready to copy. Nothing you type is sent anywhere: it stays on this page until you copy or send it yourself.
composer-order = Order number
composer-order-hint = You'll find it in your order history or in the confirmation e-mail.
composer-date = Order date
composer-product = Product
composer-problem = What went wrong?
composer-problem-choose = Choose one
composer-problem-damaged = It arrived damaged
composer-problem-faulty = It doesn't work properly
composer-problem-wrong = The wrong item arrived
composer-problem-not-described = It isn't as described
composer-problem-missing = It never arrived
composer-problem-late = It arrived very late
composer-problem-other = Something else went wrong
composer-details = Describe the problem
composer-details-hint = Two or three sentences: what happened and when.
composer-outcome = What do you want?
composer-outcome-refund = A refund
composer-outcome-replacement = A replacement
composer-outcome-repair = A repair
composer-outcome-explanation = An explanation
composer-evidence = What evidence do you have?
composer-evidence-photos = Photos or a video of the problem
composer-evidence-screenshots = Screenshots of the listing
composer-evidence-receipt = The invoice or receipt
composer-evidence-emails = E-mails or chat messages
composer-evidence-packaging = Photos of the packaging and labels
composer-name = Your name
composer-remember = Remember my name on this device
composer-forget = Forget my name
composer-forgotten = Your name was removed from this device.
composer-compose = Write my complaint
composer-result = Your complaint
composer-copy = Copy the message
composer-copied = Copied.
composer-mail = Open in my e-mail app
composer-print = Print
composer-error-order = Enter the order number.
composer-error-problem = Choose what went wrong.
composer-error-summary = Please correct the fields marked below.
composer-nojs = Copy this template and fill in the parts in square brackets:

# The plain template shown without JavaScript.
composer-template =
    Subject: Complaint about order [order number]

    Hello,

    I am writing about order [order number], placed on [date], for [product].
    The problem: [what went wrong, in two or three sentences].
    I would like [a refund / a replacement / a repair / an explanation].
    I have attached [photos, screenshots, the receipt].

    Please reply within 14 days.

    Kind regards,
    {"["}your name]

composer-subject = Complaint about order { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Hello,
composer-line-order = I am writing about order { $order }.
composer-line-date = I placed the order on { $date }.
composer-line-product = The item is { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] I would like a full refund.
    [replacement] I would like a replacement sent to me at no extra cost.
    [repair] I would like the item repaired at no cost to me.
   *[explanation] I would like an explanation of what happened and what you will do about it.
}
composer-line-evidence = { $evidenceCount ->
    [0] I can send evidence if you need it.
    [one] I've attached this evidence: { $evidence }.
   *[other] I've attached { $evidenceCount } pieces of evidence: { $evidence }.
}
composer-closing = Please reply within 14 days.
composer-signoff = Kind regards,
