# Built-in UI strings of the complaint composer, Malayalam: a form in a page that writes the complaint
# for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with
# the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = നിങ്ങളുടെ പരാതി എഴുതുക
composer-intro = നിങ്ങൾക്കറിയാവുന്ന വിവരങ്ങൾ പൂരിപ്പിക്കുക. പകർത്താനോ അയയ്ക്കാനോ പാകത്തിൽ നിങ്ങളുടെ സന്ദേശം താഴെ തയ്യാറാകും. നിങ്ങൾ ടൈപ്പ് ചെയ്യുന്ന ഒന്നും എവിടേക്കും അയയ്ക്കപ്പെടുന്നില്ല.
composer-order = ഓർഡർ നമ്പർ
composer-order-hint = നിങ്ങളുടെ ഓർഡർ ഹിസ്റ്ററിയിലോ ഓർഡർ സ്ഥിരീകരണ ഇമെയിലിലോ ഇത് കാണാം.
composer-date = ഓർഡർ തീയതി
composer-product = ഉൽപ്പന്നം
composer-problem = എന്താണ് പ്രശ്നം?
composer-problem-choose = ഒന്ന് തിരഞ്ഞെടുക്കുക
composer-problem-damaged = ഉൽപ്പന്നം കേടുപാടുകളോടെയാണ് എത്തിയത്
composer-problem-faulty = ഉൽപ്പന്നം ശരിയായി പ്രവർത്തിക്കുന്നില്ല
composer-problem-wrong = ലഭിച്ചത് തെറ്റായ ഉൽപ്പന്നമാണ്
composer-problem-not-described = ഉൽപ്പന്നം വിവരണത്തിൽ പറഞ്ഞതുപോലെയല്ല
composer-problem-missing = ഉൽപ്പന്നം ലഭിച്ചതേയില്ല
composer-problem-late = ഉൽപ്പന്നം വളരെ വൈകിയാണ് എത്തിയത്
composer-problem-other = മറ്റൊരു പ്രശ്നമുണ്ട്
composer-details = പ്രശ്നം വിവരിക്കുക
composer-details-hint = രണ്ടോ മൂന്നോ വാക്യങ്ങളിൽ: എന്ത് സംഭവിച്ചു, എപ്പോൾ.
composer-outcome = നിങ്ങൾക്ക് എന്താണ് വേണ്ടത്?
composer-outcome-refund = റീഫണ്ട്
composer-outcome-replacement = പകരം ഉൽപ്പന്നം
composer-outcome-repair = അറ്റകുറ്റപ്പണി
composer-outcome-explanation = വിശദീകരണം
composer-evidence = നിങ്ങളുടെ പക്കൽ എന്തെല്ലാം തെളിവുകളുണ്ട്?
composer-evidence-photos = പ്രശ്നത്തിന്റെ ഫോട്ടോകളോ വീഡിയോയോ
composer-evidence-screenshots = ഉൽപ്പന്ന ലിസ്റ്റിംഗിന്റെ സ്ക്രീൻഷോട്ടുകൾ
composer-evidence-receipt = ഇൻവോയ്സ് അല്ലെങ്കിൽ രസീത്
composer-evidence-emails = ഇമെയിലുകളോ ചാറ്റ് സന്ദേശങ്ങളോ
composer-evidence-packaging = പാക്കേജിംഗിന്റെയും ലേബലുകളുടെയും ഫോട്ടോകൾ
composer-name = നിങ്ങളുടെ പേര്
composer-remember = ഈ ഉപകരണത്തിൽ എന്റെ പേര് ഓർമ്മിക്കുക
composer-forget = എന്റെ പേര് മറക്കുക
composer-forgotten = നിങ്ങളുടെ പേര് ഈ ഉപകരണത്തിൽ നിന്ന് നീക്കം ചെയ്തു.
composer-compose = എന്റെ പരാതി എഴുതുക
composer-result = നിങ്ങളുടെ പരാതി
composer-copy = സന്ദേശം പകർത്തുക
composer-copied = പകർത്തി.
composer-mail = എന്റെ ഇമെയിൽ ആപ്പിൽ തുറക്കുക
composer-print = പ്രിന്റ് ചെയ്യുക
composer-error-order = ഓർഡർ നമ്പർ നൽകുക.
composer-error-problem = എന്താണ് പ്രശ്നമെന്ന് തിരഞ്ഞെടുക്കുക.
composer-error-summary = താഴെ അടയാളപ്പെടുത്തിയ ഫീൽഡുകൾ ശരിയാക്കുക.
composer-nojs = ഈ ടെംപ്ലേറ്റ് പകർത്തി, ചതുര ബ്രാക്കറ്റുകളിലുള്ള ഭാഗങ്ങൾ പൂരിപ്പിക്കുക:

# The plain template shown without JavaScript.
composer-template =
    വിഷയം: ഓർഡർ [ഓർഡർ നമ്പർ] സംബന്ധിച്ച പരാതി

    ബഹുമാനപ്പെട്ട സർ/മാഡം,

    ഞാൻ [തീയതി]-ന് [ഉൽപ്പന്നം] വാങ്ങുന്നതിനായി നൽകിയ ഓർഡർ [ഓർഡർ നമ്പർ] സംബന്ധിച്ചാണ് ഈ കത്ത്.
    പ്രശ്നം: [എന്ത് സംഭവിച്ചു, രണ്ടോ മൂന്നോ വാക്യങ്ങളിൽ].
    എനിക്ക് [റീഫണ്ട് / പകരം ഉൽപ്പന്നം / അറ്റകുറ്റപ്പണി / വിശദീകരണം] വേണമെന്ന് അഭ്യർത്ഥിക്കുന്നു.
    ഇതോടൊപ്പം [ഫോട്ടോകൾ, സ്ക്രീൻഷോട്ടുകൾ, രസീത്] ചേർക്കുന്നു.

    14 ദിവസത്തിനകം മറുപടി നൽകണമെന്ന് അഭ്യർത്ഥിക്കുന്നു.

    വിശ്വസ്തതയോടെ,
    {"["}നിങ്ങളുടെ പേര്]

composer-subject = ഓർഡർ { $order } സംബന്ധിച്ച പരാതി

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = ബഹുമാനപ്പെട്ട സർ/മാഡം,
composer-line-order = ഓർഡർ നമ്പർ { $order } സംബന്ധിച്ചാണ് ഞാൻ എഴുതുന്നത്.
composer-line-date = ഓർഡർ നൽകിയ തീയതി: { $date }.
composer-line-product = ഉൽപ്പന്നം: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] മുഴുവൻ തുകയും തിരികെ നൽകണമെന്ന് ഞാൻ അഭ്യർത്ഥിക്കുന്നു.
    [replacement] അധിക ചെലവില്ലാതെ പകരം മറ്റൊരു ഉൽപ്പന്നം അയച്ചുതരണമെന്ന് ഞാൻ അഭ്യർത്ഥിക്കുന്നു.
    [repair] എനിക്ക് ചെലവൊന്നുമില്ലാതെ ഉൽപ്പന്നം നന്നാക്കിത്തരണമെന്ന് ഞാൻ അഭ്യർത്ഥിക്കുന്നു.
   *[explanation] എന്താണ് സംഭവിച്ചതെന്നും ഇക്കാര്യത്തിൽ നിങ്ങൾ എന്ത് നടപടി സ്വീകരിക്കുമെന്നും വിശദീകരിക്കണമെന്ന് ഞാൻ അഭ്യർത്ഥിക്കുന്നു.
}
composer-line-evidence = { $evidenceCount ->
    [0] ആവശ്യമെങ്കിൽ തെളിവുകൾ അയച്ചുതരാം.
    [one] ഈ തെളിവ് ഇതോടൊപ്പം ചേർക്കുന്നു: { $evidence }.
   *[other] ഈ { $evidenceCount } തെളിവുകൾ ഇതോടൊപ്പം ചേർക്കുന്നു: { $evidence }.
}
composer-closing = 14 ദിവസത്തിനകം മറുപടി നൽകണമെന്ന് അഭ്യർത്ഥിക്കുന്നു.
composer-signoff = വിശ്വസ്തതയോടെ,
