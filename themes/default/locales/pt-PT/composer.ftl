# Built-in UI strings of the complaint composer, European Portuguese: a form in a page that writes the
# complaint for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser
# joins with the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Escreva a sua reclamação
composer-intro = Preencha o que souber. A sua mensagem aparece abaixo, pronta a copiar ou a enviar. Nada do que escrever é enviado para lado nenhum.
composer-order = Número da encomenda
composer-order-hint = Encontra-o no histórico de encomendas ou no e-mail de confirmação.
composer-date = Data da encomenda
composer-product = Produto
composer-problem = O que correu mal?
composer-problem-choose = Escolha uma opção
composer-problem-damaged = O artigo chegou danificado
composer-problem-faulty = O artigo não funciona corretamente
composer-problem-wrong = Recebi o artigo errado
composer-problem-not-described = O artigo não corresponde à descrição
composer-problem-missing = O artigo nunca chegou
composer-problem-late = O artigo chegou com muito atraso
composer-problem-other = Aconteceu outra coisa
composer-details = Descreva o problema
composer-details-hint = Duas ou três frases: o que aconteceu e quando.
composer-outcome = O que pretende?
composer-outcome-refund = Reembolso
composer-outcome-replacement = Substituição do artigo
composer-outcome-repair = Reparação
composer-outcome-explanation = Uma explicação
composer-evidence = Que provas tem?
composer-evidence-photos = Fotografias ou vídeo do problema
composer-evidence-screenshots = Capturas de ecrã do anúncio
composer-evidence-receipt = A fatura ou o recibo
composer-evidence-emails = E-mails ou mensagens de chat
composer-evidence-packaging = Fotografias da embalagem com as etiquetas
composer-name = O seu nome
composer-remember = Memorizar o meu nome neste dispositivo
composer-forget = Esquecer o meu nome
composer-forgotten = O seu nome foi removido deste dispositivo.
composer-compose = Escrever a minha reclamação
composer-result = A sua reclamação
composer-copy = Copiar a mensagem
composer-copied = Copiado.
composer-mail = Abrir na minha aplicação de e-mail
composer-print = Imprimir
composer-error-order = Introduza o número da encomenda.
composer-error-problem = Escolha o que correu mal.
composer-error-summary = Corrija os campos assinalados abaixo.
composer-nojs = Copie este modelo e preencha as partes entre parênteses retos:

# The plain template shown without JavaScript.
composer-template =
    Assunto: Reclamação relativa à encomenda [número da encomenda]

    Exmos. Senhores,

    Venho por este meio apresentar uma reclamação relativa à encomenda [número da encomenda], efetuada a [data], de [produto].
    O problema: [o que correu mal, em duas ou três frases].
    Pretendo [o reembolso / a substituição do artigo / a reparação / uma explicação].
    Envio em anexo [fotografias, capturas de ecrã, a fatura].

    Agradeço uma resposta no prazo de 14 dias.

    Com os melhores cumprimentos,
    {"["}o seu nome]

composer-subject = Reclamação relativa à encomenda { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Exmos. Senhores,
composer-line-order = Venho por este meio apresentar uma reclamação relativa à encomenda { $order }.
composer-line-date = A encomenda foi efetuada a { $date }.
composer-line-product = Trata-se do artigo { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Pretendo o reembolso total do valor pago.
    [replacement] Pretendo que me seja enviado um artigo de substituição, sem qualquer custo adicional.
    [repair] Pretendo que o artigo seja reparado sem qualquer custo para mim.
   *[explanation] Pretendo uma explicação sobre o que aconteceu e sobre o que tencionam fazer para resolver a situação.
}
composer-line-evidence = { $evidenceCount ->
    [0] Posso enviar provas, se for necessário.
    [one] Envio em anexo a seguinte prova: { $evidence }.
    [many] Envio em anexo { $evidenceCount } de provas: { $evidence }.
   *[other] Envio em anexo { $evidenceCount } provas: { $evidence }.
}
composer-closing = Agradeço uma resposta no prazo de 14 dias.
composer-signoff = Com os melhores cumprimentos,
