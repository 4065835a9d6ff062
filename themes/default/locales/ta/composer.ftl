# Built-in UI strings of the complaint composer, Tamil: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = உங்கள் புகாரை எழுதுங்கள்
composer-intro = உங்களுக்குத் தெரிந்த விவரங்களை நிரப்பவும். உங்கள் செய்தி கீழே தோன்றும்; அதை நகலெடுக்கலாம் அல்லது அனுப்பலாம். நீங்கள் தட்டச்சு செய்யும் எதுவும் எங்கும் அனுப்பப்படுவதில்லை.
composer-order = ஆர்டர் எண்
composer-order-hint = உங்கள் ஆர்டர் வரலாற்றில் அல்லது ஆர்டர் உறுதிப்படுத்தல் மின்னஞ்சலில் இதைக் காணலாம்.
composer-date = ஆர்டர் தேதி
composer-product = தயாரிப்பு
composer-problem = என்ன பிரச்சினை?
composer-problem-choose = ஒன்றைத் தேர்ந்தெடுக்கவும்
composer-problem-damaged = பொருள் சேதமடைந்த நிலையில் வந்தது
composer-problem-faulty = பொருள் சரியாக வேலை செய்யவில்லை
composer-problem-wrong = தவறான பொருள் வந்தது
composer-problem-not-described = பொருள் விவரத்தில் கூறியபடி இல்லை
composer-problem-missing = பொருள் வந்து சேரவேயில்லை
composer-problem-late = பொருள் மிகவும் தாமதமாக வந்தது
composer-problem-other = வேறு பிரச்சினை உள்ளது
composer-details = பிரச்சினையை விவரிக்கவும்
composer-details-hint = இரண்டு அல்லது மூன்று வாக்கியங்களில்: என்ன நடந்தது, எப்போது நடந்தது.
composer-outcome = உங்களுக்கு என்ன வேண்டும்?
composer-outcome-refund = பணம் திரும்பப் பெறுதல்
composer-outcome-replacement = மாற்றுப் பொருள்
composer-outcome-repair = பழுதுபார்ப்பு
composer-outcome-explanation = விளக்கம்
composer-evidence = உங்களிடம் என்னென்ன ஆதாரங்கள் உள்ளன?
composer-evidence-photos = பிரச்சினையைக் காட்டும் புகைப்படங்கள் அல்லது வீடியோ
composer-evidence-screenshots = விற்பனைப் பக்கத்தின் ஸ்கிரீன்ஷாட்கள்
composer-evidence-receipt = விலைப்பட்டியல் அல்லது ரசீது
composer-evidence-emails = மின்னஞ்சல்கள் அல்லது அரட்டைச் செய்திகள்
composer-evidence-packaging = லேபிள்களுடன் கூடிய பேக்கேஜிங்கின் புகைப்படங்கள்
composer-name = உங்கள் பெயர்
composer-remember = இந்தச் சாதனத்தில் என் பெயரை நினைவில் வைத்திருக்கவும்
composer-forget = என் பெயரை மறக்கவும்
composer-forgotten = உங்கள் பெயர் இந்தச் சாதனத்திலிருந்து நீக்கப்பட்டது.
composer-compose = என் புகாரை உருவாக்கவும்
composer-result = உங்கள் புகார்
composer-copy = செய்தியை நகலெடுக்கவும்
composer-copied = நகலெடுக்கப்பட்டது.
composer-mail = என் மின்னஞ்சல் பயன்பாட்டில் திறக்கவும்
composer-print = அச்சிடவும்
composer-error-order = ஆர்டர் எண்ணை உள்ளிடவும்.
composer-error-problem = என்ன பிரச்சினை என்பதைத் தேர்ந்தெடுக்கவும்.
composer-error-summary = கீழே குறிக்கப்பட்டுள்ள புலங்களைச் சரிசெய்யவும்.
composer-nojs = இந்த வார்ப்புருவை நகலெடுத்து, சதுர அடைப்புக்குறிகளில் உள்ள பகுதிகளை நிரப்பவும்:

# The plain template shown without JavaScript.
composer-template =
    பொருள்: ஆர்டர் [ஆர்டர் எண்] குறித்த புகார்

    வணக்கம்,

    நான் [தேதி] அன்று [தயாரிப்பு] வாங்குவதற்காகச் செய்த ஆர்டர் [ஆர்டர் எண்] குறித்து எழுதுகிறேன்.
    பிரச்சினை: [என்ன நடந்தது, இரண்டு அல்லது மூன்று வாக்கியங்களில்].
    எனக்கு [பணம் திரும்பப் பெறுதல் / மாற்றுப் பொருள் / பழுதுபார்ப்பு / விளக்கம்] வேண்டும்.
    இத்துடன் [புகைப்படங்கள், ஸ்கிரீன்ஷாட்கள், ரசீது] இணைத்துள்ளேன்.

    தயவுசெய்து 14 நாட்களுக்குள் பதிலளிக்கவும்.

    இப்படிக்கு,
    {"["}உங்கள் பெயர்]

composer-subject = ஆர்டர் { $order } குறித்த புகார்

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = வணக்கம்,
composer-line-order = ஆர்டர் எண் { $order } குறித்து எழுதுகிறேன்.
composer-line-date = ஆர்டர் செய்த தேதி: { $date }.
composer-line-product = தயாரிப்பு: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] நான் செலுத்திய முழுத் தொகையையும் திருப்பித் தருமாறு கேட்டுக்கொள்கிறேன்.
    [replacement] கூடுதல் கட்டணம் இன்றி மாற்றுப் பொருளை அனுப்புமாறு கேட்டுக்கொள்கிறேன்.
    [repair] எனக்கு எந்தச் செலவும் இல்லாமல் பொருளைப் பழுதுபார்த்துத் தருமாறு கேட்டுக்கொள்கிறேன்.
   *[explanation] என்ன நடந்தது என்பதையும், இது குறித்து நீங்கள் என்ன நடவடிக்கை எடுப்பீர்கள் என்பதையும் விளக்குமாறு கேட்டுக்கொள்கிறேன்.
}
composer-line-evidence = { $evidenceCount ->
    [0] தேவைப்பட்டால் ஆதாரங்களை அனுப்ப முடியும்.
    [one] இந்த ஆதாரத்தை இணைத்துள்ளேன்: { $evidence }.
   *[other] இந்த { $evidenceCount } ஆதாரங்களை இணைத்துள்ளேன்: { $evidence }.
}
composer-closing = தயவுசெய்து 14 நாட்களுக்குள் பதிலளிக்கவும்.
composer-signoff = இப்படிக்கு,
