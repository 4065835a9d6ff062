# Built-in UI strings of the default theme, European Portuguese. helpgen carries one such file per
# language it knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centro de Ajuda
site-tagline = Respostas às perguntas mais frequentes e como obter mais ajuda.

## Navigation
skip-to-content = Saltar para o conteúdo
nav-main = Navegação principal
nav-menu = Menu
breadcrumbs = Trilho de navegação
sections-heading = Temas
in-this-section = Nesta secção
section-count = { $count ->
    [one] { $count } página
    [many] { $count } de páginas
   *[other] { $count } páginas
}
on-this-page = Nesta página
previous-page = Anterior
next-page = Seguinte
related-pages = Páginas relacionadas
last-updated = Última atualização: { $date }
draft-badge = Rascunho

## Language switcher and chooser
language-switcher = Idioma
language-unavailable = { $language }: ainda não disponível
choose-language = Escolha o seu idioma
choose-language-intro = Este centro de ajuda está disponível nos seguintes idiomas.
not-translated-title = Esta página ainda não está disponível em português.
not-translated-body = Até a tradução estar pronta, está a ler a versão original ({ $source }).

## Guides
guide-label = Guia passo a passo
steps-heading = Passos deste guia
step-of = Passo { $step } de { $total }
step-done = Marcar o passo { $step } como concluído
guide-progress = { $done } de { $total } passos concluídos
steps-reset = Desmarcar tudo
print-checklist = Imprimir esta lista de verificação

## FAQ
faq-label = Perguntas frequentes
faq-count = { $count ->
    [one] { $count } pergunta
    [many] { $count } de perguntas
   *[other] { $count } perguntas
}
faq-expand-all = Abrir todas as respostas
faq-collapse-all = Fechar todas as respostas

## Still need help?
help-heading = Ainda precisa de ajuda?
help-intro = Contacte o serviço de apoio ao cliente da loja através de um destes canais.
help-hours = Horário
help-reply = Tempo habitual de resposta

## Search
search-label = Pesquisar no centro de ajuda
search-placeholder = Pesquise, por exemplo: reembolso
search-results = Resultados da pesquisa
search-results-count = { $count ->
    [0] Sem resultados
    [one] { $count } resultado
    [many] { $count } de resultados
   *[other] { $count } resultados
}
search-no-results = Não foram encontrados resultados para «{ $query }».
search-no-results-help = Experimente outras palavras, verifique a ortografia ou comece por um dos guias abaixo.
search-did-you-mean = A mostrar resultados para «{ $query }».
search-partial = Nem todas as suas palavras foram encontradas: estas são as páginas com a maioria delas.
search-browse = Ver todas as páginas
search-hint = Prima / para pesquisar

## Not found
not-found-title = Página não encontrada
not-found-body = A página que procura não está aqui. Pode ter sido movida ou a ligação pode estar errada.
not-found-home = Ir para a página inicial do centro de ajuda

## Language
# The language's own name, shown in the language switcher.
language-name = Português (Portugal)

## Callouts in pages (> [!NOTE] ...)
callout-note = Nota
callout-tip = Sugestão
callout-important = Importante
callout-warning = Aviso
callout-caution = Atenção

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Isto foi útil?
feedback-answer-question = Esta resposta ajudou?
feedback-yes = Sim
feedback-no = Não
feedback-reason = O que poderia ser melhor? (opcional)
feedback-thanks = Obrigado pelo seu comentário.
feedback-failed = Não foi possível enviar o seu comentário.
feedback-retry = Tentar novamente
feedback-sending = A enviar…
