# Built-in UI strings of the complaint composer, Brazilian Portuguese: a form in a page that writes the
# complaint for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser
# joins with the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Escreva sua reclamação
composer-intro = Preencha o que você souber. Sua mensagem vai aparecer abaixo, pronta para copiar ou enviar. Nada do que você digitar é enviado para lugar nenhum.
composer-order = Número do pedido
composer-order-hint = Você encontra esse número no histórico de pedidos ou no e-mail de confirmação.
composer-date = Data do pedido
composer-product = Produto
composer-problem = O que aconteceu?
composer-problem-choose = Selecione uma opção
composer-problem-damaged = O produto chegou danificado
composer-problem-faulty = O produto não funciona direito
composer-problem-wrong = Recebi o produto errado
composer-problem-not-described = O produto não corresponde à descrição
composer-problem-missing = O produto nunca chegou
composer-problem-late = O produto chegou com muito atraso
composer-problem-other = Aconteceu outra coisa
composer-details = Descreva o problema
composer-details-hint = Duas ou três frases: o que aconteceu e quando.
composer-outcome = O que você deseja?
composer-outcome-refund = Reembolso
composer-outcome-replacement = Troca do produto
composer-outcome-repair = Conserto
composer-outcome-explanation = Uma explicação
composer-evidence = Que provas você tem?
composer-evidence-photos = Fotos ou vídeo do problema
composer-evidence-screenshots = Capturas de tela do anúncio
composer-evidence-receipt = A nota fiscal ou o recibo
composer-evidence-emails = E-mails ou mensagens de chat
composer-evidence-packaging = Fotos da embalagem com as etiquetas
composer-name = Seu nome
composer-remember = Lembrar meu nome neste dispositivo
composer-forget = Esquecer meu nome
composer-forgotten = Seu nome foi removido deste dispositivo.
composer-compose = Escrever minha reclamação
composer-result = Sua reclamação
composer-copy = Copiar a mensagem
composer-copied = Copiado.
composer-mail = Abrir no meu aplicativo de e-mail
composer-print = Imprimir
composer-error-order = Informe o número do pedido.
composer-error-problem = Selecione o que aconteceu.
composer-error-summary = Corrija os campos indicados abaixo.
composer-nojs = Copie este modelo e preencha as partes entre colchetes:

# The plain template shown without JavaScript.
composer-template =
    Assunto: Reclamação sobre o pedido [número do pedido]

    Prezados,

    Escrevo a respeito do pedido [número do pedido], feito em [data], referente a [produto].
    O problema: [o que aconteceu, em duas ou três frases].
    Gostaria de [reembolso / troca do produto / conserto / uma explicação].
    Envio em anexo [fotos, capturas de tela, a nota fiscal].

    Peço que respondam em até 14 dias.

    Atenciosamente,
    {"["}seu nome]

composer-subject = Reclamação sobre o pedido { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Prezados,
composer-line-order = Escrevo a respeito do pedido { $order }.
composer-line-date = O pedido foi feito em { $date }.
composer-line-product = Trata-se do produto { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Gostaria de receber o reembolso integral do valor pago.
    [replacement] Gostaria que me enviassem um produto novo, sem nenhum custo adicional.
    [repair] Gostaria que o produto fosse consertado sem nenhum custo para mim.
   *[explanation] Gostaria de uma explicação sobre o que aconteceu e sobre o que vocês vão fazer para resolver o problema.
}
composer-line-evidence = { $evidenceCount ->
    [0] Posso enviar provas, se necessário.
    [one] Envio em anexo a seguinte prova: { $evidence }.
    [many] Envio em anexo { $evidenceCount } de provas: { $evidence }.
   *[other] Envio em anexo { $evidenceCount } provas: { $evidence }.
}
composer-closing = Peço que respondam em até 14 dias.
composer-signoff = Atenciosamente,
