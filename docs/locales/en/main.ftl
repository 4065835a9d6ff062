# This site's own UI strings over helpgen's built-in ones.
site-title = helpgen: the editors' guide
site-tagline = How the pages of a helpgen help centre are written, and the components you can use.
