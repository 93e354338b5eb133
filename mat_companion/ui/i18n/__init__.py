"""Translation helpers: the language, core texts on screen and for lupdate, plurals, labels."""
