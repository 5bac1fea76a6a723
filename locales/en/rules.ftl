# rules

rules-operating-aid = operating aid is not given from this pot (only within commercial service)
rules-no-strategy-link = the project must contribute to the regional development strategy but is linked to no strategy node
rules-in-difficulty = the company is an undertaking in difficulty (as EU Regulation 651/2014 defines it) and cannot receive support
rules-not-open-all-year = the shop is not open all year round
rules-no-eligible-cost-share = the eligible cost is missing, so the aid intensity cannot be checked
rules-no-eligible-cost-overfinancing = the eligible cost is missing, so over-financing cannot be checked
rules-no-company = the company's details are missing, so its size (small or medium-sized enterprise, SME), whether it is an undertaking in difficulty and de minimis cannot be checked
rules-no-store = the shop's details (store) are missing, so the conditions of the form of support cannot be checked
rules-no-distance = the distance to the nearest grocery shop is missing
rules-no-turnover = the shop's grocery turnover is missing
rules-no-rules-for-support = the guideline has no rules for { $s }
rules-form-not-in-rules = the form of support "{ $form }" is not in the guideline that applies on the decision date
rules-wrong-applicant = applicants of the type { $kind } cannot receive this support; allowed: { $allowed }
rules-overfinanced = the requested amount and co-financing come to { $total }, more than the eligible cost { $cost }; at most { $max_grant } can be requested
rules-started-before-application = the work started { $start }, before the application came in { $received }; support must be applied for before the work begins (incentive effect)
rules-amount-too-high = { $form } is given with at most { $max }
rules-too-many-years = the support spans { $n } years; at most { $max } years
rules-too-close = the shop lies { $distance } km from the nearest grocery shop; the requirement is more than { $min } km
rules-turnover-too-high = the grocery turnover is { $turnover }; at most { $max }
rules-share-too-high = requests { $share } of the eligible cost; at most { $cap } = { $max_grant } from the appropriation
rules-share-too-high-with-public = requests, together with other public funding, { $share } of the eligible cost; at most { $cap } = { $max_grant } from the appropriation
rules-not-sme = the company is not a small or medium-sized enterprise (SME) ({ $employees } employees; the limit is fewer than { $max_employees } employees and a turnover of at most { $max_turnover } euro or a balance sheet of at most { $max_balance } euro)
rules-de-minimis = the aid of minor importance does not fit: { $who } has received { $received } from { $from } to { $to } ({ $period }); the ceiling is { $ceiling }, so at most { $room } can be granted
rules-de-minimis-sgei-cap = the aid of minor importance does not fit: { $who } has received { $received } in de minimis aid of both kinds from { $from } to { $to }, and together they may not exceed { $cap } (the ceiling for services of general economic interest), so at most { $room } can be granted
rules-de-minimis-who = the company
rules-de-minimis-who-group = the company together with the others in { $group } (they count as a single undertaking)
rules-de-minimis-ceiling = { $eur } euro = { $kr } (SEK { $rate } per euro){ $kind ->
    [road] , the lower ceiling for carrying goods by road for others
    [sgei] , the ceiling for aid to undertakings providing services of general economic interest
   *[none] {""}
}
rules-de-minimis-status = Aid of minor importance: { $who } has received { $received } from { $from } to { $to } ({ $period }). The ceiling is { $ceiling }. Room left under the ceiling: { $room }.
rules-de-minimis-declared = Of this, { $declared } is aid the applicant has declared and that is not in the aid register.
rules-too-many-years-in-total = { $form } is given for at most { $max } years in total; the recipient has already had it for { $earlier }, and the application is for { $new ->
    [one] one more year
   *[other] { $new } more years
}
rules-yearly-too-high = { $amount } in { $year }; at most { $max } per year
rules-yearly-too-high-strategic = { $amount } in { $year }; at most { $max } per year for a strategically important shop
rules-no-aid-areas = the guideline does not say which municipalities lie in an assisted area, so it cannot be checked whether regional investment aid may be given here
rules-no-municipality = the application names no municipality, so it cannot be checked whether it lies in an assisted area
rules-outside-aid-area = { $form } as regional investment aid may only be given in an assisted area, and { $municipalities } lies in none; elsewhere the support can be given as de minimis aid
rules-basis-de-minimis = de minimis aid
rules-basis-gber-regional = regional investment aid under the EU block exemption
rules-basis-gber-sme = aid to small and medium-sized enterprises under the EU block exemption
rules-given-as = { $form } is given as { $basis }.
rules-basis-sgei-de-minimis = de minimis aid to undertakings providing services of general economic interest
rules-no-sgei-ceiling = the guideline does not give the de minimis ceiling for services of general economic interest, so it cannot be checked whether the aid fits
rules-no-org-nr-for-register = the application has no organisation number, so the aid register cannot be searched; only aid of minor importance the applicant has declared counts
rules-own-grant = { $region ->
    [none] the region
   *[other] { $region }
}, appropriation 1:1 (application { $id })
rules-aid-line = { $date }: { $amount } from { $grantor } to { $recipient } ({ $org_nr }){ $reference ->
    [none] {""}
   *[other] , { $reference }
}
rules-de-minimis-counted = Aid of minor importance that counts:
rules-no-opening-hours = the store's opening hours (weekly_opening_hours, hours a week) are missing, so the requirement on opening hours cannot be checked
rules-too-few-hours = the store is open { $open } hours a week; the requirement is at least { $hours } hours on average over the year
rules-too-few-hours-small = the store is open { $open } hours a week; the requirement is at least { $hours } hours on average over the year, { $small_hours } hours for a store whose grocery turnover is under { $turnover }
rules-no-turnover-for-hours = the store's grocery turnover is missing, so it cannot be decided whether the requirement on opening hours is the one for a small store
rules-no-de-minimis-window = the period for aid of minor importance cannot be worked out from the decision date, so the room cannot be checked
rules-yearly-too-high-reduced = { $amount } in { $year }; at most { $max } per year, less { $deducted } in { $other } the same year, so at most { $cap }
rules-no-net-cost = the municipality's net cost (eligible_cost) is missing, so the requirement of at least half a price base amount cannot be checked
rules-no-prisbasbelopp = the price base amount for { $year } is not in the rules file; check yourself that the net cost is at least half a price base amount
rules-net-cost-too-low = the municipality's net cost { $cost } is under { $share } price base amounts for { $year }, that is { $least }
