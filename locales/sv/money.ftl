# money

money-not-a-number = inget tal; skriv t.ex. 1 200 000, 1,2 mkr eller 850 tkr
money-negative = belopp kan inte vara negativa
money-bad-grouping = tusental ska grupperas tre och tre siffror (1 200 000)
money-too-many-decimals = högst två decimaler (öre)
money-too-large = orimligt stort belopp (över 10 000 miljarder kronor)

money-kr = { $amount } kr
money-kronor = { $amount } kronor
money-mkr = { $amount } mkr
