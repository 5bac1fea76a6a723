# charts

charts-cannot-draw = diagrammet kunde inte ritas
charts-no-points = budgetkurvan har inga punkter att rita
charts-all-pots = alla potter
charts-x-axis = Budget (mkr)
charts-y-axis = Summa poäng för de föreslagna
charts-frontier-title = Budgetkurva – { $scenario } ({ $what })
charts-mkr = mkr
charts-file-pots = fordelning-per-pott-och-ar.svg
charts-file-areas = fordelning-per-malomrade.svg
charts-file-scores = poang-och-belopp.svg
charts-requested-mkr = Sökt belopp (mkr)
charts-score = Poäng
charts-funded = föreslås beviljas
charts-not-funded = föreslås avslag
charts-ineligible = inte stödberättigad
charts-today-budget = budget i scenariot ({ $mkr } mkr)
charts-by-pot-title = Fördelat per pott och år – { $scenario }
charts-amount-in = { $pot } { $year }: { $mkr } mkr
charts-by-pot-description = Stapeldiagram över fördelade belopp per pott och år. { $parts }.
charts-flows-title = Från pott till målområde i RUS – { $scenario }
charts-flow-part = { $pot } → { $area }: { $mkr } mkr
charts-flows-description = Flöde från potterna till RUS målområden; bandens bredd är beloppet (delat efter bidragen till poängen). { $parts }.
charts-by-area-title = Fördelat per målområde i RUS – { $scenario }
charts-area-amount = { $area }: { $mkr } mkr
charts-by-area-description = Liggande staplar över hur pengarna fördelas på RUS målområden (delat efter bidragen till poängen). { $parts }.
charts-bubble-title = Poäng och sökt belopp – { $scenario }
charts-written = Diagrammet skrevs till { $path }
charts-cannot-write = kan inte skriva { $path }: { $why }
charts-frontier-description = Linjediagram över summan av poäng för de föreslagna ansökningarna vid { $points } budgetnivåer från { $from } till { $to }: från { $low } till { $high } poäng. Fyllda punkter är nivåer där minst en ansökan tillkommer; { $entering ->
    [one] { $entering } ansökan tillkommer
   *[other] { $entering } ansökningar tillkommer
} någonstans längs kurvan.
charts-bubble-description = Punktdiagram med { $n ->
    [one] { $n } ansökan
   *[other] { $n } ansökningar
}: sökt belopp i mkr mot poäng. { $funded } föreslås beviljas (fyllda blå cirklar), { $not_funded } föreslås avslag (ofyllda cirklar) och { $ineligible } är inte stödberättigade (grå kryss).
