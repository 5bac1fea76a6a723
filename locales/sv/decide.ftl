# Recording a meeting's decisions (anslag decide, the page Beslut).
decide-no-body = Ange vilket organ som beslutade.
decide-not-for-body = { $id } beslutas inte av { $body } (eller är inte längre sökbar).
decide-zero-amount = { $id }: beviljat belopp måste vara större än 0 kr.
decide-above-requested = { $id }: beviljat belopp är större än det sökta ({ $requested }).
decide-not-whole = { $id }: beviljat belopp ska vara hela kronor.
decide-change-needs-reason = { $id }: beslutet avviker från förslaget; skriv skälet.
decide-nothing-to-decide = Det finns inga ansökningar för { $body } att besluta om i förslaget.
decide-not-proposed-reason = Ingick inte i förslaget: { $why }
decide-already-recorded = { $id } har redan ett fört beslut.
decide-logged-granted = Beviljad { $amount } ({ $body } { $date }{ $case })
decide-logged-rejected = Avslagen ({ $body } { $date }{ $case })
