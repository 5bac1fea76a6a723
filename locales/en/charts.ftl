# charts

charts-cannot-draw = the chart could not be drawn
charts-no-points = the budget curve has no points to draw
charts-all-pots = all pots
charts-x-axis = Budget (mkr)
charts-y-axis = Sum of the scores proposed
charts-frontier-title = Budget curve – { $scenario } ({ $what })
charts-mkr = mkr
# The files keep their Swedish names in every language: they land in the region's folders.
charts-file-pots = fordelning-per-pott-och-ar.svg
charts-file-areas = fordelning-per-malomrade.svg
charts-file-scores = poang-och-belopp.svg
charts-requested-mkr = Requested amount (mkr)
charts-score = Score
charts-funded = proposed for a grant
charts-not-funded = proposed for rejection
charts-ineligible = not eligible
charts-today-budget = the scenario's budget ({ $mkr } mkr)
charts-by-pot-title = Allocated per pot and year – { $scenario }
charts-amount-in = { $pot } { $year }: { $mkr } mkr
charts-by-pot-description = Bar chart of the amounts allocated per pot and year. { $parts }.
charts-flows-title = From pot to RUS goal area – { $scenario }
charts-flow-part = { $pot } → { $area }: { $mkr } mkr
charts-flows-description = Flow from the pots to the RUS goal areas; the width of a band is the amount (divided by the contributions to the score). { $parts }.
charts-by-area-title = Allocated per RUS goal area – { $scenario }
charts-area-amount = { $area }: { $mkr } mkr
charts-by-area-description = Horizontal bars of how the money is divided among the RUS goal areas (by the contributions to the score). { $parts }.
charts-bubble-title = Score and requested amount – { $scenario }
charts-written = The chart was written to { $path }
charts-cannot-write = cannot write { $path }: { $why }
charts-frontier-description = Line chart of the sum of the scores proposed at { $points } budget levels from { $from } to { $to }: from { $low } to { $high } points. Filled points are levels where at least one application comes in; { $entering ->
    [one] { $entering } application comes
   *[other] { $entering } applications come
} in somewhere along the curve.
charts-bubble-description = Scatter chart of { $n ->
    [one] { $n } application
   *[other] { $n } applications
}: requested amount in mkr against score. { $funded } proposed for a grant (filled blue circles), { $not_funded } proposed for rejection (hollow circles) and { $ineligible } not eligible (grey crosses).
