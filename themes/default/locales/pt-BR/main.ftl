# Built-in UI strings of the default theme, Brazilian Portuguese. helpgen carries one such file per
# language it knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Central de Ajuda
site-tagline = Respostas para as dúvidas mais comuns e como conseguir mais ajuda.

## Navigation
skip-to-content = Pular para o conteúdo
nav-main = Navegação principal
nav-menu = Menu
breadcrumbs = Trilha de navegação
sections-heading = Tópicos
in-this-section = Nesta seção
section-count = { $count ->
    [one] { $count } página
    [many] { $count } de páginas
   *[other] { $count } páginas
}
on-this-page = Nesta página
previous-page = Anterior
next-page = Próxima
related-pages = Páginas relacionadas
last-updated = Última atualização: { $date }
draft-badge = Rascunho

## Language switcher and chooser
language-switcher = Idioma
language-unavailable = { $language }: ainda não disponível
choose-language = Escolha seu idioma
choose-language-intro = Esta Central de Ajuda está disponível nos seguintes idiomas.
not-translated-title = Esta página ainda não está disponível em português.
not-translated-body = Você está lendo a versão original ({ $source }) até que a tradução fique pronta.

## Guides
guide-label = Guia passo a passo
steps-heading = Etapas deste guia
step-of = Etapa { $step } de { $total }
step-done = Marcar a etapa { $step } como concluída
guide-progress = { $done } de { $total } etapas concluídas
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
help-intro = Fale com o atendimento ao cliente da loja por um destes canais.
help-hours = Horário de atendimento
help-reply = Prazo habitual de resposta

## Search
search-label = Pesquisar na Central de Ajuda
search-placeholder = Pesquise, por exemplo: reembolso
search-results = Resultados da pesquisa
search-results-count = { $count ->
    [0] Nenhum resultado
    [one] { $count } resultado
    [many] { $count } de resultados
   *[other] { $count } resultados
}
search-no-results = Nenhum resultado para “{ $query }”.
search-no-results-help = Tente outras palavras, confira a ortografia ou comece por um dos guias abaixo.
search-did-you-mean = Mostrando resultados para “{ $query }”.
search-partial = Nem todas as suas palavras foram encontradas: estas são as páginas com a maioria delas.
search-browse = Ver todas as páginas
search-hint = Pressione / para pesquisar

## Not found
not-found-title = Página não encontrada
not-found-body = A página que você procura não está aqui. Ela pode ter sido movida, ou o link pode estar errado.
not-found-home = Ir para a página inicial da Central de Ajuda

## Language
# The language's own name, shown in the language switcher.
language-name = Português (Brasil)

## Callouts in pages (> [!NOTE] ...)
callout-note = Observação
callout-tip = Dica
callout-important = Importante
callout-warning = Aviso
callout-caution = Cuidado

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Isso foi útil?
feedback-answer-question = Esta resposta ajudou?
feedback-yes = Sim
feedback-no = Não
feedback-reason = O que poderia ser melhor? (opcional)
feedback-thanks = Obrigado pelo seu feedback.
feedback-failed = Não foi possível enviar seu feedback.
feedback-retry = Tentar novamente
feedback-sending = Enviando…
