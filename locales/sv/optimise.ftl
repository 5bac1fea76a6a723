# optimise

optimise-no-frame = { $pot }: beviljade belopp når år { $year } men scenariot har ingen planeringsram för det året; året begränsas inte
optimise-frame-overcommitted = { $pot } { $year }: tidigare åtaganden ({ $committed }) överstiger redan planeringsramen ({ $frame }); inga nya belopp ryms det året
optimise-share-dropped = begränsningen "{ $name }" gäller ingen stödberättigad ansökan och tas bort
optimise-repaired = kontrollen i exakta kronor visade att { $limit } överskreds; { $id } togs bort för att hålla gränsen
optimise-not-computed = tiden räckte inte för att räkna ut vilken budget eller poäng som skulle ändra beslutet för { $n ->
    [one] en ansökan
   *[other] { $n } ansökningar
} (i tabellen: "ej beräknad"); en längre tidsgräns (--time-limit) ger mer tid
optimise-progress = Räknar ut vad som skulle ändra besluten: { $done } av { $total } ansökningar
optimise-ties-unsettled = tiden räckte inte för att pröva om en annan lika bra fördelning finns som rangordningen föredrar; förslaget är lika bra, men valet mellan lika bra fördelningar är inte prövat
optimise-still-broken = kontrollen i exakta kronor: { $limit } hålls inte
optimise-lock-name = att { $id } tvingas in
optimise-cannot-hold-together = Följande kan inte gälla samtidigt: { $names }.
optimise-ineligible = Inte stödberättigad: { $rules }.
optimise-no-budget = scenariot har ingen budget för { $pot }
optimise-crowded-out-plain = Stödberättigad men ryms inte inom budget och villkor.
optimise-crowded-left = I förslaget återstår { $left } av { $limit_name } på { $limit }, och ansökan behöver { $need }.
optimise-crowded-breaks = Tillsammans med förslaget skulle den bryta { $limits }.
optimise-crowded-swap = I den bästa fördelningen där ansökan får pengar får { $out } stå tillbaka.
optimise-crowded-swap-in = I den bästa fördelningen där ansökan får pengar får { $out } stå tillbaka och { $come_in } komma in.
optimise-crowded-worth-score = De som står tillbaka har tillsammans { $out_worth } poäng, mot { $in_worth } poäng för { $others ->
    [yes] den och de som kommer in
   *[no] den
}.
optimise-crowded-worth-value = Räknat som poäng gånger belopp i miljoner kronor ger de som står tillbaka tillsammans { $out_worth }, mot { $in_worth } för { $others ->
    [yes] den och de som kommer in
   *[no] den
}.
optimise-ids-and-more = { $ids } och { $n } till
optimise-row-budget = budgeten för { $pot } { $year }
optimise-row-frame = planeringsramen för { $pot } { $year }
optimise-row-ceiling = bemyndiganderamen (åtaganden för kommande år)
optimise-row-share-min = { $name } (lägsta andel)
optimise-row-share-max = { $name } (högsta andel)
optimise-row-of = { $name } ({ $of })
optimise-row-requires = { $name } ({ $id } förutsätter { $requires })
optimise-row-blocked = { $name } (förutsättningen kan inte beviljas)
optimise-row-objective = målvärdet
optimise-row-cut = en härledd olikhet
optimise-locks-exceed = { $what } summerar till { $total } men { $limit_name } är { $limit }
optimise-locks-do-not-fit = { $what } summerar till { $total } och ryms inte inom { $limit_name }
optimise-excluded-because = Utesluten i scenariot: { $reason }.
optimise-excluded = Utesluten i scenariot.
optimise-below-min-score = Poängen { $score } är under scenariots lägsta poäng { $min }.
optimise-blocked = Kan inte finansieras i det här scenariot utan att bryta en regel.
optimise-blocked-by = Kan inte finansieras i det här scenariot: { $names } tillåter det inte.
optimise-and = {" "}och{" "}
optimise-would-fund-budget-or-score = Den skulle finansieras om budgeten för { $pot } ökade med { $budget }, eller om poängen vore minst { $score }.
optimise-would-fund-budget = Den skulle finansieras om budgeten för { $pot } ökade med { $budget }.
optimise-would-fund-score = Den skulle finansieras om poängen vore minst { $score }.
optimise-would-fund-budget-more = Den skulle finansieras om budgeten för { $pot } ökade med { $budget }. Det är mer än den söker, eftersom { $n ->
    [one] { $ids } då också får pengar
   *[other] { $n } andra ansökningar ({ $ids }) då också får pengar
}.
optimise-would-fund-score-also = Den skulle också finansieras om poängen vore minst { $score }.
optimise-would-fund-along = Vid den budgeten får också { $ids } pengar.
optimise-would-fund-leaving = Vid den budgeten får { $ids } stå tillbaka.
optimise-would-fund-along-leaving = Vid den budgeten får också { $along } pengar, och { $leaving } får stå tillbaka.
optimise-budget-none = Ingen höjning av budgeten för { $pot } upp till allt som söks där gör att den finansieras.
optimise-budget-not-computed = Tiden räckte inte för att räkna ut hur mycket budgeten för { $pot } skulle behöva öka för att den ska finansieras.
optimise-score-none = Ingen poäng upp till 100 gör att den finansieras.
optimise-score-not-computed = Tiden räckte inte för att räkna ut vilken poäng som skulle behövas för att den ska finansieras.
optimise-needed-not-computed = Tiden räckte inte för att räkna ut vilken budget för { $pot } eller vilken poäng som skulle ge den pengar.
optimise-funded-whole = Finansieras med { $amount } (hela det sökta beloppet).
optimise-funded-partly = Finansieras delvis med { $amount } av sökta { $requested }.
optimise-forced-because = Tvingas in av politiskt beslut: { $reason }.
optimise-forced = Ska beviljas (politiskt ställningstagande).
optimise-score-and-rank = Poäng { $score } – plats { $rank } i rangordningen.
optimise-displaces = Jämfört med rangordningen ger den och de andra nya tillsammans mer än { $ids } som då får stå tillbaka.
optimise-rest-does-not-fit = Resten ryms inte inom budgeten.
optimise-locks-what = { $count ->
    [one] Ansökan som tvingas in ({ $ids })
   *[other] Ansökningarna som tvingas in ({ $ids })
}
optimise-rank-unproven = Tiden tog slut innan { $n ->
    [one] en ansökan
   *[other] { $n } ansökningar
} hade prövats i rangordningen; de får inga pengar i förslaget, som därför inte är bevisat rätt. Ge en längre tidsgräns.
optimise-rank-unknown = Tiden tog slut innan det hann prövas om den kan finansieras tillsammans med de högre rankade; den får inga pengar i förslaget.
optimise-rank-left = När det blev dess tur (plats { $rank }) återstod { $left } av { $limit_name } på { $limit }, och ansökan behöver { $need }.
optimise-rank-at-most-one = Villkoret { $limit_name } tillåter bara en av ansökningarna, och en högre rankad har redan fått pengar.
optimise-rank-took-place = { $n ->
    [one] Pengarna gick till den högre rankade { $ids }.
   *[other] Pengarna gick till de högre rankade { $ids }.
}
optimise-rank-took-place-many = Pengarna gick till { $n } högre rankade ansökningar, närmast före den { $ids } med flera.
optimise-rank-proven-with = Den kan inte finansieras tillsammans med { $n ->
    [one] den högre rankade
   *[other] de högre rankade
} { $ids } utan att bryta { $limits }.
optimise-rank-proven-limits = Den kan inte finansieras tillsammans med de högre rankade som fått pengar utan att bryta { $limits }.
optimise-rank-proven = Den kan inte finansieras tillsammans med de högre rankade som fått pengar utan att bryta ett villkor.
optimise-rank-proven-with-many = Den kan inte finansieras tillsammans med { $n } av de högre rankade som fått pengar (närmast före den { $ids } med flera) utan att bryta { $limits }.
optimise-override-must-fund = Att tvinga in { $id }
optimise-override-exclude = Att utesluta { $id }
optimise-override-out = gör att { $ids } inte föreslås ({ $count ->
    [one] { $amount }
   *[other] sammanlagt { $amount }
})
optimise-override-in = gör att { $ids } föreslås ({ $count ->
    [one] { $amount }
   *[other] sammanlagt { $amount }
})
optimise-override-effect = { $what } { $effects }.
optimise-override-same-must-fund = { $id } föreslås även utan låsningen, så låsningen ändrar inget.
optimise-override-same-exclude = { $id } föreslås inte heller utan låsningen, så låsningen ändrar inget.
optimise-override-no-price = Vad låsningen av { $id } ändrar går inte att visa: utan den finns ingen fördelning som håller budgeten och villkoren.
optimise-override-reason = Skäl: { $reason }
optimise-row-de-minimis = utrymmet för stöd av mindre betydelse för { $name }
optimise-paid-nationally = Stödberättigad, men { $form } betalas ur Tillväxtverkets nationella medel och inte ur regionens pott, så förslaget fördelar inga pengar till den här. Beslutet fattas mot regionens tilldelning ur de nationella medlen.
# What each limit of the scenario costs: the proposal without it.
optimise-limits-heading = Vad villkoren och ramarna kostar
optimise-limit-constraint = villkoret ”{ $name }”
optimise-limit-frames = planeringsramarna för kommande år
optimise-limit-ceiling = ramen för bemyndigande
optimise-limit-effect = Utan { $limit } skulle { $effects }.
optimise-limit-in = { $ids } också föreslås ({ $count ->
    [one] { $amount }
   *[other] sammanlagt { $amount }
})
optimise-limit-out = { $ids } inte föreslås ({ $count ->
    [one] { $amount }
   *[other] sammanlagt { $amount }
})
optimise-limit-same = Förslaget blir detsamma utan { $limit }.
optimise-limit-no-price = Vad { $limit } kostar går inte att visa: förslaget utan det kunde inte räknas fram i tid.
