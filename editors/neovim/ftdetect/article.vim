" *.article files are news articles (Copydesk).
autocmd BufRead,BufNewFile *.article setfiletype article
