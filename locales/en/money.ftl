# money

money-not-a-number = not a number; write e.g. 1 200 000, 1,2 mkr or 850 tkr
money-negative = amounts cannot be negative
money-bad-grouping = thousands are grouped three digits at a time (1 200 000)
money-too-many-decimals = at most two decimals (öre)
money-too-large = an implausibly large amount (over 10,000 billion kronor)

money-kr = SEK { $amount }
money-kronor = SEK { $amount }
money-mkr = SEK { $amount } million
